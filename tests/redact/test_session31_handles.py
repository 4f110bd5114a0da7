"""Session 31: the name someone goes by on a platform, and a group chat's name after its label.

After "as" or "called" following a platform, a word with letters then digits (on facebook as
kmaree88) or capitalised words closed by a number (on YouTube as Big Tavita 685) is the handle;
"as much as", "as often as" are not. A group chat's label names the group (group chat: Ridgeway
Cousins 2019)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("his niece messages him on facebook as kmaree88 most nights", "kmaree88"),
    ("posts dance videos on YouTube as Big Tavita 685 and on TikTok", "Big Tavita 685"),
    ("- group chat: Ridgeway Cousins 2019\n- FB account used to contact her", "Ridgeway Cousins 2019"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_handle_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("She is on TikTok as much as possible since 2023.", "as much as possible since 2023"),
    ("he plays on xbox as often as he can", "as often as he can"),
    ("Group chat: none known. Phone checked with consent.", "none known"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
