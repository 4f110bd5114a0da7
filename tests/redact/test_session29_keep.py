"""Session 29: what a note mentions that names no one.

Holy days and holidays of more traditions (Monday after Undas, the week after Sallah), kin words
of more languages (Makhulu, Yeay), benefits and national schemes (Old Age Grant, Pioneer
Generation), a team named as a fan names it (watch the Reggae Boyz), a helpline with its word in
brackets, "the month of" before a Thai month, and a Thai body's time word (รพ.สต.|วันที่ ๘ ม.ค.)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Date: Nov 3, 2025 (Monday after Undas), 2 pm, with the barangay midwife", "Undas"),
    ("Date: Thursday 12 June 2025 (week after Sallah)", "Sallah"),
    ("Next review: after the Chung Yeung holiday.", "Chung Yeung"),
    ("Placement: with Makhulu (paternal grandmother), since March.", "Makhulu"),
    ("Income: Foster Child Grant plus Makhulu's Old Age Grant through SASSA.", "Old Age Grant"),
    ("Income: Foster Child Grant plus Makhulu's Old Age Grant through SASSA.", "Foster Child Grant"),
    ("Finances: on Silver Support; Pioneer Generation card; MediSave used for the knee.", "Pioneer Generation"),
    ("Home: village, lives with Yeay (grandmother), mother and two brothers.", "Yeay"),
    ("She left saying she wants to watch the Reggae Boyz with her cousin on Saturday.", "Reggae Boyz"),
    ("She knows about Meic (helpline) and has it saved.", "Meic"),
    ("ลูกสาวเล่าว่าช่วงงานแซนโฎนตาเดือนกันยายน ผู้ป่วยไม่ยอมกินข้าว", "แซนโฎนตาเดือนกันยายน"),
    ("ประชุม ๘ มิ.ย. ๒๕๖๘ (หลังวันอีดิ้ลอัฎฮา) ที่ห้องประชุม ๒", "อีดิ้ลอัฎฮา"),
    ("แผนนัดเจาะเลือดที่รพ.สต.วันที่๘ม.ค.อสม.จะพาไป", "วันที่๘ม.ค.อสม."),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


FOUND = [
    ("น้องเดือนมาคนเดียว เดือนบอกว่าไม่สบาย", "เดือน"),
    ("Lives with Nain Rhian Hughes in Bangor since the fire.", "Rhian Hughes"),
    ("แผนนัดเจาะเลือดที่รพ.สต.บ้านนาวันที่๘ม.ค.อสม.จะพาไป", "รพ.สต.บ้านนา"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_names_beside_those_words_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


# A ministry named only by what it does, and an eponym in the possessive (before what it names,
# or standing for a condition after "has"/"of"); a person's possessive stays found.
NATIONAL_AND_EPONYMS = [
    ("Plan: share screenshots with the Ministry of Social Services worker and police liaison today.",
     "Ministry of Social Services"),
    ("Complaint filed with the Ministry of Labour last week.", "Ministry of Labour"),
    ("The Jordan's Principle tutor has not started yet.", "Jordan's Principle"),
    ("Orla has Hashimoto's and takes Levothyroxine 100 micrograms.", "Hashimoto's"),
    ("Dad has Parkinson's, mum has Alzheimer's.", "Parkinson's"),
]


@pytest.mark.parametrize(("text", "value"), NATIONAL_AND_EPONYMS)
def test_national_ministries_and_eponyms_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


POSSESSIVES_FOUND = [
    ("She stays with Jordan's mum on weekends.", "Jordan"),
    ("She is a friend of Kevin's.", "Kevin"),
]


@pytest.mark.parametrize(("text", "value"), POSSESSIVES_FOUND)
def test_a_persons_possessive_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


# A belief that is also a given name, said to do something for someone, and grace said before a
# meal; the same names as people stay found.
BELIEFS = [
    ("Faith is what got her sober.", "Faith"),
    ("Hope comes from the church, she says.", "Hope"),
    ("Hope expressed about going home.", "Hope"),
    ("Faith helps her cope with the nights.", "Faith"),
    ("They go to chapel and Kieran says Grace before tea because she makes him.", "Grace"),
]


@pytest.mark.parametrize(("text", "value"), BELIEFS)
def test_beliefs_and_grace_before_meals_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_person_called_faith_is_still_found(analyzer):
    text = "Her friend Faith Mwangi helps her mum at the stall."
    assert covered(analyzer, text, "Faith Mwangi"), found(analyzer, text)


# Thai: an act's title names no body; a service's initials without dots after a role, a request
# after a service and a clause word after a sub-district word name no one.
THAI_KEPT = [
    ("อธิบายสิทธิตาม พ.ร.บ.ส่งเสริมการพัฒนาและคุ้มครองสถาบันครอบครัว พ.ศ. 2562 ให้ฟัง",
     "พ.ร.บ.ส่งเสริมการพัฒนาและคุ้มครองสถาบันครอบครัว พ.ศ. 2562"),
    ("ทำงานบริการสังคมที่วัดอีกยี่สิบชั่วโมง ประสานกศน.ขอหนังสือรับรองการเรียน", "กศน.ขอหนังสือรับรอง"),
    ("โทรคุยกับครูกศน.ตำบลเรื่องลงทะเบียนประสานอบต.แคมป์สนเรื่องเบี้ยเด็ก", "ครูกศน.ตำบลเรื่องลงทะเบียน"),
]


@pytest.mark.parametrize(("text", "value"), THAI_KEPT)
def test_thai_laws_services_and_clauses_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


THAI_FOUND = [
    ("ตามพ.ร.บ.คุ้มครองเด็กนายสมชาย ใจดี ต้องรายงาน", "นายสมชาย ใจดี"),
    ("ยื่นตาม พ.ร.บ.ศาลเยาวชนและครอบครัวฯ พ.ศ. ๒๕๕๓ ที่ศาลเยาวชนและครอบครัวจังหวัดลำปาง",
     "ศาลเยาวชนและครอบครัวจังหวัดลำปาง"),
    ("โทรคุยกับครูกศน.ตำบลเรื่องลงทะเบียนประสานอบต.แคมป์สนเรื่องเบี้ยเด็กและไปคุยกับสภ.เขาค้อถ้าเจ้าของ",
     "สภ.เขาค้อ"),
]


@pytest.mark.parametrize(("text", "value"), THAI_FOUND)
def test_names_beside_thai_laws_and_services_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_police_station_ends_before_a_condition(analyzer):
    text = "ไปคุยกับสภ.เขาค้อถ้าเจ้าของไม่ยอม"
    assert untouched(analyzer, text, "ถ้าเจ้าของ"), found(analyzer, text)


# Sides of a game and a fan's outing; a person in a court case with the same shape stays found.
def test_a_county_named_like_a_person_is_a_side_in_a_fixture(analyzer):
    text = "Hurling with the club on Tuesdays - Cork v Kerry in the Munster final is all he talks about."
    assert untouched(analyzer, text, "Kerry"), found(analyzer, text)


def test_a_team_a_fan_goes_to_see_stays(analyzer):
    text = "He wants to take the boy to see Leeds United at home for his birthday."
    assert untouched(analyzer, text, "Leeds United"), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "Meeting with Kerry Jones v the council in the final hearing next week.",
    "He wants to see Kerry at the weekend.",
])
def test_a_person_in_a_case_or_a_visit_is_found(analyzer, text):
    assert covered(analyzer, text, "Kerry"), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("คุยเรื่องกลับไปเรียนกศน.น้องสนใจ", "น้องสนใจ"),
    ("ส่งเอกสารภาษาไทยให้แม่แปลจีนให้อาม่าฟัง", "อาม่าฟัง"),
])
def test_what_a_relative_does_after_the_kin_word_is_no_name(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_nickname_after_a_kin_word_is_still_found(analyzer):
    text = "น้องฟ้ามาคนเดียว ยายร้องไห้ตลอด"
    assert covered(analyzer, text, "น้องฟ้า"), found(analyzer, text)


# Snacks, drinks and shops of more countries where a client eats or buys; the same shop as an
# employer is still hidden (labelling: a chain one works for is an employer).
@pytest.mark.parametrize(("text", "value"), [
    ("She asked if she could visit on Sundays and bring him a Greggs sausage roll.", "Greggs"),
    ("Eats Tim Tams and drinks Powerade after school.", "Tim Tams"),
    ("Mum gives him Calpol at night and Vimto in the morning.", "Calpol"),
    ("Lives on Pot Noodle and Irn-Bru since the flat was cut off.", "Irn-Bru"),
])
def test_brands_bought_or_eaten_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_chain_one_works_for_is_an_employer(analyzer):
    text = "He works at Greggs in the town centre, early shifts."
    assert covered(analyzer, text, "Greggs"), found(analyzer, text)
