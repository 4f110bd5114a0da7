"""Round-4 shapes: organisations named only by the frame they sit in (a job or service role
"at X", a referral source, a parish in the possessive, "attends X"), Thai kind-of-place heads
(วัด/คลินิก/ร้าน/อู่/โรงงาน + name), named markets and provinces, bracketed nicknames, titles glued
to the word before — and the ordinary phrases with the same heads that must survive.
Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # English: workplace after a role, referral source, parish, attends
    ("Son is assistant manager at Larkspur Tile now.", "Larkspur Tile"),
    ("Her PCP at Ferncastle Medical Group agreed.", "Ferncastle Medical Group"),
    ("Referred by Oakhurst Wellness Partners on 4/2.", "Oakhurst Wellness Partners"),
    ("Released from Dunmore CF last week.", "Dunmore CF"),
    ("Goes to mass at St. Odran's with gran.", "St. Odran's"),
    ("Attends Cedar Vale weekly for youth group.", "Cedar Vale"),
    ("Dad works weekends at Velvet Moth Bakery.", "Velvet Moth Bakery"),
    ("Mom teaches at Quarry Lane Montessori.", "Quarry Lane Montessori"),
    ("Sponsor met him at Tidewater Fellowship.", "Tidewater Fellowship"),
    # Thai kind-of-place heads with a name
    ("ยายไปทำบุญที่วัดศรีประทุมวนาราม ทุกเช้า", "วัดศรีประทุมวนาราม"),
    ("ฝากครรภ์ที่ คลินิกแม่ละมุน ตั้งแต่เดือนที่ 3", "คลินิกแม่ละมุน"),
    ("พ่อทำงานร้านวัสดุก่อสร้าง ทวีทรัพย์ค้าวัสดุ มา 5 ปี", "ทวีทรัพย์ค้าวัสดุ"),
    ("พี่ชายทำงานที่ อู่นำชัยเซอร์วิส โทรมาบ่อย", "อู่นำชัยเซอร์วิส"),
    ("แม่ทำงานโรงงาน พรเทพแพคกิ้ง กะเช้า", "พรเทพแพคกิ้ง"),
    ("ขายผักอยู่ที่ตลาดศรีเมือง ทุกวัน", "ตลาดศรีเมือง"),
    ("ลูกสาวไปทำงานที่หาดใหญ่ ส่งเงินมาทุกเดือน", "หาดใหญ่"),  # a town; a province alone stays (round 8)
    ("สามียังอยู่ที่ Tromsø ไม่กลับมา", "Troms"),
    ("โรงเรียนบ้านหนองไผ่ใหญ่ ป.4", "โรงเรียนบ้านหนองไผ่ใหญ่"),
    # Thai nicknames in brackets, titles glued to the word before, a counted group list
    ("มารดา นางสาวรัชนีกร พึ่งบุญ (แจ๋ว) มาด้วย", "แจ๋ว"),
    ("แฟนเก่า (ไมค์) ยังโทรมาข่มขู่", "ไมค์"),
    ("เยี่ยมบ้านครอบครัวนายประยูร ทองดีเลิศ วันนี้", "นายประยูร ทองดีเลิศ"),
    ("กลุ่มวัยรุ่น สมาชิก 4 คน: กิ๊ฟ, บอม, ตุ้ย, แนน", "กิ๊ฟ"),
]

KEPT = [
    ("Nurse at ER said vitals stable.", "ER"),
    ("Attends Monday group and AA.", "Monday"),
    ("Referred by PCP for CBT-I.", "PCP"),
    ("อสม. วัดความดันได้ 150/95", "วัดความดัน"),
    ("ยายไปวัดทุกวันพระ", "วัดทุกวันพระ"),
    ("แม่ทำงานร้านอาหาร ลูกคนโตช่วยเลี้ยงน้อง", "ร้านอาหาร"),
    ("ส่งต่อศูนย์บำบัดยาเสพติด ตามระบบ", "ศูนย์บำบัดยาเสพติด"),
    ("ประสาน บ้านพักเด็กและครอบครัว จังหวัด", "บ้านพักเด็กและครอบครัว"),
    ("ร้านขายของชำ ปิดแล้ว ตกงาน", "ปิดแล้ว"),
    ("ชอบไปตลาดนัดกับยาย", "ตลาดนัด"),
    ("ย้ายมาอยู่กรุงเทพฯ กับลูก", "กรุงเทพฯ"),
    ("ไม่อยากไปเลย เครียดมาก", "เลย"),
    ("เจ้าของบ้าน (ชาวต่างชาติ) ให้ย้ายออก", "ชาวต่างชาติ"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_place_is_named_by_its_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_the_same_head_words_are_generic_then_they_survive(analyzer, text, value):
    assert untouched(analyzer, text, value)
