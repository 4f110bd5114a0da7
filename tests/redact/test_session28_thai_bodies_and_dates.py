"""Session 28 (set 93): a Thai body's number, birth dates with a remark, a grade after a verb.

A school or farm's number one space after its name (ร.ร.เด่นชัยวิทยาคม 2) belongs to it unless it
counts, measures or dates something; a birth date after a bracketed remark (วันเกิด (ตามที่ให้
ข้อมูล): …) or after "birth" in a chat; "จบ ม.3" is a verb and a grade, not a name and a grade."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("การศึกษา: จบ ม.3 จากร.ร.เด่นชัยวิทยาคม 2 เรียนต่อ ปวช. ช่างยนต์", "ร.ร.เด่นชัยวิทยาคม 2"),
    ("HPI: pt ทำงานแผนกเก็บไข่ฟาร์มไก่ทรัพย์สมบูรณ์ 2 มา 1 ปี", "ฟาร์มไก่ทรัพย์สมบูรณ์ 2"),
    ("หน้า 1\nโรงเรียนท่าสะอาดศึกษา 2\nชื่อนักเรียน", "โรงเรียนท่าสะอาดศึกษา 2"),
    ("2. วันเกิด (ตามที่ให้ข้อมูล): 3 มี.ค. 2550 อายุ 18 ปี", "3 มี.ค. 2550"),
    ("[รูป] มีบัตรชมพู birth 8 Aug 2014 แม่มี passport", "8 Aug 2014"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_numbered_bodies_and_remarked_birth_dates_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ไปรพ.ลำพูน 2 ครั้ง แล้วยังไม่ดีขึ้น", "2 ครั้ง"),
    ("ที่โรงเรียนบ้านหนองบัว 3 คน ได้ทุน", "3 คน"),
    ("ส่งต่อรพ.ลำพูน 2 มี.ค. 68 เวลา 9 โมง", "2 มี.ค. 68"),
    ("การศึกษา: จบ ม.3 แล้วออกมาช่วยที่บ้าน", "จบ"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_counts_dates_and_schooling_verbs_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
