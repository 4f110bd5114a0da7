"""Session 20: Thai names in chats and run-on notes. A chat speaker with a staff role after the
name (07:55 อ้น SW: …); a Burmese or Mon honorific spaced from the name (ครั้งนี้มิ ซานดา), not
the fiddle one plays (เล่นซอ); a formal title glued after a kin word (อยู่กับแม่นางบุญเรือน
ทองปักธง), which newmm reads as one word."""

from __future__ import annotations

from tests.redact.helpers import covered, found

CHAT = (
    "07:50 กริดา (พยาบาล): เยี่ยมบ้านบ่ายนี้นะคะ\n"
    "07:55 อ้น SW: โอเคค่ะพี่ ตกลงนัดที่บ้าน\n"
    "08:15 อ้น SW: รับทราบค่ะ เดี๋ยวอ้นโทรหาเจ้าหน้าที่ให้\n"
)


def test_a_chat_speaker_with_a_role_after_the_name_is_found(analyzer):
    assert covered(analyzer, CHAT, "อ้น"), found(analyzer, CHAT)


def test_a_spaced_honorific_belongs_to_the_name(analyzer):
    text = 'ครั้งแรกแม่ไม่ยอมพูด ครั้งนี้มิ ซานดาเล่าว่าสามีดื่มหนักตั้งแต่ถูกเลิกจ้าง'
    assert covered(analyzer, text, "มิ ซานดา"), found(analyzer, text)


def test_the_fiddle_is_no_honorific(analyzer):
    text = "วันนี้ไปเล่นซอ สมชายก็มาด้วย"
    assert ("PERSON", "สมชาย") in found(analyzer, text), found(analyzer, text)


def test_a_formal_title_after_a_kin_word_opens_the_full_name(analyzer):
    text = "ได้ค่าชดเชยมาบางส่วนกลับมาอยู่กับแม่นางบุญเรือน ทองปักธงที่ทอผ้าไหมขาย"
    assert covered(analyzer, text, "บุญเรือน ทองปักธง"), found(analyzer, text)
