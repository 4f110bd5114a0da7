"""Session 29: what a note mentions that names no one.

Holy days and holidays of more traditions (Monday after Undas, the week after Sallah), kin words
of more languages (Makhulu, Yeay), benefits and national schemes (Old Age Grant, Pioneer
Generation), a team named as a fan names it (watch the Reggae Boyz), a helpline with its word in
brackets, "the month of" before a Thai month, and a Thai body's time word (รพ.สต.|วันที่ ๘ ม.ค.)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Date: Nov 3, 2025 (Monday after Undas), 2 pm, with the barangay midwife", "Undas"),
    ("Date: Thursday 12 June 2025 (week after Sallah)", "Sallah"),
    ("Next review: after the Chung Yeung holiday.", "Chung Yeung"),
    ("Placement: with Makhulu (paternal grandmother), since March.", "Makhulu"),
    ("Income: Foster Child Grant plus Makhulu's Old Age Grant through SASSA.", "Old Age Grant"),
    ("Income: Foster Child Grant plus Makhulu's Old Age Grant through SASSA.", "Foster Child Grant"),
    ("Finances: on Silver Support; Pioneer Generation card; MediSave used for the knee.", "Pioneer Generation"),
    ("Home: village, lives with Yeay (grandmother), mother and two brothers.", "Yeay"),
    ("She left saying she wants to watch the Reggae Boyz with her cousin on Saturday.", "Reggae Boyz"),
    ("She knows about Meic (helpline) and has it saved.", "Meic"),
    ("ลูกสาวเล่าว่าช่วงงานแซนโฎนตาเดือนกันยายน ผู้ป่วยไม่ยอมกินข้าว", "แซนโฎนตาเดือนกันยายน"),
    ("ประชุม ๘ มิ.ย. ๒๕๖๘ (หลังวันอีดิ้ลอัฎฮา) ที่ห้องประชุม ๒", "อีดิ้ลอัฎฮา"),
    ("แผนนัดเจาะเลือดที่รพ.สต.วันที่๘ม.ค.อสม.จะพาไป", "วันที่๘ม.ค.อสม."),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


FOUND = [
    ("น้องเดือนมาคนเดียว เดือนบอกว่าไม่สบาย", "เดือน"),
    ("Lives with Nain Rhian Hughes in Bangor since the fire.", "Rhian Hughes"),
    ("แผนนัดเจาะเลือดที่รพ.สต.บ้านนาวันที่๘ม.ค.อสม.จะพาไป", "รพ.สต.บ้านนา"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_names_beside_those_words_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
