"""Round-9 Thai classes: the lead's place policy (a province, foreign state or city, or a country
where someone lives, comes from, works or goes is a LOCATION; Bangkok and a country named as a
nationality or language stay), hospital beds kept, สนง. offices, embassies, community groups
named with a province, a quoted display name after a platform word, and a clock time after
ไลน์ that is not a LINE ID. Invented names and places only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    # provinces in a place frame (round 8 kept them; the round-9 policy redacts them)
    ("พ่อไปทำงานที่นครราชสีมา ส่งเงินมาทุกเดือน", "นครราชสีมา"),
    ("สามีย้ายไปทำงานที่ระยอง ตั้งแต่ปีที่แล้ว", "ระยอง"),
    ("ญาติอยู่ที่อุดรธานี ยังไม่ได้โทรหา", "อุดรธานี"),
    ("ลูกอยู่กับยายที่บ้านเกิดสุรินทร์ 9Q = 11", "สุรินทร์"),
    ("พ่อกลับไปอยู่ขอนแก่น แล้วไม่ติดต่อมา", "ขอนแก่น"),
    # foreign states, cities and countries in a place frame
    ("แม่ทำงานร้านนวดที่ปีนัง ส่งเงินไม่สม่ำเสมอ", "ปีนัง"),
    ("ลูกชายไปทำงานสิงคโปร์ 3 ปี", "สิงคโปร์"),
    ("นางสาวฟ้าใส มาจากเมียวดี ข้ามมาตั้งแต่เด็ก", "เมียวดี"),
    ("น้องสาวอยู่ที่เวียงจันทน์ กับสามี", "เวียงจันทน์"),
    # districts named without อ./อำเภอ
    ("แม่โทรมาว่าไปทำงานกระทุ่มแบน", "กระทุ่มแบน"),
    # organisations: สนง. + จังหวัด, embassies, community groups named with a province
    ("ส่งต่อ สนง.พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง แล้ว", "สนง.พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง"),
    ("รายงานตัวที่ สนง.คุมประพฤติจังหวัดพะเยา ทุกเดือน", "สนง.คุมประพฤติจังหวัดพะเยา"),
    ("ประสานสถานทูตญี่ปุ่นเรื่องวีซ่า", "สถานทูตญี่ปุ่น"),
    ("ชวนเข้ากลุ่มใจฟูอุบล ทุกวันเสาร์", "กลุ่มใจฟูอุบล"),
    # a display name in quotes or after ว่า behind a platform word
    ('ใช้ชื่อใน Facebook ว่า "Mint Saranya" โพสต์ระบาย', "Mint Saranya"),
    ("เฟซบุ๊กชื่อ “Ploy Wanida” ไม่ได้เปิดสาธารณะ", "Ploy Wanida"),
]

SURVIVES = [
    # Bangkok is ten million people; a country as a nationality or a language is not a place
    ("พ่อไปทำงานที่กรุงเทพฯ ส่งเงินมาบ้าง", "กรุงเทพฯ"),
    ("แม่อยู่ กทม. กับน้า", "กทม."),
    ("เป็นแรงงานเมียนมา ทำงานประมง", "แรงงานเมียนมา"),
    ("ผู้รับบริการสัญชาติลาว อายุ 30", "สัญชาติลาว"),
    ("สามีพูดภาษาพม่า ภาษาไทยได้นิดหน่อย", "ภาษาพม่า"),
    # a province name that is also a verb is not read out of a phrase
    ("ยายไปตากผ้าหลังบ้าน", "ไปตากผ้า"),
    # hospital beds are not identifiers
    ("- เตียง 2 นอนหลับได้ ไม่มีอาการข้างเคียง", "เตียง 2"),
    ("ผู้ป่วยเตียงที่ 7 ปฏิเสธยา", "เตียงที่ 7"),
    ("Bed 5 — slept well, no PRN needed", "Bed 5"),
    ("นอนติดเตียงมา 2 เดือน", "นอนติดเตียง"),
    # a clock time after ไลน์ is when the message came
    ("ครูแจ้งมาทางไลน์ 08.40 น. ว่าเด็กไม่มา", "08.40 น."),
    # กลุ่ม + ordinary words is a kind of group
    ("เข้ากลุ่มบำบัดทุกวันพุธ กลุ่มเพื่อนช่วยเพื่อนก็ได้", "กลุ่มบำบัด"),
    ("เข้ากลุ่มบำบัดทุกวันพุธ กลุ่มเพื่อนช่วยเพื่อนก็ได้", "กลุ่มเพื่อนช่วยเพื่อน"),
    # a generic office kind without a province stays
    ("แนะนำให้ไป สนง.แรงงาน ใกล้บ้าน", "สนง.แรงงาน"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_round9_thai_identifier_shape_then_it_is_fully_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_the_round9_shapes_are_ordinary_thai_then_they_survive(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_province_is_where_someone_works_then_it_is_a_location(analyzer):
    assert ("LOCATION", "ชลบุรี") in found(analyzer, "แม่ไปทำงานที่ชลบุรี น้องอยู่กับยาย")


def test_when_a_country_follows_a_travel_word_then_it_is_a_location_not_a_nationality(analyzer):
    text = "แรงงานกัมพูชา สามีกลับไปกัมพูชาแล้ว"
    types = found(analyzer, text)
    assert ("LOCATION", "กัมพูชา") in types
    assert untouched(analyzer, text, "แรงงานกัมพูชา")


def test_when_a_soi_ends_a_line_then_the_next_line_is_not_part_of_the_address(analyzer):
    from tests.redact.helpers import covered, untouched

    text = "ตอนนี้พักที่หอ The Maple House ซ.วัดสุทธาราม\n2Q +, 9Q = 7"
    assert covered(analyzer, text, "ซ.วัดสุทธาราม")
    assert untouched(analyzer, text, "2Q +")


def test_when_an_address_is_followed_by_a_clause_then_the_clause_is_not_redacted(analyzer):
    from tests.redact.helpers import untouched

    text = "ยายคำแปง อายุ 80 บ้านเลขที่ 12 ม.4 ต.บ้านกลาง อ.เมืองน่าน จ.น่าน นอนติดเตียงมา 3 เดือน"
    assert untouched(analyzer, text, "นอนติดเตียง")
