"""The same number written again in another form in one note.

Why: notes copy a number from two documents that print it differently — a phone with its country
code and the class list's local form (+45 28 41 63 07 … 28416307), a Lithuanian trunk 8 for +370
(+370 612 48 391 … 8 612 48391), an identity number with and without its dots (4.812.376-5 …
48123765). Each form alone may have no label or shape a rule knows; found once, the other forms
are the same identifier. Digits are compared, not text, so no list of formats is needed.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import to_ascii_digits
from assistant.redact.resolve import Hit
from assistant.redact.types import CASE_NUMBER, ID_NUMBER, PHONE

#: A run of digits in groups (spaces, dots, dashes or slashes between), standing alone.
_DIGIT_RUN = re.compile(r"(?<![\w.\-/+])\d(?:[\d]|[ .\-/](?=\d))*\d(?![\w\-/]|[.,]\d)")
_NUMBER_TYPES = (PHONE, ID_NUMBER, CASE_NUMBER)
#: A date is never another form of a number, whatever digits it shares.
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")
_MIN_DIGITS = 7


def _same_number(found: str, other: str, kind: str) -> bool:
    """The other form's digits are the found one's, or for a phone its national part (after a
    country code, with or without a trunk 0 or 8 before it)."""
    if len(other) < _MIN_DIGITS or len(found) < _MIN_DIGITS:
        return False
    if other == found:
        return True
    if kind != PHONE:
        return False  # an ID's or a case's tail is no number of its own (OB 27/14/10/2024 ends in a date)
    if found.endswith(other) and len(found) - len(other) <= 3:
        return True
    return other[0] in "08" and len(other) > _MIN_DIGITS and found.endswith(other[1:]) and len(found) - len(other) <= 3


def add_other_forms(text: str, hits: list[Hit]) -> None:
    """Add every other form of a phone, ID or case number already found, with its type."""
    numbers = [
        (re.sub(r"\D", "", to_ascii_digits(text[h.start:h.end])), h.type) for h in hits if h.type in _NUMBER_TYPES
    ]
    numbers = [(digits, kind) for digits, kind in numbers if len(digits) >= _MIN_DIGITS]
    if not numbers:
        return
    norm = to_ascii_digits(text)
    for m in _DIGIT_RUN.finditer(norm):
        if any(h.start <= m.start() and m.end() <= h.end for h in hits):
            continue
        if _DATE.fullmatch(m.group(0)):
            continue
        digits = re.sub(r"\D", "", m.group(0))
        kind = next((k for found, k in numbers if _same_number(found, digits, k)), None)
        if kind is not None:
            hits.append(Hit(m.start(), m.end(), kind, 0.75, "propagated"))
