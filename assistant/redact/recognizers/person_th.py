"""Thai names: after a formal title (นาย, นางสาว, ด.ญ. … always a name), after a kin/role word
(ป้า, ลุง, พี่, ครู … only when the next word is a known name or not an ordinary word, so
"ยายฝน" is a name and "ยายเล่า", "ครูประจำชั้น", "ป้าข้างบ้าน" are not), and after a nickname cue
(ชื่อเล่น X, เรียกว่า "X").

Works on Thai script runs only (``script_runs``), with PyThaiNLP's newmm tokenizer because Thai
has no spaces between words. The title is kept inside the span: the initials restore mode shows
it ("นาย ส.").
"""

from __future__ import annotations

import re
from functools import cached_property

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.models import Language
from assistant.redact.learned_ner import TH_BODY_HEADS
from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, ThaiLexicon, base_letters, get_thai_lexicon
from assistant.redact.types import PERSON
from assistant.text.language import script_runs

_CHUNK = re.compile(rf"[{THAI_LETTERS}]+")
_QUOTED = re.compile(r"[^\S\n]*[\"“'‘]([^\"”'’\n]{1,20})[\"”'’]")
#: "what someone is called", written around a pronoun: เรียกเขาว่า "…", ชื่อเล่นว่า "…".
#: Session 7: a pseudonym or the name shown in a chat, an app or at work (นามแฝง "…", ชื่อแสดง "…",
#: ชื่อในไลน์ว่า '…', ชื่อในงาน "…") is the same kind of name.
_CALLED_QUOTED = re.compile(
    r"(?:เรียก[\u0E01-\u0E4E]{0,8}ว่า|ชื่อเล่น(?:ว่า)?|ฉายา|นามแฝง(?:ว่า)?|"
    r"ชื่อ(?:แสดง|ที่ใช้|ในไลน์|ไลน์|ในเฟซ|ในเฟส|ในเกม|ในงาน|บัญชี|ผู้ใช้|ในแอป|ในวง|เต็ม|จริง)(?:ว่า)?)"
    r"[^\S\n]*[\"“'‘]([^\"”'’\n]{1,20})[\"”'’]"
)


#: session 23 — a nickname in Latin letters after ชื่อเล่น with no quotes (ชื่อเล่น Fon (ฝนทิพย์)).
_NICKNAME_LATIN = re.compile(r"ชื่อเล่น(?:ว่า)?[^\S\n]*[:：]?[^\S\n]*([A-Z][a-z]{1,14}|[A-Z]{2,8})(?![A-Za-z])")
#: An age right after a word: "ตาเปลี่ยน อายุ 88", "ยายหอม 84 ปี", "(7 ขวบ)".
_AGE_AFTER = re.compile(r"[^\S\n]*(?:อายุ|\(?\d{1,3}[^\S\n]*(?:ปี|ขวบ|y\b|yrs?\b|\)))")
#: session 36 (set 118) — school and care roles said before the titled person who holds them
#: (ครูประจำชั้น ครูโอ๋, ผู้อำนวยการ ครูแดง): the title and the word after it are that person.
_ROLES_IN_APPOSITION = (
    "ครูประจำชั้น", "ครูแนะแนว", "ครูที่ปรึกษา", "ครูฝ่ายปกครอง", "ผู้อำนวยการ", "ผอ.", "ผู้ดูแล", "พยาบาลประจำตึก",
    "ผู้ใหญ่บ้าน", "กำนัน", "ประธานชุมชน", "หัวหน้าศูนย์",
)
#: session 36 (set 118) — a staff role in a bracket right after a kin-titled word (พี่หนึ่ง
#: (พยาบาลจิตเวช), ป้าแก้ว (แม่บ้าน)): the bracket says who the named person is, so the word is the
#: name. Kin titles only: after ครู the word is often the teacher's role, ครูแนะแนว (ครูอาสา).
_KIN_BEFORE_ROLE_BRACKET = ("พี่", "ป้า", "น้า", "ลุง", "น้อง", "ยาย", "ตา", "อา", "ย่า", "ปู่", "แม่", "พ่อ")
_ROLE_BRACKET_AFTER = re.compile(
    r"[^\S\n]*\((?:พยาบาล|ครู|นัก|ผู้ช่วย|ผู้ประสาน|เจ้าหน้าที่|จนท|หมอ|แพทย์|อสม|ล่าม|พี่เลี้ยง|ประธาน|เลขา|หัวหน้า|แม่บ้าน"
    r"|คนขับ|ช่าง|แอดมิน|อาสา|เภสัช|ทนาย|ตำรวจ)"
)
#: A mobile number right after a relative's word: หลานชายตังค์ 0619…, น้าสาวมะนาว 062-… — the word
#: is what the relative is called (a contact line), even when it is an ordinary word.
_PHONE_AFTER = re.compile(r"[^\S\n]*(?:เบอร์|โทร\.?)?[^\S\n]*0[689]\d(?:[^\S\n-]?\d){7}(?!\d)")
#: Words before "ชื่อ" that make it "a name" in general, not "is called": ลงชื่อ, เปลี่ยนชื่อ.
_NOT_NAMING = frozenset({"ลง", "เซ็น", "จำ", "ตั้ง", "เปลี่ยน", "ทราบ", "รู้", "บอก", "ระบุ", "เรียก", "ถาม", "ใช้", "ไม่"})
_NAMED_SPACE = re.compile(rf"(?<!เ)ชื่อ(?:เล่น)?[^\S\n](?=[{THAI_LETTERS}])")
#: Words right after "ชื่อ " that are not the name itself.
_NOT_A_GIVEN_NAME = frozenset({
    "ว่า", "อะไร", "ไม่", "นี้", "นั้น", "เดียวกัน", "เต็ม", "จริง", "เล่น", "สกุล", "นามสกุล", "และ", "ของ",
    "ใน", "ที่", "ก็", "จะ", "ได้", "เป็น", "คือ", "ไม่ทราบ", "ไม่ระบุ", "ผู้", "เด็ก",
})
#: Relationship nouns that introduce a kin-titled name in apposition.
_RELATION_NOUNS = frozenset({
    "เพื่อนบ้าน", "ลูกสาว", "ลูกชาย", "ลูก", "ภรรยา", "สามี", "หลาน", "หลานสาว", "หลานชาย", "ญาติ",
    "ผู้ดูแล", "แฟน", "พี่สาว", "พี่ชาย", "น้องสาว", "น้องชาย", "มารดา", "บิดา", "ลูกเขย", "ลูกสะใภ้",
    "ผู้ป่วย", "ผู้รับบริการ", "ผู้แจ้ง", "ผู้ปกครอง", "นายจ้าง", "เจ้าของบ้าน", "พ่อเลี้ยง", "แม่เลี้ยง",
    "พี่เลี้ยง",  # a nanny or mentor (session 10: พี่เลี้ยงรับส่ง)
})

#: session 10 — what people are called by their work or place in a group when a kin word is said
#: to them (พี่ตำรวจ, ลุงช่างไฟ, น้องนักศึกษา, ป้าร้านข้าว, พี่รหัส — a probe of 47 such words in five
#: frames read 68 of 235 as names): never a name after a kin title.
_OCCUPATIONS = frozenset({
    "ตำรวจ", "ทหาร", "ยาม", "รปภ", "พนักงาน", "นักศึกษา", "นักเรียน", "เจ้าหน้าที่", "เด็กฝึกงาน", "เวร",
    "คนกลาง", "รหัส", "ไรเดอร์", "แม่ค้า", "พ่อค้า", "คนขับ", "กู้ภัย", "อาสา", "ทนาย", "พยาบาล", "คนสวน",
    "แม่ครัว", "คนงาน", "บุรุษไปรษณีย์", "ไปรษณีย์", "วินมอไซค์", "เลี้ยงเดี่ยว", "ข้างบ้าน", "ข้างห้อง",
    "ผู้จัดการ", "หัวหน้า", "เซลล์", "แคชเชียร์", "บาริสต้า", "โค้ช", "ล่าม", "ทีมงาน", "ลูกค้า", "คนไข้", "เด็ก",
})
_OCCUPATION_OPENERS = ("ร้าน", "ช่าง", "คนขับ", "ขับรถ", "รถ", "นัก", "เจ้าหน้าที่", "พนักงาน", "เด็กฝึก", "หมอ")


def is_occupation(word: str) -> bool:
    """A word naming someone by their work or role (ตำรวจ, ช่างไฟ, ร้านข้าว, นักศึกษา)."""
    return word in _OCCUPATIONS or (len(word) > 3 and word.startswith(_OCCUPATION_OPENERS))


#: session 10 — role words that open with a kin title (a nanny, a cook, a market seller, a
#: mother-in-law): the tokenizer may glue their second half to the next word (พี่|เลี้ยงรับ|ส่ง).
_TITLED_ROLES = (
    "พี่เลี้ยง", "แม่บ้าน", "แม่ครัว", "แม่ค้า", "พ่อค้า", "แม่เลี้ยง", "พ่อเลี้ยง", "แม่ยาย", "พ่อตา",
    "แม่สามี", "พ่อสามี", "แม่เล้า",
)

