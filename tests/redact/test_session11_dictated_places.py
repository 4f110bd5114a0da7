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


# session 12 — a town right after a person's name ("dad babatunde oduya in lagos", "student amara
# adebayo-okafor from ibadan"): the word before the preposition is no English word, so it ends a
# name and the preposition says where that person is.
AFTER_A_NAME = [
    ("dictated intake dad chukwuemeka ibekwe in lagos rings every night about grades phq-9 16", "lagos"),
    ("dictated ra report student folake adeniran-bello from ibadan nigeria second year", "ibadan"),
    ("dictated no punctuation she shares a room with her cousin noi in kent and wants to move", "kent"),
]
AFTER_A_WORD = [
    ("dictated no punctuation she was sad in march and better in june sleeping ok", "march"),
    ("dictated no punctuation mum works nights in reading the paperwork for the council", "reading"),
]


@pytest.mark.parametrize(("text", "value"), AFTER_A_NAME)
def test_a_town_after_a_dictated_name_is_a_place(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), AFTER_A_WORD)
def test_a_listed_word_after_an_ordinary_word_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
