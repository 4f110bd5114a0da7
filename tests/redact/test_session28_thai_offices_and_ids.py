"""Session 28 (set 93): Thai offices and ID numbers in the shapes set 93 showed.

A district office by ที่ทำการ (ที่ทำการปกครองอำเภอด่านซ้าย); a national service's centre by its
initials and its town (ศูนย์ PIPO หลังสวน); an ID after its label and a bracketed remark (WP
(ตามที่นายจ้างแจ้ง) 1205-00447281); a border pass numbered after its province's letters; a clinic
named before its kind (ใจดีคลินิกจิตเวช)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ที่ ลย ๐๑๑๘/๒๒๔      ที่ทำการปกครองอำเภอด่านซ้าย", "ที่ทำการปกครองอำเภอด่านซ้าย"),
    ("ประสานศูนย์ PIPO หลังสวน เรื่องเอกสารคนประจำเรือ", "ศูนย์ PIPO หลังสวน"),
    ("ส่งต่อศูนย์ OSS สมุทรสาคร แล้ว รอโทรกลับ", "ศูนย์ OSS สมุทรสาคร"),
    ("Passport MJ3390417 | WP (ตามที่นายจ้างแจ้งทางโทรศัพท์) 1205-00447281", "1205-00447281"),
    ("ข้ามไปกลับทุกวัน ใช้บัตรผ่านแดนเลข นธ 0482271", "นธ 0482271"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_offices_and_labelled_ids_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ประสานศูนย์ OSCC ของโรงพยาบาลแล้ว", "ศูนย์ OSCC"),
    ("ไปติดต่อที่ทำการไปรษณีย์ในเมือง", "ที่ทำการไปรษณีย์"),
    ("Passport (expired) renewed 2019 at the embassy.", "2019"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_national_services_and_years_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


CLINICS = [
    ("To: ใจดีคลินิกจิตเวช\nSubject: EAP referral", "ใจดีคลินิกจิตเวช"),
    ("แม่พาไป สุขใจคลินิก สาขาบ้านฉาง ตอนเย็น", "สุขใจคลินิก"),
]


@pytest.mark.parametrize(("text", "value"), CLINICS)
def test_a_clinic_named_before_its_kind_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "รักษาที่ทันตกรรมคลินิก ใกล้บ้าน", "ไปคลินิก เมื่อวาน แล้วกลับบ้าน", "ส่งพบนักสังคมสงเคราะห์ เรื่องคลินิกแก้หนี้ และประสาน",
])
def test_a_clinic_by_its_field_or_after_a_verb_stays(analyzer, text):
    assert not any(e.type == "ORGANIZATION" for e in analyzer.analyze(text)), found(analyzer, text)
