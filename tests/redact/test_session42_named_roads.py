"""Session 42 (set 147): a road named by the town it leads to, "road" in lower case.

"take the Mooketsi road out of Giyani", "at the old dam on the Duaringa road", "a brick kiln on
the Pattoki road": over the open sets, "the X road" with X capitalised was labelled a place 10
times in 11 — it says where someone lives, works or was found, and the town in it is the place.
A kind of road stays (the Main road, the Old road, the Ring road)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("To find them: take the Marulabeni road out of town, about 7 km after the fourth bridge.", "Marulabeni road"),
    ("He was found at 11.40pm at the old dam on the Kowandi road with two older boys.", "Kowandi road"),
    ("Works as a labourer at a brick kiln on the Chak Jhumra road, paid per thousand.", "Chak Jhumra road"),
]

KEPT = [
    ("The bus goes along the Main road twice a day.", "Main road"),
    ("They live off the Old road near the water tank.", "Old road"),
    ("Traffic on the Ring road made us late for the visit.", "Ring road"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_road_named_by_its_town_is_a_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_kind_of_road_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
