"""Session 27 (keep15): what English notes name that identifies no one.

A chain after an indefinite article is one of its many shops, not an employer a reader could
find; a medicine named by its stem or as an acid is a medicine."""

from __future__ import annotations

import pytest

from tests.redact.helpers import found

KEPT = [
    ("She works at a Starbucks near the station and studies at night.", "Starbucks"),
    ("Mum lost her job at a Walmart distribution center in March.", "Walmart"),
    ("He is on Folic acid and Hydroxyurea for sickle cell.", "Folic acid"),
    ("He is on Folic acid and Hydroxyurea for sickle cell.", "Hydroxyurea"),
    ("Started Adalimumab in May; Levothyroxine unchanged.", "Adalimumab"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_one_of_many_shops_and_medicines_stay(analyzer, text, value):
    at = text.find(value)
    assert not any(e.start <= at < e.end for e in analyzer.analyze(text)), found(analyzer, text)


def test_a_chain_named_as_the_employer_is_still_found(analyzer):
    text = "Dad works at Walmart in Dayton on nights."
    at = text.find("Walmart")  # (session 32: found with its branch, "Walmart in Dayton")
    assert any(e.start <= at and at + len("Walmart") <= e.end for e in analyzer.analyze(text)), found(analyzer, text)


MORE_KEPT = [
    ("He follows Mumbai Indians and plays cricket on Sundays.", "Mumbai Indians"),
    ("She likes Kiswahili and CRE at school.", "Kiswahili"),
    ("Dad speaks Amharic and some Tigrinya; interpreter booked.", "Tigrinya"),
]


@pytest.mark.parametrize(("text", "value"), MORE_KEPT)
def test_a_team_followed_and_languages_stay(analyzer, text, value):
    at = text.find(value)
    assert not any(e.start <= at < e.end for e in analyzer.analyze(text)), found(analyzer, text)


def test_a_name_with_a_dutch_or_portuguese_particle_is_found_whole(analyzer):
    from tests.redact.helpers import covered

    text = "Person on probation: Willem van der Merwe-Smit, seen at the office."
    assert covered(analyzer, text, "Willem van der Merwe-Smit"), found(analyzer, text)
