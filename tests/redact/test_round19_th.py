"""Round-19 Thai frames (from opened set 15), written before the code: a nickname or a Thai
spelling in brackets after a full name (and the nickname again, glued, later); a registered name
after ชื่อจริง / ชื่อในทะเบียน; a name after a bed number on a ward round; a name glued to a kin
noun on either side (คิดถึงX|ลูกสาว, หลานชาย|Xอยู่กับ…); a tradesman's or owner's name inside a
business (อู่ช่างX, ล้งเจ๊X) said again alone; beaches, piers, industrial estates and military bases
with their names; a hospital named by its town, glued after ไป. Precision: a bracketed remark,
a bed note, kin nouns with an ordinary clause, and generic places stay. Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # a nickname in brackets after a full name, then the nickname alone
    ("ผู้รับบริการ นายธนพัฒน์ ศรีเมือง (ข้าวต้ม) อายุ 30 ปี\nข้าวต้มบอกว่านอนไม่หลับ", "ข้าวต้ม"),
    ("ด.ญ.พิมพ์ชนก อินทร์แก้ว (ชื่อเล่นมะปราง) ป.5\nมะปรางเล่าว่าแม่ไม่อยู่", "มะปราง"),
    ("คุณวรรณภา ทองดี (ชื่อเล่น: แพรวา) มาพบตามนัด", "แพรวา"),
    # a foreign name, then its Thai spelling in brackets
    ("เคส Svetlana (สเวตลาน่า) ชาวรัสเซีย มาเอง", "สเวตลาน่า"),
    ("หัวหน้างาน Yamamoto-san (ยามาโมโตะซัง) ไม่ให้ลา", "ยามาโมโตะ"),
    # registered names
    ("น้องเจน 15 ปี ชื่อจริง ปวีณ์กร สายสุข ไม่อยากให้ใช้ชื่อนี้", "ปวีณ์กร สายสุข"),
    ("(ชื่อในทะเบียน ณัฐวุฒิ คงมั่น) อยากให้เรียกว่าน้องนัท", "ณัฐวุฒิ คงมั่น"),
    # ward round
    ("เตียง 5 อำนาจ พรหมวงศ์ AUDIT 30 มือสั่น", "อำนาจ พรหมวงศ์"),
    # kin apposition, glued
    ("ยายร้องไห้คิดถึงกาญจนาลูกสาวที่เสียไปแล้ว", "กาญจนา"),
    ("หลานชายธีรภัทรอยู่กับยาย ไม่ได้ไปเรียน", "ธีรภัทร"),
    # a named business that holds a person's name, the name alone again
    ("ทำงานอู่ช่างต้อย ช่างต้อยจ่ายรายวัน", "ต้อย"),
    ("แม่ทำงานล้งเจ๊จู แกะกุ้งวันละ 10 ชม.", "ล้งเจ๊จู"),
    # places and bases with their names
    ("Outreach หาดพัทยาใต้ 21.00 น.", "หาดพัทยาใต้"),
    ("เด็กไปนั่งกับเพื่อนที่ท่าน้ำปากเกร็ดทุกเย็น", "ท่าน้ำปากเกร็ด"),
    ("พ่อทำงานนิคมฯ บางปะอิน กะดึก", "นิคมฯ บางปะอิน"),
    ("งานสวัสดิการครอบครัว ฐานทัพเรือกรุงเทพ 3 ก.ย.", "ฐานทัพเรือกรุงเทพ"),
    # hospitals named by a town
    ("น้องชายจะพาไปรพ.แพร่ให้ได้", "รพ.แพร่"),
    ("OT จาก รพ.บ้านไผ่ มาทุกวันพุธ", "รพ.บ้านไผ่"),
]

SURVIVES = [
    ("นายธนพัฒน์ ศรีเมือง (ผู้ป่วย) มาตามนัด", "ผู้ป่วย"),
    ("ยา Sertraline (ยาต้านเศร้า) 50 mg", "ยาต้านเศร้า"),
    ("เตียง 5 นอนหลับได้ดี ไม่มีอาการ", "นอนหลับได้ดี"),
    ("ลูกสาวคนโตไปทำงานต่างประเทศ", "ลูกสาวคนโต"),
    ("หลานชายไม่ยอมไปโรงเรียน", "ไม่ยอมไปโรงเรียน"),
    ("ไปเที่ยวหาดทรายกับครอบครัว", "หาดทราย"),
    ("ไปรพ.ใกล้บ้านตอนเช้า", "ใกล้บ้าน"),
    ("ทำงานอู่ซ่อมรถแถวบ้าน ช่างซ่อมให้ค่าแรงวันละ 300", "ช่างซ่อม"),
    ("ให้เขียนชื่อจริง นามสกุล ในแบบฟอร์ม", "นามสกุล"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round19_thai_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_a_round19_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)
