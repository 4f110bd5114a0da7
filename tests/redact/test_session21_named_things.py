"""Session 21: a wider list of things that identify nobody (apps, games, shows, characters,
snacks, benefit schemes, festivals), and the word said of a thing once the thing is cut off
("Loves| Pororo", "Hot| Cheetos") is no name either; a given name there still is."""

from __future__ import annotations

import pytest

from tests.redact.helpers import found


@pytest.mark.parametrize("text", [
    "Plays Roblox and Stumble Guys most evenings; watches Bluey and Hey Duggee with her brother.",
    "Mum gets Universal Credit and Carer Allowance; applied for the Household Support Fund.",
    "He loves Squishmallows, Hot Cheetos and Pokémon cards.",
    "Session 4. Loves Pororo and Tayo the Little Bus.",
    "ลูกติดเกม Free Fire กับ คุกกี้รัน ดูซีรีส์ Hidden Love ทั้งคืน",
])
def test_named_things_stay(analyzer, text):
    assert found(analyzer, text) == []


def test_a_given_name_before_a_thing_stays_a_name(analyzer):
    text = "Met Grace Pororo's mother at the gate."  # an odd family name, but a person
    assert any(v.startswith("Grace") for _, v in found(analyzer, text))


@pytest.mark.parametrize("text", [
    "Referred to Alzheimer Society for carer support.",
    "Named Person is the head teacher; the Designated Safeguarding Lead was told.",
])
def test_a_protected_phrase_wins_over_its_first_word(analyzer, text):
    """A capitalised protected phrase opening with a protected word (Alzheimer| Society) is kept
    whole: before, the shorter word matched first and "Society" was left as an organisation."""
    assert found(analyzer, text) == []
