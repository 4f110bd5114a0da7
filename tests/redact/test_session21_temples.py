"""Session 21: Thai temples named with ordinary words, glued into running text — after งานวัด
(a temple fair, one dictionary word that swallows the head), with a gold or bodhi-tree word in the
name (which a shop's name test reads as a kind of shop), and with the sentence glued after the
name (…ไปทางทิศเหนือ, …เหมือนเก่า). Going to the temple, measuring blood pressure (วัด "to
measure") and kinds of temple stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

CASES = [
    ("ลูกชายไปช่วยงานวัดมะขามเฒ่าทุกปีช่วงสงกรานต์ ไม่มีปัญหาพฤติกรรม", "วัดมะขามเฒ่า"),
    ("ยายนั่งขายพวงมาลัยหน้าวัดโบสถ์ทอง ทุกวันพระ รายได้วันละ 200 บาท", "วัดโบสถ์ทอง"),
    ("บ้านอยู่เลยวัดโพธิ์สามต้นไปทางทิศใต้ราว 2 กม. ทางลูกรัง", "วัดโพธิ์สามต้น"),
    ("ตั้งแต่ภรรยาเสียตาก็ไม่ไปวัดศรีดอนไชยเหมือนเก่า นั่งซึมทั้งวัน", "วัดศรีดอนไชย"),
    ("เช่าห้องแถวริมคลองเลยวัดไผ่ล้อมไปนิดเดียว ค่าเช่าเดือนละ 1500", "วัดไผ่ล้อม"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_the_temple_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "ยายไปวัดกับหลานทุกวันพระ ทำบุญตักบาตร",
    "พยาบาลวัดความดันได้ 150/90 นัดวัดซ้ำสัปดาห์หน้า",
    "ชอบไปงานวัดกับเพื่อน ไม่ดื่มสุรา",
    "ไปวัดป่าใกล้บ้านเพื่อนั่งสมาธิ",
])
def test_going_to_a_temple_and_measuring_stay(analyzer, text):
    assert [v for t, v in found(analyzer, text) if t == "ORGANIZATION"] == []
