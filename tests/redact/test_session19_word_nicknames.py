"""Session 19: Thai nicknames that are also dictionary words, after a strict kin or role cue
(แม่, พ่อ, ครู): "แม่ติ๋มไปทำงานโรงงาน" is Tim's mother going to work, "ครูกอล์ฟ" a teacher called
Golf. Another dictionary word after the cue is still what the person does or is (แม่น้ำ the
river, แม่ไก่ a hen, แม่เข้ากะดึก mother works nights), and roles stay: a foster mother, aunt or
family (แม่อุปถัมภ์, ป้าอุปถัมภ์, ครอบครัวอุปถัมภ์) and a degree (ป.เอก) name nobody."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('แนนบอก"หนูอยากไปหาแม่"แม่ติ๋มไปทำงานโรงงานที่สมุทรปราการ', "ติ๋ม"),
        ("ครูกอล์ฟบอกว่าเด็กขาดเรียนสามวัน", "กอล์ฟ"),
        ("พ่อกล้าไปทำงานที่ระยองตั้งแต่ปีที่แล้ว", "กล้า"),
        ("วันนี้แม่แอ๋ว มาที่ศูนย์พร้อมลูกสองคน", "แอ๋ว"),
        ("ครูดาวนัดผู้ปกครองวันศุกร์", "ดาว"),
    ],
)
def test_a_word_nickname_after_a_kin_or_role_cue_is_found(analyzer, text, name):
    assert covered(analyzer, text, name), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("บ้านอยู่ริมแม่น้ำ น้ำท่วมทุกปี", "แม่น้ำ"),
        ("ที่บ้านเลี้ยงแม่ไก่ไว้ขายไข่", "แม่ไก่"),
        ("แม่เข้ากะดึกที่โรงงาน ลูกอยู่กับยาย", "แม่"),
        ("เด็กอยู่กับแม่อุปถัมภ์มา 6 เดือน", "แม่อุปถัมภ์"),
        ("ป้าอุปถัมภ์ขอเงินอุดหนุน 2,000 บาท/เดือน ยังไม่ได้", "ป้าอุปถัมภ์"),
        ("ประสาน พม. เรื่องเงินอุดหนุนครอบครัวอุปถัมภ์ 2,000 บาท/เดือน", "ครอบครัวอุปถัมภ์"),
        ("นศ.ทุน ก.พ. ป.เอก ที่อังกฤษ video call Sat 14:00 GMT", "ป.เอก"),
    ],
)
def test_roles_and_ordinary_words_after_the_cue_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
