"""Session 42 (keep31): kin and elder words of more languages, capitalised in English notes.

"Came with Aachi (her mother)", "the Headman says", "lives with Ambuya": a grandmother, a mother
or a village head by the word the family uses, not by name. Tried in the frame "Came with X (her
grandmother)", 83 of 138 kin and elder words of Shona, Chewa, Zulu, Sotho, Swahili, Tamil,
Malayalam, Hindi, Urdu, Marathi, Kannada, Ilocano, Hawaiian, Greek, Arabic, Spanish and Gambian
usage were read as names. The ones no name list holds and no town shares are kept now; those that
are also given names (Anna, Mai, Bibi, Tita, Dai, Ama) are left to the frames, as before."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KIN = [
    "Ambuya", "Sekuru", "Agogo", "Aachi", "Ammi", "Abbu", "Umkhulu", "Manang", "Kupuna", "Papou",
    "Alkalo", "Headman", "Aaji", "Chacha", "Mausi", "Khala", "Madrina", "Mjomba", "Malume",
    "Nkhono", "Ntate",
]


@pytest.mark.parametrize("word", KIN)
def test_a_kin_or_elder_word_is_no_name(analyzer, word):
    text = f"Came with {word} (the family's word for her) today. {word} says the girl sleeps badly."
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_name_after_the_kin_word_is_still_found(analyzer):
    text = "Came with Ambuya Tendai Moyo, 71, who looks after the three children."
    assert covered(analyzer, text, "Tendai Moyo"), found(analyzer, text)
