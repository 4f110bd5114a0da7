"""Session 26: English notes' everyday words that name no one.

Everyday Māori words in New Zealand notes (whānau, rangatahi, kaupapa Māori, te reo, kapa haka,
Oranga Tamariki) are words, not names; a helpline's name (Roshni Helpline, the Meic helpline) is
reached by anyone; a qualification or a policy (Welsh Baccalaureate, Child Safeguarding Policy) is
a document. A marae or a trust named with Māori words stays a body, and a person called Wairua a
person; a company read as a person after "with" is typed as the company it is."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEEP = [
    ("family group conference coming up through oranga tamariki next month", "oranga tamariki"),
    ("she asked about kaupapa maori counselling for him, i'll look into rangatahi programmes", "kaupapa maori"),
    ("she asked about kaupapa maori counselling for him, i'll look into rangatahi programmes", "rangatahi"),
    ("Some skipping of Te Reo class. Check with his Whānau teacher next week.", "Te Reo"),
    ("Some skipping of Te Reo class. Check with his Whānau teacher next week.", "Whānau teacher"),
    ("He will join lunchtime Kapa haka practice with a friend.", "Kapa haka"),
    ("Roshni Helpline 1138 number given to the mother.", "Roshni Helpline 1138"),
    ("Work placement discussed. Welsh Baccalaureate, Meic helpline info given.", "Meic"),
    ("Work placement discussed. Welsh Baccalaureate, Meic helpline info given.", "Welsh Baccalaureate"),
    ("Photos taken with consent per the centre's Child Safeguarding Policy.", "Child Safeguarding Policy"),
]


@pytest.mark.parametrize(("text", "value"), KEEP)
def test_everyday_words_helplines_and_documents_survive(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


NAMES = [
    ("Whānau hui notes, 19 June, 1pm, at Te Puea Memorial Marae, Māngere.", "Te Puea Memorial Marae"),
    ("Present: Wairua Ngata (nan) and her two mokopuna.", "Wairua Ngata"),
    ("Referred to Te Rito Ora Trust in Porirua for whānau support.", "Te Rito Ora Trust"),
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_bodies_and_people_named_with_maori_words_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_company_read_after_with_is_typed_a_company(analyzer):
    text = "Ask the college about a work placement with Mumbles Builders Ltd. He is keen."
    hits = [e for e in analyzer.analyze(text) if "Mumbles" in e.text]
    assert hits and all(e.type == "ORGANIZATION" for e in hits), found(analyzer, text)


MORE_KEEP = [
    ("She may contact them without affecting her student visa. Discussed special consideration.", "student visa"),
    ("He skipped the loy krathong planning meeting, which he used to lead.", "loy krathong"),
    ("Agreed to try the Pomodoro method (25/5) with a phone timer.", "Pomodoro"),
    ("Explained Area Agency on Aging caregiver respite.", "Area Agency on Aging"),
    ("Plan: Home Office Single Competent Authority decision awaited.", "Single Competent Authority"),
    ("Student Wellbeing Adviser (Faculty of Engineering)", "Faculty of Engineering"),
    ("I recommend an Extenuating Circumstances extension of six weeks.", "Extenuating Circumstances"),
]


@pytest.mark.parametrize(("text", "value"), MORE_KEEP)
def test_documents_festivals_methods_and_national_processes_survive(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_named_university_beside_a_faculty_is_still_found(analyzer):
    text = "She studies at the Faculty of Engineering, Chiang Mai University, second year."
    assert covered(analyzer, text, "Chiang Mai University"), found(analyzer, text)
