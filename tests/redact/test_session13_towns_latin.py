"""Session 13: towns in Latin letters the gazetteer knows but the frames missed (read from the
opened sets' misses; written before the code; invented people).

1. A town written without its accents (cucuta, Sao Paulo) is the same town as Cúcuta, São Paulo.
2. A known town after a named body or a place and a comma ("Lindenmere Middle School, Dearborn",
   "Zola, Soweto") is a place; a given name or an ordinary word there is not (", Victoria", ", Reading").
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("session three with rosa maria quintana claimant from cucuta colombia arrived by bus in june staying with a cousin", "cucuta"),
    ("She grew up in Sao Paulo and moved here in 2019.", "Sao Paulo"),
    ("INCIDENT REPORT - Brookhaven Middle School, Dearborn\nDate/time: 3/11, 11:40", "Dearborn"),
    ("Family rents a back room in Zola, Soweto, since the eviction.", "Soweto"),
]

KEPT = [
    ("Evening routine agreed: Dinner, Bath, Bed by 9.", "Bath"),
    ("Homework club covers Maths, Reading, Science on Tuesdays.", "Reading"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_town_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_word_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
