"""Places in Thai text: districts and towns after a place cue, villages (บ้าน + a place-name word),
landmarks where someone is found, neighbourhoods after แถว/ย่าน, a capitalised Latin place name
after a Thai residence or travel cue (ยังอยู่ที่ Oslo), and — round 9 policy — a province, a
foreign state or city, or a country where someone lives, comes from, works or goes (ไปทำงานที่
ชลบุรี, แม่ไปทำงานสิงคโปร์, ยายที่พระตะบอง).

Why provinces again (round 9, the lead's decision): in Thai a province name is also its capital
town's name, and the corpus labels "where someone lives/works" as a LOCATION. Only a place frame
counts (อยู่/ที่/ไป/ทำงาน/มาจาก/กลับ/ย้ายไป/บ้านเกิด…): a country as a nationality or language
(แรงงานเมียนมา, สัญชาติลาว, ภาษาพม่า) and Bangkok (กรุงเทพฯ, กทม. — ten million people) stay.
A province inside an address (จ.X) or an office name is covered by those recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_all, gate_patterns
from assistant.redact.types import LOCATION

#: A small gazetteer of places below province level that jottings name (Bangkok's districts, big
#: towns and suburbs, border and tourist towns): where a client lives or works. Many are also
#: ordinary words (ดุสิต, วัฒนา, สายไหม), so a place cue must come right before them.
PLACES = (
    "พระนคร", "ดุสิต", "หนองจอก", "บางรัก", "บางเขน", "บางกะปิ", "ปทุมวัน", "ป้อมปราบศัตรูพ่าย",
    "พระโขนง", "มีนบุรี", "ลาดกระบัง", "ยานนาวา", "สัมพันธวงศ์", "พญาไท", "ธนบุรี", "บางกอกใหญ่",
    "ห้วยขวาง", "คลองสาน", "ตลิ่งชัน", "บางกอกน้อย", "บางขุนเทียน", "ภาษีเจริญ", "หนองแขม",
    "ราษฎร์บูรณะ", "บางพลัด", "ดินแดง", "บึงกุ่ม", "สาทร", "บางซื่อ", "จตุจักร", "บางคอแหลม", "ประเวศ",
    "คลองเตย", "สวนหลวง", "จอมทอง", "ดอนเมือง", "ราชเทวี", "ลาดพร้าว", "วัฒนา", "บางแค", "หลักสี่",
    "สายไหม", "คันนายาว", "สะพานสูง", "วังทองหลาง", "คลองสามวา", "บางนา", "ทวีวัฒนา", "ทุ่งครุ",
    "บางบอน", "อ่อนนุช", "รังสิต", "บางใหญ่", "บางบัวทอง", "ปากเกร็ด", "สำโรง", "บางพลี", "พระประแดง",
    "พัทยา", "ศรีราชา", "บางแสน", "สัตหีบ", "หาดใหญ่", "หัวหิน", "ชะอำ", "เกาะสมุย", "ป่าตอง",
    "แม่สาย", "แม่สอด", "อรัญประเทศ", "ปากช่อง", "เบตง", "สุไหงโก-ลก", "มหาชัย", "ลำลูกกา", "คลองหลวง",
    "ธัญบุรี", "บางปู", "บ้านบึง", "แหลมฉบัง", "มาบตาพุด", "เกาะช้าง", "เกาะพะงัน", "เกาะเต่า", "ปาย",
    # landmarks where people are found or met (outreach, runaways): a place as exact as a street
    "สนามหลวง", "หัวลำโพง", "อนุสาวรีย์ชัยฯ", "อนุสาวรีย์ชัยสมรภูมิ", "สวนลุมพินี", "สวนลุม", "หมอชิต",
    "สวนจตุจักร", "เยาวราช", "ราชประสงค์", "ประตูน้ำ", "สะพานพุทธ", "ท่าช้าง", "คลองถม", "บางลำพู",
    "ถนนข้าวสาร", "สนามไชย", "ท่าเตียน", "ปากคลองตลาด", "วงเวียนใหญ่", "สายใต้ใหม่", "ท่าพระจันทร์",
    # wholesale market quarters where families trade and live above the shop
    "สำเพ็ง", "พาหุรัด", "โบ๊เบ๊", "สะพานเหล็ก", "ตลาดน้อย", "วรจักร",
)
_PLACE_CUES = ("ที่", "แถว", "ย่าน", "จาก", "ไป", "อยู่", "เขต", "แขวง", "ละแวก", "ใน", "ถึง", "ชาว", "รอบ", "หน้า", "ใต้", "ข้าง")
#: Thai words that may follow a place straight on (รอบสนามหลวงถึงหัวลำโพง).
_AFTER_PLACE = (
    "ถึง", "และ", "กับ", "ตอน", "ทุก", "มา", "ไป", "แล้ว", "เมื่อ", "หรือ", "ค่ะ", "ครับ",
    # session 18 (set 61): since, after, before, during, as usual, for long, again (ที่พัทยา|ตั้งแต่ปี…,
    # ที่นวนคร|หลังสงกรานต์, ที่ปราสาทเมืองต่ำ|ตามปกติ)
    "ตั้งแต่", "หลัง", "ก่อน", "ช่วง", "ตามปกติ", "นาน", "อีก", "ด้วย",
)
#: Whose home it is, alone after บ้าน (บ้านแม่ที่ อ.X, บ้านยาย): a home, not a village.
_KIN_HOMES = frozenset({"แม่", "พ่อ", "ยาย", "ตา", "ป้า", "ลุง", "น้า", "อา", "ย่า", "ปู่", "พี่", "น้อง", "ลูก", "สามี", "แฟน"})
#: Words that open Thai village names (โคก, หนอง, ดอน …): landforms, waters, trees, and since
#: round 13 wells, hills and southern landforms (บ้านบ่อเจ็ดลูก, บ้านควนX, บ้านเนินX, บ้านโป่งX, บ้านลำX).
VILLAGE_HEADS = (
    "โคก", "หนอง", "ดอน", "โนน", "โพน", "ห้วย", "นา", "ป่า", "ท่า", "บึง", "แม่", "ทุ่ง", "หัว", "คลอง", "บาง",
    "เขา", "ดง", "ซับ", "วัง", "ปาก", "น้ำ", "โพธิ์", "ศรี", "สระ", "ไร่", "เหล่า", "กุด", "ม่วง", "ต้น", "แก่ง",
    "ผา", "ดอย", "สัน", "หาด", "เกาะ", "ปาง",
    "บ่อ", "ควน", "เนิน", "โป่ง", "ลำ", "เวียง", "แหลม", "ถ้ำ", "ทับ", "ตะโละ", "กำปง", "บูเก๊ะ", "บูเกะ",
    "ลูโบ๊ะ", "ปูโล", "ตันหยง", "สุไหง",
    # session 26: a moat, a city, a mine ditch, a hillock, a gully, a basin (บ้านคูเมือง, บ้านเชียงแหว)
    "คู", "เชียง", "เหมือง", "ม่อน", "โสก", "ซำ",
)
#: Villages: บ้าน + a word that opens Thai place names + more, in a place frame (งานบุญบ้านX,
#: มาจากบ้านX); บ้าน alone, บ้านเพื่อน, บ้านญาติ are "home".
_VILLAGE = re.compile(
    r"(?:งานบุญ|งานวัด|ที่|จาก|ชาว|คน|ไป|มา|ถึง|กลับ|อยู่|แถว|ใน|ของ|พ่อหลวง|แม่หลวง|ผู้ใหญ่บ้าน|ผญบ\.|ชุมชน|ภูมิลำเนา(?:เดิม)?|"
    # session 26: past, at the entrance to, beside, near (ดอยเลย|บ้านนาเกียน, ทางเข้า|บ้านนาหอ)
    r"เลย|ทางเข้า|ผ่าน|ใกล้|ริม|"
    r"(?<![^\s\d(,]))[^\S\n]?(?P<v>บ้าน"
    r"(?:" + "|".join(VILLAGE_HEADS) + r")"
    r"[\u0E01-\u0E4E]{2,14})"
)
#: session 33 — village names opened by a tree, a pavilion, the sea or the Khmer word for village
#: (บ้านไผ่หูช้าง, บ้านมะค่า, บ้านศาลาด่าน, บ้านทะเลนอก, บ้านภูมิซรอล, บ้านโต๊ะเด็ง): unlike a
#: landform these are everyday words too, so the tokenizer must read the head as the first word
#: (ที่บ้าน|ทะเลาะกัน "quarrel at home", บ้าน|แค่ "only", บ้าน|สะอาด "clean" stay).
VILLAGE_WORD_HEADS = (
    "ไผ่", "มะค่า", "มะม่วง", "มะขาม", "มะกอก", "มะเดื่อ", "มะพร้าว", "ขาม", "ยาง", "ตาล", "แค", "ศาลา", "ทะเล",
    "ภูมิ", "โต๊ะ", "ตะเคียน", "ประดู่", "ไทร", "ค้อ", "เปือย", "หว้า", "ติ้ว", "แต้", "ตะแบก", "ขี้เหล็ก",
)
_VILLAGE_WORD = re.compile(
    _VILLAGE.pattern[:_VILLAGE.pattern.index("(?P<v>")]
    + r"(?P<v>บ้าน(?:" + "|".join(VILLAGE_WORD_HEADS) + r")[\u0E01-\u0E4E]{0,14})"
)
#: session 26 — a Thai village written in Thai script after an English preposition in an English
#: note ("her aunt's shop in บ้านสลักเพชร"): the switch of script marks a proper name.
_VILLAGE_AFTER_LATIN = re.compile(r"(?<![A-Za-z])(?i:in|at|from|to|near)[^\S\n](?P<v>บ้าน[\u0E01-\u0E4E]{3,14})")
#: The village name alone, wherever it stands (read only with a village number after it).
_VILLAGE_ANYWHERE = re.compile(_VILLAGE.pattern[_VILLAGE.pattern.index("(?P<v>"):])
#: session 9 — a town abroad after เมือง and a place cue (ในเมืองปากกะดิง, ไปทำงานที่เมืองศรีโสภณ): Lao,
#: Shan and Cambodian towns are called เมือง; the name is no word the dictionary knows.
_MUEANG = re.compile(r"(?:ใน|ที่|จาก|ไป|อยู่|แถว|กลับ|ฝั่ง)(?P<v>เมือง)(?=[\u0E01-\u0E4E]{3})")
#: What places a bare village: its sub-district (บ้านป่าแดง ต.แม่ยาว), and since session 9 a village
#: number, district or province after it (บ้านโพนทองคำ จ.ยโสธร, บ้านดอนแร่ ม.6), or nothing after it
#: on its line (a heading or a tag: "เยี่ยมบ้าน — บ้านสันเจริญ").
_UNIT_AFTER = re.compile(r"[^\S\n]*(?:ต\.|ตำบล|หมู่|ม\.[^\S\n]?\d|อ\.|อำเภอ|จ\.|จังหวัด)|[^\S\n]*(?:\n|$)")
#: The same place glued to the word before it, told by a village number or sub-district right
#: after it (นายสมหวังบ้านหนองตะไก้หมู่เจ็ด).
_GLUED_VILLAGE_AFTER = re.compile(r"[^\S\n]*(?:หมู่|ม\.[^\S\n]?\d|ต\.|ตำบล|อ\.(?=[\u0E01-\u0E4E])|อำเภอ)")
#: session 23 — an age glued before a bare village in a run-on note: where the person just named
#: lives (…แซ่เติ๋นอายุ๔๕|บ้านห้วยน้ำเย็น).
_AGE_BEFORE = re.compile(r"อายุ[^\S\n]?[\d๐-๙]{1,3}(?:[^\S\n]?ปี)?[^\S\n]?$")
#: Who, after a bare head: กลับบ้านนา|เขา is "his farm house", not a village named นาเขา.
_PRONOUNS = frozenset({"เขา", "เธอ", "มัน", "เรา", "ฉัน", "ผม", "เค้า", "ท่าน", "หล่อน", "ตัวเอง"})
#: Thai border and northern towns written in Latin inside a Thai note (Mae Sot): places, not people.
_LATIN_TOWNS = re.compile(
    r"(?<![A-Za-z])(?:Mae[^\S\n](?:Sot|Sai|Sariang|Ramat|Hong[^\S\n]Son|Chan|Rim|Taeng|La)|Umphang|Phop[^\S\n]Phra|"
    r"Tha[^\S\n]Song[^\S\n]Yang|Sangkhlaburi|Ranong|Betong)(?![A-Za-z])"
)

#: "near / in the area of": แถวอ่อนนุช, ย่านตลาดพลู, ละแวกบางบัวทอง — the next words name a
#: neighbourhood unless they are generic (แถวบ้าน, แถวนี้, ย่านการค้า) or it is เข้าแถว (line up).
_AREA_CUE = re.compile(r"(?<!เข้า)(?<!ยืน)(?<!ต่อ)(?<!สอง)(?<!เลิก)(?<!จัด)(?<!แซง)(?<!หน้า)(?:แถว|ย่าน|ละแวก)[^\S\n]?(?=[\u0E01-\u0E4E])")
#: A small number after the area name (รังสิตคลอง 3) — not a count, a time or a date.
_AREA_NUMBER = re.compile(r"[^\S\n]\d{1,2}(?![\d.:/,])")
#: What makes that number a count of something (3 คน, 2 ปี, 20 เม็ด): then it is not the name.
_COUNTED = re.compile(
    r"[^\S\n]*(?:คน|ปี|เดือน|วัน|ครั้ง|เม็ด|ขวบ|ชม|ชั่วโมง|นาที|บาท|กม|กิโล|ทุ่ม|โมง|น\.|ห้อง|หลัง|ตัว|ราย|ครอบครัว|อาทิตย์|สัปดาห์|คืน|ชั้น)"
)
_AREA_GENERIC = frozenset({
    "บ้าน", "นี้", "นั้น", "หน้า", "หลัง", "ยาว", "ใกล้", "ที่", "ตลาด", "วัด", "โรงเรียน", "ชุมชน",
    "เมือง", "การค้า", "ชานเมือง", "ในเมือง", "ต่างจังหวัด", "สถานี", "ห้าง", "ริม", "หมู่บ้าน", "ทุ่ง",
    "นา", "ป่า", "ทะเล", "แม่น้ำ", "คลอง", "ถนน", "ซอย", "โรงงาน", "นิคม", "เดิม", "เดียวกัน", "อื่น",
    "เรา", "เขา", "ไหน", "โน้น", "ๆ", "ที่ทำงาน", "ที่พัก", "บ้านเกิด", "ชนบท", "กลาง", "แรก", "ท้าย",
    "ย่าน", "แถว", "ละแวก", "ใน", "นอก", "ของ", "และ", "ก็", "จะ", "ไม่", "ได้", "มี", "เป็น", "มหาวิทยาลัย",
    "มหาลัย", "มอ", "ตลาดนัด", "วิทยาลัย",
    "หอพัก", "คอนโด", "ชายแดน", "ชายทะเล", "ท่าเรือ", "สนามบิน", "โรงพยาบาล", "อำเภอ", "จังหวัด",
})
#: Report and motion verbs that, glued after an area's name, start the next clause.
_AREA_VERBS = frozenset({
    "แจ้ง", "บอก", "เล่า", "โทร", "ส่ง", "พา", "ขอ", "ถูก", "โดน", "เคย", "ยัง", "กลับ", "หนี", "รักษา", "ทำ",
})
#: Verbs of motion and words of position glued after a village: the clause, not the name.
_MOTION_AFTER_PLACE = ("ขึ้น", "ลง", "เข้า", "ออก", "ข้าม", "เลี้ยว")
_BESIDE = frozenset({"ริม", "ข้าง", "ใกล้", "หลัง", "หน้า", "ติด", "ฝั่ง"})
#: Titles after บ้าน: whose house it is (บ้านนาย|สมชาย), not a village.
_TITLES_AFTER_HOME = frozenset({"นาย", "นาง", "นางสาว", "คุณ", "ครู", "หมอ", "ผู้ใหญ่", "กำนัน"})
_AREA_STOP = frozenset({
    "และ", "กับ", "ที่", "ของ", "ให้", "ว่า", "แล้ว", "จะ", "ได้", "ไม่", "ก็", "เพราะ", "แต่", "หรือ",
    "ซึ่ง", "เมื่อ", "เป็น", "มี", "ไป", "มา", "อยู่", "คือ", "ด้วย", "จาก", "ใน", "เพื่อ", "ค่ะ", "ครับ",
    "นะ", "เลย", "ทำงาน", "ขาย", "เช่า", "ตอน", "ตั้งแต่",
    # when, glued after the place (ตลาดท่าหิน|พรุ่งนี้|10โมง)
    "พรุ่งนี้", "วันนี้", "เมื่อวาน", "คืนนี้", "เมื่อเช้า",
    # particles a spoken report ends with, glued after the place (บ้านควนX|นะคะ)
    "นะคะ", "นะครับ", "คะ", "จ้ะ", "จ้า", "เนาะ", "น่ะ",
})

#: Round 13 — a village or area named by its landform, with no บ้าน/หมู่บ้าน before it (อยู่ควนX,
#: บ้านอยู่โคกX, ที่ทุ่งX): Thai place names open with a topographic head and may close with a
#: direction or age word (ใหม่, เหนือ, ใน). Heads that are also pronouns, verbs or everyday
#: destinations (เขา "he", นา, ป่า, หัว, บ่อ, แม่) are left to the บ้าน rule above.
TOPO_HEADS = (
    "ทุ่ง", "ควน", "ผา", "ปาก", "โคก", "หนอง", "ห้วย", "ดอน", "บาง", "คลอง", "ท่า", "ดอย", "วัง", "เกาะ",
    "แหลม", "หาด", "โนน", "กุด", "ซับ", "สระ", "บึง", "โป่ง", "แก่ง", "เวียง", "เหล่า", "สัน", "ลำ",
    # the same landforms in the far south's Malay place names: lubuk (pool), kampung, bukit (hill),
    # sungai (river), tanjung (cape), kuala (estuary), padang (field), pulau (island), talo (bay)
    "ลูโบ๊ะ", "ลูโบะ", "กำปง", "กัมปง", "บูกิต", "บูเก๊ะ", "สุไหง", "ตันหยง", "กัวลา", "ปาดัง", "ปูโล", "ปูลา", "ตะโละ",
)
#: After a Malay head the name is Malay syllables spelled in Thai (บูเก๊ะ|ตา|เว): a kin-like
#: syllable (ตา, ยา) is part of it; only a function word ends it.
_MALAY_HEADS = frozenset(TOPO_HEADS[TOPO_HEADS.index("ลูโบ๊ะ"):])
_TOPO = re.compile(
    # (session 31: and beside or near it — ริม|คลองบางภาษี, ใกล้|หนองหาน)
    # (session 33: and passed, gone by way of or along — ผ่าน|แก่งเลิงจาน, อ้อมไปทาง|บึงสีไฟ, เลียบ|คลองX)
    # (session 34: and next to it — ติด|ห้วยทับเสลา; not ใน "in": ในหนองน้ำ, ในบางวิชา, ในปาก are no places)
    r"(?:อยู่|ที่|จาก|แถว|ย้ายไป|กลับไป|หนีไป|ละแวก|ริม|ใกล้|ผ่าน|ทาง|เลียบ|ติด)[^\S\n]?(?P<v>(?:" + "|".join(TOPO_HEADS) + r")[\u0E01-\u0E4E]{2,24})"
)
#: Where a place's kind word (and a works' head, _WORKS_BY_TOPO) may start: a word's start, or glued
#: after a word that places it.
_KIND_STARTS = (
    r"(?<![\u0E01-\u0E4E])|(?<=อยู่)|(?<=ที่)|(?<=จาก)|(?<=ไป)|(?<=หลัง)|(?<=หน้า)|(?<=ท้าย)|(?<=ใน)|(?<=ข้าง)|(?<=แถว)|(?<=ใกล้)"
    # session 30 (set 99): a camp, a pier named by its village (แคมป์|บ้านน้ำเค็ม, ท่าเรือประมง|บ้านคลองโคน)
    r"|(?<=แคมป์)|(?<=คนงาน)|(?<=ท่าเรือ)|(?<=ประมง)"
)
#: Session 7 — a village, market, community or temple named for its landform (หมู่บ้านห้วยกะโหลก,
#: ตลาดบางพลี, ชุมชนบางรักน้อย, วัดบางไส้ไก่): the kind word and a landform-headed name are a named
#: place wherever they stand, no frame needed (ตลาดสด, วัดป่า, ชุมชนแออัด have no landform head).
_KIND_TOPO = re.compile(
    rf"(?:{_KIND_STARTS})"
    r"(?P<h>หมู่บ้าน|บ้าน|ตลาด|ชุมชน|วัด)(?P<v>(?:" + "|".join(TOPO_HEADS) + r")[\u0E01-\u0E4E]{2,24})"
)
#: Session 36 (sets 115, 118) — works built at a named place and named by it: a sluice gate, a pier,
#: a bridge, a dam, a reservoir, a quarry or mine, a border checkpoint, a workers' camp (ประตูน้ำ|
#: บางเลน, ท่าเรือ|บางโรง, ท่าเทียบเรือ|บางสน, เหมืองหิน|เขาหลวง…): with a landform-headed name
#: glued on, the works and the place are one place, wherever they stand.
WORKS_HEADS = (
    "ประตูน้ำ", "ท่าเทียบเรือ", "ท่าเรือ", "สะพาน", "เขื่อน", "อ่างเก็บน้ำ", "เหมืองหิน", "เหมืองแร่", "เหมือง",
    "ด่าน", "แคมป์", "ฝาย",
)
#: (session 37, set 123: a bridge over the canal or stream it is named by, สะพานข้ามลำมาศ,
#: สะพานข้ามคลองตะเพิน, and reached by going over, along or onto it: ผ่าน|, ทาง|, บน|สะพาน…; a
#: builders' or workers' camp by its place, แคมป์ก่อสร้างบางเตย, แคมป์คนงานหนองแฟบ)
_WORKS_BY_TOPO = re.compile(
    rf"(?:{_KIND_STARTS}|(?<=ผ่าน)|(?<=ทาง)|(?<=บน))"
    + r"(?P<h>" + "|".join(WORKS_HEADS) + r")(?:ข้าม|ก่อสร้าง|คนงาน(?:ก่อสร้าง)?)?(?P<v>(?:" + "|".join(TOPO_HEADS) + r")[\u0E01-\u0E4E]{2,24})"
)
#: Session 35 (sets 102, 107, 112) — a plain after ใน (ใน|ทุ่งหนองโสน; ใน|ทุ่งนา "in the rice
#: field" is a compound the dictionary holds), and a mountain after the word that puts someone on,
#: at the foot of or around it (บน|เขาพนมรุ้ง, ตีนเขา|เขากบ, แถว|เขาปลาร้า): เขา is also "he", so only
#: there. The head must be a word of its own and the name ends before a function word (_place_name).
_NAMED_PLAIN_OR_MOUNT = re.compile(
    r"(?:ใน(?=ทุ่ง)|(?:บน|ตีนเขา|เชิงเขา|ยอด|แถว|ไหว้พระบน|ขึ้น)(?=เขา))(?P<v>(?P<h>ทุ่ง|เขา)[\u0E01-\u0E4E]{2,24})"
)
#: Session 35 (set 115) — a village landmark named by its village or temple: the spirit grove,
#: the pavilion, the raft landing, the canal, the cane yard of บ้านX (ดอนปู่ตาบ้านหนองแขม,
#: ศาลาบ้านหนองรี, ท่าแพบ้านบางนา, คลองส่งน้ำบ้านซับบอน, สระน้ำวัดพุเตย): the landmark and the
#: village are one place, which points at a few households.
VILLAGE_LANDMARKS = (
    "ดอนปู่ตา", "ศาลากลาง", "ศาลา", "ท่าแพ", "ท่าน้ำ", "คลองส่งน้ำ", "ลานอ้อย", "ลานมัน", "สระน้ำ", "ป่าชุมชน",
    "ป่าช้า", "ลานจอดรถ", "โรงสี", "หอกระจายข่าว", "ศาลเจ้า", "ฝาย",
)
_LANDMARK_OF_VILLAGE = re.compile(
    r"(?P<k>" + "|".join(VILLAGE_LANDMARKS) + r")(?P<h>บ้าน|วัด)(?P<v>(?:" + "|".join(TOPO_HEADS) + r")[\u0E01-\u0E4E]{2,24})"
)
#: Session 32 — a village quarter of the northeast, คุ้ม + a landform-headed name (คุ้มโนนสะอาด,
#: บ้านหลังสุดท้ายของคุ้มหนองไผ่ล้อม): named wherever it stands; คุ้มครอง, คุ้มค่า, ประจำคุ้ม name none.
_QUARTER_TOPO = re.compile(r"(?P<h>คุ้ม)(?P<v>(?:" + "|".join(TOPO_HEADS) + r")[\u0E01-\u0E4E]{2,24})")
#: What บาง "some" counts (บางคน "some people", บางครั้ง "sometimes"): then บาง opens no name.
_COUNTED_AFTER_SOME = frozenset({
    "คน", "ครั้ง", "วัน", "ที", "อย่าง", "เวลา", "ส่วน", "แห่ง", "ช่วง", "ตัว", "ราย", "ท่าน", "คืน",
    "เรื่อง", "อัน", "บ้าน", "หลัง", "ทีม", "กลุ่ม", "คำ", "ข้อ", "จุด", "ที่", "ทาง", "สิ่ง", "ปี", "เดือน",
})
#: Direction and age words that close a place name (ผาหมอกใหม่, ดอนแก้วเหนือ, ควนเคียนใน).
PLACE_TAILS = frozenset({
    "ใหม่", "เก่า", "เหนือ", "ใต้", "กลาง", "ใน", "นอก", "ตะวันออก", "ตะวันตก", "ตก", "ออก", "น้อย", "ใหญ่",
})
#: Words after a landform head that make it an ordinary phrase (ท่าเดิม "the same pose").
_TOPO_NOT_NAME = frozenset({
    # (session 31) what a canal is for: คลอง|ชลประทาน "the irrigation canal"
    "ชลประทาน", "ส่งน้ำ", "ระบายน้ำ", "น้ำเสีย",
    "เดิม", "นี้", "นั้น", "เดียว", "เดียวกัน", "ไหน", "ๆ", "เช้า", "เย็น", "ค่ำ", "คืน", "วัน", "ทุก", "ตอน",
    "หลัง", "หน้า", "ข้าง", "ใกล้", "บ้าน", "ทาง", "เรา", "เขา", "ตัวเอง",
})
#: Nouns that make the whole chunk an ordinary phrase wherever they sit: ปาก/หัว of a wound or an
#: organ (ปากแผล, ปากมดลูก), the โคกหนองนาโมเดล farming model.
_PHRASE_NOUNS = frozenset({
    "แผล", "มดลูก", "ช่องคลอด", "ทวาร", "ท้อง", "ถุง", "ขวด", "ประตู", "หลุม", "โมเดล",
})
#: A district written short after a place frame: ที่ อ.ปราณบุรี, ย้ายไปอยู่อ.บ้านโป่ง (อ. before a
#: person's name is อาจารย์: a listed given name or a title word after it is not a district).
_AMPHOE = re.compile(
    r"(?:(?:อยู่|ที่|จาก|ไป|แถว|ใน|กลับ|ทำงาน)[^\S\n]?|(?<![\u0E01-\u0E4E.]))(?P<v>อ\.[^\S\n]?[\u0E01-\u0E4E]{3,24})"
)
#: Session 7 — a district or sub-district by its full head word (อำเภอฝาง, ตำบลหนองหญ้าปล้อง,
#: แขวงบางรัก): the word names nothing but the unit, so no frame is needed; the name after it is
#: checked like the short forms' (a pointer such as นี้ or a clause such as เพื่อ… is no name).
_ADMIN_WORD_START = re.compile(
    r"อำเภอ|ตำบล|แขวง|จังหวัด|เขต|[ตอจ]\.|หมู่(?:ที่)?[^\S\n]?(?:\d|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
)
_ADMIN_WORD = re.compile(r"(?P<v>อำเภอ|ตำบล|แขวง)(?=[^\S\n]?[\u0E01-\u0E4E]{2})")  # the name is not consumed: a run-on next unit matches too
#: A sub-district written short, in a place frame or standing alone (ร้านX ต.สระกระโจม, ใน ต.ท่าสายลวด):
#: ต. + name has no person reading; a dot before it is a rank (พ.ต.ท., ร.ต.อ.), not a sub-district.
_TAMBON = re.compile(
    # session 9: the sub-district's headman and its people (กำนันต.X, คนต.X, ชาวต.X)
    r"(?:(?:อยู่|ที่|จาก|ไป|แถว|ใน|กลับ|ทำงาน|กำนัน|คน|ชาว)[^\S\n]?|(?<![\u0E01-\u0E4E.]))(?P<v>ต\.[^\S\n]?[\u0E01-\u0E4E]{3,24})"
)
#: session 16 — ต. or อ. glued right after a village's name in a run-on note (บ้านหนองแซงอ.มโนรมย์กินยา):
#: read only where the gazetteer lists the name after it; ผอ./สอ./รพ.สต. and ranks (ด.ต.) are
#: abbreviations that end in the same letters.
_GLUED_UNIT = re.compile(r"บ้าน[\u0E01-\u0E4E]{2,18}?(?<![ผสดรพ])(?P<u>[ตอ]\.)(?=[\u0E01-\u0E4E])")
#: session 30 (set 99) — ต. or อ. glued after any run of whole words in a run-on note (โรงโม่|ต.ทับกวาง,
#: ค่ารถสองแถวมา|อ.นากลาง, บนดอยของ|ต.แก่นมะกรูด): read, like the above, only where the gazetteer
#: lists the name after it, and only when the letters before are dictionary words (not อบ|ต., ผ|อ.).
_GLUED_AFTER_WORDS = re.compile(r"(?P<w>[\u0E01-\u0E4E]{3,20})(?P<u>[ตอ]\.)(?=[\u0E01-\u0E4E])")
#: session 30 — a market named by the town it stands in, its goods or its age between (ตลาดหลังสวน,
#: ตลาดกุ้งมหาชัย, ตลาดเก่าเยาวราช); the northern กาด too, not inside ผักกาด "cabbage".
_MARKET_OF_PLACE = re.compile(
    r"(?<!ผัก)(?P<h>ตลาด|กาด)(?:เก่า|สด|นัด|กุ้ง|ผ้า|ปลา|เช้า|เย็น|ไนท์|โต้รุ่ง)?(?P<v>[\u0E01-\u0E4E]{2,24})"
)
#: A named block of flats or a dorm whose name sits between หอ/ตึก and a building word
#: (หอลำดวนแมนชั่น, ตึกศรีสุขเพลส): the building word closes the name.
_SUFFIXED_HOME = re.compile(
    r"(?:(?<![\u0E01-\u0E4E])|(?<=อยู่)|(?<=ที่)|(?<=พัก)|(?<=เช่า)|(?<=จาก)|(?<=ไป))"
    r"(?P<v>(?:หอพัก|หอ|ตึก)[\u0E01-\u0E4E]{2,20}?"
    r"(?:แมนชั่น|แมนชัน|เพลส|เรสซิเดนซ์|เรสซิเดนท์|อพาร์ทเมนท์|อพาร์ตเมนต์|อพาร์ทเม้นท์|เฮาส์|คอร์ท|ทาวเวอร์|คอนโด))"
)

#: The same building words closing a name with no หอ/ตึก before it, standing as a word of its own
#: (ชั้น 3 ลัคกี้ทาวน์อพาร์ตเมนต์): taken when the name is spelled like a brand or loanword.
_BUILDING_WORDS = (
    r"(?:แมนชั่น|แมนชัน|เพลส|เรสซิเดนซ์|เรสซิเดนท์|อพาร์ทเมนท์|อพาร์ตเมนต์|อพาร์ทเม้นท์|เฮาส์|คอร์ท|ทาวเวอร์)"
)
_LODGING_KINDS = frozenset({"เกสต์", "ทาวน์", "เซอร์วิส", "โฮม", "คอนโด", "ฟาร์ม", "บูติก"})
_BUILDING_LITERALS = ("แมนชั", "เพลส", "เรสซิเดน", "อพาร์", "เฮาส์", "คอร์ท", "ทาวเวอร์")
_NAMED_BUILDING = re.compile(rf"(?<![\u0E01-\u0E4E])(?P<n>[\u0E01-\u0E4E]{{3,20}}?){_BUILDING_WORDS}(?![\u0E01-\u0E4E])")
#: session 32 — a form's home-town field (ภูมิลำเนาเดิม: เมืองสาด, บ้านเกิด: ตองจี): the field says
#: the value is a place; the value is its first word, with the state or district written after
#: it (เมืองพะสิม เขตอิรวดี).
_HOME_TOWN_FIELD = re.compile(
    r"(?:ภูมิลำเนา(?:เดิม)?|บ้านเกิด|ถิ่นกำเนิด)[^\S\n]*[:：][^\S\n]*"
    r"(?P<v>[\u0E01-\u0E4E]{2,24}(?:[^\S\n]+(?:เขต|รัฐ|จ\.|จังหวัด|แขวง|อ\.|อำเภอ|มณฑล)[^\S\n]?[\u0E01-\u0E4E]{2,20})*)"
    r"(?=[\s,;)(]|$)"
)
#: Home-town answers that name no place (the country itself, "unknown", "the same").
_NO_HOME_TOWN = frozenset({"ไทย", "ประเทศไทย", "ต่างจังหวัด", "ไม่ทราบ", "ไม่ระบุ", "ไม่มี", "เดียวกัน", "เดิม", "กทม", "กรุงเทพฯ"})
_TH_CUE_LATIN = re.compile(
    r"(?:อยู่ที่|ยังอยู่ที่|ย้ายไป(?:อยู่)?(?:ที่)?|กลับไป(?:อยู่)?(?:ที่)?|มาจาก|บ้านเกิด(?:อยู่)?(?:ที่)?|"
    r"ไปทำงาน(?:ที่)?|บินไป|เดินทางไป|"
    # session 17: a bare place word before a title-cased Latin name (ที่ Coral Drift, แถว Töss,
    # ใน Nørrebro, มาอยู่ The Nest): hotels, shops and districts abroad, written in Latin letters
    r"(?P<bare>ที่|ใน|แถว|ย่าน|มาอยู่|ของ))[^\S\n]*"
    r"(?P<v>(?:The[^\S\n])?[A-Z][a-zà-öø-ÿ]+(?:[^\S\n][A-Z][a-zà-öø-ÿ]+){0,2})(?![A-Za-z0-9\-])"
)


def _ordinary_latin_word(value: str) -> bool:
    """One word that English uses as an ordinary word (the product's English lemma tables)."""
    from assistant.redact.given_names import is_english_word

    return " " not in value and is_english_word(value.lower())


#: Foreign states and cities that Thai notes name as where a migrant or a relative lives or
#: works (neighbouring countries' border provinces and capitals, destinations of labour migration).
_FOREIGN_PLACES = (
    "กลันตัน", "ปีนัง", "ยะโฮร์", "ยะโฮร์บาห์รู", "เคดาห์", "ไทรบุรี", "ปะลิส", "ตรังกานู", "เประ", "สลังงอร์",
    "กัวลาลัมเปอร์", "พระตะบอง", "เสียมราฐ", "พนมเปญ", "ปอยเปต", "เกาะกง", "บันเตียเมียนเจย", "กำปงจาม",
    "เวียงจันทน์", "หลวงพระบาง", "ปากเซ", "สะหวันนะเขต", "จำปาสัก", "ไชยบุรี", "ย่างกุ้ง", "มัณฑะเลย์",
    "เมียวดี", "ท่าขี้เหล็ก", "ทวาย", "เมาะลำไย", "พะอัน", "เนปิดอว์", "ฮานอย", "โฮจิมินห์", "โซล", "ปูซาน",
    "อินชอน", "โตเกียว", "โอซาก้า", "นาโกย่า", "ไทเป", "ไถจง", "เกาสง", "ฮ่องกง", "มาเก๊า", "ดูไบ", "เทลอาวีฟ",
    "เกาหลี", "เมียนมา", "ไต้หวัน", "คุนหมิง", "สิบสองปันนา",
    # session 7: more cities of labour migration in Taiwan, Korea, Israel and Japan
    "เถาหยวน", "ไถหนาน", "ซินจู๋", "จางฮั่ว", "ไทจง", "อันซาน", "ฮวาซอง", "ชอนัน", "กิมแฮ", "พูชอน",
    "ซูวอน", "แทกู", "อุลซาน", "ชางวอน", "ควังจู", "ไฮฟา", "อัชดอด", "เบียร์เชบา", "เอลัต", "ไซตามะ",
    "ชิบะ", "ไอจิ", "อิบารากิ", "กุมมะ", "โยโกฮามา", "ฟุกุโอกะ", "ซัปโปโร",
    # session 12: home towns of migrants from Laos, Cambodia, Myanmar (Shan, Karen and Mon states),
    # Vietnam and northern Malaysia, in their usual Thai spellings; a Shan town's เมือง is part of
    # its name (เมืองสาด: สาด alone is "to splash")
    "ท่าแขก", "ปากซัน", "บอลิคำไซ", "สาละวัน", "อัตตะปือ", "เซกอง", "หลวงน้ำทา", "อุดมไซ", "บ่อแก้ว",
    "พงสาลี", "ซำเหนือ", "หัวพัน", "เชียงขวาง", "โพนสะหวัน", "วังเวียง", "ไกสอนพมวิหาน", "แก่นท้าว",
    "ศรีโสภณ", "ไพลิน", "อุดรมีชัย", "โอดดาร์เมียนเจย", "กำปงธม", "กำปงสปือ", "กำปอต", "ตาแก้ว",
    "สีหนุวิลล์", "กำปงโสม", "เปรยแวง", "สวายเรียง", "กระแจะ", "สตึงแตรง", "รัตนคีรี", "มณฑลคีรี",
    "โพธิสัต", "อันลองเวง", "ตองยี", "เชียงตุง", "ล่าเสี้ยว", "เมืองสาด", "เมืองนาย", "เมืองยอง",
    "เมืองลา", "เมืองปั่น", "เมืองต่วน", "เมืองคอบ", "มะริด", "เกาะสอง", "ผาอัน", "ฮปาอัน", "พะโค",
    "มะละแหม่ง", "ตะนาวศรี", "กอกะเร็ก", "ชเวโก๊กโก่", "ลอยก่อ", "สะเทิม", "เมาะตะมะ", "มิตจีนา",
    "ตาชิเหล็ก", "ดานัง", "ไฮฟอง", "ไซ่ง่อน", "เกิ่นเทอ", "เดียนเบียนฟู", "โกตาบารู",
    "อลอร์สตาร์", "อิโปห์", "มะละกา", "เซเรมบัน", "ลังกาวี", "ตุมปัต", "ปาเสมัส", "รันเตาปันจัง",
    # session 32: Malaysia as the far south says it (ทำงานอยู่มาเลย์), in a place frame only
    "มาเลย์",
)
#: Industrial and suburban districts that migrant workers name without อ./อำเภอ (ไปทำงานบางบ่อ).
_DISTRICTS = (
    "บางบ่อ", "บางเสาธง", "พระสมุทรเจดีย์", "กระทุ่มแบน", "บ้านแพ้ว", "อ้อมน้อย", "อ้อมใหญ่", "นครชัยศรี",
    "สามพราน", "พุทธมณฑล", "บางปะกง", "บางละมุง", "พนัสนิคม", "ปลวกแดง", "นิคมพัฒนา", "บ้านฉาง", "แกลง",
    "วังน้อย", "บางปะอิน", "หนองแค", "ลาดหลุมแก้ว", "สามโคก", "บางกรวย", "ศรีมหาโพธิ", "กบินทร์บุรี",
)
#: Country names that are also ordinary words or common given names, and Thailand itself.
_NOT_PLACES = frozenset({"ไทย", "ประเทศไทย", "มาลี", "ชาด", "จีน", "ลาว", "เลย", "กรุงเทพมหานคร"})
#: A place frame right before the name: lives, comes from, works, goes, moves, returns, home town.
_FRAME = r"(?:อยู่|ที่|ไป|ทำงาน|จาก|กลับ|ย้าย|บ้านเกิด|ใน|ถึง|แถว|เข้า|ส่ง|หนี|ข้ามไป|ข้ามมา|ติดอยู่|ฝั่ง)[^\S\n]?"


#: A town abroad named after a work or stay verb and ที่ (ไปเปิดร้านต้มยำที่โกตาบารู, ทำงานร้าน
#: อาหารที่อลอร์สตาร์): a word the dictionary does not know, standing alone — a transliterated town.
_WORK_AT = re.compile(
    r"(?:ทำงาน|เปิดร้าน|ค้าขาย|รับจ้าง|ไปอยู่|ย้ายไป)[^\n]{0,24}?ที่(?P<v>[\u0E01-\u0E4E]{4,16})(?=[^\S\n]|[,;:)\n.]|$)"
)


#: A foreign town or a Lao province by its admin word, in a place frame or before its country:
#: ไปทำงานที่เมืองเถาหยวน ประเทศไต้หวัน, มาจากแขวงคำม่วน. แขวง is also a Bangkok sub-district
#: (a place either way); the name must not be a dictionary word (เมืองนอก "abroad", เมืองไทย).
_ADMIN_TOWN = re.compile(
    r"(?:(?:อยู่|ที่|จาก|ไป|กลับ|ย้ายไป|ทำงาน|บ้านเกิด|ชาว)[^\S\n]?|(?<![\u0E01-\u0E4E.]))"
    r"(?P<v>(?P<h>เมือง|แขวง|รัฐ|มณฑล)[\u0E01-\u0E4E]{3,16})(?=[^\S\n]*ประเทศ|[,;:)\n]|$|[^\S\n])"
)
#: A country right after a town: ฝั่งพม่า ("on the Myanmar side"), ประเทศลาว.
_COUNTRY_AFTER = re.compile(r"[^\S\n]*(?:ฝั่ง|ประเทศ)[\u0E01-\u0E4E]")
#: Words after เมือง that make an ordinary phrase even before a country (เมืองนอก, เมืองใหม่).
_NOT_TOWN_WORDS = frozenset({"นอก", "ไทย", "หลวง", "ใหม่", "เก่า", "ใหญ่", "เล็ก", "ชายแดน", "ท่า"})
#: Words opening a workplace or a home, not a town (ที่ร้านก๋วยเตี๋ยว, ที่โรงงาน…, ที่บ้าน…).
KIND_OPENERS = (
    "ร้าน", "โรง", "บ้าน", "ตลาด", "วัด", "ศูนย์", "บริษัท", "คลินิก", "ห้าง", "หอ", "อู่", "ฟาร์ม", "สวน",
    "ไร่", "ปั๊ม", "ค่าย", "คอนโด", "แฟลต", "ชุมชน", "หมู่บ้าน", "แคมป์", "ไซต์", "ท่า", "สถานี",
)


#: Words after a line word that are not a station: รถไฟฟ้าใต้ดิน, BTS ทุกวัน, รถไฟฟ้ามาหาหมอ.
_STATION_STOP = frozenset({"ใต้ดิน", "ลอยฟ้า", "ทุก", "วัน", "มา", "ไป", "กลับ", "สาย", "ขบวน", "เที่ยว", "ตอน", "ช่วง"})
#: A rail station by its line: "BTS อารีย์", "MRT สามย่าน", "รถไฟฟ้าสถานีX" — the line word is kept
#: in the span (the station alone is a common word as often as not).
_TRANSIT = re.compile(
    r"(?P<line>BTS|MRT|ARL|SRT|บีทีเอส|เอ็มอาร์ที|รถไฟฟ้า(?:สาย[\u0E01-\u0E4E]+)?)[^\S\n]*(?:สถานี)?[^\S\n]*"
    r"(?P<v>[\u0E01-\u0E4E]{2,24})"
)


#: session 12 — a community, camp or estate named by the landmark it stands behind, beside or
#: across from (ชุมชนหลังวัดเจ็ดยอด, แคมป์คนงานหลังสถานีรถไฟ, ชุมชนริมคลองแสนแสบ): in a town that
#: points at a few hundred households. A neighbour word (ชุมชนใกล้เคียง) has no landmark after it.
_BY_LANDMARK = re.compile(
    r"(?:ชุมชน|แคมป์คนงาน|แคมป์|หมู่บ้าน)(?:หลัง|ข้าง|ริม|ใต้|หน้า|ตรงข้าม|ติด)"
    r"(?P<l>สถานีรถไฟ|สถานีขนส่ง|ทางรถไฟ|ทางด่วน|วัด|ตลาด|คลอง|โรงเรียน|โรงพยาบาล|โรงงาน|สนามบิน|ท่าเรือ|"
    r"ห้าง|มหาวิทยาลัย|ค่ายทหาร|ค่าย|เทศบาล|ที่ว่าการอำเภอ|สะพาน|แม่น้ำ)[\u0E01-\u0E4E]*"
)


#: session 12 — a community named by its land area (ชุมชน 70 ไร่, ชุมชนพัฒนา 30 ไร่).
_BY_AREA = re.compile(r"ชุมชน(?:[\u0E01-\u0E4E]{2,16})?[^\S\n]?\d{1,4}[^\S\n]?ไร่(?![\u0E01-\u0E4E])")
#: Landmarks a town has one of: named by their kind alone.
_ONE_PER_TOWN = frozenset({"สถานีรถไฟ", "สถานีขนส่ง", "ทางรถไฟ", "สนามบิน", "ที่ว่าการอำเภอ", "ค่ายทหาร"})


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from pythainlp.corpus import countries

    return frozenset(countries()) | {"เกาหลี", "เมียนมา", "ไต้หวัน"}


#: Everyday short names of countries that pythainlp's formal list lacks (พม่า for เมียนมา, เขมร for
#: กัมพูชา, อเมริกา, อังกฤษ): a nationality column writes them so.
_COUNTRY_SHORT_NAMES = frozenset({"พม่า", "เมียนมาร์", "เขมร", "อเมริกา", "อังกฤษ", "บรูไน", "ติมอร์"})


@lru_cache(maxsize=1)
def _wide_regex() -> re.Pattern[str]:
    from pythainlp.corpus import countries, provinces

    names = {*provinces(), *countries(), *_FOREIGN_PLACES, *_DISTRICTS} - _NOT_PLACES
    names = {n for n in names if len(n) >= 3}
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    # เมือง/นคร/รัฐ/แขวง before the name (ไปทำงานที่เมืองไถจง, มาจากแขวงสะหวันนะเขต) belongs to it
    return re.compile(rf"{_FRAME}(?P<v>(?:เมือง|นคร|รัฐ|แขวง)?(?:{alternatives}))")


#: session 32 — a strong place frame: someone lives, works, moved or comes from there (ย้ายไปทำงาน
#: บ่อวิน is another rule's; ไปทำสวนส้มที่|สันกำแพง, มาจาก|ขุขันธ์ are this one's).
_STRONG_FRAME = (
    r"(?:ทำงาน(?:อยู่)?(?:ที่)?|อยู่ที่|ย้ายไป(?:อยู่|ทำงาน)?(?:ที่)?|ไปอยู่(?:ที่)?|มาจาก|กลับไป(?:อยู่)?(?:ที่)?|"
    r"บ้านเกิด(?:อยู่)?(?:ที่)?|อาศัยอยู่(?:ที่)?|พักอยู่(?:ที่)?|ไปทำงาน(?:ที่)?"
    # (session 39) going towards, riding to: ข้ามไปทางช่องเม็ก, มารับไปทางป่าอ้อ, ขึ้นรถไปบ้านกรวด
    r"|(?:ไป|มา)ทาง|(?:ขึ้นรถ|นั่งรถ|เดินทาง|ขับรถ|ต่อรถ)(?:ไป|มา)(?:ที่|ถึง)?)[^\S\n]?"
)


@lru_cache(maxsize=1)
def _listed_town_regex() -> re.Pattern[str]:
    """Towns, districts and sub-districts the gazetteer lists that the dictionary does not know as
    words and that are no given names, after a strong place frame."""
    from assistant.redact.gazetteer import distinct_local_place_names, thai_place_names
    from assistant.redact.recognizers.organization_th import is_kind
    from assistant.redact.thai_lexicon import get_thai_lexicon

    th = get_thai_lexicon()
    listed = thai_place_names() | distinct_local_place_names()

    farms = ("สวน", "ไร่", "นา", "ฟาร์ม")

    def a_kind_of_work_or_place(name: str) -> bool:
        # a farm of a crop (ไร่อ้อย, สวนส้ม — places too, but "works at the cane farm" first), a
        # family, "in town" (ในเมือง); only a name opening with a farm word is tokenized
        if name.startswith(("ครอบครัว", "ใน")):
            return True
        if not name.startswith(farms):
            return False
        tokens = th.tokenize(name)
        return tokens[0] in farms and all(is_kind(t) for t in tokens[1:])

    names = [
        n for n in listed
        if len(n) >= 3 and n not in th.words and not th.is_name(n) and not a_kind_of_work_or_place(n)
    ]
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"{_STRONG_FRAME}(?P<v>{alternatives})")


