"""Session 33: notes from French-speaking places (and Spanish, Portuguese, German forms).

Phone numbers in pairs without a country code (06 39 98 41 27; eight digits in pairs when a word
of calling stands before them on the line — scores listed in pairs stay), a form's birth-date
label in its own language (DATE DE NAISSANCE, fecha de nacimiento, Geburtsdatum), identity
numbers by their French and Macanese names (NIR, BIR, RAMQ), a service's acronym with the place
it serves (CHU de Libreville), and a form's label with a bracket (Contact (daughter):) that had
been read as a person's name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Contact (fille): 06 72 14 88 31 / mail on file", "06 72 14 88 31"),
    ("Emergency contact: his aunt in Punaauia, 89 44 12 07.", "89 44 12 07"),
    ("DATE DE NAISSANCE (déclarée): 03/07/2010\nDossier ouvert.", "03/07/2010"),
    ("Fecha de nacimiento: 14/02/2012. Vive con la abuela.", "14/02/2012"),
    ("Geburtsdatum: 21.09.2009, Klasse 9b.", "21.09.2009"),
    ("NIR: 1 84 03 75 112 045 33\nAdresse: chez sa tante", "1 84 03 75 112 045 33"),
    ("Croupier at a Cotai casino, BIR 1/553021/2, DOB 1986-02-11.", "1/553021/2"),
    ("Client: Léa Tremblay, 15, RAMQ TREL 1005 2217, lives with her father.", "TREL 1005 2217"),
    ("Follow-up at the CHU de Brazzaville next month.", "CHU de Brazzaville"),
    ("Vaccinations at the PMI de Mamoudzou on Tuesday.", "PMI de Mamoudzou"),
    ("Client known to everyone in the market as Tiko. Sells bread.", "Tiko"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_identifiers_written_the_francophone_way_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Weekly scores 12 14 16 18 show steady progress.", "12 14 16 18"),
    ("Contact (daughter): 06 72 14 88 31", "Contact"),
    ("She got a DNA de novo result from genetics.", "DNA de novo"),
    ("He is known to services as a risk to younger children.", "risk"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_what_only_looks_like_one_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_named_person_with_a_bracketed_relation_is_still_a_name(analyzer):
    text = "Hope (daughter): came in at 4pm with the baby."
    assert covered(analyzer, text, "Hope"), found(analyzer, text)


def test_a_helpline_written_as_two_words_is_kept(analyzer):
    text = "He has the Kamatsiaqtut Help Line number saved in his phone."
    assert untouched(analyzer, text, "Kamatsiaqtut Help Line"), found(analyzer, text)


def test_a_word_name_with_a_pronoun_bracket_before_a_colon_is_still_a_name(analyzer):
    text = "Group, Thu 15:30\n2. Legend (he/him, legal name Michaela): quiet today."
    assert covered(analyzer, text, "Legend"), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("She volunteers with Association Nour El Hayat in Nouakchott.", "Association Nour El Hayat"),
    ("To: psychosocial team, Hospital Lorenzo Quintana", "Hospital Lorenzo Quintana"),
    ("Food parcels from Fundación Amigos del Río every Friday.", "Fundación Amigos del Río"),
])
def test_a_body_whose_kind_is_written_first_is_found_with_its_kind(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_generic_hospital_before_a_persons_name_in_another_clause_stays_generic(analyzer):
    text = "Went to the Hospital with Maria yesterday."
    assert untouched(analyzer, text, "Hospital"), found(analyzer, text)
