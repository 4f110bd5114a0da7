"""Session 40 (set 135; carried from set 129): the place that opens a note's heading.

Field teams head a note with where they are, then what the note is: "Hatton - estate welfare /
counselling, handwritten notes", "Dhangadhi | anti-trafficking desk | case note", "Ukhia field
office - protection case note". The heading rule read a place only after the service part
("Mobile clinic - Phunphin"), with dashes only. The place that opens the heading, before a part
that names the service, and a place between pipes ("CHILDLINE 1098 - Gangtok | case follow-up")
are places too. A given name opening a heading is the client's, not a place; an ordinary word,
a weekday or a scale stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Moshi - child welfare, field notes (rough)\nDay 2 - visited the compound.", "Moshi"),
    ("Birgunj | anti-trafficking desk | case note\nCase no. BR-0442", "Birgunj"),
    ("Kutupalong field office - protection case note (CP)\nSeen with mother.", "Kutupalong"),
    ("HELPLINE 1098 - Siliguri | case follow-up\nCall ref 2231.", "Siliguri"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_place_opening_a_services_heading_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Monday - case note\nClient attended on time.", "Monday"),
    ("Summary | intake desk\nReferred by the school.", "Summary"),
    ("PHQ-9 - session note\nScore 14.", "PHQ-9"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_an_ordinary_word_opening_a_heading_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_given_name_opening_a_heading_is_not_a_place(analyzer):
    text = "Mariam - intake note\nMariam came with her aunt."
    assert not any(e.type == "LOCATION" for e in analyzer.analyze(text)), found(analyzer, text)


OPENING_WORDS = [
    "Notes - intake desk\nSeen at 10.",
    "Safeguarding | case note\nNo concerns.",
    "DoLS - case note\nStandard authorisation renewed.",
]


@pytest.mark.parametrize("text", OPENING_WORDS)
def test_an_inflected_word_or_an_acronym_opening_a_heading_is_no_place(analyzer, text):
    assert not any(e.type == "LOCATION" for e in analyzer.analyze(text)), found(analyzer, text)


def test_a_table_rows_cells_are_no_heading(analyzer):
    text = "| Bed | Resident | Persons | Notes |\n|---|---|---|---|\n| 2 | settled | 3 | quiet night |"
    assert not any(e.type == "LOCATION" for e in analyzer.analyze(text)), found(analyzer, text)
