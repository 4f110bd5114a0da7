"""Thai-labelled numbers the general label rules miss: bank accounts (เลขที่บัญชี 123-4-56789-0),
passport numbers mentioned in a Thai sentence away from their label (ยึดพาสปอร์ต เลขที่ MA1234567),
Thai court case numbers with a Thai-letter prefix (ย.123/2568, อ.1452/2567, คดีดำที่ พ.88/2566),
and Thai licence plates (ทะเบียน กข 1234 กรุงเทพมหานคร).

Why: these numbers locate one person exactly; the labels are Thai words the English label list
does not know, and a court number's prefix letter and dot kept it out of the number/BE-year rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from pythainlp.corpus import provinces

from assistant.redact.recognizers.base import RegexRecognizer, Rule, to_ascii_digits
from assistant.redact.recognizers.dob import TH_MONTH
from assistant.redact.regex_gate import gate_all, gate_patterns
from assistant.redact.types import CASE_NUMBER, ID_NUMBER, ONLINE_ID, PHONE

_T = "\u0e01-\u0e4e"
_ACCOUNT = re.compile(
    r"(?:เลขที่บัญชี|เลขบัญชี|บัญชีเลขที่|บัญชีธนาคาร[^\d\n]{0,20}?เลขที่|บช\.)[^\S\n]*:?[^\S\n]*"
    r"(?P<v>\d[\d\-\s]{7,16}\d)(?![\d])"
)
#: Banks that may open the frame alone (Thai and English names).
_BANKS_LEAD = (
    r"ธ\.ก\.ส\.|ธกส\.?|ออมสิน|กสิกร(?:ไทย)?|กรุงไทย|กรุงศรี(?:อยุธยา)?|ไทยพาณิชย์|ทหารไทย(?:ธนชาต)?|ธนชาต|"
    r"ทีทีบี|ยูโอบี|ซีไอเอ็มบี|อาคารสงเคราะห์|ธอส\.?|เกียรตินาคิน|"
    r"SCB|KBank|KBANK|K-Bank|BBL|KTB|BAY|TTB|ttb|GSB|BAAC|UOB|CIMB|LH Bank|TMB|GHB|BPI|BDO|Maybank|HSBC"
)
#: After บัญชี/ธนาคาร any bank, including กรุงเทพ and อิสลาม (ordinary words alone: Bangkok, Islam).
_BANKS = r"กรุงเทพ|อิสลาม|แลนด์[^\S\n]?แอนด์[^\S\n]?เฮ้าส์|" + _BANKS_LEAD
#: A bank (Thai or English name) or a bare บัญชี, then a digit run with dashes or spaces:
#: "เข้าบัญชี ธ.ก.ส. 020-3-44718-2", "โอนจากบัญชีออมสิน 0201-4455-1873", "SCB 402-118893-7".
#: Why a shape check: an amount follows the same words (โอนเข้าบัญชี 3,500 บาท), so the value
#: must be 9–16 digits grouped by dashes/spaces or 10+ digits in one run — never a comma amount.
_BANK_ACCOUNT = re.compile(
    r"(?=[บธอกทไยซลพ\u0e41SKBGUCTtLMHD])(?<![A-Za-z])(?:บัญชี(?:ธนาคาร)?|ธนาคาร|" + _BANKS_LEAD + r")"
    r"(?:[^\S\n]?(?:" + _BANKS + r"))?(?![A-Za-z])[^\S\n]*(?:สาขา[^\s\d]{1,20}[^\S\n]*)?(?:เลขที่|เลข|no\.?|:)?[^\S\n]*"
    r"(?P<v>\d(?:\d|[\-\t ](?=\d)){8,19})(?![\d,.]\d|\d)"
)


_PHONE_SHAPE = re.compile(r"0[689]\d[\-\t ]?\d{3}[\-\t ]?\d{4}|0[689][\-\t ]?\d{4}[\-\t ]?\d{4}")


def _account_like(value: str) -> bool:
    """9–16 digits, grouped or 10+ in a run, and not a Thai mobile (a phone rule owns those)."""
    digits = sum(c.isdigit() for c in value)
    grouped = "-" in value or " " in value
    return 9 <= digits <= 16 and (grouped or digits >= 10) and not _PHONE_SHAPE.fullmatch(value)


#: A passport-shaped number (one or two capitals, 6–8 digits; session 26: a space may part them,
#: MD 482113) within a short distance of a Thai passport word.
_PASSPORT = re.compile(
    r"(?:พาสปอร์ต|หนังสือเดินทาง|passport)[^\n]{0,30}?(?<![A-Za-z0-9])(?P<v>[A-Z]{1,2}[^\S\n]?\d{6,8})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
#: Court numbers: Thai letter(s) + dot + number/BE-year; คดีดำ/คดีแดง labels too.
#: session 9 — a prefix of several abbreviations is taken whole (ย.ช. 45/2567, คป.นว. 0217/2567).
#: session 25 — or glued after ที่/เลข in a run-on note, its letters then dotted (คดีเลขที่ย.1842/2567,
#: หมายเลขดำที่อ.๑๒๓/๒๕๖๗).
#: session 27 — or glued after the paper it numbers (เลขคำร้องมค.0084/2568, เปิดแฟ้มสบ.พมจ.0051/2568,
#: เลขทะเบียน…), and with a unit letter in brackets after the office's (กพ.คป.(ส) 0312/2567).
_COURT = re.compile(
    rf"(?:(?:(?<=ที่)|(?<=เลข)|(?<=ร้อง)|(?<=แฟ้ม)|(?<=ทะเบียน))(?=[{_T}]{{1,3}}\.)|(?<![{_T}A-Za-z0-9.]))"
    rf"(?P<v>(?:[{_T}]{{1,3}}\.){{0,3}}[{_T}]{{1,3}}\.?(?:\([{_T}]{{1,3}}\))?[^\S\n]?\d{{1,6}}/25\d\d)(?![\d/])"
)

#: session 17 — an office's own file number: its abbreviation, a two-digit BE year, then the
#: running number (ศดข.68/0117, บส.68-0217, อป.67/0231), or a Latin office code before the year
#: (NK-68/0142). Grades and sections (ม.6/2, ม.33/1) have one or two digits after the slash.
_OFFICE_FILE = re.compile(rf"(?<![{_T}A-Za-z0-9.])(?:[{_T}]{{1,4}}\.){{1,3}}[^\S\n]?[5-7]\d[/\-]\d{{3,5}}(?![\d/])")
#: (session 27: a place's code joined by hyphens, and a space or a hyphen before the year —
#: KRI-CP 68/0117, UBN-OSCC 68-044, STI-OSCC-68/011; a serial of three digits opens with 0, so a
#: score out of a hundred is none: ACE-III 71/100)
_OFFICE_FILE_LATIN = re.compile(
    r"(?<![A-Za-z0-9\-])[A-Z]{2,5}(?:-[A-Z]{2,5}){0,2}(?:-|[^\S\n])[5-7]\d[/\-](?:0\d{2,4}|\d{4,5})(?![\d/]|-\d)"
)
#: session 25 — the shapes _OFFICE_FILE leaves out: a place's letters after the office's, undotted
#: (ศก.ดูน 68/0147, กส.คช 68-031), or a three-part number (คร.7/2568/0412). Five digits or more, so
#: a class (ป.4/2, ม.6/12) is none, and no month's letters (ส.ค. 12/09/2568 is a date).
_OFFICE_FILE_PLACED = re.compile(
    rf"(?<![{_T}.])[\u0e01-\u0e2e]{{2,3}}\.(?:[{_T}]{{2,5}}\.?)?[^\S\n]?\d{{1,4}}[/-]\d{{2,5}}(?:/\d{{2,5}})?(?![\d/]|-\d)"
)
#: A Thai month opening the value (ส.ค. 12/09): the birth-date rules' own month pattern.
_TH_MONTH_FIRST = re.compile(TH_MONTH)


#: A class and its school year (ม.1/2567, ป. 6/2568): a grade letter, one digit, a BE year.
_CLASS_YEAR = re.compile(r"(?:ม|ป|ปวช|ปวส)\.[^\S\n]?[1-6]/25\d\d")


def _not_a_class(value: str) -> bool:
    """Session 26 — a court number's letters name a court's docket (อ., ย., พ.); ม. and ป. with one
    digit are a secondary or primary class and the year it was in (นักเรียนชั้น ม.1/2567)."""
    return not _CLASS_YEAR.fullmatch(value)


def _office_file(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= 5 and not _TH_MONTH_FIRST.match(value)


#: A display name written after a Thai platform word with no colon: เฟซบุ๊ก Jiraporn Thepsuwan.
_TH_PLATFORM_NAME = re.compile(
    r"(?:เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟสบุ๊ก|เฟส|เฟซ|ไลน์|ไอจี|ติ๊กต็อก)[^\S\n]?(?:ชื่อ(?:ว่า)?)?[^\S\n]?"
    r"(?P<v>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,3})(?![A-Za-z])"
)

#: A display name in quotes or after ว่า/ชื่อ, after a platform word in either script:
#: ใช้ชื่อใน Facebook ว่า "Nutt Kittiphop", เฟซบุ๊กชื่อ “Mint Saranya”.
_QUOTED_PLATFORM_NAME = re.compile(
    r"(?<![A-Za-z])(?:Facebook|facebook|FB|IG|Instagram|TikTok|LINE|Line|เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟสบุ๊ก|เฟส|เฟซ|ไลน์|ไอจี|ติ๊กต็อก)"
    r"[^\S\n]?(?:(?:ชื่อ(?:ว่า)?|ว่า)[^\S\n]?[\"“'‘]?|[\"“'‘])"
    r"(?P<v>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,3})(?![A-Za-z])"
)


#: session 26 — a police daily-report entry: its item number and the date it was logged
#: (ปจว. ข้อ 14 ลว. 8 ต.ค. 68, ลงบันทึกประจำวันข้อ 27): with the station it finds the complaint.
_DAILY_REPORT = re.compile(
    rf"(?P<v>(?:ปจว\.|ป\.จ\.ว\.|บันทึกประจำวัน)[^\S\n]*(?:(?:ข้อ(?:ที่)?|เลขที่)[^\S\n]*\d{{1,4}}(?:/\d{{2,4}})?|\d{{1,4}}/\d{{2,4}})"
    # (session 27: or the date written in numbers, ลว. 12/1/68)
    rf"(?:[^\S\n]*ลว\.[^\S\n]*(?:\d{{1,2}}[^\S\n]*(?:{TH_MONTH})[^\S\n]*\d{{2,4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))?)"
)
#: A case or report number made of a Buddhist-era year and a serial (ศรส. 2568-004127): the year
#: 2540–2599 then 4–7 digits; a date or a phone never has that shape.
_BE_SERIAL = re.compile(r"(?<![\d\-/.])(?P<v>25[4-9]\d-\d{4,7})(?![\d\-/])")
#: Student numbers with a check digit (643040218-7), or a long number after รหัส(นักศึกษา): a bare รหัส + 8–12 digits
#: is a person's number (a PIN or an OTP is shorter; a diagnosis code has letters).
_STUDENT_ID = re.compile(r"(?<![\d\-/.])(?=\d{8})(?P<v>\d{8,11}-\d)(?![\d\-/])")
_STUDENT_LABELLED = re.compile(
    r"(?:รหัสนักศึกษา|รหัสนศ\.?|รหัสประจำตัว|รหัส|[Ss]tudent[^\S\n]?I[Dd])[^\S\n]*:?[^\S\n]*(?P<v>\d{8,12})(?![\d.,:/])"
)
#: A bare handle a few words after a LINE/IG/TikTok word (ทาง LINE ส่วนตัว buakhiao2510): lower
#: case letters with a digit, dot or underscore, so an English word after LINE is not taken; the
#: platform word is a whole word ("ignored." is no IG handle) and a handle never ends in a dot.
_BARE_HANDLE = re.compile(
    r"(?<![A-Za-z])(?=[LlIiTไอต])(?:LINE|Line|line|ไลน์|IG|ig|ไอจี|Instagram|อินสตาแกรม|อินสตา|TikTok|ติ๊กต็อก|ติ๊กต๊อก)"
    r"(?![A-Za-z])(?:[^\S\n]?(?:ID|ไอดี))?"
    r"[^\S\n]?(?:[\u0E01-\u0E4E]+[^\S\n]?){0,3}:?[^\S\n]?"
    r"(?P<v>(?=[a-z0-9_]*(?:[0-9_]|\.[a-z0-9_]))[a-z](?:[a-z0-9_]|\.(?=[a-z0-9_])){3,29})(?![A-Za-z0-9@])"
)


#: A Thai mobile read out one digit at a time and written that way: "0 9 8 7 7 1 4 0 3 6".
#: Why: the phone rules need groups of 3–4 digits; ten single digits with one space (or dash)
#: between each, starting 06/08/09, is a dictated mobile (no score, date or count has that shape).
_SPACED_MOBILE = re.compile(r"(?<![\d/.\-])(?P<v>0[^\S\n\-]?[\-]?[^\S\n]?[689](?:[^\S\n]?-?[^\S\n]?\d){8})(?![\d/])")
_DIGIT_WORD = r"(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|โท)"
#: A phone spelled in Thai digit words (ศูนย์แปดศูนย์ หกหนึ่งเก้า สี่สี่สองแปด): it starts with
#: ศูนย์ and runs nine or ten digit words in groups. Why: ordinary prose never strings nine digit
#: words together; without this rule ศูนย์ (also "centre") made the run read as an organisation.
_WORD_PHONE = re.compile(
    rf"(?<![\u0E01-\u0E4E])(?P<v>ศูนย์(?:[^\S\n]?-?[^\S\n]?{_DIGIT_WORD}){{8,9}})(?![\u0E01-\u0E4E])"
)


def _spaced_digits(value: str) -> bool:
    """Ten digits, each apart from the next (else an ordinary grouped phone rule owns it)."""
    return sum(c.isdigit() for c in value) == 10 and sum(not c.isdigit() for c in value) >= 6


@lru_cache(maxsize=1)
def _plate() -> re.Pattern[str]:
    """A Thai licence plate: an optional leading digit, one or two consonants, up to four digits
    (กข 1234, 3กณ 7788), and the province printed under it. After ทะเบียน the province is
    optional; without the cue the province must follow, so "ขท 45" in prose is not taken."""
    names = "|".join(sorted((re.escape(p) for p in provinces()), key=len, reverse=True))
    body = r"(?:\d[^\S\n]?)?[\u0E01-\u0E2E]{1,2}[^\S\n]?-?[^\S\n]?\d{1,4}(?![\d/])"
    return re.compile(
        # after a plate word in either language (session 8: "Plate 2 กษ 4471 Lopburi")
        rf"(?:(?<=ทะเบียน)(?!รถ)|(?<=ทะเบียนรถ)|(?<=ป้ายทะเบียน)|(?<=[Pp]late)|(?<=[Pp]late no\.)|(?<=[Pp]late no)|(?<=[Rr]eg\.)|(?<=[Rr]ego))"
        rf"[^\S\n]*:?[^\S\n]*(?P<v>{body}(?:[^\S\n]*(?:{names}|กรุงเทพฯ?))?)"
        rf"|(?<![\u0E00-\u0E7F\d])(?P<w>{body}[^\S\n]*(?:{names}))"
        # session 27 — a truck's or van's plate is digits only (80-2245), after its vehicle word
        rf"|(?<=รถ)(?:บรรทุก|กระบะ|ตู้|ยนต์|พ่วง|หกล้อ|สิบล้อ)?[^\S\n]*(?:ทะเบียน[^\S\n]*)?(?P<x>\d{{1,2}}-\d{{4}}(?:[^\S\n]*(?:{names}))?)(?![\d/])"
        # session 30 (set 99) — or anywhere with its province printed under it (๓๐-๗๒๑๙ มุกดาหาร)
        rf"|(?<![\u0E00-\u0E7F\d\-/.])(?P<y>\d{{1,2}}-\d{{4}}[^\S\n]+(?:{names}))"
    )


def _month_and_year(value: str) -> bool:
    month, year = re.match(r"(\d+)-(\d{4})", value).groups()
    return 1 <= int(month) <= 12 and (2450 <= int(year) <= 2600 or 1950 <= int(year) <= 2100)


_PLATE_GATE = re.compile(r"[\u0E01-\u0E2E][^\S\n]?-?[^\S\n]?\d")


def _digits_ok(value: str) -> bool:
    return 8 <= sum(c.isdigit() for c in value) <= 16


_RULES = (
    Rule(ID_NUMBER, _ACCOUNT, 0.85, group="v", validate=_digits_ok),
    Rule(ID_NUMBER, _BANK_ACCOUNT, 0.85, group="v", validate=_account_like),
    Rule(ID_NUMBER, _PASSPORT, 0.85, group="v"),
    Rule(CASE_NUMBER, _COURT, 0.8, group="v", validate=_not_a_class),
    Rule(CASE_NUMBER, _OFFICE_FILE, 0.75),
    Rule(CASE_NUMBER, _OFFICE_FILE_LATIN, 0.75),
    Rule(CASE_NUMBER, _OFFICE_FILE_PLACED, 0.75, validate=_office_file),
    Rule(ONLINE_ID, _TH_PLATFORM_NAME, 0.8, group="v"),
    Rule(ONLINE_ID, _QUOTED_PLATFORM_NAME, 0.8, group="v"),
    Rule(CASE_NUMBER, _BE_SERIAL, 0.8, group="v"),
    Rule(CASE_NUMBER, _DAILY_REPORT, 0.8, group="v"),
    Rule(ID_NUMBER, _STUDENT_ID, 0.8, group="v"),
    Rule(ID_NUMBER, _STUDENT_LABELLED, 0.8, group="v"),
    Rule(ONLINE_ID, _BARE_HANDLE, 0.8, group="v"),
    Rule(PHONE, _SPACED_MOBILE, 0.85, group="v", validate=_spaced_digits),
    Rule(PHONE, _WORD_PHONE, 0.85, group="v"),
)


class ThaiLabelledNumberRecognizer(RegexRecognizer):
    """Bank accounts, passports, court numbers, licence plates and display names after a Thai
    platform word (ID_NUMBER, CASE_NUMBER, ONLINE_ID)."""

    def __init__(self) -> None:
        super().__init__("ThaiLabelledNumberRecognizer", _RULES)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out = super().analyze(text, entities, nlp_artifacts)
        norm = to_ascii_digits(text)
        if _PLATE_GATE.search(norm) or "รถ" in norm:  # a Thai consonant then a digit, or a vehicle
            for m in _plate().finditer(norm):
                g = next(k for k in ("v", "w", "x", "y") if m.group(k))
                if g == "y" and _month_and_year(m.group(g)):
                    continue  # นัด 12-2568 เชียงใหม่: a month and a year, then where
                out.append(self.result(ID_NUMBER, m.start(g), m.end(g), 0.85))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
_plate = gate_all(_plate)
