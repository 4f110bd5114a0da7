"""Session 25: account names an open set of handles showed missed.

A display name quoted after a platform with "(มา)ใช้ชื่อ" or glued "ชื่อ" between, or after a video
channel; a display name in brackets right after the platform word; a handle typed in decorative
letters (small capitals, ornaments); a mixed-case handle glued to the Thai before it. Remarks in
brackets after a platform word (who allowed it, a phone "line", a production line's head, a chat
"ออนไลน์") stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('มีคนแอดไลน์มาใช้ชื่อ "ฝ่ายบำนาญ กรมบัญชีกลาง" แจ้งว่าต้องอัปเดตข้อมูล', "ฝ่ายบำนาญ กรมบัญชีกลาง"),
    ('ต่อมามีเพจเฟซบุ๊กชื่อ "ทนายอาสาช่วยเหลือผู้ถูกหลอก" ทักมาเสนอช่วย', "ทนายอาสาช่วยเหลือผู้ถูกหลอก"),
    ('แม่ทำช่อง YouTube "โปเต้ยิ้มได้ ทุกวัน" เล่าเรื่องการเลี้ยงลูก', "โปเต้ยิ้มได้ ทุกวัน"),
    ("สามีโพสต์เฟซบุ๊ก (อภิชาติ คนเดิม สุรินทร์) ข่มขู่ว่าจะมาหา", "อภิชาติ คนเดิม สุรินทร์"),
    ("หนูใช้ชื่อในเกมว่า ꧁PrawaZ꧂ ตอนนี้เปลี่ยนแล้ว", "꧁PrawaZ꧂"),
    ("เอิร์นเล่นเกม ROV มีคนในเกมชื่อ ꜱᴋʏ.ᴋɪɴɢ เล่นด้วยทุกคืน", "ꜱᴋʏ.ᴋɪɴɢ"),
    ("ติดเกมออนไลน์ในมือถือใช้ชื่อKongZa_REเล่นทั้งคืน", "KongZa_RE"),
    ("Her IG (Mali Rose) is public and she posts daily.", "Mali Rose"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_account_name_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("คุยกับหัวหน้าไลน์ (ได้รับความยินยอม) ขอสลับกะเช้า", "ได้รับความยินยอม"),
    ("บันทึกให้คำปรึกษาออนไลน์ (Discord call) ๑๘ มิ.ย. ๖๘", "Discord call"),
    ("After-hours line (Thai), log of the call at 22:40.", "Thai"),
    ("แคปจากเฟซบุ๊ก (ผู้รับบริการอนุญาต) แนบแฟ้มแล้ว", "ผู้รับบริการอนุญาต"),
    ("Posted on FB (deleted now) and in the Line group.", "deleted now"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_remark_in_brackets_after_a_platform_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_made_up_name_someone_uses_is_a_handle_and_a_plain_one_a_person(analyzer):
    text = "The server owner uses the name xVoidKnightx and asked for photos. She uses the name Sarah at work."
    assert ("ONLINE_ID", "xVoidKnightx") in found(analyzer, text), found(analyzer, text)
    assert ("ONLINE_ID", "Sarah") not in found(analyzer, text), found(analyzer, text)
