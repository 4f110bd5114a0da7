"""Session 42 (sets 138, 148): Thailand's national funds named in English, and a game named
before a player's name.

"covered by the Workmen's Compensation Fund" (กองทุนเงินทดแทน) is kept in eleven open notes and
was redacted in two: a national fund, no one's body. "ชื่อในเกม ROV ꜱᴀᴍᴀɴᴇɴ⚡Tong": ROV is the game,
the name after it is the player's."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("A: Work injury, likely covered by the Workmen's Compensation Fund; risk of debt.", "Workmen's Compensation Fund"),
    ("- Explained the Workmen's Compensation Fund and child-labour rules; mother is scared.", "Workmen's Compensation Fund"),
    ("ลูกจ้างมีสิทธิ Social Security Fund ตามมาตรา 33", "Social Security Fund"),
    ("- ชื่อในเกม ROV คือ PrinceTong99 ขึ้นแรงก์สูง", "ROV"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_national_fund_or_a_game_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_the_players_name_after_the_game_is_found(analyzer):
    text = "- ชื่อในเกม ROV คือ PrinceTong99 ขึ้นแรงก์สูง"
    assert covered(analyzer, text, "PrinceTong99"), found(analyzer, text)
