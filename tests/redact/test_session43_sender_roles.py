"""Session 43: a Thai chat sender written as a role and a name (พยาบาลกิ๊ก:, เจ้าหน้าที่ ออม:).

In a chat export the sender field says who wrote the line. After a workplace role (nurse, officer,
admin) the role rule reads only a listed given name, because in running text what follows is as
often a shift or a unit (พยาบาลเวร, เจ้าหน้าที่ธนาคาร). In a timed sender field it is the writer:
nicknames that are also words (กิ๊ก, ออม, ก้อย) and given names the dictionary holds as words
(อัญชลี) were left in the clear in open sets 126, 129, 131 and 148. A shift, a unit or a body after
the role is still no name there (พยาบาลเวร:, เจ้าหน้าที่ศูนย์:)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("[08:33] พยาบาลกิ๊ก: ไปไหนคะ ป่วยไหม\n[08:35] แม่: ไม่สบายค่ะ", "กิ๊ก"),
    ("19:05 พยาบาลอัญชลี: ได้ค่ะ ขอข้อมูลอีกทีนะ", "อัญชลี"),
    ("21:40 เจ้าหน้าที่ ออม: ตอนนี้น้องอยู่ที่ไหนคะ ปลอดภัยไหม", "ออม"),
    ("[20:14] แอดมินก้อย: ได้รับเรื่องแล้วค่ะ จะโทรกลับ", "ก้อย"),
    ("10:02 ล่ามมุก: แม่บอกว่าลูกไม่ยอมไปโรงเรียน", "มุก"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_after_a_role_in_a_chat_sender_field_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("[22:10] พยาบาลเวร: ผู้ป่วยนอนหลับได้", "พยาบาลเวร"),
    ("[09:00] เจ้าหน้าที่ศูนย์: รับเรื่องแล้วค่ะ", "เจ้าหน้าที่ศูนย์"),
    ("[09:05] แอดมินเพจ: ขอเบอร์ติดต่อกลับค่ะ", "แอดมินเพจ"),
    ("[09:07] เจ้าหน้าที่ธนาคาร: ยืนยันยอดแล้ว", "เจ้าหน้าที่ธนาคาร"),
    ("[11:15] พยาบาลจิตเวช: นัดติดตาม 2 สัปดาห์", "พยาบาลจิตเวช"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_shift_or_a_unit_after_the_role_stays(analyzer, text, kept):
    assert untouched(analyzer, text, kept), found(analyzer, text)


def test_outside_a_sender_field_a_word_after_a_workplace_role_stays(analyzer):
    """Running text: พยาบาลกิ๊ก is not a frame the rule relaxes for (กิ๊ก is also a lover)."""
    text = "เขาบอกว่าแฟนเก่าเป็นพยาบาล กิ๊กเยอะ ไม่ไว้ใจ"
    assert untouched(analyzer, text, "กิ๊กเยอะ"), found(analyzer, text)


CARERS = [
    ("แผน: ส่ง CG อำไพ เข้ามาช่วยอาบน้ำและพลิกตัว จ–ศ", "อำไพ"),
    ("ติดตามดื่มสุรา ทุก ๒ สัปดาห์ อาสาฯ สำราญ ติดตามที่บ้าน", "สำราญ"),
    ("ติดต่อศูนย์ → ผู้บำบัดสุดารัตน์ พยาบาลจิตเวช", "สุดารัตน์"),
]


@pytest.mark.parametrize(("text", "value"), CARERS)
def test_a_listed_name_after_a_carer_or_a_volunteer_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "ประสาน รพ.สต. ในพื้นที่ให้ CG เพิ่มเป็น 4 วัน/สัปดาห์",
    "ขอความอนุเคราะห์ CM และ CG เยี่ยมภายใน ๗ วันหลังจำหน่าย",
    "มีอาสาสมัครในชุมชน 1 คน ช่วยพาไปโรงพยาบาล",
])
def test_what_a_carer_will_do_stays(analyzer, text):
    assert not [e for e in analyzer.analyze(text) if e.type == "PERSON"], found(analyzer, text)


MORE_ROLES = [
    # set 154: a social worker written short (นักสังคมฯ), a community developer, in-laws
    ("07/03/2026 17:02 นักสังคมฯ ฝน: พี่หม่อง วันนี้เจอน้องที่ล้ง", "ฝน"),
    ("ผู้เยี่ยม: นักพัฒนาชุมชนสุรเชษฐ์ + CG พิมพ์ชนก", "สุรเชษฐ์"),
    ("ผู้ดูแลคือลูกสะใภ้นิ่ม เหนื่อยมาก บอกว่าอยากหนีไป", "นิ่ม"),
]


@pytest.mark.parametrize(("text", "value"), MORE_ROLES)
def test_a_name_after_more_roles_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


GLUED = [
    # a listed given name glued to the clause that follows it
    ("นัด 5 ก.พ. ประสานอาสาสมัครวีระที่อบต. หางานใกล้บ้าน", "วีระ"),
    ("อยู่บ้านดอนแดง ภรรยาแก้วตามาเยี่ยมเมื่อวาน ขอให้ช่วย", "แก้วตา"),
    # or glued to a verb (เยี่ยม "visit")
    ("ต.เหล่าพัฒนา ภรรยาอรทัยเยี่ยมเมื่อวาน ขอเงินค่ารถ", "อรทัย"),
]


@pytest.mark.parametrize(("text", "value"), GLUED)
def test_a_listed_name_glued_to_the_next_clause_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("ภรรยาเป็นคนดูแลหลัก ไม่มีคนช่วย", "ภรรยาเป็นคนดูแลหลัก"),
    ("ประสานอาสาสมัครที่อบต. ให้ช่วยดูแล", "อาสาสมัครที่อบต."),
    ("ลูกสะใภ้ไปทำงานโรงงาน กลับดึก", "ลูกสะใภ้ไปทำงานโรงงาน"),
])
def test_a_clause_glued_to_the_role_stays(analyzer, text, kept):
    assert untouched(analyzer, text, kept), found(analyzer, text)
