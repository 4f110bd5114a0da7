"""Session 41 (keep sets 26, 28; set 111): a holiday named by a word and "Day" or "Festival".

"Grand-daughter says Kadooment Day the whole family will come", "talked about Heroes Day", "the
school event for International Albinism Awareness Day": the word before "Day" read as a person, a
place or a body. A span right before "Day", "Festival" or "Eve" whose words are no listed given
name is a holiday's name and is dropped; a day centre or a day school named so (Alderney Day
Centre, Kizingo Day Sec.) is a body, and a person named Day keeps their given name (Doris Day)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ('Grand-daughter says Kadooment Day the whole family will come and "carry her".', "Kadooment Day"),
    ("Also talked about Heroes Day holiday, he'll work more then.", "Heroes Day"),
    ("5. the school event for International Albinism Awareness Day on 13 June.", "International Albinism Awareness Day"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_holiday_survives(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


FOUND = [
    ("Mum takes her to Alderney Day Centre on Tuesdays.", "Alderney Day Centre"),
    ("Her favourite singer is Doris Day, says her niece Marlene Okafor.", "Marlene Okafor"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_day_centre_and_a_person_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
