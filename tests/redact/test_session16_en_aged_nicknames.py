"""Session 16: a Thai nickname that is an English word (Bank, Golf, Boat) reads as a name when
the note gives the age or the full name beside it: "son Bank (17)", "Bank (Thanakorn S., 16, …)".
Development sets 46 and 53 missed both frames."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Issues raised\n- Somsri's son Bank (17) arrested Friday near the market.", "Bank"),
        ("Her grandson Boat (9) stays with her on weekdays.", "Boat"),
        ("Bank (Thanakorn S., 16, plays for the academy) left early for a meeting.", "Bank"),
        ("Team list: Golf (Kittipat R., 15) and Mint (Nattaya P., 14) attended.", "Golf"),
    ],
)
def test_a_word_nickname_with_an_age_or_a_full_name_beside_it_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Siblings (3) all at home; the Group (5) met on Tuesday.", "Group"),
        ("Her son (17) was arrested on Friday.", "son"),
        ("Reading (Year 4, 2023) improved; Maths (Year 4, 2023) the same.", "Reading"),
    ],
)
def test_a_word_with_a_count_in_brackets_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
