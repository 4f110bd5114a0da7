"""Session 12: handles and display names development set 47 showed missed. Written before the
code; invented handles.

1. A lower-case handle joined by "_" whose first part is no English word (somjai_kk), wherever it
   stands (a sign-in sheet's column); snake-case field names (session_date) stay.
2. One lower-case word after an account word (account X, seller, X) when it is no English word.
3. A leet word, a digit between lower-case letters (Dr4gonTH), unlike medical terms (HbA1c, T2DM).
4. A display name after a platform and "named" (เฟซชื่อ …, Discord ชื่อ …, โปรไฟล์ชื่อ …), up to
   a score after it.
5. Digits glued to a name make it a handle (Moonshade77).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("| 3 | น้ำตาล | ด.ญ.กัญญารัตน์ ใจงาม | ร.ร.บ้านนา | namtan_bn | น้ำตาล |", "namtan_bn"),
    ("He sells phone cases online, account kaewsellsstuff, about 900 followers.", "kaewsellsstuff"),
    ("Bought pills from a TikTok seller, slimquickbkk, no prescription.", "slimquickbkk"),
    ("[Discord]\nDr4gonTH: u there\nMoonPie: ya", "Dr4gonTH"),
    ("แม่บอกว่าเฟซชื่อ ดาวเรือง ขายดี โพสต์ขายของทุกคืน", "ดาวเรือง ขายดี"),
    ("มีโปรไฟล์ชื่อ Big Boss CNX ทักมาขอรูป", "Big Boss CNX"),
    ("เพื่อนในเกมชื่อ Moonshade77 ชวนออกจากบ้าน", "Moonshade77"),
]

KEPT = [
    ("HbA1c 7.2, T2DM since 2019, paracetamol q4h prn", "HbA1c"),
    ("HbA1c 7.2, T2DM since 2019, paracetamol q4h prn", "T2DM"),
    ("Fields to fill: session_date, next_review", "session_date"),
    ("She spoke to the account manager about the overdraft.", "manager"),
    ("ขายของใน FB ชื่อ Kanya Shop EPDS = 14 ส่งต่อ", "EPDS = 14"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_handle_is_found(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_terms_that_look_like_handles_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
