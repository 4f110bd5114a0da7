"""Session 25: what must survive redaction in English notes.

A fund or scheme named only by everyday words (Student Hardship Fund, National Health Insurance,
16-19 Bursary Fund, School Completion Programme) is open to anyone, so naming it says nothing of who
the client is and the draft needs it. A fund named by a place or a person stays a body that can
point at someone (Nam Wa Education Fund)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

SCHEMES = [
    ("She applied to the Student Hardship Fund last week; the decision is due Friday.", "Student Hardship Fund"),
    ("He is on the School Completion Programme and attends three days a week.", "School Completion Programme"),
    ("Treatment is covered by National Health Insurance, so no co-payment.", "National Health Insurance"),
    ("College advised applying to the 16-19 Bursary Fund for travel costs.", "16-19 Bursary Fund"),
    ("Rent arrears: a Discretionary Assistance Fund application was lodged.", "Discretionary Assistance Fund"),
]


@pytest.mark.parametrize(("text", "value"), SCHEMES)
def test_a_scheme_named_by_everyday_words_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


BODIES = [
    ("A grant from the Nam Wa Education Fund paid her fees this term.", "Nam Wa Education Fund"),
    ("He joined Horizon Men's Program on Tuesday evenings at the hall.", "Horizon Men's Program"),
]


@pytest.mark.parametrize(("text", "value"), BODIES)
def test_a_fund_or_local_program_named_by_a_place_or_its_own_name_stays_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
