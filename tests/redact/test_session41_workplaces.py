"""Session 41 (sets 105, 117, 125, 134, 142): a workplace after "works … at (the)".

The employment frame read "works nights at Morrisons" but not the ways notes really say it: with
"the" before a shop's name when its street or town follows (works at the Spar on Galgorm Road, at
the Centra in Cappa; "at the" alone cost a blind keep string when measured), with a few
words between the verb and "at" (works evening shifts at, works two mornings a week at, works
security at), or with the job's own verb (cleans at Walmart, drives for Owen's Coaches). The
workplace after those is the client's or a relative's employer. A generic place stays (works hard at
school, at the hospital), and so does a time (works at the weekend); the words allowed between are
of when and what job (best, hard, well are not: "works best at the Resource Room"). A shop named
with two ordinary words (works at Food City) is still missed; a big chain where the job's verb
is all the note says (cleans at Walmart, drives for Uber) stays the harmless chain it was."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Works Saturdays and two evenings at the Spar on Galgorm Road, where mum's partner also works.", "Spar"),
    ("Mum works evening shifts at the Centra in Cappa and weekends at the marina.", "Centra"),
    ("Her ex works security at Payless and knows her school times.", "Payless"),
    ("Sister cleans at Kowalski Meats three nights a week.", "Kowalski Meats"),
    ("Stepdad drives for Owen's Coaches, away most weekends.", "Owen's Coaches"),
    ("She works two mornings a week at the Costa in Haverfordwest, clearing tables.", "Costa"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_workplace_in_the_employment_frame_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("He works hard at school and at home, teacher says.", "school"),
    ("Dad works nights at the hospital, mum at the weekend.", "hospital"),
    ("She works at the weekend and on Monday evenings.", "weekend"),
    ("Works best at the Resource Room with a TA.", "Resource Room"),
    ("Caller drives for Uber at night; studying for the CSEC Maths resit.", "CSEC"),
    ("Mother works night shift cleaning at the MTR depot.", "MTR"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_generic_place_or_time_survives(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
