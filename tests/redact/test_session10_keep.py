"""Session-10 over-redaction families (keep3), stated generally and written before the code.

1. Nationalities and peoples, and what language someone speaks, describe a person; they never
   name one (Bangladeshi, Malawian, Hakka; Dinka-speaking, Teochew-speaking). A surname that
   is also a people's word stays a name after a title (Mr Welsh).
2. Kin words of many languages used in English notes are roles, not names (Ah Ma, Paati, Abuela,
   Bruv); school posts are posts (Head of Year, Head of Sixth Form); a school year in brackets
   after a name is no nickname (Tavish Corrigan (Year 8)).
3. A programme named only by what it teaches or whom it helps is a scheme (Thinking Skills
   Programme, Healthy Relationships Programme).
4. A learned span never runs across a sentence end ("… card + MediShield Life. Applied …").
5. A chat's time range is no handle (แชทออนไลน์ 19.00-19.45 น.).
6. Thai: how often or on which day, glued after a generic place, ends it and leaves a kind, not a
   name (ศูนย์การศึกษาพิเศษสัปดาห์ละครั้ง, ไปโบสถ์วันอาทิตย์, อยู่หอพักนักศึกษาคนเดียว); a title left
   alone by such a cut is no name (ดูยายคนเดียว); a nanny is a role (พี่เลี้ยงรับส่ง); a class and
   its room is a classroom (ป.4 ห้อง 2); a clinic by the medicine it gives is a kind (คลินิกยาต้าน).
7. Run-on Thai: a glued body's name (รพ.สต.X, อบต.X) ends before the clause after it and before
   the next body's abbreviation; the ต. of รพ.สต. is no sub-district.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("Worker (Malawian, Muslim) says the agent kept his passport.", "Malawian"),
    ("Client is Bangladeshi, speaks Sylheti and some English.", "Bangladeshi"),
    ("Elder (84, Hakka, Buddhist) lives with her son.", "Hakka"),
    ("Client (Dinka-speaking, Catholic) asked for a female interpreter.", "Dinka-speaking"),
    ("Grandmother (Teochew-speaking) minds the baby on weekdays.", "Teochew-speaking"),
    ("Daughter says Ah Ma forgets to eat lunch.", "Ah Ma"),
    ("He calls his grandmother Paati; she cooks for him.", "Paati"),
    ("Lives with Abuela since March, sleeps on the sofa.", "Abuela"),
    ("Says a mate he calls Bruv owes him £50.", "Bruv"),
    ("Head of Year wants a meeting before half term.", "Head of Year"),
    ("Tavish Corrigan (Year 8) missed four days.", "Year 8"),
    ("Attended Thinking Skills Programme session 3.", "Thinking Skills Programme"),
    ("Booked onto the Healthy Relationships Programme in May.", "Healthy Relationships Programme"),
    ("Has a Pioneer card + MediShield Life. Applied Home Caregiving Grant, $400/month.", "MediShield Life"),
    ("แชทปรึกษาออนไลน์ 19.00-19.45 น. ผู้รับบริการอายุ 16 ปี", "19.00-19.45"),
    ("น้องไปเรียนที่ศูนย์การศึกษาพิเศษสัปดาห์ละครั้ง", "ศูนย์การศึกษาพิเศษ"),
    ("ครอบครัวไปโบสถ์วันอาทิตย์ทุกสัปดาห์", "โบสถ์"),
    ("หลานต้องดูยายคนเดียวหลังเลิกเรียน", "ยาย"),
    ("แม่ทำงานทั้งวัน พี่เลี้ยงรับส่งไปโรงเรียน", "พี่เลี้ยง"),
    ("นร. ชั้น ป.4 ห้อง 2 มีรอยช้ำที่แขน", "ห้อง 2"),
    ("นัดคลินิกยาต้าน วันอังคาร ช่วงเช้า", "คลินิกยาต้าน"),
    ("ลูกสาวเรียนรร.บ้านโคกสะอาดวิทยาตอนนี้พ่อติดหนี้นายหน้า", "นายหน้า"),
    ("รพ.สต.บ้านหนองเม็กบอกให้ไปอบต.หนองเม็กก่อนแม่ขอให้ส่งต่อ risperidone", "risperidone"),
    ("วันนี้นัดรถรพ.สต.ดอนตูมมารับยายไปเอกซเรย์สะโพก", "เอกซเรย์สะโพก"),
]

FOUND = [
    ("Met Mr Welsh at the housing office about the arrears.", "Mr Welsh"),
    ("Works at Pizzeria Da Nonna on weekends.", "Pizzeria Da Nonna"),
    # a time glued after a school's name ends the school, and the clause after it stays
    ("ลูกสาวเรียนรร.บ้านโคกสะอาดวิทยาตอนนี้พ่อติดหนี้นายหน้า", "รร.บ้านโคกสะอาดวิทยา"),
    ("รพ.สต.บ้านหนองเม็กบอกให้ไปอบต.หนองเม็กก่อนแม่ขอให้ส่งต่อ risperidone", "รพ.สต.บ้านหนองเม็ก"),
    ("รพ.สต.บ้านหนองเม็กบอกให้ไปอบต.หนองเม็กก่อนแม่ขอให้ส่งต่อ risperidone", "อบต.หนองเม็ก"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_a_description_kin_word_or_scheme_is_written_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_such_a_word_is_part_of_a_name_then_the_name_is_still_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


OCCUPATION_FRAMES = ["{}มาช่วยดูแลเด็กตอนเย็น", "เมื่อวาน{}โทรมาถามอาการ", "{}เล่าว่าเด็กไม่กินข้าว"]
#: 8. A kin word said to someone's work or role (พี่ตำรวจ, ลุงช่างไฟ, ป้าร้านข้าว, น้องนักศึกษา,
#: พี่รหัส) is no name; a nickname after the same kin word still is (พี่ฝ้าย).
OCCUPATIONS = ["พี่ตำรวจ", "ลุงช่างไฟ", "ป้าร้านข้าว", "น้องนักศึกษา", "พี่รหัส", "พี่ทหาร", "ลุงรถเมล์"]


@pytest.mark.parametrize("frame", OCCUPATION_FRAMES)
@pytest.mark.parametrize("word", OCCUPATIONS)
def test_when_a_kin_word_is_said_to_a_role_then_it_survives(analyzer, frame, word):
    assert untouched(analyzer, frame.format(word), word)


@pytest.mark.parametrize("frame", OCCUPATION_FRAMES)
def test_when_a_kin_word_is_said_to_a_nickname_then_it_is_redacted(analyzer, frame):
    assert covered(analyzer, frame.format("พี่ฝ้าย"), "พี่ฝ้าย")


#: 9. A kind of Thai place with when or with whom glued after it names no place (ร้านเกม|เมื่อคืน,
#: ตลาดเช้า|ตอนเย็น, สถานีตำรวจ|กับแม่, รพ.สต.|กับแม่); a named one keeps its name.
THAI_PLACE_KINDS = [
    ("พบเด็กที่ร้านเกมเมื่อคืน", "ร้านเกม"),
    ("พบเด็กที่โรงพยาบาลจังหวัดเมื่อคืน", "โรงพยาบาลจังหวัด"),
    ("น้องชอบไปตลาดเช้าตอนเย็น", "ตลาดเช้า"),
    ("เมื่อวานไปสถานีตำรวจกับแม่", "สถานีตำรวจ"),
    ("เมื่อวานไปรพ.สต.กับแม่", "รพ.สต."),
    ("พบเด็กที่บ้านพักคนชราเมื่อคืน", "บ้านพักคนชรา"),
]


@pytest.mark.parametrize(("text", "value"), THAI_PLACE_KINDS)
def test_when_a_kind_of_thai_place_runs_into_when_or_with_whom_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_named_thai_place_runs_into_when_then_the_name_is_still_redacted(analyzer):
    assert covered(analyzer, "พบเด็กที่ร้านเกมเจ๊หงส์เมื่อคืน", "เจ๊หงส์")
