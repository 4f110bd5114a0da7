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
