"""Session 35: a birth name after "née" is a person's surname, whatever word it is."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('Mrs Rattana Penrose (née Sangthong), known as "Ning"', "Sangthong"),
    ("Her mother, Mrs Joan Baker nee Hill, is the carer.", "Hill"),
    ("Anna Schulz, geb. Wagner, lives alone.", "Wagner"),
    ("Mrs Ama Owusu (née Ama Boateng) attended.", "Ama Boateng"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_birth_name_after_nee_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_word_that_merely_ends_in_nee_stays(analyzer):
    text = "Knee pain since March; the referee Knee-jerk reflex normal."
    assert untouched(analyzer, text, "pain since March"), found(analyzer, text)
