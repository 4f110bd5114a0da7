"""Session 13: a table pasted as text — every cell under a column whose header says what it holds
is that kind of identifier (names, nicknames, schools, villages, phones, handles, IDs), in English
and Thai, split by "|" or by tabs. Generalises the round-18 place-column rule. Written before the
code; invented names.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

SIGN_IN = (
    "ลงชื่อเข้าร่วมกิจกรรม 14 ก.พ. 69\n"
    "ที่ | ชื่อเล่น | ชื่อ-สกุล | สถานศึกษา | IG/TikTok | ลายมือชื่อ\n"
    "1 | ส้มลิ้ม | ด.ญ.ปวีณ์นุช ทองมาก | ร.ร.บ้านหนองบัว | somlim_nb | ส้มลิ้ม\n"
    "2 | ต้นกล้า | ด.ช.กิตติภพ ใจมั่น | ร.ร.บ้านหนองบัว | tonkla.07 | (ลืมเซ็น)\n"
    "PHQ-A เฉลี่ย 8 | ติดตาม 2 สัปดาห์"
)
TABBED = (
    "Name\tAge\tDistrict\tPhone\tIssue\n"
    "Wilaiwan Saetang (Wan)\t39\tSai Kung\t6217 0945\tankle injury, no sick leave\n"
    "Rattana Phomma\t51\tMid-Levels\t9018 4476\tagency fees\n"
)

BAZAAR = (
    "name | age | school | home | phone | notes\n"
    "Nang Seng Hom | 12 | Ban Pa Kluay School, P.5 | from Wiang Haeng | 084-771-2093 (aunt) | sells roses\n"
)

FOUND = [
    (BAZAAR, "Ban Pa Kluay School"),
    (BAZAAR, "084-771-2093"),
    (SIGN_IN, "ส้มลิ้ม"),
    (SIGN_IN, "ต้นกล้า"),
    (SIGN_IN, "somlim_nb"),
    (SIGN_IN, "ร.ร.บ้านหนองบัว"),
    (TABBED, "6217 0945"),
    (TABBED, "Mid-Levels"),
    (TABBED, "Sai Kung"),
]

KEPT = [
    (BAZAAR, "P.5"),
    (BAZAAR, "(aunt)"),
    (SIGN_IN, "(ลืมเซ็น)"),
    (SIGN_IN, "PHQ-A เฉลี่ย 8"),
    (TABBED, "ankle injury, no sick leave"),
    ("Instrument | Score | Change\nPHQ-9 | 14 | -3\nGAD-7 | 9 | 0", "PHQ-9"),
    ("Name | Phone\nnone yet | -", "none yet"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_cell_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_cell_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
