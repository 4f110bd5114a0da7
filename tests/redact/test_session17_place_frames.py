"""Session 17: a listed district after words that place someone in it or by it — its centre
(ในตัวปากช่อง), its side (ของสามพราน), a bank or edge (ริม), a home town (ภูมิลำเนา), a campus
(วิทยาเขต), a railway junction (ชุมทาง) — is a place; districts whose name opens with ท่า are
districts when no dictionary knows the name as a phrase (set 58)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ไม่มีญาติในตัวปากช่อง ยายอยู่ต่างจังหวัด", "ปากช่อง"),
        ("พักที่แคมป์ฝั่งตะวันออกของสามพราน มา 2 ปี", "สามพราน"),
        ("ภูมิลำเนาแก้งคร้อ โทรหาแม่ทุกอาทิตย์", "แก้งคร้อ"),
        ("นักศึกษาปี 3 วิทยาเขตกำแพงแสน พักหอนอก", "กำแพงแสน"),
        ("อดีตพนักงานการรถไฟประจำชุมทางทุ่งสง เกษียณแล้ว", "ทุ่งสง"),
        ("คนขายยาอยู่แถวปั๊มน้ำมันในท่าม่วง", "ท่าม่วง"),
    ],
)
def test_a_district_after_a_place_word_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ไปนั่งเล่นที่ท่าน้ำกับเพื่อน", "ท่าน้ำ"),
        ("นั่งรอริมทางเดินหน้าตึก", "ทางเดิน"),
        ("ของฝากจากญาติ ส่งมาทางไปรษณีย์", "ของฝาก"),
    ],
)
def test_ordinary_phrases_after_those_words_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
