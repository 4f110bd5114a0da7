"""Session 26: Thai chat labels, household tables and registered partnerships.

A chat speaker's label may carry a longer unit or relation before the colon (บุญเรือง ผอ.รพ.สต.:,
บอส หลานตาเคน:); a survey table's head-of-household column holds people; a partnership registered
as ห้างหุ้นส่วนจำกัด writes จำกัด before its name, and the whole is the body's name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

CASES = [
    ("06:20 บุญเรือง ผอ.รพ.สต.: รับทราบครับ จะออกไปดู\n06:31 แม่ใหญ่จันทร์: เห็นคนคล้ายๆ เดินผ่านค่ะ", "บุญเรือง"),
    ("[06:18] บอส หลานตาเคน: 3 3303 77679 36 6 ครับ\n[06:20] บอส หลานตาเคน: เมื่อวานตาบอกว่าจะไปหาพี่สาวค่ะ", "บอส"),
    (
        "| ลำดับ | บ้าน | หัวหน้าครอบครัว | สถานการณ์ |\n|---|---|---|---|\n"
        "| 1 | บ้านโนนสวรรค์ | สมบูรณ์ ไชยคำ | หลาน 3 คน |\n| 2 | คุ้มวัดเหนือ | ประยงค์ สีดา | ติดเตียง |",
        "ประยงค์ สีดา",
    ),
    ("ทำงานรับจ้างในไร่ของห้างหุ้นส่วนจำกัด อุ้มผางพืชผล\nเรื่อง: ถูกปรับ", "ห้างหุ้นส่วนจำกัด อุ้มผางพืชผล"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_thai_forms_name_their_people_and_bodies(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


SPACED = [
    ("Client: ซอ ทู ทู (male, 23) — Karen, เกิดที่ค่ายผู้ลี้ภัย", "ซอ ทู ทู"),
    ("มาพร้อมภรรยา มะ ซู ซู ที่ทำงานคัดปลาอยู่ที่แพเดียวกัน", "มะ ซู ซู"),
    ("ล่าม: ซอ เนียง อาสาสมัครของมูลนิธิ", "ซอ เนียง"),
    ("Client: หน่อ เส่ง พอ, 17, Karen, 1st pregnancy", "หน่อ เส่ง พอ"),
]


@pytest.mark.parametrize(("text", "value"), SPACED)
def test_a_burmese_or_karen_name_written_a_syllable_a_word_is_a_person(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_fiddle_and_the_clause_after_a_spaced_name_are_no_name(analyzer):
    from tests.redact.helpers import untouched

    assert untouched(analyzer, "เด็กชอบเล่น ซอ อู้ ที่โรงเรียนทุกวันศุกร์", "ซอ อู้"), found(analyzer, "เด็กชอบเล่น ซอ อู้")
    text = "มาพร้อมภรรยา มะ ซู ซู ที่ทำงานคัดปลาอยู่ที่แพเดียวกัน"
    assert untouched(analyzer, text, "ที่ทำงาน"), found(analyzer, text)


def test_a_school_glued_into_a_run_on_sentence_ends_at_its_school_word(analyzer):
    from tests.redact.helpers import untouched

    text = "น้องอายุ 15 ไม่ได้ไปเรียนที่โรงเรียนอัมพวันวิทยาลัยมาสองอาทิตย์แม่บอกว่าไปทำงาน"
    assert covered(analyzer, text, "โรงเรียนอัมพวันวิทยาลัย"), found(analyzer, text)
    assert untouched(analyzer, text, "มาสองอาทิตย์"), found(analyzer, text)


DAILY_REPORTS = [
    ("แม่น้องไปแจ้งความที่ สภ.เมืองสุพรรณบุรี แล้ว เลขรับแจ้ง ปจว. ข้อ 14 ลว. 8 ต.ค. 68\nต่อ", "ปจว. ข้อ 14 ลว. 8 ต.ค. 68"),
    ("ยายไปแจ้งความ ลงบันทึกประจำวันข้อ 27 ไว้แล้ว", "บันทึกประจำวันข้อ 27"),
]


@pytest.mark.parametrize(("text", "value"), DAILY_REPORTS)
def test_a_police_daily_report_entry_is_a_case_number(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
