"""Session 25: what must survive redaction in English notes.

A fund or scheme named only by everyday words (Student Hardship Fund, National Health Insurance,
16-19 Bursary Fund, School Completion Programme) is open to anyone, so naming it says nothing of who
the client is and the draft needs it. A fund named by a place or a person stays a body that can
point at someone (Nam Wa Education Fund)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

SCHEMES = [
    ("She applied to the Student Hardship Fund last week; the decision is due Friday.", "Student Hardship Fund"),
    ("He is on the School Completion Programme and attends three days a week.", "School Completion Programme"),
    ("Treatment is covered by National Health Insurance, so no co-payment.", "National Health Insurance"),
    ("College advised applying to the 16-19 Bursary Fund for travel costs.", "16-19 Bursary Fund"),
    ("Rent arrears: a Discretionary Assistance Fund application was lodged.", "Discretionary Assistance Fund"),
]


@pytest.mark.parametrize(("text", "value"), SCHEMES)
def test_a_scheme_named_by_everyday_words_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


BODIES = [
    ("A grant from the Nam Wa Education Fund paid her fees this term.", "Nam Wa Education Fund"),
    ("He joined Horizon Men's Program on Tuesday evenings at the hall.", "Horizon Men's Program"),
]


@pytest.mark.parametrize(("text", "value"), BODIES)
def test_a_fund_or_local_program_named_by_a_place_or_its_own_name_stays_a_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


HELPLINES = [
    ("Gave her the Refuge helpline 0808 808 8000 and the number for Lifeline.", "0808 808 8000"),
    ("Beyond Blue 1300 22 4636 discussed; she will ring tonight.", "1300 22 4636"),
    ("Healthline 0800 611 116 if worse overnight.", "0800 611 116"),
    ("National Suicide Prevention Lifeline 1-800-273-8255 given.", "1-800-273-8255"),
]


@pytest.mark.parametrize(("text", "value"), HELPLINES)
def test_a_freephone_helpline_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


PERSONAL_PHONES = [
    ("แม่เบอร์ 080-123-4567 โทรได้หลังหกโมงเย็น", "080-123-4567"),
    ("Mum's mobile 07700 900123, call after 6pm.", "07700 900123"),
]


@pytest.mark.parametrize(("text", "value"), PERSONAL_PHONES)
def test_a_personal_number_that_opens_like_a_freephone_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


SCHEME_WORDS = [
    ("Gogo gets the Child Support Grant for two kids and the Older Person's Grant (R2,315).", "Child Support Grant"),
    ("Applied for the Setting Up Home Allowance before moving.", "Setting Up Home Allowance"),
]


@pytest.mark.parametrize(("text", "value"), SCHEME_WORDS)
def test_a_given_name_that_closes_a_scheme_name_is_part_of_the_scheme(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Officer Grant visited the flat with the housing team.", "Grant"),
    ("Loan from First Plains Credit Union is overdue.", "First Plains Credit Union"),
])
def test_a_person_or_a_bank_named_like_a_scheme_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Admitted to Medicine Ward 5, Bed 23 on Monday.", "Ward 5"),
    ("He is in Class 10 and worried about the boards.", "Class 10"),
    ("His Ma says he sleeps most of the day.", "Ma"),
    ("Amma Ji prays every morning and worries about money.", "Amma Ji"),
])
def test_a_numbered_ward_or_class_and_a_kin_word_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Supports Kaizer Chiefs and talks about the derby all week.", "Kaizer Chiefs"),
    ("Watched Chelsea v Arsenal on Sunday with his dad, first match in months.", "Chelsea v Arsenal"),
    ("Stayed up for Leafs vs Canadiens, the game went to overtime.", "Leafs vs Canadiens"),
])
def test_a_team_a_fan_names_and_a_fixture_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("He follows Tom Banks on TikTok and copies his videos.", "Tom Banks"),
    ("Pa Der Thao came with her daughter to the clinic.", "Pa Der Thao"),
])
def test_a_person_after_a_fan_verb_or_opening_with_a_kin_like_word_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("19:42 นุ่นนิ่ม🌷: สวัสดีค่ะ คุณพ่อหายไปอีกแล้ว\n19:45 SW คลินิกความจำ: ดีใจที่เจอนะคะ\n"
     "19:46 นุ่นนิ่ม🌷: ไม่เจ็บค่ะ\n19:47 SW คลินิกความจำ: ดีค่ะ", "คลินิกความจำ"),
    ("ผู้เข้าร่วม: ครูการศึกษาพิเศษ, นักกิจกรรมบำบัด, นักดนตรีบำบัด, นักสังคมสงเคราะห์, แม่ และยาย", "นักดนตรีบำบัด"),
])
def test_a_unit_speaking_in_a_chat_and_a_compound_role_in_a_participants_line_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_chat_speaker_and_an_attendee_are_still_found(analyzer):
    text = "19:42 นุ่นนิ่ม🌷: สวัสดีค่ะ\n19:45 SW คลินิกความจำ: ดีใจที่เจอนะคะ\n19:46 นุ่นนิ่ม🌷: ไม่เจ็บค่ะ\n"
    assert covered(analyzer, text, "นุ่นนิ่ม"), found(analyzer, text)
    roll = "มา: ใบบัว, น้ำผึ้ง (Honey), นักรบ, ไอติม วงศ์ทองดี"
    assert covered(analyzer, roll, "นักรบ"), found(analyzer, roll)


@pytest.mark.parametrize(("text", "value"), [
    ("เย็นเรียนอัลกุรอานที่ตาดีกา ครูตาดีกาชมว่าอ่านเก่ง", "ตาดีกา"),
    ("น้องสาวใส่ฮิญาบ เรียนตาดีกาอยู่ ชอบทำโรตีขายหน้าบ้าน", "ตาดีกา"),
    ("ครูตาดีกาสังเกตรอยฟกช้ำ ย่าบอกว่าตกต้นเงาะ", "ครูตาดีกา"),
])
def test_the_kind_of_islamic_school_and_its_teacher_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_an_islamic_school_named_by_its_village_is_still_found(analyzer):
    text = "น้องเรียนตาดีกาบ้านทุ่งยาว ทุกเย็นหลังเลิกเรียน"
    assert covered(analyzer, text, "ตาดีกาบ้านทุ่งยาว"), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("แม่ขายข้าวหมูแดงที่ตลาดนัดหน้าโรงเรียน ตอนเย็นช่วยแม่ล้างจาน", "ตลาดนัดหน้าโรงเรียน"),
    ("กลุ่มจิตอาสาจากตลาดนัดหน้าหมู่บ้านมาเล่นกับเด็กทุกเสาร์", "ตลาดนัดหน้าหมู่บ้าน"),
])
def test_a_market_placed_by_what_stands_near_it_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("อยู่ชุมชนริมคลองบางบัว หลังวัด มาห้าปีแล้ว", "ชุมชนริมคลองบางบัว"),
    ("ขายของที่ตลาดนัดคลองถมทุกคืนวันพุธ", "ตลาดนัดคลองถม"),
])
def test_a_market_or_community_with_a_name_of_its_own_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
