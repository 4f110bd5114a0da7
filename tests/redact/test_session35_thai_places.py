"""Session 35 (sets 102, 107, 112, 115): rivers, mountains and plains named inside running Thai.

A river by its name (ริมแม่น้ำน้อย, เลียบแม่น้ำน้อย), a mountain after the word that puts someone
on or at the foot of it (บนเขาพนมรุ้ง, ตีนเขาเขากบ, แถวเขาปลาร้า) and a named plain after ใน
(ในทุ่งหนองโสน) are places; "the river", "on the mountain", "in the rice field" and เขา "he"
name none."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("สำรวจผู้ประสบภัยน้ำท่วมริมแม่น้ำน้อยตำบลโพธิ์พระยา", "แม่น้ำน้อย"),
    ("ออกมาทางหลังบ้านเดินเลียบแม่น้ำน้อยไปบ้านป้า", "แม่น้ำน้อย"),
    ("ยายบอกว่าอยากไปไหว้พระบนเขาพนมรุ้งอีกสักครั้ง", "เขาพนมรุ้ง"),
    ("มีไร่มันอยู่แถวเขาปลาร้า กระท่อมอยู่กลางไร่", "เขาปลาร้า"),
    ("ภรรยาพบที่เถียงนาในทุ่งหนองโสน นำส่งโรงพยาบาล", "ทุ่งหนองโสน"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_rivers_mountains_and_plains_by_name_are_places(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("บ้านอยู่ริมแม่น้ำ น้ำขึ้นทุกปี ต้องย้ายของขึ้นที่สูง", "ริมแม่น้ำ"),
    ("พ่อไปทำงานบนเขา กลับบ้านเดือนละครั้ง", "บนเขา"),
    ("แถวเขาไม่มีใครช่วยเลย แม่บอกว่าเหนื่อย", "แถวเขาไม่มีใคร"),
    ("ลูกชายช่วยพ่อทำนาในทุ่งนาหลังบ้าน", "ในทุ่งนา"),
    ("เขาเล่าว่าแม่น้ำท่วมบ้านเมื่อปีที่แล้ว", "แม่น้ำท่วม"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_the_same_words_naming_nothing_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
