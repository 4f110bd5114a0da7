"""Session 31: a mixed note's English paragraphs are read as English.

A note that holds any Thai letter was read by the Thai tagger alone, so a whole paragraph in
English inside it (a transcribed voice note, an English summary before the Thai one) lost the
English tagger that finds the same words in an English note. Each run of lines with no Thai
letter and enough English words is now read by the English tagger too (the language of each span
decides what reads it); the Thai parts are read as before."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

_THAI_TAIL = "\n[บันทึกเพิ่มเติม พยาบาล]\nป้าอยู่คนเดียว ความดันสูง นัดติดตามอีก ๒ สัปดาห์ ให้ อสม. ช่วยดูเรื่องยา"
_TEXT = (
    "visit transcribed (english) with nurse\n"
    "visited pa somjit again she is 81 lives alone at the back of the rubber garden on the road to "
    "ban nong prue her son crews on a trawler out of pak meng pier and comes home once a month her "
    "grandson works at a resort at hat chao mai she has diabetes on metformin 500 twice a day"
    + _THAI_TAIL
)


@pytest.mark.parametrize("value", ["ban nong prue", "pak meng pier", "hat chao mai"])
def test_places_in_an_english_paragraph_of_a_mixed_note_are_found(analyzer, value):
    assert covered(analyzer, _TEXT, value), found(analyzer, _TEXT)


@pytest.mark.parametrize("value", ["metformin 500", "diabetes", "อสม."])
def test_what_names_no_one_stays_in_a_mixed_note(analyzer, value):
    assert untouched(analyzer, _TEXT, value), found(analyzer, _TEXT)


_DICTATED_BLOCK = (
    "Home Visit Summary. Client Seen At Home With Daughter. Plan Reviewed With Nurse Team Today.\n"
    "ข้อมูลเยี่ยมบ้าน\nผู้รับบริการ: ป้าสมจิต อายุ 81 ปี\n"
    "voice note transcribed\n"
    "visited her again she says her sister still lives in na yong and calls on sundays and she "
    "wants to go there for the new year but her knees are bad"
)


def test_a_town_in_a_dictated_english_block_of_a_thai_note_is_found(analyzer):
    """(session 31) The lower-case town frames run on a dictated English block of a Thai note,
    as they do on a dictated English note."""
    assert covered(analyzer, _DICTATED_BLOCK, "na yong"), found(analyzer, _DICTATED_BLOCK)
