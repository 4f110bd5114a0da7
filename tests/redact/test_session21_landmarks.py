"""Session 21: Thai landmarks used as places — mountains, caves, waterfalls, islands, stupas and
Khmer sanctuaries named after their head word (ภูชี้ฟ้า, ถ้ำลอด, น้ำตกเอราวัณ, เกาะลิบง,
พระธาตุพนม, ปราสาทพนมรุ้ง). The head opening a longer word (ภูมิลำเนา, ผาสุก), a verb
(เกาะแขน, เกาะกลุ่ม) or a landmark with no name (ขึ้นดอย, ไปน้ำตก) stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

CASES = [
    ("ช่วงหนาวพ่อขึ้นภูชี้ฟ้าไปขายกาแฟ ได้เงินดี", "ภูชี้ฟ้า"),
    ("เด็กๆไปเที่ยวถ้ำลอดกับโรงเรียน", "ถ้ำลอด"),
    ("ยายไปไหว้พระธาตุพนมทุกปี", "พระธาตุพนม"),
    ("แม่พาไปไหว้พระธาตุดอยตุงทุกปีช่วงสงกรานต์", "พระธาตุดอยตุง"),
    ("พ่อรับจ้างนำเที่ยวน้ำตกทีลอซู", "น้ำตกทีลอซู"),
    ("ทำงานรีสอร์ทบนดอยอินทนนท์", "ดอยอินทนนท์"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_the_landmark_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "ภูมิลำเนาเดิมอยู่ต่างจังหวัด ครอบครัวอยู่อย่างผาสุก",
    "ลูกเกาะแขนแม่ตลอดเวลา เด็กๆเกาะกลุ่มกันเล่น",
    "ชอบขึ้นดอยไปทำไร่กับพ่อ วันหยุดไปเที่ยวน้ำตกกับเพื่อน",
    "ทางขึ้นบ้านเป็นดอยลื่น หน้าฝนรถเข้าไม่ได้ ชาวภูไทเป็นหลัก",
])
def test_landmark_words_with_no_name_stay(analyzer, text):
    assert [v for t, v in found(analyzer, text) if t == "LOCATION"] == []


@pytest.mark.parametrize(("text", "inside"), [
    ("แจ้งมูลนิธิพิทักษ์ดอย เฝ้าระวังค้ามนุษย์", "ค้ามนุษย์"),
    ("ผู้ยื่นคำขอ นายพงษ์ระพี บุญเกาะ อายุ 38 ปี", "อายุ"),
])
def test_a_landmark_word_inside_a_name_opens_no_place(analyzer, text, inside):
    assert not any(inside in v for _, v in found(analyzer, text)), found(analyzer, text)
