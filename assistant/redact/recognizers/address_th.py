"""Thai addresses: a chain of at least two parts among house number (บ้านเลขที่ 12/3),
หมู่, village (บ้าน…), ซอย/ถนน, ตำบล/อำเภอ/จังหวัด (ต./อ./จ.) and a postcode.

A single part is not enough ("ม.1" is a school grade, "อ." may be a lecturer), so only chains
are reported.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule, to_ascii_digits
from assistant.redact.regex_gate import gate_patterns, gated
from assistant.redact.types import ADDRESS

_TH = r"[\u0E01-\u0E4E]+"
#: A house number, labelled or standing before หมู่/ซอย/ถนน — never an age (อายุ 17 ม.5: a school year).
#: session 31 — a number said in words, as speech-to-text writes it (บ้านเลขที่เก้าสิบเก้า หมู่หก,
#: สองร้อยสิบ ทับ สาม): the same house and village numbers.
_DIGIT_WORD = r"(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|ศูนย์)"
_NUMBER_WORDS = rf"{_DIGIT_WORD}+(?:[^\S\n]?(?:ทับ|/)[^\S\n]?{_DIGIT_WORD}+)?"
_HOUSE = (
    r"(?:(?:บ้านเลขที่|เลขที่)\s*\d{1,5}(?:/\d{1,4})?|(?<!อายุ )(?<!อายุ)\d{1,5}(?:/\d{1,4})?(?=\s*(?:หมู่|ม\.\s*\d|ซ\.|ซอย|ถ\.|ถนน))"
    rf"|(?:บ้านเลขที่|เลขที่)[^\S\n]?{_NUMBER_WORDS}|(?<![\u0E01-\u0E4E]){_NUMBER_WORDS}(?=[^\S\n]*หมู่(?:ที่)?[^\S\n]?(?:\d|{_DIGIT_WORD})))"
)
_MOO = rf"(?:(?:หมู่ที่|หมู่|ม\.)\s*\d{{1,2}}(?!\d)|(?:หมู่ที่|หมู่)[^\S\n]?{_DIGIT_WORD}{{1,3}}(?!{_DIGIT_WORD}))"
#: keep round 3 — บ้าน + a function word or a person (บ้าน|กับพี่ชาย, บ้าน|ของ…, บ้าน|นายจ้าง):
#: someone's home, no village name.
_NOT_VILLAGE = (
    "กับ|ของ|และ|พี่ชาย|พี่สาว|น้องชาย|น้องสาว|นายจ้าง|เจ้านาย|เพื่อน|ญาติ|แฟน|ลูกค้า"
    # (session 12) a kin word then a clause or a space: บ้านแม่ที่ อ.X is mother's house (บ้านแม่สาย stays)
    r"|(?:แม่|พ่อ|ยาย|ตา|ป้า|ลุง|น้า|อา|ย่า|ปู่|ลูก|สามี)(?=ที่|อยู่|และ|กับ|ของ|[^\S\n]|$)"
)
#: เยี่ยมบ้าน (a home visit) is no village, and a village is not named by a day or a time
#: (เยี่ยมบ้านวันศุกร์บ่ายสองโมงบ้านเลขที่…: the address starts at บ้านเลขที่).
#: (session 39) In run-on Thai the name stops where its หมู่ and number begin (บ้านห้วยไผ่หมู่สิบสอง|ชาวบ้าน…):
#: otherwise the name ran on over the number and the chain saw one part.
_MOO_START = rf"หมู่(?:ที่)?[^\S\n]?(?:[\d๐-๙]|{_DIGIT_WORD})"
_VILLAGE = (
    rf"(?<!เยี่ยม)(?<!แม่)(?<!พ่อ)(?<!ลูก)(?:หมู่บ้าน|บ้าน)(?!เลขที่|วัน|เมื่อ|ตอน|พรุ่งนี้|เช้า|บ่าย|เย็น|ค่ำ|{_NOT_VILLAGE})"
    rf"(?:(?!{_MOO_START})[\u0E01-\u0E4E])+"
)
#: The soi number stays on the same line: "ซ.วัดไผ่ล้อม\n2Q +" is a soi, then a screening result.
#: A side-soi number (ซอยลาดกระบัง 54 แยก 7) stays inside the soi part: the run is one address.
_ROAD = rf"(?:(?:ซอย|ซ\.)[^\S\n]?\d{{1,3}}(?:/\d{{1,3}})?(?![\d/])|(?:ซอย|ซ\.|ถนน|ถ\.)[^\S\n]?(?:{_TH}|[A-Za-z]+)(?:[^\S\n]?\d{{1,3}}(?:/\d{{1,3}})?)?(?:[^\S\n]?แยก[^\S\n]?\d{{1,3}}(?!\d))?)"
#: A hyphen joins a name's parts (สุไหงโก-ลก, ปะลุรู-ตาบา): the part runs on past it, so one
#: address is one span, not two halves around the hyphen.
#: In a run-on note the next part glues on (ต.ตะโละอ.ยะหริ่ง): a name never ends in the letter of
#: the next part's abbreviation.
_TH_NAME = r"(?:(?![ตอจซถม]\.)[\u0E01-\u0E4E])+"
#: (session 10: the ต. of รพ.สต., a health centre, is no sub-district; session 18: nor the อ. of
#: ศอ.บต., the southern border provinces' administration centre)
#: (session 29: no unit is named by a clause word — ครูกศน.ตำบล|เรื่อง|ลงทะเบียน… is "the
#: sub-district's teacher about registering", and a run-on note went on from there for a line)
_ADMIN = (
    # (session 30: ต.ค. is October — ย้ายมาจากบ้านน้ำเค็มเมื่อ ต.ค. had been read as a sub-district)
    rf"(?:ตำบล|(?<!รพ\.ส)ต\.(?!ค\.)|แขวง|อำเภอ|(?<!ศ)อ\.|เขต|จังหวัด|จ\.)\s?"
    rf"(?!เรื่อง|ที่|ว่า|และ|กับ|ของ|ให้|นี้|นั้น|ไหน|ใด|เดียวกัน|ใกล้เคียง){_TH_NAME}(?:-{_TH_NAME})*"
)
_POST = r"\d{5}(?!\d)"
#: Condo rooms, floors and buildings (ห้อง 1208 ชั้น 12 อาคาร B) and the capital written short.
_ROOM = r"(?:ห้อง(?:เลขที่)?|ชั้น(?:ที่)?|อาคาร|ตึก)\s?(?:\d{1,4}(?:/\d{1,4})?|[A-Z]\d{0,4}(?![A-Za-z\d]))"
#: A condo, apartment or dormitory with an English (or Thai) building name: คอนโด The Seacoast,
#: หอพัก Baan Suan; it only counts inside a chain (with ห้อง 1207, ถนน …), like every part.
_BUILDING = (
    rf"(?:คอนโด(?:มิเนียม)?|หอพัก|หอ|อพาร์ทเม้นท์|อพาร์ตเมนต์|แมนชั่น|แมนชัน|อาคารชุด|ห้องเช่า|บ้านเช่า|แฟลต)[^\S\n]?"
    rf"(?:(?!ห้อง|ชั้น|ซอย|ซ\.|ถนน|ถ\.|แถว|ย่าน|ที่|ใน|ของ|ใกล้|พัก|หลัง|หน้า|ข้าง|ตรงข้าม|ติด|ราคา|ราย|หมู่|เลขที่|บ้านเลขที่){_TH}|[A-Z][A-Za-z'’\-]*(?:[^\S\n][A-Z][A-Za-z'’\-]*|[^\S\n]\d{{1,3}}(?!\d)){{0,4}})"
)
_CAPITAL = r"(?:กทม\.?|กรุงเทพฯ|กรุงเทพมหานคร|พัทยา|หาดใหญ่|ศรีราชา|บางแสน|แม่สอด|แม่สาย|หัวหิน|เบตง)(?![\u0E01-\u0E4E])"
_PART = rf"(?:{_HOUSE}|{_MOO}|{_ROAD}|{_ADMIN}|{_VILLAGE}|{_POST}|{_BUILDING}|{_ROOM}|{_CAPITAL})"
_CHAIN = re.compile(rf"(?<![\d/]){_PART}(?:[ \t]*,?[ \t]*{_PART})+")

_STRONG = re.compile(rf"{_HOUSE}|{_MOO}|{_ROAD}|{_ADMIN}")
_ROAD_OR_ADMIN = re.compile(rf"{_ROAD}|{_ADMIN}|{_HOUSE}|{_MOO}|{_BUILDING}")


def _is_address(value: str) -> bool:
    """At least two parts, one of them more than a village name or a postcode."""
    return bool(_ROAD_OR_ADMIN.search(value)) and len(re.findall(_PART, value)) >= 2


#: A lone soi or road is an address when it carries a number (ซ.สุขุมวิท 71, ซอยลาดพร้าว 101)
#: or follows a residence cue (อยู่บ้านเช่าซอยวัดลาดปลาดุก, ห้องเช่าแถว ถ.เพชรเกษม) or a spot on the soi
#: (ปากซอยวัดโพธิ์แก้ว, ท้ายซอยร่วมใจ — where a motorbike-taxi stand or a home is): a name after
#: ซอย/ถนน alone could be the verb "chop" or a road in passing.
#: (session 7: the name is at most 24 letters — in run-on Thai an unbounded run reached from
#: «ถนน» to the phone number at the paragraph's end and hid everything between)
_SOI_NUMBERED = re.compile(
    r"(?<![\d/])(?:ซอย|ซ\.|ถนน|ถ\.)[^\S\n]?(?:[\u0E01-\u0E4E]{1,24}|[A-Z][A-Za-z]+)[^\S\n]?\d{1,3}(?:/\d{1,3})?(?![\d/\-])"
)
_SOI_CUED = re.compile(
    # (session 12: บริเวณ, the stretch of road where a child sells or sleeps: บริเวณถนนช้างคลาน)
    rf"(?:อยู่|อาศัย|บ้านเช่า|ห้องเช่า|หอพัก|แถว|ย่าน|พักที่|บ้านอยู่|ย้ายไป|บริเวณ|(?:ปาก|ท้าย|หน้า)(?=ซอย[\u0E01-\u0E2E]))(?:ที่|แถว)?[^\S\n]?"
    rf"(?P<v>(?:ซอย|ซ\.|ถนน|ถ\.)[^\S\n]?(?:{_TH}|[A-Z][A-Za-z]+(?:[^\S\n][A-Z][A-Za-z]+)?))"
)
#: session 10 — in / at / from a named soi (หอในซอยรางน้ำ, นอนที่ซอยพญานาค): a weaker cue, so the
#: name must not open with a function word ("ผักที่ซอย|ไว้" stays a verb).
_SOI_AT = re.compile(rf"(?:ใน|ที่|จาก)[^\S\n]?(?P<v>(?:ซอย|ถนน)[^\S\n]?{_TH})")

#: The road word opening a soi or road value, with the space after it.
_ROAD_WORD = re.compile(r"^(?:ซอย|ซ\.|ถนน|ถ\.)[^\S\n]?")
#: Words after ซอย/ถนน that point at a soi without naming it (ปากซอยนี้, ท้ายซอยบ้าน, ซอยเดิม), or
#: say what kind of road it is (ถนนใหญ่, ถนนลูกรัง).
_SOI_GENERIC = (
    "นี้", "นั้น", "โน้น", "บ้าน", "เดิม", "ข้าง", "เล็ก", "ตัน", "แคบ", "เปลี่ยว", "ไหน", "ลึก",
    "ใหญ่", "หลัก", "ลูกรัง", "คอนกรีต", "ดิน", "เส้น", "สาย", "หน้า", "หลวง", "สาธารณะ", "เลียบ", "ริม",
)


def _road_name(value: str) -> str:
    """What follows ซอย/ซ./ถนน/ถ. (and a space after it, if any)."""
    return _ROAD_WORD.sub("", value, count=1)


def _road_named(value: str) -> bool:
    """ถนนประชาอุทิศ, not ถนนใหญ่, ถนน ลูกรัง, ถนนคนเดิน (a walking street), ถนนสายหลัก or
    ถนน|เมื่อวาน."""
    return _names_no_clause(value) and not _road_name(value).startswith((*_SOI_GENERIC, "คน", "สาย"))


#: session 10 — a road written ถนน or ถ. (or a soi written ซ.) with a name: neither is ever a verb,
#: unlike ซอย ("chop"), so no cue is needed (ร้านล้างรถ ถ.มิตรไมตรี, The Cobalt Room ถนนประชาอุทิศ).
_ROAD_NAMED = re.compile(r"(?<![\u0E01-\u0E4E])(?:ถนน|ถ\.|ซ\.)(?P<n>[\u0E01-\u0E4E]{3,24})")


def _names_no_clause(value: str) -> bool:
    """ถนน|เมื่อ 3 วันก่อน, ถนน|นี้มา 5 ปี: after ซอย/ถนน a function word opens a clause (when, this),
    not the road's name (session 7: "ขายของริมถนนเมื่อ 3 วันก่อน" was read as a numbered road)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    thai = re.match(r"[\u0E01-\u0E4E]+", _road_name(value))
    if not thai:
        return True
    th = get_thai_lexicon()
    first = th.tokenize(thai.group(0))[0]
    # (session 12) nor a where word: บริเวณถนน|หน้าตลาด is "the road in front of the market"
    return first not in th.stopwords and first not in _WHERE_FIRST


