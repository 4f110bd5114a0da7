"""First-character gates (assistant/redact/regex_gate.py) speed rules up without changing what
they find: for every rule shape we use, the gated pattern yields the same spans and groups as the
original on Thai, English and mixed text."""

from __future__ import annotations

import re

import pytest

from assistant.redact.regex_gate import alternation, first_class, gated

TEXTS = [
    "Client Maria (Mom) said Will call Fri; Dr. Okafor at St. Jude's. PHQ-9 = 14, GAD-7 12.",
    "นายสมชาย ใจดี อายุ 45 ปี โทร 081-234-5678 อยู่บ้านเลขที่ 12/3 หมู่ 4 ต.บางพลี",
    "ด.ญ.ฟ้าใส (น้องฟ้า) เรียน ป.5 รร.บ้านหนองบัว; mom works at Riverside Clinic, LINE: @fah_sai",
    "KX19 VPL reg; HKID R482913(7); sort code 20-45-17; ſ and K (Kelvin sign) fold-case traps",
    "",
]
PATTERNS = [
    r"(?<![A-Za-z])(?i:dr|mr|mrs|ms|mom|client)\.?\s+(?P<v>[A-Z][a-z]+)",
    r"(?<![ก-๙])(?:นาย|นาง|ด\.ญ\.|ด\.ช\.)(?P<n>[ก-๙]+)",
    r"(?i)(?<![\w.])(?:st|street|rd|road)\b",
    r"\b\d{2,3}-\d{3}-\d{4}\b",
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[^\S\n][A-Z]{3}(?![A-Za-z0-9])",
    r"(?:@|LINE:\s*)[\w.]+",
    r"(?i:s|k)\w+",
]


def _found(regex: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in regex.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_when_a_rule_is_gated_then_it_finds_exactly_what_it_found_before(pattern):
    original = re.compile(pattern)
    fast = gated(original)
    for text in TEXTS:
        assert _found(fast, text) == _found(original, text)


def test_when_a_rule_opens_with_a_lookbehind_then_a_first_character_gate_is_added():
    original = re.compile(PATTERNS[0])
    assert first_class(original) is not None
    assert gated(original).pattern != original.pattern


def test_when_a_match_can_start_with_any_character_then_the_rule_is_left_as_it_is():
    for pattern in (r".+?name", r"[^,]+,", r"x?"):
        original = re.compile(pattern)
        assert gated(original) is original


def test_when_cue_words_are_grouped_by_first_letter_then_the_alternation_matches_the_same():
    words = ["mother", "mom", "Mr", "father", "foster carer", "นาย", "นาง", "น้อง", "ป้า"]
    plain = re.compile("|".join(re.escape(w) for w in words))
    grouped = re.compile(alternation(words))
    for text in [*TEXTS, "foster carer's mom; นางน้อง ป้า Mr"]:
        assert _found(grouped, text) == _found(plain, text)
