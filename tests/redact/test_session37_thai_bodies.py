"""Session 37 (set 121): a temple named by its village, with the clause glued after it.

วัดบ้านโนนสวรรค์ว่า…: newmm glues ที่วัด into one word and the village word บ้าน opens the
temple's name; the clause word after it (ว่า, กับ) ends the name. A temple of one's home village
said in ordinary words (วัดบ้านเกิด) stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

TEMPLES = [
    ("พ่อเคยบอกพระที่วัดบ้านหนองหว้าว่าอยากตายที่บ้าน", "วัดบ้านหนองหว้า"),
    ("ยายไปทำบุญที่วัดบ้านโคกสูงกับหลานทุกวันพระ", "วัดบ้านโคกสูง"),
]


@pytest.mark.parametrize(("text", "value"), TEMPLES)
def test_a_temple_named_by_its_village_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_temple_of_ones_home_village_stays(analyzer):
    text = "ยายไปวัดบ้านเกิดกับแม่ทุกปี"
    assert untouched(analyzer, text, "วัดบ้านเกิด"), found(analyzer, text)
