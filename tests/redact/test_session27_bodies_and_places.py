"""Session 27 (set 90): bodies and places written the hard way.

A body's head written short (Katherine Hosp., Shimo Girls Acad.), a chain's shop named by the
known place it stands in (บิ๊กซีสะพานควาย, โลตัสกะทู้, ธ.ก.ส.สาขามโนรมย์), a border crossing by its
place (ด่านช่องเม็ก), a college written short (วพ.อุดรธานี), a sawmill by its owner."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("She was taken to Katherine Hosp. by ambulance.", "Katherine Hosp."),
    ("Attends Lamontville Sec. Sch. in Grade 10.", "Lamontville Sec. Sch."),
    ("Seen at Manhyia Govt. Hosp. on Monday.", "Manhyia Govt. Hosp."),
    ("Her sister boards at Shimo Girls Acad. now.", "Shimo Girls Acad."),
    ("ยายเช่าห้องแถวหลังโลตัสกะทู้ ซอยตรงข้ามป้ายรถเมล์", "โลตัสกะทู้"),
    ("ลูกสาวทำงานที่ธ.ก.ส.สาขามโนรมย์ ขอให้ช่วยเรื่องหนี้", "ธ.ก.ส.สาขามโนรมย์"),
    ("แม่เล่าว่าข้ามมาทางด่านช่องเม็ก ยังไม่มีใบอนุญาตทำงาน", "ด่านช่องเม็ก"),
    ("พ่อแม่มาจากไพลินผ่านด่านบ้านแหลมเป็นแรงงานตามฤดูกาล", "ด่านบ้านแหลม"),
    ("น้องชายเรียนที่วพ.อุดรธานีปี 2 ช่วยรับส่งหลาน", "วพ.อุดรธานี"),
    ("แฟนเป็นคนงานที่โรงเลื่อยเฮงหลี อายุ 22", "โรงเลื่อยเฮงหลี"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_bodies_and_places_written_the_hard_way_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ซื้อของที่เซเว่นสาขาหน้าโรงเรียนทุกเช้า", "เซเว่น"),
    ("ไปซื้อของที่บิ๊กซีทุกอาทิตย์", "บิ๊กซี"),
    ("ตำรวจตั้งด่านตรวจหน้าหมู่บ้าน", "ด่านตรวจ"),
    ("ผ่านด่านชายแดนมาทำงานกับญาติ", "ด่านชายแดน"),
    ("He is in Form 4 Sec. and likes maths.", "Sec."),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_chain_a_checkpoint_and_a_class_stay(analyzer, text, value):
    at = text.find(value)
    assert not any(e.start <= at < e.end for e in analyzer.analyze(text)), found(analyzer, text)
