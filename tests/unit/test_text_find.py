"""``occurrences`` finds a client's words as the equivalent lookaround regex would, without
compiling a pattern from them."""

from __future__ import annotations

import re

import pytest

from assistant.text.find import LATIN, LATIN_OR_DIGIT, LATIN_OR_HYPHEN, LOWER, occurrences

TEXT = (
    "May 5: May said Mayhem; mayor May-Lin, MAY. กาญจนาบอกกาญจนา. Ann Annie ann "
    "anna.ann@mail.com 0891234567 x0891234567 İstanbul İSTANBUL"
)


@pytest.mark.parametrize(
    ("needle", "before", "after", "flags"),
    [
        ("May", LATIN, LATIN, 0),
        ("May", LATIN_OR_HYPHEN, LOWER, 0),
        ("Ann", LATIN, LATIN, re.IGNORECASE),
        ("ann@mail.com", LATIN_OR_DIGIT, LATIN_OR_DIGIT, re.IGNORECASE),
        ("0891234567", LATIN_OR_DIGIT, LATIN_OR_DIGIT, 0),
        ("กาญจนา", frozenset(), frozenset(), 0),
        ("istanbul", LATIN, LATIN, re.IGNORECASE),
    ],
)
def test_when_a_word_is_looked_for_then_it_is_found_where_the_lookaround_regex_finds_it(needle, before, after, flags):
    def cls(chars: frozenset[str]) -> str:
        return "[" + "".join(sorted(re.escape(c) for c in chars)) + "]" if chars else "(?!)"

    pattern = re.compile(f"(?<!{cls(before)}){re.escape(needle)}(?!{cls(after)})", flags)
    expected = [m.span() for m in pattern.finditer(TEXT)]
    found = list(occurrences(TEXT, needle, not_after=before, not_before=after, ignore_case=bool(flags)))
    assert found == expected
