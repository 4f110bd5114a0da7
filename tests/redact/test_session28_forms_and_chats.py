"""Session 28: what a form's column or a chat's label says.

A table column headed by the file it numbers (แฟ้มวินัย) or by the card (ปชช.) types its cells;
a chat line under a role label (ครูที่ปรึกษา: ขอโทษค่ะ) is speech, not the role's name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

TABLE = (
    "| ที่ | ชื่อ | เกิด | ปชช. | แฟ้มวินัย | หมายเหตุ |\n"
    "| ๑ | ด.ช. ช.ศ. | ๓ ม.ค. ๒๕๕๓ | ๑-๗๔๐๓-๐๐๑๗๒-๑๖-๐ | วน.๖๗/๑๒ | ติดเกม ขาดเรียน |\n"
    "| ๒ | ด.ญ. ส.ก. | ๒๘/๐๒/๒๕๕๓ | - | วน.๖๗/๑๕ | มาสาย |"
)


@pytest.mark.parametrize("value", ["วน.๖๗/๑๒", "วน.๖๗/๑๕"])
def test_a_file_column_types_its_numbers(analyzer, value):
    assert covered(analyzer, TABLE, value), found(analyzer, TABLE)


def test_a_remark_column_stays(analyzer):
    assert untouched(analyzer, TABLE, "มาสาย"), found(analyzer, TABLE)


SPEECH = [
    ("ครูที่ปรึกษา: ขอโทษค่ะ วันนี้ติดประชุม\nแม่: ไม่เป็นไรค่ะครู", "ขอโทษ"),
    ("ครูประจำชั้น: ขอบคุณครับ เดี๋ยวส่งใบรับรองให้", "ขอบคุณ"),
]


@pytest.mark.parametrize(("text", "value"), SPEECH)
def test_a_chat_line_under_a_role_label_is_no_name(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_name_under_the_same_label_is_still_found(analyzer):
    text = "ครูที่ปรึกษา: สมศรี ใจดี โทร 081-234-5678"
    assert covered(analyzer, text, "สมศรี ใจดี"), found(analyzer, text)
