"""Session 19, names and places written in lower case where the note is not all lower case:
- a speech-to-text note (sentences open in lower case, a few capitals) names places in lower
  case as a dictated one does ("she lives in mumbai with her aunt");
- a name found with its capital is the same person where a line writes it in lower case ("Siti,
  29" … "she accuses siti of stealing"), unless the lower-case form is an English word (Miles
  the name, "walked miles"), and a count glued to a name (16yo) is no part of it;
- Thai: the people listed after ได้แก่ ("namely") when the list is of people, and a family named
  after ครอบครัว; the boss (เถ้าแก่) then a verb stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

STT = (
    "she came in with Priya today. she lives in mumbai with her aunt now. "
    "she is scared of Raj. we talked about school and PHQ-9 was 14."
)
SITI = (
    "Lives with her helper Siti Rahayu. In the evenings she accuses siti of stealing her bangle. "
    "Siti, 29, has been here fourteen months."
)
MILES = "Group: Miles (new) quiet, said he walked miles to get here. Will f/u 1:1."
AGE = "home visit 2pm. client jennelyn pacaña 16yo preggy 5mos, bf is older. plan: refer to clinic."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (STT, "mumbai"),
        (SITI, "siti"),
        (AGE, "jennelyn pacaña"),
        ("กับก๊วนเพื่อนแถวหมู่บ้าน ได้แก่ ต้าร์ อาร์ม โอ๊ต ฯลฯ ซื้อจากร้านชำ", "อาร์ม"),
        ("นักเรียนหญิงกลุ่มหนึ่งในห้อง ได้แก่ ออม พีช ข้าวหอม ฯลฯ ล้อเรื่องรูปร่าง", "ข้าวหอม"),
        ("ยายเลี้ยงหลาน 3 คนตามลำพัง ได้แก่ ดาว (ป.6) บิว (ป.3) และน้องเก่ง (4 ขวบ)\nแม่ไปทำงาน", "ดาว"),
        ("รายได้: ครอบครัวศรีสุขได้เบี้ยยังชีพผู้สูงอายุ", "ศรีสุข"),
    ],
)
def test_the_name_or_place_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        (MILES, "walked miles"),
        (AGE, "16yo"),
        ("ผลไม้ที่เด็กชอบ ได้แก่ ส้ม กล้วย ฯลฯ", "ส้ม"),
        ("อาการที่พบ ได้แก่ ปวดหัว นอนไม่หลับ เบื่ออาหาร ฯลฯ", "ปวดหัว"),
        ("อยู่กับครอบครัวอุปถัมภ์ 2 ปี เป็นครอบครัวขยาย", "ครอบครัวขยาย"),
        ("กรีดยางให้เถ้าแก่แบ่ง60/40ราคาน้ำยาง52บาท/กก.ไม่พอจ่ายหนี้", "แบ่ง"),
        ("- Sunday church, sings in the choir, reads Psalms. she says school is ok. we talked about mum.", "Sunday church"),
    ],
)
def test_words_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_given_name_that_is_also_a_word_opens_a_dictated_name(analyzer):
    text = (
        "medical ward new paragraph patient devon achterberg twenty nine canadian lives alone "
        "full stop devon says he has been working sixteen hour days and we talked about sleep"
    )
    assert covered(analyzer, text, "devon achterberg"), found(analyzer, text)


def test_hospitality_kind_words_close_a_capitalised_name(analyzer):
    text = "She sits with customers at Lukthung Palace karaoke on the other side of town."
    assert covered(analyzer, text, "Lukthung Palace karaoke"), found(analyzer, text)
