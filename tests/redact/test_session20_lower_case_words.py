"""Session 20: in a note typed by speech-to-text, a role word in the plural ("carers allowance",
"young carers assessment") and a phone's "sim card" are words, not lower-case names; and a
capitalised rating scale ("Clutter Image Rating 6") is an instrument, not a person."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

STT = (
    "carers assessment notes, dictated on the phone so excuse the speech to text. visited mrs Nasreen "
    "Bibi Akhtar 67 at home. she is the main carer for her husband. she does not get carers allowance, "
    "she thought it was only for young people. speak to the school about a young carers assessment for "
    "zain. she wants a new sim card for her mobile."
)


def test_a_plural_role_word_is_no_lower_case_name(analyzer):
    assert untouched(analyzer, STT, "carers allowance"), found(analyzer, STT)
    assert untouched(analyzer, STT, "young carers assessment"), found(analyzer, STT)


def test_a_sim_card_is_no_name(analyzer):
    assert untouched(analyzer, STT, "new sim card"), found(analyzer, STT)


def test_the_names_in_the_note_stay_found(analyzer):
    assert covered(analyzer, STT, "Nasreen Bibi Akhtar"), found(analyzer, STT)


def test_a_rating_scale_is_an_instrument(analyzer):
    text = "Kitchen and hall cluttered; back door blocked. Clutter Image Rating 6 (living room), 4 (kitchen)."
    assert untouched(analyzer, text, "Clutter Image Rating 6"), found(analyzer, text)


def test_a_grant_after_a_role_word_is_money_not_a_name(analyzer):
    text = "The children receive no foster child grant; Gogo relies on her old age grant. Placed with foster mum hazel."
    assert untouched(analyzer, text, "foster child grant"), found(analyzer, text)
    assert covered(analyzer, text, "hazel"), found(analyzer, text)
