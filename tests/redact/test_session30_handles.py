"""Session 30: online names the way English notes from many countries give them.

A channel's name after its platform (YouTube channel TemkaPlaysMN, on YouTube as
GrenadaGrannyRecipes); a group's name after a comma (a Facebook group, CP Parents Ulaanbaatar,
with …) or joined to its place or people by in/en (Fasher Families in Cairo, Salvadoreños en
Houston). Watching YouTube or joining a group "in March" names no account. And English bodies: a
body named in full once and by its initials elsewhere with no bracket (Shannon Vale Housing
Association … SVHA), repair shops and stalls named by their owner (Dora Mobile Repairs,
Persaud's Fruit Stall)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Mother runs a Facebook group, CP Parents Ulaanbaatar, with ~300 members.", "CP Parents Ulaanbaatar"),
    ("He films his exercises for his YouTube channel TemkaPlaysMN - mother happy with this.", "TemkaPlaysMN"),
    ("She found a cousin through the Facebook group Fasher Families in Cairo.", "Fasher Families in Cairo"),
    ("He is in the Facebook group Salvadoreños en Houston for jobs.", "Salvadoreños en Houston"),
    ("Granddaughter posts her recipes on YouTube as GrenadaGrannyRecipes and shares news.", "GrenadaGrannyRecipes"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_account_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Watches YouTube every night and plays Roblox with his cousin.", "YouTube"),
    ("Joined the Facebook group in March after the move.", "March"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


BODIES = [
    # a body named in full once, then by its initials with no bracket to define them
    ("Tenancy sustainment - Shannon Vale Housing Association referral\nTenant of SVHA since 2021.", "SVHA"),
    ("Eldest son works 10 hrs/day at Dora Mobile Repairs and weekends at a bakery.", "Dora Mobile Repairs"),
    ("Dad sells at Bourda Market (Persaud's Fruit Stall); mum works mornings.", "Persaud's Fruit Stall"),
]


@pytest.mark.parametrize(("text", "value"), BODIES)
def test_the_body_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_initials_of_another_name_are_left(analyzer):
    text = "Referred by National Health Service Trust; NHS number given."
    assert untouched(analyzer, text, "NHS number"), found(analyzer, text)
