"""Session 30: Thai places and bodies named the way northern and southern notes name them.

แม่ "river" opens a landmark's name in the north (ถ้ำแม่อุสุ, น้ำตกแม่สุริน) — but a child still
clings to its mother (เกาะแม่) and ดอยแม่ alone is the mountain and the mother; a mosque's or a
temple's sub-district after a space, glued to the rest of the sentence (มัสยิดดารุลอามาน ทุ่งใส|
อยู่ด้วย); a shop called after its owner by a kin word (ร้านแม่ศรี, ร้านพี่ต้อมคาร์แคร์)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("lives with mother in a bamboo hut below ถ้ำแม่อุสุ.", "ถ้ำแม่อุสุ"),
    ("บ้านอยู่ใกล้ถ้ำแม่อุสุ ไปเที่ยวน้ำตกแม่สุรินกับเพื่อน", "ถ้ำแม่อุสุ"),
    ("บ้านอยู่ใกล้ถ้ำแม่อุสุ ไปเที่ยวน้ำตกแม่สุรินกับเพื่อน", "น้ำตกแม่สุริน"),
    ("ยอมพูดคุยเมื่อมีผู้นำศาสนาจากมัสยิดดารุลอามาน ทุ่งใสอยู่ด้วย OAS = ๖", "มัสยิดดารุลอามาน ทุ่งใส"),
    ("ยายพาไปวัดป่าสันติธรรม หนองบัวทุกเช้า", "วัดป่าสันติธรรม หนองบัว"),
    ("แม่ทำงานที่ร้านแม่ศรีข้าวแกง ตั้งแต่ปีที่แล้ว", "ร้านแม่ศรี"),
    ("ทำงานร้านพี่ต้อมคาร์แคร์ ได้วันละ ๓๕๐", "ร้านพี่ต้อมคาร์แคร์"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_place_or_body_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("หนูเกาะแม่ตลอดเวลาที่มาโรงพยาบาล", "เกาะแม่"),
    ("ขึ้นดอยแม่ไม่ไปด้วย เพราะปวดเข่า", "ดอยแม่"),
    ("เรียนที่โรงเรียนบ้านนา ดีมากเลย ครูใจดี", "ดีมาก"),
    ("ร้านแม่ค้าขายผักปิดเร็ว", "แม่ค้า"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
