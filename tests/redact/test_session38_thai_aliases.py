"""Session 38 (set 126): a nickname in brackets after a Thai name that only propagation made whole.

The tagger often reads a Thai full name in two pieces (ชัยวัฒน์ | ใจ|คำ); propagation joins them,
but the bracket rule ran before it and saw no name ending at the bracket, so the nickname in it
(ตุ่ม) and every later mention of it stayed in the note. The bracket rule now runs again after
propagation. An agency's abbreviation in brackets (พมจ., กสศ., รพ.สต.) is no nickname: it ends
with the abbreviation's dot."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

NICKNAMES = [
    ("ลูกชาย ชัยวัฒน์ ใจคำ (ตุ่ม) ทำงานโรงงานที่อ.บางพลี ส่งเงินให้เดือนละ 3,000 บาท เย็นนี้ตุ่มจะโทรหาพ่อ", "ตุ่ม"),
    ("หลานสาว วิไลวรรณ ใจคำ (ปุ้ย) เรียน ม.3 ช่วยยายขายของ ครูบอกว่าปุ้ยขาดเรียนบ่อย", "ปุ้ย"),
]


@pytest.mark.parametrize(("text", "nickname"), NICKNAMES)
def test_a_nickname_in_brackets_after_a_full_name_is_hidden_everywhere(analyzer, text, nickname):
    assert covered(analyzer, text, nickname), found(analyzer, text)


ABBREVIATIONS = [
    ("09:10 Anong (พมจ.): รับทราบค่ะ จะประสาน รพ.บางบาล เรื่องยา valproate 200 mg", "พมจ."),
    ("ผู้ส่งเวร: ปรีชา (พยาบาล รพ.สต.) โทร 098-156-7724", "รพ.สต."),
]


@pytest.mark.parametrize(("text", "keep"), ABBREVIATIONS)
def test_an_agency_abbreviation_in_brackets_after_a_name_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
