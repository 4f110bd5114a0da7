"""Session 29: bodies named in a note dictated all in lower case.

A school said to be someone's (her school is accra girls senior high), a school with one naming
word among its kind words (symbiosis junior college), a Scottish kirk, a business named with a
possessive (ntombi's hair palace). Kinds of school and "high" in a phrase stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("her snap is akos.mb and his is kwamey_sante her school is accra girls senior high and the housemistress "
     "called about it", "accra girls senior high"),
    ("he came with his father referral from symbiosis junior college counsellor said he is fine and we will "
     "follow up next week", "symbiosis junior college"),
    ("he was a regular at the lunch club at hailes brae kirk on thursdays and the minister there phoned me "
     "about him later", "hailes brae kirk"),
    ("she does braids at ntombi's hair palace near the taxi rank on saturdays and sundays for cash",
     "ntombi's hair palace"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_dictated_body_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("he goes to the local high school and is in high spirits and wants to go to the community college "
     "next year with his friends", "local high school"),
    ("he goes to the local high school and is in high spirits and wants to go to the community college "
     "next year with his friends", "community college"),
    ("she works at the corner shop on sundays and goes to the bible college on mondays with her mum and "
     "her aunt", "bible college"),
    ("plan: chase sputum result thursday, if positive start treatment through the district tb clinic and "
     "arrange care with the temple school teacher", "district tb clinic"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_kinds_of_school_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


# A Thai address and village romanised in a note dictated in lower case.
ROMANISED = [
    ("address for the letter is 17/2 moo 4 tambon bo hin amphoe sikao trang 92150 father works on a boat",
     "17/2 moo 4 tambon bo hin amphoe sikao trang 92150"),
    ("lives at 55 moo 11 ban nong bua tambon na kham, he said", "55 moo 11 ban nong bua tambon na kham"),
    ("ok so today we went out to ban laem hin khao again with the nurse from the hospital",
     "ban laem hin khao"),
]


@pytest.mark.parametrize(("text", "value"), ROMANISED)
def test_a_romanised_thai_address_in_lower_case_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_count_before_moo_is_no_address(analyzer):
    text = "the cow said moo and she walked 12 moo today, laughing"
    assert not any(e.type == "ADDRESS" for e in analyzer.analyze(text)), found(analyzer, text)
