"""Session 20: Thai numbers as letters and reports write them: an official letter's number
(ที่ ศธ 04233.112/0287), a case of a named kind (คดีอาญาที่ 18/2568), a team's case (เคส OSCC
เลขที่ 68-0007), an old HN glued to its label, a land title deed, a border pass, a work permit with
its province letters, a passport after a colon, a national ID split over a line, a birth year."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

CASES = [
    ("ที่ ศธ 04233.112/0287                วันที่ 3 มีนาคม 2568", "ศธ 04233.112/0287"),
    ("ที่ อบ ๐๐๓๒.๓๐๑/๑๔๕๗\nเรื่อง ขอความอนุเคราะห์", "อบ ๐๐๓๒.๓๐๑/๑๔๕๗"),
    ("อ้างถึง หนังสือ อบต. ที่ ศก ๘๑๒๐๑/๓๓๔ ลงวันที่ ๑๔ ม.ค. ๒๕๖๘", "ศก ๘๑๒๐๑/๓๓๔"),
    ("ร.ต.อ.ปกรณ์ ดำเนินคดีอาญาที่ 18/2568 สอบปากคำเด็ก", "18/2568"),
    ("เรื่องอยู่ในสำนวนคดีค้ามนุษย์ที่ 38/2567 แจ้งสิทธิ", "38/2567"),
    ("วาระที่ 1 เคส OSCC เลขที่ 68-0007\nผู้ป่วยเด็กหญิง อายุ 12 ปี", "68-0007"),
    ("ได้คิววันที่๑๑ก.พ.เลขHNเดิม๖๒-๐๑๕๕๗๓เบอร์", "๖๒-๐๑๕๕๗๓"),
    ("นำโฉนดที่ดินของแม่ (โฉนดเลขที่ 18274) ไปจำนอง", "18274"),
    ("ผ่านด่านใช้บัตรผ่านแดนของแม่เลขที่SK0448127แม่ชื่อ", "SK0448127"),
    ("ช่างปูน ใบอนุญาตทำงาน เลขที่ 2567-ชม-004812 โทร", "2567-ชม-004812"),
    ("หนังสือเดินทาง: MH 482731 (หมดอายุ ต.ค. 2567)", "MH 482731"),
    ("เลขประจำตัวประชาชน ๑-๗๗๐๙-๘๔๖๑๑-๙๑-\n๘ (เลขเดียวกับบัตรคนพิการ)", "๑-๗๗๐๙-๘๔๖๑๑-๙๑-\n๘"),
    ("นายเฉลิม อายุ ๘๔ ปี ปีเกิด ๒๔๘๓ อยู่กับหลาน", "๒๔๘๓"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_the_number_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "ได้คะแนน 18/20 ในการประเมิน",
    "นัดครั้งหน้า 12/03/2568 เวลา 10.00 น.",
    "คดีนี้ยังไม่ถึงศาล รอ 2 สัปดาห์",
])
def test_scores_dates_and_talk_of_cases_stay(analyzer, text):
    assert [t for t, _ in found(analyzer, text) if t in ("CASE_NUMBER", "ID_NUMBER")] == [], found(analyzer, text)
