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


def test_the_name_after_calling_and_before_a_phone_number(analyzer):
    text = "ถ้าไม่ไหวให้โทรหาบอย 086-119-0452 บอยจะกลับมาคืนนี้"
    assert covered(analyzer, text, "บอย"), found(analyzer, text)


def test_the_name_before_an_id_label_is_the_ids_owner(analyzer):
    text = "แม่เลขบัตร๓๔๖๗๐๘๘๔๘๘๕ ส่วนหล้าเลขบัตร๑๑๙๙๔๒๒๐๔๓๑๖๓ยังไม่ได้ลงทะเบียน"
    assert covered(analyzer, text, "หล้า"), found(analyzer, text)


def test_a_kin_word_then_is_then_a_name(analyzer):
    text = "ลูกชายคนเดียวคือบอยทำงานร้านซ่อมแอร์ที่นนทบุรี ลูกสาวคนเล็กคือมะปรางอายุ 9 ขวบ"
    assert covered(analyzer, text, "บอย"), found(analyzer, text)
    assert covered(analyzer, text, "มะปราง"), found(analyzer, text)


def test_what_a_relative_is_stays(analyzer):
    text = "ยายบอกว่าหลานคือความหวังของยาย ลูกคือทุกอย่าง ให้โทรหาแม่ 086-119-0452 ได้"
    assert [t for t, _ in found(analyzer, text) if t == "PERSON"] == [], found(analyzer, text)


def test_an_employer_that_is_a_company_is_no_name(analyzer):
    text = "นายจ้างคือบริษัท Qatar Gulf Crane Services บอยบอกว่าบริษัทยังไม่แจ้งญาติ"
    assert ("PERSON", "บริษัท") not in found(analyzer, text), found(analyzer, text)
