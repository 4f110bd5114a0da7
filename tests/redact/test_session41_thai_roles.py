"""Session 41 (sets 121, 138): more Thai roles written before a name as a title.

Session 34 read names straight after roles (ล่าม ลีนา, ทนายวิวัฒน์). Set 138 named a doctor, a village
head, a duty officer and a probation officer the same way: ขอแรงผู้ใหญ่บ้านประจวบ, แพทย์ณัฐวุฒิ:,
จนท.เวรอนุชา ลงพื้นที่, (พนักงานคุมประพฤติสุธาสินี). These roles are often followed by where or when
the person works (แพทย์เวร, ผู้ใหญ่บ้านหมู่ 3), so after them only a listed given name counts."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("๑. ทำรั้วไม้ไผ่รอบบ่อ ขอแรงผู้ใหญ่บ้านประจวบ\n๒. นัดพบครูประจำชั้น", "ประจวบ"),
    ("| ตรวจ | แพทย์ณัฐวุฒิ: ฟกช้ำหลัง 3 แห่ง แขนซ้าย 2 แห่ง |", "ณัฐวุฒิ"),
    ("ประสานบ้านพักเด็กฯ + จนท.เวรอนุชา ลงพื้นที่คืนนี้", "อนุชา"),
    ("ข้อสังเกตของเจ้าหน้าที่ (พนักงานคุมประพฤติสุธาสินี):\n- ยอมรับว่าดื่มทุกวัน", "สุธาสินี"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_after_a_thai_role_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ส่งพบแพทย์เวร ER คืนนี้ และแจ้งผู้ใหญ่บ้านหมู่ 3 ให้ช่วยดู", "แพทย์เวร"),
    ("แพทย์แผนไทย นวดให้สัปดาห์ละครั้ง", "แพทย์แผนไทย"),
    ("ผู้ใหญ่บ้านคนใหม่ รับปากจะช่วยประสาน", "ผู้ใหญ่บ้านคนใหม่"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_roles_description_survives(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_verb_after_the_doctor_is_what_the_doctor_did(analyzer):
    text = "แพทย์เริ่ม Sertraline 50 mg แล้วนัดติดตาม 2 สัปดาห์"
    assert untouched(analyzer, text, "เริ่ม"), found(analyzer, text)
