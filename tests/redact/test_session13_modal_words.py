"""Session 13: a word that is a given name and also a verb taking a clause (Hope, Trust, Wish,
Pray) or a modal (Will, May), followed by a subject pronoun, is the verb: "Hope she stays put
tonight", "Will he come back?", "May I call you". As a name with a verb after it, it is still a
name ("Hope said she …"). Written before the code.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("Needs an interpreter and a case worker. Hope she stays put tonight.", "Hope"),
    ("Asked if dad is coming. Will he come back? Unsure.", "Will"),
    ("Client texted: May I call you after 6?", "May"),
]

FOUND = [
    ("Hope Adeyemi (mum) attended. Hope said she is coping.", "Hope"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_verb_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_name_is_still_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)
