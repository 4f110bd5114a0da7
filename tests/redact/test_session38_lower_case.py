"""Session 38: notes dictated or typed all in lower case, read again as a writer would have cased them.

Speech-to-text and hurried phone notes often come with no capital anywhere ("seen at the dunedin
and otago hospital with her nan"). Names, towns and bodies then look like every other word, and the
English model, which reads names by their capital, passes them by. Such a line is read a second
time with a capital on each word a name list or the gazetteer backs, on a word after a person cue
or a title, and on the nouns that carry a body's name on; what that reading finds joins the first.
A word no list backs stays as typed: in lower case it is more often a foreign term, a drug or a typo
than a name (kafala, doesnt), and a given name that is also a verb after a kin word is
the verb ("his stepfather beat him")."""

from __future__ import annotations

import pytest

from assistant.redact.recase import recase_capitals
from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("um so dictating for the file saw brayden december today he's in grade seven at the local school", "brayden december"),
    ("voice note transcribed wellington south outreach nov 5 home visit with the family at their flat, mum tired but engaged", "wellington south"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_place_or_body_in_a_lower_case_note_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("he came in with marks on his arms and said his stepfather beat him with a belt last week", "beat"),
    ("mum doesnt want the school told and dad wasnt there when we called this morning", "doesnt"),
    ("mum doesnt want the school told and dad wasnt there when we called this morning", "wasnt"),
    ("dictated: she says her sister will come to the next meeting with the kids", "will"),
    ("seen with mum, she says the boys missed the bus again and her brother said that he will drive", "said"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_ordinary_and_foreign_words_in_a_lower_case_note_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_the_second_reading_keeps_every_offset_and_only_capitalises():
    text = "seen at home. priya raman lives with her nan in porirua east, phq-9 of 14 and sertraline 50 mg"
    recased = recase_capitals(text)
    assert recased is not None
    assert len(recased) == len(text) and recased.lower() == text.lower()
    assert "Priya Raman" in recased and "Porirua" in recased
    assert "sertraline" in recased and "nan" in recased  # a drug and a kin word stay as typed


def test_a_lower_case_line_with_no_name_is_not_read_twice():
    assert recase_capitals("reviewed safety plan with client, no concerns raised, next visit in two weeks") is None
