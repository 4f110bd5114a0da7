"""Session 27: Thai names in forms — a two-column table's first row, and a family name copied from
a PDF onto the line under the given name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("| ชื่อ-สกุล | ด.ญ.พรรณวดี สุขเกษม |\n| ชั้น/เลขที่ | ป.4/1 เลขที่ 9 |", "ด.ญ.พรรณวดี สุขเกษม"),
    ("ชื่อ-สกุล\nนางบุญเรือน\nศรีประจันต์\nเลขประจำตัวประชาชน\n", "นางบุญเรือน\nศรีประจันต์"),
    ("ผู้ดูแลหลัก: นางสาวจันทร์หอม\nแก้วประดิษฐ์ (มารดา) โทร ๐๘๑-๙๐๔-๖๖๒๑", "นางสาวจันทร์หอม\nแก้วประดิษฐ์"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_names_in_form_layouts_are_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("| ชื่อ-สกุล | ด.ญ.พรรณวดี สุขเกษม |\n| ชั้น/เลขที่ | ป.4/1 เลขที่ 9 |", "ชั้น/เลขที่"),
    ("รายชื่อผู้เข้ากลุ่ม\n1. ณัฐพล บุญประคอง\n2. กิตติยา ทองสุวรรณชัย\nทุกคนทำแบบประเมิน 9Q ก่อนเริ่ม", "แบบประเมิน"),
    ("ผู้ป่วย นายสมชาย\nที่อยู่ 12 หมู่ 3", "ที่อยู่"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_forms_labels_and_the_next_line_stay(analyzer, text, value):
    at = text.find(value)
    assert not any(e.start <= at < e.end for e in analyzer.analyze(text)), found(analyzer, text)
