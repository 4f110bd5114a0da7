"""Session 34: people named by words that are also everyday English words.

A naming phrase ("known as Legend") has no bracket of its own; a relation bracket written later
in the same note ("Emergency (daughter): …") belongs to another line and must not make the name
read as a form's field label."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


def test_a_later_relation_bracket_does_not_turn_a_named_word_into_a_label(analyzer):
    text = ("Young person known to the group as Legend. Settled in well this week.\n"
            "Emergency (daughter): on file with reception.")
    assert covered(analyzer, text, "Legend"), found(analyzer, text)


def test_a_label_with_its_own_relation_bracket_stays_a_label(analyzer):
    text = "Emergency (daughter): 06 72 14 88 31"
    assert untouched(analyzer, text, "Emergency"), found(analyzer, text)


def test_a_given_name_after_spoke_is_who_was_spoken_to(analyzer):
    text = "Spoke Sarah re meds at 3pm. Plan unchanged."
    assert covered(analyzer, text, "Sarah"), found(analyzer, text)


def test_a_language_that_is_also_a_given_name_stays_a_language(analyzer):
    text = "She speaks Karen at home and some Thai at school."
    assert untouched(analyzer, text, "Karen"), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "Spoke Sarah when she came in.",
    "Spoke Sarah with her mum at 3pm.",
    "Spoke Tom, he is fine.",
    "I spoke Maria at home after school.",
])
def test_a_given_name_after_spoke_is_found_whatever_follows(analyzer, text):
    name = "Sarah" if "Sarah" in text else "Tom" if "Tom" in text else "Maria"
    assert covered(analyzer, text, name), found(analyzer, text)
