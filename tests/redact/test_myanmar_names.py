"""Burmese names are strings of syllables, and some syllables are spelled like weekday
abbreviations (Thu, Mon, Sat): "Mr Aung Kyaw Thu" must not leak its last syllable. A weekday that
dates something ("seen Mon 9am", "review Thu") stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Aung Kyaw Thu, 34, fisherman from the port.", "Aung Kyaw Thu"),
        ("Client Hnin Wai Mon (27) works at the pier.", "Hnin Wai Mon"),
        ("Seen with her brother Zaw Min Sat at intake.", "Zaw Min Sat"),
    ],
)
def test_when_a_name_ends_in_a_weekday_syllable_then_the_whole_name_is_redacted(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Seen with Mr Aung Kyaw Thu 9am today.", "Thu 9am"),
        ("Review Thu with the team; next session Mon.", "Thu"),
    ],
)
def test_when_a_weekday_dates_the_session_then_it_is_kept(analyzer, text, day):
    assert untouched(analyzer, text, day)
