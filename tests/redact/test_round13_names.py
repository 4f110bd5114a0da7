"""Round-13 Thai name frames: a family name the tokenizer left outside a titled name (an age, a
bracket, a number, an address or a short clause after it closes the full name), a Latin second
barrel on a Thai family name, regional kin titles (Northern อุ๊ย, Southern บ่าว/บัง, Isan บัก),
a relative's name glued to the relation noun and followed by a clause verb, a relation with a
one-word bracket (แฟน (X)), a pupil's name before the class and room (X ม.2/1), and a name
after เรียกว่า that the tokenizer cut into pieces. Precision: descriptions of the relative
(คนโต, วัยรุ่น, ตกงาน), clauses after a titled name (ปวดเข่า 2 ปี), a group before a class level
(นักเรียน ม.1/3) and an abbreviated unit after a role word (ครู ตชด.) survive. Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # family name after a titled given name, closed by an age / bracket / number / clause
    ("เยี่ยมบ้าน ลุงหวัง ยะหัตตะ 63 ปี ดื่มทุกวัน", "หวัง ยะหัตตะ"),
    ("แม่ (คุณอรอุมา พึ่งเงินดี) มาด้วย", "อรอุมา พึ่งเงินดี"),
    ("นายจ้าง คุณจารุวรรณ วงศ์สถาพรสุข บ้านเลขที่ 9/1 ไม่ให้ออกจากบ้าน", "จารุวรรณ วงศ์สถาพรสุข"),
    ("Pt นางบุญผาย คำสุวรรณโคตร 70 ปี HN 1", "บุญผาย คำสุวรรณโคตร"),
    ("ไปอยู่กับแม่อุ๊ยจันทร์ใส ใจวงศ์ ที่บ้านนา", "จันทร์ใส ใจวงศ์"),
    ("ลูกชาย คุณพีรพัฒน์ ศรีเจริญกิจ-Pemberton ไม่ยอมเซ็น", "พีรพัฒน์ ศรีเจริญกิจ-Pemberton"),
    # regional titles, and a name found once followed everywhere
    ("อยู่กับหลานชาย บ่าวเอก\nเอกทำงานกะดึกที่ห้าง", "เอก"),
    ("ผัว (บักทองใบ) เมาแล้วตีลูก", "ทองใบ"),
    ("ลูกชายบังดาโอ๊ะ ออกเรือแทน", "ดาโอ๊ะ"),
    # a relative's name glued to the relation noun, then a clause verb
    ("ลูกสาวอรพินทร์ทำงานที่โรงงาน ส่งเงินทุกเดือน", "อรพินทร์"),
    ("ลูกสาวมะลิวัลย์เป็นผู้ดูแลหลัก", "มะลิวัลย์"),
    ("ไม่กล้าบอกสามีคำพอง เพราะกลัวเขาโกรธ", "คำพอง"),
    # relation + a one-word bracket; pupil before class and room; a cut name after เรียกว่า
    ("เพิ่งเลิกกับแฟน (สายฟ้า) เดือนก่อน", "สายฟ้า"),
    ("ลูกโป่ง ป.5/2 ร้องไห้หลังเข้าแถว", "ลูกโป่ง"),
    ("อยากให้เรียกว่าเอเดน (he/him)", "เอเดน"),
    # a care role (CG ประจำ) before a glued ชื่อ; a family name holding a kin syllable (ตา)
    ("CG ประจำชื่อดอกรัก อินตาวงศ์ เป็นลูกสะใภ้", "ดอกรัก อินตาวงศ์"),
]

SURVIVES = [
    ("ยายหอม ปวดเข่า 2 ปี กินยาแก้ปวด", "ปวดเข่า"),
    ("ลุงชม กินข้าวได้ 3 มื้อ", "กินข้าวได้"),
    ("อยู่กับลูกสาวคนโตเป็นหลัก", "คนโต"),
    ("ลูกชายวัยรุ่นเป็นคนดูแลยาย", "วัยรุ่น"),
    ("สามีตกงานเป็นเดือนแล้ว", "ตกงาน"),
    ("ภรรยาท้องแก่ไม่ได้มาด้วย", "ท้องแก่"),
    ("สามี (ตกงาน) ไม่มีรายได้", "ตกงาน"),
    ("ลูกสาว (คนโต) ดูแลแม่", "คนโต"),
    ("นักเรียน ม.1/3 ทุกคนต้องเข้าแถว", "นักเรียน"),
    ("ครู ตชด. มาเยี่ยมบ้านเดือนละครั้ง", "ตชด."),
    ("ทะเลาะกับสามีเรื่องเงินบ่อย", "เรื่องเงิน"),
    ("หัวหน้างานบอกว่าขาดงานบ่อย", "หัวหน้างาน"),
    ("แรงงานข้ามชาติ ลูกจ้างทำงานบ้าน วันละ 14 ชม.", "ลูกจ้างทำงานบ้าน"),
    ("ผู้ป่วยจำชื่อหมอไม่ได้", "ชื่อหมอไม่ได้"),
    ("ยายจันทร์ ตาเหลือง อยู่ด้วยกัน", "ตาเหลือง"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_thai_name_sits_in_a_round13_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_the_same_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)
