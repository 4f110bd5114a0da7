"""Reference numbers whose shape alone identifies them, written without a label.

NHS numbers (485 777 3456, mod-11 check) are written bare in British health notes, as are
Singapore NRIC/FIN numbers (S8734521F), Indian Aadhaar numbers (4-4-4 digits), UNHCR numbers
(354-19C07812), UK Police National Computer IDs (11/482913X), Hong Kong IDs (R482913(7)), Myanmar
NRC numbers (12/OuKaTa(N)123456), Malaysian MyKad numbers (850714-08-6631), Korean registration
numbers (920517-6384029) and vehicle plates
(UK KX19 VPL bare; others after reg/rego/plate). Two shapes of the same family live
with their kin: UK National Insurance numbers in ``labelled_ids`` and Thai court case numbers
(ย.412/2567) in ``thai_numbers``.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import CALENDAR_PARTS, RegexRecognizer, Rule
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import CASE_NUMBER, ID_NUMBER


def _nhs_checksum(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == digits[9]


def _mykad_date(value: str) -> bool:
    """A MyKad opens with the holder's birth date YYMMDD: month 01–12, day 01–31."""
    month, day = int(value[2:4]), int(value[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def _plate_like(value: str) -> bool:
    """A plate mixes letters and digits ("KX19 VPL", "1ABC 234"), or is digits in two groups
    (session 10: Lao and Thai truck plates, plate 83-4471); a word or a year alone is not one."""
    digits = sum(c.isdigit() for c in value)
    return (digits and any(c.isalpha() for c in value)) or ("-" in value and digits >= 5)


#: A plate after its cue word (reg, rego, plate, registration, licence plate, tag): one or two
#: upper-case letter/digit groups. The cue is matched without case; the plate only in capitals.
_CUED_PLATE = re.compile(
    r"(?<![A-Za-z])(?i:reg(?:istration)?|rego|(?:number[^\S\n])?plates?|licen[cs]e[^\S\n]plate|tag)"
    r"(?:[^\S\n]*(?i:no\.?|number|#))?[^\S\n]*:?[^\S\n]*"
    r"(?P<v>[A-Z0-9]{2,4}(?:(?:[^\S\n]|-)?[A-Z0-9]{2,4})?)(?![\w\-/])"
)

def _registry_number(value: str) -> bool:
    """One side of four digits or more, and letters no clinical acronym: "ADHD 03/2021" is when a
    diagnosis was made (session 27), "SYC 1184/2024" a registry's matter."""
    from assistant.redact.lexicon import get_lexicon

    letters = re.match(r"[A-Z]+", value)
    if letters and letters.group().lower() in get_lexicon().protected_lower:
        return False
    return any(len(p) >= 4 for p in re.findall(r"\d+", value))


#: session 27 (set 88) — case numbers of shapes no label announces: a Kenyan Occurrence Book entry
#: (OB 22/14/03/2025), a court's e-filed matter (CHC E089 of 2025, HCCA No. 112 of 2024), a
#: registry's code with its parts then number and year (CWC-CHN-N/112/2025), a police blotter's
#: code with a station part (QCPD-S6-25-03-1147).
_UNLABELLED_CASES = (
    # (session 29: or a Ugandan Station Diary's, SD 41/28/10/2024)
    re.compile(r"(?<![A-Za-z0-9])(?:OB|SD)[^\S\n]?\d{1,3}/\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])"),
    re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,5}[^\S\n](?:No\.?[^\S\n])?E?\d{1,5}[^\S\n]of[^\S\n](?:19|20)\d\d(?!\d)"),
    re.compile(r"(?<![\w\-/])[A-Z]{2,6}(?:-[A-Z]{1,6}){1,3}/\d{1,5}/(?:19|20|25)\d\d(?![\w/])"),
    re.compile(r"(?<![\w\-/])[A-Z]{2,6}-[A-Z]\d{1,2}(?:-\d{2,}){2,4}(?![\w\-/])"),
    # session 28 (set 92): an e-filed matter with no court's letters before it (case E112 of 2024);
    # an office's code in letter parts, then the number and year (SUR/CR/1187/2024); a station's
    # name in capitals, then the number and a two-digit year (DANG WANGI/012887/24)
    re.compile(r"(?<![\w/])E[^\S\n]?\d{2,6}[^\S\n]of[^\S\n](?:19|20)\d\d(?!\d)"),
    re.compile(r"(?<![\w\-/])[A-Z]{2,6}(?:/[A-Z]{1,6}){1,3}/\d{2,6}/(?:19|20)?\d\d(?![\w/])"),
    re.compile(r"(?<![\w\-/])[A-Z]{2,}(?:[^\S\n][A-Z]{2,}){0,2}/\d{4,7}/\d\d(?![\w/])"),
)

#: session 35 (set 111 and older open sets) — a service's reference in capital-letter and digit
#: parts joined by slashes or dashes, whatever its label or none (CL/CHN/N/2025/0446,
#: KK-TIP-2026/031, CMP/24/07731, GBV-FAR-0219, WL-0311-EC): three parts or more, capitals in one,
#: four digits in all. Scales written that way have fewer digits (PC-PTSD-5, PG-13-R, ICD-10-CM).
_PARTED_CODE = re.compile(
    r"(?<![\w\-/.])(?:[A-Z]{1,6}|\d{1,7})(?:[/\-](?:[A-Z]{1,6}|\d{1,7})){2,5}(?![\w\-/]|\.\w)"
)


def _parted_code(value: str) -> bool:
    parts = re.split(r"[/\-]", value)
    letters = [p for p in parts if p.isalpha()]
    return (
        bool(letters)
        and sum(c.isdigit() for c in value) >= 4
        and not any(p in CALENDAR_PARTS for p in letters)
    )


#: session 29 (set 92) — a police event's number after its word (NSW Police "event E 88213046"):
#: six digits or more, so "the event 2024" stays a year.
_POLICE_EVENT = re.compile(
    r"(?<![A-Za-z])(?i:event)(?:[^\S\n]+(?i:no\.?|number|#))?[^\S\n]*:?[^\S\n]*"
    r"(?P<v>E?[^\S\n]?\d{6,10})(?![\d/\-])"
)

_RULES = (
    *(Rule(CASE_NUMBER, pattern, 0.8) for pattern in _UNLABELLED_CASES),
    Rule(CASE_NUMBER, _POLICE_EVENT, 0.8, group="v"),
    Rule(CASE_NUMBER, _PARTED_CODE, 0.75, validate=_parted_code),
    # round 14 — vehicle plates: the current UK shape (two letters, two-digit age, three letters:
    # KX19 VPL) is distinctive alone; other countries' plates need their cue (rego 1ABC 234)
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/])[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}[^\S\n]?[A-HJ-PR-Z]{3}(?![\w\-/])"), 0.8),
    Rule(ID_NUMBER, _CUED_PLATE, 0.8, group="v", validate=_plate_like),
    # round 13 — IDs of migrant workers' home and host countries, each in its own printed shape:
    # Hong Kong ID: one or two letters, six digits, a check digit or A in brackets (R482913(7))
    Rule(ID_NUMBER, re.compile(r"(?<![\w(])[A-Z]{1,2}\d{6}[^\S\n]?\([0-9A]\)"), 0.85),
    # Myanmar NRC: state number / township letters (N|E|P|T…) six digits (12/OuKaTa(N)123456)
    Rule(ID_NUMBER, re.compile(
        r"(?<![\w/])\d{1,2}/[A-Z][A-Za-z]{2,11}[^\S\n]?\((?:N|E|P|T|C|AC|NC|V|M)\)[^\S\n]?\d{6}(?!\d)"), 0.85),
    # Malaysian MyKad: birth date, state code, serial (850714-08-6631)
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/.])\d{6}-\d{2}-\d{4}(?![\w\-])"), 0.85, validate=_mykad_date),
    # session 22 — Korean resident / alien registration number (RRN, ARC): birth date, a dash, a
    # sex-and-century digit 1–8 and six more (920517-6384029); written bare in a table as often as
    # after "ARC"
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/.])\d{6}-[1-8]\d{6}(?![\w\-])"), 0.85, validate=_mykad_date),
    # Singapore NRIC / FIN: S, T, F, G or M, seven digits, a check letter
    Rule(ID_NUMBER, re.compile(r"(?<![\w])[STFGM]\d{7}[A-Z](?![\w])"), 0.85),
    # Indian Aadhaar: twelve digits in three groups of four, never starting 0 or 1
    Rule(ID_NUMBER, re.compile(r"(?<![\d\-/.+])[2-9]\d{3}[ \-]\d{4}[ \-]\d{4}(?![\d\-/])"), 0.8),
    # UK Police National Computer ID: two-digit year / serial + check letter (09/771204Q)
    Rule(ID_NUMBER, re.compile(r"(?<![\w/])\d{2}/\d{5,7}[A-Z](?![\w/])"), 0.8),
    # UNHCR registration / case numbers: office-year, a letter, five digits (354-19C07812); the
    # office is also written as its letter code (KKM-24C07731, DAD-23B11402: round 18)
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/])(?:\d{3}|[A-Z]{2,4})-\d{2}[A-Z]\d{5}(?![\w\-/])"), 0.85),
    # session 6 — a document number with no label of its own: one to three capitals then six to
    # ten digits (passport KT5519037, IVO application M20981154); codes and vitamins are shorter
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/.#])[A-Z]{1,3}\d{6,10}(?![\w\-/])"), 0.75),
    # …and a long number printed in dash groups (a work permit 0852-67-114093): ten digits or
    # more, so no date (2025-03-14) or score run (12-15-20) reaches it; a phone of the same shape
    # is read by the phone rules, whose type wins the tie
    # (session 27: glued to a Thai word before or after it — เลขเรื่อง1300-680314-0092พ่อ…)
    Rule(ID_NUMBER, re.compile(r"(?<![A-Za-z0-9_\-/.+])\d{2,6}(?:-\d{1,8}){2,4}(?![A-Za-z0-9_\-/])"), 0.7,
         validate=lambda v: sum(c.isdigit() for c in v) >= 10),
    # session 10 — a court's or tribunal's case number: a registry's capitals, then number/number
    # with one side of four digits or more (matter SYC 1184/2024, RG 24/03317); scores out of a
    # maximum (MMSE 24/30, BP 120/80) have no such side
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/.])[A-Z]{2,4}[^\S\n]?\d{1,5}/\d{2,5}(?![\w\-/])"), 0.75,
         validate=_registry_number),
    # session 16 — a US alien registration number (A-number) printed in groups, as a table cell
    # or a form copies it: A 219 448 571, A-219-448-571
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/.])A(?:[^\S\n]|-)?\d{3}(?:[^\S\n]|-)\d{3}(?:[^\S\n]|-)\d{3}(?![\w\-/])"), 0.8),
    # session 16 — a number read aloud digit by digit into speech-to-text (a 2 0 4 7 7 1 3 8 6):
    # seven digits or more, each alone; a letter may open it. Nothing else is written that way.
    Rule(ID_NUMBER, re.compile(r"(?<![\w.,/\-])(?:[A-Za-z][^\S\n])?\d(?:[^\S\n]\d){6,14}(?![\w.,/\-])"), 0.65),
    # NHS number, 3-3-4, checksum-valid only
    Rule(ID_NUMBER, re.compile(r"(?<![\d\-/.])\d{3}[ \-]\d{3}[ \-]\d{4}(?![\d\-/])"), 0.8,
         validate=_nhs_checksum),
)


class ReferenceNumberRecognizer(RegexRecognizer):
    """UK NHS/PNC, Singapore NRIC, Aadhaar, UNHCR, HKID, Myanmar NRC and MyKad numbers (ID_NUMBER)."""

    def __init__(self) -> None:
        super().__init__("ReferenceNumberRecognizer", _RULES)


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
