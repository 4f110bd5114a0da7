"""Session 34: Thai public offices named by their district, and bodies that serve the whole country.

A national service's office written with its district and no สำนักงาน (สาธารณสุขอำเภอโนนสัง) is one
office: the service word is part of the name. A kind of body "in the area" (รพ.สต.ในพื้นที่) names
none, and a body "of Thailand" or under royal patronage serves everyone, like สปสช."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ทีมสาธารณสุขอำเภอโนนสัง ร่วมกับทีมหมอครอบครัว", "สาธารณสุขอำเภอโนนสัง"),
    ("ผู้แทนสาธารณสุขอำเภอมหาชนะชัย, ปลัดเทศบาล", "สาธารณสุขอำเภอมหาชนะชัย"),
    ("ประสานพัฒนาชุมชนอำเภอนาแห้วเรื่องทุนอาชีพ", "พัฒนาชุมชนอำเภอนาแห้ว"),
    ("รับแจ้งจากโรงเรียนในอำเภอบางพลี ผ่านครูแนะแนว", "อำเภอบางพลี"),
    ("นัดตรวจที่รพ.สมเด็จพระยุพราชสระแก้ว วันจันทร์", "รพ.สมเด็จพระยุพราชสระแก้ว"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_district_offices_are_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ทีมหมอครอบครัว ร่วมกับรพ.สต.ในพื้นที่\nวันที่ 8 ต.ค. 67", "รพ.สต."),
    ("ทีมรพ.ตะโหมด + รพ.สต.ในเขตรับผิดชอบ\n18 ส.ค. 67", "รพ.สต."),
    ("ส่งเรื่องขอความช่วยเหลือจากมูลนิธิโรคไตแห่งประเทศไทย\n4. สอนจำกัดน้ำ", "มูลนิธิโรคไตแห่งประเทศไทย"),
    ("ยื่นขอแขนเทียมกับมูลนิธิขาเทียมในสมเด็จพระศรีนครินทราบรมราชชนนี\n3. ปรับสภาพห้องน้ำ",
     "มูลนิธิขาเทียมในสมเด็จพระศรีนครินทราบรมราชชนนี"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_bodies_that_name_no_place_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_stream_next_to_the_farm_is_a_place(analyzer):
    text = "กระท่อมอยู่ท้ายไร่ติดห้วยทับเสลา แม่เข้าใจว่านุชไปช่วยเก็บมัน"
    assert covered(analyzer, text, "ห้วยทับเสลา"), found(analyzer, text)


@pytest.mark.parametrize("text", ["พูดติดปากว่าไม่เป็นไร", "ปลาในหนองน้ำตายหมด", "เด็กตกลงไปในคลองหลังบ้าน"])
def test_next_to_or_in_an_ordinary_landform_names_no_place(analyzer, text):
    assert found(analyzer, text) == [], found(analyzer, text)
