"""Session 41 (set 138): a hospital ward named by its patients and its specialty.

"SOAP note, 28 Jan 2025 11:20, Male Surgical bed 9", "transferred to Female Medical Ward": a ward
is reassigned from patient to patient and is a keep string by the labelling guide, but the two
capitalised words after a note's date read as a name or a body. A ward label — a sex or age group
and a specialty, or a specialty and "Ward" — is kept."""

from __future__ import annotations

import pytest

from tests.redact.helpers import found, untouched

KEPT = [
    ("Social work SOAP note, 28 Jan 2025 11:20, Male Surgical bed 9\nS: Pt says he fell.", "Male Surgical bed 9"),
    ("Transferred to Female Medical Ward, bed 4, on Tuesday.", "Female Medical Ward"),
    ("Paediatric Surgical ward nurse called the mother at 14:00.", "Paediatric Surgical ward"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_ward_label_survives(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
