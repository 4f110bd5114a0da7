"""Session 17: in a Thai note, a title-cased Latin name right after a bare place word (ที่, ใน,
แถว, ย่าน, มาอยู่, ของ) names a hotel, shop or district abroad (set 58: ที่ Coral Drift, แถว Töss,
ใน Nørrebro); one ordinary English word there (ที่ Wellbeing center, ใน Excel) is none, and
Bangkok's landmark malls are where people shop unless the note says someone works there."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ทำงาน housekeeping ที่ Sea Breeze Villa มา 8 เดือน", "Sea Breeze Villa"),
        ("อยู่กับแฟนแถว Vesterbro ทำงานร้านนวด", "Vesterbro"),
        ("เปิดร้านอาหารเล็ก ๆ ใน Gangnam กับเพื่อน", "Gangnam"),
        ("ย้ายออกจากหอในมาอยู่ The Willow ตั้งแต่เทอมที่แล้ว", "The Willow"),
        ("แจ้ง HR ของ Golden Reef แล้วเรื่องลางาน", "Golden Reef"),
    ],
)
def test_a_latin_name_after_a_thai_place_word_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ไปเรียนพิเศษที่ Wellbeing center ทุกวันพุธ", "Wellbeing"),
        ("บันทึกคะแนนใน Excel ส่งครูแล้ว", "Excel"),
        ("วันเสาร์ไปเดินเล่นที่ Siam Paragon กับแม่", "Siam Paragon"),
    ],
)
def test_an_ordinary_word_or_a_landmark_mall_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_landmark_mall_where_someone_works_is_hidden(analyzer):
    text = "แม่ทำงานที่ Siam Paragon กะดึก กลับบ้านตีสอง"
    assert covered(analyzer, text, "Siam Paragon"), found(analyzer, text)
