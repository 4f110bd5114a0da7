"""Session 13: a named body in Latin letters followed by its town (its branch or seat) is one
name: "Thai Christian Fellowship Manchester", "Riverside Tamil Sangam Leicester". An ordinary word
after it stays outside ("… Fellowship Sunday lunch"). Written before the code; invented bodies.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("คนที่ไปโบสถ์ Thai Christian Fellowship Manchester ชวนไปกินข้าวเย็นวันศุกร์", "Thai Christian Fellowship Manchester"),
    ("She volunteers with the Riverside Tamil Sangam Leicester on Saturdays.", "Riverside Tamil Sangam Leicester"),
]

KEPT = [
    ("She goes to Thai Christian Fellowship Sunday lunch most weeks.", "Sunday lunch"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_body_and_its_town_are_one(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_word_after_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
