"""Session 39 (set 131): a table header that counts digits (เลข 13 หลัก, 10-digit no.) is still a header.

A header line was told from a row by holding no digits at all, so a Thai register whose ID column
is headed "เลข G / เลข ๑๓ หลัก" (the G number or the 13-digit number) was read as a row, and no
column of it — birth dates, names, phones — was read by its header. A digit may now stand in a
header cell that the header list reads as a column (its words say which number it is); a row's
cells ("1", a date, a number) are no header, so a row is still never read as one."""

from __future__ import annotations

from tests.redact.helpers import covered, found

TABLE = (
    "| ลำดับ | ชื่อเด็ก | เกิด | เลข G / เลข ๑๓ หลัก | ผู้ปกครอง / โทร |\n"
    "|---|---|---|---|---|\n"
    "| ๑ | ด.ช.ซัว แซ่ย่าง | ๐๔/๐๘/๒๕๕๘ | G๕๘๐๑๒๒๓๔๗๑๙๐ | พ่อ ๐๖๓-๘๑๗-๒๒๐๕ |\n"
    "| ๒ | ด.ญ.หน่อย แซ่ลี | พ.ศ. ๒๕๕๖ | ๐ ๕๖๐๕ ๘๙๐๑๒ ๓๔ ๒ | ยาย (ไม่มีโทรศัพท์) |\n"
)


def test_a_birth_date_column_is_read_when_another_header_counts_digits(analyzer):
    assert covered(analyzer, TABLE, "๐๔/๐๘/๒๕๕๘"), found(analyzer, TABLE)
    assert covered(analyzer, TABLE, "พ.ศ. ๒๕๕๖"), found(analyzer, TABLE)


def test_an_english_header_with_a_digit_count_is_a_header(analyzer):
    text = (
        "| Name | DOB | 10-digit NHS no. |\n|---|---|---|\n"
        "| Kerry-Ann Doyle | 14/02/2011 | 943 476 5919 |\n"
    )
    assert covered(analyzer, text, "14/02/2011"), found(analyzer, text)


def test_a_label_with_its_value_in_one_cell_is_no_header(analyzer):
    """A record table's cell may hold a label and its value (เบอร์โทร 089-604-1172): a row, whose
    digits are no count, so the lines under it are not read as columns of that kind."""
    text = (
        "| ผู้ดูแล | นางนงนุช แก้วใส เบอร์โทร 089-604-1172 |\n"
        "| โรค | stroke ปี 65, HT, DM — amlodipine 5 mg |\n"
        "| ADL | Barthel 6/20 ติดเตียง |\n"
    )
    assert covered(analyzer, text, "089-604-1172"), found(analyzer, text)
    assert not any("Barthel" in v or "amlodipine" in v for _, v in found(analyzer, text)), found(analyzer, text)
