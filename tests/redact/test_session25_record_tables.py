"""Session 25: a table written as a record, one field a row ("| ชื่อเด็ก | ด.ช.… |").

A referral form pasted as a two-column table ("| หัวข้อ | ข้อมูล |", "| Field | Detail |") labels each
value by the cell before it. Such a row had been read as a column header: the child's name in it
was dropped as header words, the labels under it (วันเกิด, โรงเรียน) were redacted as names, and the
values (a birth date, a school) went unread. Each value is now typed by its own label, and the
labels and the top line stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

THAI_FORM = (
    "แบบบันทึกข้อมูลเด็กเพื่อส่งต่อ\n\n"
    "| หัวข้อ | ข้อมูล |\n|---|---|\n"
    "| ชื่อเด็ก | ด.ช.ธนกฤต ศรีบุญเรือง (ชื่อเล่น ต้นกล้า) |\n"
    "| วันเกิด | ๑๘ ก.ย. ๒๕๕๔ |\n"
    "| โรงเรียน | โรงเรียนวัดบางเมือง ชั้น ป.๔ |\n"
    "| ผู้ปกครอง | นางวิไลวรรณ ศรีบุญเรือง (มารดา) |\n"
    "| ผู้แจ้ง | ครูประจำชั้น (ไม่ระบุชื่อ) |\n"
)
ENGLISH_FORM = (
    "Referral summary\n\n| Field | Detail |\n|---|---|\n"
    "| Client name | Rain |\n| DOB | 3 March 2011 |\n| School | Hillcrest |\n"
    "| Presenting issue | Low mood since March |\n| Case no | 4471 |\n"
)


@pytest.mark.parametrize("value", [
    "ธนกฤต ศรีบุญเรือง", "ต้นกล้า", "๑๘ ก.ย. ๒๕๕๔", "โรงเรียนวัดบางเมือง", "วิไลวรรณ ศรีบุญเรือง",
])
def test_each_value_of_a_thai_record_table_is_found(analyzer, value):
    assert covered(analyzer, THAI_FORM, value), found(analyzer, THAI_FORM)


@pytest.mark.parametrize("value", ["หัวข้อ", "ข้อมูล", "วันเกิด", "โรงเรียน |", "ชั้น ป.๔", "(มารดา)", "ครูประจำชั้น"])
def test_the_labels_of_a_thai_record_table_and_its_remarks_stay(analyzer, value):
    assert untouched(analyzer, THAI_FORM, value), found(analyzer, THAI_FORM)


@pytest.mark.parametrize("value", ["Rain", "3 March 2011", "Hillcrest", "4471"])
def test_each_value_of_an_english_record_table_is_found(analyzer, value):
    assert covered(analyzer, ENGLISH_FORM, value), found(analyzer, ENGLISH_FORM)


@pytest.mark.parametrize("value", ["Field", "Detail", "Client name", "Low mood since March"])
def test_the_labels_of_an_english_record_table_stay(analyzer, value):
    assert untouched(analyzer, ENGLISH_FORM, value), found(analyzer, ENGLISH_FORM)


def test_a_table_of_columns_is_still_read_by_its_header(analyzer):
    text = "| Name | School |\n|---|---|\n| Ann Lee | Hillcrest |\n| Parent | Mother |\n"
    assert covered(analyzer, text, "Ann Lee") and covered(analyzer, text, "Hillcrest"), found(analyzer, text)
    assert untouched(analyzer, text, "Name") and untouched(analyzer, text, "School"), found(analyzer, text)


def test_a_nationality_in_brackets_after_a_name_is_no_nickname(analyzer):
    text = "ลำดับ\tชื่อ-สกุล\tอายุ\n1\tนางบัวลอง โพธิ์ทองสุกใส\t38\n2\tมะทินทินขิ่น (เมียนมา)\t31\n"
    assert covered(analyzer, text, "มะทินทินขิ่น") and untouched(analyzer, text, "เมียนมา"), found(analyzer, text)


SCHOOL_RECORD = (
    "แบบบันทึกการช่วยเหลือนักเรียนรายบุคคล\n| หัวข้อ | รายละเอียด |\n|---|---|\n"
    "| ชื่อ-สกุล | ด.ญ.ฝนทิพย์ แก้วมณี (ชื่อเล่น น้ำหวาน) |\n| ชั้น / เลขที่ | ป.5/1 เลขที่ 7 |\n"
    "| วันที่ประชุม | อังคาร 9 ก.ย. 2568 เวลา 10.00 น. ห้องแนะแนว |\n"
    "| ผู้เข้าร่วม | ครูประจำชั้น, ครูแนะแนว, ผู้ปกครอง (ยาย) |\n"
    "| ปัญหา | ขาดเรียนบ่อย คะแนนภาษาไทย 12/40 |\n| ความชอบ | วาดรูป, เต้น cover |\n"
    "| ติดต่อผู้ปกครอง | 086-412-7730 |\n"
)


@pytest.mark.parametrize("value", ["ฝนทิพย์ แก้วมณี", "น้ำหวาน", "086-412-7730"])
def test_a_record_whose_other_fields_are_free_text_still_finds_its_values(analyzer, value):
    assert covered(analyzer, SCHOOL_RECORD, value), found(analyzer, SCHOOL_RECORD)


@pytest.mark.parametrize("value", [
    "ป.5/1 เลขที่ 7", "อังคาร 9 ก.ย. 2568 เวลา 10.00 น.", "ครูประจำชั้น, ครูแนะแนว", "ขาดเรียนบ่อย", "ความชอบ", "ชื่อเล่น",
])
def test_a_record_whose_other_fields_are_free_text_keeps_them(analyzer, value):
    assert untouched(analyzer, SCHOOL_RECORD, value), found(analyzer, SCHOOL_RECORD)


@pytest.mark.parametrize(("text", "name", "cue"), [
    ("ด.ช.ภูผา ศรีวิชัย (ชื่อเล่น ปุ๊กปิ๊ก) มาพบครูแนะแนว", "ปุ๊กปิ๊ก", "ชื่อเล่น"),
    ("Met Tanya Brooks (nickname: Boo) at the hub; Boo was calm.", "Boo", "nickname"),
])
def test_a_nickname_cue_inside_the_bracket_is_not_part_of_the_name(analyzer, text, name, cue):
    assert covered(analyzer, text, name) and untouched(analyzer, text, cue), found(analyzer, text)
