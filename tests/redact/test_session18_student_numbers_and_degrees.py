"""Session 18 (set 61): Australian universities write student numbers as one lower-case letter
and seven digits (student no. a1876203, z5123456), which the labelled-number rule had refused
for not opening with a digit or a capital; and a degree (Master of Engineering, Certificate III
in Aged Care) is what someone studies, not an organisation — the college beside it still is."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ton, 23, Master of Engineering, student no. a1876203.", "a1876203"),
        ("Her student number z5123456 is on the form.", "z5123456"),
        ("Certificate III in Aged Care at Bright Horizons College, then a Bachelor of Social Work.", "Bright Horizons College"),
    ],
)
def test_it_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Ton, 23, Master of Engineering, student no. a1876203.", "Master of Engineering"),
        ("Certificate III in Aged Care at Bright Horizons College, then a Bachelor of Social Work.", "Bachelor of Social Work"),
        ("Seen at 9am; room b12 booked for next week.", "b12"),
    ],
)
def test_it_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
