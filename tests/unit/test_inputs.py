"""What the writer pastes is refused with a plain reason when it cannot be a note, in any flow.

The reason travels as a code (``InputError.reason``) so the interface can say it in Thai as well
as English; the English sentence itself must read correctly for "jottings" (plural) and "note".
"""

from __future__ import annotations

import pytest

from assistant.errors import InputError
from assistant.inputs import validate_text

LIMIT = 60_000


@pytest.mark.parametrize(
    "text",
    [
        "😀😢🙏👍🔥💔😭" * 5,           # emoji only
        "12/03 14:00 -- 45 / 3 ... !!!",  # numbers and punctuation, no word at all
        "→ → ✓ ✗ ★",                     # symbols only
    ],
)
def test_text_without_a_single_word_is_refused(text):
    with pytest.raises(InputError) as info:
        validate_text(text, max_chars=LIMIT, what="jottings")
    assert info.value.reason == "no_words"
    assert "Thai or English" in info.value.message
    assert text not in info.value.message


@pytest.mark.parametrize(
    "text",
    [
        "นัดครั้งที่ 3 ผู้รับบริการบอกว่า sleep ไม่ดี 2 wk, PHQ-9 = 14",  # mixed Thai and English
        "Client tearful 😢 but said \"I'm ok\". PHQ-9 12.",              # a word or two of emoji
        "ผู้รับบริการยิ้ม 🙂 เล่าว่านอนหลับดีขึ้น",
    ],
)
def test_real_notes_with_some_emoji_or_mixed_languages_are_accepted(text):
    assert validate_text(text, max_chars=LIMIT, what="jottings") == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("  \n\t ", "empty"),
        ("word " * 20_000, "too_long"),
        ("\x01\x02\x03\x04\x05 abc", "binary"),
        ("クライアントは眠れないと言った。", "language"),
    ],
)
def test_every_refusal_carries_a_reason_code(text, reason):
    with pytest.raises(InputError) as info:
        validate_text(text, max_chars=LIMIT, what="note")
    assert info.value.reason == reason


@pytest.mark.parametrize(
    "text", ["", "word " * 20_000, "\x01\x02\x03\x04\x05 abc", "クライアントは眠れないと言った。", "😀😀"])
def test_english_messages_agree_with_plural_jottings(text):
    with pytest.raises(InputError) as info:
        validate_text(text, max_chars=LIMIT, what="jottings")
    message = info.value.message
    assert message.startswith("The jottings ")
    for wrong in ("jottings is ", "jottings contains ", "jottings does "):
        assert wrong not in message
