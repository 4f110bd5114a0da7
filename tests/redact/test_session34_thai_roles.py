"""Session 34: Thai names written straight after a role used as a title.

ทนายวิวัฒน์, นักจิตวิทยาวรัญญู, ลูกสาวแอ๋ว, บุรุษพยาบาลกอล์ฟ, ล่าม จ่อมิน: the role is written the way a
title is, glued or spaced, and the name after it had been left in the clear. What only says which
one or where (ลูกชายคนโต, พยาบาลเวรดึก, เจ้าหน้าที่ธนาคาร, หัวหน้าไลน์) stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ลุงบอกว่าพูดต่อหน้าทนายวิวัฒน์ แต่ไม่มีเอกสาร", "วิวัฒน์"),
    ("ผู้นำกลุ่ม นักจิตวิทยาวรัญญู + ครูฝึกสุรเดช", "วรัญญู"),
    ("ยายอายุ 74 มาที่ศูนย์กับลูกสาวแอ๋ว เล่าว่ามีคนโทรมาหลอก", "แอ๋ว"),
    ("ผู้ส่งเวร: พยาบาลจุฑามาศ / รับเวร บุรุษพยาบาลกอล์ฟ", "กอล์ฟ"),
    ("แปลโดยล่าม จ่อมิน วันที่ 18 ก.ย.", "จ่อมิน"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_after_a_role_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ยายร้องเรียกชื่อลูกชายคนโตตอนกลางคืน", "ลูกชายคนโต"),
    ("มีคนโทรมาหลอกว่าเป็นเจ้าหน้าที่ธนาคาร ยายเกือบโอนเงิน", "เจ้าหน้าที่ธนาคาร"),
    ("เพื่อนร่วมห้องถูกหัวหน้าไลน์ตบหน้า\nพักห้องเช่า", "หัวหน้าไลน์"),
    ("ก๊อปจากไลน์พยาบาลวอร์ด: พี่คะ เคสนี้", "พยาบาลวอร์ด"),
    ("สัมภาษณ์ (ล่ามภาษาพม่าแปล) วันที่ 9 ก.พ.", "ล่ามภาษาพม่าแปล"),
]


@pytest.mark.parametrize(("text", "phrase"), KEPT)
def test_which_one_or_where_stays(analyzer, text, phrase):
    assert untouched(analyzer, text, phrase), found(analyzer, text)