_WHERE_FIRST = frozenset({"หน้า", "หลัง", "ข้าง", "ใกล้", "ตรงข้าม", "ริม", "ใน", "ฝั่ง", "ทาง", "สาย"})


def _soi_named(value: str) -> bool:
    """The soi or road has a name of its own, not a pointer word."""
    name = _road_name(value)
    return name not in _SOI_GENERIC and not name.startswith(("นี้", "นั้น", "โน้น", "เดิม", "ไหน"))


#: An English building name written straight before its room and soi, with no คอนโด cue
#: (Amberwood Residence Srinakarin ห้อง 2714 ซ.ศรีนครินทร์ 38): the name belongs to the address
#: when a room/floor follows it at once and the chain holds a soi, road or admin part.
_LATIN_BUILDING = r"(?<![A-Za-z])(?:The[^\S\n]+)?[A-Z][A-Za-z'’\-]+(?:[^\S\n]+(?:[A-Z][A-Za-z'’\-]*|\d{1,3}(?!\d))){1,5}"
_LATIN_BUILDING_CHAIN = re.compile(
    rf"{_LATIN_BUILDING}[^\S\n]*,?[^\S\n]*{_ROOM}(?:[ \t]*,?[ \t]*{_PART})+"
)

#: A condo with a Latin name is one building, identifying on its own (คอนโด The Amberly Sathorn):
#: a named block of flats narrows a client to a few hundred households, like a street address.
_NAMED_CONDO = re.compile(
    r"(?:คอนโด(?:มิเนียม)?|อาคารชุด)[^\S\n]?(?:The[^\S\n]+)?[A-Z][A-Za-z'’\-]+(?:[^\S\n][A-Z][A-Za-z'’\-]+){0,4}"
)
#: A Latin building name (two words or more) then its room, with no other part: The Loft
#: Ngamwongwan ห้อง 814 — a room number in a named building is an address.
_LATIN_BUILDING_ROOM = re.compile(
    r"(?<![A-Za-z])(?:The[^\S\n]+)?[A-Z][A-Za-z'’\-]+(?:[^\S\n]+[A-Z][A-Za-z'’\-]*){1,4}[^\S\n]*,?[^\S\n]*"
    r"ห้อง(?:เลขที่)?[^\S\n]?[A-Z]?\d{1,4}(?:/\d{1,4})?(?![\d/])"  # ห้อง 814, ห้อง 17/224
)
#: Refugee-camp addresses (Mae La camp, Zone C, Section 7, House 118): a named camp and two or
#: more of zone/section/block/house/building with their numbers or letters.
_CAMP_PART = r"(?:Zone|Section|Sec\.|Block|House|Bldg\.?|Building|Area)[^\S\n]?[A-Z0-9]{1,4}(?![A-Za-z0-9])"
_CAMP = re.compile(
    rf"(?<![A-Za-z])[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){{0,2}}[^\S\n][Cc]amp(?:[^\S\n]*,?[^\S\n]*{_CAMP_PART}){{2,5}}"
)

