"""Session 13: a Thai person span that is a clause or a role is no name, whichever rule read it
(one check at the end of the pipeline). Read from the extra spans on the opened sets; written
before the code; invented names.

1. A verb of speech, contact or action after a kin word or alone (พี่คุย, บอกว่า, ลุงเซ็นไว้,
   ติดต่อ +66 …), a bracketed role ((ทนายอาสา), (ประธาน)), a kin word + a role noun (แม่เด็ก,
   ยายอายุ 81, เพื่อนแถว …) stay.
2. Names whose first syllable is spelled like a verb stay names: Malay รอซีด, Hmong จะก่อ,
   Chinese-Thai เล่าซั้ว; nicknames that are adjectives (พี่เก่ง) too.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("ลูกค้าเข้ามาถามเรื่องค่าแรง เดี๋ยวพี่คุยเองนะ ไม่ต้องกลัว", "พี่คุย"),
    ("แม่โทรมาบอกว่าลูกไม่ยอมไปโรงเรียนสามวันแล้ว", "บอกว่า"),
    ("เอกสารยินยอม ลุงเซ็นไว้แล้วตั้งแต่เมื่อวาน", "ลุงเซ็นไว้"),
    ("ผู้ดูแล: นางสาวรำไพ ศรีสุข ติดต่อ +66 89 402 1187", "ติดต่อ"),
    ("ผู้ประสานงาน: นางสาวพิมลรัตน์ ทองดี (ทนายอาสา) โทร 02-249-7815", "ทนายอาสา"),
    ("มา: นายบุญเลิศ จันทร์ดี (ประธาน) และ อสม. อีก 11 คน", "ประธาน"),
    ("เยี่ยมบ้านหลังน้ำลด / ยายอายุ 81 ปี ติดเตียง Barthel 4/20", "ยายอายุ"),
    ("ช่วงนี้ไปค้างบ้านเพื่อนแถวตลาดบ่อยๆ แม่ไม่รู้", "เพื่อนแถว"),
]

FOUND = [
    ("ทุกวันศุกร์พ่อของเด็กชื่อบังรอซีดขายโรตีอยู่หน้าตลาด", "รอซีด"),
    ("เมื่อวานพี่เก่งมาส่งน้องที่โรงเรียนแล้วรีบกลับ", "พี่เก่ง"),
    ("นายจะก่อ แซ่ย่าง อายุ 44 ปี มารับยาแทนภรรยา", "จะก่อ แซ่ย่าง"),
    ("นางสาวพิมลรัตน์ ทองดี โทร 081 234 5678", "นางสาวพิมลรัตน์ ทองดี"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_clause_or_role_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_name_is_still_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


CHAT = [
    ("[10:06] น้อง: คือเมื่อคืนถุงยางแตก 😭 อิหยังวะชีวิต\n[10:09] พี่: ไม่ต้องตกใจนะ", "อิหยังวะชีวิต"),
    ("[10:15] น้อง: แต๊งกิ้วค่าาา 🙏\n[10:16] พี่: ด้วยความยินดีจ้า", "แต๊งกิ้วค่าาา"),
]


@pytest.mark.parametrize(("text", "value"), CHAT)
def test_a_chat_phrase_with_a_particle_or_a_drawn_out_vowel_is_no_name(analyzer, text, value):
    """Session 13: names carry no sentence particle (วะ, ค่า) and no vowel drawn out (ค่าาา)."""
    assert untouched(analyzer, text, value)
