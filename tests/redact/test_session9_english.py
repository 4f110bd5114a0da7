"""Session-9 English frames, stated generally and written before the code. Invented names only.

1. A name followed by a colon and a number is a name in a list (a contact, a family member with
   a count), not an instrument with a score: "Amina Sule Garba: 2 kids", "Oduya: 07700 900 417".
   An instrument named after its author keeps its score ("Rosenberg: 14", "Conners = 71").
2. A clock time is no house number: "22:40 Soi Nong Bua" and "Moo Ban Suk 23.00" keep the time.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # 1. a name, a colon, a number that is no score
    ("Family update\n* Amina Sule Garba: 2 kids, coping at home", "Amina Sule Garba"),
    ("Contacts\nOduya: 07700 900 417, after 6pm", "Oduya"),
    ("Siblings: Tendai Moyo: 14, Rufaro Moyo: 9", "Tendai Moyo"),
]

KEPT = [
    # 1. instruments with a score stay
    ("Rosenberg: 14, low self-worth", "Rosenberg"),
    ("Conners = 71 (parent form)", "Conners"),
    ("Scores today\nRosenberg: 12\nBDI-II: 19", "Rosenberg"),
    ("Rosenberg self-esteem = 12", "Rosenberg"),
    # 2. a clock time before or after a street
    ("Outreach log\n22:40 Soi Nong Bua - met two girls outside the bar", "22:40"),
    ("Night walk: 21.15 Kings Road, quiet", "21.15"),
    ("outreach tonight Soi Chaiyapruek 23.00 met a new girl", "23.00"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_session9_english_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_an_ordinary_word_sits_in_a_session9_english_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)
