"""Session 11: a town named after a move or residence verb in a note dictated in lower case is a
place even when the dictionary lists it. Written before the code; invented notes only.

The lower-case place frame refused any word the English lemma tables hold, and those tables
(WordNet) hold cities as nouns: lagos, ibadan, fresno, kent. Two of the three known leaks of the
tuning cases were such towns ("from fresno", "medellin"), and development sets 40–43 had two more.
After a verb that says where someone lives, comes from or moved (lives in, moved to, grew up in,
born in, comes from, relocated to, back to …), a listed town of four letters or more is a place
unless it is also a month or season, or an ordinary word a note says there (university, temple,
reading, bar, split …). After a bare preposition ("interested in reading") nothing changes.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

DICTATED = (
    "spoke with client today she is doing ok overall sleeping better {} "
    "says she misses her cousins and wants to visit at christmas"
)

FOUND = [
    ("she moved from lagos two years ago", "lagos"),
    ("family lives in ibadan", "ibadan"),
    ("she grew up in fresno", "fresno"),
]

KEPT = [
    ("she moved to university last year", "university"),
    ("she was born in march", "march"),
    ("she is interested in reading", "reading"),
    ("she moved back to temple on sunday", "temple"),
]


@pytest.mark.parametrize(("clause", "value"), FOUND)
def test_a_dictated_town_after_a_residence_verb_is_hidden(analyzer, clause, value):
    assert covered(analyzer, DICTATED.format(clause), value)


@pytest.mark.parametrize(("clause", "value"), KEPT)
def test_months_kinds_of_place_and_activities_stay(analyzer, clause, value):
    assert untouched(analyzer, DICTATED.format(clause), value)
