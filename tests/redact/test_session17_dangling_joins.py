"""Session 17: a body's or place's span never stops on a joining word. "Malamalama Samoan
Assembly of" left "God" in the text (set 56); the capitalised words after of / for / and finish
the name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("youth pastor at Malamalama Samoan Assembly of God lets him play drums", "Malamalama Samoan Assembly of God"),
        ("She volunteers with Friends of the Family Center on Tuesdays.", "Friends of the Family Center"),
    ],
)
def test_a_name_runs_on_past_its_joining_word(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_clause_after_a_name_is_not_taken(analyzer):
    text = "Referred to Harbourside Clinic for Monday review."
    assert not any("Monday" in v for _, v in found(analyzer, text)), found(analyzer, text)
