"""Session 42 (set 148): quoted account, channel, server and group-chat names after more cues.

A display name in quotes right after its platform was already one ONLINE_ID (her FB "Kham Noung
1995"). Set 148 quoted it after a few more words: the platform then "is" (her Facebook is "Khin
Mar ခင်မာ"), a YouTube "channel" (channel "Eh Klo Music ꤊꤢꤨ"), a game server (เข้าเซิร์ฟเวอร์
"อีสานคราฟต์ SMP"), and a Thai group chat (กลุ่มแชท "หนุ่มกะดึก ฉีดพลาสติก 🔥"). A quoted message
after a platform word (LINE says "ok") stays as it was decided before: only after the cues."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('Her contact is Burmese only; her Facebook is "Nwe Nwe ႏြယ္" and she answers at night.', "Nwe Nwe ႏြယ္"),
    ('He runs a YouTube channel "Paw Htoo Songs" with gospel covers.', "Paw Htoo Songs"),
    ('รุ่นพี่ชวนเข้าเซิร์ฟเวอร์ "บ้านนาคราฟต์ SMP" แล้วหลอกเอารหัส', "บ้านนาคราฟต์ SMP"),
    ('เพื่อนในกลุ่มแชท "สาวโรงงาน กะดึก 🌙" ชวนไปเที่ยว', "สาวโรงงาน กะดึก 🌙"),
]

KEPT = [
    ('Mum said on the phone "ok we come Friday" and hung up.', "ok we come Friday"),
    ('ครูบอกในกลุ่มแชทว่า "พรุ่งนี้หยุด" ทุกคนรับทราบ', "พรุ่งนี้หยุด"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_quoted_account_name_after_its_cue_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_quoted_message_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
