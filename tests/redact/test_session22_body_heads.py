"""Session 22: a capitalised body's name whose kind is written in lower case ("Pine Tree frozen
foods", "at Cornerstone community church") is covered whole — the kind is part of what names it —
while a nationality, weekday or feast before a kind ("Sunday school", "Thai temple", a
client's own first name) and a role after a head ("support worker") make no body."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

BODIES = [
    ("Mum found a job at Pine Tree frozen foods in Auburn where she packs on the line.", "Pine Tree frozen foods"),
    ("The kids go to the after-school club at Kingsgate community church on Tuesdays.",
     "Kingsgate community church"),
    ("Khang played in the youth league at Vietnamese Martyrs church and liked it.", "Vietnamese Martyrs church"),
    ("Kody came back to the Hastings & Main women's shelter at 22:10, intoxicated.",
     "Hastings & Main women's shelter"),
    ("Plan: legal referral to Tamkeen labour support this week.", "Tamkeen labour support"),
    ("She trains every Saturday with Moss Side boxing club and says it keeps her calm.", "Moss Side boxing club"),
    ("Dad has worked nights for Harbourline seafoods since March.", "Harbourline seafoods"),
]


@pytest.mark.parametrize(("text", "value"), BODIES)
def test_a_body_with_its_kind_in_lower_case_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KINDS = [
    ("Malee goes to Sunday school and to Thai temple with her grandmother.", ("Sunday school", "Thai temple")),
    ("Met with the Catholic school counsellor and the Buddhist temple committee.", ("Catholic school",)),
    ("Client asked about Christmas church service times.", ("Christmas church",)),
]


@pytest.mark.parametrize(("text", "kinds"), KINDS)
def test_a_kind_after_a_nationality_faith_or_day_is_no_body(analyzer, text, kinds):
    values = [v for _, v in found(analyzer, text)]
    assert not any(k in v or v in k for v in values for k in kinds), values


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Survivor staying at Bluefen House shelter since Friday.", "shelter"),
        ("She has been moved to Heronsgate House refuge as of Tuesday.", "refuge"),
        ("Will ask PCP Dr. Szymanski re home health.", "home health"),
    ],
)
def test_a_kind_after_a_headed_body_or_a_titled_person_stays(analyzer, text, kind):
    values = [v for _, v in found(analyzer, text)]
    assert not any(kind in v for v in values), values


@pytest.mark.parametrize(
    "text", ["Came from Outpatient clinic today.", "Her mother Sunee works at a hotel.", "Seen at Walk-in clinic."]
)
def test_one_ordinary_word_before_a_kind_or_a_verb_is_no_body(analyzer, text):
    values = [v for _, v in found(analyzer, text)]
    assert not any("clinic" in v or "works" in v for v in values), values


def test_a_role_after_the_head_is_not_part_of_a_body(analyzer):
    text = "Agreed with Somsak support worker from the outreach team to meet again Friday."
    values = [v for _, v in found(analyzer, text)]
    assert not any("support" in v for v in values), values



# session 22 — a town the English word list takes from WordNet's proper nouns (mumbai, cali,
# london) read as an English word, so a dictated "works in mumbai" stayed.
DICTATED = (
    "uh so she said her husband was taking them to a hotel job in mumbai full stop dad is from cali "
    "and works in london now. she relapsed on crystal last month and goes to temple in reading"
)


@pytest.mark.parametrize("town", ["mumbai", "cali", "london"])
def test_a_dictated_town_that_wordnet_lists_as_a_noun_is_covered(analyzer, town):
    assert covered(analyzer, DICTATED, town), found(analyzer, DICTATED)


def test_a_common_noun_that_is_also_a_town_stays_in_a_dictated_note(analyzer):
    values = [v for _, v in found(analyzer, DICTATED)]
    assert not any(v in ("crystal", "temple", "reading") for v in values), values
