"""Session 15: a surname found without the initials or the particle written before it (B.S.|
Gill, G. van der| Heijden, the Van der| Heijdens) leaves part of the name in the text; the
initials and particles before a person's span belong to it (the guide labels initials plus
surname as a name)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Client: Harpreet Kaur Gill, 29. Her father-in-law B.S. Gill "does not speak to her".', "B.S. Gill"),
        ("Ruud's mother, mevrouw G. van der Heijden, lives with them.", "G. van der Heijden"),
        ("Subject: the Van der Heijdens – summary of Tuesday", "Van der Heijdens"),
        ("Met with Mrs A.K. de Souza at the clinic about the rent.", "A.K. de Souza"),
        ("The landlord, Mr R. bin Abdullah, refused repairs.", "R. bin Abdullah"),
    ],
)
def test_initials_and_particles_before_a_surname_are_part_of_the_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("We drove in the van Somchai borrowed from his uncle.", "the van"),
        ("Got a B. Somchai was pleased with the grade.", "Got a"),
    ],
)
def test_ordinary_words_before_a_name_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
