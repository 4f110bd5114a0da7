"""Session 16: Thai notes list a family's children by nickname and school grade ("แนน ป.5 กับ ต้น
ป.2", run on as "เบนซ์ม.1บีมป.4") or give a relative's nickname and age in brackets ("ลูกชายคนโต
(บอย อายุ ๒๐)"). The grade and the bracketed age say the word before them is a child's or a
relative's name, whatever else the word means (แนน, บอย, บีม are also words)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("มีลูกสองคน แนน ป.5 กับ ต้น ป.2 เรียนที่โรงเรียนวัด", "แนน"),
        ("ยายเลี้ยงหลาน3คนคือเบนซ์ม.1บีมป.4และคนเล็กอายุ3ขวบ", "บีม"),
        ("ยายเลี้ยงหลาน3คนคือเบนซ์ม.1บีมป.4และคนเล็กอายุ3ขวบ", "เบนซ์"),
        ("ลูกชายคนโต (บอย อายุ ๒๐) ทำงานโรงงานที่ระยอง", "บอย"),
        ("น้องสาว (ฝน 14 ปี) ยังเรียนอยู่", "ฝน"),
    ],
)
def test_a_nickname_before_a_grade_or_a_bracketed_age_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ลูกสาวเรียนชั้น ป.5 ที่โรงเรียนในหมู่บ้าน", "เรียนชั้น"),
        ("เด็กจบ ม.3 แล้วไม่ได้เรียนต่อ", "เด็กจบ"),
        ("ลูกชาย (อายุ 20) ทำงานโรงงาน", "ลูกชาย"),
        ("ผู้ป่วยหญิง (อายุ 45 ปี) มาด้วยอาการนอนไม่หลับ", "ผู้ป่วยหญิง"),
    ],
)
def test_a_grade_or_an_age_after_an_ordinary_word_reads_nothing(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_grade_glued_after_a_name_stays_outside_it(analyzer):
    text = "ยายเลี้ยงหลาน3คนคือเบนซ์ม.1บีมป.4และคนเล็กอายุ3ขวบ"
    assert untouched(analyzer, text, "ม.1"), found(analyzer, text)
    assert untouched(analyzer, text, "ป.4"), found(analyzer, text)