#: session 21 — a table cell holding only a Thai word (| มะริด |, a tab-separated column): a home
#: town or birthplace column names its place with no frame around it.
_CELL = re.compile(r"(?:(?<=\|)|(?<=\t))[^\S\n\t]*(?P<v>[\u0E01-\u0E4E]{2,24})[^\S\n\t]*(?=\||\t)")
def _table_place(word: str) -> bool:
    """A listed town, district or foreign town alone in a table cell — not a country or Thailand."""
    from assistant.redact.gazetteer import thai_place_names

    if word in _NOT_PLACES or word in _COUNTRY_SHORT_NAMES or word in _countries():
        return False
    return word in PLACES or word in _FOREIGN_PLACES or word in _DISTRICTS or word in thai_place_names()


@lru_cache(maxsize=1)
def _gazetteer_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(PLACES, key=len, reverse=True))))


class ThaiLocationRecognizer(RegexRecognizer):
    """Thai province names and cued Latin place names in Thai text (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiLocationRecognizer", ())
        self.supported_entities = [LOCATION]

    def _station(self, text: str, m: re.Match, out: list[RecognizerResult]) -> None:
        """The station name after the line word, up to a function word (BTS อโศก|แล้ว…)."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        end = m.start("v")
        for tok in th.tokenize(m.group("v")):
            if tok in th.stopwords or tok in _STATION_STOP:
                break
            end += len(tok)
        if end - m.start("v") >= 2:
            out.append(self.result(LOCATION, m.start(), end, 0.6))

    def _by_landmark(self, text: str, out: list[RecognizerResult]) -> None:
        """ชุมชนหลังวัดโพธิ์งาม, แคมป์คนงานหลังสถานีรถไฟ: a community or camp named by the landmark
        it stands behind or beside; the landmark's own name runs to the first clause word. A kind
        of landmark a town has many of needs its name (ชุมชนหลังวัด is "the community behind the
        temple")."""
        from assistant.redact.recognizers.address_th import CLAUSE_WORDS
        from assistant.redact.recognizers.person_th_frames import SENTENCE_PARTICLES
        from assistant.redact.thai_lexicon import get_thai_lexicon

        for m in _BY_LANDMARK.finditer(text):
            end = get_thai_lexicon().clause_start(
                text, m.start("l"), m.end(), lambda tok: tok in CLAUSE_WORDS or tok in SENTENCE_PARTICLES,
                after=len(m.group("l")) - 1,
            )
            if m.group("l") in _ONE_PER_TOWN or end - m.end("l") >= 2:
                out.append(self.result(LOCATION, m.start(), end, 0.6))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if not re.search(r"[\u0E01-\u0E4E]", text):
            return out
        for m in _VILLAGE.finditer(text):
            end = self._village_end(text, m.start("v"), m.end("v"))
            if m.start("v") == m.start() and not (end and _UNIT_AFTER.match(text, end)) and not _AGE_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # a bare บ้านX counts only before a place word, alone on its line, or after an age
            if end is not None:
                out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        for m in _VILLAGE_WORD.finditer(text):
            if m.start("v") == m.start() or not self._word_head_first(m.group("v")):
                continue
            end = self._village_end(text, m.start("v"), m.end("v"))
            if end is not None:
                out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        for m in _VILLAGE_AFTER_LATIN.finditer(text):
            end = self._village_end(text, m.start("v"), m.end("v"))
            if end is not None:
                out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        for m in _VILLAGE_ANYWHERE.finditer(text):
            end = self._village_end(text, m.start("v"), m.end("v"))
            if end is not None and _GLUED_VILLAGE_AFTER.match(text, end):
                out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        if "เมือง" in text:
            for m in _MUEANG.finditer(text):
                end = self._town_abroad_end(text, m.end("v"))
                if end is not None:
                    out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        if "|" in text or "\t" in text:
            for m in _CELL.finditer(text):
                if _table_place(m.group("v")):
                    out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        for m in _LATIN_TOWNS.finditer(text):
            out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _listed_town_regex().finditer(text):
            if ends_thai_word(text, m.start("v"), m.end("v")):
                out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        if "ภูมิลำเนา" in text or "บ้านเกิด" in text or "ถิ่นกำเนิด" in text:
            for m in _HOME_TOWN_FIELD.finditer(text):
                if m.group("v") not in _NO_HOME_TOWN:
                    out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        for m in _TH_CUE_LATIN.finditer(text):
            if m.group("bare") and _ordinary_latin_word(m.group("v")):
                continue  # ที่ Wellbeing center, ใน Excel: one ordinary word after a bare cue is no name
            out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        for m in _gazetteer_regex().finditer(text):
            before = text[max(0, m.start() - 6):m.start()].rstrip()
            # a whole word, told by the tokenizer (session 32: a run-on clause glued after it — ทำงานอยู่
            # มหาชัย|โทรไป — had been no end; only the linking words of _AFTER_PLACE were)
            cued = before.endswith(_PLACE_CUES) or (
                # (session 32) "by way of" (เข้ามาทาง|แม่สอด) — not a name that is also a word:
                # ทาง|ดินแดง is "the red-earth track"
                before.endswith("ทาง") and m.group(0) not in _thai_words()
            )
            if cued and ends_thai_word(text, m.start(), m.end()):
                # เขตบางแค, แขวงคลองเตย: the district word glued before the name is part of it
                head = next((h for h in ("เขต", "แขวง") if text.endswith(h, 0, m.start())), "")
                out.append(self.result(LOCATION, m.start() - len(head), m.end(), 0.6))
        if "BTS" in text or "MRT" in text or "รถไฟฟ้า" in text or "บีทีเอส" in text:
            for m in _TRANSIT.finditer(text):
                self._station(text, m, out)
        for m in _wide_regex().finditer(text):
            if text[max(0, m.start("v") - 5):m.start("v")].rstrip().endswith("ฝั่ง") and m.group("v") in _countries():
                continue  # ฝั่งพม่า: the Myanmar side of the border, not where someone lives (ฝั่งเมียวดี is)
            if ends_thai_word(text, m.start("v"), m.end("v")):
                out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        for m in _AREA_CUE.finditer(text):
            end = self._area_end(text, m.end())
            if end is None and text.startswith("บ้าน", m.end()):
                end = self._area_village_end(text, m.end())
            if end is not None:
                out.append(self.result(LOCATION, m.end(), end, 0.6))
        if "ชุมชน" in text or "แคมป์" in text or "หมู่บ้าน" in text:
            self._by_landmark(text, out)
            for m in _BY_AREA.finditer(text):  # ชุมชน 70 ไร่: a community named by its land area
                out.append(self.result(LOCATION, m.start(), m.end(), 0.6))
        if "ทุ่ง" in text or "เขา" in text:
            for m in _NAMED_PLAIN_OR_MOUNT.finditer(text):
                chunk = re.match(r"[\u0E01-\u0E4E]+", text[m.start("v"):]).group(0)
                length = self._plain_or_mount_length(chunk, m.group("h"))
                if length is not None:
                    out.append(self.result(LOCATION, m.start("v"), m.start("v") + length, 0.6))
        if any(h in text for h in TOPO_HEADS):
            for m in _TOPO.finditer(text):
                end = self._topo_end(text, m.start("v"))
                if end is not None:
                    out.append(self.result(LOCATION, m.start("v"), end, 0.6))
            for m in _LANDMARK_OF_VILLAGE.finditer(text):
                end = self._topo_end(text, m.start("v"))
                if end is not None:
                    out.append(self.result(LOCATION, m.start(), end, 0.6))
            for m in (*_KIND_TOPO.finditer(text), *_QUARTER_TOPO.finditer(text)):
                end = self._topo_end(text, m.start("v"))
                if end is not None and (m.group("h") != "บ้าน" or self._known_village(text, m, end)):
                    out.append(self.result(LOCATION, m.start(), end, 0.6))
            for m in _WORKS_BY_TOPO.finditer(text):
                end = self._works_place_end(text, m.start("v"))
                if end is not None:
                    out.append(self.result(LOCATION, m.start(), end, 0.6))
        if "อ." in text:
            for m in _AMPHOE.finditer(text):
                end = self._amphoe_end(text, m.start("v"), cued=m.start("v") > m.start())
                if end is not None:
                    out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        if "ต." in text:
            for m in _TAMBON.finditer(text):
                end = self._amphoe_end(text, m.start("v"), tambon=True, cued=m.start("v") > m.start())
                if end is not None:
                    out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        if "ต." in text or "อ." in text:
            for m in _GLUED_UNIT.finditer(text):
                end = self._listed_unit_end(text, m.end())
                if end is not None:
                    out.append(self.result(LOCATION, m.start("u"), end, 0.6))
            for m in _GLUED_AFTER_WORDS.finditer(text):
                if self._whole_words_before(m.group("w")) and (end := self._listed_unit_end(text, m.end())):
                    out.append(self.result(LOCATION, m.start("u"), end, 0.6))
        if "อำเภอ" in text or "ตำบล" in text or "แขวง" in text:
            for m in _ADMIN_WORD.finditer(text):
                head = 5 if text.startswith("อำเภอ", m.start()) else 4
                end = self._amphoe_end(text, m.start("v"), tambon=True, cued=True, head=head)
                if end is not None:
                    out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        if "ตลาด" in text or "กาด" in text:
            for m in _MARKET_OF_PLACE.finditer(text):
                if m.group("v").startswith(("ใน", "กลาง")):
                    continue  # ตลาดสดในเมือง "the market in town": ในเมือง is a sub-district's name too
                end = self._known_place_end(text, m.start("v"), m.end("v"))
                if end is not None:
                    out.append(self.result(LOCATION, m.start(), end, 0.6))
        if any(w in text for w in _BUILDING_LITERALS):  # cheap gate: the scan runs only beside one
            for m in _NAMED_BUILDING.finditer(text):
                if self._brand_name(m.group("n")) and not self._kind_of_home(m.group(0), m.group("n")):
                    out.append(self.result(LOCATION, m.start(), m.end(), 0.6))
        if "ที่" in text:
            for m in _WORK_AT.finditer(text):
                if self._foreign_town(m.group("v")):
                    out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        if "เมือง" in text or "แขวง" in text or "รัฐ" in text or "มณฑล" in text:
            for m in _ADMIN_TOWN.finditer(text):
                if self._admin_town(m.group("v"), m.group("h")) or self._town_by_country(text, m):
                    out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        if "หอ" in text or "ตึก" in text:
            for m in _SUFFIXED_HOME.finditer(text):
                out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.65))
        return out

    @staticmethod
    def _stops() -> frozenset[str]:
        from assistant.redact.lexicon import get_lexicon
        from assistant.redact.recognizers.person_th_bare import RELATION_NOUNS
        from assistant.redact.thai_lexicon import get_thai_lexicon

        lex = get_lexicon()
        return (
            _AREA_STOP | get_thai_lexicon().stopwords | RELATION_NOUNS | lex.th_soft_titles | lex.th_strong_titles
            | _TOPO_NOT_NAME
        )

    def _place_name(self, chunk: str, skip: int, *, malay: bool = False) -> str | None:
        """The place name opening ``chunk``: ``skip`` letters of head, then words up to a function
        word, a kin or title word, or a closing direction/age word (kept). None when nothing
        but the head is left or the whole is an ordinary compound (ทุ่งนา, ท่าน้ำ, ป่าช้า)."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        tokens = [t for t in th.tokenize(chunk[skip:]) if t]
        stop = (_AREA_STOP | th.stopwords) if malay else self._stops()
        name: list[str] = []
        for i, tok in enumerate(tokens):
            if tok in _PHRASE_NOUNS or (not name and tok.startswith("บาง") and tok[3:] in _COUNTED_AFTER_SOME):
                return None  # (คลอง|บางคน "some people at the canal")
            if name and tok in PLACE_TAILS:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                if nxt is None or nxt in stop:
                    name.append(tok)
                break
            if tok in stop and not (
                not name and tok in TOPO_HEADS and i + 1 < len(tokens) and tokens[i + 1] not in stop
                and not (tok == "บาง" and tokens[i + 1] in _COUNTED_AFTER_SOME)
            ):
                # (session 31: a landform word opening the name is no function word — คลอง|บาง|ภาษี)
                if tok == "เลย" and name and i == len(tokens) - 1:
                    name.append(tok)  # เลย also names places (ทุ่งปูเลย); a particle would rarely end the chunk
                break
            if len(tok) < 2 and not name:
                return None
            name.append(tok)
        core = "".join(t for t in name if t not in PLACE_TAILS)
        if len(core) < 2 or chunk[:skip] + core in th.words or (skip == 0 and core in th.words):
            return None
        return chunk[:skip] + "".join(name)

    def _plain_or_mount_length(self, chunk: str, head: str) -> int | None:
        """Length of the place ``chunk`` opens: เขาปลาร้า, ทุ่งหนองโสน name one; ทุ่งนา (one dictionary
        word), ทุ่ง|หญ้า (what grows there) and เขา|ไม่… (he) do not — None. (Rivers are
        organization_th_public's: แม่น้ำยม.)"""
        from assistant.redact.recognizers.organization_th_public import WHAT_WATER_DOES
        from assistant.redact.thai_lexicon import get_thai_lexicon

        tokens = get_thai_lexicon().tokenize(chunk)
        if not tokens or tokens[0] != head or len(tokens) < 2 or tokens[1] in WHAT_WATER_DOES:
            return None
        name = self._place_name(chunk, len(head))
        return None if name is None else len(name)

    @staticmethod
    def _known_village(text: str, m: re.Match[str], end: int) -> bool:
        """บ้าน is also "house": บ้าน + a landform name is a village when the gazetteer lists the
        name (บ้านหนองบัว) or the pair fills a bracket after a person (ยายสำลี (บ้านคลองแห้ง)),
        not in บ้านบางคน "some houses" or บ้านท่าน… "his reverence's house"."""
        from assistant.redact.gazetteer import thai_unit_names

        if text[m.start("v"):end] in thai_unit_names():
            return True
        return text[max(0, m.start() - 1):m.start()] == "(" and text[end:end + 1] == ")"

    def _topo_end(self, text: str, start: int) -> int | None:
        """End of a landform-headed place name (ควนลัง, ผาหมอกใหม่), or None."""
        chunk = re.match(r"[\u0E01-\u0E4E]+", text[start:]).group(0)
        head = next(h for h in sorted(TOPO_HEADS, key=len, reverse=True) if chunk.startswith(h))
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        first = th.tokenize(chunk)[0]
        if first != head and len(first) > len(head) and first in th.words:
            return None  # the head is the start of another word (ปากกา, ทุ่งนา, ท่าทาง)
        if chunk.startswith("ท่าเรือ") and self._pier_of_a_kind(chunk[len("ท่าเรือ"):]):
            return None  # (session 31) ท่าเรือ|ประมง "the fishing pier": a kind of pier, no place
        name = self._place_name(chunk, len(head), malay=head in _MALAY_HEADS)
        return None if name is None else start + len(name)

    def _works_place_end(self, text: str, start: int) -> int | None:
        """End of the place a works is named by (see _WORKS_BY_TOPO): read to a known place's end
        when it names one (ประตูน้ำบางเลน|พื้นผุ, ท่าเทียบเรือบางปะกง: a district the dictionary also
        lists as a word), else as any landform-headed name; never บาง + a counted word
        (ท่าเรือ|บางวัน|ก็…: "some days", even where a sub-district has that name)."""
        if text.startswith("บาง", start) and text.startswith(tuple(_COUNTED_AFTER_SOME), start + 3):
            return None
        return self._listed_unit_end(text, start) or self._topo_end(text, start)

    @staticmethod
    def _pier_of_a_kind(rest: str) -> bool:
        from assistant.redact.recognizers.organization_th import PORT_KINDS
        from assistant.redact.thai_lexicon import get_thai_lexicon

        words = get_thai_lexicon().tokenize(rest)
        if not words:
            return True
        after = rest[len(words[0]):]
        return words[0] in PORT_KINDS and not after.startswith((*TOPO_HEADS, "บ้าน"))  # …ประมง|ท่าฉลอม: named

    def _area_village_end(self, text: str, pos: int) -> int | None:
        """แถวบ้านกร่าง: a village after แถว/ย่าน even when its word is ordinary (กร่าง, กล้วย);
        บ้าน + a kin, title or generic word (แถวบ้านเพื่อน, แถวบ้านพัก) is a home, not a village."""
        chunk = re.match(r"[\u0E01-\u0E4E]+", text[pos:]).group(0)
        name = self._place_name(chunk, 4)
        if name is None or len(name) < 7:
            return None
        if len(name) < len(chunk) and not chunk.startswith(_AFTER_PLACE, len(name)):
            return None  # แถวบ้านเรียกว่า…: a clause runs on, not a village's name
        return pos + len(name)

    def _amphoe_end(
        self, text: str, start: int, tambon: bool = False, cued: bool = False, head: int = 2
    ) -> int | None:
        """ที่ อ.ปราณบุรี: a district, unless the word after อ. is a person's name or a title.
        ต. (tambon) and the full words ตำบล/อำเภอ/แขวง (``head`` letters) have no person reading, so a
        name-like first word (ดอน, สระ) stays in it; a long dictionary word standing whole after a
        place cue (อยู่ อ.ศรีสำโรง) is a place name too, and so is a dictionary word the gazetteer
        lists as a district or sub-district (อ.ฝาง, ตำบลบางระกำ)."""
        from assistant.redact.gazetteer import thai_unit_names
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        units = thai_unit_names()
        if start + head >= len(text):
            return None
        pos = start + head + (text[start + head] == " ")
        chunk = re.match(r"[\u0E01-\u0E4E]+", text[pos:])
        if not chunk:
            return None
        if head > 2:
            # run-on Thai glues the next part on (ตำบลภูเงินอำเภอเสลภูมิแผลกดทับ): the longest name
            # the gazetteer lists that ends where a word does is the unit's name
            word = chunk.group(0)
            for size in range(min(len(word), 24), 1, -1):
                if word[:size] in units and (
                    size == len(word) or _ADMIN_WORD_START.match(word, size) or ends_thai_word(text, pos, pos + size)
                ):
                    return pos + size
        tokens = [t for t in th.tokenize(chunk.group(0)) if t]
        stop = self._stops() - {"บ้าน"}  # อ.บ้านโป่ง: districts open with บ้าน too
        head_word = tokens[0] in TOPO_HEADS or any(tokens[0].startswith(h) for h in TOPO_HEADS if len(h) > 1)
        kin_place = tambon and tokens and tokens[0] in ("แม่", "พ่อ", "ป่า", "นา", "ตา") and len(tokens) > 1
        if (
            not tokens or (tokens[0] in stop and not head_word and not kin_place) or tokens[0] in ("เมือง",)
            or (th.is_name(tokens[0]) and not (head_word and len(tokens) > 1) and not tambon)
        ):
            return None  # อ.สมหญิง (a lecturer); อ.เมือง names no district without its province
        end = pos
        for i, tok in enumerate(tokens):
            if tok in stop and tok not in PLACE_TAILS and not (i == 0 and (tok in TOPO_HEADS or kin_place)):
                break
            end += len(tok)
        name = text[pos:end]
        whole = end == pos + len(chunk.group(0))
        compound_place = whole and (
            (head_word and len(name) >= 6) or (cued and len(name) >= 7)
            # ต. has no other reading: a whole word after it (ต.โกรกกราก 22/1) names the sub-district
            # (glued: "ต. อายุ" after an initial is the word "age", not a place)
            or (tambon and pos == start + head and len(name) >= 4 and len(tokens) == 1 and name not in th.stopwords)
        )
        listed = name in units
        if (
            len(name) < (2 if head > 2 else 3) or (th.is_name(name) and not tambon)
            or (name in th.words and name not in PLACES and not compound_place and not listed)
        ):
            return None
        if head > 2 and not (listed or head_word or tokens[0] not in th.words):
            return None  # ประสานอำเภอเรื่อง…: the district office and a clause, not a district's name
        return end

    def _whole_words_before(self, run: str) -> bool:
        """The letters glued before ต./อ. end in a dictionary word of three letters or more (โม่,
        ของ) or in a word of going (มา, ไป): an abbreviation's own letters (อบต., ผอ., สสอ.) are
        no such word."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        tokens = th.tokenize(run)
        return (len(tokens[-1]) >= 3 or tokens[-1] in ("มา", "ไป")) and all(t in th.words for t in tokens[-2:])

    @staticmethod
    def _longest_listed_end(text: str, pos: int, end: int, listed: Callable[[str], bool], shortest: int) -> int | None:
        """The end of the longest name ``listed`` accepts in ``text[pos:end]`` (24 letters at most,
        ``shortest`` at least) that ends where a word does (มโนรมย์|กินยา, มหาชัย|มาสองปี): run-on
        Thai glues the next clause to the name. None if there is none."""
        for size in range(min(end - pos, 24), shortest - 1, -1):
            if listed(text[pos:pos + size]) and ends_thai_word(text, pos, pos + size):
                return pos + size
        return None

    @classmethod
    def _known_place_end(cls, text: str, pos: int, end: int) -> int | None:
        """The longest town or district name the gazetteer knows in ``text[pos:end]``."""
        from assistant.redact.boundaries import is_known_thai_place

        return cls._longest_listed_end(text, pos, end, is_known_thai_place, 3)

    @classmethod
    def _listed_unit_end(cls, text: str, pos: int) -> int | None:
        """The longest district or sub-district name the gazetteer lists at ``pos``."""
        from assistant.redact.gazetteer import thai_unit_names

        chunk = re.match(r"[\u0E01-\u0E4E]+", text[pos:])
        if not chunk:
            return None
        return cls._longest_listed_end(text, pos, chunk.end() + pos, thai_unit_names().__contains__, 4)

    def _foreign_town(self, word: str) -> bool:
        """A transliterated town: unknown to the dictionary as a whole, with an unknown piece or a
        loanword mark, and no piece that is a function, kin or title word (ที่ป้าแดง, ที่บ้านเพื่อน)."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        if word in th.words or th.is_name(word):
            return False
        tokens = [t for t in th.tokenize(word) if t]
        stops = self._stops()
        # a listed given name opening the word is someone's place (ที่สมชาย…), but not one that is
        # also a plain word (ซุง in ซุงไกเปอตานี)
        opens_with_name = th.is_name(tokens[0]) and tokens[0] not in th.words
        if tokens[0] in stops or opens_with_name or any(t in th.stopwords for t in tokens):
            return False
        if word.startswith(KIND_OPENERS):
            return False  # ทำงานที่ร้านX, ที่โรงงานX: a named workplace (an organisation rule reads it)
        return any(len(t) >= 2 and t not in th.words for t in tokens)

    def _town_by_country(self, text: str, m: re.Match[str]) -> bool:
        """มาจากเมืองสาด ฝั่งพม่า: a country named right after (ฝั่ง/ประเทศ …) makes เมือง + a word a
        foreign town even when the word is also Thai (สาด "to splash", ปั่น "to spin")."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        if not _COUNTRY_AFTER.match(text, m.end("v")):
            return False
        name = m.group("v")[len(m.group("h")):]
        tokens = [t for t in get_thai_lexicon().tokenize(name) if t]
        return (
            name not in _NOT_TOWN_WORDS and tokens[0] not in self._stops()
            and not any(t in _AREA_STOP for t in tokens)
        )

    def _admin_town(self, value: str, head: str) -> bool:
        """The name after เมือง/แขวง is a place's own name: not a dictionary word as a whole (เมืองนอก,
        แขวงการทาง), no function, kin or title word in it, and an unknown piece or loanword mark."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        name = value[len(head):]
        if value in th.words or name in th.words or name.startswith(("การ", "ความ", "ทาง", "หลวง")):
            return False
        tokens = [t for t in th.tokenize(name) if t]
        if head + tokens[0] in th.words or th.tokenize(value)[0] != head:
            return False  # เมืองนอก|สองปี ("abroad"), เมืองหลวง: the head is part of an ordinary word
        if tokens[0] in self._stops() - th.stopwords or any(t in _AREA_STOP for t in tokens):
            return False
        return any(len(t) >= 2 and t not in th.words for t in tokens) or len(tokens) >= 2

    @staticmethod
    def _kind_of_home(whole: str, name: str) -> bool:
        """เกสต์เฮาส์, ทาวน์เฮาส์, เซอร์วิสอพาร์ตเมนต์: a kind of lodging, no building's name."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        return whole in get_thai_lexicon().words or name in _LODGING_KINDS

    def _brand_name(self, name: str) -> bool:
        """ลัคกี้ทาวน์, ศรีสุขแกรนด์: an unknown word or a loanword spelling (์ ๊ ๋), not an ordinary
        word or one that opens with a function word (ห้องพัก…, ใกล้…)."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        tokens = th.tokenize(name)
        if tokens[0] in self._stops() or tokens[0] in _AREA_STOP:
            return False
        if re.search("[\u0E4C\u0E4A\u0E4B]", name):
            return True  # แฮปปี้แลนด์: a brand spelled as a loanword, listed or not
        return name not in th.words and any(len(t) >= 2 and t not in th.words for t in tokens)

    def _town_abroad_end(self, text: str, pos: int) -> int | None:
        """End of the town's name after เมือง: the words up to a function word, when they hold a
        word the dictionary does not know and เมือง + name is no word itself (เมืองนอก, เมืองหลวง)."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        chunk = re.match(r"[\u0E01-\u0E4E]+", text[pos:pos + 24])
        if not chunk:
            return None
        tokens: list[str] = []
        for tok in th.tokenize(chunk.group(0)):
            if tok in th.stopwords or tok in _AREA_STOP:
                break
            tokens.append(tok)
        name = "".join(tokens)
        if len(name) < 3 or name in th.words or ("เมือง" + name) in th.words:
            return None
        # a transliterated name falls apart into three or more pieces (ปาก|กะ|ดิง) or holds an unknown one
        if len(tokens) < 3 and not any(len(t) >= 2 and t not in th.words for t in tokens) and name not in PLACES:
            return None
        return pos + len(name)

    @staticmethod
    def _word_head_first(village: str) -> bool:
        """The tokenizer reads the head as the name's first word (ไผ่|หูช้าง), or a first word that
        opens with it and is no everyday word (ภูมิซรอล, โต๊ะเด็ง: the word list holds place names
        too); not an everyday word of its own (ทะเลาะ, แค่, ยางพารา)."""
        from assistant.redact.thai_lexicon import everyday_words, get_thai_lexicon

        tokens = get_thai_lexicon().tokenize(village[4:])
        first = tokens[0] if tokens else ""
        return first in VILLAGE_WORD_HEADS or (first.startswith(VILLAGE_WORD_HEADS) and first not in everyday_words())

    def _village_end(self, text: str, start: int, end: int) -> int | None:
        """End of the village name: the chunk up to a function word or verb, three letters at least.
        (Ordinary compounds such as บ้านนอก never reach here: the pattern asks for a landform word
        after บ้าน. The dictionary is no guide either way: it lists real villages, บ้านโพนฮาด.)"""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        # run-on Thai: the village's name stops where its sub-district or district word begins
        # (บ้านหนองแวง|ตำบลภูเงิน|อำเภอเสลภูมิ…), each unit read by its own rule
        # (session 23) the regex stops before a dot, so a glued ต./อ./จ. leaves its letter on the name
        # (บ้านแหลมดิน|ต.พนางตุง, บ้านหนองแซง|อ.มโนรมย์): the search reaches one letter past the end
        unit = _ADMIN_WORD_START.search(text, start + 6, min(len(text), end + 1))
        if unit:
            end = unit.start()
        tokens = th.tokenize(text[start + 4:end])
        stop = _AREA_STOP | th.stopwords
        name = ""
        if tokens and tokens[0] in _TITLES_AFTER_HOME:
            return None  # session 26 — เลย|บ้านนาย|สมชาย: Mr Somchai's house, not a village
        for i, tok in enumerate(tokens):
            if name and (tok.startswith(_MOTION_AFTER_PLACE) or tok in _BESIDE):
                break  # session 26 — บ้านนาเกียน|ขึ้นไป, บ้านเชียงแหว|ริม|หนองหาน: the clause goes on
            if tok in stop and name and not (
                # (session 23) บ้านนา|เหล่า, บ้านนา|แก: a stopword syllable closing the chunk right
                # after a bare landform head is the rest of the name, not the next clause
                name in VILLAGE_HEADS and i == len(tokens) - 1 and tok not in _AREA_STOP
                and start + 4 + len(name) + len(tok) == end and tok not in _PRONOUNS
            ):
                if tok in PLACE_TAILS and self._tail_closes(text, start + 4 + len(name) + len(tok)):
                    name += tok  # บ้านโนนเขวาใต้: a direction/age word closing the name is part of it
                break
            name += tok
        if len(name) < 3 or name in _KIN_HOMES:
            return None  # บ้านแม่|ที่…: mother's house, not a village named แม่
        return start + 4 + len(name)

    @staticmethod
    def _tail_closes(text: str, end: int) -> bool:
        """A direction word ends the name when nothing Thai follows it, or a word that may follow
        a place (และ, กับ, ค่ะ): "บ้านหนองแคเหนือ กับ…" — not "บ้านX ใต้ต้นไม้" (a preposition)."""
        return not re.match(r"[\u0E01-\u0E4E]", text[end:end + 1]) or text.startswith(_AFTER_PLACE, end)

    def _area_end(self, text: str, pos: int) -> int | None:
        """End of the neighbourhood name after แถว/ย่าน, or None when it is generic."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        chunk = re.match(r"[\u0E01-\u0E4E]+", text[pos:])
        if not chunk:
            return None
        th = get_thai_lexicon()
        tokens = th.tokenize(chunk.group(0))
        topo = tokens[0] in TOPO_HEADS  # ย่านบาง|พรม: บาง ("some") opens many place names
        if tokens[0] in _AREA_GENERIC or len(tokens[0]) < 2 or (
            tokens[0] in self._stops() and tokens[0] not in _AREA_STOP and not topo
        ):
            return None  # (…เลิกแถว ครูเวรพามา: a role or kin word opens a clause, not an area)
        end = pos
        for i, tok in enumerate(tokens):
            if tok in _AREA_STOP or (i and (tok in _AREA_VERBS or (tok in th.stopwords and tok not in TOPO_HEADS))):
                break  # ย่านบางกรวย|แจ้งว่า: in a run-on note the clause goes on glued
            end += len(tok)
        if end - pos < 3:
            return None
        if end == pos + len(chunk.group(0)):
            num = _AREA_NUMBER.match(text, end)
            if num and not _COUNTED.match(text, num.end()):
                end = num.end()  # รังสิตคลอง 3, ซอยวัดไผ่ 2: the number is part of the area's name
        return end


def _thai_words() -> frozenset[str]:
    from assistant.redact.thai_lexicon import get_thai_lexicon

    return get_thai_lexicon().words


def ends_thai_word(text: str, start: int, end: int) -> bool:
    """The name is a whole word: the Thai text after it starts a new token (ตาก in ไปตากผ้า
    is "to dry", not the province)."""
    if not re.match(r"[\u0E01-\u0E4E]", text[end:end + 1]):
        return True
    if text.startswith(_AFTER_PLACE, end):
        return True
    from assistant.redact.thai_lexicon import get_thai_lexicon

    tokens = get_thai_lexicon().tokenize(text[start:end + 12])
    pos = start
    for tok in tokens:
        pos += len(tok)
        if pos >= end:
            return pos == end
    return False


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
_wide_regex = gate_all(_wide_regex)
_gazetteer_regex = gate_all(_gazetteer_regex)
