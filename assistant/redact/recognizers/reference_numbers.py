"""Reference numbers whose shape alone identifies them, written without a label.

Thai court case numbers carry a case-type letter before number/BE-year (ย.412/2567 in a juvenile
court, อ.1887/2566 a criminal case, พ./ผบ./ฟ.…), often after คดีหมายเลขดำ/แดง; the bare
number/year rule in ``labelled_ids`` refuses a dot before the digits so that dates and versions
stay. UK National Insurance numbers (JT 48 21 93 B) and NHS numbers (485 777 3456, mod-11 check)
are written bare in British benefit and health notes, as are Singapore NRIC/FIN numbers
(S8734521F), Indian Aadhaar numbers (4-4-4 digits), UNHCR numbers (354-19C07812) and UK Police National Computer IDs (11/482913X).
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.types import CASE_NUMBER, ID_NUMBER


def _nhs_checksum(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == digits[9]


_RULES = (
    # Thai court case: one to three Thai letters and a dot, number, slash, BE year
    Rule(CASE_NUMBER, re.compile(r"(?<![\u0E00-\u0E7F.])[\u0E01-\u0E2E]{1,3}\.[^\S\n]?\d{1,6}/25\d\d(?![\d/])"), 0.85),
    # UK National Insurance number: two letters, three pairs of digits, a final letter A–D
    Rule(ID_NUMBER, re.compile(
        r"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
        r"[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?[A-D](?![\w])"
    ), 0.85),
    # Singapore NRIC / FIN: S, T, F, G or M, seven digits, a check letter
    Rule(ID_NUMBER, re.compile(r"(?<![\w])[STFGM]\d{7}[A-Z](?![\w])"), 0.85),
    # Indian Aadhaar: twelve digits in three groups of four, never starting 0 or 1
    Rule(ID_NUMBER, re.compile(r"(?<![\d\-/.+])[2-9]\d{3}[ \-]\d{4}[ \-]\d{4}(?![\d\-/])"), 0.8),
    # UK Police National Computer ID: two-digit year / serial + check letter (09/771204Q)
    Rule(ID_NUMBER, re.compile(r"(?<![\w/])\d{2}/\d{5,7}[A-Z](?![\w/])"), 0.8),
    # UNHCR registration / case numbers: office-year, a letter, five digits (354-19C07812)
    Rule(ID_NUMBER, re.compile(r"(?<![\w\-/])\d{3}-\d{2}[A-Z]\d{5}(?![\w\-/])"), 0.85),
    # NHS number, 3-3-4, checksum-valid only
    Rule(ID_NUMBER, re.compile(r"(?<![\d\-/.])\d{3}[ \-]\d{3}[ \-]\d{4}(?![\d\-/])"), 0.8,
         validate=_nhs_checksum),
)


class ReferenceNumberRecognizer(RegexRecognizer):
    """Thai court case numbers, UK NI/NHS/PNC numbers, Singapore NRIC, Aadhaar (CASE_NUMBER, ID_NUMBER)."""

    def __init__(self) -> None:
        super().__init__("ReferenceNumberRecognizer", _RULES)
