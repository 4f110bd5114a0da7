"""Thai 13-digit national ID (บัตรประชาชน / pink card) with its checksum.

Accepts glued, dashed (1-2345-67890-12-1), pink-card (00 0824 61903 34) and spaced forms, and Thai digits (the text is
digit-normalised first). A 13-digit number whose checksum fails is still reported, with a lower
score: a mistyped ID is still an ID.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import ID_NUMBER


def thai_id_checksum_ok(value: str) -> bool:
    """True when the 13 digits in ``value`` pass the Thai national-ID checksum."""
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 13:
        return False
    total = sum(d * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == digits[12]


#: (session 20: a group may end a line with its dash, 1-7709-84611-91-⏎8: the checksum vouches)
_GAP = r"(?:[\s\-]|-\n)?"
_GROUPED = re.compile(rf"(?<![\d\-])\d{_GAP}\d{{4}}{_GAP}\d{{5}}{_GAP}\d{{2}}{_GAP}\d(?![\d\-])")

#: Pink cards (บัตรชมพู) of migrant workers print the 13 digits as 2-4-5-2 (00 0824 61903 34):
#: the "00" lead is the migrant range, so the grouping differs from the citizen card's 1-4-5-2-1.
_PINK_GROUPED = re.compile(r"(?<![\d\-])\d{2}[\s\-]\d{4}[\s\-]\d{5}[\s\-]\d{2}(?![\d\-])")

#: session 27 — a form's boxes copied one digit a box (|1|2|4|0|…|6|, [3][5][4]…): the checksum
#: vouches, as for the card's own groups.
_BOXED = re.compile(r"(?<![\d\[|])[\[|]?\d(?:(?:\]\[|\]\s\[|\|)\d){12}[\]|]?(?![\d\[|])")

_RULES = (
    Rule(ID_NUMBER, _BOXED, 0.9, validate=thai_id_checksum_ok),
    Rule(ID_NUMBER, _GROUPED, 0.95, validate=thai_id_checksum_ok),
    # session 27: the card's own 1-4-5-2-1 grouping is no other number's shape, so a mistyped
    # check digit (6-5001-00234-56-1) still names the card, as the glued 13 digits do below
    Rule(ID_NUMBER, _GROUPED, 0.6),
    Rule(ID_NUMBER, _PINK_GROUPED, 0.95, validate=thai_id_checksum_ok),
    Rule(ID_NUMBER, re.compile(r"(?<![\d\-])\d{13}(?![\d\-])"), 0.6),
)


class ThaiNationalIdRecognizer(RegexRecognizer):
    """Thai national ID numbers (ID_NUMBER)."""

    def __init__(self) -> None:
        super().__init__("ThaiNationalIdRecognizer", _RULES)


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
