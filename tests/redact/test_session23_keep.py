"""Session 23: capitalised ordinary words that name a thing or a job survive.

An article before and a lower-case noun after ("the Grace period", "a Dawn walk", "the Brave
Talker chart") make a thing of a word that is also a given name; the capitalised words before a
job's head noun, with no name after it, are the job ("Ward Manager", "Labour Attaché",
"Consultant Old Age Psychiatrist"). A family (the Rose family) and a named officer (Ward Manager
Smith, Officer Jones) are still people."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

THINGS = [
    ("I explained the Grace period on the NDIS side is for 14 days.", "Grace period"),
    ("What's helping: a Dawn walk with the buggy along the river.", "Dawn walk"),
    ("We moved her up a step on the Brave Talker chart, step 4 = whisper.", "Brave Talker chart"),
    ("Did: listened, a Worry Tree sheet together.", "Worry Tree"),
    ("Will to follow up with Ward Manager whether it can go.", "Ward Manager"),
    ("2. Labour Attaché informed today.", "Labour Attaché"),
    ("Yours sincerely,\nConsultant Old Age Psychiatrist\ncc: patient", "Consultant Old Age Psychiatrist"),
]


@pytest.mark.parametrize(("text", "value"), THINGS)
def test_a_thing_or_a_job_in_capitals_survives(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


PEOPLE = [
    ("Met the Rose family at home; Rose said little.", "Rose"),
    ("Spoke to Ward Manager Smith about the leave.", "Smith"),
    ("Officer Jones came at 14:00.", "Jones"),
    ("Rose attended with her sister Grace.", "Grace"),
    ("Mint (8) came with Grandma, who reports that Mint talks non-stop in the car.", "Mint"),
    ("Kirra asked that nothing be written that Rich could see. Rich is her ex-partner.", "Rich"),
    ("Paid into a Thai account that Ning cannot access.", "Ning"),
]


@pytest.mark.parametrize(("text", "value"), PEOPLE)
def test_people_beside_such_words_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


SAID_MEDICINES = [
    ("ok so he has been working with the other men and taking paracetamol for the pain but sleeping badly",
     "paracetamol"),
    ("alcohol withdrawal ciwa of eighteen on the reducing chlordiazepoxide regime and his wife came in today",
     "ciwa"),
]


@pytest.mark.parametrize(("text", "value"), SAID_MEDICINES)
def test_a_medicine_or_scale_said_in_lower_case_survives(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_feeling_said_to_be_expressed_is_no_person_but_a_person_admitted_is(analyzer):
    text = "No thoughts of harm.\n- Hope was expressed about going home. Joy was evident at bath time. Grace was admitted on Monday."
    assert untouched(analyzer, text, "Hope was expressed"), found(analyzer, text)
    assert untouched(analyzer, text, "Joy was evident"), found(analyzer, text)
    assert covered(analyzer, text, "Grace"), found(analyzer, text)

