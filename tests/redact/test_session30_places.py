"""Session 30: Thai places and bodies named the way northern and southern notes name them.

แม่ "river" opens a landmark's name in the north (ถ้ำแม่อุสุ, น้ำตกแม่สุริน) — but a child still
clings to its mother (เกาะแม่) and ดอยแม่ alone is the mountain and the mother; a mosque's or a
temple's sub-district after a space, glued to the rest of the sentence (มัสยิดดารุลอามาน ทุ่งใส|
อยู่ด้วย); a shop called after its owner by a kin word (ร้านแม่ศรี, ร้านพี่ต้อมคาร์แคร์); a district or
sub-district written short and glued after any word of a run-on note (โรงโม่ต.ทับกวาง, มาอ.นากลาง —
a district that is also a given name too, มาจากอ.พิชัย) but not inside an abbreviation (อบต., ผอ.);
a plate with its province wherever it stands (๓๐-๗๒๑๙ มุกดาหาร; 12-2568 is a month); a camp or a
pier named by its village (แคมป์คนงานบ้านหนองจิก); ต.ค. is October, not a sub-district; the health
station by its old name before its village (อนามัยซับตะเคียน; อนามัยเจริญพันธุ์ is a kind of health);
a document's series letters before its number (BK 0391728); a market named by its town
(ตลาดกุ้งมหาชัย, ตลาดหลังสวน; ตลาดใกล้บ้าน and ผักกาด stay). Dropping by is no name after a role
(อสม.แวะดู), nor "around" after a kin word (ภรรยา|รอบบึง…).

English: a form's place field (District: Bayanzürkh, Village: Paradise, Area: Twinbrook shops,
Displaced from: Batibo) — a loose label (Area, Venue) only before a word no dictionary knows, so
"Area: Safeguarding" and "Venue: Home visit" stay; Maltese and Romanian letters inside a place's
or a person's name (in Ħamrun, from Bălți, Ștefan Mureșan)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("lives with mother in a bamboo hut below ถ้ำแม่อุสุ.", "ถ้ำแม่อุสุ"),
    ("บ้านอยู่ใกล้ถ้ำแม่อุสุ ไปเที่ยวน้ำตกแม่สุรินกับเพื่อน", "ถ้ำแม่อุสุ"),
    ("บ้านอยู่ใกล้ถ้ำแม่อุสุ ไปเที่ยวน้ำตกแม่สุรินกับเพื่อน", "น้ำตกแม่สุริน"),
    ("ยอมพูดคุยเมื่อมีผู้นำศาสนาจากมัสยิดดารุลอามาน ทุ่งใสอยู่ด้วย OAS = ๖", "มัสยิดดารุลอามาน ทุ่งใส"),
    ("ยายพาไปวัดป่าสันติธรรม หนองบัวทุกเช้า", "วัดป่าสันติธรรม หนองบัว"),
    ("แม่ทำงานที่ร้านแม่ศรีข้าวแกง ตั้งแต่ปีที่แล้ว", "ร้านแม่ศรี"),
    ("ทำงานร้านพี่ต้อมคาร์แคร์ ได้วันละ ๓๕๐", "ร้านพี่ต้อมคาร์แคร์"),
    ("ถูกสายพานดึงแขนที่โรงโม่ต.ทับกวาง → open fracture", "ต.ทับกวาง"),
    ("ยายเก็บเงินไม่พอค่ารถสองแถวมาอ.นากลางเลยให้น้องช่วยตัดอ้อย", "อ.นากลาง"),
    ("คนที่ 2: 17 ปี (เด็ก) มาจากอ.พิชัย เลขบัตร", "อ.พิชัย"),
    ("ครอบครัวกะเหรี่ยง มาจากบนดอยของต.แก่นมะกรูด ลงมาพักบ้านญาติ", "ต.แก่นมะกรูด"),
    ("ทะเบียนรถตู้ที่ใช้รับส่ง ๓๐-๗๒๑๙ มุกดาหาร ยังไม่ได้ตรวจสอบ", "๓๐-๗๒๑๙ มุกดาหาร"),
    ("คนงาน 11 คน อยู่แคมป์คนงานบ้านหนองจิกในสวน", "แคมป์คนงานบ้านหนองจิก"),
    ("ลงเรือที่ท่าเรือประมงบ้านคลองโคน ตอนเช้า", "ท่าเรือประมงบ้านคลองโคน"),
]


FOUND += [
    ("แม่ขายของที่ตลาดหลังสวน ทุกเช้า", "ตลาดหลังสวน"),
    ("ทำงานที่ตลาดกุ้งมหาชัยมาสองปี", "ตลาดกุ้งมหาชัย"),
    ("ไปเดินตลาดเก่าเยาวราชกับเพื่อน", "ตลาดเก่าเยาวราช"),
    ("แผนคือประสานอนามัยซับตะเคียนให้อสม.แวะดูยาย", "อนามัยซับตะเคียน"),
    ("ไปสถานีอนามัยบ้านโคกให้อสม.แวะดู", "สถานีอนามัยบ้านโคก"),
    ("เอกสาร: หนังสือผ่านแดน BK 0391728 (หมดอายุ ๓๐ วันแล้ว)", "BK 0391728"),
    ("| 7 | Ko Aung Myo Thu | CI DB 0471826 / บัตรชมพู 0075044518387 |", "DB 0471826"),
    ("แฟนทำงานกรีนวัลเลย์ รีสอร์ทริมถนนไปน้ำตก ใช้ LINE", "กรีนวัลเลย์ รีสอร์ท"),
    ("พักหอดีดีเพลส องครักษ์ ห้องข้างเพื่อนสนิท", "หอดีดีเพลส องครักษ์"),
    ("Date 08/11, 10:30-11:40. District: Bayanzürkh, ger area on the hill.", "Bayanzürkh"),
    ("Client: Mrs E.C., 82, widow. Village: Paradise, near Grenville.", "Paradise"),
    ("Area: Twinbrook shops -> Colin Glen -> Kennedy Centre car park", "Twinbrook"),
    ("Displaced from: Batibo (2019) -> Muea (2019-22)", "Batibo"),
    ("Friday prayers at the prayer room in Ħamrun; classes on Tuesday.", "Ħamrun"),
    ("Household: V.C. (F, 39). From Bălți, Moldova; arrived 2019.", "Bălți"),
    ("Ștefan Mureșan came with his mother to the clinic.", "Ștefan Mureșan"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_place_or_body_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("หนูเกาะแม่ตลอดเวลาที่มาโรงพยาบาล", "เกาะแม่"),
    ("ขึ้นดอยแม่ไม่ไปด้วย เพราะปวดเข่า", "ดอยแม่"),
    ("เรียนที่โรงเรียนบ้านนา ดีมากเลย ครูใจดี", "ดีมาก"),
    ("ร้านแม่ค้าขายผักปิดเร็ว", "แม่ค้า"),
    ("นัดครั้งหน้า 12-2568 เชียงใหม่ ที่ห้องประชุม", "12-2568"),
    ("พ่อแม่ย้ายมาจากบ้านน้ำเค็มเมื่อ ต.ค. ประสานโรงเรียน", "ต.ค."),
    ("ติดต่อแล้ว ผอ.สมชายรับเรื่องไว้", "ผอ."),
    ("ทำงานที่บ้านสวน รีสอร์ท ตั้งแต่ปีที่แล้ว", "บ้านสวน"),
    ("ไปพัก รีสอร์ท ริมน้ำกับครอบครัว", "รีสอร์ท"),
    ("ไปตลาดใกล้บ้านทุกวัน ซื้อผักกาดดอง", "ตลาดใกล้บ้าน"),
    ("ไปตลาดใกล้บ้านทุกวัน ซื้อผักกาดดอง", "ผักกาดดอง"),
    ("แม่ขายผักที่ตลาดสดในเมืองทุกเช้า", "ตลาดสดในเมือง"),
    ("ความรู้ด้านอนามัยเจริญพันธุ์และการคุมกำเนิด", "อนามัยเจริญพันธุ์"),
    ("ไปสถานีอนามัยบ้านโคกให้อสม.แวะดูยาย", "อสม.แวะ"),
    ("เคยถือมีดไล่ภรรยารอบบึงสีไฟ ตอนเมา", "รอบบึง"),
    ("Venue: Home visit\nArea: Safeguarding\nArea: Housing", "Safeguarding"),
    ("Venue: Home visit\nArea: Safeguarding\nArea: Housing", "Home"),
    ("Venue: Home visit\nArea: Safeguarding\nArea: Housing", "Housing"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