#: session 27 — a house number named as one is an address part alone, like a lodger's room (the
#: rooms rule): บ้านเลขที่ 7/1 หลังตลาดสด, house no. 55/2 near the market. Bare เลขที่ is left: it
#: numbers letters, forms and receipts too.
_HOUSE_ALONE = re.compile(
    # (the kind of home before a spaced เลขที่ stays a word: ห้องเช่า|เลขที่ 12/88)
    r"(?:(?:บ้าน|(?<=บ้านพัก)|(?<=ห้องเช่า)|(?<=บ้านเช่า)|(?<=บ้านพัก )|(?<=ห้องเช่า )|(?<=บ้านเช่า ))เลขที่"
    r"|(?<![A-Za-z])(?i:house)[^\S\n]+(?i:no\.?|number|#))"
    r"[^\S\n]*\d{1,5}(?:/\d{1,4})?(?![\d/])"
)

_RULES = (
    Rule(ADDRESS, _CHAIN, 0.85, validate=_is_address),
    Rule(ADDRESS, _HOUSE_ALONE, 0.7),
    Rule(ADDRESS, _LATIN_BUILDING_CHAIN, 0.85, validate=_is_address),
    Rule(ADDRESS, _SOI_NUMBERED, 0.75, validate=lambda v: _soi_named(v) and _names_no_clause(v)),
    Rule(ADDRESS, _NAMED_CONDO, 0.75),
    Rule(ADDRESS, _LATIN_BUILDING_ROOM, 0.75),
    Rule(ADDRESS, _CAMP, 0.8),
    Rule(ADDRESS, _SOI_CUED, 0.75, group="v", validate=lambda v: len(v) >= 6 and _soi_named(v) and _names_no_clause(v)),
    Rule(ADDRESS, _SOI_AT, 0.7, group="v", validate=lambda v: len(v) >= 6 and _soi_named(v) and _road_named(v)),
    Rule(ADDRESS, _ROAD_NAMED, 0.7, validate=_road_named),
)


