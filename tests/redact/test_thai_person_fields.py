"""A form field that names a person (ผู้ร้อง:, ชื่อ-สกุล:, มารดา:) makes "given family" a full name even
when the family name is also an ordinary word (อำไพ คำมูล); fields that describe a person's state
(เด็ก:, ผู้ป่วย:) do not, so "bright, cheerful" stays. Session 7."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ผู้ร้อง: อำไพ คำมูล เกิด 2 เม.ย. 2520", "อำไพ คำมูล"),
        ("ผู้แจ้ง: บุญมา ทองคำ โทรมาเวลา 21.00 น.", "บุญมา ทองคำ"),
        ("มารดา: ลำไย ดอกแก้ว อายุ 41 ปี", "ลำไย ดอกแก้ว"),
    ],
)
def test_a_full_name_in_a_person_field_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("เด็ก: สดใส ร่าเริง พูดคุยดี", "สดใส ร่าเริง"),
        ("ผู้ป่วย: ซึมเศร้า รุนแรง นอนไม่หลับ", "ซึมเศร้า รุนแรง"),
        ("ผู้แจ้ง: ไม่ประสงค์ ออกนาม", "ไม่ประสงค์ ออกนาม"),
    ],
)
def test_a_description_after_a_field_stays(analyzer, text, words):
    assert untouched(analyzer, text, words)
