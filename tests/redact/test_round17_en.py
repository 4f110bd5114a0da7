"""Round-17 English frames (from opened set 13): an e-mail whatever its top-level domain; a camel-
case gaming handle after its platform or "gamer tag"; a possessive corner shop (Spaza, Tuck Shop,
Bottle-O); a named market with the market word in lower case; dictated lower case — a motel or inn
with its street, a school after "been to", a friend named by a word ("his friend wisdom from
class"); Latin text in Thai notes — a condo named in brackets with its number, a shop named after
its Thai shop word, a given name opening a bullet line. Precision: a service named by its channel
(Freephone, Childline), "room 2x" (a count), a platform before its account word, ordinary lodging
and friend phrases survive. Invented names and places only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("Email tomasz.wierzbicki@mailbox.example for the letter", "tomasz.wierzbicki@mailbox.example"),
    ("her address is ngozi_a@family.invalid (checks weekly)", "ngozi_a@family.invalid"),
    ("plays online every night (gamer tag xQuietFenn)", "xQuietFenn"),
    ("his PSN is DarkOtterLuka and he games till 3am", "DarkOtterLuka"),
    ("Rafi says he was at home; Xbox gamertag RafiStorm", "RafiStorm"),
    ("robbed outside Thabiso's Spaza on Friday night", "Thabiso's Spaza"),
    ("works mornings at Kelera's Tuck Shop near the school", "Kelera's Tuck Shop"),
    ("sells fish at her aunt's stall, Ban Pho Thong market, daily", "Ban Pho Thong market"),
    ("visit at the harbour lights motel on seaview drive room 9 today", "harbour lights motel on seaview drive"),
    ("mom says kiyan has not been to westbrook academy since monday", "westbrook academy"),
    ("she misses her friend mercy from church and cries", "mercy"),
    ("ลูกสาวอยู่คอนโด (Maple Crest Sathorn 2) ใกล้ BTS", "Maple Crest Sathorn 2"),
    ("ถูกพบหน้าร้านเกม Pixel Den ตอนสามทุ่ม", "ร้านเกม Pixel Den"),
    ("- Nhia ขอเบอร์ครูประจำชั้น", "Nhia"),
    ("dictated she moved from hollisfield to brenton last year", "hollisfield"),
    ("dictated she moved from hollisfield to brenton last year", "brenton"),
]

KEPT = [
    ("Offered emergency bed via Freephone, declined.", "Freephone"),
    ("he touched her in the stock room 2x last week", "room 2x"),
    ("his Xbox gamertag is RafiStorm", "Xbox"),
    ("stayed at the cheap motel for two nights", "cheap motel"),
    ("got a friend request from work and ignored it", "friend request"),
    ("she likes the Sunday market with her gran", "Sunday market"),
    ("He went to the Tuck Shop at lunch", "went"),
    ("- Paracetamol ให้ทุก 6 ชั่วโมง", "Paracetamol"),
    ("he moved to support her after the birth", "support"),
    ("she moved from button sorting to packing", "button"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round17_frame_then_it_is_redacted_whole(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_an_ordinary_word_sits_in_the_same_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_short_name_is_inside_a_gaming_handle_then_every_occurrence_is_covered(analyzer):
    text = "Rafi says he was home. (gamer tag xSilentRafi) Rafi denies it."
    assert covered(analyzer, text, "Rafi") and covered(analyzer, text, "xSilentRafi")


@pytest.mark.parametrize(("word", "channel"), [
    ("Freephone", True), ("Helpline", True), ("Webchat", True),
    ("Madeline", False), ("Caroline", False), ("Kline", False),
])
def test_when_a_word_is_an_ordinary_word_glued_to_a_channel_then_it_is_a_service(word, channel):
    from assistant.redact.names_en import is_channel_word

    assert is_channel_word(word) is channel
