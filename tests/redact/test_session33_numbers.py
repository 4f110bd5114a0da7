"""Session 33: birth dates, identity numbers and handles in shapes the rules had not read.

A bare age then a full date that agrees with it is when the person was born: a record table's
"age / DOB" cell ("14, 03/09/2011") or "41 (12/06/1984)" after a name. A visit's number then its
date ("Visit 3 (12/05/2025)") is no age: the age must open a cell, a line or a clause. A second
birth date listed after the first (DOB 04/01/2019 and 22/08/2021) is one too, and a cue may name
the card it was read from (DOB on the BRP is 01/01/2001).

Identity cards by their own names (cédula, a Medicare MBI, a resident card's ROP number, a birth
certificate's entry), and the name someone calls themself on a platform, or goes by there closed
by a number at a sentence's end."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

BIRTH_DATES = [
    ("| who | age / DOB |\n|---|---|\n| son | 14, 03/09/2011 |", "03/09/2011"),
    ("Grandmother, 67 (21/04/1958), cares for both boys.", "21/04/1958"),
    ("Came with both children (DOB 04/01/2019 and 22/08/2021) to the drop-in.", "22/08/2021"),
    ("DOB on the BRP is 01/01/2001, which he says is a guess.", "01/01/2001"),
]


@pytest.mark.parametrize(("text", "value"), BIRTH_DATES)
def test_a_birth_date_told_by_an_age_a_list_or_its_card(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


VISIT_DATES = [
    ("Visit 3 (12/05/2025) went well; next visit in a fortnight.", "12/05/2025"),
    ("Session 2, 14/03/2025 at the clinic, mother present.", "14/03/2025"),
]


@pytest.mark.parametrize(("text", "value"), VISIT_DATES)
def test_a_visits_number_then_its_date_is_no_birth_date(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


IDS = [
    ("Father's cédula 001-250387-0014B is on file.", "001-250387-0014B"),
    ("Medicare MBI 5KD2-PL7-XM43 checked with the plan.", "5KD2-PL7-XM43"),
    ("Her resident card (ROP 552190 11) expires in June.", "ROP 552190 11"),
    ("Birth cert GM/BJ/2012/30418 seen at intake.", "GM/BJ/2012/30418"),
]


@pytest.mark.parametrize(("text", "value"), IDS)
def test_an_identity_number_after_its_cards_own_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


HANDLES = [
    ("They moved the chat to Discord, where she calls herself moonlily404. Mum saw it.", "moonlily404"),
    ("He plays PSN most evenings as Storm Rider 771. Sleep is poor.", "Storm Rider 771"),
]


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_a_name_someone_goes_by_on_a_platform(analyzer, text, value):
    assert covered(analyzer, text, value) and "." not in value, found(analyzer, text)


def test_what_someone_calls_themself_in_words_stays(analyzer):
    text = "He calls himself stupid when he gets a sum wrong."
    assert untouched(analyzer, text, "stupid"), found(analyzer, text)
