"""Session 15: a Thai name found in pieces is one name. The tokenizer cuts an unknown name into
dictionary syllables (หน่อ|พอ|แฮ, นา|รูลา, สเรย์|เนียง), so a rule or the tagger may find only part
of it, or two parts side by side; Thai persons found only in part were a third of the Thai
person misses on the blind sets (counted by shape, no value read). A span that stops inside a
short word standing alone takes the rest of that word; two persons glued with no title between
them are one; an Arabic name's hyphen (อัล-มัสรี) joins its parts."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ผู้ดูแลหลัก: หน่อพอแฮ (ลูกสะใภ้) พูดไทยได้น้อย", "หน่อพอแฮ"),
        ("นักเรียน: ด.ช.ฮาร์มานจีต ซิงห์ นารูลา (แฮรี่) ป.6/1 อายุ 12", "ฮาร์มานจีต ซิงห์ นารูลา"),
        ("เจ้าของห้องนายฮัสซัน อัล-มัสรี มาทวงค่าเช่าอีกแล้ว", "ฮัสซัน อัล-มัสรี"),
        ("ผู้รับยา: นางมะลิวัลย์ ทองนาคำ โทร 081-234-5678", "มะลิวัลย์ ทองนาคำ"),
    ],
)
def test_a_thai_name_found_in_pieces_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("แม่ติ๋มมาหาที่ศูนย์ตอนเช้า เล่าว่านอนไม่หลับ", "มาหา"),
        ("ยายบุญมีตาสอนมาด้วยกัน", "มาด้วยกัน"),
        ("คุณสมศรีไปตลาดกับลูก แล้วกลับมาคุยต่อ", "ไปตลาด"),
    ],
)
def test_a_word_glued_after_a_name_stays_outside_it(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_leave_word_glued_after_a_titled_nickname_stays(analyzer):
    text = "- ครูอ้อนลาป่วย จัดครูเวรแทนแล้ว"
    assert untouched(analyzer, text, "ลาป่วย"), found(analyzer, text)


def test_a_shan_name_the_thai_tagger_is_fairly_sure_of_is_found(analyzer):
    # จาย|แสง|หอม: all three pieces are words; the tagger's 0.8 confidence vouches for the name
    # (session 15 lowered the sure margin from 0.85 on held-out development sets)
    text = "ผู้ป่วย: จายแสงหอม (บัตรชมพูสะกด Sai Seng Hom) อายุ 28 ปี ทำงานสวนส้ม ได้ atropine ย้ายเข้า ICU"
    assert covered(analyzer, text, "จายแสงหอม"), found(analyzer, text)
