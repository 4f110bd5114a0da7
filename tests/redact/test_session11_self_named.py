"""Session 11: a client who names themself in a copied message is named. Written before the code;
invented names only.

A probe of 20 nicknames in four frames of speech copied into notes (พี่คะ Xเองนะคะ, ครูครับ ผมXนะครับ,
หนูXค่ะ, "Xเองค่ะ …") missed 69 of 80, and read a medium's label ("ข้อความ:", the message) as a chat
speaker's name.

1. "It's me, X" — a word right after a line start, a quote or a vocative (พี่คะ, ครูครับ), then
   เอง and a particle (มุกเองนะคะ, "ปอเองค่ะ") — names X; a pronoun, a kin word or a verb there
   (หนูเองนะคะ, แม่เองค่ะ, ไปเองค่ะ) does not, and nor does เอง followed by more clause (ผมเองก็…).
2. "I am X" — ผม/หนู/ดิฉัน/ฉัน/เรา right after a vocative or a line start, then X and a particle —
   names X only when X looks like a name (not a dictionary word, a listed name or a loanword
   spelling: ผมเอ็มนะครับ); "ผมเหนื่อยนะครับ", "หนูกลัวค่ะ" stay.
3. What a line is (ข้อความ:, แชท:, ไลน์:) is no speaker.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("[LINE 21:05] พี่คะ มุกเองนะคะ เมื่อคืนนอนไม่หลับเลย", "มุก"),
    ("โทรเข้ามาบอกว่า \"ปอเองค่ะ อยากปรึกษาเรื่องแม่\"", "ปอ"),
    ("ครูครับ กล้วยเองครับ พรุ่งนี้ขอเลื่อนนัด", "กล้วย"),
    ("ข้อความ: ครูครับ ผมเจมส์นะครับ พรุ่งนี้ขอเลื่อนนัด", "เจมส์"),
    ("พี่ครับ เอ็มเองครับ ขอโทษที่โทรดึก", "เอ็ม"),
    ("แชท: พี่คะ หนูปลายฟ้าค่ะ ขอคุยด้วยได้ไหมคะ", "ปลายฟ้า"),
]

KEPT = [
    ("[LINE 21:05] พี่คะ หนูเองนะคะ เมื่อคืนนอนไม่หลับ", "หนู"),
    ("ครูครับ ผมเองนะครับ", "ผม"),
    ("แม่เองค่ะ อยากปรึกษาเรื่องลูก", "แม่"),
    ("พี่คะ ไปเองค่ะ ไม่ต้องมารับ", "ไป"),
    ("ครูครับ ผมเหนื่อยนะครับ", "เหนื่อย"),
    ("พี่คะ หนูกลัวค่ะ", "กลัว"),
    ("ผมเองก็ไม่รู้ครับ", "ผม"),
    ("ข้อความ: ครูครับ พรุ่งนี้ขอเลื่อนนัด", "ข้อความ"),
    ("เด็กกินข้าวเองค่ะ อาบน้ำเองได้", "ข้าว"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_client_naming_themself_in_a_message_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_pronouns_kin_verbs_and_a_lines_label_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
