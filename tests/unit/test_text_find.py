"""``occurrences`` finds a client's words as the equivalent lookaround regex would, without
compiling a pattern from them."""

from __future__ import annotations

import re

import pytest

from assistant.text.find import (
    LATIN,
    LATIN_OR_DIGIT,
    LATIN_OR_HYPHEN,
    LOWER,
    WORD_HYPHEN_APOSTROPHE,
    WORD_OR_HYPHEN,
    occurrences,
)

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


WORDY = "Ana_Ana Ana-Ana Ána Anaé Ana2 2Ana Ana's l'Ana Ana, Ana. ٣Ana Ana_ Ana"


@pytest.mark.parametrize(
    ("before", "after", "before_re", "after_re"),
    [
        (WORD_HYPHEN_APOSTROPHE, WORD_OR_HYPHEN, r"[\w'’\-]", r"[\w\-]"),
        (WORD_HYPHEN_APOSTROPHE, WORD_HYPHEN_APOSTROPHE, r"[\w'’\-]", r"[\w'’\-]"),
    ],
)
def test_when_the_neighbours_are_word_characters_then_unicode_letters_and_digits_count_as_re_does(
    before, after, before_re, after_re
):
    """``\\w`` reaches every Unicode letter and digit (é, ٣): the classes test, not list, them."""
    expected = [m.span() for m in re.finditer(f"(?<!{before_re})Ana(?!{after_re})", WORDY)]
    assert list(occurrences(WORDY, "Ana", not_after=before, not_before=after)) == expected
    assert expected  # the text holds some whole-word occurrences
