"""Session 42 (set 148): an account's display name with an emoji after it, unquoted.

Thai notes name accounts, shops and group chats as their owners typed them, an emoji closing the
name: บัญชีชื่อ Tonkla Rider 🏍️, ใช้บัญชี เสือ สรรค์บุรี 🐯, เพจ ปลาแดดเดียวสมใจ 🐟, group chat
M.4/2 ผึ้งน้อย 🐝. Over every open set, an identifier followed by an emoji was labelled with it 58
times in 64 when it was an account name. So: right after an account, page, shop or chat word, one
to four short parts and an emoji are one ONLINE_ID, emoji included; and an account name found
without the emoji after it takes it. What someone wrote on the app (ไลน์มาว่า ขอบคุณมากค่ะ 🙏, a
clause opening with a verb or closing with a polite particle) is a message, not a name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("มีผู้ชายบัญชีชื่อ Dragon Rider 🏍️ ส่งของขวัญในไลฟ์บ่อยมาก", "Dragon Rider 🏍️"),
    ("สามีใช้บัญชี หมาป่า บางระจัน 🐺 โพสต์รูปผู้เสียหาย", "หมาป่า บางระจัน 🐺"),
    ("ติดต่อแม่ทาง LINE แม่นก โรงงานเซรามิก 💕 ได้ตลอด", "แม่นก โรงงานเซรามิก 💕"),
    ("ป้าขายของในร้าน Shopee ป้าแดงของฝาก 🍯 ทุกวัน", "ป้าแดงของฝาก 🍯"),
    ("เพื่อนในกลุ่มแชท ม.3/1 ตัวตึง 🔥 ล้อเลียนเรื่องรูปร่าง", "ม.3/1 ตัวตึง 🔥"),
    ("และเพจ ข้าวหลามแม่ศรี 🎋 มีคนติดตามสองพันคน", "ข้าวหลามแม่ศรี 🎋"),
    ("Her Facebook name is Lulu Bright ✨ and she posts most nights.", "Lulu Bright ✨"),
]

KEPT = [
    ("แม่ส่งไลน์มาว่า ขอบคุณมากค่ะ 🙏 แล้วเงียบไป", "ขอบคุณมากค่ะ"),
    ("ลูกสาวทัก LINE ไม่ตอบเลย 😢 ตั้งแต่เมื่อวาน", "ไม่ตอบเลย"),
    ("เพื่อนคุยในไลน์ กันทั้งคืนเลยค่ะ 😭 ไม่ได้นอน", "กันทั้งคืนเลยค่ะ"),
    ("Mum messaged on WhatsApp saying sorry 🙏 this morning.", "saying sorry"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_display_name_closed_by_an_emoji_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_message_on_the_app_is_no_name(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
