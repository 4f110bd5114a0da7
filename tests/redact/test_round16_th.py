"""Round-16 Thai frames: a mobile dictated one digit at a time or spelled in Thai digit words; a
village's direction tail (บ้านX|ใต้); a hyphenated sub-district inside one address run; a temple or
shop name followed by a clause word (วัดป่าX|กับ, ร้านX|ให้); a service named by its kind plus
จังหวัด + province; a bus stop before a village; โรงเรียน + space + ตชด.; ชุมชน + a hill word and a
question particle after it; chat speakers whose labels are ordinary words; ชื่อ + word + age; a
client role + untitled full name; a nickname cut before where the person was (หน้า…); a Thai
transliteration after a slash; a bracketed list of children with ages; a town abroad after a work
frame; ต. + a whole dictionary word. Precision: a count's unit (11 เดือน), a generic service, a
direction word that is a preposition, headings, a translated term after a slash, a workplace
after ทำงานที่. Invented names and places only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

CHAT = (
    "[LINE แม่น้องขนมครก ↔ ครูบราวนี่]\n"
    "แม่น้องขนมครก: ครูคะ วันนี้ลูกไม่สบายค่ะ\n"
    "ครูบราวนี่: รับทราบค่ะ หายไวๆ นะคะ\n"
    "แม่น้องขนมครก: ขอบคุณค่ะ\n"
    "ครูบราวนี่: ค่ะ"
)
CHAT_PLAIN = (
    "ส้มจี๊ด: ใครลงพื้นที่พรุ่งนี้บ้างคะ\n"
    "นกเอี้ยง: หนูไปค่ะ\n"
    "ส้มจี๊ด: โอเคนะ\n"
    "นกเอี้ยง: ได้ค่ะ"
)
HEADINGS = "แผน: นัดติดตามค่ะ\nปัญหา: นอนไม่หลับ\nแผน: ส่งต่อจิตแพทย์นะ"

FOUND = [
    ("โทรกลับเบอร์ 0 8 6 4 4 2 1 9 0 3 ตามที่จดไว้", "0 8 6 4 4 2 1 9 0 3"),
    ("เบอร์น้า ศูนย์หกสาม สี่เจ็ดเก้า หนึ่งสองสองแปด ไม่รับสาย", "ศูนย์หกสาม สี่เจ็ดเก้า หนึ่งสองสองแปด"),
    ("ค่ารถกลับไปที่บ้านหนองตะขบเหนือ", "บ้านหนองตะขบเหนือ"),
    ("อยู่กับยายที่บ้านโคกกระเบาใต้ และน้า", "บ้านโคกกระเบาใต้"),
    ("ที่อยู่ 12/4 ถ.ประชาร่วม ต.บาเระ-เหนือ อ.บาเจาะ จ.นราธิวาส 96170",
     "12/4 ถ.ประชาร่วม ต.บาเระ-เหนือ อ.บาเจาะ จ.นราธิวาส 96170"),
    ("ไม่อยากกลับบ้าน ไปนอนที่วัดป่าห้วยกระทิงกับเพื่อน", "วัดป่าห้วยกระทิง"),
    ("แฟนเก่าขู่ว่าจะไปเผาร้านลลิลเบเกอรี่ให้วอด", "ร้านลลิลเบเกอรี่"),
    ("ประสานบ้านพักเด็กและครอบครัวจังหวัดกาฬสินธุ์ รับเด็กเข้าพัก", "บ้านพักเด็กและครอบครัวจังหวัดกาฬสินธุ์"),
    ("พบเด็กนั่งคนเดียวที่ท่ารถตู้บ้านโนนแดง ตอนค่ำ", "ท่ารถตู้บ้านโนนแดง"),
    ("ครูโรงเรียน ตชด.บ้านห้วยปลาหลด แจ้งว่าเด็กขาดเรียน", "โรงเรียน ตชด.บ้านห้วยปลาหลด"),
    ("บ้านเด็กอยู่ชุมชนเขาพระงามใช่มั้ย", "ชุมชนเขาพระงาม"),
    (CHAT, "บราวนี่"),
    (CHAT_PLAIN, "ส้มจี๊ด"),
    (CHAT_PLAIN, "นกเอี้ยง"),
    ("เด็กโทรมา บอกว่าชื่อมะปราง อายุ 9 ขวบ อยู่คนเดียว", "มะปราง"),
    ("[แชท ผู้รับบริการ ธัญญ์วาริน ศรีเพชรงาม รหัส HX-1120]", "ธัญญ์วาริน ศรีเพชรงาม"),
    ("ทะเลาะกับรุ่นพี่ชื่อแมงปอหน้าห้องน้ำ แล้วแมงปอตีก่อน", "แมงปอ"),
    ("ผู้รับบริการ: Ms Sokha Chan / โสภา จันทร์ อายุ 30", "โสภา จันทร์"),
    ("มากับลูก 2 คน (ฮัมซะห์ 10 และลูกสาว 6 ขวบ)", "ฮัมซะห์"),
    ("สามีไปทำงานก่อสร้างที่ซุงไกเปอตานี กลับปีละครั้ง", "ซุงไกเปอตานี"),
    ("ออกหน่วย ต.โคกกรวด 3/2/68 เช้า", "ต.โคกกรวด"),
    ("เด็กเล่าว่าพ่อเลี้ยงชื่อจะปอ อาซอ ชอบดื่มเหล้า", "จะปอ อาซอ"),
    ("เด็กเล่าว่าน้าชายชื่อจะโบ๊ะ มาเยอ ดื่มแล้วตี", "จะโบ๊ะ มาเยอ"),
    ("ด.ญ.หมี่เย๊าะ จะอื่อ อายุ 11 ปี ชาวอาข่า", "หมี่เย๊าะ จะอื่อ"),
    ("HR เมก้าลิงค์ โซลูชั่นส์ โทรมาเรื่องลาป่วย", "เมก้าลิงค์ โซลูชั่นส์"),
]

SURVIVES = [
    ("ลูกอายุ 10 เดือน ใกล้ครบ 1 ปีแล้ว", "10 เดือน"),
    ("ลูกอายุ 10 เดือน ใกล้ครบ 1 ปีแล้ว", "ใกล้ครบ"),
    ("แม่ขอรูปลูกทุกเดือน", "ทุกเดือน"),
    ("ส่งต่อศูนย์บริการคนพิการทั่วไป เรื่องบัตร", "ศูนย์บริการคนพิการทั่วไป"),
    ("ไปบ้านหนองแคใต้ต้นมะขาม", "ต้นมะขาม"),
    (HEADINGS, "แผน"),
    ("ใช้แบบ Beck Depression / แบบประเมิน ภาวะซึมเศร้า", "แบบประเมิน"),
    ("แม่ทำงานที่ร้านก๋วยเตี๋ยว ใกล้บ้าน", "ร้านก๋วยเตี๋ยว"),
    ("ไปกินข้าวที่ร้านอาหารกับแม่", "ร้านอาหาร"),
    ("ลงพื้นที่ชุมชนเขาบอกว่าไม่มีปัญหา", "บอกว่า"),
    ("ผลตรวจ (ความดัน 12 และชีพจร 80 ปี)", "ความดัน"),
    ("สามีชื่อจะมา ไม่ได้ เพราะติดงาน", "ไม่ได้"),
    ("นางบุญเรือน ไม่อยู่ บ้าน", "ไม่อยู่"),
    ("ด.ช. ต. อายุ 12 ปี มากับยาย", "อายุ"),
    ("HR โทรมา บอกว่าต้องออก", "โทรมา"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round16_thai_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_a_round16_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_thai_address_has_hyphenated_names_then_it_is_one_span(analyzer):
    text = "ที่อยู่ 8/1 ถ.ท่าเรือ ต.สุไหงโก-ลก อ.สุไหงโก-ลก จ.นราธิวาส 96120\nโทรไม่ติด"
    spans = [e for e in analyzer.analyze(text) if e.type == "ADDRESS"]
    assert len(spans) == 1 and spans[0].text.endswith("96120")


def test_when_a_nickname_is_followed_by_where_the_person_was_then_the_place_is_not_part_of_the_name(analyzer):
    text = "ทะเลาะกับรุ่นพี่ชื่อแมงปอหน้าห้องน้ำ"
    assert untouched(analyzer, text, "ห้องน้ำ")
