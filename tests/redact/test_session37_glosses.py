"""Session 37 (sets 90, 107, 115): a name glossed in the other script is the same identifier.

Thai notes gloss a foreign town, a shop or a clinic in Latin letters and English notes gloss a
Thai place in Thai: when one side is found, the side that sounds the same is redacted with it;
a translation in brackets (a weekday, a diagnosis, a drug) does not sound the same and stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

GLOSSES = [
    ("ครอบครัวย้ายมาจากผาอัน (Hpa-an) เมื่อ พ.ศ.2566 ทำงานไร่อ้อย", "Hpa-an"),
    ("หัวหน้าคนงาน (ชาวกะเหรี่ยงจากผาอัน / Hpa-an) มี 14 ครอบครัว", "Hpa-an"),
    ("พาลูกไปปรึกษาที่สุขใจคลินิก สาขาบ้านฉาง (Sukjai Clinic Ban Chang) เมื่อวันจันทร์", "สุขใจคลินิก"),
    ("ยายย้ายมาจากพระตะบอง (Battambang) ตั้งแต่ปี 2562 อยู่กับหลาน", "Battambang"),
]


@pytest.mark.parametrize(("text", "value"), GLOSSES)
def test_the_other_script_form_of_a_found_name_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


TRANSLATIONS = [
    ("รักษาต่อที่ รพ.หนองแค (Wednesday mornings) เดือนละสองครั้ง", "Wednesday"),
    ("ส่งต่อ รพ.บ้านโป่ง (Depression clinic) เพื่อประเมินซ้ำ", "Depression"),
    ("ไปหาหมอที่ รพ.ราชบุรี (Psychiatry OPD) ทุกเดือน", "Psychiatry"),
]


@pytest.mark.parametrize(("text", "word"), TRANSLATIONS)
def test_a_translation_after_a_found_name_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
