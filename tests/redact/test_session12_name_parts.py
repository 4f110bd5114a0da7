"""Session 12: name parts and places development sets 46 and 47 found only in part. Written
before the code; invented names.

1. In a note dictated in lower case, two found pieces of one name with one name-like word between
   them are one name (yer lee thao), and the word between a name and an age is its family name
   (his wife nou yang 77).
2. A place's lower-case kind after a capitalised name belongs to it (Talat Mai food court), and so
   does a school's (Ban Non Sung school).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("dictated intake typed up later client yer lee thao 41 goes by yer works nights at the plant", "yer lee thao"),
    ("dictated home visit to tou vue 80 and his wife nou yang 77 at their sons apartment", "nou yang"),
    ("19:40 outreach behind Talat Mai food court, two kids selling flowers", "Talat Mai food court"),
    ("Plan: ask Ban Non Sung school about a place for Dara next term", "Ban Non Sung school"),
]

KEPT = [
    ("dictated review she sees her dad and mum on sundays and goes to church with them", "and mum"),
    ("dictated review met noi at the clinic 2 times this month no concerns", "2 times"),
    ("dictated school review talked to kanya absences 9 this term mum aware", "absences 9"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_whole_identifier_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_ordinary_words_beside_a_name_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
