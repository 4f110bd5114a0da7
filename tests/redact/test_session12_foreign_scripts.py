"""Session 12: a name or address copied into a Thai or English note in the client's own script
(Lao, Myanmar, Khmer, Jawi, Chinese, Japanese, Korean) is redacted. Written before the code;
invented names.

Development set 47 held a Lao-script name no rule could see; nothing else in the product reads
these scripts, so the rule is the script itself. The Thai and English around them are unchanged.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("ชื่อตามบัตร ຄຳແພງ ສີສຸວັນ อายุ 34 มาจากแขวงบอลิคำไซ", "ຄຳແພງ ສີສຸວັນ"),
    ("Mother's name on the pink card: ခင်မာလွင် (Khin Mar Lwin), works at the fish market.", "ခင်မာလွင်"),
    ("ชื่อภาษาเขมร សុខ ចាន់ថា ตามหนังสือเดินทาง", "សុខ ចាន់ថា"),
    ("Father signs his name in Jawi as عبدالرحمن and prefers Abang Man.", "عبدالرحمن"),
    ("Employer in Taoyuan: 林志明, dorm address 桃園市中壢區中山路100號.", "林志明"),
    ("Employer in Taoyuan: 林志明, dorm address 桃園市中壢區中山路100號.", "桃園市中壢區中山路"),
    ("ลูกสาวเรียนที่โซล ชื่อเกาหลีว่า 김민지 ตามใบสูติบัตร", "김민지"),
]

KEPT = [
    ("ชื่อตามบัตร ຄຳແພງ ສີສຸວັນ อายุ 34 มาจากแขวงบอลิคำไซ", "อายุ 34"),
    ("Employer in Taoyuan: 林志明, dorm address 桃園市中壢區中山路100號.", "dorm address"),
    ("PHQ-9 = 14 at intake; ขอรับบริการต่อ 2 สัปดาห์", "PHQ-9 = 14"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_words_in_the_clients_own_script_are_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_thai_and_english_around_them_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
