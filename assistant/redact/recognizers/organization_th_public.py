"""Thai public bodies, schools, universities, courts and places of worship named by a head word
or abbreviation followed by a place or proper name: อบต.นาโพธิ์, ทต.ท่าตูม, พมจ.สุรินทร์,
สพป.สุรินทร์ เขต 3, กศน.อำเภอท่าตูม, ศาลเยาวชนและครอบครัวจังหวัดนครราชสีมา, ม.ขอนแก่น,
มหาวิทยาลัยราชภัฏเลย, วิทยาลัยเทคนิคลำปาง, มัสยิดนูรุ้ลอิสลาม; named communities (ชุมชนริมคลอง…,
a LOCATION) and named markets (ตลาดนัดคลองถมเซ็นเตอร์).

Why a head list: these bodies are how a jotting says where a client lives, studies or is seen;
the abbreviation alone (อบต., รพ.สต., กศน.) is generic, the name after it locates the person. The
name is read up to a function word or verb (อบต.นาโพธิ์แล้ว → นาโพธิ์), keeping a province name
whole even when it is also a word (ราชภัฏเลย).

Also, in Thai or mixed text, a capitalised Latin name after a Thai organisation word
(องค์กร Asylum Access Thailand, บริษัท Siam Steel) and a Latin brand with a Thai branch
(7-Eleven สาขาบางนา): the branch locates the workplace.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import LOCATION, ORGANIZATION
from assistant.text.find import LATIN, occurrences

_T = THAI_LETTERS
#: Abbreviations and heads of public bodies, always followed by a place name (longest first).
_GOV_HEADS = (
    "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร",
    "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด", "สำนักงานสาธารณสุขจังหวัด",
    "สำนักงานสาธารณสุขอำเภอ", "สถานีตำรวจภูธร", "สถานีตำรวจนครบาล", "ศูนย์พัฒนาเด็กเล็ก",
    # session 30 (set 99): the health station by its old name, still in use (อนามัยซับตะเคียน)
    "สถานีอนามัย", "อนามัย",
    # session 25: a province's special-education centre (ศูนย์การศึกษาพิเศษ ประจำจังหวัดลำปาง)
    # (its region's, ศูนย์การศึกษาพิเศษเขตการศึกษา 8; the bare kind is a service anyone is sent to)
    "ศูนย์การศึกษาพิเศษ ประจำจังหวัด", "ศูนย์การศึกษาพิเศษประจำจังหวัด", "ศูนย์การศึกษาพิเศษเขตการศึกษา",
    "ศูนย์การศึกษาพิเศษ เขตการศึกษา",
    "อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "พมจ.", "พม.จังหวัด", "สสจ.", "สสอ.", "สพป.", "สพม.",
    "กศน.", "ศพด.", "รพ.สต.", "สภ.", "สน.", "มรภ.", "มทร.", "ม.ราชภัฏ", "ม.",
    # session 27: colleges written short (วพ.อุดรธานี, วท.ขอนแก่น, วษท.…, วอศ.…)
    "วพ.", "วท.", "วษท.", "วอศ.",
    "มหาวิทยาลัย", "วิทยาลัยเทคนิค", "วิทยาลัยอาชีวศึกษา", "วิทยาลัยการอาชีพ", "วิทยาลัยพยาบาล",
    "วิทยาลัยสารพัดช่าง", "วิทยาลัยเกษตรและเทคโนโลยี", "วิทยาลัย", "สถาบัน",
    "ศาลเยาวชนและครอบครัวจังหวัด", "ศาลเยาวชนและครอบครัวกลาง", "ศาลจังหวัด", "ศาลแขวง",
    "มัสยิด", "สุเหร่า", "โบสถ์", "คริสตจักร", "สำนักสงฆ์", "บริษัท", "บจก.", "หจก.", "บมจ.", "บ.",
    "มูลนิธิ", "ร.ร.", "รร.",
    # session 8: Crown Prince hospitals, immigration, embassies and consulates, short "office"
    "รพร.", "ตม.จว.", "ตม.จ.", "สตม.", "ตม.", "สอท.", "สถานทูต", "สถานกงสุลใหญ่", "สถานกงสุล", "สกญ.",
    # round 8: village schools, border-patrol schools, Islamic schools, district offices, prisons
    "ศศช.", "ตชด.", "รร.ตชด.", "โรงเรียนตาดีกา", "ศูนย์ตาดีกา", "ตาดีกา", "ปอเนาะ", "สำนักงานเขต",
    "ทัณฑสถานหญิง", "ทัณฑสถานบำบัดพิเศษ", "ทัณฑสถานเปิด", "ทัณฑสถานวัยหนุ่ม", "ทัณฑสถาน", "รพ.", "โรงพยาบาล",
    "เรือนจำกลาง", "เรือนจำจังหวัด", "เรือนจำอำเภอ", "เรือนจำพิเศษ", "เรือนจำ",  # round 15: prisons by name
    # round 9: embassies and consulates (สถานทูตX names the country whose help a migrant seeks)
    "สถานเอกอัครราชทูต", "สถานทูต", "สถานกงสุลใหญ่", "สถานกงสุล",
)
#: Islamic schools and mosques carry Arabic names spelled in Thai syllables (ดา|รุ|ล|มา|อา|เร|ฟ):
#: a syllable such as มา or อา inside is not the verb or the kin word.
_ISLAMIC_HEADS = ("ตาดีกา", "ปอเนาะ", "มัสยิด", "สุเหร่า", "โรงเรียนตาดีกา", "ศูนย์ตาดีกา")
#: Words a dotted head follows as its own word in a run-on clause (ไปรพ.X, ส่งรพ.X, ที่รพ.X).
_MOTION_BEFORE = frozenset({"ไป", "ที่", "ส่ง", "จาก", "ถึง", "เข้า", "มา", "อยู่", "ย้าย", "พา", "กลับ"})
#: Words that close a town's name after a hospital head (รพ.โนน|สูง, รพ.บ้าน|ใหม่): not a clause.
_TOWN_TAILS = frozenset({"สูง", "ใหญ่", "น้อย", "ใหม่", "เก่า", "เหนือ", "ใต้", "กลาง", "หลวง", "งาม", "ทอง", "แดง", "ขาว", "ยาว"})
#: Hospitals: the name may open with พระ (รพ.พระนั่งเกล้า) and a shortened name ends in ฯ.
_HOSPITAL_HEADS = ("รพ.", "โรงพยาบาล")
#: Kinds of hospital, not a hospital's name (รพ.จิตเวช, โรงพยาบาลชุมชน).
_HOSPITAL_KINDS = frozenset({
    "จิตเวช", "สนาม", "ประจำ", "จังหวัด", "ประจำจังหวัด", "ศูนย์", "ทั่วไป", "มหาวิทยาลัย", "สัตว์", "เด็ก",
    "แม่", "และ", "ทหาร", "ตำรวจ", "ค่าย", "ส่งเสริมสุขภาพตำบล", "ชุมชน", "เอกชน", "รัฐ", "รัฐบาล", "อำเภอ",
    "เฉพาะทาง", "ใหญ่", "ใกล้บ้าน", "เดิม", "ประจำอำเภอ",
    # session 18 (keep8): the one back home (จิตแพทย์โรงพยาบาลจังหวัด|บ้านเกิด)
    "บ้านเกิด", "ต่างจังหวัด",
})
_LONG_KINDS = tuple(sorted((k for k in _HOSPITAL_KINDS if len(k) > 8), key=len, reverse=True))
#: University abbreviations that stand alone (มข. = Khon Kaen University): a short list of the
#: well-known ones, Thai and Latin. (มก. is left out: it is also "milligram".)
_UNIVERSITY_SHORT = re.compile(
    rf"(?=[มสจนKCPSMNT])(?<![{_T}.A-Za-z])(?:(?:มช|มข|มธ|มน|มศว|มมส|มทส|มฟล|มวล|มจธ|มจพ|สจล|มรภ)\.|ม\.อ\.|จุฬาฯ|นิด้า|มศว)(?![{_T}])"
    r"|(?<![A-Za-z])(?:KKU|CMU|PSU|SWU|MFU|SUT|KMITL|KMUTT|KMUTNB|NIDA|MSU|Chula|CU|TU|MU)(?![A-Za-z])"
)
#: A Latin organisation name then its acronym in brackets: Thanlwin Legal Aid Project (TLAP).
_ACRONYM_AFTER = re.compile(
    r"(?P<name>(?:[A-Z][A-Za-z'’\-]+[^\S\n]+(?:(?:of|for|and|the|on|&)[^\S\n]+)?){1,6}[A-Z][A-Za-z'’\-]+)"
    r"[^\S\n]*\((?P<acr>[A-Z]{2,8})\)"
)
#: Company heads: the name may run on over spaced transliterated words (บ.คิงส์ตัน ลอจิสติกส์).
_COMPANY_HEADS = ("บริษัท", "บจก.", "หจก.", "บมจ.", "บ.")
#: What follows an amount in baht written บ. (300 บ.ต่อวัน, 500บ.ค่ารถ, 2,000บ./เดือน).
_AFTER_BAHT = ("ต่อ", "ค่า", "วัน", "เดือน", "ครั้ง", "คืน", "ชม", "ปี", "ให้", "แล้ว", "จ่าย", "เหลือ", "หาย", "กับ", "และ")
#: Words after a head that make it generic or a clause, not a named body.
_NOT_A_NAME = frozenset({
    "ต้น", "ปลาย", "ค", "และ", "ที่", "ของ", "ให้", "ว่า", "แล้ว", "จะ", "ได้", "ไม่", "ก็", "เพราะ",
    "มาก", "มากกว่า", "กว่า",  # (session 12) อยากเรียนกศน.มากกว่า: "rather", no body's name
    "ขอ",  # (session 29) ประสานกศน.|ขอหนังสือรับรอง: what was asked of it
    "ทั้ง", "ชื่อ",  # ทัณฑสถานหญิงกลางทั้งแม่ชื่อ…: an unspaced run goes on into the next clause
    "แต่", "หรือ", "ซึ่ง", "เมื่อ", "เป็น", "มี", "ไป", "มา", "อยู่", "คือ", "ด้วย", "จาก", "ใน", "เพื่อ",
    "นี้", "นั้น", "ดังกล่าว", "เดิม", "ใหม่", "เก่า", "ใกล้บ้าน", "แห่ง", "แห่งหนึ่ง", "ทุก", "อื่น",
    "ประจำ", "รัฐ", "เอกชน", "ชุมชน", "ในพื้นที่", "พื้นที่", "ท้องถิ่น", "ทั่วไป", "ส่ง", "แจ้ง",
    "ประสาน", "ติดต่อ", "รับ", "ช่วย", "จัด", "มอบ", "เยี่ยม", "ลง", "ออก", "นัด", "ปิด", "เปิด",
    "เลิกจ้าง", "ไล่", "ไล่ออก", "พิจารณา", "ซ่อม", "อนุมัติ", "ดูแล", "สนับสนุน", "ตรวจ", "อบรม", "จ่าย", "ลด", "ย้าย", "ปลด", "หัก", "ค้าง", "โทร", "บอก", "เรียก",
    # question and chat particles glued to a place in speech (อยู่ชุมชนX|ใช่มั้ย, ลงชุมชนX|บ้างคะ)
    "ใช่", "ใช่ไหม", "ใช่มั้ย", "ไหม", "มั้ย", "บ้าง", "หรือเปล่า", "เปล่า", "ค่ะ", "คะ", "ครับ", "นะ", "จ้ะ", "จ้า",
    # session 8: when, glued after the body (โรงพยาบาลจังหวัด|ทุกวัน, กศน.|ทุกวัน)
    "ทุกวัน", "ทุกสัปดาห์", "ทุกเดือน", "วันนี้", "พรุ่งนี้", "เมื่อวาน", "ตอน", "ตั้งแต่",
    "เรื่อง", "ถ้า", "หาก",  # ประสานอบต.แม่ทา|เรื่อง|งบ…: what the call was about; ตม.|ถ้า…: a condition
    # session 18 (keep8): office hours (ห้องพยาบาลมหาวิทยาลัย|นอกเวลา)
    "นอกเวลา", "ในเวลา", "นอกเวลาราชการ", "ในเวลาราชการ", "ช่วง", "เวลา", "ตามปกติ", "เป็นประจำ",
    "รายงาน", "เล่า", "ร้องเรียน", "ยืนยัน", "เสนอ",  # ผู้แทนชุมชน|รายงานว่า: the community reported
})
#: Hill words that are also pronouns or verbs (เขา "he", ภู): they open a place's name when a name
#: word follows (ชุมชนเขานิเวศน์), not a clause (ชุมชนเขาไม่…).
_HILL_HEADS = frozenset({"เขา", "ภู", "ม่อน"})
#: session 18 (set 61) — landmarks where clients work, sell or are found, named after their head
#: word (อุทยานประวัติศาสตร์ศรีสัชนาลัย, ปราสาทเมืองต่ำ, นิคมอมตะนคร, เขื่อนภูมิพล): the name after them
#: may open with a word that is generic after ชุมชน (เมือง).
_LANDMARK_HEADS = frozenset({
    "อุทยานแห่งชาติ", "อุทยานประวัติศาสตร์", "ปราสาท", "นิคมอุตสาหกรรม", "นิคม", "เขื่อน", "น้ำตก", "อ่างเก็บน้ำ",
    # session 19: an island (เกาะหลีเป๊ะ, เกาะพระทอง, เกาะลิบง)
    "เกาะ",
    # session 29 (set 96): where people meet or are found — a junction, a roundabout, a van stop, a
    # dam's crest, a border crossing (ห้าแยกนางรอง, วงเวียนนาฬิกาสวนผึ้ง, ท่ารถตู้ชะอำ, แยกพุแค)
    "สามแยก", "สี่แยก", "ห้าแยก", "แยก", "วงเวียน", "ท่ารถตู้", "ท่ารถ", "สันเขื่อน", "จุดผ่านแดนถาวร",
    "จุดผ่านแดน", "จุดผ่อนปรน",
    # session 31 (set 102): rivers, caves, sluice gates, bus and railway stations, wildlife
    # sanctuaries by their names (แม่น้ำแม่กลอง, ถ้ำเลเขากอบ, สถานีขนส่งสกลนคร, เขตรักษาพันธุ์สัตว์ป่าห้วยขาแข้ง)
    "แม่น้ำ", "ลำน้ำ", "ถ้ำ", "ประตูน้ำ", "สถานีขนส่งผู้โดยสาร", "สถานีขนส่ง", "สถานีรถไฟ",
    "เขตรักษาพันธุ์สัตว์ป่า", "เขตห้ามล่าสัตว์ป่า", "วนอุทยาน", "ทะเลสาบ",
})
_RIVER_HEADS = frozenset({"แม่น้ำ", "ลำน้ำ"})
#: What a river or a plain does or is like, said right after it (แม่น้ำ|ท่วม "the river flooded").
WHAT_WATER_DOES = frozenset({
    "ท่วม", "ขึ้น", "ลง", "แห้ง", "ไหล", "เอ่อ", "ล้น", "เชี่ยว", "ใส", "ขุ่น", "เน่า", "เสีย", "ลด", "หนุน", "แล้ง",
    "กว้าง", "ลึก", "ตื้น", "ใหญ่", "สาย", "นา", "หญ้า",
})
#: Rivers that cross whole regions and countries: naming one locates no one (แม่น้ำโขง).
_GREAT_RIVERS = ("โขง", "เจ้าพระยา", "สาละวิน", "อิรวดี")
#: Places named after a community or market head: ชุมชนริมคลองบางบัว, ตลาดนัดคลองถมเซ็นเตอร์.
_PLACE_HEADS = (
    ("ชุมชน", LOCATION), ("ตลาดนัด", ORGANIZATION), ("ตลาดสด", ORGANIZATION),
    # a market by when it opens, and a bridge: the head word is part of the place's name
    # (ตลาดเย็นบ้านสวน, สะพานพระปิ่นเกล้า — not a PERSON พระ…)
    ("ตลาดเย็น", LOCATION), ("ตลาดเช้า", LOCATION), ("ตลาดโต้รุ่ง", LOCATION), ("ตลาดน้ำ", LOCATION),
    ("สะพาน", LOCATION),
    # session 8: a housing estate or village by its name (หมู่บ้านพิมานชล, หมู่บ้านพฤกษา)
    ("หมู่บ้าน", LOCATION),
    # session 18 (set 61): parks, ruins, industrial estates, dams and falls
    *((head, LOCATION) for head in sorted(_LANDMARK_HEADS)),  # (sorted: one order in every process)
)
#: Heads that are also common nouns or verbs (a sand castle, a settlement; เกาะ "to cling": เกาะแขน,
#: เกาะติด): one dictionary word after them is no name (ปราสาททราย).
_WORDY_PLACE_HEADS = frozenset({"ปราสาท", "นิคม", "เกาะ"})
#: Session 29: junctions, roundabouts and stops are named by a place (แยกวังจันทร์); one dictionary
#: word after them that is no place is a kind (สี่แยกไฟแดง, ท่ารถเมล์) or, after แยก "to part", a
#: verb's object (แยกทาง, แยกห้อง, แยกขยะ).
_WAYPOINT_HEADS = frozenset({"สามแยก", "สี่แยก", "ห้าแยก", "แยก", "วงเวียน", "ท่ารถตู้", "ท่ารถ"})
_GENERIC_WAYPOINT = frozenset({
    "เมล์", "รถเมล์", "ทัวร์", "สองแถว", "โดยสาร", "ประจำทาง", "บขส.", "ไฟแดง", "ไฟเขียว", "ใหญ่", "เล็ก",
    "ถัดไป", "หน้า", "ต่อไป",
})
#: แยก is "to part" as often as "a junction": only after a word of place or movement is it one.
_JUNCTION_BEFORE = re.compile(r"(?:ที่|เลย|ถึง|ตรง|หน้า|แถว|ใกล้|ข้าง|จาก|ไป|มา|อยู่|ทาง|[^\u0e00-\u0e7f]|^)$")
#: (session 19) an island follows a word of place or movement, or stands after a space or a line's
#: start (ลูกเกาะแขน, เด็กๆเกาะกลุ่ม cling).
_ISLAND_BEFORE = re.compile(
    r"(?:ที่|ไป|อยู่|บน|จาก|บ้าน|ชาว|ถึง|กลับ|ย้าย|มา|ใน|แถว|ทาง|เที่ยว|ฝั่ง|[^\u0e00-\u0e7f]|^)$"
)
#: Kinds of bridge, not a bridge's name (สะพานลอย "footbridge", สะพานข้ามคลอง).
_GENERIC_BRIDGE = frozenset({"ลอย", "ข้าม", "ไม้", "ปูน", "แขวน", "คอนกรีต", "ปลา", "เล็ก", "ใหญ่", "ยาว", "ชั่วคราว", "ขาด", "หัก"})
#: Generic kinds after ชุมชน (ชุมชนแออัด "a slum") — not a named community.
_GENERIC_PLACE = frozenset({
    "แออัด", "เมือง", "ชนบท", "ใกล้เคียง", "ใกล้บ้าน", "รอบบ้าน", "บ้าน", "ของ", "ที่", "นี้", "นั้น",
    "เดียวกัน", "ใหม่", "เก่า", "ต่างๆ", "มุสลิม", "คนจน", "เข้มแข็ง", "บำบัด", "สัมพันธ์", "แถว",
    "ทุก", "อื่น", "และ", "ใน", "เป็น", "มี", "ไม่", "ได้", "จะ", "ก็", "ให้", "ถูก", "ช่วย",
    # (session 31) what a river or a cave is like, not its name (แม่น้ำสายหลัก, ถ้ำมืด)
    "สาย", "สายหลัก", "มืด", "ลึก", "ตื้น", "กว้าง", "เชี่ยว", "ใหญ่", "เล็ก", "หลัก", "ๆ",
    # kinds of village (หมู่บ้านจัดสรร "a housing estate", หมู่บ้านห่างไกล "remote villages")
    "จัดสรร", "ห่างไกล", "ชายแดน", "ชาวเขา", "รอบๆ", "ข้างเคียง", "เรา", "ตัวเอง", "ติดกัน", "ข้างๆ", "ติดตาม",
    "ชาวประมง", "เกษตร", "ชาวนา", "ต้นแบบ", "เป้าหมาย",
})
#: session 11 — a market (or any place head here) by who runs it, when it opens or where it is
#: (ตลาดสดเทศบาลตำบล "the sub-district municipality's fresh market", ตลาดนัดกลางคืน "the night
#: market"): a kind, unless a name follows.
_MARKET_KINDS = frozenset({
    "เทศบาล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "อบต", "อบต.", "ตำบล", "อำเภอ", "จังหวัด", "ประจำ",
    "กลางคืน", "กลางวัน", "ตอนเย็น", "ตอนเช้า", "เช้า", "เย็น", "ค่ำ", "โต้รุ่ง", "ประจำสัปดาห์", "ประจำวัน",
    "วันเสาร์", "วันอาทิตย์", "วันพุธ", "วันพระ", "หน้า", "หลัง", "ข้าง", "ใกล้", "แถว", "ริม", "ถนน",
    # (session 31) the small hours a market opens in (ตลาดเช้ามืด, ตลาดตีสี่)
    "เช้ามืด", "มืด", "เช้าตรู่", "ตรู่", "ตีสาม", "ตีสี่", "ตีห้า", "กลางดึก", "ดึก", "หัวค่ำ", "ตี",
})
_LATIN_ORG_CUE = re.compile(
    r"(?:องค์กร|องค์การ|มูลนิธิ|บริษัท|สมาคม|โรงแรม|ร้าน|ห้าง|โรงงาน|ทำงานที่|ทำงานกับ|ฝึกงานที่)"
    r"[^\S\n]*(?P<v>(?:[A-Z0-9][A-Za-z0-9&'’\-]*)(?:[^\S\n](?:[A-Z0-9][A-Za-z0-9&'’\-]*|of|and|&)){0,5})"
)
_BRANCH = re.compile(
    # (session 26) the owner holds a letter or a dash (7-11): "ปวช.2 สาขาการบัญชี" is a class's major
    rf"(?P<v>(?:[A-Z0-9](?=[A-Za-z0-9&'’\-]*[A-Za-z\-])[A-Za-z0-9&'’\-]*)(?:[^\S\n][A-Z][A-Za-z0-9&'’\-]*){{0,3}}[^\S\n]*สาขา[^\S\n]?[{_T}]{{2,}})"
)
_CHUNK = re.compile(rf"[{_T}]+")
#: An abbreviated district, sub-district or province word before the name (อ.แก่งคอย, ต.หนองแค).
_DOTTED_UNIT = re.compile(rf"(?:อ|ต|จ)\.[^\S\n]?(?=[{_T}])")
#: Work cues before a company written in Thai letters without บริษัท (HR ไฮเปอร์คอนเนค โซลูชั่นส์).
_TH_COMPANY_CUE = re.compile(r"(?:HR|ฝ่ายบุคคล|ทำงานที่|ทำงานกับ|ลาออกจาก|เข้างานที่|ถูกเลิกจ้างจาก)[^\S\n]*(?=[\u0E01-\u0E4E])")
#: Up to three Thai words joined by single spaces.
_SPACED_CHUNKS = re.compile(rf"[{_T}]{{3,24}}(?: [{_T}]{{3,24}}){{0,2}}")
#: Community and self-help groups named with a place: กลุ่มเพื่อนสีรุ้งสุพรรณ, กลุ่มใจฟูอุบล. กลุ่ม +
#: ordinary words (กลุ่มเพื่อน, กลุ่มบำบัด, กลุ่มเสี่ยง) is a kind of group and stays.
_GROUP = re.compile(rf"(?:กลุ่ม|ชมรม|เครือข่าย)(?P<n>[{_T}]{{4,40}})")


@lru_cache(maxsize=1)
def _province_forms() -> frozenset[str]:
    """Province names and their everyday short forms (สุพรรณ, อุบล, อุดร, โคราช)."""
    from pythainlp.corpus.common import provinces

    forms = set(provinces())
    for p in list(forms):
        for suffix in ("ราชธานี", "บุรี", "ธานี"):
            if p.endswith(suffix) and len(p) - len(suffix) >= 4:
                forms.add(p[: -len(suffix)])
    return frozenset(forms | {"โคราช", "นครศรี", "สุราษฎร์", "แปดริ้ว"})
#: Words that open a clause after a full head word (มหาวิทยาลัย|ยังมี…), never a name.
_CLAUSE_OPENERS = (
    "ยัง", "ก็", "จะ", "ได้", "ไม่", "ที่", "แล้ว", "มี", "เป็น", "ให้", "ว่า", "และ", "ด้วย", "อีก",
    "ก่อน", "หลัง", "ตอน", "ช่วง", "เพราะ", "แต่", "ซึ่ง", "เลย", "ต้อง", "ควร",
)
_TRAILING_LATIN_WORDS = frozenset({"of", "and", "&"})
#: Direction and age words that close a body's place name (ศศช.ผาหมอกใหม่, รร.บ้านนาเกลือเหนือ):
#: kept when they end the chunk or a clause word follows.
_NAME_TAILS = frozenset({
    "ใหม่", "เก่า", "เหนือ", "ใต้", "กลาง", "ใน", "นอก", "ตะวันออก", "ตะวันตก", "ตก", "ออก", "น้อย", "ใหญ่",
})
#: Verbs that end an Arabic-named body (ปอเนาะดารุลฮิกมะห์|เห็น|รอยช้ำ): what staff saw or did.
_REPORT_VERBS = frozenset({
    "เห็น", "พบ", "เจอ", "สังเกต", "สอน", "ตี", "พา", "ดู", "ถาม", "ว่า", "บอก", "แจ้ง", "โทร", "ส่ง", "รับ",
    # (session 12) a request: มัสยิดX|ขอใช้ลาน…
    "ขอ", "ขอใช้", "ใช้", "จัด", "จัดงาน", "ประสาน", "ช่วย",
    # (session 25) praise and telling: ครูตาดีกา|ชม|ว่า…
    "ชม", "เล่า", "ชวน", "เรียก", "ให้",
})
#: Words saying where a place is by what stands near it (in front of, behind, beside, near, by).
_NEAR_WORDS = frozenset({"หน้า", "หลัง", "ข้าง", "ใกล้", "ริม", "แถว", "ตรงข้าม", "ติด"})
#: Role words glued before ชุมชน (ผู้นำชุมชน "community leader"): a role, not a named community.
_COMMUNITY_ROLES = (
    "ผู้นำ", "ประธาน", "กรรมการ", "อาสาสมัคร", "อาสา", "แกนนำ", "สมาชิก", "ตัวแทน", "หัวหน้า", "นักพัฒนา",
    "พัฒนา", "พัฒนากร", "ผู้ช่วย", "เครือข่าย", "องค์กร", "สภา", "คนใน", "ยุติธรรม", "พยาบาล", "หมอ",
)

#: Branch and campus words: "<organisation> สาขา/วิทยาเขต <place>" names one site of it.
_BRANCH_TH = re.compile(rf"(?P<gap>[^\S\n]?)(?P<kw>สาขา|วิทยาเขต|ศูนย์|campus|Campus|branch|Branch)[^\S\n]?(?=[{_T}])")
#: Organisation heads a branch or campus may follow (the head opens the organisation's name).
_BRANCH_OWNERS = (
    "ธนาคาร", "ธ.", "บมจ.", "บจก.", "หจก.", "บริษัท", "บ.", "มหาวิทยาลัย", "ม.", "มรภ.", "มทร.", "สถาบัน",
    "วิทยาลัย", "สมาคม", "มูลนิธิ", "สหกรณ์", "ห้าง", "ร้าน", "โรงพยาบาล", "รพ.", "คลินิก", "ไปรษณีย์",
    "การไฟฟ้า", "การประปา", "โรงเรียน", "ร.ร.", "รร.", "ศูนย์การค้า", "ตลาด", "โรงแรม", "ชมรม", "สำนักงาน",
)
#: Universities: only they have a "ศูนย์ <place>" campus (ม.ธรรมศาสตร์ ศูนย์ลำปาง).
_UNIVERSITY_OWNERS = ("มหาวิทยาลัย", "ม.", "มรภ.", "มทร.", "สถาบัน")
#: Province- and district-level offices (สนง. = สำนักงาน): สำนักงานแรงงานจังหวัดX, เรือนจำกลางX, ที่ว่าการอำเภอX.
#: "สำนักงานคุมประพฤติ" alone is a kind of office; with จังหวัด/อำเภอ + name it is one office.
#: Care settings (บ้านพักเด็กและครอบครัวจังหวัดX, สถานสงเคราะห์…) are left to the province rule: the
#: kind of shelter stays readable for the note, the province is masked on its own.
_LOCAL_OFFICE = re.compile(
    rf"(?P<h>สำนักงาน|สนง\.|สถานพินิจ|เรือนจำ|ทัณฑสถาน|ศาล|ที่ว่าการ|ที่ทำการ|"
    rf"โรงพยาบาล|สถานีตำรวจ|ด่าน|แขวงทางหลวง|ค่าย|กองร้อย|สำนัก)"
    rf"(?P<mid>[{_T}ฯ]{{0,50}}?)(?P<adm>จังหวัด|อำเภอ|กลาง)(?=[{_T}])"
)
_MID_OK = frozenset({"และ", "ของ", "ฯ"})
#: Session 29 (sets 93, 96): a province's office of a national service named without สำนักงาน
#: (จัดหางานจังหวัดกำแพงเพชร, ประกันสังคมจังหวัดสระบุรี, พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเลย):
#: with its province it is one office that holds the client's file.
_PROVINCIAL_SERVICE = re.compile(
    r"(?:จัดหางาน|ประกันสังคม|พัฒนาสังคมและความมั่นคงของมนุษย์|สาธารณสุข|แรงงาน|คุมประพฤติ|"
    r"ยุติธรรม|ศึกษาธิการ|ส่งเสริมการปกครองท้องถิ่น|พัฒนาชุมชน|สวัสดิการและคุ้มครองแรงงาน|"
    r"ส่งเสริมการเรียนรู้|บังคับคดี|ที่ดิน)[^\S\n]?จังหวัด[^\S\n]?(?P<p>[\u0e01-\u0e4e]+)"
)
_ACRONYM_OFFICE = re.compile(
    rf"(?:ศูนย์|สำนักงาน|สนง\.|ด่าน)[^\S\n]?[A-Z]{{2,6}}[^\S\n]?(?:จังหวัด|จ\.|อำเภอ|อ\.)?(?P<p>[{_T}]+)"
)
#: Generic units that sit before a named public body: ศูนย์พัฒนาเด็กเล็ก อบต.X, กองสวัสดิการสังคม ทต.X.
_UNIT_BEFORE = re.compile(
    rf"(?P<u>(?:ศูนย์|กอง|งาน|ฝ่าย|แผนก|กลุ่มงาน|โรงเรียน|ชมรม|สำนักปลัด|หน่วย|สภา|ห้องสมุด)[{_T}]*)[^\S\n]?$"
)
#: keep round 3 — a locative closing the unit places a kind of place at the body (ศูนย์พักพิงที่|
#: อบต.X "the shelter at the SAO"); the kind is a description, the body alone is named.
_LOCATIVES = ("ที่", "ใน")
#: Local bodies a unit belongs to (a faculty before a university is not one place: left alone).
_UNIT_OWNERS = ("อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "เทศบาล", "องค์การบริหาร", "รพ.สต.", "กศน.")
#: Public places named after a village: หนองน้ำสาธารณะบ้านX, ศาลาประชาคมบ้านX, ป่าช้าบ้านX.
_PUBLIC_PLACE = re.compile(
    rf"(?P<h>หนองน้ำสาธารณะ|สระน้ำสาธารณะ|ที่สาธารณะ|ที่ดินสาธารณะ|ศาลาประชาคม|ศาลาอเนกประสงค์|ศาลากลางบ้าน|"
    rf"ป่าช้า|ป่าชุมชน|สนามกีฬา|สนามฟุตบอล|ลานกีฬา|อ่างเก็บน้ำ|ฝาย|ลำห้วย|หนองน้ำ|สระน้ำ|ท่าน้ำ|ฌาปนสถาน|"
    rf"หอกระจายข่าว|โรงสี|ท่ารถ(?:สองแถว|ตู้|เมล์|ทัวร์|โดยสาร)?|คิวรถ(?:สองแถว|ตู้)?|ศาลเจ้า|ศาลปู่ตา)(?:ประจำ|ของ)?(?P<v>บ้าน)(?=[{_T}]{{2,}})"
)
#: Unit abbreviations that a school word may precede, spaced or not (โรงเรียน ตชด.บ้านห้วยX):
#: the school word belongs to the name, or "โรงเรียน" is left in front of a redacted unit.
_SCHOOL_UNITS = frozenset({"ตชด.", "ศศช."})
_SCHOOL_BEFORE = re.compile(r"(?:โรงเรียน|ร\.ร\.|รร\.)[^\S\n]?$")
#: Transliterated business words that continue a company name after a space (they are in the
#: dictionary as loanwords, so "unknown word" alone would not find them).
#: Loanword business words that end a company name but are not in the continuation list above.
_MORE_BUSINESS = ("โซลูชั่น", "โซลูชัน", "คอนซัลติ้ง", "ดิจิทัล", "ดิจิตอล", "มีเดีย", "เน็ตเวิร์ค", "ซิสเต็ม", "เอเจนซี่", "แมนพาวเวอร์")
_BUSINESS_WORDS = (
    "เทรดดิ้ง", "ลอจิสติกส์", "โลจิสติกส์", "เอ็นจิเนียริ่ง", "อินเตอร์", "อินเตอร์เนชั่นแนล", "กรุ๊ป", "คอร์ปอเรชั่น",
    "ฟู้ดส์", "ฟู้ด", "เท็กซ์ไทล์", "แมนูแฟคเจอริ่ง", "อินดัสทรี", "อินดัสตรี้", "เซอร์วิส", "ซัพพลาย",
    "คอนสตรัคชั่น", "เทคโนโลยี", "โฮลดิ้ง", "โฮลดิ้งส์", "อิมพอร์ต", "เอ็กซ์พอร์ต", "มาร์เก็ตติ้ง", "พร็อพเพอร์ตี้",
    "แอนด์", "เอ็นเตอร์ไพรส์", "การ์เมนท์", "โปรดักส์", "โปรดักชั่น", "ดีเวลลอปเม้นท์", "ทราเวล", "ทรานสปอร์ต",
    "จำกัด", "(ประเทศไทย)", "(มหาชน)",
)
_LOANWORD = re.compile("[\u0e4c\u0e4a\u0e4b]|ิ่ง$|ชั่น$|ส์$")


@lru_cache(maxsize=1)
def _provinces() -> tuple[str, ...]:
    from pythainlp.corpus.common import provinces

    return tuple(sorted(set(provinces()), key=len, reverse=True))


def _province_at(text: str, pos: int) -> str | None:
    """The province whose name is written at ``pos`` (เรือนจำกลาง|เชียงใหม่, จัดหางานจังหวัด|กำแพงเพชร)."""
    return next((p for p in _provinces() if text.startswith(p, pos)), None)


def _known_unit(word: str, shortest: int = 4) -> bool:
    """Session 29: a district or sub-district the gazetteer knows, whole (เรือนจำพิเศษ|มีนบุรี): a
    place, though it opens like a clause word (มี "has") or is a word (ปง)."""
    from assistant.redact.gazetteer import thai_unit_names

    return len(word) >= shortest and (word in thai_unit_names() or word in _provinces())


#: A village number right after a name (บ.X ม.9, หมู่ 4) or right before it (หมู่ 4 บ.X).
_MOO_AFTER = re.compile(r"[^\S\n]*(?:ม\.|หมู่(?:ที่)?)[^\S\n]*[\d๐-๙]+")
_MOO_BEFORE = re.compile(r"(?:ม\.|หมู่(?:ที่)?)[^\S\n]*[\d๐-๙]+[^\S\n]*\Z")


def _abbreviated_village(text: str, start: int, name_start: int) -> tuple[int, int] | None:
    """บ. is บ้าน, not บริษัท, when a landform opens the name (นา, หนอง, โนน …: village names open so,
    companies do not) and a village number stands beside it: the village with its number, or None."""
    from assistant.redact.recognizers.location_th import TOPO_HEADS

    chunk = _CHUNK.match(text, name_start)
    if chunk is None or not chunk.group(0).startswith((*TOPO_HEADS, "นา")):
        return None
    after = _MOO_AFTER.match(text, chunk.end())
    before = _MOO_BEFORE.search(text, max(0, start - 14), start)
    if not after and not before:
        return None
    return (before.start() if before else start), (after.end() if after else chunk.end())


def _mae_place(words: list[str]) -> bool:
    """แม่|สุก, แม่|สาย: northern places open with แม่ ("river"), a kin title elsewhere; after a
    public body's head (อบต.แม่สุก) a name word after it makes it the place."""
    from assistant.redact.recognizers.person_th import _CLAUSE_PREFIXES

    return (
        len(words) >= 2 and words[0] == "แม่" and len(words[1]) >= 2 and words[1] not in _NOT_A_NAME
        # อบต.|แม่|บอกว่า: a clause (the tokenizer may cut it: บอ|กว่า)
        and not "".join(words[1:]).startswith((*_CLAUSE_OPENERS, *_CLAUSE_PREFIXES))
    )


