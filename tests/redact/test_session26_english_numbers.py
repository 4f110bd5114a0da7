"""Session 26: police logs, local police units, client codes, and people's names that are also
the names of peoples.

A police intelligence log, an occurrence, a SAPS CAS number, a client code and a Thai petition
number identify one case; a national force named with its place (Surrey RCMP, Harare SAPS) or a
numbered division after "police from" is a local station; a given name that is also a people's
name (Karen) before a family name is a person, while the Karen community or a PCL-5 score after a
name stay words."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Shared with the police station, intelligence log WYP-13/88412/25 (the PC to call back).", "WYP-13/88412/25"),
    ("Police from 31 Division returned him home; occurrence 2025-1844709. Mother was at work.", "2025-1844709"),
    ("Police from 31 Division returned him home; occurrence 2025-1844709. Mother was at work.", "31 Division"),
    ("There was a break-in at the neighbour's; Harare SAPS CAS 187/09/2025. No injuries.", "187/09/2025"),
    ("There was a break-in at the neighbour's; Harare SAPS CAS 187/09/2025. No injuries.", "Harare SAPS"),
    ("Court file 224-3391-YJ. Surrey RCMP file 2025-41507.", "Surrey RCMP"),
    ("Client code: NWY-0431. Session 3, 50 min.", "NWY-0431"),
    ("ทำคำร้องที่สำนักงานแรงงาน เลขคำร้อง LPN-SK-2568/0931 / ติดต่อทางเฟซบุ๊ก", "LPN-SK-2568/0931"),
    ("Daughter Karen Wiese-Pulaski lives in Scottsdale and calls weekly.", "Karen Wiese-Pulaski"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_case_numbers_police_units_and_names_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEEP = [
    ("Mahmoud PCL-5 = 48, nightmares, won't see a GP.", "PCL-5 = 48"),
    ("She attends the Karen community group; speaks Zulu and English at home.", "Karen"),
    ("The RCMP and SAPS were both called about the case.", "RCMP"),
    ("Sleep log kept for 2 weeks; food log 3 days.", "log"),
]


@pytest.mark.parametrize(("text", "value"), KEEP)
def test_scores_peoples_and_national_forces_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


PLACES_AND_BODIES = [
    ('The owner gives his name as "Mikey". No written contract.', "Mikey"),
    ("Doctor: Southwest General geriatrics, last visit August.", "Southwest General"),
    ("Antenatal: attending Nakuru Level 5 Hospital, next clinic 20/10.", "Nakuru Level 5 Hospital"),
    ("They rent a room in HAL 2nd Stage, off 12th Main, near the metro.", "HAL 2nd Stage"),
    ("They rent a room in HAL 2nd Stage, off 12th Main, near the metro.", "12th Main"),
    ("The family moved to DHA Phase 6 last year; before that they lived in Sector I-8.", "DHA Phase 6"),
    ("The family moved to DHA Phase 6 last year; before that they lived in Sector I-8.", "Sector I-8"),
    ("He sells phone cases at a stall in G-9 Markaz after school.", "G-9 Markaz"),
]


@pytest.mark.parametrize(("text", "value"), PLACES_AND_BODIES)
def test_quoted_names_general_hospitals_and_planned_town_parts_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


WORDS = [
    ("She wrote to the Attorney General and the Surgeon General about it.", "Attorney General"),
    ("Appearance: unkempt. Overall General health poor.", "Overall General"),
    ("Phase 2 trial offered; Key Stage 2 pupils; see Sector 5 of the report.", "Sector 5"),
    ("Phase 2 trial offered; Key Stage 2 pupils; see Sector 5 of the report.", "Key Stage 2"),
    ('The form name is "Referral Form" on the portal.', "Referral Form"),
]


@pytest.mark.parametrize(("text", "value"), WORDS)
def test_offices_stages_and_form_names_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_dash_sign_off_with_a_role_in_brackets_and_a_folder_number_are_found(analyzer):
    text = "Forensic photos in folder KPH-LD-0117.\n– Wanida (liaison officer)"
    assert covered(analyzer, text, "KPH-LD-0117"), found(analyzer, text)
    assert covered(analyzer, text, "Wanida"), found(analyzer, text)


def test_a_dash_line_with_a_remark_in_brackets_is_no_sign_off(analyzer):
    text = "- Follow up (next week)\n– Plan (see above)"
    assert untouched(analyzer, text, "Plan"), found(analyzer, text)


def test_a_day_before_a_month_after_a_town_is_no_part_of_the_place(analyzer):
    text = "Moved to Dayton 12 May with her aunt."
    assert covered(analyzer, text, "Dayton"), found(analyzer, text)
    assert untouched(analyzer, text, "12 May"), found(analyzer, text)


def test_a_place_span_one_word_short_of_a_known_town_takes_the_word(analyzer):
    text = "Sham Shui Po subdivided flat, 90 sq ft, shared toilet."
    assert covered(analyzer, text, "Sham Shui Po"), found(analyzer, text)


HANDLES = [
    ("Her insta is jaz.mine_x and she posts every night.", "jaz.mine_x"),
    ("He said his snap is kd_2009 but he deleted it.", "kd_2009"),
]


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_a_short_part_in_a_handle_after_an_account_word_is_still_a_handle(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_an_abbreviation_after_an_account_word_stays(analyzer):
    text = "Her account was closed; see e.g. the school's notes."
    assert untouched(analyzer, text, "e.g."), found(analyzer, text)


def test_a_clubs_letters_after_a_place_read_make_it_the_club(analyzer):
    text = "He boxes at Double Jab ABC twice a week."
    hits = [e for e in analyzer.analyze(text) if "Double" in e.text]
    assert hits and hits[0].text == "Double Jab ABC" and hits[0].type == "ORGANIZATION", found(analyzer, text)
