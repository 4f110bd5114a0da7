"""Session 17: an office's file number written as its abbreviation, a two-digit BE year and a
running number (ศดข.68/0117, บส.68-0217), or a Latin office code before the year (NK-68/0142),
is a case number (sets 38, 58 and keep7 missed them: the court rule needs a four-digit year).
Grades, classes and law sections (ม.6/2, ป.5/3, ม.33/1) stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เลขทะเบียนบำบัด สบ.68-0342 ผู้รับบริการมาตามนัด", "สบ.68-0342"),
        ("รับเรื่องจาก ศปค.67/0925 เมื่อวานนี้", "ศปค.67/0925"),
        ("เลขที่ส่งต่อ KR-67/0311 วันที่ 2 ก.พ.", "KR-67/0311"),
        ("Referral ref. PT-24/1187 sent by the school.", "PT-24/1187"),
    ],
)
def test_an_office_file_number_is_a_case_number(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ลูกเรียน ม.6/2 ส่วนน้องเรียน ป.5/3", "ม.6/2"),
        ("สิทธิตาม ม.33/1 ของกฎหมายประกันสังคม", "ม.33/1"),
        ("PHQ-9 12/27, GAD-7 10/21 today.", "12/27"),
    ],
)
def test_grades_sections_and_scores_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
