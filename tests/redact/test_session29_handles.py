"""Session 29: chat groups named without quotes.

A group's name after a platform's group or a group chat, with joining words and signs (Congolese of
Central Iowa, Surrey Rooms + Jobs 2024), a flag after it, and a gamer group's lower-case words
after a first word in capitals or digits (WFD gyalz, 4810 squad). A group chat described in
ordinary words stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("He also added her to a group chat called WFD gyalz where he posts pics of cash.", "WFD gyalz"),
    ("His wife has been asking in the Facebook group Congolese of Central Iowa for cleaning work.",
     "Congolese of Central Iowa"),
    ("She said a Telegram group Surrey Rooms + Jobs 2024 is where most students find work.", "Surrey Rooms + Jobs 2024"),
    ("Mom is part of a WhatsApp group Mamás de Gulfton 🇬🇹 where she gets rides.", "Mamás de Gulfton 🇬🇹"),
    ("She has been added to a group chat 4810 squad. Discussed the conditions.", "4810 squad"),
    ("Her sister found a job ad in the Facebook group Mahachai Myanmar Jobs & News for a factory.",
     "Mahachai Myanmar Jobs & News"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_group_named_without_quotes_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("We made a group chat with friends from class.", "group chat with friends"),
    ("She reads the messages in the group chat Mum set up for the family.", "Mum set up"),
    ("She joined a Facebook group for parents of autistic kids.", "parents of autistic kids"),
    ("Dad is in a WhatsApp group of the Year 9 parents.", "Year 9"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_group_described_in_ordinary_words_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
