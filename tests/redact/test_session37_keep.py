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
