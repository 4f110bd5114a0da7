"""Session 24: English-side names told by their frame, not by a list.

* A nickname in quotes between a given and a family name (Thanapat "Boss" Wongsiri) or in quotes
  inside the bracket after a full name (Jaruwan Saengkham ("Jan")) is what that person is called,
  even when it is an English word or a month; alone elsewhere it is still that person.
* A chat pasted with its message times ("[21:02] Arm: …") names its speakers: with two speakers
  or more, a label is a person even when it is an English word (Arm, Beam), and the chat's
  speakers are hidden wherever the note names them again. Role labels (Mum:, Me:) stay.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

QUOTED = [
    ('Student: Thanapat "Boss" Wongsiri, Grade 9. Boss came in quietly, hood up.', "Boss"),
    ('Client: Siriporn "Cake" Lindqvist, 31. Cake says the landlord texted again.', "Cake"),
    ('Client: นางสาววิไลวรรณ คำภา ("Wi"), 32, therapist at a spa in Doha.', "Wi"),
]


@pytest.mark.parametrize(("text", "value"), QUOTED)
def test_a_quoted_nickname_inside_or_after_a_full_name_is_that_person(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


CHAT = (
    "[21:02] Arm: Nut, Tae fell down in the shower\n"
    "[21:05] Beam: broker says do not call the ambulance\n"
    "[21:09] Arm: called, they are coming\n"
    "[21:24] Beam: ambulance took him, Arm went with him. His arm hurts.\n"
)


@pytest.mark.parametrize("value", ["Arm", "Beam"])
def test_the_speakers_of_a_timed_chat_are_people(analyzer, value):
    assert covered(analyzer, CHAT, value), found(analyzer, CHAT)


def test_an_ordinary_word_in_the_chat_body_stays(analyzer):
    assert untouched(analyzer, CHAT, "His arm hurts"), found(analyzer, CHAT)


SCHEDULES = [
    "09:00 Mum: says he slept well\n10:30 Me: checked the plan\n11:00 Mum: asked about school\n",
    "Timetable\n09:00 Breakfast: porridge\n10:00 Group: anger skills\n12:00 Lunch: rice\n",
]


@pytest.mark.parametrize("text", SCHEDULES)
def test_timed_role_labels_and_schedules_name_no_one(analyzer, text):
    assert found(analyzer, text) == [], found(analyzer, text)
