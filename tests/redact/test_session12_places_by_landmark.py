"""Session 12: a community, camp or estate named by the landmark it stands behind or beside is a
place (ชุมชนหลังวัดเจ็ดยอด, แคมป์คนงานหลังวัดหนองตาเพ็ง, ชุมชนริมคลองแสนแสบ). Written before the code;
invented places where they could be.

Counted on the opened sets: six such places missed, each found only as its landmark or not at all
(ชุมชนหลังสถานีรถไฟ, ชุมชนหลังตลาดประชานิเวศน์). In a town, "the community behind the railway station"
points at a few hundred households, so the whole phrase is the place. What stays: a community
described by its neighbours (ชุมชนใกล้เคียง, ชุมชนข้างเคียง) or by a position with no landmark
(ชุมชนหลังนี้), or by a kind of landmark a town has many of, with no name (ชุมชนข้างวัด).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("ครอบครัวอาศัยอยู่ชุมชนหลังวัดโพธิ์งาม มา 10 ปี แม่ขายของที่ตลาด", "ชุมชนหลังวัดโพธิ์งาม"),
    ("บ้านอยู่ชุมชนหลังสถานีรถไฟ ใกล้ทางรถไฟ เสียงดังทั้งคืน", "ชุมชนหลังสถานีรถไฟ"),
    ("พักที่แคมป์คนงานหลังวัดหนองบัวขาว กับสามี ย้ายมาได้ 3 เดือน", "แคมป์คนงานหลังวัดหนองบัวขาว"),
    ("เด็กอาศัยกับยายที่ชุมชนริมคลองบางเขนใหม่ ห้องเช่าเล็ก ๆ", "ชุมชนริมคลองบางเขนใหม่"),
    ("ย้ายไปอยู่ชุมชนหลังตลาดศรีเมืองทองแล้วค่ะ ยังไม่มีงาน", "ชุมชนหลังตลาดศรีเมืองทอง"),
]

KEPT = [
    ("เจ้าหน้าที่ลงพื้นที่ชุมชนใกล้เคียงเพื่อสำรวจผู้สูงอายุ", "ชุมชนใกล้เคียง"),
    ("ประสานกับชุมชนข้างเคียงเรื่องถุงยังชีพ", "ชุมชนข้างเคียง"),
    ("ชุมชนหลังนี้มีผู้สูงอายุติดเตียง 4 ราย", "ชุมชนหลังนี้"),
    ("ครอบครัวอยู่ชุมชนข้างวัด ลูกเรียนโรงเรียนใกล้บ้าน", "ชุมชนข้างวัด"),
    ("ย้ายไปอยู่ชุมชนหลังตลาด แล้วค่ะ", "ชุมชนหลังตลาด"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_community_named_by_its_landmark_is_a_place(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_community_described_by_its_neighbours_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
