"""Session 41 (set 139): display names decorated with emoji, in quotes or as a chat's sender.

Chat and social-media names carry an emoji ("Brenda Lynn 🌹" on Facebook, "Lil Ty 🔱" on TikTok,
[9:14 am] Lena Nona 🌺: …). The name part was found as a person and the emoji left outside, so
the display name — the account's identifier — was half covered. Session 36 took the whole sender
field when it held an emoji, but only after a 24-hour time ([08:12]); a time with am/pm or with a
date before it now counts too, and a quoted display name with an emoji is one span when a name
was found inside it or an account word (Facebook, TikTok, LINE, profile, account …) comes just
before it. A quoted phrase with an emoji and neither is left alone."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('Since January he has been messaging a "Brenda Lynn 🌹" on Facebook who says she is a nurse.',
     "Brenda Lynn 🌹"),
    ('Tyson posts as "Lil Ty 🔱" on TikTok most nights.', "Lil Ty 🔱"),
    ('The profile uses her photo and the name "Maman Espé 🙏🏾". Her real number is on file.', "Maman Espé 🙏🏾"),
    ("[9:14 am] Lena Nona 🌺: morning bub, that girl was live on tiktok again\n[9:20 am] Me: thanks",
     "Lena Nona 🌺"),
    ("[10/03/25, 8:16 pm] Aunty Rosa 🌸: she is home now\n[10/03/25, 8:17 pm] Me: ok", "Aunty Rosa 🌸"),
    ('He also added her on Facebook as "Tom Wangmai 🍈" and sends messages late at night.', "Tom Wangmai 🍈"),
    ('ส่งข้อความทางไลน์บัญชี "สินเชื่อด่วน ทันใจ 💰" ทุกวัน ขอให้โอนเงินก่อน', "สินเชื่อด่วน ทันใจ 💰"),
    ('and a TikTok under the name "Brother D ✝️". Messages include prayers.', "Brother D ✝️"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_display_name_with_its_emoji_is_one_span(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ('Session went well. She wrote "thank you 🙏" in the group chat and left early.', "thank you"),
    ('Mum said "so proud 💯" when he passed the test.', "so proud"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_quoted_phrase_with_an_emoji_is_not_a_name(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_quoted_phrase_after_as_is_not_an_account(analyzer):
    text = 'She described the weekend as "best day ever 🎉" and smiled.'
    assert untouched(analyzer, text, "best day ever"), found(analyzer, text)


ROLE_TAILS = [
    ("[08:20] หมอฝน รพ.สต.: ขอบคุณค่ะ ลูกสาวยายโทรมาแล้ว\n[08:31] ลุงหนาน ผช.: ยายไม่มีสมาร์ทโฟน", "หมอฝน รพ.สต."),
    ("[08:20] หมอฝน รพ.สต.: ขอบคุณค่ะ ลูกสาวยายโทรมาแล้ว\n[08:31] ลุงหนาน ผช.: ยายไม่มีสมาร์ทโฟน", "ลุงหนาน ผช."),
    ("08:14 Nurul SW รพ.: ค่ะ จะโทรหาแม่เขาเลย\n08:15 ลำไย อสม.: ว่างค่ะหมอ", "Nurul SW รพ."),
]


@pytest.mark.parametrize(("text", "value"), ROLE_TAILS)
def test_a_timed_senders_role_after_the_name_is_part_of_the_display_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_an_untimed_label_keeps_its_role_apart(analyzer):
    text = "ผู้รายงาน: ครูสมศรี ครูประจำชั้น\nสรุป: เด็กมาเรียนสม่ำเสมอ"
    assert untouched(analyzer, text, "ครูประจำชั้น"), found(analyzer, text)
