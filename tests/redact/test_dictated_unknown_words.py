"""A note dictated with no capitals: a word no dictionary, drug list or abbreviation list knows is
taken for a name even with no frame around it.

Why: speech-to-text gives whole notes in lower case, and a name then looks like any word; the
frames (a role, a title, a reporting verb) miss names that stand alone ("seen at home, tavake
quiet"). In such a note an unknown word is far more often a name than anything else; ordinary
words in any inflection, drug names and jotting abbreviations stay. Notes in Thai with English
terms in lower case are not "dictated" and are left to the Thai rules.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

DICTATED = (
    "home visit today seen in the kitchen with gran. tavake quiet but engaged, talked about "
    "school and the bus. slept better this week, admitted to missing meds twice. on sertraline "
    "50 mg, phq 14 down from 18. cbt worksheet done. criteria for respite discussed, gran keen. "
    "she's still couch-surfing some nights, apointment with the studnt nurse booked. "
    "next visit in two weeks"
)


def test_a_name_standing_alone_in_a_dictated_note_is_hidden(analyzer):
    assert covered(analyzer, DICTATED, "tavake")


@pytest.mark.parametrize("word", [
    "slept", "admitted", "sertraline", "phq", "cbt", "criteria", "gran", "respite",
    "she's", "couch-surfing", "apointment", "studnt",  # a contraction, a compound, typos
])
def test_ordinary_words_drugs_and_abbreviations_in_a_dictated_note_stay(analyzer, word):
    assert untouched(analyzer, DICTATED, word)


def test_a_possessive_ends_the_name(analyzer):
    text = (
        "spoke with mum on the phone today about the plan for next week. she says koffi's teacher "
        "rang twice and wants a meeting, mum agreed to go with him on monday"
    )
    assert covered(analyzer, text, "koffi")
    assert untouched(analyzer, text, "teacher")


def test_lower_case_english_terms_in_a_thai_note_are_not_names(analyzer):
    text = "ผู้รับบริการเล่าว่ามี burnout จากงาน และลูกโดน cyberbullying ในโรงเรียน ให้ psychoeducation เรื่องการนอน"
    for term in ("burnout", "cyberbullying", "psychoeducation"):
        assert untouched(analyzer, text, term)


@pytest.mark.parametrize("text", [
    "pt says sponsor Marcus helped. relapse sat nite at Rosie's. works @ Kwik Fit. next UDS thurs.",
    "Answer in plain words. keep the placeholders as they are. report the language used.",
    "Tavake came late. he said the bus was full. mum texted at 9.",
])
def test_the_leak_guard_finds_nothing_new_in_the_redacted_note(analyzer, text):
    """Redacting removes capitalised names; the guard's re-scan must not then read the note as
    dictation and block it for words the first scan let through."""
    from assistant.redact import LeakGuard, redact

    result = redact(text, analyzer)
    assert LeakGuard(analyzer).scan(result.redacted_text, mapping=result.mapping) == []