#: Rules that can only match when a literal word is in the text: skipped otherwise (speed — the
#: Latin-building and camp patterns would otherwise be tried at every capital letter).
#: keyed by the gated pattern: the base class swaps each rule's regex for ``gated(regex)``
_NEEDS = {gated(r).pattern: w for r, w in ((_LATIN_BUILDING_CHAIN, "ห้อง"), (_LATIN_BUILDING_ROOM, "ห้อง"), (_CAMP, "amp"))}


class ThaiAddressRecognizer(RegexRecognizer):
    """Thai postal addresses (ADDRESS)."""

    def __init__(self) -> None:
        super().__init__("ThaiAddressRecognizer", _RULES)

    def analyze(self, text, entities, nlp_artifacts=None):
        norm = to_ascii_digits(text)
        out = []
        for rule in self.rules:
            if _NEEDS.get(rule.regex.pattern, "") not in norm:
                continue
            for m in rule.regex.finditer(norm):
                start, end = m.span(rule.group)
                if start < 0 or end <= start or (rule.validate is not None and not rule.validate(norm[start:end])):
                    continue
                if _law_section(norm, start, end):
                    continue
                trimmed = _road_name_end(norm, start, end)
                if trimmed < end and not (trimmed > start and _road_named(norm[start:trimmed])):
                    continue  # what is left once the clause is cut must still name a road
                end = trimmed
                if end > start:
                    out.append(self.result(rule.entity, start, _province_end(norm, start, end), rule.score))
        return out


