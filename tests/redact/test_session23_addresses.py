"""Session 23: street addresses said aloud in a dictated note.

A house number read as words before a street whose kind is a bay, a track or a highway; a flat
after the street ("… avenue apartment two ten"); a number after "address on file is"; a street
named by an ordinal ("fourteen eight two two seventy second avenue" — the tens word opens the
ordinal, it is not part of the house number); a Glasgow flat said with "stroke" (two stroke one)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

SAID = [
    ("um so jayden is fifteen and at school, address on file is sixteen twenty south fifth street apartment nine "
     "oh three moms cell is on the form and she said call after work",
     "sixteen twenty south fifth street apartment nine oh three"),
    ("ok for the family in tuxedo so the address is forty two ravenhurst bay and um my employer said she would "
     "drive me there on monday morning", "forty two ravenhurst bay"),
    ("so they moved in with dad at one four eight two two seventy second avenue in fleetwood last year and since "
     "then the kids have been sleeping on the floor", "one four eight two two seventy second avenue"),
    ("um so the family lived in gulfton at fifty nine twenty hillcroft avenue apartment two ten and got flooded "
     "out last week so yeah", "fifty nine twenty hillcroft avenue apartment two ten"),
    ("visited jomar at the farm cottage at eleven eighty two thompsons track out past the river he is thirty one "
     "and works the milking shed", "eleven eighty two thompsons track"),
    ("zaneta says the flat at two stroke one forty seven allison street has had no heating since the boiler went "
     "and the baby has a cough", "two stroke one forty seven allison street"),
]


@pytest.mark.parametrize(("text", "value"), SAID)
def test_a_street_address_said_aloud_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


TYPED_LOWER = [
    ("Married to Rhys 8 years, lives at 26 penhill close, Ely, Cardiff CF5 4AB. He controls the money.",
     "26 penhill close, Ely, Cardiff CF5 4AB"),
    ("For the family in Tuxedo the address is 42 ravenhurst bay and my employer will drive me.",
     "42 ravenhurst bay"),
    ("The family lived in Gulfton at 5920 hillcroft avenue apartment 210 and got flooded.",
     "5920 hillcroft avenue apartment 210"),
]


@pytest.mark.parametrize(("text", "value"), TYPED_LOWER)
def test_a_street_typed_in_lower_case_after_an_address_cue_is_an_address(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_counts_and_times_after_at_or_to_are_no_address(analyzer):
    text = "Walked 3 blocks to 2 different st corners. Seen at 10 on the ward, 2 days a week."
    assert found(analyzer, text) == []