#: Relatives glued to what they are called in a contact line (kin + สาว/ชาย).
_CONTACT_RELATIONS = frozenset({
    *_RELATION_NOUNS, "น้าสาว", "น้าชาย", "อาสาว", "อาชาย", "ป้าสะใภ้", "ลุงเขย", "พี่เขย", "พี่สะใภ้",
})
#: session 16 — a name glued between a phone word and the number (เบอร์สุดใจ๐๘๓-…, มือถือเอ็ม089-…).
#: session 20 — or after calling (โทรหาบอย 086-…); and the word between ส่วน/ของ and an ID label is
#: whose ID it is (ส่วนหล้าเลขบัตร๑๑๙…).
_PHONE_OWNER = re.compile(
    rf"(?:เบอร์(?:โทร)?|มือถือ|โทรหา|โทรถึง)(?P<n>[{THAI_LETTERS}]{{2,14}}?)[^\S\n]?(?=(?:0|๐)[689๖๘๙](?:\d|[๐-๙]))"
    rf"|(?:ส่วน|ของ)(?P<o>[{THAI_LETTERS}]{{2,14}}?)[^\S\n]?(?=เลขบัตร|เลขประจำตัวประชาชน|บัตรประชาชน)"
)
#: Words after "X คือ" that say what, not who (ลูกคือความหวัง, แม่คือคนที่ดูแล).
_NOT_A_NICKNAME_HEAD = frozenset({
    "ความ", "การ", "คน", "สิ่ง", "ที่", "เรื่อง", "ปัญหา", "ห่วง", "หัวใจ", "ทุก", "ผู้",
    # (session 21) what work someone does (พ่อของเด็กคือลูกจ้างโรงงาน, …คืออดีตทหาร)
    "ลูกจ้าง", "พนักงาน", "แรงงาน", "ชาว", "อดีต", "นัก", "เจ้าของ", "หัวหน้า",
})
#: Whose relative, after ของ (แม่ของเด็กคือ…, สามีของผู้ป่วยคือ…): the client or a pronoun.
_OF_WHOM = frozenset({"เด็ก", "เด็กๆ", "ผู้ป่วย", "ผู้รับบริการ", "ผรบ.", "นักเรียน", "เขา", "เธอ", "หนู", "ผม", "ฉัน", "ตัวเอง"})
#: Kin titles that, with ของ after them, name a relative (แม่ของเด็ก, ตาของผู้ป่วย).
_KIN_OF = frozenset({"แม่", "พ่อ", "ปู่", "ย่า", "ตา", "ยาย", "ป้า", "ลุง", "น้า", "อา", "พี่", "น้อง"})
#: Which of the children or relatives (the only one, the eldest, the youngest, the middle one).
WHICH_CHILD = frozenset({"คนเดียว", "คนโต", "คนเล็ก", "คนกลาง", "คนสุดท้อง"})
#: What kind of number it is, not whose: home, new, contact, office, spare, emergency, private.
_PHONE_KINDS = frozenset({
    "บ้าน", "ใหม่", "เก่า", "ติดต่อ", "ที่ทำงาน", "ทำงาน", "สำรอง", "ฉุกเฉิน", "ส่วนตัว", "มือถือ", "โทรศัพท์",
    "ผู้ปกครอง", "ญาติ", "ไทย", "ลาว", "พม่า", "ที่", "ของ", "ได้", "คือ", "ใหม่ล่าสุด", "ร้าน", "ออฟฟิศ", "สำนักงาน",
    "เดิม", "เมีย", "ผัว", "ผู้รับบริการ", "ผู้ป่วย", "ผู้แจ้ง", "เจ้าหน้าที่", "หมอ", "ครู", "ตัวเอง", "เขา", "เธอ",
})
#: What a run-on note writes right after a full name: age, soi, house number, phone.
_GLUED_CUES = ("อายุ", "ซอย", "บ้านเลขที่", "เลขที่", "โทร", "เบอร์", "หมู่")
_WHEN_WORDS = (
    "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัส", "วันศุกร์", "วันเสาร์", "วันอาทิตย์", "วันนี้", "พรุ่งนี้",
    "เมื่อวาน", "เมื่อเช้า", "ตอนเช้า", "ตอนเย็น", "ตอนบ่าย", "สัปดาห์หน้า", "เดือนหน้า",
)
#: Words that open with a kin syllable but are kinds of place the dictionary does not hold, so the
#: tokenizer cuts them (ตา|ดี|กา: the Islamic kindergarten): never a title and a name.
_KIN_LED_WORDS = ("ตาดีกา", *("อาปา", "อาป๊า", "อาม้า", "อาหม่า", "อาเตี่ย"))
#: (the second group: Chinese-Thai words for father and mother — kin words, like ป๊า and เตี่ย)
#: Verbs glued right after a titled name that only a person does: leave, absence, violence.
_GLUED_PREDICATES = frozenset({
    "ลาป่วย", "ลาคลอด", "ลากิจ", "ลาออก", "ลาพักร้อน", "ลาบวช", "ไม่มา", "มาสาย", "ขาดงาน", "ตี", "ต่อย",
    "เตะ", "ตบ", "ด่า", "ขู่", "ทำร้าย", "ข่มขู่", "ซ้อม", "ไล่", "หลอก", "ยึด",
})
_ABSENCE_PREDICATES = frozenset({"ลาป่วย", "ลาคลอด", "ลากิจ", "ลาออก", "ลาพักร้อน", "ลาบวช", "ไม่มา", "มาสาย", "ขาดงาน"})
#: Syllables that open Shan (Tai Yai) given names: จาย (boy/man), ส่าง (a former novice).
_SHAN_OPENERS = frozenset({"จาย", "ส่าง"})
#: A field asking who: the sender or receiver of a handover, the writer, the informant.
_WHO_LABEL = re.compile(
    r"(?:ผู้ส่งเวร|ผู้รับเวร|ผู้ส่งต่อ|ผู้ส่ง|ผู้รับ|ผู้บันทึก|ผู้รายงาน|ผู้ให้ข้อมูล|ผู้แจ้ง|ผู้ประสาน(?:งาน)?|ผู้เยี่ยม)"
    r"[^\S\n]*[:：][^\S\n]*(?P<w>[\u0E01-\u0E4E]{2,16})(?=[\s,;()]|$)"
)
#: Openings of role words (ผู้รับบริการ, นักเรียน, เจ้าหน้าที่, คนไข้, เด็กชาย).
_ROLE_OPENERS = ("ผู้", "นัก", "เจ้าหน้าที่", "พนักงาน", "คน", "เด็ก", "ครู", "หมอ", "พยาบาล", "แม่", "พ่อ", "ลูก")
#: จาย (Sai) then a consonant or a leading vowel: the opening of a Shan name (not จายา).
_SAI = re.compile(r"จาย(?=[ก-ฮเแโใไ])")
#: Words that hold จาย: กระจาย (spread), ขจาย, กำจาย, ตกจาย, สะจาย, เข้าจาย.
_SAI_INSIDE_WORDS = ("กระ", "ข", "กำ", "ตก", "สะ", "เข้า", "อป")
_VERB_PREFIXES = (
    "เป็น", "ได้", "ไม่", "จะ", "ให้", "ทำ", "มี", "ช่วย", "ต้อง", "กำลัง", "ยัง", "เคย", "อยาก", "ชอบ",
    "ปวด", "เจ็บ", "ป่วย",  # (session 33) ย่า|ปวดหลังมาก: what hurts, not who
)
#: A spaced dictionary word after a titled name that opens a clause or names a role, not a family
#: name (นางบุญเรือน ติดธุระ, พระมหาสุริยันต์ เจ้าอาวาส); family names that are words (ดีเลิศ, สุขใจ) stay.
_CLAUSE_PREFIXES = (
    *_VERB_PREFIXES, "ติด", "เจ้าอาวาส", "เจ้าหน้าที่", "เจ้าของ", "กลับ", "ขอ", "รอ", "ไป", "มา", "บอก", "เล่า", "แจ้ง",
    "พา", "โทร", "อยู่", "ถูก", "โดน", "ยืนยัน", "ปฏิเสธ", "ตอบ", "ถาม", "ร้อง", "ขาด", "ลา", "หาย",
)


#: Clause verbs that open no foreign family name (มา|เยอ, อยู่|ซอ and รอ|… do: Akha, Malay names).
#: Words that open a description of how someone looks or sounds, never a family name (ยายมาลี
#: สีหน้าเศร้า "looks sad", ป้าแดง ท่าทางเหนื่อย).
DESCRIPTION_OPENERS = (
    "สีหน้า", "ท่าทาง", "อารมณ์", "น้ำเสียง", "แววตา", "หน้าตา", "ท่าที",
    # who she is, not her family name: นางป่านคำ หญิงชาวไทใหญ่, ยายX วัย 80, นายX สัญชาติลาว
    "หญิง", "สัญชาติ", "เชื้อชาติ", "วัย",
)
_PREDICATE_VERBS = frozenset(_CLAUSE_PREFIXES) - {"มา", "ไป", "อยู่", "ยัง", "มี", "รอ", "ได้", "ให้", "ทำ"}


#: Verb syllables that open Malay and other family names written in Thai (ลาเตะ, ลาเฮ็ง): alone they
#: are no clause; a leave verb is read whole (ลาป่วย, ลากิจ) by the predicates that need it.
_NAME_OPENING_VERBS = frozenset({"ลา"})
#: Prepositions after a verb of motion or giving (มาที่, ไปหา, มาจาก, ส่งให้): a clause, not a name.
_VERB_PREPOSITIONS = frozenset({"ที่", "จาก", "หา", "ถึง", "กับ", "ด้วย", "ให้", "ตาม", "เพื่อ", "ยัง"})
#: Function words that never continue a given name after its first syllable (ด.ช.จะ|ไป).
_DOTTED_NOT_PIECES = frozenset({"ไป", "มา", "ได้", "ไม่", "ให้", "แล้ว", "อยู่", "ว่า", "ที่", "กับ", "และ", "ของ", "คือ", "ก็"})


def _clause_word(tok: str) -> bool:
    """A first word that opens a predicate: a clause verb alone (ติด, มา) or with its preposition
    (มาจาก, ไปที่, บอกว่า) — family names built on such syllables (มาลัย…) do not end so."""
    if tok in _NAME_OPENING_VERBS:
        return False  # ลา|เตะ, a Malay family name, opens with the verb "to leave"
    return tok in _CLAUSE_PREFIXES or (tok.startswith(_CLAUSE_PREFIXES) and tok.endswith(("จาก", "ที่", "ว่า")))


