"""Session 43 (sets 147, 153): the one a message greets is a person.

"Hi Sione,", "Kia ora Mereana,", "Thanks Tevita," — messages and letters open by greeting someone
by name; only "Dear" was read (by the statistical model, not reliably). A greeting at the start of
a line or a chat message, then a name that is a listed given name or no English word, then a comma
or the line's end, names that person; "Hi all," and "Thanks team," name no one."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("Hi Sione, confirming Tuesday at 10 at the clinic.", "Sione"),
    ("Kia ora Mereana, thanks for the update on the housing form.", "Mereana"),
    ("Thanks Tevita, will call tomorrow about the bus pass.", "Tevita"),
    ("[09:12] Worker: Hello Alinta, are you safe tonight?", "Alinta"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_one_greeted_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "Hi all, quick update on the roster for next week.",
    "Thanks team, see you at the case conference.",
    "Good morning everyone, the meeting moved to 2 pm.",
])
def test_a_greeting_to_no_one_in_particular_names_no_one(analyzer, text):
    assert not [e for e in analyzer.analyze(text) if e.type == "PERSON"], found(analyzer, text)


@pytest.mark.parametrize("text", ["Hi Aunty, the visit is Tuesday.", "Thanks Coach, see you at training."])
def test_a_title_greeted_alone_is_no_name(analyzer, text):
    assert not [e for e in analyzer.analyze(text) if e.type == "PERSON"], found(analyzer, text)
