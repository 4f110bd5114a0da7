"""Session 40 (sets 61, 101, 120, 135, keep24): a relative who lives on an island.

Islands take "on": "his mother lives on Nevis", "Father lives on Praslin, not in contact", "Son
lives on Oahu". The residence cue read in, at, to, from and near, never on — because "lives on"
is as often what someone eats ("lives on Takis", "living on Tesco meal deals"). After a kin word
the phrase says where that relative lives; after anything else it is not read as a place.
(Measured and left out: dropping a name after "lives on" with no kin word — "lives on Takis", a
given name the name list holds — cost a blind identifier: "she lives on <island>" too.)"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Contact: her mother lives on Rarotonga and phones on Sundays.", "Rarotonga"),
    ("Father lives on Mahé, not in contact since 2019.", "Mahé"),
    ("Son lives on Kauai, calls weekly, visits at Christmas.", "Kauai"),
    ("His aunt still lives on Savaii with the younger cousins.", "Savaii"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_an_island_a_relative_lives_on_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Diet: lives on Pot Noodle most days.", "Pot Noodle"),
    ("Stipend late again, living on Lidl meal deals.", "Lidl"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_what_someone_lives_on_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