CLAUSE_WORDS = frozenset({
    "มา", "ไป", "อยู่", "ที่", "และ", "กับ", "ของ", "เมื่อ", "ตอน", "ได้", "ไม่", "จะ", "ยัง", "ก็", "เลย",
    "ด้วย", "แล้ว", "ก่อน", "ให้", "ถูก", "โดน", "ไล่", "บอก", "ว่า", "เป็น", "มี", "หลัง", "ทุก",
    "ขาย", "ทำงาน", "นอน", "เดิน", "กิน", "ซื้อ", "เจอ", "พบ", "เก็บ", "ขับ", "รอ", "นั่ง", "ยืน", "เช่า",
    "รับ", "ขอ", "นัด", "พา", "โทร",
})
_RUN_ON_ENDS = ("ก่อน", "นะคะ", "นะครับ", "ค่ะ", "ครับ", "แล้ว", "ด้วย", "เมื่อ", "ตอน", "ช่วง", "เวลา", "ทุกวัน", "ทุกคืน")
_ROAD_HEAD = re.compile(r"(?:ซอย|ซ\.|ถนน|ถ\.)[^\S\n]?(?=[\u0E01-\u0E4E])")


def _road_name_end(text: str, start: int, end: int) -> int:
    """A road's name written with no number runs on in unspaced Thai (ซอยรางน้ำ|ไล่ออกแล้ว, ซอย
    พญานาค|ก่อนนะคะ): it ends before the first clause word or particle. ``start``
    when nothing name-like is left; ``end`` for any other address."""
    m = _ROAD_HEAD.match(text, start)
    if not m or any(c.isdigit() for c in text[start:end]):
        return end
    from assistant.redact.recognizers.person_th_frames import SENTENCE_PARTICLES
    from assistant.redact.thai_lexicon import get_thai_lexicon

    # a particle or clause word the tokenizer may cut across (บ่อปลา|ก่อนนะคะ → บ่|อป|ลาก่อน|นะคะ)
    marks = [k for w in _RUN_ON_ENDS if (k := text.find(w, m.end() + 2, end)) > 0]
    if marks:
        end = min(marks)
    # (not every stopword ends it: ใหม่, ใน, นอก name sois — ซอยวัดใหม่เจริญ)
    pos = get_thai_lexicon().clause_start(
        text, m.end(), end, lambda tok: tok in CLAUSE_WORDS or tok in SENTENCE_PARTICLES
    )
    return pos if pos - m.end() >= 2 else start


