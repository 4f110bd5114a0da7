"""Session 41 (set 138): a Thai participants' line with its count in brackets.

Session 10 read the names on an attendance line (ผู้เข้าร่วม: แจ๋ว, ตุ๊ก …). Writers put the count
between the label and its colon — ผู้เข้าร่วม (7/9): เสือ, จ๊อบ, อ้วน, บอย — and list those absent the
same way (ผู้ไม่มา:); a meeting's attendees (ผู้เข้าประชุม:) stay unread — posts and bodies fill those
lines, and reading them cost a blind keep string; the nicknames on such a line (เสือ "tiger", a listed
nickname such as นิด "a little") are the people. Roles on the line stay (ผู้ใหญ่บ้าน); อ้วน "chubby"
stays unread (a word that describes someone is blocked as a name everywhere)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

TEXT = "กลุ่มบำบัดเยาวชน ครั้งที่ 3\nผู้เข้าร่วม (7/9): เสือ, จ๊อบ, อ้วน, บอย, แม็ก, ลุงเปี๊ยก, ผู้ใหญ่บ้าน\nกิจกรรม: ทบทวนเป้าหมาย"


@pytest.mark.parametrize("value", ["เสือ", "จ๊อบ"])
def test_nicknames_on_a_counted_attendance_line_are_found(analyzer, value):
    assert covered(analyzer, TEXT, value), found(analyzer, TEXT)


def test_a_role_on_the_line_survives(analyzer):
    assert untouched(analyzer, TEXT, "ผู้ใหญ่บ้าน"), found(analyzer, TEXT)


def test_those_absent_are_found(analyzer):
    text = "ผู้เข้าร่วม: ประยูร, สมศรี\nผู้ไม่มา: นิด (ติดธุระ)"
    for value in ("ประยูร", "สมศรี", "นิด"):
        assert covered(analyzer, text, value), found(analyzer, text)


def test_a_post_with_a_bodys_short_form_survives(analyzer):
    text = "ผู้เข้าร่วม: ปลัดอบต., ครูจากตาดีกา, โต๊ะอิหม่าม\nวาระที่ 1 เรื่องเด็กไม่มาเรียน"
    assert untouched(analyzer, text, "ปลัดอบต."), found(analyzer, text)
