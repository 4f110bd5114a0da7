"""Round-14 Thai frames: a group roster (one member per line, "word + polite particle" or
"word กับ word" opening the line; later mentions follow), a Latin name opening a bracket after a
relation word (แฟน (X คณะเดียวกัน)), a market named after แถว with a common first word, a temple
with a trailing ใน/นอก after a role, a quoted shop name after the kind of shop, a family name closed
by a village number (ม.9, หมู่ 4), a bracketed district after an organisation. Precision: the kind
of factory stays outside the company after it (โรงงาน… บ.X), a professional shortened with ฯ
(นักจิตฯ) is a role, speech lines (สวัสดีค่ะ) name nobody. Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

ROSTER = (
    "บันทึกกลุ่มเยาวชน 3 มี.ค.\n"
    "น้ำค้าง ค่ะ เล่าเรื่องพ่อตกงาน\n"
    "ภูมิพัฒน์ครับ ไม่ค่อยพูด\n"
    "ขนมครกนะ ขอออกก่อน\n"
    "ถั่วแดง กับ ลูกตาล เถียงกันเรื่องเกม\n"
    "ท้ายกลุ่ม ลูกตาลได้ 8 คะแนน"
)

FOUND = [
    (ROSTER, "น้ำค้าง"),
    (ROSTER, "ภูมิพัฒน์"),
    (ROSTER, "ขนมครก"),
    (ROSTER, "ถั่วแดง"),
    (ROSTER, "ลูกตาล"),  # every occurrence, the later score line too
    ("ทะเลาะกับแฟน (Kittipong เรียนวิศวะ) บ่อยขึ้น", "Kittipong"),
    ("มีปัญหากับเพื่อนร่วมห้อง (Ploy อยู่หอเดียวกัน) เรื่องเงิน", "Ploy"),
    ("ไปพักห้องเช่าแถวตลาดน้อยบางใหญ่ กับเพื่อน", "ตลาดน้อยบางใหญ่"),
    ("ได้รับแจ้งจากเจ้าอาวาสวัดหนองโพธิ์นอก ว่ามีเด็กมานอน", "วัดหนองโพธิ์นอก"),
    ("ลูกเปิดร้านซ่อมรถ 'ประยูรยนต์' ไม่ยอมรับแม่", "ประยูรยนต์"),
    ("ลุงบุญส่ง ทองใบ ม.7 บ้านโนนแดง ไม่กินยา", "บุญส่ง ทองใบ"),
    ("ยายคำปุน ศรีหาวงศ์ หมู่ 3 บ้านนาดี นอนติดเตียง", "คำปุน ศรีหาวงศ์"),
    ("ทำงานที่ Silver Crane Logistics (ลาดกระบัง) กะดึก", "ลาดกระบัง"),
]

SURVIVES = [
    ("ทำงานโรงงานแปรรูปกุ้ง บ.ทะเลทองซีฟู้ด ที่มหาชัย", "โรงงานแปรรูปกุ้ง"),
    ("ส่งพบนักจิตฯ สัปดาห์หน้า", "นักจิตฯ"),
    ("ส่งพบนักสังคมฯ และพบนักกายภาพฯ ต่อ", "นักกายภาพฯ"),
    ("สวัสดีค่ะ วันนี้มาเร็ว\nดีครับ ไปต่อ\nแม่ กับ พ่อ ทะเลาะกัน", "แม่"),
    ("สวัสดีค่ะ วันนี้มาเร็ว\nขอบคุณครับ ไปต่อ", "สวัสดี"),
    ("คุยกับแฟน (Online) ทุกวัน", "Online"),
    ("ทำงานร้านอาหารตามสั่ง ใกล้บ้าน", "ร้านอาหารตามสั่ง"),
    ("ไปร้านอาหาร 'ขายส่ง' กับแม่", "ขายส่ง"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round14_thai_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_a_round14_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_one_line_opens_with_a_particle_then_no_roster_is_read(analyzer):
    text = "ผู้รับบริการบอกว่า\nน้ำค้าง ค่ะ ตอนนี้ดีขึ้น"
    assert untouched(analyzer, text, "น้ำค้าง")
