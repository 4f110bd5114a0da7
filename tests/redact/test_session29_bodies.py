"""Session 29: Thai places to stay and to sing named before their kind.

A resort, homestay, guesthouse, karaoke bar or rooftop named first and its kind glued after
(ด่านซ้ายฮิลล์รีสอร์ท, เพชรราตรีคาราโอเกะ) is a business, like a firm named before its trade word.
The kind alone after a verb, a shop word or a clause the tokenizer glued (ไปเที่ยว|รีสอร์ท,
เจอ|กันที่|…) stays, and a count of nights after the name is no part of it."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("แม่ทำงานที่ด่านซ้ายฮิลล์รีสอร์ท เป็นแม่บ้าน", "ด่านซ้ายฮิลล์รีสอร์ท"),
    ("เจอกันที่เพชรราตรีคาราโอเกะ ตอนดึก", "เพชรราตรีคาราโอเกะ"),
    ("พี่สาวเปิดบ้านริมน้ำอัมพวาโฮมสเตย์ รับนักท่องเที่ยว", "บ้านริมน้ำอัมพวาโฮมสเตย์"),
    ("ลูกชายเป็นบาร์เทนเดอร์ที่มูนไลท์รูฟท็อป ช่วงกลางคืน", "มูนไลท์รูฟท็อป"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_business_named_before_its_kind_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("วันหยุดชอบไปเที่ยวรีสอร์ท กับเพื่อน", "ไปเที่ยวรีสอร์ท"),
    ("ชอบร้องคาราโอเกะ กับเพื่อนที่ร้านคาราโอเกะ", "ร้องคาราโอเกะ"),
    ("เคยทำงานรีสอร์ทริมทะเล", "ทำงานรีสอร์ทริมทะเล"),
    ("พักที่บ้านริมน้ำอัมพวาโฮมสเตย์ 2 คืน", "2 คืน"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_kind_alone_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


# Public bodies named inside run-on Thai with no spaces: the window before the head may cut a
# word, a run-on span found around them must not swallow them, and a district's name may open like
# a clause word (มีนบุรี). An adverb after a service's initials (กศน.ต่อ) names no body.
RUN_ON_FOUND = [
    ("แม่ST-5=9นอนไม่หลับกินข้าวไม่ได้ประสานอบต.จุมพลเรื่องเงินสงเคราะห์ครอบครัว", "อบต.จุมพล"),
    ("บรรทัดใหม่แผนประสานรพ.สต.กลางดงทำแผลที่บ้านวันเว้นวันขอเบาะรองนั่งลมจากกองทุนฟื้นฟู"
     "คุยกับเทศบาลตำบลทุ่งเสลี่ยมเรื่องผู้ช่วยคนพิการ", "เทศบาลตำบลทุ่งเสลี่ยม"),
    ("พ่อติดคดียาเสพติดอยู่เรือนจำพิเศษมีนบุรี เด็กย้ายไปมาระหว่างบ้านอากับบ้านยาย", "เรือนจำพิเศษมีนบุรี"),
]


@pytest.mark.parametrize(("text", "value"), RUN_ON_FOUND)
def test_a_public_body_in_run_on_thai_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


RUN_ON_KEPT = [
    ("ไม่มีบัตรกลัวถูกส่งกลับน้องอยากเรียนกศน.ต่อและทำงานไปด้วย", "กศน.ต่อ"),
    ("โรงเรียนต้องให้เรียนต่อได้ครูบอกว่าถ้าไม่สะดวกให้เรียนกศน.แทน", "กศน.แทน"),
    ("เข้ามหาวิทยาลัยมีเพื่อนเยอะ", "มหาวิทยาลัยมีเพื่อน"),
]


@pytest.mark.parametrize(("text", "value"), RUN_ON_KEPT)
def test_a_service_then_an_adverb_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


# A province's office of a national service named without สำนักงาน; the service alone, or with
# the word "province" and no province, stays.
PROVINCIAL_FOUND = [
    ("ส่งเรื่องต่อจัดหางานจังหวัดกำแพงเพชร แล้ว", "จัดหางานจังหวัดกำแพงเพชร"),
    ("ประสาน พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพิษณุโลก เรื่องที่พัก",
     "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพิษณุโลก"),
    ("ยื่นที่ประกันสังคมจังหวัดสระบุรีแล้ว", "ประกันสังคมจังหวัดสระบุรี"),
]


@pytest.mark.parametrize(("text", "value"), PROVINCIAL_FOUND)
def test_a_provincial_office_without_its_office_word_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


PROVINCIAL_KEPT = [
    ("เงินประกันสังคมจังหวัดไม่จ่าย", "ประกันสังคม"),
    ("ลงทะเบียนกับกรมจัดหางาน ทางออนไลน์", "กรมจัดหางาน"),
]


@pytest.mark.parametrize(("text", "value"), PROVINCIAL_KEPT)
def test_a_national_service_alone_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