#: keep round 2 — an Act's year and section (พ.ร.บ.คุ้มครองเด็ก 2546 ม.29: ม. is มาตรา here) reads
#: like a house number and a village; only that pair after a law word on the line is let go.
_YEAR_SECTION = re.compile(r"2[45]\d\d[^\S\n]*ม\.[^\S\n]*\d{1,3}")
_LAW_BEFORE = re.compile(r"(?:พ\.ร\.บ\.|พรบ\.?|พระราชบัญญัติ|ประมวลกฎหมาย|กฎหมาย|กฎกระทรวง|ระเบียบ|(?<![A-Za-z])(?i:act)(?![A-Za-z]))[^\n]{0,40}$")


def _law_section(text: str, start: int, end: int) -> bool:
    return bool(_YEAR_SECTION.fullmatch(text, start, end)) and bool(
        _LAW_BEFORE.search(text, max(0, start - 60), start)
    )


_GLUED_PROVINCE = re.compile(rf"(?:จังหวัด|จ\.)[^\S\n]?({_TH})$")
#: The last sub-district or district of a chain, glued to what follows in a run-on note.
_GLUED_UNIT = re.compile(rf"(?:ตำบล|(?<!รพ\.ส)ต\.|แขวง|อำเภอ|อ\.|เขต)[^\S\n]?({_TH})$")
#: How far past a listed name a glued run may go and still be read as a longer name; measured: at
#: 10 letters, run-on lines lost blind identifiers the long span had covered, at 40 fewer.
_LONGEST_NAME_TAIL = 40
#: The next part of a run-on address (ตำบลลาดชิดอำเภอผักไห่): the run is still an address.
_ANOTHER_PART = re.compile(r"ตำบล|อำเภอ|จังหวัด|แขวง|เขต|[ตอจ]\.|หมู่|\d")
#: Words that go on a place's name (บางระกำใหม่, หนองบัวใต้) although the dictionary calls them
#: function words: after a listed name they may still be part of a longer one.
_NAME_GOES_ON = frozenset({"ใหม่", "เก่า", "ใต้", "เหนือ", "น้อย", "ใหญ่", "ใน", "นอก", "บน", "ล่าง", "กลาง", "ทอง", "งาม"})


