"""A name written in quotes after a naming word: ชื่อ, a pseudonym, a display name in a chat.

Why: "สามีชื่อ "ประยูร"" leaked because the segmenter read สามีชื่อ as สา|มีชื่อ ("famous") and the
naming word was never seen; pseudonyms (นามแฝง), display names (ชื่อแสดง, ชื่อในไลน์) and a quoted
full name (ชื่อเต็ม "…") had no frame at all. Session 7.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('สามีชื่อ "ประยูร" ดื่มหนักทุกคืน', "ประยูร"),
        ("สามีชื่อ “บุญส่ง” ไม่ค่อยกลับบ้าน", "บุญส่ง"),
        ("ขอใช้นามแฝง “ดาวประกาย” ตลอดการคุย", "ดาวประกาย"),
        ('ผู้ใช้ชื่อแสดง "ทะเลสีเทา" ไม่บอกอายุ', "ทะเลสีเทา"),
        ("คนที่ชวนไปทำงานชื่อในไลน์ว่า 'เจ๊ตุ๊กตา'", "เจ๊ตุ๊กตา"),
        ('ผู้ร้องให้ชื่อเต็ม "ลำดวน ทองมา" แต่ไม่มีบัตร', "ลำดวน ทองมา"),
    ],
)
def test_a_quoted_name_after_a_naming_word_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("มูลนิธิช่วยแรงงาน (ไม่มีชื่อเต็มในนี้) + ล่าม", "เต็ม"),
        ("สามีมาด้วย นั่งรอข้างนอก", "สามีมาด้วย"),
        ("เป็นคนมีชื่อเสียงในหมู่บ้าน", "ชื่อเสียง"),
        ('ชื่อยา "Sertraline" เขียนผิดในใบสั่ง', "Sertraline"),
    ],
)
def test_phrases_about_a_name_and_quoted_things_stay(analyzer, text, word):
    assert untouched(analyzer, text, word)
