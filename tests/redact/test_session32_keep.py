"""Session 32: what an English note is made of stays in the clear.

A record table labels each row (| School | … |, | Home | … |) and the cell after the label is that
field's value — a school, a place — when it names one. When the writer's notes on the school or
the home fill the cell ("OVC education grant: forms for Grade 7 children must reach DPMO by end of
June"), the cell is a remark: it was redacted whole as a body or a place, and the note lost its
point. A cell of more words than a name holds, or with a clause mark inside, is read like any
sentence now."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

RECORD = (
    "| Item | Note |\n|---|---|\n"
    "| Attendance | 14 caregivers came; 2 fathers |\n"
    "| School | OVC education grant: forms for Grade 7 children must reach the office by end of June |\n"
    "| Home | Lives with his grandmother and two younger cousins; speaks some Cree with her |\n"
)


@pytest.mark.parametrize("word", ["OVC education grant", "Grade 7", "June", "two younger cousins", "Cree"])
def test_a_remark_in_a_labelled_row_is_not_redacted_whole(analyzer, word):
    assert untouched(analyzer, RECORD, word), found(analyzer, RECORD)


FIELDS = (
    "| Field | Detail |\n|---|---|\n"
    "| Name | Thabo Nkosi |\n"
    "| School | Ezulwini Valley Primary School |\n"
    "| Village | Lobamba Lomdzala |\n"
)


@pytest.mark.parametrize("value", ["Ezulwini Valley Primary School", "Lobamba Lomdzala"])
def test_a_named_value_in_a_labelled_row_is_still_found(analyzer, value):
    assert covered(analyzer, FIELDS, value), found(analyzer, FIELDS)


KIN = [
    ("Lives with Mamaw and Papaw out past the creek. Mamaw says he sleeps fine now.", "Mamaw"),
    ("Lives with Mamaw and Papaw out past the creek. Mamaw says he sleeps fine now.", "Papaw"),
    ("Pépère drives him to hockey on Saturdays and stays to watch.", "Pépère"),
    ("Sipho's gogo is admitted at the hospital; the Gogos at the meeting offered to help.", "Gogos"),
    ("Her Meekulu walks her to the clinic each month.", "Meekulu"),
]


@pytest.mark.parametrize(("text", "word"), KIN)
def test_a_grandparent_called_by_the_familys_kin_word_is_no_name(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_will_opening_a_plan_is_the_modal(analyzer):
    text = "He says the messages are about the dog. Will ask police for a check.\nWill present at the MAPPA review in April."
    assert untouched(analyzer, text, "Will"), found(analyzer, text)


def test_a_boy_called_will_in_a_state_is_still_a_name(analyzer):
    text = "Group notes: Will quiet today, sat at the back and did not join the game."
    assert covered(analyzer, text, "Will"), found(analyzer, text)


def test_a_grant_named_for_whom_it_is_is_no_person(analyzer):
    """Session 32 — "Child" before "Grant" had been read as a role before a surname (like Officer
    Grant); in a capitalised run naming a scheme it says whom the scheme is for."""
    text = "Grants: application for the Vulnerable Child Grant for all three children."
    assert untouched(analyzer, text, "Vulnerable Child Grant"), found(analyzer, text)


def test_an_officer_called_grant_is_still_a_person(analyzer):
    text = "Spoke to Probation Officer Grant about the order on Tuesday."
    assert covered(analyzer, text, "Grant"), found(analyzer, text)


@pytest.mark.parametrize(("text", "word"), [
    ("Speaks Bemba at home and English at school.", "Bemba"),
    ("Speaks Vagahau Niue with her grandmother and some English.", "Vagahau Niue"),
])
def test_a_language_after_speaks_at_a_lines_start_is_no_name(analyzer, text, word):
    """Session 32 — the capitalised verb at the line's start was read into a two-word name."""
    assert untouched(analyzer, text, word), found(analyzer, text)


WORDS_OF_A_NOTE = [
    ("Malaria rapid test positive, treated with Coartem. Enrolled for the feeding programme.", "Coartem"),
    ("Earnings: about 3,000 Ariary a day, all given to the mother for rice.", "Ariary"),
    ("Physio comes on the Air New Zealand flight next week and will see her at home.", "Air New Zealand"),
    ("Food parcel from the Red Crescent and a letter for the committee.", "Red Crescent"),
    ("Medical Social Work – Pohnpei State Hospital, Male Ward, Bed 6.", "Male Ward"),
    ("Catholic, misses Mass since she stopped driving; goes to Mass when the church van comes.", "Mass"),
]


@pytest.mark.parametrize(("text", "word"), WORDS_OF_A_NOTE)
def test_what_a_note_is_made_of_stays(analyzer, text, word):
    """Session 32 (keep20): a medicine after "treated with", a currency after a sum, an airline,
    the Red Crescent, a ward named for whom it treats, and the Mass one goes to."""
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_person_after_treated_with_is_still_found(analyzer):
    text = "Wound treated with Somchai Rattanakul (practice nurse) on Friday."
    assert covered(analyzer, text, "Somchai Rattanakul"), found(analyzer, text)


def test_a_care_homes_room_after_its_name_stays(analyzer):
    """Session 32 — "Care Home" before a resident's room had counted as a living word ("home"),
    so the room was redacted as an address; the labelling guide keeps a room in a staffed home."""
    text = "Managing authority: Oakmere House Care Home          Room 14, ground floor\nAssessor: BIA"
    assert untouched(analyzer, text, "Room 14"), found(analyzer, text)


def test_a_room_at_home_is_still_an_address(analyzer):
    text = "He lives at home, room 4 upstairs at his aunt's flat."
    assert covered(analyzer, text, "room 4"), found(analyzer, text)
