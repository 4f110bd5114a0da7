"""Session 39 (set 131): a register acronym's number printed in hyphen-joined groups is read whole.

"NIDA: 19920817-51102-00003-21" (Tanzania's national ID) was read as "19920817" only: the
acronym-and-number rule took six to eight digits and stopped at the first hyphen, so most of the
number stayed in the draft. Groups joined by hyphens after the digits now belong to the value."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("DOB 17/08/1992   NIDA: 19920817-51102-00003-21\nResidence: Kihesa ward", "19920817-51102-00003-21"),
    ("CRIS 7712045-12 opened after the March incident.", "7712045-12"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_hyphen_grouped_number_after_an_acronym_is_read_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_score_range_after_an_acronym_stays(analyzer):
    text = "AUDIT 19-20 range discussed, PHQ 12-14 last two visits."
    assert untouched(analyzer, text, "19-20"), found(analyzer, text)
