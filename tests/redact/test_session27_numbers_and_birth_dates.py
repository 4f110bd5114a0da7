"""Session 27 (set 87): Thai record numbers and birth dates as forms and staff really write them.

A form's boxes copied a digit a box, an office's code glued to the paper it numbers, a hospital
number with its own label, and a birth date written twice — once with its cue, once without, in
another calendar."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("เลขประจำตัวประชาชน\n|3|1|0|0|6|0|0|2|1|4|5|7|9|\nวันเกิด ๒/๒/๒๕๕๐", "3|1|0|0|6|0|0|2|1|4|5|7|9"),
    ("๒. เลขบัตร\n[๑][๑][๐][๒][๐][๐][๓][๔][๕][๖][๗][๘][๑]\n๓. ที่อยู่", "[๑][๑][๐][๒][๐][๐][๓][๔][๕][๖][๗][๘][๑]"),
    ("๓. วัน เดือน ปีเกิด ๑๑ / ๐๒ / ๒๕๒๐\n๔. ที่อยู่", "๑๑ / ๐๒ / ๒๕๒๐"),
    ("ยื่นขอทุนแล้ว เลขคำร้องขก.๐๑๑๒/๒๕๖๘นัดติดตามเดือนหน้า", "ขก.๐๑๑๒/๒๕๖๘"),
    ("เปิดแฟ้มพม.ชม.๐๐๗๓/๒๕๖๗และประสานบ้านพัก", "พม.ชม.๐๐๗๓/๒๕๖๗"),
    ("เลขทะเบียนคุมประพฤติ ลป.คป.(ส) ๐๒๑๗/๒๕๖๖ รายงานตัวทุกเดือน", "ลป.คป.(ส) ๐๒๑๗/๒๕๖๖"),
    ("The family's file was opened as CNX-CP 68/0219 last week.", "CNX-CP 68/0219"),
    ("OSCC เปิดเคส KKN-OSCC-67/045 แล้ว", "KKN-OSCC-67/045"),
    ("แจ้งความแล้ว ปจว. ๑๒/๖๘ ที่ สภ.เมือง", "ปจว. ๑๒/๖๘"),
    ("ผู้ป่วย HN 66-018273 รับไว้ AN 68/004412", "HN 66-018273"),
    ("ผู้ป่วย HN 66-018273 รับไว้ AN 68/004412", "AN 68/004412"),
    ("ยายเกิดปี ๒๔๘๒ แต่บัตรระบุ ๑ ม.ค. ๒๔๘๒ อายุ ๘๖ ปี", "๑ ม.ค. ๒๔๘๒"),
    ("DOB 3 June 2009 on the school list but 03/06/2552 on his card.", "03/06/2552"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_numbers_and_birth_dates_in_their_written_forms_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ACE-III 71/100 today, down from 78.", "71/100"),
    ("Dx ADHD 03/2021, started Ritalin.", "03/2021"),
    ("Born 3 January 2009. Seen 14 February 2025 and 3 March 2025.", "14 February 2025"),
    ("Baby born 2 Jan 2026, reviewed 20 Jan 2026 with mum.", "20 Jan 2026"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_scores_diagnosis_dates_and_session_dates_stay(analyzer, text, value):
    at = text.find(value)
    assert not any(e.start <= at < e.end for e in analyzer.analyze(text)), found(analyzer, text)


MORE_FOUND = [
    ("นายจ้างขับรถบรรทุก ๗๐-๑๑๘๔ ราชบุรี มารับคนงานทุกเช้า", "๗๐-๑๑๘๔ ราชบุรี"),
    ("Border pass BP-MS 0318842 kept by the employer.", "BP-MS 0318842"),
    ("มีประวัติแจ้งความ (ปจว. ข้อ 17 ลว. 3/2/68) แล้ว", "ปจว. ข้อ 17 ลว. 3/2/68"),
]


@pytest.mark.parametrize(("text", "value"), MORE_FOUND)
def test_a_trucks_plate_a_border_pass_and_a_daily_report_with_its_date_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_fare_range_after_a_vehicle_stays(analyzer):
    text = "ค่ารถ 20-30 บาท ต่อวัน"
    assert not any(e.type == "ID_NUMBER" for e in analyzer.analyze(text)), found(analyzer, text)
