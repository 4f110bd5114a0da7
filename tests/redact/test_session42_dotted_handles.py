"""Session 42: a made-up account name joined by dots, with no digit and no account word near it.

Over every open set, a Latin word of two letters or more, a dot, and two letters or more again
(golf.tnk, nezuko.sleepy, jake.surfs.pz), with a lower-case letter in it, was an account name 648
times in 651; the others were a file (visit_0321.m4a, which the underscore rule took too), a web
address (Cybertip.ca) and a title glued to a name (Ms.Rowena, the person's). Until now such a word needed a digit (_BARE_HANDLE) or an account
word on its line (_CUED_LOWER_HANDLE), so a handle named in a table cell or a few words after the
app was missed. Web addresses, files (audio and video too) and abbreviations stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ส่วนบัญชีของผู้ป่วยคือ golf.tnk , Steam ใช้ชื่ออื่น", "golf.tnk"),
    ("| 26541 | ปลายฟ้า | plaifah.lng | ป้า (เบอร์ในทะเบียน) |", "plaifah.lng"),
    ('Her contact list showed "jake.surfs.pz" added about three weeks ago.', "jake.surfs.pz"),
    ("บอกว่าเพื่อนในดิสคอร์ด nezuko.sleepy เป็นคนเดียวที่เข้าใจ", "nezuko.sleepy"),
    ("She sent screenshots, the account Filmon.Habte.77, to the officer.", "Filmon.Habte.77"),
]

KEPT = [
    ("Gave Cybertip.ca info and the Kids Help Phone number.", "Cybertip.ca"),
    ("See headspace.org.au for the parent guide.", "headspace.org.au"),
    ("ไฟล์เสียง visit_0321.m4a ถอดความแล้ว", "visit_0321.m4a"),
    ("Report saved as plan.docx in the shared drive.", "plan.docx"),
    ("Meds reviewed, i.e. no change, e.g. sleep better.", "i.e"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_dotted_account_name_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_web_addresses_files_and_titles_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
