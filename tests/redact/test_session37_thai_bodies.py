"""Session 37 (set 121): a temple named by its village, with the clause glued after it.

วัดบ้านโนนสวรรค์ว่า…: newmm glues ที่วัด into one word and the village word บ้าน opens the
temple's name; the clause word after it (ว่า, กับ) ends the name. A temple of one's home village
said in ordinary words (วัดบ้านเกิด) stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

TEMPLES = [
    ("พ่อเคยบอกพระที่วัดบ้านหนองหว้าว่าอยากตายที่บ้าน", "วัดบ้านหนองหว้า"),
    ("ยายไปทำบุญที่วัดบ้านโคกสูงกับหลานทุกวันพระ", "วัดบ้านโคกสูง"),
]


@pytest.mark.parametrize(("text", "value"), TEMPLES)
def test_a_temple_named_by_its_village_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_temple_of_ones_home_village_stays(analyzer):
    text = "ยายไปวัดบ้านเกิดกับแม่ทุกปี"
    assert untouched(analyzer, text, "วัดบ้านเกิด"), found(analyzer, text)


LANDMARKS = [
    ("บางวันขับมอไซค์ไปนั่งที่สะพานข้ามลำปลายมาศคนเดียว", "สะพานข้ามลำปลายมาศ"),
    ("เดินกลับผ่านสะพานข้ามคลองบางโพธิ์ตอนค่ำ", "สะพานข้ามคลองบางโพธิ์"),
    ("ลูกชายทำงานเด็กปั๊มที่ปั๊มบางจากสำโรง เงินเดือน 9000", "ปั๊มบางจากสำโรง"),
    ("พี่ชายอยู่นิคมลำพูนครับ พักหอกับเพื่อน", "นิคมลำพูน"),
    ("ก่อนหน้านั้นอยู่แคมป์ก่อสร้างบางพลี พี่ชายยังทำงานที่นั่น", "แคมป์ก่อสร้างบางพลี"),
]


@pytest.mark.parametrize(("text", "value"), LANDMARKS)
def test_a_bridge_or_a_fuel_station_by_its_place_is_a_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


PLAIN = [
    ("เดินผ่านสะพานข้ามคลองทุกวัน", "สะพานข้ามคลอง"),
    ("แวะเติมน้ำมันที่ปั๊มบางจาก แล้วกลับบ้าน", "ปั๊มบางจาก"),
    ("พักแคมป์คนงานบางคนก็กลับบ้านช่วงสงกรานต์", "บางคน"),
]


@pytest.mark.parametrize(("text", "words"), PLAIN)
def test_a_bridge_or_a_fuel_station_with_no_place_stays(analyzer, text, words):
    assert untouched(analyzer, text, words), found(analyzer, text)


VILLAGES = [
    ("อาศัยคนเดียว บ.โนนสะอาดใหม่ ม.9\nHT ขาดยา Amlodipine", "บ.โนนสะอาดใหม่"),
    ("พมจ.: ใช่ค่ะ หมู่ 4 บ.หนองบัวน้อย ติดกับวัด", "บ.หนองบัวน้อย"),
]


@pytest.mark.parametrize(("text", "value"), VILLAGES)
def test_an_abbreviated_village_beside_its_number_is_a_place(analyzer, text, value):
    assert any(
        e.type == "LOCATION" and e.start <= text.index(value) and text.index(value) + len(value) <= e.end
        for e in analyzer.analyze(text)
    ), found(analyzer, text)


def test_a_company_after_the_same_abbreviation_stays_a_company(analyzer):
    text = "ทำงานที่ บ.นาโนเทค จำกัด มา 3 ปีแล้ว"
    assert any(e.type == "ORGANIZATION" and "นาโนเทค" in e.text for e in analyzer.analyze(text)), found(analyzer, text)


STATES = [
    ("หญิงชาวมอญ อายุ 22 ปี มาจากเมืองมะละแหม่ง รัฐมอญ เข้ามาทำงาน", "เมืองมะละแหม่ง รัฐมอญ"),
    ("From Thanbyuzayat, Mon State; came via Ranong by boat.", "Thanbyuzayat, Mon State"),
]


@pytest.mark.parametrize(("text", "value"), STATES)
def test_a_foreign_town_and_its_state_are_one_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_government_after_a_town_is_no_state(analyzer):
    text = "ย้ายมาจากเมืองเมียวดี รัฐบาลไทยส่งกลับไม่ได้"
    assert untouched(analyzer, text, "รัฐบาลไทย"), found(analyzer, text)
