"""Session 12: copied chats in Isan, Northern and Southern Thai. Written before the code; invented
names.

A LINE chat of Isan construction workers copied into a note (development set 47) had its speakers
missed: a chat label is read as a person once two voices speak twice with particles of speech, and
the particles known were Central Thai (ค่ะ, ครับ, นะ). Isan speech (เด้อ, บ่ได้) also put a title
before its negation (หมอบ่ได้ "the doctor can't"), read as a name.

1. Speech particles of the regions (เด้อ, บ่, เนาะ, เน้อ, หนิ, แหละ) mark a line of chat.
2. Isan and Northern words after a title (บ่, เด้อ, คัก) are no name.
3. Isan อีหล่า ("young girl") and โค้ช (a coach) are titles before a name; the Karen หน่อ ("Naw")
   opens a name like ซอ and นอ.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

ISAN_CHAT = (
    "แคปแชทไลน์กลุ่มคนงาน\n"
    "มะปราง: อ้ายๆ ลูกสาวไข้ขึ้นตั้งแต่มื้อคืน ตัวฮ้อนคักเด้อ\n"
    "ต้นหอม: พาไปหาหมอบ่ได้ดอก หัวหน้าบ่ให้ลางาน\n"
    "มะปราง: บ่กินข้าวเลยเด้อ\n"
    "ต้นหอม: สิพาไปมื้อเช้าเนาะ\n"
)

FOUND = [
    (ISAN_CHAT, "มะปราง"),
    (ISAN_CHAT, "ต้นหอม"),
    ("ทีมฟุตบอลชุมชน โค้ชเต้ยเป็นคนเดียวที่เด็กฟัง", "เต้ย"),
    ("แม่ห่วงอีหล่าน้ำอ้อยมาก ไข้สูงสามวัน", "น้ำอ้อย"),
    ("หน่อเปอะลาพอ (Naw Pe La Paw) อายุ 29 ขายผ้าทอ", "หน่อเปอะลาพอ"),
]

KEPT = [
    (ISAN_CHAT, "หมอบ่ได้"),
    ("ป้าบ่สบาย นอนทั้งวัน", "ป้าบ่สบาย"),
    ("โค้ชบอกว่าเด็กขาดซ้อมบ่อย", "โค้ชบอก"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_regional_speakers_and_titles_name_people(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_regional_speech_after_a_title_is_no_name(analyzer, text, value):
    assert untouched(analyzer, text, value)
