"""Round-8 Thai classes, generalised from a new author's blind set: a nickname cue followed by
น้อง/พี่, names after ของ/กับ/หา/ถึง and เรียก, signature lines and numbered group lists, formal
titles before Khmer, Akha, Karen and Malay names, Karen Saw/Naw names in Latin and Thai script,
speech titles (เจ๊, ซ้อ, อาม่า) and แม่/พ่อ + name in Isan speech, village schools, university
abbreviations, garages and shops named after a person, district offices, Islamic schools,
prisons, hospitals ending in ฯ, acronyms of organisations, named rented rooms and condos, camp
addresses, villages (บ้าน + a place-name word), landmarks, BE-year case numbers, student IDs,
bare LINE/IG IDs — and the ordinary phrases with the same shapes that must survive (generic
offices, ethnic groups, descriptions after ยาย). Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    # a nickname cue followed by a kin word, then the bare nickname again
    ("ด.ญ.วรินทร ทองมา (ชื่อเล่นน้องส้มซ่า) ร้องไห้ ส้มซ่าไม่อยากกลับบ้าน", "ส้มซ่า"),
    ("น.ส.ธารา ใจงาม ชื่อเล่นพี่มะปราง มาก่อนเวลา", "มะปราง"),
    # a name after ของ/กับ/หา/ถึง, after เรียก
    ("โดนกลุ่มเพื่อนของณัฐณิชาแกล้งทุกวัน", "ณัฐณิชา"),
    ("นายสมรักษ์ ปัญญาดี ที่บ้านเรียกต่อศักดิ์ ติดเกมหนัก", "ต่อศักดิ์"),
    # a signature line and a numbered group list with repeats
    ("ขอบคุณค่ะ\nพิมพ์ชนก — นักจิตวิทยาคลินิก", "พิมพ์ชนก"),
    ("1. จันทร์เพ็ญ — มาสาย\n2. นายเดชา สุขดี — ตั้งใจดี\nจันทร์เพ็ญบอกว่าเหนื่อย", "จันทร์เพ็ญ"),
    # formal titles before Khmer, Akha and Malay names
    ("นางสาวสุวันดี เชียม อายุ 30 ทำงานโรงงาน", "สุวันดี เชียม"),
    ("แม่ นางอาเยาะ มาเยอ พูดไทยไม่ได้", "อาเยาะ มาเยอ"),
    ("พ่อชื่อสุไลมาน ยามา ทำสวนยาง", "สุไลมาน ยามา"),
    ("ครูประจำชั้น (ครูฮาลีเมาะ) โทรมา", "ฮาลีเมาะ"),
    # Karen names in Latin and Thai script
    ("ผู้รับบริการ Saw Htoo Klay (ซอ ทู เคล) อายุ 30", "Saw Htoo Klay"),
    ("ผู้รับบริการ Saw Htoo Klay (ซอ ทู เคล) อายุ 30", "ซอ ทู เคล"),
    ("เบอร์ของน้องสาว Naw Say Wah ใช้ได้", "Naw Say Wah"),
    # speech titles and แม่/พ่อ + a name
    ("ซ้อลำใย มาช่วยเฝ้าไข้", "ซ้อลำใย"),
    ("อากงเซ่งหลี อายุ 90 ไม่ยอมกินข้าว", "อากงเซ่งหลี"),
    ("อยู่กับแม่ดอกจาน อายุ 60 ที่บ้าน", "ดอกจาน"),
    # organisations
    ("ครูจาก ศศช.บ้านห้วยน้ำริน แจ้งว่าเด็กไม่มา", "ศศช.บ้านห้วยน้ำริน"),
    ("เป็นนักศึกษา มข. ปี 2", "มข."),
    ("เรียนจบจาก จุฬาฯ แล้วตกงาน", "จุฬาฯ"),
    ("ทำงานที่อู่ช่างต้อมยานยนต์ ใกล้บ้าน", "อู่ช่างต้อมยานยนต์"),
    ("ทำงานที่ร้าน ก.รุ่งเรืองพานิช มา 3 ปี", "ร้าน ก.รุ่งเรืองพานิช"),
    ("ไปติดต่อสำนักงานเขตจตุจักร เรื่องบัตร", "สำนักงานเขตจตุจักร"),
    ("เรียนปอเนาะดารุลมาอาเรฟ ตอนเย็น", "ปอเนาะดารุลมาอาเรฟ"),
    ("แม่ต้องโทษที่ทัณฑสถานหญิงเชียงใหม่", "ทัณฑสถานหญิงเชียงใหม่"),
    ("เคยนอน รพ.จิตเวชสงขลาราชนครินทร์ฯ มาก่อน", "รพ.จิตเวชสงขลาราชนครินทร์ฯ"),
    ("ได้ใบรับรองแพทย์จาก รพ.พระปกเกล้า แล้ว", "รพ.พระปกเกล้า"),
    ("ติดต่อ Mekong Child Rights Network (MCRN) ได้ เจ้าหน้าที่ MCRN รับเรื่อง", "MCRN"),
    # addresses: named rented rooms and condos, camps
    ("พักห้องเช่าบุญมีเพลส ห้อง A3 ซ.สุขสวัสดิ์ 14 กับแฟน", "ห้องเช่าบุญมีเพลส ห้อง A3 ซ.สุขสวัสดิ์ 14"),
    ("นิติฯ คอนโด The Parkland Bangna โทรมา", "คอนโด The Parkland Bangna"),
    ("ตอนนี้พักที่ Ideo Mix Sukhumvit ห้อง 902 กับเพื่อน", "Ideo Mix Sukhumvit ห้อง 902"),
    ("อยู่ Nu Po camp, Zone B, Section 3, House 27 กับแม่", "Nu Po camp, Zone B, Section 3, House 27"),
    # villages in a place frame, landmarks
    ("ไปเที่ยวงานบุญบ้านหนองแวง แล้วทะเลาะกัน", "บ้านหนองแวง"),
    ("พบตัวนอนแถวหัวลำโพง ตอนดึก", "หัวลำโพง"),
    ("ลงพื้นที่รอบสนามหลวงถึงท่าช้าง", "สนามหลวง"),
    # numbers
    ("เลขรับแจ้ง 2568-007731 ส่งต่อแล้ว", "2568-007731"),
    ("รหัส 633040516-2 คณะเกษตร", "633040516-2"),
    ("ส่งทาง LINE ส่วนตัว jampa2529 ได้", "jampa2529"),
]

SURVIVES = [
    # generic offices and bodies stay readable
    ("เจ้าหน้าที่สถานพินิจฯ มาสัมภาษณ์", "สถานพินิจฯ"),
    ("ประสานสำนักงานเขต เรื่องบัตรคนจน", "สำนักงานเขต"),
    # ethnic groups are not names
    ("ด.ญ.นาหมี่ แซ่ย่าง (อาข่า) อายุ 9", "อาข่า"),
    ("เป็นชาวลาหู่ พูดไทยได้น้อย", "ลาหู่"),
    # descriptions after ยาย are not names
    ("ยายผอมลงมาก ผมเผ้ายุ่ง", "ยายผอมลง"),
    ("หลานบอกว่ายายล้มเอง", "ยายล้มเอง"),
    # แม่/พ่อ + an ordinary word is not a name
    ("แม่ค้าขายผัก อายุ 50 มาปรึกษา", "แม่ค้าขายผัก"),
    ("อยู่กับแม่ ที่บ้าน", "อยู่กับแม่"),
    # home, not a village
    ("แม่อยู่ที่บ้าน ยายไปบ้านญาติ", "ยายไปบ้านญาติ"),
    ("กลับไปบ้านเพื่อนแล้ว", "บ้านเพื่อน"),
    # a role after a kin title is not a name
    ("ครูที่ปรึกษาบอกว่าเด็กหลับ", "ครูที่ปรึกษา"),
    # a short student number in a school note, dates and scores
    ("ม.3/4 2Q = 1 นัด 18.00 น.", "2Q = 1"),
]

PROVINCE_ALONE = [
    "ลูกชายไปทำงานโรงงานที่ระยอง ส่งเงินมาบ้าง",
    "หนีออกจากบ้านที่กาฬสินธุ์ ตั้งแต่อายุ 15",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_round8_thai_identifier_shape_then_it_is_fully_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_the_round8_shapes_are_ordinary_thai_then_they_survive(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize("text", PROVINCE_ALONE)
def test_when_a_province_is_where_someone_works_or_lives_then_it_is_a_location(analyzer, text):
    """Round 9 policy (replaces round 8's "province alone stays"): in Thai a province name is also
    its town's name, and where someone lives, comes from or works is a LOCATION."""
    assert [t for t, _ in found(analyzer, text) if t == "LOCATION"]


def test_when_a_district_or_address_names_the_province_then_it_is_still_redacted(analyzer):
    text = "ย้ายไปอยู่แม่สอด บ้านเลขที่ 12 หมู่ 4 ต.แม่ปะ อ.แม่สอด จ.ตาก"
    assert covered(analyzer, text, "จ.ตาก")
    assert covered(analyzer, "ย้ายไปอยู่ที่แม่สอด กับน้า", "แม่สอด")



def test_when_a_named_market_ends_in_an_abbreviation_then_the_abbreviation_is_covered_whole(analyzer):
    from tests.redact.helpers import covered

    text = "แม่ขายข้าวแกงที่ตลาดนัดหน้าม.ขอนแก่น ทุกเย็น"
    assert covered(analyzer, text, "ม.ขอนแก่น")


def test_when_a_word_merely_contains_a_platform_name_then_no_handle_is_read_after_it(analyzer):
    from tests.redact.helpers import untouched

    text = "Friday after-work drinking remains the main trigger.\nP: Used motivational interviewing."
    assert untouched(analyzer, text, "trigger.")
