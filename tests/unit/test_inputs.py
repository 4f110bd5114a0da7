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


# --- session 6: other languages written in Latin letters ------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "La patiente est venue avec sa mère. Elle dit qu'elle ne dort pas depuis deux semaines et "
        "qu'elle a peur de retourner à l'école. Nous avons parlé de sa sécurité.",
        "El paciente vino con su hermana. Dice que no duerme bien y que tiene miedo de volver a la "
        "casa de su padre. Hablamos de un plan para la próxima semana.",
        "Die Klientin kam mit ihrer Mutter. Sie sagt, dass sie nicht schlafen kann und Angst vor der "
        "Schule hat. Wir haben über einen Plan für die nächste Woche gesprochen.",
        "Klien datang dengan ibunya. Dia bilang tidak bisa tidur dan takut untuk kembali ke sekolah. "
        "Kami membahas rencana untuk minggu depan dan nomor yang bisa dihubungi.",
    ],
)
def test_a_note_in_another_latin_script_language_is_refused(text):
    with pytest.raises(InputError) as err:
        validate_text(text, max_chars=10_000)
    assert err.value.reason == "language"


@pytest.mark.parametrize(
    "text",
    [
        "cl seen 10/03 8:30-9:00, mum present. sleeping ~4h, PHQ-9 12. plan: sleep diary, f/u 2/52",
        "Marie-Claire (from Lyon) came with Jean-Luc. She says the new school in Rennes is going ok.",
        "Pt reports 'je suis fatiguée' when asked in French; interpreter present; mood low, no SI.",
        "Sione and Losa at the fono; aunty Mele says the kids are at the marae in Porirua on Sat.",
    ],
)
def test_english_notes_with_foreign_names_or_quotes_are_accepted(text):
    assert validate_text(text, max_chars=10_000) == text


def test_every_english_corpus_jotting_and_note_is_accepted():
    from tests.conftest import CORPUS

    for path in sorted(CORPUS.glob("en/*/*.json")):
        import json

        data = json.loads(path.read_text(encoding="utf-8"))
        validate_text(data["text"], max_chars=100_000)


def test_text_with_broken_encoding_is_refused_with_its_own_reason():
    """Session 26: bytes decoded with surrogate escapes (a pipe or a file in a wrong encoding) left
    lone surrogates in the text; they passed validation and crashed the Thai tagger further down."""
    text = "Client ate lunch " + b"\xe0\xb9".decode("utf-8", "surrogateescape") + " and slept."
    with pytest.raises(InputError) as info:
        validate_text(text, max_chars=LIMIT, what="jottings")
    assert info.value.reason == "encoding"
    assert info.value.message.startswith("The jottings ")
    assert "UTF-8" in info.value.message
