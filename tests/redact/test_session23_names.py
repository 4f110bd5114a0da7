"""Session 23: Thai titles that the dictionary reads as the start of a role word.

นายกมล is "Mr Kamon", not นายก ("mayor") + มล: a listed given name that reads further past the
title than the role word wins. คุณนาย is "madam": what follows it may say how she is (ใจดี,
kind), which names no one, while a name after it is still a name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

NAMES = [
    ("วันนี้นายกมล ใจดี มาพบตามนัด สีหน้าดีขึ้น", "นายกมล ใจดี"),
    ("เยี่ยมบ้านพบนายกวิน ศรีสุข ที่หน้าบ้าน", "นายกวิน ศรีสุข"),
    ("ทำงานบ้านให้คุณนายสมศรี ทองดี มา 3 ปี", "สมศรี ทองดี"),
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_a_name_after_a_title_the_dictionary_glues_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


ROLES = [
    ("นายกเทศมนตรีมาเยี่ยมชุมชนเมื่อวาน", "นายกเทศมนตรี"),
    ("ได้คุยกับนายกอบต.เรื่องถนนเข้าหมู่บ้าน", "นายกอบต"),
    ("แม่บ้านบอกว่าคุณนายใจดี ไม่เคยดุ", "คุณนายใจดี"),
    ("น้องอยากเป็นนางเอกละครตอนโต", "นางเอก"),
]


@pytest.mark.parametrize(("text", "value"), ROLES)
def test_a_role_written_with_a_title_names_no_one(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
