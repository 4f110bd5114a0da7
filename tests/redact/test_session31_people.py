"""Session 31: people whose names are also ordinary words, jobs or protected terms.

A titled given name stays a person when a job's head follows it (Dr Maria| Nurse): the title
says who it is, so the run is no job title ("Ward Manager" without a title still is).

A family name that is also a protected term or an everyday word (Ms Anne Parkinson, Ms Joan
Young) follows a title and a listed given name: it is the family name, unless the word says what
it is (Parkinson's, a number after it, another capitalised word).

A capitalised role word opening a body's name (the Child Development Unit) is no role before a
name: the body's head after the words says what the run is."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Seen with Dr Maria Nurse today.", "Maria"),
    ("Letter copied to Mr Angel Officer at the depot.", "Angel"),
    ("Ms Anne Parkinson attended the review.", "Ms Anne Parkinson"),
    ("Ms Joan Young called about the rent.", "Ms Joan Young"),
    ("Referral from Dr Ruth Crohn, GP.", "Dr Ruth Crohn"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_person_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Spoke with the Ward Manager about discharge.", "Ward Manager"),
    ("Referred to the Labour Attaché for advice.", "Labour Attaché"),
    ("Dr Anne Parkinson's clinic is on Fridays. Mum has Parkinson's disease.", "Parkinson's disease"),
    ("Mrs Sarah Young Carers group meets on Mondays.", "Young Carers"),
    ("Seen by Dr Sarah Monday 4 May.", "Monday 4 May"),
    ("Referred to the Child Development Unit for assessment.", "Child Development Unit"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
