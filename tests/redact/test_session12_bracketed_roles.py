"""Session 12: a role said in brackets after a name is no nickname (development sets 46 and 47
read "(ครูประจำชั้น)", "(คนขับอาสา)" as second names). Written before the code; invented names.
A titled nickname in brackets (ครูแดง, หมอพิม) is still one.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("ผู้เข้าร่วม: ครูซูไฮลา มะแซ (ครูประจำชั้น), ผู้ใหญ่บ้าน", "ครูประจำชั้น"),
    ("คืนนี้ Jonas Weber (คนขับอาสา) ไปรับที่สถานี", "คนขับอาสา"),
    ("นายอนันต์ ศรีสุข (หัวหน้ากลุ่ม) เป็นคนโทรแจ้ง", "หัวหน้ากลุ่ม"),
]

FOUND = [
    ("นายสมศักดิ์ ใจงาม (ครูแดง) มาด้วย", "ครูแดง"),
    ("คืนนี้ Jonas Weber (คนขับอาสา) ไปรับที่สถานี", "Jonas Weber"),
    ("Emily Watson (เอมมี่) มาด้วย", "เอมมี่"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_bracketed_role_is_no_name(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_bracketed_nicknames_and_the_names_stay_found(analyzer, text, value):
    assert covered(analyzer, text, value)