def _province_end(text: str, start: int, end: int) -> int:
    """In a run-on note the last part glues to the next words (จ.ปัตตานี|พบนาย…, อ.ลืออำนาจ|มี
    ลูกชาย…, อ.ควนขนุน|ส่วนเพื่อนสนิท…: session 18, the span had reached the paragraph's end and hid
    the whole of it): the address ends with the part's own name."""
    m = _GLUED_PROVINCE.search(text, start, end)
    if m:
        return glued_unit_end(text, m.start(1), end, province=True)
    m = _GLUED_UNIT.search(text, start, end)
    return glued_unit_end(text, m.start(1), end) if m else end


def glued_unit_end(text: str, start: int, end: int, province: bool = False) -> int:
    """Where the name of a province, district or sub-district written at ``start`` ends, when
    ``text[start:end]`` runs on past it with no space: a province ends at the longest province it
    starts with; a district or sub-district at the longest listed name, when a clause word
    follows it (so that a longer unlisted name, บางระกำ|ใหม่, is left whole). ``end`` otherwise."""
    run = text[start:end]
    if province:
        from assistant.redact.recognizers.organization_th_public import _provinces

        prov = max((p for p in _provinces() if run.startswith(p)), key=len, default=None)
        return start + len(prov) if prov and len(prov) < len(run) else end
    from assistant.redact.gazetteer import thai_unit_names
    from assistant.redact.recognizers.person_th_frames import SENTENCE_PARTICLES
    from assistant.redact.thai_lexicon import get_thai_lexicon

    names = thai_unit_names()
    cut = max((k for k in range(2, len(run)) if run[:k] in names), default=0)
    if not cut:
        return end
    th = get_thai_lexicon()
    first = th.tokenize(run[cut:])[0]
    ends_name = first in CLAUSE_WORDS or first in SENTENCE_PARTICLES or (
        first in th.stopwords and first not in _NAME_GOES_ON
    )
    # (session 39) or a sentence's worth of letters glued on with no other part of an address in
    # them (ตำบลเทนมีย์|ตาแกพูดเขมรล้วนบอกว่าปวดเข่า…): no place name goes on that far
    rambles = len(run) - cut > _LONGEST_NAME_TAIL and not _ANOTHER_PART.search(run, cut)
    return start + cut if ends_name or rambles else end


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
