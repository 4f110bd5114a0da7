"""Session 20: Thai bodies and places named by a number. Bangkok's public-health centres
(ศูนย์บริการสาธารณสุข 44 มีนบุรี, ศบส.38 …) and industrial estates (นิคม 304) are one place each;
the kind of centre with no number is a service anyone may be sent to."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(("text", "value"), [
    ("เรียน ผู้อำนวยการศูนย์บริการสาธารณสุข 44 มีนบุรี\n\nตามที่ประธานชุมชนแจ้ง", "ศูนย์บริการสาธารณสุข 44 มีนบุรี"),
    ("งานผู้สูงอายุ ศูนย์บริการสาธารณสุข 61 คลองบางหลวง\nวันที่ 3 ก.ย. 2567", "ศูนย์บริการสาธารณสุข 61 คลองบางหลวง"),
    ("ฝากครรภ์แล้วที่ศูนย์บริการสาธารณสุข 71 กระทุ่มราย HN 0562114", "ศูนย์บริการสาธารณสุข 71 กระทุ่มราย"),
    ("ประสานประธานชุมชน และ ศบส.38 ประชาราษฎร์บำเพ็ญ\nแผน: ขอเบี้ยยังชีพ", "ศบส.38 ประชาราษฎร์บำเพ็ญ"),
    ("ส่งชื่อ 3 รายให้ศูนย์บริการสาธารณสุข 14 จัดพยาบาลเยี่ยมบ้าน", "ศูนย์บริการสาธารณสุข 14"),
    ("ขอเตียงลมจาก ศบส.๖๐ ดินแดงเหนือ แล้ว", "ศบส.๖๐"),
    ("ทำงานโรงงานอิเล็กทรอนิกส์ในนิคม 304 มา 3 ปี", "นิคม 304"),
    ("เป็นพนักงานนิคมอุตสาหกรรม ๓๐๔ กะดึก", "นิคมอุตสาหกรรม ๓๐๔"),
])
def test_a_numbered_centre_or_estate_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_clause_after_the_number_stays(analyzer):
    text = "ส่งชื่อ 3 รายให้ศูนย์บริการสาธารณสุข 14 จัดพยาบาลเยี่ยมบ้าน, ขอชมรมผู้สูงอายุช่วย"
    assert untouched(analyzer, text, "จัดพยาบาลเยี่ยมบ้าน"), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "แนะนำให้ไปตรวจที่ศูนย์บริการสาธารณสุขใกล้บ้าน",
    "ในนิคมอุตสาหกรรมมีโรงงานหลายแห่ง ทำงานมา 12 ปี",
])
def test_the_kind_of_centre_with_no_number_stays(analyzer, text):
    assert found(analyzer, text) == [], found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("ฝ่ายพัฒนาชุมชน สำนักงานเขตมีนบุรี\nวันที่ 17 ก.ค. 2568", "สำนักงานเขตมีนบุรี"),
    ("ส่งต่อรพ.หลังสวน วันนี้ พร้อมใบส่งตัว", "รพ.หลังสวน"),
    ("ไปทำบัตรที่ที่ว่าการอำเภอปง เมื่อวาน", "ที่ว่าการอำเภอปง"),
])
def test_a_public_body_glued_to_its_place_is_one_office(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_place_alone_stays_a_place(analyzer):
    text = "กลับมาอยู่บ้านที่หลังสวนกับยาย"
    assert ("LOCATION", "หลังสวน") in found(analyzer, text), found(analyzer, text)
