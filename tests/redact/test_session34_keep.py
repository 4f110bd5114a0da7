"""Session 34: words from the languages of the places notes come from that name no one.

A language someone speaks, answers or prays in ("answers in Sango only", "speaks Tamazight at
home"), and a festival, rite or holiday named before the kind of event it is ("after the Tabanka
procession", "the Sandugo Festival") stay in the draft; the people beside them are still found."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Family speaks Tamazight at home; mother Aicha Ouali works nights.", "Tamazight"),
    ("Grandmother speaks only Papiamentu and agreed to a home visit.", "Papiamentu"),
    ("Very quiet, answers in Sango only; PCL-5 not done today.", "Sango"),
    ("Talked in Darija. He asked about the school.", "Darija"),
    ("She switches to Kalaallisut when upset.", "Kalaallisut"),
    ("Brought in drunk after the Tabanka procession, slept it off.", "Tabanka"),
    ("The father's side wants an Abira ceremony; mother refuses.", "Abira"),
    ("The Valborg bonfire went well this year with one assistant.", "Valborg"),
    ("She wants to dance in the Sandugo Festival street parade in July.", "Sandugo Festival"),
    ("Took part in the Ingoma drumming group on Thursday.", "Ingoma"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_languages_and_festivals_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


FOUND = [
    ("Family speaks Tamazight at home; mother Aicha Ouali works nights.", "Aicha Ouali"),
    ("She spoke Maori with Hemi Walker at the marae.", "Hemi Walker"),
    ("Talking about her parents in Moga and the loan.", "Moga"),
    ("Lives off Vitogo Parade, Lautoka, with an aunt.", "Vitogo Parade"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_people_and_places_beside_them_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


LAWS = [
    ("Marrying off a schoolgirl is an offence under the Education Act and the Law of the Child Act protects her.",
     "Law of the Child Act"),
    ("Reviewed under the Restraining Orders Act 1997 at the team meeting.", "Restraining Orders Act 1997"),
    ("I have started the Ley de Dependencia application with the town hall.", "Ley de Dependencia"),
    ("Child in danger under Lei de Proteção de Crianças e Jovens em Perigo (neglect).",
     "Lei de Proteção de Crianças e Jovens em Perigo"),
    ("The family has obligations under the Loi du 5 juin 2003.", "Loi du 5 juin 2003"),
    ("Land taken without a title — Ley 369.\nPlan", "Ley 369"),
]


@pytest.mark.parametrize(("text", "law"), LAWS)
def test_a_law_by_its_title_stays(analyzer, text, law):
    assert untouched(analyzer, text, law), found(analyzer, text)


def test_a_road_that_opens_like_a_law_is_still_a_place(analyzer):
    text = "She works at a bar on Loi Kroh Road most evenings."
    assert covered(analyzer, text, "Loi Kroh Road"), found(analyzer, text)
