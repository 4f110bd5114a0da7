"""Session 41 (sets 74, 82, 84, 87, 131): a Facebook account's display name after the account word.

"ติดต่อได้ทางเฟซ วิภา แม่ลูกสาม กับ TikTok …", "ชักชวนทาง Facebook โดยบัญชี หนุ่มหล่มสัก ใจดี ให้ไป…",
"ชื่อบัญชี ฟองจันทร์ ไทลื้อปัว เพื่อคุย…", "ชื่อเฟส ไพโรจน์ ค้อวังซิตี้ คนแชร์…": Thai display names are a
name and a descriptor, two words, written after the account word and a space with no quotes. One
or two Thai words after such a word are the account; the second only when it does not open the
clause again (กับ, เพื่อ, คน…) and is no verb. What follows the word that is no name (ทางเฟซ ทุกวัน,
ใช้เฟซ ของแม่, มีเฟซ แต่ไม่ค่อยใช้) is left."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ไปทำงานร้านคาราโอเกะ ติดต่อได้ทางเฟซ วิภา แม่ลูกสาม กับ TikTok @wipa.pty", "วิภา แม่ลูกสาม"),
    ("ข้อเท็จจริง: เด็กถูกชักชวนทาง Facebook โดยบัญชี หนุ่มหล่มสัก ใจดี ให้ไปทำงานร้านคาราโอเกะ", "หนุ่มหล่มสัก ใจดี"),
    ("- ติดต่อแม่ผ่านเฟซบุ๊กของป้า ชื่อบัญชี ฟองจันทร์ ไทลื้อปัว เพื่อคุยเรื่องการดูแล", "ฟองจันทร์ ไทลื้อปัว"),
    ("แกไลฟ์สดด่าคนทั้งหมู่บ้าน ชื่อเฟส ไพโรจน์ ค้อวังซิตี้ คนแชร์ไปเยอะเลย", "ไพโรจน์ ค้อวังซิตี้"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_display_name_after_the_account_word_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("แม่คุยกับลูกทางเฟซ ทุกวัน แต่ลูกไม่ค่อยตอบ", "ทุกวัน"),
    ("น้องใช้เฟซ ของแม่ เล่นเกม ครูแนะนำให้จำกัดเวลา", "ของแม่"),
    ("ยายมีเฟซ แต่ไม่ค่อยใช้ ให้หลานเปิดให้", "แต่ไม่ค่อยใช้"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_words_after_the_account_word_that_are_no_name_survive(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
