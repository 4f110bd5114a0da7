"""Session 28 (set 92): chat groups and pages by their name, and Cash App tags.

A group's name quoted after group/chat/page, or unquoted after a platform's group or page, or in
a chat export's header, is an online identity that points at the client's circle; a $cashtag is
an account. A quoted phrase in lower case, one everyday word, an amount and a currency stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('Client heard about us on the WhatsApp group "Brampton Punjabi Students 2022". She also', "Brampton Punjabi Students 2022"),
    ('and a group chat "Dandy Afghan Boyz". Father is worried', "Dandy Afghan Boyz"),
    ("is in a Facebook group Gulu City Updates 24/7 where people posted a video", "Gulu City Updates 24/7"),
    ("[WhatsApp - Probation Langas]\n[09:12] Chebet PO: morning.", "Probation Langas"),
    ("Marco collects payment on Cash App to $lilmarcoo773 and sometimes on Venmo.", "$lilmarcoo773"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_group_names_and_cashtags_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ('The group "felt calmer" after the session.', "felt calmer"),
    ('The page "Home" is open on the ward tablet.', "Home"),
    ("He was paid $20 and owes $USD 5 to his cousin.", "$20"),
    ("He was paid $20 and owes $USD 5 to his cousin.", "$USD"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_speech_words_and_amounts_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_quoted_wish_after_group_is_speech(analyzer):
    text = 'Summer plans: Pride with the group "if Dad lets me".'
    assert untouched(analyzer, text, "if Dad lets me"), found(analyzer, text)


def test_a_json_schema_keyword_is_no_cashtag(analyzer):
    text = 'Answer as JSON: {"$defs": {"Goal": {"type": "object"}}, "$ref": "#/$defs/Goal"}'
    assert not any(e.type == "ONLINE_ID" for e in analyzer.analyze(text)), found(analyzer, text)
