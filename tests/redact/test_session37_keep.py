"""Session 37 (keep26): what English notes hold that looks like an identifier and is not.

A relative called by the family's own word for them, after a possessive (with her Seanmhair,
helped her Tupuna, lives with his Sekuru), is no name: writers put "her" before a kin word, not
before a name. A name the writer says someone is called (calls her Zosia), a listed given name
and a full name keep their redaction."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KIN_WORDS = [
    ("Pupil: S3, lives with her Seanmhair and dad, gets the school bus.", "Seanmhair"),
    ("She showed me the umu pit at home where she helped her Tupuna. Crying at night.", "Tupuna"),
    ("No thoughts of suicide. Says his Sekuru at church talks to him most weeks.", "Sekuru"),
    ("She got quiet, then asked if her Granddaddy could come to the next visit.", "Granddaddy"),
]


@pytest.mark.parametrize(("text", "word"), KIN_WORDS)
def test_a_kin_word_after_a_possessive_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


NAMES = [
    ("Born in Kraków; at school everyone calls her Zosia and she likes it.", "Zosia"),
    ("She brought her Tommy Hale along to the session on Friday.", "Tommy Hale"),
    ("Mum is worried about her Anna, who has stopped eating.", "Anna"),
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_names_after_a_possessive_stay_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


INSTRUMENTS_AND_SCHEMES = [
    ("Wellbeing: Warwick Wellbeing Scale 41. No self-harm, no thoughts of suicide.", "Warwick"),
    ("The SENCo is doing a Boxall Profile this term.", "Boxall Profile"),
    ("Money: Old Age Pension M950/month, Child Grant Programme paid quarterly.", "Child Grant Programme"),
    ("OVC bursary still pending from Ministry of Social Development.", "Ministry of Social Development"),
    ("Kia orana,\n\nI saw your mum at the clinic on Tuesday.", "Kia orana"),
    ("[11:43] Youth worker: Kia ora Jess, yes will ring at 4", "Kia ora"),
]


@pytest.mark.parametrize(("text", "words"), INSTRUMENTS_AND_SCHEMES)
def test_an_instruments_author_and_a_schemes_own_nouns_stay(analyzer, text, words):
    assert untouched(analyzer, text, words), found(analyzer, text)


PEOPLE_BESIDE_THEM = [
    ("Lives with Amy, 15. Amy Depression Scale score 12 at school.", "Amy"),
    ("Mr Grant called about the Child Grant Programme today.", "Mr Grant"),
    ("Kia Mahone (16) was seen today. Kia said she is fine.", "Kia"),
]


@pytest.mark.parametrize(("text", "value"), PEOPLE_BESIDE_THEM)
def test_a_person_named_beside_them_stays_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
