"""Session 24: names in run-on Thai notes, glued to the kin noun before them.

A fast note writes ลูกสาวหมวยลูกชายธีระพงษ์… with no spaces: the word after ลูกสาว is the daughter's
nickname when it is a common nickname and the clause goes on after it (another relation, a verb,
a function word), even though the dictionary knows it as a word (หมวย, ต๋อง, นิว). "Which one"
(คนเดียว, คนโต) may stand between the kin noun and the name. The nickname then hides everywhere."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

GLUED_AFTER_KIN = [
    ("อยู่กับลูกสาวหมวยลูกชายทำงานอยู่ปีนังหมวยบอกว่าพ่อไม่ยอมไปหาหมอ", "หมวย"),
    ("ยายโอนเงินไปหมดหลานชายต๋องมาเห็นเลยพาไปแจ้งความ", "ต๋อง"),
    ("ลุงอยู่คนเดียวลูกชายคนเดียวณรงค์ติดคุกอยู่อีกสองปี", "ณรงค์"),
    ("ไม่มีความคิดทำร้ายตัวเองลูกพี่ลูกน้องเนี้ยที่อยู่หอเดียวกันเป็นคนพามา", "เนี้ย"),
    ("แม่ไปทำงานเกาหลีหลานสาวนิวมาอยู่กับย่าตั้งแต่สิบขวบ", "นิว"),
]


@pytest.mark.parametrize(("text", "value"), GLUED_AFTER_KIN)
def test_a_nickname_glued_after_a_kin_noun_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KIN_CLAUSES = [
    ("ลูกสาวคนโตไปทำงานที่ระยอง ส่งเงินมาทุกเดือน", "คนโต"),
    ("หลานชายไม่ยอมกินข้าวตั้งแต่เมื่อวาน", "ไม่ยอม"),
    ("ลูกสาวนิดหน่อยก็ร้องไห้ แม่บอกว่าอ่อนไหวง่าย", "นิดหน่อย"),
    ("น้องชายที่อยู่ต่างจังหวัดโทรมาถามอาการ", "ที่อยู่"),
]


@pytest.mark.parametrize(("text", "value"), KIN_CLAUSES)
def test_what_follows_a_kin_noun_in_a_clause_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


WHO_FIELDS = [
    ("ส่งเวรเย็น 9 ก.ย. 67 16.30 น.  ผู้ส่ง: เมย์  ผู้รับ: ครีม\n1) อายุรกรรมชาย เตียง 7", "ครีม"),
    ("นัดครูเข้ามาคุยวันจันทร์\nผู้ส่งเวร: ศิริลักษณ์\nผู้รับเวร: เวรดึก", "ศิริลักษณ์"),
]


@pytest.mark.parametrize(("text", "value"), WHO_FIELDS)
def test_a_field_asking_who_holds_a_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_role_or_a_remark_in_a_who_field_stays(analyzer):
    text = "ผู้บันทึก: นักสังคมสงเคราะห์ ผู้แจ้ง: ไม่ระบุ ผู้รับ: ทีมสหวิชาชีพ"
    assert found(analyzer, text) == [], found(analyzer, text)
