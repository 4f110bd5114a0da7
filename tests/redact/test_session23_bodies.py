"""Session 23: bodies and their names.

A family name that happens to begin with a title's letters (Drysdale, Mrsic, Frankland) is no
titled person: the body named after it still takes its lower-case kind ("Drysdale family
support"), while a real title (Dr. Szymanski) still keeps the kind apart."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

TITLE_LETTERS = [
    ("Seen by the GP and Drysdale family support this week.", "Drysdale family support"),
    ("Mum rang Mrsic family services about the respite place.", "Mrsic family services"),
    ("Her brother and Revesby boxing club coach talked after training.", "Revesby boxing club"),
]


@pytest.mark.parametrize(("text", "value"), TITLE_LETTERS)
def test_a_name_opening_with_a_titles_letters_still_heads_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_titled_person_before_a_kind_stays_a_person(analyzer):
    text = "Will ask Dr. Szymanski re home health visits after discharge."
    values = [v for _, v in found(analyzer, text)]
    assert not any("home health" in v for v in values), values


PLACED_SERVICES = [
    ("To: Intake, Brisbane South Vietnamese Family Support\nRe: Mrs Lan, DOB 21/03/1961",
     "Brisbane South Vietnamese Family Support"),
    ("Intake Team\nLiverpool Multicultural Gambling Help\nBy email: intake@example.org",
     "Liverpool Multicultural Gambling Help"),
]


@pytest.mark.parametrize(("text", "value"), PLACED_SERVICES)
def test_a_service_named_by_its_place_is_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_kind_of_service_with_no_place_or_brand_is_no_body(analyzer):
    text = "Gave the number for Gambling Help; she gets Peer Support and applied for Child Welfare."
    assert found(analyzer, text) == []


SPELLED_OUT = [
    ("Friends Across the River (FAR), Nong Khai\nThanks — FAR will call back.", ("Friends Across the River", "FAR")),
    ("Minutes\nFriends of Village Children (FVC), district office. FVC staff attended.",
     ("Friends of Village Children", "FVC")),
    ("To: Thai Student Support Brisbane (TSSB)\nHi all at TSSB,", ("Thai Student Support Brisbane", "TSSB")),
]


@pytest.mark.parametrize(("text", "values"), SPELLED_OUT)
def test_a_body_spelled_out_before_its_acronym_is_covered_with_it(analyzer, text, values):
    for value in values:
        assert covered(analyzer, text, value), found(analyzer, text)


def test_an_acronym_for_a_test_an_order_or_a_kind_of_service_names_no_body(analyzer):
    text = (
        "Patient Health Questionnaire (PHQ) 14; Cognitive Behavioural Therapy (CBT) offered. Family Violence "
        "Intervention Order (FVIO) in place. Referred to Child Protection Services (CPS) and the Multi-Agency "
        "Risk Assessment Conference (MARAC)."
    )
    assert found(analyzer, text) == []


CAPS_HEADINGS = [
    ("THE ANCHOR PROJECT\nReferral form\nName: Dean", "THE ANCHOR PROJECT"),
    ("JESMOND HOUSE WOMEN'S REFUGE – key work note", "JESMOND HOUSE WOMEN'S REFUGE"),
]


@pytest.mark.parametrize(("text", "value"), CAPS_HEADINGS)
def test_a_project_or_refuge_named_in_a_capitals_heading_is_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_capitals_heading_of_kind_words_is_no_body(analyzer):
    text = "MENTAL HEALTH SERVICE\nREFERRAL PROGRAMME\nYOUTH OUTREACH PROJECT\nCONFIDENTIAL REFERRAL SERVICE"
    assert found(analyzer, text) == []


DICTATED_BODIES = [
    ("jomar is thirty four filipino been on braemar downs dairies two seasons the owner is craig and he is ok",
     "braemar downs dairies"),
]


@pytest.mark.parametrize(("text", "value"), DICTATED_BODIES)
def test_a_dictated_farm_named_by_its_place_is_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


DEDICATIONS = [
    ("Kids go to Our Lady Star of the Sea primary on the bus.", "Our Lady Star of the Sea"),
    ("Mum attends Our Saviour's Lutheran on Sundays.", "Our Saviour's Lutheran"),
    ("she goes to our lady of the rosary for mass most weeks", "our lady of the rosary"),
    ("EIGHTH AVENUE WORKERS' COLLECTIVE – intake form", "EIGHTH AVENUE WORKERS' COLLECTIVE"),
]


@pytest.mark.parametrize(("text", "value"), DEDICATIONS)
def test_a_parish_named_for_its_dedication_or_a_collective_in_capitals_is_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_our_lady_prayed_to_is_no_body(analyzer):
    text = "She prays to Our Lady daily and keeps a statue of Our Lady by the bed; she prays to our lady every night."
    assert found(analyzer, text) == []


CLUBS = [
    ("Gabriel plays for Rivers United FC Sundays.", "Rivers United FC"),
    ("He used to play for SV Reudnitz 09 and trains with TSV Gaarden now.", "SV Reudnitz 09"),
]


@pytest.mark.parametrize(("text", "value"), CLUBS)
def test_a_sports_club_by_its_letters_is_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_letters_before_an_ordinary_word_make_no_club(analyzer):
    text = "Took AS Level exams; the AC Unit is broken; SC Johnson products only."
    assert found(analyzer, text) == []
