"""Session 36 (set 117): the first words of a body's name, found from its end.

The rules often find an English body's name from its last words (Hospital Kerry, Legion Branch 8,
Bridge Program); the capitalised words before it, after a preposition or an article, are its
first words (in University Hospital Kerry, the Royal Canadian Legion Branch 8)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

LEAD_WORDS = [
    ("Seen on the ward; she was transferred in University Hospital Galway last spring.", "University Hospital Galway"),
    ("Dinners come from the Royal British Legion Branch 12 twice a week.", "Royal British Legion Branch 12"),
    ("Dad is doing residential rehab at the Salvation Army Bridge Program until March.", "Salvation Army Bridge Program"),
]


@pytest.mark.parametrize(("text", "value"), LEAD_WORDS)
def test_capitalised_words_before_a_found_body_are_its_first_words(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Referred through NDIS to the Bridge Program at Riverside Clinic on Monday.", "NDIS"),
    # (a weekday before a body was taken into its name by the body rule itself)
    ("Seen on Tuesday Riverside Clinic staff said the bed was ready.", "Tuesday"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_acronyms_and_calendar_words_before_a_body_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
