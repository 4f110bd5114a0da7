"""Round-12 frames, Thai and English: a nickname glued to a role word (พยาบาล/หมอ/อสม./จนท.), a
monk's name after หลวงพี่/หลวงตา, a name after บอกชื่อ, แม่ as a title opening a list item, a
Thai name whose bracketed Latin transliteration says how many words it has, a named farm/orchard
/mill (ฟาร์ม, ไร่, สวน, โรงสี), a named dorm or apartment (หอพัก, อพาร์ทเมนท์, แมนชั่น), a mall
with its district, an area after แถว with its number, a company with "(Thailand)"/"(ประเทศไทย)"/
"Co., Ltd.", a display name in quotes after FB/IG, a named police station, and "lives at <named
building>, unit N". Precision: the generic head alone (ฟาร์มไก่, ในห้าง, หอพัก), บอกชื่อ + a
non-name, a role word with a qualifier (พยาบาลประจำตึก) and an unnamed student service survive.
Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # role word glued to a nickname
    ("ส่งต่อ รพ.สต. พยาบาลแก้วตาจะโทรกลับ", "แก้วตา"),
    ("หมอพิมพ์ใจนัดติดตามอาการ", "พิมพ์ใจ"),
    ("อสม.บุญเรือนไปเยี่ยมบ้านทุกสัปดาห์", "บุญเรือน"),
    # monk titles
    ("ได้รับแจ้งจากหลวงพี่ต้อม ว่าเด็กมานอนที่วัด", "ต้อม"),
    ("หลวงตาสมบุญ พาผู้ป่วยมาส่ง", "สมบุญ"),
    # told name
    ("ผู้โทรบอกชื่อมะปราง อายุ 16", "มะปราง"),
    # แม่ as a title opening a list item
    ("2) แม่จันทร์หอม ลูกอ่อน 3 เดือน ซึม", "จันทร์หอม"),
    # Thai name + bracketed Latin transliteration: word count decides the span
    ("นายจอ ซอ วิน (Kyaw Zaw Win) อายุ 28", "จอ ซอ วิน"),
    # named farm, orchard, mill
    ("พ่อทำงานฟาร์มเจริญทรัพย์ไก่ไข่", "ฟาร์มเจริญทรัพย์ไก่ไข่"),
    ("แม่รับจ้างที่สวนลุงเฉลิมผลไม้", "สวนลุงเฉลิมผลไม้"),
    ("ลูกชายทำงานโรงสีศรีสมบูรณ์ข้าวไทย", "โรงสีศรีสมบูรณ์ข้าวไทย"),
    # named dorm/apartment, area after แถว with its number
    ("อยู่หอพักแสนสุขแมนชั่น ใกล้มหาลัย", "หอพักแสนสุขแมนชั่น"),
    ("เช่าห้องอยู่อพาร์ทเมนท์ชวนชมเพลส", "อพาร์ทเมนท์ชวนชมเพลส"),
    ("อยู่แถวลำลูกกาคลอง 4 กับแฟน", "ลำลูกกาคลอง 4"),
    # a mall with its district
    ("ทำงานที่ห้างซีคอนพลาซ่า ศรีนครินทร์ ตอนเย็น", "ห้างซีคอนพลาซ่า ศรีนครินทร์"),
    # company suffixes, Thai and English
    ("ทำงานที่ Brightwell Foods (Thailand) สาขาบางนา", "Brightwell Foods (Thailand)"),
    ("เป็นพนักงาน Orvanta Steel (ประเทศไทย) จำกัด", "Orvanta Steel (ประเทศไทย) จำกัด"),
    ("Father works at Halden Motors (Thailand) Co., Ltd. in Chonburi.", "Halden Motors (Thailand) Co., Ltd."),
    # English frames
    ('he keeps messaging her FB "Mya Thida 88" at night', "Mya Thida 88"),
    ("police report at Lat Krabang Nuea station tomorrow", "Lat Krabang Nuea station"),
    ("Family lives at The Cressford Residences Rama 9, unit 1802.", "The Cressford Residences Rama 9, unit 1802"),
    ("Client lives at Juniper Heights Tower, room 1207, alone.", "Juniper Heights Tower, room 1207"),
    ("ย้ายไปอยู่ Larkspur Place Ratchada ห้อง 5/12 กับแฟน", "Larkspur Place Ratchada ห้อง 5/12"),
    ("รับเรื่องจากหลวงตาเปลี่ยน วัดโคกสูง", "เปลี่ยน"),
    ("1) ลุงหนูแดงดี (ไม่ทราบนามสกุล) ดื่มสุราทุกวัน", "หนูแดงดี"),
    # a quoted nickname opening a bracket; a building, its soi and its district as one address
    ('Present: Marites Obando ("Tessie", aunt) and two kids.', "Tessie"),
    ("Transferred to Bramblewood Academy Phuket, per mum.", "Bramblewood Academy Phuket"),
    ("Family rents a room at Ratchada Grand Flats, Soi Pracha Songkhro 12, Din Daeng.",
     "Ratchada Grand Flats, Soi Pracha Songkhro 12, Din Daeng"),
]

SURVIVES = [
    ("สามีไม่ได้ทำงานฟาร์มไก่แล้ว", "ฟาร์มไก่"),
    ("บอกชื่อโรงเรียนไม่ได้ จำไม่ได้", "บอกชื่อโรงเรียนไม่ได้"),
    ("พยาบาลประจำตึกแจ้งว่านอนไม่หลับ", "พยาบาลประจำตึก"),
    ("ขายของในห้าง ทุกวัน", "ในห้าง"),
    ("นัดที่ศูนย์สุขภาวะนักศึกษา วันศุกร์", "ศูนย์สุขภาวะนักศึกษา"),
    ("หมอบอกให้กินยาต่อ", "หมอบอก"),
    ("the police station was closed", "station"),
    ("2) แม่ลูกอ่อน 1 เดือน ซึม", "แม่ลูกอ่อน"),
    ("got petrol at the Caltex station on the way", "station on the way"),
    ("อสม.รายงาน: ยายกินยาครบ", "อสม.รายงาน"),
    ('ลุงบอกว่า "หมอปลอม" ไม่ยอมกินยา', "หมอปลอม"),
    ("อยู่แถวบางบัวทอง 3 ปีแล้ว", "3 ปี"),
    ("2) ยายหนูไม่สบาย นอนไม่หลับ", "ไม่สบาย"),
    ("He attends Harrow Vale School Monday to Friday.", "Monday"),
    ("Lives at Orchid Place, Soi Ramkhamhaeng 24, Mom says it is noisy.", "Mom says"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round12_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_a_generic_word_only_resembles_the_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)
