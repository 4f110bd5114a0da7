"""Session 34: a form's address field, written the way the client's own country writes addresses.

After a label that can only mean an address (Address, Adresse, Endereço, Morada, Current address)
the value runs to the end of the line, or to a bracket, a column gap or the next sentence: the
whole run is the address, not the pieces the place and street rules happen to know. The label
itself (Morada, Endereço) is no one's name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Address: calle 51 No. 4410 e/ 30 y 32, reparto Vista Alegre\nLives with his aunt.",
     "calle 51 No. 4410 e/ 30 y 32, reparto Vista Alegre"),
    ("Endereço: Travessa Quinze de Novembro, 41, fundos, Boa Vista\nPhone: on file",
     "Travessa Quinze de Novembro, 41, fundos, Boa Vista"),
    ("Address: ulica Vrtna br. 9, ulaz 1, stan 4, Tuzla (2nd floor, no lift)",
     "ulica Vrtna br. 9, ulaz 1, stan 4, Tuzla"),
    ("Current address: str. Florilor 12, ap. 3, MD-2004 Chișinău (with a cousin)",
     "str. Florilor 12, ap. 3, MD-2004 Chișinău"),
    ("Address: 12 Mill Lane, Hulme, Manchester M15 5QP. Leah moved here from Salford.",
     "12 Mill Lane, Hulme, Manchester M15 5QP"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_an_address_field_is_masked_to_its_end(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Morada: rua sem nome 14, Bairro Novo\nReason: discharged", "Morada"),
    ("Address: 12 Mill Lane, Hulme, Manchester M15 5QP. Leah moved here from Salford.", "moved here"),
    ("Residence: B permit through marriage, renewed in May.", "B permit"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_the_label_and_what_follows_the_address_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
