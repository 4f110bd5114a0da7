"""Session 35: a body written in lower case by its town in a note that is not all lower case.

"the university of auckland" and "sai yok police station" were read only in notes dictated
wholly in lower case; a writer who capitalises names elsewhere may still type a body's name in
lower case. Only a town, province or country the gazetteer lists counts there, so "the
university of life" and "the local police station" stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Pt 24, masters of IT at the university of auckland, student number 58320177.", "university of auckland"),
    ("Dad went to sai yok police station with Ms Daeng on Monday.", "sai yok police station"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_lower_case_body_named_by_its_town_is_found_in_any_note(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Says he went to the university of life. Mum Anna agrees.", "university of life"),
    ("Went to the local police station with Ms Daeng.", "local police station"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_kinds_of_body_in_lower_case_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_labelled_address_ends_before_a_sentence_about_who_lives_there(analyzer):
    """Carried over since session 34: "Lives" after "Rd." opened no new sentence for the address
    label's rule, so the household went out as part of the address."""
    text = "Address: 12 King Rd. Lives with mum and two brothers."
    assert untouched(analyzer, text, "Lives with mum and two brothers"), found(analyzer, text)
    assert covered(analyzer, text, "12 King Rd"), found(analyzer, text)