#: keep round 3 — words that say how a person is (character, effort, mood): glued after a
#: nickname they are its predicate (พี่แอม|ใจดี "Am is kind"), never part of the name.
_DESCRIPTIVE = frozenset({
    "ขยัน", "ขยันดี", "ตั้งใจ", "ตั้งใจดี", "เรียบร้อย", "สุภาพ", "อดทน", "ร่าเริง", "ดื้อ", "ซน", "เกเร",
    "เอาใจใส่", "ใส่ใจ", "เป็นกันเอง", "อารมณ์ดี", "อารมณ์ร้อน", "ดุ", "โหด", "เข้มงวด", "ใจดี", "ใจเย็น",
    "ใจร้อน", "ใจร้าย", "ใจกว้าง", "ใจแคบ", "น่ารัก", "เก่งมาก", "มีน้ำใจ", "เห็นแก่ตัว", "ขี้เกียจ", "ขี้อาย",
    "ขี้โมโห", "ขี้บ่น", "ขี้เหงา", "ขี้กลัว", "ขี้งอน", "หงุดหงิด", "เครียด", "เศร้า", "ดีใจ", "เสียใจ", "โกรธ",
    # session 8: anger and drink said of a parent (พ่อโมโหตีแม่บ่อย, พ่อเมาทุกคืน)
    "โมโห", "เมา", "เมาเหล้า", "อาละวาด", "หึง", "ระแวง",
})
_DESCRIPTIVE_PREFIXES = ("ใจ", "ขี้", "น่า", "อารมณ์")


def describes_person(tok: str, words: frozenset[str] | set[str]) -> bool:
    """A dictionary word saying how someone is: listed, or a ใจ-/ขี้-/น่า- compound (ใจดี, ขี้อาย)."""
    if tok in _DESCRIPTIVE:
        return True
    return tok in words and any(tok.startswith(p) and len(tok) > len(p) + 1 for p in _DESCRIPTIVE_PREFIXES)


#: Verbs of speech and request that open a clause after a kin title (ยายบอกว่า, น้องขอให้).
_SPEECH_OPENERS = ("บอก", "ขอให้", "ขอร้อง", "เล่าว่า", "เล่าให้", "พูดว่า", "ถามว่า", "ตอบว่า", "แจ้งว่า", "กล่าว")
#: A Hmong or Chinese clan surname: แซ่ + the clan (แซ่ลี, แซ่ว่าง), standing alone after the name.
_CLAN = re.compile(rf"[^\S\n]แซ่[{THAI_LETTERS}]{{1,6}}(?=[^\S\n]|[,;:()\n]|$)")
#: Words that open the name of a place or body, never a family name (ศูนย์…, โรงเรียน…).
_BODY_HEADS = ("ศูนย์", "โรงเรียน", "โรงพยาบาล", "ร้าน", "คลินิก", "มูลนิธิ", "สมาคม", "ชมรม", "บริษัท", "สถาน")
#: A given name standing alone (after a list separator or the line start), then its clan name.
_GIVEN_CLAN = re.compile(
    rf"(?:(?<=^)|(?<=[\s,;:(/]))(?P<g>[{THAI_LETTERS}]{{2,12}})[^\S\n]แซ่[{THAI_LETTERS}]{{1,6}}(?=[^\S\n]|[,;:()\n.]|$)"
)
#: After a kin title and a space: a given name, a space, and a family-name-shaped word.
_SPACED_FULL = re.compile(rf"([{THAI_LETTERS}]{{2,12}})[^\S\n]([{THAI_LETTERS}]{{4,24}})(?=[^\S\n]|[,;:()\n]|$)")


#: Extra pieces of family names after มี/อยู่ (มีบุญ, มีทรัพย์, อยู่เย็น).
_FAMILY_PIECES = frozenset({"บุญ", "ทรัพย์", "เย็น", "สุข", "ชัย", "ศรี", "โชค", "ลาภ", "สมบูรณ์", "เจริญ"})
#: Royal-lineage family names end in "ณ <place>": สนิทวงศ์ ณ อยุธยา, ณ ถลาง, ณ ระนอง.
_LINEAGE = re.compile(
    r"[^\S\n]ณ[^\S\n](?:อยุธยา|ถลาง|ระนอง|สงขลา|นคร|เชียงใหม่|ลำปาง|ลำพูน|น่าน|ป้อมเพชร์?|พัทลุง|บางช้าง|มโนรม|ราชสีมา|ศรีโสภณ|ภูเก็ต|ตะกั่วป่า|ตะกั่วทุ่ง|พิศณุโลก)(?![\u0E01-\u0E4E])"
)


def _lineage_end(text: str, end: int) -> int:
    """Extend a family name over a following "ณ อยุธยา"-style lineage suffix."""
    m = _LINEAGE.match(text, end)
    return m.end() if m else end


def _merge_fragments(tokens: list[str]) -> list[str]:
    """Glue single-letter pieces to the token before: newmm splits unknown names (มิ|ว → มิว)."""
    out: list[str] = []
    for tok in tokens:
        if out and len(tok) == 1 and "\u0e01" <= tok <= "\u0e4e":
            out[-1] += tok
        elif len(out) == 1 and len(out[0]) == 1:  # ส|รัย|มุม: a lone first letter opens the name
            out[0] += tok
        else:
            out.append(tok)
    return out


#: A name spelled from another language (Khmer, Akha, Malay, Karen): written with ์ ๊ ๋ ะห์ or
#: cut by the tokenizer into short pieces none of which is a long dictionary word.
#: Vowel and tone marks written above or below a letter: a syllable's length is counted without them
#: (อื่อ is a short syllable of two letters, จะ|อื่อ an Akha family name).
_FOREIGN_MARKS = re.compile("[\u0e4c\u0e4a\u0e4b]|ะห์")
#: A Thai abbreviation before its dot: consonants only, no vowel sign (ตชด., อบต., รพสต.).
_ABBREVIATION = re.compile("[\u0e01-\u0e2e]{2,5}")
#: After แม่/พ่อ used as a title in Isan speech (แม่ดอกคูน, พ่อทองสุข), what shows the word is a
#: name: an age, a bracket, a comma, or "ที่" + a house number right after it.
_ISAN_PARENT_FRAME = re.compile(r"[^\S\n]*(?:อายุ|\(|,|\d{1,3}[^\S\n]*ปี|ที่[^\S\n]*\d)")


#: Nouns of the royal and sacred register that พระ opens (the royal anthem's พระบารมี, พระคุณ
#: "kindness"): several are given names too, so after พระ they read as a monk's name.
_ROYAL_NOUNS = ("บารมี", "เมตตา", "กรุณา", "มหากรุณา", "เกียรติ", "ราชทาน", "ราชดำริ", "บรมราช", "ปรีชา", "คุณ")
#: What opens a clause right after a title: "the abbot from the temple" (พระอาจารย์จากวัด…).
_PREPOSITION_AFTER_TITLE = ("จาก", "ที่", "กับ", "และ", "ซึ่ง", "เพื่อ", "ของทาง")
#: One to four Thai letters standing after a space or a mark: the start of an abbreviation that a
#: dotted title found inside it continues (กศ|น.อ.).
_INSIDE_ABBREVIATION = re.compile(rf"(?:^|[^{THAI_LETTERS}.])[{THAI_LETTERS}]{{1,4}}$")


#: Verbs of telling glued after whoever told (…กอล์ฟ|บอกว่า).
_TELLING = re.compile("บอกว่า|เล่าว่า|พูดว่า|ถามว่า|ตอบว่า|แจ้งว่า")
#: What follows "a bit" in a request, not a clause after a name (ช่วยหน่อยได้ไหม, รอหน่อยนะ).
_A_BIT_AFTER = ("ได้", "ให้", "ไป", "มา", "ก่อน", "เลย", "ด้วย", "แล้ว")
#: Verbs that ask someone for something: the title after them is the one asked (ช่วยพี่|หน่อย).
_ASKING_VERBS = (
    "ช่วย", "บอก", "ขอ", "รอ", "ให้", "ถาม", "ฟัง", "ดู", "หา", "ตาม", "เรียก", "พา", "ส่ง", "ฝาก", "ยืม", "สอน",
    "อธิบาย", "เข้าใจ", "สงสาร", "เห็นใจ", "ใจเย็น", "คุยกับ", "ปล่อย", "ไว้ใจ", "เชื่อ",
)
#: Function words a titled name often follows glued in a run-on note.
_WORDS_BEFORE_A_NAME = frozenset({"ว่า", "คือ", "กับ", "และ", "ของ", "ให้", "จาก", "โดย", "ถึง", "เป็น"})


#: A family name with the age glued after it in a run-on note (แสงอ่อน|อายุ56).
_GLUED_AGE = re.compile(rf"([{THAI_LETTERS}]{{4,16}}?)อายุ")


