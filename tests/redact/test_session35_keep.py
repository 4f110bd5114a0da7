"""Session 35 (keep24): storms, holidays and eponymous devices name no one.

A storm's name after its kind (Hurricane Dorian, Super Typhoon Yutu), a holiday named for a person
(St Brigid's Day, Sir Seretse Khama Day) and a device or test named for its inventor (a Ryle's
tube, a Zimmer frame, a Foley catheter) stay in the draft; a person with the same words is still
found."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("The roof went in Hurricane Dorian and they have lived in the shelter since.", "Hurricane Dorian"),
    ("Lost the house in Super Typhoon Yutu; FEMA claim still open.", "Super Typhoon Yutu"),
    ("After Cyclone Gita the family moved inland.", "Cyclone Gita"),
    ("Storm Babet flooded the ground floor in October.", "Storm Babet"),
    ("Mum wants to be home by St Brigid's Day to make the crosses.", "St Brigid's Day"),
    ("School is closed for Sir Seretse Khama Day on Monday.", "Sir Seretse Khama Day"),
    ("She is fed through a Ryle's tube and can take small sips.", "Ryle's tube"),
    ("Mobile indoors with Zimmer frame, needs help in the shower.", "Zimmer"),
    ("Foley catheter changed by the district nurse on Tuesday.", "Foley"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_storms_holidays_and_eponymous_devices_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


FOUND = [
    ("Dorian Reyes came in after the storm with his sister.", "Dorian Reyes"),
    ("Brigid's Day centre place was offered; Brigid Walsh declined it.", "Brigid Walsh"),
    ("Spoke to Tom Foley, the landlord, about the repairs.", "Tom Foley"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_people_with_the_same_names_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_sentence_opening_the_before_an_acronym_is_no_name(analyzer):
    """The name list holds "The", "His" and "You" (names in some languages); before a capitalised
    acronym they were read as a given name and a surname in capitals ("The IOM")."""
    text = "Plan agreed. The IOM micro-business grant is pending; His GP letter came. You CAN call."
    for word in ("The IOM", "His GP", "You CAN"):
        assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_day_centre_named_for_its_saint_is_still_a_body(analyzer):
    text = "Attends St Brannock's Day Centre on Tuesdays; St Attracta's Day Hospital did the review."
    for value in ("St Brannock's Day Centre", "St Attracta's Day Hospital"):
        assert covered(analyzer, text, value), found(analyzer, text)


NOT_PEOPLE = [
    ("Work: wants Vocational training in welding, grant pending.", "Vocational"),
    ("Very Anxious before the hearing, slept badly; daughter visits.", "Anxious"),
    ("Mum says he is Aggressive only at night; plan reviewed.", "Aggressive"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PEOPLE)
def test_a_capitalised_adjective_alone_is_no_name(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
