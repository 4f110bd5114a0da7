"""Session 12: a workplace or a building followed by its area, and a town across the border.
Written before the code; invented names.

1. A town's part (South Pattaya: พัทยาใต้) after a workplace names its branch like the town does.
2. A building address written in Latin letters takes the known district after it.
3. ฝั่ง + a town across the border (ฝั่งเมียวดี) is a place; ฝั่ง + a country (ฝั่งพม่า, "the
   Myanmar side") is not.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("ย้ายมาทำงานร้านนวด Lotus Bloom Spa พัทยาใต้ ได้ 2 เดือน", "ร้านนวด Lotus Bloom Spa พัทยาใต้"),
    ("พักคอนโด Riverside Grand Tower ห้วยขวาง กับเพื่อน", "คอนโด Riverside Grand Tower ห้วยขวาง"),
    ("ถูกหลอกไปทำงานแก๊งคอลเซ็นเตอร์ฝั่งท่าขี้เหล็ก 4 เดือน", "ท่าขี้เหล็ก"),
]

KEPT = [
    ("พ่อยังอยู่ฝั่งพม่า ติดต่อไม่ได้", "ฝั่งพม่า"),
    ("ข้ามไปฝั่งลาวเพื่อซื้อของ", "ฝั่งลาว"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_area_belongs_to_the_place(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_side_of_a_border_is_no_place(analyzer, text, value):
    assert untouched(analyzer, text, value)
