"""Session 16: tables in Thai notes name their people columns by role — the village health
volunteer (อสม.), the worker who follows the case (ผู้ติดตาม), the person visited
(ชื่อผู้ถูกเยี่ยม) — and join two headers with a slash (ชื่อ/ชื่อเล่น). An open set of Thai tables
by a new author (set 55) left names in such columns unread: a cell holds a nickname alone, with
nothing around it but the header to say it is a person."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

VISITS = (
    "| วันที่ | ชื่อผู้ถูกเยี่ยม | อายุ | โรค/ปัญหา | อสม. | เบอร์ติดต่อ |\n"
    "|---|---|---|---|---|---|\n"
    "| ๓ ก.พ. | แม่ใหญ่หนูพิน | ๗๙ | เบาหวาน | ประนอม | ๐๘๕-๖๒๑-๐๙๓๗ |\n"
    "| ๕ ก.พ. | พ่อใหญ่คำแสน | ๘๒ | อัมพฤกษ์ | บุญมา |  |\n"
)
OUTREACH = (
    "| เวลา | จุด | ชื่อ/ชื่อเล่น | อายุ | สิ่งที่พบ |\n"
    "|---|---|---|---|---|\n"
    "| 00.15 | หน้าตลาด | บอส | 18 | นั่งคนเดียว ตาแดง |\n"
    "| 01.40 | ท่าเรือ | โจโจ้ | 14 | หิว ไม่มีที่นอน |\n"
)
FOLLOW_UP = (
    "ลำดับ\tชื่อ-สกุล\tอายุ\tวิธี\tผู้ติดตาม\n"
    "1\tประยูร แก้วมณี\t52\tยาฆ่าแมลง\tวัชระ\n"
    "2\tวิไลวรรณ อ่อนศรี\t19\tกินยาเกินขนาด\tกาญจนา\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [(VISITS, "ประนอม"), (VISITS, "บุญมา"), (OUTREACH, "บอส"), (OUTREACH, "โจโจ้"), (FOLLOW_UP, "วัชระ"), (FOLLOW_UP, "กาญจนา")],
)
def test_a_name_under_a_role_or_slashed_header_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), [(VISITS, "เบาหวาน"), (OUTREACH, "นั่งคนเดียว ตาแดง"), (FOLLOW_UP, "ยาฆ่าแมลง")])
def test_other_columns_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
