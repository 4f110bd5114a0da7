"""Session 12: a Thai province or town written in Latin letters that a name rule read is typed as
the place it is, so the model is sent "[LOCATION_1]", not "[PERSON_1]", and drafts "moved from
[LOCATION_1]" rather than treating a province as a person. Written before the code. A known place
that opens with a given name (Florence) stays a person."""

from __future__ import annotations


def _types(analyzer, text):
    return {e.text: e.type for e in analyzer.analyze(text)}


def test_a_province_read_as_a_name_is_a_place(analyzer):
    assert _types(analyzer, "Client is Lao-Thai, Isan from Roi Et, father in law").get("Roi Et") == "LOCATION"


def test_a_given_name_that_is_also_a_town_stays_a_person(analyzer):
    assert _types(analyzer, "Florence said the rent is late again.").get("Florence") == "PERSON"
