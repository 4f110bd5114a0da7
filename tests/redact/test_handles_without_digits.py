"""Handles a writer copies from an app rarely carry a digit: kacpi_nw, ghost_of_ballymun,
KingBoss_TH, ximena.rr, ShadowFox#NA1. On opened sets these were most online-ID misses (session 6);
a handle's shape (an underscore joining its parts, a mixed-case word with an underscore, a Riot-style
tag) or an app named on the same line marks it, and field names and abbreviations stay."""

from __future__ import annotations

import pytest

from assistant.redact.types import ONLINE_ID
from tests.redact.helpers import covered


def _ids(analyzer, text: str) -> set[str]:
    return {e.text for e in analyzer.analyze(text) if e.type == ONLINE_ID}



@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("her insta is apparently lil_miss_maddy and the older girls follow it", "lil_miss_maddy"),
        ("Snapchat again: the account that sent the photos was rae.vxn according to mum", "rae.vxn"),
        ("ในเกม ROV ใช้ชื่อ DarkLord_KK เล่นทั้งคืนไม่ได้นอน", "DarkLord_KK"),
        ("ตั้งชื่อบัญชีไอจีว่า ploy.lovely ค่ะ แม่ไม่รู้", "ploy.lovely"),
        ("Plays Valorant most nights, main tag ShadowFox#NA1, sometimes with strangers.", "ShadowFox#NA1"),
        ("The group chat admin goes by xX_Reaper_Xx on Discord.", "xX_Reaper_Xx"),
    ],
)
def test_a_handle_without_a_digit_is_redacted(analyzer, text, handle):
    assert covered(analyzer, text, handle)


@pytest.mark.parametrize(
    "text",
    [
        "fields session_date and client_id were blank in the export from the old system",
        "Lithium b.i.d. with meals, e.g. breakfast and dinner; levels next week.",
        "see report.pdf from the school, and the attached plan.docx",
        "BP stable.Mood better today, slept well.",
    ],
)
def test_field_names_abbreviations_and_files_stay(analyzer, text):
    assert _ids(analyzer, text) == set()


def test_the_word_after_an_app_and_a_colon_is_not_taken_for_a_handle(analyzer):
    assert "the" not in _ids(analyzer, "Snapchat again: the account that sent the photos was blocked.")
