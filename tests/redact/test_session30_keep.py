"""Session 30: what a note mentions that names no one.

A team's age group after a club's initials in dictated lower case (sc u17s) is a squad, not a
Snapchat handle."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("He plays for the sc u17s on Saturdays and trains Tuesday.", "u17s"),
    ("She coaches the under-12s at the SC on Sundays.", "under-12s"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


FOUND = [
    ("His snap is sc u17s_jay and he posts there.", "u17s_jay"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_what_names_someone_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
