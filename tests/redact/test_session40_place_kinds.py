"""Session 40 (sets 59, 84, 96, 125, 135): a place named with its kind in lower case.

Workers write where they met someone as a name and a lower-case kind: "Balukhali bazar",
"Kailahun lorry park", "Kumba main market", "Rawai fish landing", "Chiang Saen port", "Khao Laem
reservoir", "Patakijiyali museum". The name was found (often as a person) and the kind was left
outside, so the place was half covered and typed wrongly. Markets and camps were read since
session 14; these kinds now are too. A word that is also a kind, after a person, is not taken
(a park or a rank only with lorry, taxi, bus or motor before it; "Tom landing a job"), and a
venue's kind that is a verb taking an object after a given name is the verb ("let Jane park the
car" had been the place "Jane park")."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Met her at Kutupalong bazar near the shelters, with her cousin.", "Kutupalong bazar"),
    ("Dropped at Kenema lorry park by the trader at 6 a.m.", "Kenema lorry park"),
    ("Sells tomatoes at Limbe main market every morning.", "Limbe main market"),
    ("Boys work at Chalong fish landing before school.", "Chalong fish landing"),
    ("Crossed by boat from Chiang Khong port last year.", "Chiang Khong port"),
    ("Father drowned at Srinagarind reservoir in 2019.", "Srinagarind reservoir"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_place_and_its_lower_case_kind_are_one_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Jane rank 3rd in her class, Tom landing a job soon.", "landing a job"),
    ("Tom said the port was closed for the storm.", "the port"),
    ("Mum will let Jane park the car near the clinic.", "park the car"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_word_after_a_person_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
