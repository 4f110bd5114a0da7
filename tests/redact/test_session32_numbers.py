"""Session 32: numbers and birth dates in the shapes Thai records give them.

- A border pass numbered after Latin letters (บัตรผ่านแดนเลข BP 0729164), as its Thai-lettered kind
  (นธ 0482271) already was.
- A card's or a work permit's number opened by its office's Thai letters (ใบอนุญาตทำงาน
  ตท.19-0125874): the letters and digits are one number.
- An identity card of any country or kind by its number word (บัตรประจำตัวลาวเลขที่ 0427715).
- Where a person was born, then when (เกิดที่โรงพยาบาลอำเภอเมื่อ20/11/2558, born in Cebu City on
  3 May 2011): the place between the cue and the date had hidden the birth date.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("แม่ใช้บัตรผ่านแดนเลข BP 0729164 ข้ามมาทุกเช้า", "BP 0729164"),
    ("ของผมใบอนุญาตทำงาน ตท.19-0125874 ขอพี่ช่วยเรื่องค่าแรงด้วยครับ", "ตท.19-0125874"),
    ("ตามรูปบัตรประจำตัวลาวเลขที่ 0427715 ในมือถือ อายุ 16 ปี", "0427715"),
    ("น้องชายเกิดที่โรงพยาบาลอำเภอเมื่อ20/11/2558มีหนังสือรับรองการเกิดแล้ว", "20/11/2558"),
    ("ลูกสาวคนเล็กเกิดที่บ้านแม่ยายเมื่อวันที่ 3 มี.ค. 2564 ตอนนี้ยังไม่ได้แจ้งเกิด", "3 มี.ค. 2564"),
    ("She was born in Cebu City on 3 May 2011 and came here at six.", "3 May 2011"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_number_or_birth_date_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_birth_place_with_no_date_keeps_the_next_date(analyzer):
    text = "ลูกเกิดที่บ้าน นัดครั้งต่อไปเมื่อ 12/02/2569 ที่ รพ.สต."
    assert untouched(analyzer, text, "12/02/2569"), found(analyzer, text)
