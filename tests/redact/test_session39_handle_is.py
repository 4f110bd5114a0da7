"""Session 39 (set 131): "her Discord is kbiggsxwolfpup" — a handle after "<platform> is".

Workers write an account the way they say it: "K's own Discord is kbiggsxwolfpup", "his own IG is
t.boyce_mvp", "her TikTok name is lulu2k". The handle rules read a platform with a colon or a
space before the handle, or "as"/"called" after it; "is" between them says the same. A word
English knows after it says how the account is ("his IG is private", "Discord is blocked")."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("K's own Discord is kbiggsxwolfpup, Snap @kay.b.09.", "kbiggsxwolfpup"),
    ("says he's not in it, his own IG is t.boyce_mvp and he plays most nights", "t.boyce_mvp"),
    ("Her TikTok name is lulu2k and she posts daily.", "lulu2k"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_handle_after_platform_is_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Mum says his IG is private now and she cannot see it.", "private"),
    ("Discord is blocked on the school laptops.", "blocked"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_word_after_platform_is_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
