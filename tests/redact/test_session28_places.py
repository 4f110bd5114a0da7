"""Session 28: a Thai place named with no frame of its own, beside one that is known.

A second place joined to a known one (แหลมฉบังและปากช่อง), a town before its province (มหาชัย
สมุทรสาคร), a town's compass side (พัทยาใต้). Ordinary words with the same shapes stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ลูกชายไปทำงานที่นิคมอุตสาหกรรมแหลมฉบังและปากช่อง ส่งเงินไม่สม่ำเสมอ", "ปากช่อง"),
    ("พ่อเคยทำงานที่สัตหีบหรือบางละมุง จำไม่ได้แน่", "บางละมุง"),
    ("ทีม outreach แรงงานข้ามชาติ มหาชัย สมุทรสาคร ลงพื้นที่", "มหาชัย"),
    ("บันทึกเยี่ยมบ้าน แม่สอด จ.ตาก วันที่ 3 มี.ค.", "แม่สอด"),
    ("แม่ย้ายไปทำงานร้านนวดที่พัทยาใต้ ตั้งแต่ปีที่แล้ว", "พัทยาใต้"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_place_beside_a_known_place_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("นั่งอยู่ที่โต๊ะใต้ต้นไม้ทั้งบ่าย", "ใต้ต้นไม้"),
    ("ไปที่ลานกลางหมู่บ้านกับเพื่อน", "กลางหมู่บ้าน"),
    ("ครูและผู้ปกครองมาประชุมร่วมกัน", "ผู้ปกครอง"),
    ("ประชุมทีม สหวิชาชีพ สมุทรสาคร", "สหวิชาชีพ"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_ordinary_words_with_the_same_shapes_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
