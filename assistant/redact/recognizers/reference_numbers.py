"""Reference numbers whose shape alone identifies them, written without a label.

NHS numbers (485 777 3456, mod-11 check) are written bare in British health notes, as are
Singapore NRIC/FIN numbers (S8734521F), Indian Aadhaar numbers (4-4-4 digits), UNHCR numbers
(354-19C07812) and UK Police National Computer IDs (11/482913X). Two shapes of the same family live
with their kin: UK National Insurance numbers in ``labelled_ids`` and Thai court case numbers
(ย.412/2567) in ``thai_numbers``.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.types import ID_NUMBER


def _nhs_checksum(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == digits[9]


_RULES = (
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
    """UK NHS/PNC, Singapore NRIC, Aadhaar and UNHCR numbers (ID_NUMBER)."""

    def __init__(self) -> None:
        super().__init__("ReferenceNumberRecognizer", _RULES)