class ThaiPublicBodyRecognizer(RegexRecognizer):
    """Named Thai public bodies, schools, courts, places of worship, communities (ORGANIZATION,
    LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiPublicBodyRecognizer", ())
        self.supported_entities = [LOCATION, ORGANIZATION]
        self._th = get_thai_lexicon()
        lex = get_lexicon()
        self._stop = _NOT_A_NAME | lex.th_not_surnames | lex.th_soft_titles | lex.th_strong_titles
        #: inside a name, kin words are syllables (มัสยิดดารุล|อา|มาน): only clause words end it
        self._inner_stop = _NOT_A_NAME | lex.th_not_surnames
        heads = "|".join(re.escape(h) for h in sorted(_GOV_HEADS, key=len, reverse=True))
        self._gov = re.compile(rf"(?P<h>{heads})[^\S\n]?(?=[{_T}])")
        places = "|".join(re.escape(h) for h, _ in sorted(_PLACE_HEADS, key=lambda p: -len(p[0])))
        self._place = re.compile(rf"(?P<h>{places})(?=[{_T}])")
        self._place_type = dict(_PLACE_HEADS)
        self._protected = lex.protected_re

    @staticmethod
    def _unit_name_at(text: str, pos: int) -> bool:
        """A village (บ้าน…) or a sub-district the gazetteer lists opens the run at ``pos``."""
        from assistant.redact.gazetteer import thai_unit_names

        if text.startswith("บ้าน", pos):
            return True
        run = _CHUNK.match(text, pos).group(0)
        units = thai_unit_names()
        return any(run[:n] in units for n in range(min(len(run), 20), 3, -1))

    def _village_opens(self, words: list[str]) -> bool:
        """ชุมชนบ้าน|นาใหม่: บ้าน opens a village's name when a name word follows, not a
        clause or a generic word (ชุมชนบ้าน|ของ…, ชุมชนบ้าน|เรา)."""
        if len(words) < 2:
            return False
        nxt = words[1]
        return (
            len(nxt) >= 2 and nxt not in _GENERIC_PLACE and nxt not in self._inner_stop
            and nxt not in self._th.stopwords and nxt not in self._stop
        )

    def _hill_opens(self, words: list[str]) -> bool:
        """เขา|นิเวศน์: a hill word opens a name when a name word follows it, not a verb or a
        function word (เขา|บอกว่า, เขา|ไม่ — "he said", "he doesn't")."""
        if len(words) < 2 or words[0] not in _HILL_HEADS:
            return False
        nxt = words[1]
        return (
            len(nxt) >= 3 and nxt not in self._inner_stop and nxt not in self._th.stopwords
            and not nxt.startswith(tuple(w for w in _NOT_A_NAME if len(w) >= 2))
        )

    def _name_end(self, text: str, pos: int, *, admin: bool, river: bool = False, water: bool = False) -> int | None:
        """End of the proper name at ``pos``: Thai words up to a function word or verb (after a
        body's or a river's head, แม่ opens a northern place's name: อบต.แม่สุก, แม่น้ำแม่กลอง)."""
        dotted = _DOTTED_UNIT.match(text, pos) if admin else None
        if dotted:  # กศน.อ.แก่งคอย: the abbreviated unit word belongs to the name too
            pos += dotted.end() - dotted.start()
        m = _CHUNK.match(text, pos)
        if not m:
            return None
        chunk = m.group(0)
        if chunk in ("อำเภอ", "ตำบล", "จังหวัด", "เขต", "ประจำอำเภอ", "ประจำจังหวัด", "ประจำตำบล"):
            return None  # (session 28) กศน.อำเภอ ครั้งที่ 2: the district's office, not named
        end = pos
        rest = chunk
        if admin and not dotted:  # กศน.อำเภอท่าตูม, ศาล…จังหวัดนครราชสีมา: the admin word belongs to the name
            a = re.match(r"(?:อำเภอ|ตำบล|จังหวัด|เขต|อ\.|ต\.|จ\.)", rest)
            if a and len(rest) > a.end():
                end += a.end()
                rest = rest[a.end():]
        tokens = self._th.tokenize(rest)
        for i, tok in enumerate(tokens):
            remaining = "".join(tokens[i:])
            if remaining.startswith(_provinces()) and any(remaining == p for p in _provinces()):
                end += len(remaining)
                break
            if i and tok in _NAME_TAILS and (i + 1 == len(tokens) or tokens[i + 1] in self._inner_stop):
                end += len(tok)
                break
            if i == 0 and water and tok in _NAME_TAILS:
                end += len(tok)  # (session 35) แม่น้ำ|น้อย: the Little River, a size word its whole name
                break
            if tok in (self._stop if i == 0 else self._inner_stop) and not (
                i == 0 and (self._hill_opens(tokens) or ((admin or river) and _mae_place(tokens)))
            ):
                break
            if i == 0 and (len(tok) < 2 and len(tokens) == 1):
                return None
            end += len(tok)
        if end - pos < 2:
            return None
        # an abbreviation cut at its dot (ตลาดนัดหน้าม.เกษตร): the name runs on through it, or the
        # rest of the abbreviation would be left in the text
        if end == m.end() and text[end : end + 1] == "." and len(tokens[-1]) <= 2:
            after = _CHUNK.match(text, end + 1)
            if after:
                end = after.end()
        return end

    def _acronym_office(self, text: str, out: list[RecognizerResult]) -> None:
        """Session 28: a national service's centre by its Latin initials and its town or province
        (ศูนย์ PIPO หลังสวน, ศูนย์ OSS สมุทรสาคร): the initials alone are national, the place makes
        it the one office that holds the client's file."""
        from assistant.redact.gazetteer import thai_unit_names

        for m in _ACRONYM_OFFICE.finditer(text):
            place = m.group("p")
            if place in _provinces() or (place in thai_unit_names() and len(place) >= 4):
                out.append(self.result(ORGANIZATION, m.start(), m.end(), 0.75))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        self._acronym_office(text, out)
        for m in self._gov.finditer(text):
            head = m.group("h")
            if head in _HOSPITAL_HEADS:
                self._hospital(text, m, out)
                continue
            if head == "ม." and not self._university_ok(text, m):
                continue
            if head.endswith(".") and not self._abbreviation_starts(text, m.start()):
                continue
            if head.endswith(".") and m.start() > 0 and text[m.start() - 1] == ".":
                continue  # พ.ร.บ.ยาเสพติด: the last letter of a longer abbreviation
            if head == "บ." and text[m.end() - 1].isspace():
                continue  # 300 บ. ต่อวัน: baht, not บริษัท
            words = self._th.tokenize(_CHUNK.match(text, m.end()).group(0))
            first = words[0]
            if head == "อนามัย" and not self._unit_name_at(text, m.end()):
                continue  # อนามัยเจริญพันธุ์, อนามัยแม่และเด็ก: a kind of health, not the station
            if head == "บ." and re.search(r"\d[^\S\n]*$", text[max(0, m.start() - 4):m.start()]) and (
                first in self._th.stopwords or text.startswith(_AFTER_BAHT, m.end())
            ):
                continue  # 300 บ.ต่อวัน; a name glued after บ. is a company even after a number (ไลน์ 4 บ.X)
            if head == "บ." and text[max(0, m.start() - 2):m.start()] == "พร":
                continue  # พรบ.รถ: the compulsory motor insurance act (พ.ร.บ.) written without dots
            if head == "บ." and (village := _abbreviated_village(text, m.start(), m.end())):
                out.append(self.result(LOCATION, *village, 0.7))
                continue  # (session 37) บ.นาเหล่าใหม่ ม.9, หมู่ 4 บ.หนองแวงน้อย: บ. is บ้าน there
            if (first in _NOT_A_NAME or first in self._stop) and not _mae_place(words):
                continue
            if (
                head == "บริษัท" and len(words) >= 2 and first in self._th.words
                and (words[1] in _CLAUSE_OPENERS or words[1] in _NOT_A_NAME)
            ):
                continue  # keep round 3 — บริษัท|กดดัน|ให้…: the company acts (a word, then a clause)
            if not head.endswith(".") and (
                first in self._th.stopwords or first.startswith(_CLAUSE_OPENERS)
            ) and not _known_unit(first):
                continue  # เข้ามหาวิทยาลัยยังมี…: a clause goes on after a full word (not มีนบุรี, a district)
            end = self._name_end(text, m.end(), admin=True)
            if end is None:
                continue
            name = text[m.end():end]
            if head.endswith(".") and len(name) <= 4 and name in self._th.words and not _known_unit(name, 3):
                continue  # (session 29) เรียนกศน.|ต่อ, ให้เรียนกศน.|แทน: an adverb after the service, no name
            if text[m.end() - 1].isspace() and not self._spaced_name_ok(text[m.end():end], head):
                continue  # รพ.สต. วันพุธ, อบต. ซ่อมหลังคา: after a space, a clause
            zone = re.match(r"[^\S\n]?เขต[^\S\n]?\d{1,2}(?!\d)", text[end:])  # สพป.สุรินทร์ เขต 3
            if zone:
                end += zone.end()
            if head in _COMPANY_HEADS:
                end = self._company_tail(text, end)
            if head in _ISLAMIC_HEADS:
                end = self._transliterated_end(text, m.end(), end)
                end = self._verb_cut(text, m.end(), end)
                if not self._islamic_name(text[m.end():end]):
                    continue  # ไปตาดีกา|กลัวพ่อ…: the kind of school, then the sentence
            start = self._unit_start(text, m.start()) if head.startswith(_UNIT_OWNERS) else m.start()
            if head in _SCHOOL_UNITS:
                school = _SCHOOL_BEFORE.search(text, max(0, start - 12), start)
                start = school.start() if school else start  # โรงเรียน ตชด.บ้านX: one school, one span
            out.append(self.result(ORGANIZATION, start, end, 0.75))
        for m in self._place.finditer(text):
            words = self._th.tokenize(_CHUNK.match(text, m.end()).group(0))
            first = words[0]
            hill = self._hill_opens(words)
            village = first == "บ้าน" and self._village_opens(words)  # ชุมชนบ้าน|หนอง…: a named village
            if m.group("h") == "สะพาน" and text.startswith(tuple(_GENERIC_BRIDGE), m.end()):
                continue
            if m.group("h") in _RIVER_HEADS and text.startswith(_GREAT_RIVERS, m.end()):
                continue
            river = m.group("h") in _RIVER_HEADS and _mae_place(words)  # แม่น้ำ|แม่|กลอง
            if (first in _GENERIC_PLACE and not village and m.group("h") not in _LANDMARK_HEADS) or (
                (first in self._stop or first in self._th.stopwords) and not hill and not river
                and not (m.group("h") in _RIVER_HEADS and first in _NAME_TAILS)  # แม่น้ำ|น้อย
            ):
                continue
            if text[max(0, m.start() - 12):m.start()].endswith(_COMMUNITY_ROLES):
                continue  # ผู้นำชุมชนเรื่อง…: the role "community leader", then a clause
            if m.group("h") in _RIVER_HEADS and first in WHAT_WATER_DOES:
                continue  # (session 35) แม่น้ำ|ท่วม "the river flooded": what it did, not its name
            end = self._name_end(text, m.end(), admin=False, river=river, water=m.group("h") in _RIVER_HEADS)
            if river and end is not None:
                end = min(end, m.end() + len(words[0]) + len(words[1]))  # แม่น้ำแม่กลอง|ห้ามวางสาย
            if end is not None and all(
                w in _GENERIC_PLACE or w in _MARKET_KINDS for w in self._th.tokenize(text[m.end():end])
            ):
                continue  # ตลาดสด|เทศบาล, ตลาดนัด|กลางคืน: whose market, or when it opens, is no name
            if m.group("h") in _WORDY_PLACE_HEADS and end is not None and text[m.end():end] in self._th.words and (
                text[m.end():end] not in _provinces()  # (session 37) นิคม|ลำพูน: an estate by its province
            ):
                continue
            if m.group("h") in _WAYPOINT_HEADS and end is not None and self._a_kind_of_waypoint(text[m.end():end]):
                continue
            if m.group("h") == "แยก" and not _JUNCTION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # พ่อแม่แยก|กันอยู่, ขอแยก|ห้อง: to part
            if m.group("h") == "เกาะ" and not _ISLAND_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # (session 19) ลูกเกาะแขนแม่ "clings to mum's arm": no place word before it
            if end is not None and self._where_of_a_kind(text[m.end():end]):
                continue  # (session 25) ตลาดนัด|หน้า|โรงเรียน: the market in front of the school
            if end is not None and end - m.end() >= (2 if m.group("h") in _RIVER_HEADS else 3):  # แม่น้ำยม, ชี
                out.append(self.result(self._place_type[m.group("h")], m.start(), end, 0.7))
        if re.search(rf"[{_T}]", text):
            self._universities(text, out)
            self._acronyms(text, out)
            self._latin(text, out)
            self._branches(text, out)
            self._local_offices(text, out)
            self._public_places(text, out)
            self._groups(text, out)
        return out

    def _a_kind_of_waypoint(self, name: str) -> bool:
        """One dictionary word that names no place (ไฟแดง, เมล์, ทาง), or what the head is in its
        own right (a word the dictionary holds with the head: แยกย้าย)."""
        from assistant.redact.boundaries import is_known_thai_place

        if name in _GENERIC_WAYPOINT:
            return True
        tokens = [t for t in self._th.tokenize(name) if t.strip()]
        return len(tokens) == 1 and tokens[0] in self._th.words and not is_known_thai_place(tokens[0])

    def _where_of_a_kind(self, name: str) -> bool:
        """A where-word and then only kinds of place (หน้า|โรงเรียน, หลัง|วัด, ข้าง|บ้าน): where the
        place is, told by what stands near it — a place with a name of its own (ริม|คลองบางบัว) is
        not this."""
        from assistant.redact.boundaries import is_known_thai_place

        tokens = [t for t in self._th.tokenize(name) if t.strip()]
        # one kind word after the where-word: more words may be a name (ริม|โขง|วิลล่า, หน้า|เขื่อน|บางลาง)
        return (
            len(tokens) == 2 and tokens[0] in _NEAR_WORDS and tokens[1] in self._th.words
            and not is_known_thai_place(tokens[1]) and not self._th.is_name(tokens[1])
        )

    # ------------------------------------------------------------------ round 8
    def _transliterated_end(self, text: str, pos: int, end: int) -> int:
        """The whole chunk after the head when it is a transliterated name: unknown to the
        dictionary and cut by the tokenizer into syllables of three letters or fewer."""
        m = _CHUNK.match(text, pos)
        if not m or m.end() <= end or m.end() - pos > 20:
            return end
        word = m.group(0)
        tokens = self._th.tokenize(word)
        if word not in self._th.words and len(tokens) >= 3 and all(len(t) <= 3 for t in tokens):
            return m.end()
        return end

    def _islamic_name(self, name: str) -> bool:
        """ตาดีกาบ้านทุ่งยาว, มัสยิดอัตตักวา: an Islamic school or mosque is named with a village or
        with Arabic/Malay syllables; a verb or role word right after the head (ตาดีกา|กลัว|พ่อ…)
        is the sentence going on."""
        tokens = [t for t in self._th.tokenize(name.strip()) if t.strip()]
        if not tokens:
            return False
        if tokens[0] == "บ้าน" and len(tokens) >= 2:
            return True
        from assistant.redact.lexicon import get_lexicon

        # Arabic names are cut into Thai syllables (อัต|ตัก|วา); a verb or role opening is the sentence
        return not (
            tokens[0] in get_lexicon().th_not_names or tokens[0] in self._th.stopwords or tokens[0] in self._stop
            or tokens[0] in _REPORT_VERBS  # (session 25) ตาดีกา|สังเกต|รอย…: the head, then what it saw
        )

    def _verb_cut(self, text: str, pos: int, end: int) -> int:
        """An Arabic-named body runs up to a report verb (ปอเนาะX|เห็น|รอยช้ำ): the verb and its
        object are the sentence, not the name (the name keeps at least two syllables)."""
        tokens = self._th.tokenize(text[pos:end])
        at = pos
        for i, tok in enumerate(tokens):
            if i >= 2 and tok in _REPORT_VERBS:
                return at
            at += len(tok)
        return end

    def _hospital(self, text: str, m: re.Match, out: list[RecognizerResult]) -> None:
        """รพ.พระนั่งเกล้า, รพ.จิตเวชขอนแก่นฯ: a hospital's name, glued to the head, read up to a
        clause word (พระ may open it); a name made only of kinds (รพ.จิตเวช) is not a name."""
        if text[m.end() - 1].isspace() or (m.group("h") == "รพ." and not self._abbreviation_starts(text, m.start())):
            return
        chunk = _CHUNK.match(text, m.end())
        # a kind written as several words (ส่งเสริมสุขภาพตำบล): read as one, then the name after it
        lead = next((k for k in _LONG_KINDS if chunk.group(0).startswith(k)), "")
        tokens = self._th.tokenize(chunk.group(0)[len(lead):]) if len(chunk.group(0)) > len(lead) else []
        end = m.end() + len(lead)
        named = False
        if lead and not tokens:
            return  # โรงพยาบาลส่งเสริมสุขภาพตำบล alone: the kind, with no name (session 7)
        for i, tok in enumerate(tokens):
            if i and named and tok in _TOWN_TAILS and (i + 1 == len(tokens) or tokens[i + 1] in self._th.stopwords):
                end += len(tok)  # รพ.โนนสูง: a direction or size word closes the town's name
                break
            if tok in self._inner_stop or tok in self._th.stopwords:
                break
            named = named or tok not in _HOSPITAL_KINDS
            end += len(tok)
        if not named or end - m.end() < 3:
            end = self._unknown_place_end(chunk)
            if end is None:
                return
        if text.startswith("ฯ", end):
            end += 1
        out.append(self.result(ORGANIZATION, m.start(), end, 0.75))

    def _unknown_place_end(self, chunk: re.Match) -> int | None:
        """รพ.ละงู at a line's end: a district's name the tokenizer cuts into syllables (ละ|งู), a
        word the dictionary does not know standing alone, is the hospital's name."""
        word = chunk.group(0)
        after = chunk.string[chunk.end():chunk.end() + 1]
        if not 3 <= len(word) <= 16 or word in self._th.words or (after and not re.match(r"[\s,;:)(.]", after)):
            return None
        tokens = self._th.tokenize(word)
        if any(t in self._inner_stop for t in tokens) or all(t in self._th.stopwords for t in tokens):
            return None
        if all(t in _HOSPITAL_KINDS for t in tokens):
            return None  # (session 18) จังหวัด|บ้านเกิด: kinds only, "the provincial one back home"
        if any(len(t) >= 3 and t in self._th.stopwords for t in tokens):
            return None  # รพ.ใกล้บ้านตอนเช้า: a clause of whole words, not a syllable-cut town (round 19)
        return chunk.end()

    def _universities(self, text: str, out: list[RecognizerResult]) -> None:
        for m in _UNIVERSITY_SHORT.finditer(text):
            out.append(self.result(ORGANIZATION, m.start(), m.end(), 0.7))

    def _acronyms(self, text: str, out: list[RecognizerResult]) -> None:
        """Foundation for Migrant Dignity (FMD): the acronym spells the name's capitals, so both are
        one organisation; every later use of the acronym is found too."""
        for m in _ACRONYM_AFTER.finditer(text):
            words = m.group("name").split()
            caps = "".join(w[0] for w in words if w[0].isupper())
            acr = m.group("acr")
            while caps and not caps.endswith(acr) and len(caps) > len(acr):
                caps = caps[1:]
            if caps != acr:
                continue
            name_words = m.group("name").split()
            # the name starts at the word whose capital opens the acronym
            idx, seen = len(name_words), 0
            for i in range(len(name_words) - 1, -1, -1):
                if name_words[i][0].isupper():
                    seen += 1
                    if seen == len(acr):
                        idx = i
                        break
            start = m.start("name") + m.group("name").find(" ".join(name_words[idx:]))
            out.append(self.result(ORGANIZATION, start, m.end("name"), 0.75))
            for a_start, a_end in occurrences(text, acr, not_after=LATIN, not_before=LATIN):
                out.append(self.result(ORGANIZATION, a_start, a_end, 0.75))

    # ------------------------------------------------------------------ round 7
    def _company_tail(self, text: str, end: int) -> int:
        """บ.คิงส์ตัน ลอจิสติกส์ (ประเทศไทย) จำกัด: spaced transliterated words after a company
        name belong to it (at most three); a Thai clause word after the space ends it."""
        for _ in range(3):
            m = re.match(rf"[^\S\n]((?:\(?[{_T}]+\)?))", text[end:])
            if not m:
                break
            word = m.group(1)
            if not (word in _BUSINESS_WORDS or (_LOANWORD.search(word) and word not in self._stop)):
                break
            end += m.end()
        return end

    def _unit_start(self, text: str, start: int) -> int:
        """ศูนย์พัฒนาเด็กเล็ก อบต.X: a generic unit right before a named body is part of it (the
        unit of that body is one place). The unit must be whole words (not the end of a word)."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 40):start]
        m = _UNIT_BEFORE.search(before)
        if not m:
            return start
        unit = m.group("u")
        if unit.endswith(_LOCATIVES):
            return start  # keep round 3 — ศูนย์พักพิงที่ อบต.X: a kind of place AT the body, not its unit
        k = before.find(unit)
        while k >= 0:  # the unit may be glued after whole words: พี่เลี้ยงศูนย์พัฒนาเด็กเล็ก
            lead = before[:k]
            lead_chunk = re.search(rf"[{_T}]+$", lead)
            if not lead_chunk or all(t in self._th.words for t in self._th.tokenize(lead_chunk.group(0))):
                tokens = self._th.tokenize(before[k:].strip())
                if all(t in self._th.words or t == "ฯ" for t in tokens):  # only generic words
                    return start - len(before) + k
                return start
            k = -1
        return start

    def _owner_start(self, chunk: str, owners: tuple[str, ...]) -> int | None:
        """Where an organisation head opens inside the chunk before a branch word (the text before
        the head is whole dictionary words: ทำงานธนาคารออมสิน → ธนาคารออมสิน)."""
        best = None
        for head in owners:
            k = chunk.find(head)
            while k >= 0:
                lead = chunk[:k]
                ok = not lead or (
                    not lead.endswith(".") and all(t in self._th.words for t in self._th.tokenize(lead))
                )
                if ok and (head != "ม." or k == 0 or not chunk[k - 1].isalnum()):
                    if best is None or k < best:
                        best = k
                    break
                k = chunk.find(head, k + 1)
        return best

    def _branches(self, text: str, out: list[RecognizerResult]) -> None:
        """ธนาคารออมสิน สาขาท่าบ่อ, ม.เกษตรศาสตร์ วิทยาเขตกำแพงแสน, ม.ธรรมศาสตร์ ศูนย์รังสิต."""
        from assistant.redact.recognizers.organization_th import _KIND_WORDS

        for m in _BRANCH_TH.finditer(text):
            before = re.search(rf"[{_T}.ฯ()]+$", text[max(0, m.start() - 50):m.start()])
            if not before:
                continue
            chunk = before.group(0)
            kw = m.group("kw")
            owners = _UNIVERSITY_OWNERS if kw == "ศูนย์" else _BRANCH_OWNERS
            k = self._owner_start(chunk, owners)
            if k is None or len(chunk) - k < 3:
                continue
            first = self._th.tokenize(_CHUNK.match(text, m.end()).group(0))[0]
            if first in self._stop or first in _KIND_WORDS or first in self._th.stopwords:
                continue  # ศูนย์พึ่งได้, สาขาวิชา…: a unit or a subject, not a site
            end = self._name_end(text, m.end(), admin=True)
            if end is None or (kw in ("สาขา", "ศูนย์") and first in ("วิชา", "ย่อย", "ใหญ่", "หลัก")):
                continue
            out.append(self.result(ORGANIZATION, m.start() - len(chunk) + k, end, 0.75))

    def _groups(self, text: str, out: list[RecognizerResult]) -> None:
        """กลุ่ม/ชมรม/เครือข่าย + a name that ends with a province (or its short form) or a village
        (บ้านX): one group."""
        forms = _province_forms()
        for m in _GROUP.finditer(text):
            tokens = self._th.tokenize(m.group("n"))
            end, name = m.start("n"), []
            for tok in tokens:
                if tok in self._inner_stop or tok in self._th.stopwords:
                    break
                name.append(tok)
                end += len(tok)
            stop = None
            for i in range(1, len(name)):
                if name[i] in forms:
                    stop = m.start("n") + len("".join(name[: i + 1]))
                elif "".join(name[i:]) in forms:
                    stop = end
                    break
            if stop is None:
                stop = self._village_end(m.start("n"), name)
            if stop is None:
                continue
            out.append(self.result(ORGANIZATION, m.start(), stop, 0.7))

    def _village_end(self, pos: int, name: list[str]) -> int | None:
        """session 20 — a village group: what it does, then บ้าน and the village's name, up to
        three words (กลุ่มทอผ้าไหม|บ้าน|โนน|ตา|เถร, กลุ่มแม่บ้านทำขนมเค้ก|บ้าน|โคก|หล่อ)."""
        if "บ้าน" not in name[1:]:
            return None
        k = name.index("บ้าน", 1)
        village = name[k + 1:k + 4]
        if not village or not self._village_opens(["บ้าน", *village]):
            return None
        return pos + len("".join(name[:k + 1 + len(village)]))

    def _local_offices(self, text: str, out: list[RecognizerResult]) -> None:
        """สำนักงานคุมประพฤติจังหวัดนครปฐม, สำนักงานแรงงานจังหวัดX, เรือนจำกลางX, ที่ว่าการอำเภอX."""
        for m in _PROVINCIAL_SERVICE.finditer(text):
            prov = _province_at(text, m.start("p"))
            if prov is not None:
                out.append(self.result(ORGANIZATION, m.start(), m.start("p") + len(prov), 0.7))
        for m in _LOCAL_OFFICE.finditer(text):
            mid = m.group("mid")
            if mid and not all(
                t in _MID_OK or (t in self._th.words and t not in self._th.stopwords) for t in self._th.tokenize(mid)
            ):
                continue  # a clause runs between the office word and จังหวัด: not one name
            lead = re.search(rf"[{_T}]+$", text[max(0, m.start() - 30):m.start()])
            if lead and not all(t in self._th.words for t in self._th.tokenize(lead.group(0))):
                continue  # the head is the end of another word
            pos = m.end()
            if m.group("adm") == "กลาง":
                prov = _province_at(text, pos)
                if prov is None:
                    continue
                end = pos + len(prov)
            else:
                end = self._name_end(text, pos, admin=False)
                if end is None or all(t in _HOSPITAL_KINDS for t in self._th.tokenize(text[pos:end])):
                    continue  # (session 18) โรงพยาบาลจังหวัด|บ้านเกิด: "back home", no province's name
            out.append(self.result(ORGANIZATION, m.start(), end, 0.75))

    def _public_places(self, text: str, out: list[RecognizerResult]) -> None:
        """หนองน้ำสาธารณะบ้านโนนX: a public place of a named village (LOCATION)."""
        for m in _PUBLIC_PLACE.finditer(text):
            end = self._name_end(text, m.end("v"), admin=False)
            if end is not None and end - m.end("v") >= 2:
                out.append(self.result(LOCATION, m.start(), end, 0.7))

    def _spaced_name_ok(self, name: str, head: str) -> bool:
        """A name after a space must look like one: a province, a village (บ้าน…), an admin
        word (อำเภอ…), or a word the dictionary does not know (นาโพธิ์ is known; หนองระเวียง is not)."""
        if name in _provinces() or name.startswith(("บ้าน", "อำเภอ", "ตำบล", "จังหวัด", "เขต")):
            return True
        if head == "บริษัท" and len(self._th.tokenize(name)) >= 2:
            return True  # บริษัท ไทยรุ่งเรืองโลจิสติกส์: company names are made of ordinary words
        return any(len(t) >= 2 and t not in self._th.words for t in self._th.tokenize(name))

    def _abbreviation_starts(self, text: str, pos: int) -> bool:
        """A dotted head glued after Thai letters is its own abbreviation only when those letters
        are whole words (หน้าม.เกษตร), not the start of a longer one (อสม., กทม.)."""
        lead = max(0, pos - 20)
        prev = re.search(rf"[{_T}]+$", text[lead:pos])
        if not prev:
            return True
        tokens = self._th.tokenize(prev.group(0))
        if tokens[-1] in _MOTION_BEFORE:
            return True  # …จะพาไป|รพ.น่าน: a motion word right before the head ends the clause (round 19)
        if lead > 0 and prev.start() == 0 and re.match(rf"[{_T}]", text[lead - 1]) and len(tokens) > 1:
            tokens = tokens[1:]  # (session 29) the window cut a run-on word: its first piece is no evidence
        return all(len(t) >= 2 and t in self._th.words for t in tokens)

    def _university_ok(self, text: str, m: re.Match) -> bool:
        """"ม." is also หมู่ (ม.5), a school year (ม.2/5, ม.ต้น) and the month ม.ค.: only a
        name of three letters or more, not followed by a dot, counts."""
        if m.start() > 0 and text[m.start() - 1] in ".":
            return False
        chunk = _CHUNK.match(text, m.end())
        if m.group(0) != "ม." or not chunk or len(chunk.group(0)) < 3 or text[chunk.end():chunk.end() + 1] == ".":
            return False
        before = text[max(0, m.start() - 3):m.start()]
        return not re.search(rf"[{_T}]\.$|\d$", before)

    def _latin(self, text: str, out: list[RecognizerResult]) -> None:
        for m in _LATIN_ORG_CUE.finditer(text):
            value = m.group("v")
            words = value.split()
            while words and words[-1] in _TRAILING_LATIN_WORDS:
                words.pop()
            if not words or self._protected.fullmatch(" ".join(words)):
                continue
            if len(words) == 1 and (len(words[0]) < 3 or words[0].isupper()):
                continue  # "HR", "QC": a department, not a named organisation
            end = m.start("v") + len(" ".join(words))
            out.append(self.result(ORGANIZATION, m.start("v"), end, 0.7))
        for m in _BRANCH.finditer(text):
            out.append(self.result(ORGANIZATION, m.start("v"), m.end("v"), 0.7))
        for m in _TH_COMPANY_CUE.finditer(text):
            self._transliterated_company(text, m.end(), out)

    def _transliterated_company(self, text: str, pos: int, out: list[RecognizerResult]) -> None:
        """HR ไฮเปอร์คอนเนค โซลูชั่นส์: a company written in Thai letters with no บริษัท, after a
        work cue; a loanword-spelled or unknown word, then (after spaces) a business word."""
        run = _SPACED_CHUNKS.match(text, pos)
        if not run:
            return
        chunks = run.group(0).split(" ")
        last = max((i for i, c in enumerate(chunks) if i and c.startswith(_BUSINESS_WORDS + _MORE_BUSINESS)), default=0)
        if not last:
            return
        first = chunks[0]
        if first in self._stop or first in self._th.stopwords or not (
            _LOANWORD.search(first) or any(len(t) >= 2 and t not in self._th.words for t in self._th.tokenize(first))
        ):
            return
        out.append(self.result(ORGANIZATION, pos, pos + len(" ".join(chunks[: last + 1])), 0.7))


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
