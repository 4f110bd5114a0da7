"""Round-15 Thai frames: a district or sub-district written short (อ./ต. + name) after a place cue
or standing alone, with อ. before a listed given name read as อาจารย์ + name and a police rank's ต.
(ร.ต.อ.) not read as a sub-district; the Isan elder titles แม่ใหญ่/พ่อใหญ่; a student number after a
bare รหัส; a list of people after ได้แก่; a quoted nickname after a kin word; a chat log's speaker
labels; an owner's name bracketed after a handle;
a prison by name; a split transcribed name before an age; a soi named after a temple at ปากซอย; a brand-named
apartment block. Precision: พรบ.รถ (compulsory motor insurance) is no company, a verb after a name
(ยึดพาสปอร์ต) is no surname, a list of things after ได้แก่, a quoted remark after a kin word, a
pointer soi (ปากซอยนี้), a kind of lodging (เกสต์เฮาส์), headings and a short PIN name nobody.
Invented names and places only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

CHAT = (
    "[คัดลอกแชท LINE กลุ่ม \"ติดตามเคส\" 7 ม.ค.]\n"
    "ครูจันทร์เพ็ญ: พี่คะ วันนี้น้องมาโรงเรียนมีแผลที่แขน\n"
    "พี่ต่าย พม.: ใครทำคะครู\n"
    "ครูจันทร์เพ็ญ: ยังไม่ยอมบอกค่ะ"
)
HEADINGS = "แผน: ติดตาม 2 สัปดาห์\nสุขภาพ: แผลที่ขา\nครอบครัว: อยู่กับยาย"

FOUND = [
    ("มารดาย้ายไปอยู่ อ.บ้านหมี่ ตั้งแต่ปีที่แล้ว", "อ.บ้านหมี่"),
    ("ติดตามเรื่องบัตรที่ อ.ดอนตูม, เบอร์ อสม. ไม่มี", "อ.ดอนตูม"),
    ("ทำงานร้านขายของชำ ต.หนองกระทุ่ม ร่วมกับเพื่อน", "ต.หนองกระทุ่ม"),
    ("โรงงานแปรรูปปลา ใน ต.บางกระเจ้า\nหัวหน้างานดุบ่อย", "ต.บางกระเจ้า"),
    ("ต.ท่าช้างเผือก: พบแรงงาน 4 คน", "ต.ท่าช้างเผือก"),
    ("ญาติบอกว่าชื่อ แม่ใหญ่บุญเพ็ง อายุ 80 ปี", "บุญเพ็ง"),
    ("หลานอยู่กับพ่อใหญ่สีทา ที่บ้านไร่", "สีทา"),
    ("นักศึกษาปี 2 รหัส 65031147 ขาดเรียนบ่อย", "65031147"),
    ("ผู้ก่อเหตุ ได้แก่ ธีรภัทร, กิตติพงษ์ และ \"หมูหยอง\" ทำร้ายร่างกาย", "ธีรภัทร"),
    ("ผู้ก่อเหตุ ได้แก่ ธีรภัทร, กิตติพงษ์ และ \"หมูหยอง\" ทำร้ายร่างกาย", "หมูหยอง"),
    ("น้องสาว \"จิ้งหรีด\" ยังเรียนอยู่ ม.2", "จิ้งหรีด"),
    ("นายจ้างชื่อ ประเสริฐ ยึดพาสปอร์ตไว้", "ประเสริฐ"),
    ("อ.สุนันทา ครูแนะแนวโทรมาแจ้ง", "สุนันทา"),
    ("แฟนมาเยี่ยม แต่พี่ชาย \"ตะขาบ\" ยังไม่มา", "ตะขาบ"),
    ("ลูกสาวคนโต นาเบาะ 14 ปี เรียน ม.2\nนาเบาะบอกครูว่าอยากเรียนต่อ", "นาเบาะ"),
    ("ขับวินมอไซค์อยู่ปากซอยวัดสามง่าม ทุกวัน", "ซอยวัดสามง่าม"),
    ("ถูกขังในห้องเช่าชั้น 2 แฮปปี้แลนด์อพาร์ตเมนต์ ใกล้ตลาด", "แฮปปี้แลนด์อพาร์ตเมนต์"),
    ("คุยกับ IG: sky_blue.22 (ฟ้าใส) ทุกคืน", "ฟ้าใส"),
    ("พ่ออยู่เรือนจำหนองปลิง หลานคนโตไม่ไปเรียน", "เรือนจำหนองปลิง"),
    (CHAT, "จันทร์เพ็ญ"),
    (CHAT, "ต่าย"),
    ("นายประยูร ยึดมั่น มาพบตามนัด", "ประยูร ยึดมั่น"),  # a surname that opens with the verb's letters
]

SURVIVES = [
    ("ติดต่อ พรบ.รถ เรื่องค่ารักษา", "พรบ.รถ"),
    ("อาหารที่ชอบ ได้แก่ ข้าว, ผลไม้ และขนม", "ผลไม้"),
    ("ยายพูดว่า \"ไม่ไหว\" หลายครั้ง", "ไม่ไหว"),
    ("นัดครั้งหน้าเดือน ต.ค. 68", "ต.ค."),
    ("ตั้งรหัส 4821 ไว้ในโทรศัพท์", "4821"),
    ("ไปหา อ.ที่ปรึกษา เรื่องทุน", "อ.ที่ปรึกษา"),
    ("นายจ้างชื่อ ประเสริฐ ยึดพาสปอร์ตไว้", "ยึดพาสปอร์ต"),
    ("ลูกสาว ติดยา 2 ปี เลิกได้แล้ว", "ติดยา"),
    ("ไปส่งที่ปากซอยนี้ แล้วกลับ", "ซอยนี้"),
    ("ย้ายไปอยู่ ห้องพักอพาร์ตเมนต์ ใกล้ที่ทำงาน", "ห้องพักอพาร์ตเมนต์"),
    ("พักที่ เกสต์เฮาส์ คืนละ 300 บาท", "เกสต์เฮาส์"),
    ("ติดต่อทาง LINE @care1300 (ศูนย์ช่วยเหลือ) ได้ตลอด", "ศูนย์ช่วยเหลือ"),
    ("พ่ออยู่ในเรือนจำมาสองปี แม่เลี้ยงคนเดียว", "เรือนจำ"),
    ("แม่อยู่ทัณฑสถานหญิงกลางทั้งแม่ชื่อบุษบาส่วนพ่อ", "ทั้งแม่"),
    (HEADINGS, "สุขภาพ"),
    (HEADINGS, "ครอบครัว"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round15_thai_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_a_round15_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_lecturer_is_named_after_a_place_cue_then_no_district_is_read(analyzer):
    text = "ปรึกษาเรื่องเรียนที่ อ.สมศรี บอกให้พักก่อน"
    assert not any(e.type == "LOCATION" for e in analyzer.analyze(text))


def test_when_a_police_rank_holds_ต_then_no_sub_district_is_read(analyzer):
    text = "รับแจ้งความโดย ร.ต.อ.ทองคำ หนองบัว เวรสอบสวน"
    assert not any(e.type == "LOCATION" for e in analyzer.analyze(text))
