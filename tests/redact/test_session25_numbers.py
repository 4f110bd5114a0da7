"""Session 25: numbers an open set of ID, case and birth-date numbers showed missed.

Each is a shape a real note uses: a hospital number with its hospital named between the label
and the number, a birth date written with dashes around a Thai month, a "DOB" followed by where
it was read, a card named after its label, a short Irish PPS label, a Thai driving licence, an
office's dotted-letter file code, and a table's "born" column. What looks alike but is no
identifier (a class, a month, a date whose DOB is unknown) stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("HN 0381947 (ศูนย์หัวใจฯ) / HN รพ.ชุมชน 66-11082 ส่งต่อแล้ว", "66-11082"),
    ("เกิด 30 ต.ค. 2547\nHN คลินิก 0057318 นัดติดตาม", "0057318"),
    ("ภูมิพัฒน์ อายุ 17 ปี เกิด 03-มี.ค.-2551 อยู่กับยาย", "03-มี.ค.-2551"),
    ("Agency in Indonesia confirmed. DOB per passport copy 9 May 1997, arrived 2019.", "9 May 1997"),
    ("ImmiCard sighted; Medicare card 5531 20418 7 expires next year.", "5531 20418 7"),
    ("Lives with nan in Knocknaheeny, pps no 7284491WA, medical card pending.", "7284491WA"),
    ("ขอข้อมูลทำใบขับขี่สาธารณะใหม่ เลขใบขับขี่เดิม 57004418 หมดอายุแล้ว", "57004418"),
    ("มีใบอนุญาตขับรถจักรยานยนต์ชั่วคราว เลขที่ 67007752 ออกปี 2567", "67007752"),
    ("โทร 088-514-3096\nเลขที่รับลงทะเบียน ศก.ดูน 68/0147 รอผลพิจารณา", "ศก.ดูน 68/0147"),
    ("เคสนี้ลงทะเบียนแล้วเลขที่ กส.คช 68-031 นะคะ", "กส.คช 68-031"),
    ("ยื่นคำร้องใหม่ อ้างเลขคำร้องเดิม คร.7/2568/0412 ไว้ด้วย", "คร.7/2568/0412"),
    ("| ชื่อ | เกิด | โรงเรียน |\n|---|---|---|\n| ด.ญ.ณัฐธิดา ภูพานทอง | ๑๒ ส.ค. ๒๕๕๓ | ม.3 |\n", "๑๒ ส.ค. ๒๕๕๓"),
    ("The father's Philippine passport, P4418827B, is with the agency.", "P4418827B"),
    ("เด็กเกิด ๑๗ ก.ย. ๒๕๖๕ เลขรับ NP-0311/2568 รอเอกสารจากอำเภอ", "NP-0311/2568"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_number_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("DOB unknown, seen 3/4/2024 at the drop-in.", "3/4/2024"),
    ("นัดประชุมครั้งถัดไป ส.ค. 12/09/2568 ที่ห้องแนะแนว", "12/09/2568"),
    ("นักเรียนชั้น ม.6/12 เลขที่ 18 มาพบครู", "ม.6/12"),
    ("Shelter intake, Sun 11/23, 9:30pm. Arrived with two bags.", "Sun 11/23"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_only_looks_like_such_a_number_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("คดียาเสพติดคดีเลขที่ย.1842/2567 นัดสืบพยานเดือนหน้า", "ย.1842/2567"),
    ("คดีอยู่ศาลจังหวัดลำปางคดีหมายเลขดำที่อ.๑๒๓/๒๕๖๗ นัดหน้า", "อ.๑๒๓/๒๕๖๗"),
    ("ไปแจ้งความ สน.ประชาชื่น แล้ว เลขประจำวัน 47/2568 รอผล", "47/2568"),
])
def test_a_thai_court_case_or_police_report_number_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)