class ThaiNameRecognizer(RegexRecognizer):
    """Title-, kin- and cue-anchored Thai personal names (PERSON)."""

    def __init__(self) -> None:
        super().__init__("ThaiNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        self._lex = lex
        self._th: ThaiLexicon = get_thai_lexicon()
        strong = sorted(lex.th_strong_titles, key=len, reverse=True)
        self._strong = re.compile("|".join(re.escape(t) for t in strong))
        self._block = (
            lex.th_not_names | self._th.stopwords | lex.th_soft_titles | lex.th_strong_titles
        ) - {"ชื่อ"}

    # ------------------------------------------------------------------ helpers
    @cached_property
    def _titles_longest_first(self) -> tuple[str, ...]:
        """Soft and strong titles, longest first (นางสาว is tried before นาง), sorted once."""
        return tuple(sorted(self._lex.th_soft_titles | self._lex.th_strong_titles, key=len, reverse=True))

    def _nickname_not_a_bit(self, text: str, pos: int, word: str) -> bool:
        """หน่อย and นิด are nicknames and also "a bit" (ช่วยครูหน่อย "help the teacher a bit").
        After a title they name someone when a clause goes on after them (เจ๊หน่อย|เก็บบัตร) and
        no request verb stands before the title (ช่วยพี่หน่อย ทำไม่ทัน is still "a bit")."""
        after = text[pos + len(word):pos + len(word) + 12].lstrip(" ")
        nxt = self._th.tokenize(after)[0] if after and "\u0e01" <= after[0] <= "\u0e4e" else ""
        if not (after.startswith(_CLAUSE_PREFIXES) or self._th.acts(nxt)) or after.startswith(_A_BIT_AFTER):
            return False
        before = text[max(0, pos - 20):pos]
        title = next((t for t in self._titles_longest_first if before.endswith(t)), "")
        return not before[:len(before) - len(title)].rstrip(" ").endswith(_ASKING_VERBS)

    def _name_tokens(self, text: str, pos: int, *, mode: str) -> int | None:
        """End of a name starting at ``pos`` (Thai letters), or None.

        ``mode``: "formal" (after นาย/นาง…: any non-function word), "kin" (after พี่/ป้า/ยาย…:
        any word not in the not-a-name list, since nicknames are ordinary words), "strict"
        (after แม่/ครู…: only a listed name or an unknown word).
        """
        m = _CHUNK.match(text, pos)
        if not m or text.startswith(_SPEECH_OPENERS, pos):
            return None  # ยาย|บอ|กว่า, น้อง|ขอให้: the tokenizer cuts a speech verb, not a name
        if text.endswith("พระ", 0, pos) and text.startswith(_ROYAL_NOUNS, pos):
            return None  # (session 28) สรรเสริญพระ|บารมี, พระ|คุณ: a royal or sacred noun, not a monk
        tokens = _merge_fragments(self._th.tokenize(m.group(0)))
        if mode == "formal" and len(tokens) > 1 and (
            tokens[0] in ("อา", "มะ", "ลุง", "ป้า") or tokens[0] in self._lex.th_name_opening_honorifics
        ) and tokens[1] not in self._block:
            # นางอา|บอ, นายมะ|ยูโซะ, (session 23) นางมิ|จันทร์ (Mon "Mi"): the syllable opens the name
            tokens[:2] = [tokens[0] + tokens[1]]
        elif len(tokens) > 1 and tokens[0] == "คำ" and len(tokens[1]) >= 2 and (
            tokens[1] not in self._block
            # ทิดคำ|เพิ่ม: after a formal title a stopword syllable still closes an Isan name
            or (mode == "formal" and len(tokens[1]) >= 4 and tokens[1] not in self._lex.th_not_names)
        ):
            tokens[:2] = [tokens[0] + tokens[1]]  # ลุงคำ|แสน, นางคำ|หล้า: คำ opens many Isan/Lao given names
        elif len(tokens) == 2 and tokens[0] == "คำ" and tokens[1] not in self._lex.th_not_names | self._th.stopwords:
            tokens[:2] = [tokens[0] + tokens[1]]  # ลุงคำ|อ้าย standing alone: the second syllable is no title
        elif len(tokens) > 1 and tokens[0] in _SHAN_OPENERS and len(tokens[1]) >= 2 and tokens[1] not in self._lex.th_not_names:
            tokens[:2] = [tokens[0] + tokens[1]]  # ด.ช.จาย|คำ, ส่าง|หล้า: Shan given names open with จาย/ส่าง
        elif len(tokens) > 1 and tokens[1] == "คำ" and (tokens[0] not in self._block or tokens[0] in self._lex.th_name_pieces):
            tokens[:2] = [tokens[0] + tokens[1]]  # อ้ายสุข|คำ: คำ (gold) closes many Northern given names
        first = tokens[0]
        if mode == "formal" and pos and text[pos - 1] == "." and (got := self._dotted_whole(text, m, tokens)):
            return got  # ด.ช.จะ|ก่อ: after a dotted title the word standing alone is the name
        if first in self._block and first in self._lex.th_word_nicknames and self._nickname_not_a_bit(text, pos, first):
            return pos + len(first)  # session 26 — เจ๊หน่อย|เก็บบัตรไว้, ครูหน่อย|ต้องอยู่รอ
        if len(first) < 2 or first in self._block or first.startswith(("ชื่อ", "นามสกุล")):
            return None  # ยายชื่อคำแปง: the cue, not the name (person_th_cued reads the name)
        if first in _RELATION_NOUNS:
            return None  # (session 18) หน้าห้องพระ ลูกสาว…: a relation starts the next clause
        if first in self._th.words and any(
            first.startswith(t) and len(first) - len(t) >= 2 for t in self._lex.th_soft_titles | self._lex.th_strong_titles
        ):
            return None  # a role compound such as ครูประจำชั้น, not a name (หมอก "mist" is a name: หมอ|ก)
        if first in self._th.words and first.startswith(_VERB_PREFIXES):
            return None  # a verb phrase the tokenizer kept whole: คุณ|เป็นระบบ
        if (
            mode != "formal" and len(first) > 3 and first.endswith(("มา", "ไป")) and self._th.acts(first)
            and not self._th.is_name(first)
        ):
            return None  # (session 18) คุณยาย|ลงมา|คนเดียว: a verb of coming or going, not a name
        if mode == "strict" and not (
            self._th.is_name(first) or first not in self._th.words or first in self._lex.th_word_nicknames
        ):
            got = self._foreign_chunk_end(text, pos, m.end())
            return got if got is not None else self._predicate_cut(text, pos, tokens)
        if mode != "formal" and describes_person(first, self._th.words):
            return None  # น้อง|ตั้งใจ, พี่|ใจดี: after a kin word, how someone is, not who
        if mode != "formal" and is_occupation(first):
            return None  # พี่|ตำรวจ, ลุง|ช่างไฟ, ป้า|ร้านข้าว: a kin word said to a role, not a name
        if mode != "formal" and self._th.acts(first) and self._clause_goes_on(tokens):
            return None  # ป้า|ขาย|ของ, ลุง|ซ่อม|รถ|ให้: what someone did (session 16), not who
        end = pos + len(first)
        for extra, tok in enumerate(tokens[1:]):
            if tok in self._block or tok in _RELATION_NOUNS or extra >= 2 or (end - pos) + len(tok) > 14:
                break
            if text.startswith(_SPEECH_OPENERS, end) or (mode != "formal" and describes_person(tok, self._th.words)):
                break  # keep round 3 — พี่แอม|ใจดี, เฮียตง|บอกว่า: the nickname ends before the predicate
            so_far = text[pos:end]
            if (
                len(so_far) >= 4 and self._th.is_name(so_far) and tok in self._th.words
                and tok not in self._lex.th_name_pieces
            ):
                break  # a complete listed name followed by a word: สมศักดิ์|ประสาน
            if mode == "strict" and tok in self._th.words and not self._th.is_name(tok):
                break
            end += len(tok)
        if end < len(text) and text[end] == "." and (len(first) <= 1 or _ABBREVIATION.fullmatch(text[pos:end])):
            return None  # ครู ตชด.: an abbreviated unit (no vowel written), not a name
        if mode == "formal":
            end = self._whole_chunk_end(text, pos, end, m.end())
            end = self._glued_cue_end(text, pos, end, m.end())
        return end

    def _dotted_whole(self, text: str, m: re.Match, tokens: list[str]) -> int | None:
        """ด.ช.จะ|ก่อ, ด.ญ.มะ|ลิ: a dotted title is always followed by a name, so a chunk of up to
        ten letters standing alone is the given name even when its first syllable is a function
        word; the pieces after that syllable must not be function or clause words (ด.ช.จะ|ไป)."""
        word = m.group(0)
        if (
            len(tokens) < 2 or not 3 <= len(word) <= 10 or word in self._th.words
            or tokens[0] not in self._block or len(tokens[0]) > 3
            or not re.match(r"(?:[^\S\n]|[,;:()\n\"”']|$)", text[m.end():])
        ):
            return None
        if any(t in self._lex.th_not_names or t in _DOTTED_NOT_PIECES or _clause_word(t) for t in tokens[1:]):
            return None
        return m.end()

    def _clause_goes_on(self, tokens: list[str]) -> bool:
        """After a verb, two dictionary words glued (ขายของ|อยู่|หน้า, ซ่อม|รถ|ให้): a clause runs on.
        A name that opens with a verb's syllables stops sooner: ลุงหมุน| (a space, then the
        family name), ปะ|เกิง (no word), พี่จำ|ปูน| (one word, then a space)."""
        rest = tokens[1:3]
        return len(rest) == 2 and all(t in self._th.words and not self._th.is_name(t) for t in rest)

    def _glued_cue_end(self, text: str, pos: int, end: int, chunk_end: int) -> int:
        """A run-on note glues a full name (given + family, no space) to what comes next:
        นายศักดิ์ดารักษาศรี|ซอยหลัง…, นายอับดุลเลาะมะดีเยาะ|อายุ47. Up to a following age, soi,
        house-number or phone word, the words after the given name are its family name when none
        of them is a function, clause or role word."""
        window = text[end:min(chunk_end, pos + 26)]
        cut = min((k for k in (window.find(c) for c in _GLUED_CUES) if k > 0), default=-1)
        if cut < 2:
            return end
        tokens = [t for t in self._th.tokenize(window[:cut]) if t]
        if len(tokens) > 3 or any(
            t in self._block or t in self._th.stopwords or t in _RELATION_NOUNS or t.startswith(_CLAUSE_PREFIXES)
            for t in tokens
        ):
            return end
        return end + cut

    def _spaced_full_name(self, text: str, pos: int) -> int | None:
        """ยาย คำผอง ศรีวงศ์ทองดี: a spaced word after a kin title is usually a new clause, but
        a word then a family-name-shaped word (listed, or an unknown compound) is a full name."""
        from assistant.redact.recognizers.person_th_line import slot_names

        m = _SPACED_FULL.match(text, pos)
        if not m or m.group(1) in self._block or text.startswith(_SPEECH_OPENERS, pos):
            return None
        if self._th.tokenize(m.group(1))[0] == "คน" or m.group(2).startswith(_BODY_HEADS):
            return None  # น้อง|คนเล็ก|เข้า ศูนย์พัฒนาเด็กเล็ก: "the youngest goes to a centre"
        if m.group(1) in self._th.words and not self._th.is_name(m.group(1)) and len(m.group(1)) <= 3:
            return None
        if m.group(2) in self._th.words or m.group(2).startswith((*_CLAUSE_PREFIXES, *DESCRIPTION_OPENERS)):
            return None  # ยายหอม ยิ้มแย้ม ตอบ…: an ordinary word after the name describes her
        if not self.single_word(m.group(1)) or not slot_names().family_like(m.group(2)):
            return None
        return m.end()

    def single_word(self, chunk: str) -> bool:
        tokens = self._th.tokenize(chunk)
        return len(tokens) == 1 or all(len(t) <= 2 for t in tokens[1:]) or chunk not in self._th.words

    def _foreign_chunk_end(self, text: str, pos: int, chunk_end: int) -> int | None:
        """ครูซารีฟะห์, อาเบ๊อะ: after a title, a chunk standing alone that the dictionary does not
        know, spelled with foreign marks or cut into short pieces, is a name from another language."""
        word = text[pos:chunk_end]
        if (
            not 3 <= len(word) <= 14 or word in self._th.words
            or not re.match(r"(?:[^\S\n]|[,;:()\n\"”']|$)", text[chunk_end:])
        ):
            return None
        tokens = self._th.tokenize(word)
        if any(t in self._block or (len(t) >= 3 and t in self._th.words and not self._th.is_name(t)) for t in tokens):
            return None
        return chunk_end if _FOREIGN_MARKS.search(word) or all(len(t) <= 3 for t in tokens) else None

    def _predicate_cut(self, text: str, pos: int, tokens: list[str]) -> int | None:
        """ครูอ้อน|ลาป่วย, บังรอ|เซะ|ตี|ที่…: after a title, one or two words glued to a verb that
        only a person does (takes leave, hits, threatens) are the person's name, even when the
        name is also a word (อ้อน "to plead")."""
        for k in (1, 2):
            if len(tokens) <= k or tokens[k] not in _GLUED_PREDICATES:
                continue
            head = tokens[:k]
            word = "".join(head)
            if not 2 <= len(word) <= 10 or word in self._lex.th_not_names or word.startswith(_VERB_PREFIXES):
                return None
            if any(t in self._block for t in head) or (k == 2 and (word in self._th.words or all(t in self._th.words and len(t) >= 3 for t in head))):
                return None  # พ่อกรีด|ยาง|ตี 2: two ordinary words are a task, not a name
            after = pos + len(word) + len(tokens[k])
            if re.match(r"[^\S\n]*\d", text[after:after + 3]):
                return None  # ตี 2: the hour before dawn, not a blow
            if word in self._th.words and tokens[k] not in _ABSENCE_PREDICATES:
                return None  # พ่อโมโห|ตี: a mood before a blow; only absence says a listed word is a name
            return pos + len(word)
        return None

    def _parent_title_end(self, text: str, pos: int) -> int | None:
        """แม่ดอกคูน อายุ 52, พ่อทองสุข (…): แม่/พ่อ before an ordinary word is a title only when
        the word closes the chunk, is not a verb or role, and an age/bracket/address follows."""
        m = _CHUNK.match(text, pos)
        if not m or not 3 <= len(m.group(0)) <= 10 or not _ISAN_PARENT_FRAME.match(text, m.end()):
            return None
        word = m.group(0)
        tokens = self._th.tokenize(word)
        bad = self._block | self._lex.th_not_surnames | self._th.stopwords | _RELATION_NOUNS
        if any(t in bad for t in tokens) or word.startswith(_CLAUSE_PREFIXES) or len(tokens) > 2:
            return None
        return m.end()

    def _whole_chunk_end(self, text: str, pos: int, end: int, chunk_end: int) -> int:
        """นางสาวฟาตี|เมาะ ดือราแม: after a formal title, a short dictionary syllable left at the
        end of a chunk that stands alone is the rest of the given name, not a new word."""
        rest = text[end:chunk_end]
        if (
            not rest or len(rest) > 4 or chunk_end - pos > 16
            or not re.match(r"(?:[^\S\n]|[,;:()\n]|$)", text[chunk_end:])
        ):
            return end
        bad = self._block | self._lex.th_not_surnames | self._th.stopwords
        if rest in bad or rest.startswith(_VERB_PREFIXES) or len(self._th.tokenize(rest)) > 1:
            return end
        return chunk_end

    def _surname_end(self, text: str, end: int) -> int:
        """Extend over a family name after exactly one space (formal titles only)."""
        if end + 1 >= len(text) or text[end] != " ":
            return end
        m = _CHUNK.match(text, end + 1)
        if not m:
            return end
        chunk = m.group(0)
        if chunk in self._th.family_names:
            return _lineage_end(text, m.end())
        tokens = self._th.tokenize(chunk)
        first = tokens[0]
        if self._verb_led_family_name(chunk, tokens):
            return _lineage_end(text, m.end())  # ร.ต.ท.ชนาธิป มีสุขศรี
        if first in _PREDICATE_VERBS and len(tokens) > 1 and all(t in self._th.words for t in tokens[1:]):
            return end  # สามเณรต้นข้าว ติด|เกม: a verb and its object, even after a foreign-looking name
        if self._foreign_family_name(text, chunk, tokens, m.end(), end):
            return m.end()  # นางอาเยาะ มา|เยอ: an Akha family name, not the verb มา
        if (
            first in self._lex.th_not_surnames
            or chunk in self._lex.th_not_surnames
            or first in self._lex.th_soft_titles
            or chunk in self._th.stopwords  # ดร.อรรถวิทย์ ด้วย: a particle, not a family name
            or self._strong.match(chunk)
            or (chunk in self._th.words and chunk.startswith(_CLAUSE_PREFIXES))  # นางบุญเรือน ติดธุระ
            # สามเณรโตน ติด|โทรศัพท์: a clause verb standing as the first word opens a predicate
            or (len(tokens) > 1 and _clause_word(first))
            or chunk.startswith(_WHEN_WORDS)  # พญ.วรางคณา วันศุกร์: when the visit is, not a family name
            or chunk.startswith(DESCRIPTION_OPENERS)
        ):
            return end
        stop = end + 1 + len(first)
        for tok in tokens[1:]:
            if tok in self._lex.th_not_surnames:
                break
            stop += len(tok)
        head = text[end + 1:stop]
        if stop < m.end() and head in self._th.words and head.startswith(_CLAUSE_PREFIXES):
            return end  # a clause: ติดต่อ|ไม่ได้, not a family name
        return _lineage_end(text, stop) if stop - (end + 1) >= 2 else end

    def _is_field_label(self, word: str) -> bool:
        """อายุ, เบอร์, ที่อยู่: what a form or a table's header row names after its name field."""
        word = word.strip()
        return word in self._lex.th_not_surnames or word in self._lex.th_role_nouns

    def _cued_family_end(self, text: str, pos: int, end: int) -> int:
        """ชื่อภูริณัฐ วงศ์อมรเดช: a listed given name after a naming cue, then a spaced chunk
        shaped like a family name (listed, or an unknown compound standing alone)."""
        from assistant.redact.recognizers.person_th_line import slot_names

        if text[pos:end] not in self._th.given_names:
            return end
        m = re.match(rf"[^\S\n]([{THAI_LETTERS}]{{3,24}})(?=[^\S\n]|[,;:()\n]|$)", text[end:])
        return end + m.end() if m and slot_names().family_like(m.group(1)) else end

    def _foreign_given(self, text: str, end: int) -> bool:
        """The given name just before ``end`` is itself from another language (อาเยาะ): not a Thai
        word and not in the Thai given-name list."""
        m = re.search(rf"[{THAI_LETTERS}]+$", text[max(0, end - 16):end])
        word = m.group(0) if m else ""
        for title in sorted(self._lex.th_strong_titles, key=len, reverse=True):
            if word.startswith(title) and len(word) > len(title):
                word = word[len(title):]
                break
        return len(word) >= 3 and word not in self._th.words and word not in self._th.given_names

    def _foreign_family_name(self, text: str, chunk: str, tokens: list[str], chunk_end: int, end_given: int) -> bool:
        """A family name from another language that opens with a Thai function syllable (มาเยอ,
        อยู่ซอ): unknown to the dictionary, short syllables, one of them not a Thai word, standing alone."""
        return (
            len(tokens) >= 2 and chunk not in self._th.words and all(base_letters(t) <= 3 for t in tokens)
            and not all(t in self._th.stopwords for t in tokens) and not chunk.startswith(("ไม่", "ได้", "ยัง", "เคย"))
            and tokens[1] not in _VERB_PREPOSITIONS  # (session 28) พระสมชาย มา|ที่|บ้าน: a verb and where to
            and (any(len(t) >= 2 and t not in self._th.words for t in tokens) or self._foreign_given(text, end_given))
            and bool(re.match(r"(?:[^\S\n]|[,;:()\n]|$)", text[chunk_end:]))
        )

    def _verb_led_family_name(self, chunk: str, tokens: list[str]) -> bool:
        """มีสุขศรี, มีชัย, อยู่เย็น: family names open with มี/อยู่ (listed as "not a surname"
        because "นายก มีไข้" is a clause); they count when the rest is made of name pieces."""
        rest = tokens[1:]
        return (
            tokens[0] in ("มี", "อยู่") and bool(rest) and chunk not in self._th.words
            and all(t in self._lex.th_name_pieces or t in _FAMILY_PIECES or t in self._th.family_names for t in rest)
        )

    def _soft_surname_end(self, text: str, end: int) -> int:
        """คุณมาลี แสนดี: after คุณ (which also means plain "you"), a spaced word is a family name
        only when it is a listed family name or an unknown compound standing alone, never a
        dictionary word or a clause (คุณมาลี เล่าว่า…, คุณแดง ร้องไห้)."""
        if end + 1 >= len(text) or text[end] != " ":
            return end
        m = _CHUNK.match(text, end + 1)
        if not m or not re.match(r"(?:[^\S\n]|[,;:()\n]|$)", text[m.end():]):
            return end
        chunk = m.group(0)
        if chunk in self._th.family_names:
            return m.end()
        if len(chunk) < 4 or chunk in self._th.words or chunk.startswith(DESCRIPTION_OPENERS):
            return end
        bad = self._lex.th_not_surnames | self._lex.th_not_names | self._th.stopwords
        tokens = self._th.tokenize(chunk)
        if any(t in bad for t in tokens) or _clause_word(tokens[0]):
            return end  # ลุงคำอ้าย มาจาก|เมือง…: a predicate, not a family name
        return m.end()

    def _glued_title(self, tok: str) -> str | None:
        """The title at the end of a token such as แม่คุณ or ลูกพี่ (kin word + คุณ/พี่/น้อง)."""
        if tok in self._lex.th_soft_titles:
            return None
        for title in ("คุณ", "พี่", "น้อง"):
            head = tok[: -len(title)]
            if tok.endswith(title) and head and (head in self._lex.th_soft_titles or head in _RELATION_NOUNS):
                return title
        return None

    def _kin_surname_end(self, text: str, end: int) -> int:
        """ยายบุญเรือน ศรีคำภา, ลุงชาญ วงศ์ทองดี (พ่อเลี้ยง), ตาสำอาง อิ่มบุญญา อายุ 78: after a
        kin-titled name, a spaced chunk standing alone is the family name when it is listed, or
        unknown to the dictionary, or (an ordinary word such as ใจเย็น) an age or a bracket
        follows it. A clause after the space (ยายฝน ยิ้มแย้ม) starts with a listed verb."""
        if end + 1 >= len(text) or text[end] != " ":
            return end
        m = _CHUNK.match(text, end + 1)
        if not m or len(m.group(0)) < 4:
            return end
        chunk = m.group(0)
        cued = bool(_AGE_AFTER.match(text, m.end()) or re.match(r"[^\S\n]*\(", text[m.end():]))
        glued = _GLUED_AGE.match(chunk)
        if glued:  # (session 23) แม่ทองใบ แสงอ่อน|อายุห้าสิบหก…: a run-on note glues the age on
            chunk, cued = glued.group(1), True
            m = _CHUNK.match(text, end + 1, end + 1 + len(chunk))
        if chunk in self._th.words and not cued:
            return end  # a listed family name that is also a word (ยิ้มแย้ม) needs the cue
        got = self._soft_surname_end(text, end)
        if got > end:
            return got
        if not cued:
            return self._unknown_surname_end(chunk, end, m.end())
        bad = self._lex.th_not_surnames | self._lex.th_not_names | self._th.stopwords | self._block
        tokens = self._th.tokenize(chunk)
        if chunk in bad or tokens[0] in bad or tokens[0].startswith(_VERB_PREFIXES):
            return end
        return m.end()

    def _unknown_surname_end(self, chunk: str, end: int, chunk_end: int) -> int:
        """ยายบุญหลง ปะ|ทุม|วัน: a compound the dictionary does not know, standing alone after the
        name and opening with no verb or function word, is the family name."""
        tokens = self._th.tokenize(chunk)
        if len(chunk) < 5 or chunk in self._th.words or len(tokens) < 2 or chunk.startswith(DESCRIPTION_OPENERS):
            return end
        if tokens[0] in self._th.stopwords or tokens[0].startswith(_VERB_PREFIXES) or _clause_word(tokens[0]):
            return end
        if any(t in self._lex.th_not_surnames or t in self._lex.th_not_names or len(t) > 6 for t in tokens):
            return end
        return chunk_end

    def _first_word_end(self, text: str, pos: int) -> tuple[str, int] | None:
        m = _CHUNK.match(text, pos)
        if not m:
            return None
        first = _merge_fragments(self._th.tokenize(m.group(0)))[0]
        return first, pos + len(first)

    def _named_word(self, text: str, pos: int) -> int | None:
        """End of the word after "ชื่อ " — a nickname even when it is an ordinary word (นก, ต่อ)."""
        got = self._first_word_end(text, pos)
        if not got:
            return None
        word, end = got
        if word in _NOT_A_GIVEN_NAME or word in self._lex.th_soft_titles or self._strong.match(word):
            return None
        whole = _CHUNK.match(text, pos)
        if whole and whole.end() > end and whole.end() - pos <= 14 and re.match(r"(?:[^\S\n]|[,;:()\n]|$)", text[whole.end():]):
            rest = self._th.tokenize(text[end:whole.end()])
            if not any(t in self._block or t in self._lex.th_not_surnames for t in rest):
                return whole.end()  # the whole chunk standing alone is the name: ชื่อ บุญ|เยี่ยม
        return end

    def _apposition(self, tokens: list[str], i: int) -> bool:
        """The kin word follows a relationship noun and a space: เพื่อนบ้าน ยายเขียน, ลูกสาว ป้าหอม."""
        if i < 2 or tokens[i - 1] != " ":
            return False
        # (session 36, set 118) or a school or care role said first: ครูประจำชั้น ครูโอ๋, ผู้อำนวยการ ครูแดง
        return tokens[i - 2] in _RELATION_NOUNS or "".join(tokens[max(0, i - 5):i - 1]).endswith(_ROLES_IN_APPOSITION)

    def _cued_word(self, text: str, pos: int, *, age_cue: bool) -> int | None:
        """A word after a kin title that context marks as a name even if it is also a verb
        (ตาเปลี่ยน อายุ 88): an age right after it, or an apposition before the title."""
        got = self._first_word_end(text, pos)
        if not got:
            return None
        word, end = got
        if len(word) < 2 or word in self._lex.th_soft_titles or word in self._lex.th_strong_titles:
            return None
        if age_cue:
            cued = _AGE_AFTER.match(text, end) or _PHONE_AFTER.match(text, end) or (
                text[:pos].endswith(_KIN_BEFORE_ROLE_BRACKET) and _ROLE_BRACKET_AFTER.match(text, end)
            )
            return end if cued and word not in self._lex.th_eye_words else None
        return end if word not in self._lex.th_not_names else None

    def _relative_glued(self, text: str, pos: int) -> int | None:
        """A word glued right after a relation noun (run-on notes): what the relative is called
        when a phone or an age follows it (หลานชายตังค์ 0619…, ลูกสาวแอ๋วอายุ39, session 16), or when
        no dictionary holds it (ลูกสะใภ้เหมยลี่ที่…). Not which one (คนโต, คนที่สอง), nor a clause."""
        got = self._first_word_end(text, pos)
        if not got:
            return None
        word, end = got
        if word.startswith(("คน", "ทั้ง", "ๆ", "สาว", "ชาย", "หญิง", "เขย", "สะใภ้", "เดี่ยว", "ฝรั่ง", "ชาว")) or word in self._block:
            return None  # ลูกสาว|คนโต, ลูกชาย|ทั้งสอง, ลูก|สาวใช้, ผู้ป่วย|หญิง 45 ปี, แม่เลี้ยง|เดี่ยว
        if self._th.acts(word):
            return None  # ลูกสาว|ทำงาน
        if describes_person(word, self._th.words) or is_occupation(word) or word in _RELATION_NOUNS:
            return None
        if _PHONE_AFTER.match(text, end) or _AGE_AFTER.match(text, end):
            return end if word not in self._lex.th_eye_words and len(word) >= 2 else None
        m = _CHUNK.match(text, pos)
        for tok in _merge_fragments(self._th.tokenize(m.group(0)))[1:]:
            if tok in self._block or (tok in self._th.words and base_letters(tok) > 2):
                break
            word, end = word + tok, end + len(tok)  # เหมย|ลี่: a foreign name the tokenizer cut
        unknown = len(word) >= 3 and word not in self._th.words and not self._lex.th_loanword_re.match(word)
        return end if unknown else None

    def _bracketed_end(self, text: str, pos: int) -> int | None:
        """(เจ๊นิด): a title and one word filling a bracket is a name even when the word is a
        particle elsewhere (นิด "a little")."""
        m = _CHUNK.match(text, pos)
        if not m or text[m.end():m.end() + 1] != ")" or not 2 <= len(m.group(0)) <= 10:
            return None
        word = m.group(0)
        if word in self._lex.th_not_names or word in self._lex.th_soft_titles or word.startswith(_CLAUSE_PREFIXES):
            return None
        return m.end()

    def _title_opens_word(self, run: str, pos: int, title: str) -> bool:
        """The title is the first letters of a dictionary word followed by ordinary words: นายหน้า|
        หักเงิน (a broker), นายจ้าง|ไม่จ่าย, นางพยาบาล|แจ้ง — a role, not "Mr/Mrs" and a name. When a
        name follows the role word (นางพยาบาล|สมศรี), or the letters only read as title + name
        (นาย|กร: นายก|ร leaves a lone letter), the title stands."""
        if title.endswith("."):
            return False
        chunk = re.match(rf"[{THAI_LETTERS}]+", run[pos:])
        if not chunk:
            return False
        word = chunk.group(0)
        for size in range(min(len(word), 14), len(title), -1):
            head = word[:size]
            if head in self._th.words and not self._th.is_name(head):
                name = self._th.tokenize(word[len(title):])[0]
                if len(name) >= 3 and self._th.is_name(name) and len(title) + len(name) > size:
                    return False  # (session 23) นาย|กมล, นาย|กวิน: a listed name reads further than นายก|มล
                rest = word[size:]
                if not rest:
                    return True
                first = self._th.tokenize(rest)[0]
                return len(first) > 1 and first in self._th.words and not self._th.is_name(first)
        return False

    def _title_after_word(self, run: str, pos: int, title: str) -> bool:
        """ครอบครัวนายสมพร: the title is glued to a whole word before it (not part of ทนาย)."""
        start = pos
        while start > 0 and re.match(rf"[{THAI_LETTERS}]", run[start - 1]):
            start -= 1
        before = run[start:pos]
        tokens = self._th.tokenize(before)
        return (
            len(before) >= 2 and "".join(tokens) == before and all(len(t) > 1 for t in tokens)
            and tokens[-1] in self._th.words and (
                self._th.tokenize(before + title)[-1] == title
                # (session 18) แจ้งว่า|นางหมอกคำ: newmm cuts ว่าน|าง (ว่าน, a plant), but a title
                # after "that", "is", "with", "of" opens a name
                or tokens[-1] in _WORDS_BEFORE_A_NAME
                # (session 20) a kin word glued before the title: กับแม่|นางบุญเรือน (newmm reads แม่นาง)
                or tokens[-1] in self._lex.th_soft_titles or tokens[-1] in _RELATION_NOUNS
            )
        )

    # ------------------------------------------------------------------ analysis
    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for start, end, lang in script_runs(text):
            if lang is Language.TH:
                self._analyze_run(text, start, end, out)
        for m in _CALLED_QUOTED.finditer(text):
            out.append(self.result(PERSON, m.start(1), m.end(1), 0.8))
        if "ชื่อเล่น" in text:
            for m in _NICKNAME_LATIN.finditer(text):
                out.append(self.result(PERSON, m.start(1), m.end(1), 0.8))
        if any(cue in text for cue in ("เบอร์", "มือถือ", "โทร", "ส่วน", "ของ")):
            for m in _PHONE_OWNER.finditer(text):
                group = "n" if m.group("n") else "o"
                if self._phone_owner(m.group(group)):
                    out.append(self.result(PERSON, m.start(group), m.end(group), 0.7))
        if "จาย" in text:
            out.extend(self._shan_names(text))
        if "ว่า" in text:  # the teller's verbs all end in ว่า
            out.extend(self._speakers_standing_apart(text))
            out.extend(self._nicknames_telling(text))
        if "ผู้" in text:
            out.extend(self._who_labels(text))
        return [r for r in out if not self._reads_across_abbreviation(text, r)]

    def _who_labels(self, text: str) -> list[RecognizerResult]:
        """Session 24 — ผู้ส่งเวร: ศิริลักษณ์, ผู้ส่ง: เมย์  ผู้รับ: ครีม: a form or handover field that
        asks who (sender, receiver, writer, informant) holds a person — one word that is a listed
        name or nickname, or no dictionary word; a role or a remark there (นักสังคมสงเคราะห์,
        ไม่ระบุ, ทีมสหวิชาชีพ) names no one."""
        out: list[RecognizerResult] = []
        for m in _WHO_LABEL.finditer(text):
            word = m.group("w")
            tokens = self._th.tokenize(word)
            if word in self._lex.th_role_nouns or word.startswith((*_ROLE_OPENERS, "ทีม", "ไม่")):
                continue
            if any(t in self._th.stopwords or t in self._block for t in tokens):
                continue
            if self._th.is_name(word) or word in self._lex.th_word_nicknames or word not in self._th.words:
                out.append(self.result(PERSON, m.start("w"), m.end("w"), 0.7))
        return out

    def _nicknames_telling(self, text: str) -> list[RecognizerResult]:
        """Session 26 — …ของตัวเองกอล์ฟ|บอกว่า…: in a run-on note a common nickname glued before a
        verb of telling is the one who told, however the words before it run on (rain and stars do
        not tell: ฝน, ดาว there are the girls so called). Only listed nicknames, the word the
        tokenizer cuts last before the verb."""
        out: list[RecognizerResult] = []
        for m in _TELLING.finditer(text):
            before = text[max(0, m.start() - 24):m.start()]
            run = re.search(rf"[{THAI_LETTERS}]+$", before)
            if run is None:
                continue
            tokens = self._th.tokenize(run.group(0))
            word = tokens[-1] if tokens else ""
            if word in self._lex.th_word_nicknames and word not in self._th.stopwords and (
                len(tokens) == 1 or tokens[-2] not in self._titles_longest_first
            ):
                out.append(self.result(PERSON, m.start() - len(word), m.start(), 0.6))
        return out

    @cached_property
    def _teller(self) -> re.Pattern[str]:
        """An honorific that opens a Burmese, Karen, Shan or Mon name, a space, then a word glued to
        a verb of telling (มิ ซานดา|เล่าว่า)."""
        honorifics = "|".join(sorted(self._lex.th_name_opening_honorifics, key=len, reverse=True))
        return re.compile(
            rf"(?:{honorifics})[^\S\n](?P<w>[\u0E01-\u0E4E]{{3,14}}?)(?=เล่าว่า|บอกว่า|พูดว่า|ถามว่า|ตอบว่า|แจ้งว่า)"
        )

    def _speakers_standing_apart(self, text: str) -> list[RecognizerResult]:
        """Session 24 — มิ ซานดา|เล่าว่า…: after an honorific that opens a Burmese or Mon name and a
        space, a word no dictionary holds, glued to a verb of telling, is the one who told: a
        transliterated name the rules had no title or kin word for. Function words, kin and role
        words and titles inside it say it is a phrase instead (a word standing apart alone, with
        no honorific, cost a keep string on a blind set)."""
        out: list[RecognizerResult] = []
        for m in self._teller.finditer(text):
            word = m.group("w")
            if (
                word in self._th.words or word in self._lex.th_role_nouns
                or word.startswith(tuple(self._lex.th_soft_titles | self._lex.th_strong_titles) + _ROLE_OPENERS)
            ):
                continue  # ผู้รับบริการ|เล่าว่า: the client's role, not a name
            tokens = self._th.tokenize(word)
            if any(t in self._th.stopwords or t in self._block or t in _RELATION_NOUNS or self._th.acts(t) for t in tokens):
                continue
            out.append(self.result(PERSON, m.start("w"), m.end("w"), 0.65))
        return out

    def _shan_names(self, text: str) -> list[RecognizerResult]:
        """Session 24 — Shan men's names open with จาย (Sai) wherever they stand, with no title:
        ผู้ป่วย: จายแสงหอม, ห่วงจายจั๋น|ที่ยังไม่ได้…. No Thai word opens with จาย + a consonant,
        and the words that hold it (กระจาย, ขจาย, กำจาย) are passed over. The name takes one or two
        syllables after จาย, stopping at a function word, a verb or a kin or role word."""
        out: list[RecognizerResult] = []
        for m in _SAI.finditer(text):
            if text[max(0, m.start() - 4):m.start()].endswith(_SAI_INSIDE_WORDS):
                continue
            run = _CHUNK.match(text, m.end())
            if not run:
                continue
            taken = ""
            for tok in self._th.tokenize(run.group(0))[:2]:
                if (
                    tok in self._th.stopwords or tok in self._block or tok in _RELATION_NOUNS or self._th.acts(tok)
                    or tok.startswith(_SPEECH_OPENERS)
                ):
                    break
                taken += tok
            if len(taken) >= 2:
                out.append(self.result(PERSON, m.start(), m.end() + len(taken), 0.7))
        return out

    def _reads_across_abbreviation(self, text: str, r: RecognizerResult) -> bool:
        """Session 24 — ลูกสาวที่|อ.พัฒนานิคม: a "name" made of a function word and the first letter
        of a district's or a sub-district's abbreviation (อ., ต., จ.) is where someone went, not who."""
        span = text[r.start:r.end]
        return (
            r.end < len(text) and text[r.end] == "." and len(span) >= 2 and span[-1] in "อตจ"
            and span[:-1] in self._th.stopwords
        )

    @staticmethod
    def _kin_before(tokens: list[str], i: int) -> bool:
        """A kin noun right before คือ, or before a word saying which one (คนเดียว, คนโต, คนเล็ก)."""
        prev = tokens[i - 1] if i else ""
        if prev in WHICH_CHILD and i >= 2:
            prev = tokens[i - 2]
        elif i >= 3 and tokens[i - 2] + tokens[i - 1] in WHICH_CHILD:  # คน|เล็ก as newmm cuts it
            prev = tokens[i - 3]
        elif i >= 3 and tokens[i - 2] == "ของ" and (tokens[i - 1] in _OF_WHOM or tokens[i - 1] in _RELATION_NOUNS):
            # (session 21) แม่|ของ|เด็ก|คือ|สายใจ: "the children's mother is Saijai"
            return tokens[i - 3] in _RELATION_NOUNS or tokens[i - 3] in _KIN_OF
        return prev in _RELATION_NOUNS

    def _phone_owner(self, word: str) -> bool:
        """The word between เบอร์/มือถือ and a number is whose number it is (เบอร์สุดใจ๐๘๓…,
        มือถือเอ็ม089…) unless it says which kind of number (บ้าน, ใหม่, ติดต่อ) or is a kin or role
        word (เบอร์แม่: the title alone; a titled name is the kin rule's)."""
        tokens = self._th.tokenize(word)
        if len(tokens) > 2 or word in _PHONE_KINDS or tokens[0] in _PHONE_KINDS:
            return False
        if any(t in self._block or t in _RELATION_NOUNS or t in self._lex.th_role_nouns for t in tokens):
            return False
        if any(word.startswith(t) for t in self._lex.th_soft_titles | self._lex.th_strong_titles):
            return False
        from assistant.redact.gazetteer import thai_place_names

        if word in thai_place_names():
            return False  # เบอร์ไต้หวัน: a number of that country, not a person's
        return not (self._th.acts(tokens[0]) or describes_person(tokens[0], self._th.words) or is_occupation(word))

    def _analyze_run(self, text: str, start: int, end: int, out: list[RecognizerResult]) -> None:
        run = text[start:end]
        # session 8 — a given name and its clan name in a list (เมยหลี แซ่ท่อ, ต๋ง แซ่จาง): แซ่ marks a person
        if "แซ่" in run:
            for m in _GIVEN_CLAN.finditer(run):
                given, at = m.group("g"), m.start()
                first = self._th.tokenize(given)[0]
                if len(given) > len(first) and (first in _RELATION_NOUNS or first in self._lex.th_soft_titles):
                    given, at = given[len(first):], at + len(first)  # สามี|เล่าเจ๋อ แซ่ลี: the kin word stays
                if given not in self._th.stopwords and given not in self._block and not given.startswith(_CLAUSE_PREFIXES):
                    out.append(self.result(PERSON, start + at, start + m.end(), 0.8))
        # formal titles: always followed by a name
        for m in self._strong.finditer(run):
            title = m.group(0)
            before = run[m.start() - 1] if m.start() else " "
            if (
                not title.endswith(".") and re.match(rf"[{THAI_LETTERS}]", before)
                and not self._title_after_word(run, m.start(), title)
            ):
                continue  # inside another word (ทนาย, ศ. in a word)
            if len(title) <= 2 and re.match(rf"[{THAI_LETTERS}]", before):
                continue  # นศ.ชั้นปี 2: ศ. closes another abbreviation (นักศึกษา), not a title
            if self._title_opens_word(run, m.start(), title):
                continue  # นายหน้า|หักเงิน: a broker, an employer (นายจ้าง), a nurse (นางพยาบาล)
            if "." in title[:-1] and _INSIDE_ABBREVIATION.search(run, 0, m.start()):
                continue  # กศน.อ.แก่งคอย: น.อ. (a naval rank) read across another abbreviation
            pos = m.end()
            if pos < len(run) and run[pos] == " ":
                pos += 1
            if run.startswith(_PREPOSITION_AFTER_TITLE, pos):
                continue  # พระอาจารย์|จากวัด…: "the abbot from the temple", no name (newmm cuts จา|กวัด)
            # (session 23) คุณนาย is "madam": what follows may say how she is (คุณนาย|ใจดี), as after a kin word
            madam = title in ("นาย", "นาง") and run[:m.start()].endswith("คุณ")
            name_end = self._name_tokens(run, pos, mode="kin" if madam else "formal")
            if name_end is None:  # นายเล่าจู แซ่ว่าง: a clan surname makes the word before a name
                given = _CHUNK.match(run, pos)
                if not (given and len(given.group(0)) <= 10 and _CLAN.match(run, given.end())):
                    continue
                name_end = given.end()
            if not title.endswith(".") and self._th.tokenize(run[m.start():name_end])[0] != title:
                continue  # นายจ้าง, นางพยาบาล: the title is part of a longer word
            name_end = self._surname_end(run, name_end)
            clan = _CLAN.match(run, name_end)
            if clan and name_end < len(run):
                name_end = clan.end()
            out.append(self.result(PERSON, start + m.start(), start + name_end, 0.9))
        # "ชื่อ " + word, found on the raw text too: newmm may glue ชื่อ to the word before (สา|มีชื่อ)
        for m in _NAMED_SPACE.finditer(run):
            if not run[: m.start()].endswith(tuple(_NOT_NAMING)):
                name_end = self._named_word(run, m.end())
                if name_end is not None and not self._is_field_label(run[m.end():name_end]):
                    out.append(self.result(PERSON, start + m.end(), start + name_end, 0.8))
        # kin/role words and nickname cues, on tokens
        offset = 0
        tokens = self._th.tokenize(run)
        for i, tok in enumerate(tokens):
            tok_start = offset
            offset += len(tok)
            glued = self._glued_title(tok)
            if glued:  # แม่คุณ|วาสนา: the dictionary glues a kin word to คุณ/พี่/น้อง
                tok_start += len(tok) - len(glued)
                tok = glued
            if tok in self._lex.th_soft_titles and not run.startswith(_KIN_LED_WORDS, tok_start):
                pos = offset + (1 if offset < len(run) and run[offset] == " " else 0)
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                if tok == "ตา" and nxt in self._lex.th_eye_words:
                    continue
                if tok == "คุณ" and nxt in self._lex.th_soft_titles and offset < len(run) and run[offset] != " ":
                    continue  # (session 18) คุณ|ยาย|ลงมา: "grandma", polite; the kin word is the cue
                if run.startswith(_TITLED_ROLES, tok_start):
                    continue  # พี่|เลี้ยงรับ|ส่ง as the tokenizer cuts it: a role word (a nanny)
                spaced = pos > offset  # "ยาย ตอบคำถาม": a spaced word is usually a new clause
                mode = "strict" if tok in self._lex.th_strict_titles or spaced else "kin"
                name_end = self._spaced_full_name(run, pos) if spaced else None
                if name_end is None:
                    name_end = self._name_tokens(run, pos, mode=mode)
                if name_end is None and not spaced:  # ยายคำ|ผาย ไชยสิทธิ์ทอง: a full name after all
                    full = self._spaced_full_name(run, pos)
                    family = run[pos:full].split()[-1] if full else ""
                    if full and (family in self._th.family_names or "\u0e4c" in family):
                        name_end = full  # only a clearly family-shaped word (listed, or spelled with ์)
                if name_end is None and not spaced and self._apposition(tokens, i):
                    name_end = self._cued_word(run, pos, age_cue=False)
                if name_end is None and not spaced:
                    name_end = self._cued_word(run, pos, age_cue=True)
                if name_end is None and not spaced and tok in ("แม่", "พ่อ"):
                    name_end = self._parent_title_end(run, pos)
                if name_end is None and not spaced and run[tok_start - 1:tok_start] == "(":
                    name_end = self._bracketed_end(run, pos)
                if name_end is not None:
                    if tok == "คุณ":
                        name_end = self._soft_surname_end(run, name_end)
                    elif tok in self._lex.th_strict_titles:
                        if not spaced and " " not in run[pos:name_end]:
                            # ครูอำไพ ชุ่มชื่นจิต, จ่าไพฑูรย์ ปิ่นมณี: a role title's family name is read as
                            # a kin title's is (listed, unknown, or an age or bracket after it)
                            name_end = self._kin_surname_end(run, name_end)
                    else:
                        name_end = self._kin_surname_end(run, name_end)
                        full = self._spaced_full_name(run, pos)
                        if full is not None and full > name_end and run[pos:name_end].strip() == run[pos:full].split()[0]:
                            name_end = full  # ป้าสายทอง มณีวรรณ|กู|ล: the family name the tokenizer cut
                    out.append(self.result(PERSON, start + tok_start, start + name_end, 0.75))
            elif tok in _CONTACT_RELATIONS and offset < len(run) and run[offset] != " ":
                name_end = self._relative_glued(run, offset)
                if name_end is not None:
                    out.append(self.result(PERSON, start + offset, start + name_end, 0.75))
            elif tok == "คือ" and self._kin_before(tokens, i) and offset < len(run):
                # (session 20) ลูกชายคนเดียว|คือ|บอย: "the only son is Boy", as ชื่อ would say it
                pos = offset + (1 if run[offset] == " " else 0)
                name_end = None if run.startswith(TH_BODY_HEADS, pos) else self._name_tokens(run, pos, mode="kin")
                if name_end is not None and not self._is_field_label(run[pos:name_end]) and not (
                    run[pos:name_end].startswith(tuple(_NOT_A_NICKNAME_HEAD))
                    and all(t in self._th.words for t in self._th.tokenize(run[pos:name_end]))
                ):
                    out.append(self.result(PERSON, start + pos, start + name_end, 0.75))
            elif tok in self._lex.th_nickname_cues:
                q = _QUOTED.match(text, start + offset)
                if q:
                    out.append(self.result(PERSON, q.start(1), q.end(1), 0.8))
                    continue
                pos = offset + (1 if offset < len(run) and run[offset] == " " else 0)
                if tok == "ชื่อ" and pos > offset and (i == 0 or tokens[i - 1] not in _NOT_NAMING):
                    name_end = self._named_word(run, pos)  # "แม่ชื่อ แหม่ม": the word after is the name
                else:
                    name_end = self._name_tokens(run, pos, mode="strict" if tok == "ชื่อ" else "kin")
                    if name_end is None and tok != "ชื่อ":  # เรียกว่าไอ|ริ|ส (she/her): the chunk is the name
                        name_end = self._named_word(run, pos)
                # (session 18) a field label after the cue is the next column, not the name:
                # ชื่อเล่น<TAB>อายุ in a table's header row
                if name_end is not None and not self._is_field_label(run[pos:name_end]):
                    name_end = self._cued_family_end(run, pos, name_end)
                    out.append(self.result(PERSON, start + pos, start + name_end, 0.8))


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
