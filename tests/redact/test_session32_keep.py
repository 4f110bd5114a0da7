"""Session 32: what an English note is made of stays in the clear.

A record table labels each row (| School | … |, | Home | … |) and the cell after the label is that
field's value — a school, a place — when it names one. When the writer's notes on the school or
the home fill the cell ("OVC education grant: forms for Grade 7 children must reach DPMO by end of
June"), the cell is a remark: it was redacted whole as a body or a place, and the note lost its
point. A cell of more words than a name holds, or with a clause mark inside, is read like any
sentence now."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

RECORD = (
    "| Item | Note |\n|---|---|\n"
    "| Attendance | 14 caregivers came; 2 fathers |\n"
    "| School | OVC education grant: forms for Grade 7 children must reach the office by end of June |\n"
    "| Home | Lives with his grandmother and two younger cousins; speaks some Cree with her |\n"
)


@pytest.mark.parametrize("word", ["OVC education grant", "Grade 7", "June", "two younger cousins", "Cree"])
def test_a_remark_in_a_labelled_row_is_not_redacted_whole(analyzer, word):
    assert untouched(analyzer, RECORD, word), found(analyzer, RECORD)


FIELDS = (
    "| Field | Detail |\n|---|---|\n"
    "| Name | Thabo Nkosi |\n"
    "| School | Ezulwini Valley Primary School |\n"
    "| Village | Lobamba Lomdzala |\n"
)


@pytest.mark.parametrize("value", ["Ezulwini Valley Primary School", "Lobamba Lomdzala"])
def test_a_named_value_in_a_labelled_row_is_still_found(analyzer, value):
    assert covered(analyzer, FIELDS, value), found(analyzer, FIELDS)
