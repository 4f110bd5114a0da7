"""Phone numbers: Thai mobiles (06/08/09), Thai landlines (02…), +66, North American and
other international forms.

Own regexes rather than only ``phonenumbers``: jottings use local fragments such as
``555-0171`` that a region parser rejects. Short hotlines (1323, 1300, 1669, 988) never match:
every rule needs at least seven digits.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import PHONE

#: not glued to other digits, dates or a sign; a full stop only after a digit (3.0812…, a decimal):
#: after an abbreviation the number is glued on (โทร.0856612093, อสม.08…, Tel.0812…; session 7)
_L = r"(?<![\d/+\-])(?<!\d\.)"
_R = r"(?![\d/]|\.\d)"
_S = r"[\s.\-]?"           # optional separator

_RULES = (
    # Thai mobile 08x-xxx-xxxx / 08-xxxx-xxxx / 0812345678
    Rule(PHONE, re.compile(rf"{_L}0[689]\d{_S}\d{{3}}{_S}\d{{4}}{_R}"), 0.9),
    Rule(PHONE, re.compile(rf"{_L}0[689]{_S}\d{{4}}{_S}\d{{4}}{_R}"), 0.9),
    # Thai landline 02-xxx-xxxx, 0xx-xxx-xxx
    Rule(PHONE, re.compile(rf"{_L}02{_S}\d{{3}}{_S}\d{{4}}{_R}"), 0.85),
    Rule(PHONE, re.compile(rf"{_L}0[3-7]\d{_S}\d{{3}}{_S}\d{{3}}{_R}"), 0.75),
    # landline printed with the trunk 0 apart: 0 2614 8870, 0-2354-7721, 0 5321 7788
    Rule(PHONE, re.compile(rf"{_L}0[\s\-][2-7]\d{{3}}[\s\-]\d{{4}}{_R}"), 0.85),
    # +66 and any other +country form
    # (session 16: glued after Thai letters too, which \w would count: พระตะบอง+855 97 612 3348)
    Rule(PHONE, re.compile(rf"(?<![A-Za-z0-9_+])\+\s?\d{{1,3}}(?:[\s.\-]?\(?\d{{1,4}}\)?){{2,5}}{_R}"), 0.9,
         validate=lambda v: 8 <= sum(c.isdigit() for c in v) <= 15),
    # North American (505) 555-0153, 702-555-0134, 412 555 0187
    Rule(PHONE, re.compile(rf"{_L}\(\d{{3}}\)\s?\d{{3}}[\s.\-]\d{{4}}{_R}"), 0.9),
    Rule(PHONE, re.compile(rf"{_L}[2-9]\d{{2}}[\s.\-]\d{{3}}[\s.\-]\d{{4}}{_R}"), 0.85),
    # UK-style 07700 900123 / 020 7946 0958
    Rule(PHONE, re.compile(rf"{_L}0\d{{4}}\s?\d{{6}}{_R}"), 0.8),
    Rule(PHONE, re.compile(rf"{_L}0\d{{2}}\s\d{{4}}\s\d{{4}}{_R}"), 0.8),
    # UK mobiles and city numbers in 5-3-3 and 4-3-4 groups: 07912 448 306, 0117 496 0832
    Rule(PHONE, re.compile(rf"{_L}0\d{{4}}[\s\-]\d{{3}}[\s\-]\d{{3}}{_R}"), 0.8),
    Rule(PHONE, re.compile(rf"{_L}0\d{{3}}[\s\-]\d{{3}}[\s\-]\d{{4}}{_R}"), 0.8),
    # 10-digit national numbers in 4-3-3 groups: 0412 555 339
    Rule(PHONE, re.compile(rf"{_L}0\d{{3}}[\s\-]\d{{3}}[\s\-]\d{{3}}{_R}"), 0.75),
    # 7-digit local number with a dash, 555-0171
    Rule(PHONE, re.compile(rf"{_L}[2-9]\d{{2}}-\d{{4}}{_R}"), 0.7),
    # session 33 — a French number without its country code: ten digits in pairs (06 39 98 41 27)
    Rule(PHONE, re.compile(rf"{_L}(?<!\d )0[1-9](?P<sep>[ .])\d{{2}}(?:(?P=sep)\d{{2}}){{3}}(?![\d/]|[.,:]\d| \d)"), 0.75),
)
#: session 33 — eight digits in pairs (French Polynesia, New Caledonia, West Africa: 87 21 40 66),
#: taken only with a word of calling on the line before it: scores listed in pairs (12 14 16 18)
#: are no number to ring.
_EIGHT_IN_PAIRS = re.compile(rf"{_L}(?<!\d )\d{{2}}(?P<sep>[ .])\d{{2}}(?P=sep)\d{{2}}(?P=sep)\d{{2}}(?![\d/]|[.,:]\d| \d)")
_CALLING_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:phone|tel|mobile|cell|contact|call|ring|rang|reach|reachable|whatsapp|viber|number|no\.|"
    r"fone|téléphone|tél|โทร|เบอร์)"
)


class ThaiIntlPhoneRecognizer(RegexRecognizer):
    """Thai and international phone numbers (PHONE)."""

    def __init__(self) -> None:
        super().__init__("ThaiIntlPhoneRecognizer", _RULES)

    def analyze(self, text, entities, nlp_artifacts=None):
        out = super().analyze(text, entities, nlp_artifacts)
        for m in _EIGHT_IN_PAIRS.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _CALLING_WORDS.search(text, max(line_start, m.start() - 80), m.start()):
                out.append(self.result(PHONE, m.start(), m.end(), 0.7))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
