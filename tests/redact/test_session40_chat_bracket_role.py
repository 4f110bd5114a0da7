"""Session 40 (keep25, keep27): a chat speaker whose role is written in brackets after the name.

Pasted LINE chats label each line with the time, the speaker and, often, the speaker's role in
brackets: "14:02 เกศินี (SW): …", "09:12 รัตนา (ครูประจำชั้น): …". The speaker rule read a role
written bare after the name (อ้น SW:) but not in brackets, so a staff member's given name went
out on every line. A bracketed role after a role word (เจ้าหน้าที่ (SW):) is still no name, and
the interpreter speaking (ล่าม: …) is a role too. A bracket is read only on a timed line: with no
time, "หัวหน้าศูนย์ (Admin):" is a role and "แม่อุ้ยเล่า (คำเมือง):" speech reported in a dialect."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    (
        "14:02 เกศินี (SW): พี่ล่ามคะ ช่วยถามน้องเรื่องงานหน่อยค่ะ\n"
        "14:05 ล่าม: ได้ครับ\n14:06 เกศินี (SW): ขอบคุณค่ะ",
        "เกศินี",
    ),
    (
        "09:12 รัตนา (ครูประจำชั้น): วันนี้น้องมาสายค่ะ\n09:30 ยาย: ค่ะ ครู\n"
        "09:31 รัตนา (ครูประจำชั้น): ได้ค่ะ เดี๋ยวครูโทรหานะคะ",
        "รัตนา",
    ),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_speaker_with_a_bracketed_role_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


ROLES = [
    ("10:01 เจ้าหน้าที่ (SW): สวัสดีค่ะ มีอะไรให้ช่วยคะ\n10:02 ผู้รับบริการ: หนูอยากปรึกษาค่ะ", "เจ้าหน้าที่"),
    ("14:02 เกศินี (SW): ช่วยถามหน่อยค่ะ\n14:05 ล่าม: ได้ครับ\n14:06 เกศินี (SW): ขอบคุณค่ะ", "ล่าม"),
    ("หัวหน้าศูนย์ (Admin): สามีชื่ออะไรคะ\nพี่เก๋ พยาบาล: ยังไม่ทราบค่ะ\nหัวหน้าศูนย์ (Admin): ok ค่ะ", "หัวหน้าศูนย์"),
    ('แม่อุ้ยเล่า (คำเมือง): "บ่มีไผจ้วย ลูกก็ไปไกล๋"\nหลานเล่า (คำเมือง): "ยายบ่กิ๋นข้าว"', "คำเมือง"),
]


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_a_role_word_speaking_stays(analyzer, text, role):
    assert untouched(analyzer, text, role), found(analyzer, text)
