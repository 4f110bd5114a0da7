"""Session 40 (sets 84, 112, 115, 123, 126): a Thai place, then its town, province or country.

Writers place a site by the town it stands in, one space on: an industrial estate and its
province (นิคมอุตสาหกรรม… ระยอง), a town and its country (อันซาน เกาหลีใต้), a district and its
capital. The rule that joins a body or a lodging to the town after it did not read other places,
so the place was found and the town after it was not, and the value the note wrote was half
covered. A phrase that is also a sub-district's name (ในเมือง "in town") is not taken."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("พ่อย้ายไปทำงานที่นิคมอุตสาหกรรมเหมราช ระยอง ตั้งแต่ปีที่แล้ว", "นิคมอุตสาหกรรมเหมราช ระยอง"),
    ("พี่สาวไปทำงานโรงงานที่อันซาน เกาหลีใต้ ส่งเงินมาทุกเดือน", "อันซาน เกาหลีใต้"),
    ("บ้านเกิดอยู่บ้านนาแก เมืองปากซัน แขวงบอลิคำไซ", "บ้านนาแก เมืองปากซัน"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_place_and_the_town_after_it_are_one_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ตอนนี้หนีมาพักกับพี่ชายที่ชุมชนหนองบัวทอง ในเมือง ยังไม่กล้ากลับบ้าน", "ในเมือง"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_in_town_after_a_place_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
