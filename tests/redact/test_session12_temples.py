"""Session 12: a temple named with one ordinary word (วัดสะพาน, วัดระฆัง) is an organisation; going
to the temple to do something (ไปวัดฟังธรรม, ไปวัดนั่งสมาธิ, ไปวัดหาพระ) names none. Written before
the code.

Temple names are made of ordinary words, and one word alone was read as a description ("ร้านดัง",
a famous shop); development set 46 and an opened set each missed one. What stays: a kind of temple
(วัดป่า, วัดจีน), a where word (วัดใกล้บ้าน), what is measured (วัดไข้) and what one does there.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("ประชุมกลุ่มที่ลานหน้าวัดระฆัง สมาชิกมา 18 คน", "วัดระฆัง"),
    ("ยายพักอยู่ศาลาวัดมะขาม ตั้งแต่น้ำท่วม", "วัดมะขาม"),
    ("พระจากวัดสะพาน มาช่วยสวดให้", "วัดสะพาน"),
]

KEPT = [
    ("ยายชอบไปวัดฟังธรรม ใจสงบขึ้น", "วัดฟังธรรม"),
    ("หลังเลิกงานไปวัดนั่งสมาธิ", "วัดนั่งสมาธิ"),
    ("ไปวัดหาพระ ขอให้ช่วยเรื่องงานศพ", "วัดหาพระ"),
    ("อยากบวชที่วัดสักพรรษา", "วัดสักพรรษา"),
    ("พาแม่ไปวัดป่า ใจสงบขึ้น", "วัดป่า"),
    ("พยาบาลวัดไข้ได้ 38.5", "วัดไข้"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_temple_named_by_one_word_is_found(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_going_to_the_temple_names_none(analyzer, text, value):
    assert untouched(analyzer, text, value)
