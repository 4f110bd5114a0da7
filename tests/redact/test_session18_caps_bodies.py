"""Session 18 (set 61): letterheads and form headers write a body's name all in capitals (SOUTH
YORKSHIRE POLICE, MARIANAS REGIONAL MEDICAL CENTER, SACRAMENTO COUNTY PROBATION DEPARTMENT); a
heading made of kind or form words (MENTAL HEALTH SERVICES, CONFIDENTIAL INTAKE FORM, PLAN:
REFER TO GP PRACTICE) names no one and stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    "value",
    ["SOUTH YORKSHIRE POLICE", "MARIANAS REGIONAL MEDICAL CENTER", "SACRAMENTO COUNTY PROBATION DEPARTMENT"],
)
def test_a_body_in_capitals_is_found(analyzer, value):
    text = f"{value} - first contact report\nSeen at home with mother; interpreter present."
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    "heading",
    ["MENTAL HEALTH SERVICES", "CHILD PROTECTION SERVICES", "CONFIDENTIAL INTAKE FORM", "REFER TO GP PRACTICE"],
)
def test_a_heading_of_kind_words_stays(analyzer, heading):
    text = f"{heading}\nSeen at home with mother; interpreter present."
    assert untouched(analyzer, text, heading), found(analyzer, text)
