"""Session 33: a given name that is also a verb, used as the verb, stays in the clear.

"Mark the register", "Chase the referral", "Drew the house" and "Hope the day team settle her"
open a sentence or an instruction with a verb that is also a given name. A name is not followed
by its own object pronoun or a determiner ("Mark him present", "Chase the school"), so the
object after it tells the verb from the person. "Hope is that …" says what the hope is."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

VERBS = [
    ("Plan: Mark the attendance sheet each morning before first period.", "Mark"),
    ("Teacher to Mark him late only after 9:15, not at registration.", "Mark"),
    ("Could you Mark the review date on the family calendar, 12 May.", "Mark"),
    ("- Chase the housing officer about the damp report by Friday.", "Chase"),
    ("Drew the kitchen at home and put everyone in it except the dog.", "Drew"),
    ("Hope the night staff can keep the lights low for her.", "Hope"),
    ("Hope is that the move to the new school settles him by spring.", "Hope"),
]


@pytest.mark.parametrize(("text", "word"), VERBS)
def test_a_verb_that_is_also_a_given_name_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


NAMES = [
    ("Mark Delaney (stepfather) came to the meeting with the school nurse.", "Mark Delaney"),
    ("Spoke with Chase Whitlock, the boy's football coach, after training.", "Chase Whitlock"),
    ("Drew said the teacher shouted at him in maths.", "Drew"),
    ("Hope Nakamura (aunt) will collect him on Fridays.", "Hope Nakamura"),
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_the_same_words_as_names_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


HOSPITAL_ACRONYMS = [
    ("Her father is a night porter at QMH and sleeps in the day.", "QMH"),
    ("Followed up at the RVCH fracture clinic on Monday.", "RVCH"),
    ("Discharged from SCGH with a walking boot.", "SCGH"),
]


@pytest.mark.parametrize(("text", "value"), HOSPITAL_ACRONYMS)
def test_a_hospital_named_by_its_acronym_where_someone_works_or_is_treated(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


SERVICE_ACRONYMS = [
    ("Referred to MASH the same afternoon; DASH score 16.", "MASH"),
    ("Admitted in ETOH withdrawal, CIWA 18.", "ETOH"),
    ("Bloods sent to check TSH and PTH.", "TSH"),
    ("Completed the ROSH at intake.", "ROSH"),
]


@pytest.mark.parametrize(("text", "word"), SERVICE_ACRONYMS)
def test_screens_tests_and_services_that_end_in_h_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
