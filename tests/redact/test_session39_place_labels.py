"""Session 39 (sets 129, 131, keep28): a town after a looser place label — Location, Home, Site,
Island.

Visit notes open with a form line: "Location: Farafenni.", "Home: Aishalton, south Rupununi",
"Site: Kakuma, zone 3". The place-field rule (session 30) read District, Village, Area, Venue and the
like; these labels say a place follows just as plainly. Like the other loose labels they vouch
only for a word no dictionary knows, so "Location: clinic room 2" and "Home: Stable" stay.
"Community:" is left out: forms use it for an ethnic community too ("Community: Ashkali")."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Monday 17 June, 10:00. Location: Farafenni.\nChild: approx 10, came with an uncle.", "Farafenni"),
    ("Home: Aishalton, south Rupununi; mother and 5 siblings.", "Aishalton"),
    ("Site: Kakuma, zone 3; arrived with two younger brothers.", "Kakuma"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_town_after_a_place_label_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Community: Ashkali; Albanian at home, some Romani with the grandmother.", "Ashkali"),
    ("Location: Clinic, room 2. Present: client and mother.", "Clinic"),
    ("Home: Stable, no concerns raised by the carer this week.", "Stable"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_an_everyday_word_after_a_loose_label_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
