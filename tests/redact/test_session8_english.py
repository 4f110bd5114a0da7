"""Session 8, English shapes from development sets 26–28: a Bangkok lane written as its road and
number (Lat Phrao 48), a state code in brackets (Dallas (VIC)), a name then ", the <role>", an
ordinal street or court in any case (78th street, 406th District Court), a Southern African
honorific (Mam' Thandeka).

Why: each left part or all of an identifier in the draft; each is a frame, not a list of names.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bank works at a salon, lives in Lat Phrao 48. Tested today.", "Lat Phrao 48"),
        ("Mrs Sultani lives in Dallas (VIC) and doesn't drive", "Dallas (VIC)"),
        ("Buddy, the volunteer from church, drove her to the clinic.", "Buddy"),
        ("Spoke to Tendai, the caseworker at the council, by phone.", "Tendai"),
        ("moved in the same building on 78th street grandma wants him back", "78th street"),
        ("protective order hearing, 406th District Court, cause no. 2026-CVF-0113", "406th District Court"),
        ("She lives with her mother, Mam' Thandeka, who minds the baby.", "Thandeka"),
    ],
)
def test_the_frame_hides_the_identifier(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Has lived in Chiang Mai 3 years with her aunt.", "3 years"),
        ("However, the teacher said he was calm.", "However"),
        ("Today, the caseworker phoned twice.", "Today"),
        ("She is in her 3rd year at school and 2nd street food job.", "3rd year"),
    ],
)
def test_ordinary_words_in_the_same_frames_stay(analyzer, text, kept):
    assert untouched(analyzer, text, kept)


def test_a_date_after_a_district_is_no_lane(analyzer):
    assert untouched(analyzer, "Outreach Bang Phli 3 Feb. Met the family in their room.", "3 Feb")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Notes: discussed Module 12 with her.", "Module 12"),
        ("Homework from Lesson 4 not done.", "Lesson 4"),
    ],
)
def test_a_numbered_thing_is_no_name(analyzer, text, kept):
    assert untouched(analyzer, text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Caller Mrs Sompit (spelt Sompid on previous call record)", "Sompid"),
        ("Rm 9 Grandpa Chan (Chanchai on the chart) - falls risk", "Chanchai"),
        ("Thanakrit ('Tan' - spelt Tarn on the roster) sent a text", "Tarn"),
        ("16:10 ended. Staff: Supaporn / supervisor Mark", "Supaporn"),
        ("joined the students' society (contact: Arthit).", "Arthit"),
        ("Home visit w/ VHV Nid: Grandma Tongkham, 81", "Nid"),
    ],
)
def test_a_name_in_a_spelling_note_or_after_a_staff_label_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Contact: none given. Staff: Monday cover only.", "Monday"),
        ("Dose (spelled out in full on the chart) checked twice.", "spelled out"),
    ],
)
def test_labels_and_spelling_words_without_a_name_stay(analyzer, text, kept):
    assert untouched(analyzer, text, kept)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("exchange student Pimchanok B. (goes by 'Pim', signs emails 'Pimmy'), ID 20931447", "Pimmy"),
        ("Outreach, Mahachai fish market, 06:00. Spoke with two mothers.", "Mahachai fish market"),
        ("uncle's garage, Pong Auto, Lat Phrao Soi 64. Random UDS clean.", "Lat Phrao Soi 64"),
    ],
)
def test_a_sign_off_name_a_market_and_a_soi_number_are_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("teacher saw nay lin from moei valley learning centre says she stopped coming", "moei valley learning centre"),
        ("no id nurse jan found a ramkhamhaeng university student card in the bag ok so", "ramkhamhaeng university"),
    ],
)
def test_a_lower_case_name_and_its_kind_in_dictation_are_one_body(analyzer, text, body):
    assert covered(analyzer, text, body)


def test_a_clause_between_a_name_and_a_kind_is_not_one_body(analyzer):
    text = "ok so tevita went to the clinic today and tevita said the clinic was busy"
    assert untouched(analyzer, text, "clinic")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Pastoral counselling – Wellspring Praise Assembly, Alief campus.", "Wellspring Praise Assembly"),
        ("Pastor Ioane from First Samoan Congregational brings food Sundays", "First Samoan Congregational"),
        ("Her card is G 6503-44117. Hearthlight Child Sponsorship covers fees.", "Hearthlight Child Sponsorship"),
    ],
)
def test_a_congregation_or_sponsor_named_like_a_church_is_hidden(analyzer, text, body):
    assert covered(analyzer, text, body)


def test_a_school_assembly_stays(analyzer):
    assert untouched(analyzer, "Spoke at the school assembly about bullying.", "school assembly")


def test_a_numbered_line_of_notes_is_no_line_account(analyzer):
    assert untouched(analyzer, "Line 4: calm, engaged, eating better.", "calm")
