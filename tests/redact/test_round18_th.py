"""Round-18 Thai frames (from opened set 14), written before the code: a chat display name with
emoji before the colon; ครู + a nickname glued to a leave verb and บัง + a name glued to a blow;
a kin-titled name with an unknown family name after a space; a roster line after a dash with the
real name in brackets, and a transliterated name + นะครับ; Shan names (จาย/ส่าง + syllable),
ลุงคำ + syllable, and names closed by คำ; ชุมชนบ้าน + village; แพปลา + name and ท่าเรือ + name.
Precision: a kind word + clause (แจ้งมูลนิธิทันทีหาก…), สามเณร + name + a verb phrase, Chinese-Thai
kin words (อาปา, อาม้า), and ordinary clauses after a kin-titled name. Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("นายท้ายเรือชื่อประเสริฐ ดุด่าลูกเรือทุกวัน", "ประเสริฐ"),
    # (lead, after the round) regressions the round's keep rules caused on opened sets
    ("สรุปประชุม สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดพะเยา วันที่ 3 ก.ย.", "สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดพะเยา"),
    # chat display names and self-introductions
    ("[LINE กลุ่มห้อง 22:05 น.]\nแตงไทย🍉: พี่คะ หนูแตงไทยค่ะ\nแตงไทย🍉: ไม่กล้ากลับบ้าน\nครู: อยู่ไหนคะ", "แตงไทย"),
    # a title, then a name glued to what only a person does
    ("- ครูเอื้องลาป่วย ฝ่ายปกครองจัดครูแทน", "เอื้อง"),
    ("- ครูปุ๊กลาคลอด สองเดือน", "ปุ๊ก"),
    ("ไต้ก๋งชื่อบังซาฟีอีตีที่หลัง", "ซาฟีอี"),
    # kin + name + an unknown family name
    ("อยู่กับยายบุญปลูก ตะวันนา แบบประเมิน 2Q ได้ 0", "บุญปลูก ตะวันนา"),
    # roster lines
    ("กลุ่มบำบัด 10.00–11.30 น. — ข้าวโพดครับ (อนุรักษ์ ทองสุขศรี) ทำงานอู่\nปีเตอร์นะครับ บอกว่านอนไม่หลับ", "ข้าวโพด"),
    ("กลุ่มบำบัด 10.00–11.30 น. — ข้าวโพดครับ (อนุรักษ์ ทองสุขศรี) ทำงานอู่\nปีเตอร์นะครับ บอกว่านอนไม่หลับ", "อนุรักษ์ ทองสุขศรี"),
    ("กลุ่มบำบัด 10.00–11.30 น. — ข้าวโพดครับ (อนุรักษ์ ทองสุขศรี) ทำงานอู่\nปีเตอร์นะครับ บอกว่านอนไม่หลับ", "ปีเตอร์"),
    # Shan and Northern names
    ("เด็ก: ด.ช.จายแสง (ไม่มีนามสกุล) อายุประมาณ 7 ขวบ", "จายแสง"),
    ("ตาของเด็กชื่อลุงคำปัน มาจากเมืองยอน", "คำปัน"),
    ("ลูกชายอ้ายแสงคำไปทำงานลำพูน", "แสงคำ"),
    ("ตาของเด็กชื่อลุงคำปัน มาจากเมืองยอน ฝั่งพม่า", "เมืองยอน"),
    # communities, piers and fish docks
    ("อาศัยอยู่ชุมชนบ้านโคกพะยอม อ.ละแม กับแม่", "ชุมชนบ้านโคกพะยอม"),
    ("ทำงานที่แพปลาเจริญสมุทร ท่าเรือบ้านแหลม โทรจาก 089-223-4411", "แพปลาเจริญสมุทร"),
    ("ทำงานที่แพปลาเจริญสมุทร ท่าเรือปากคลองขุด โทรจาก 089-223-4411", "ท่าเรือปากคลองขุด"),
]

SURVIVES = [
    # (lead) a role word that starts with the title นาย: the boat's skipper, the bail bondsman
    ("ลูกเรือเล่าว่านายท้ายเรือไม่ให้ขึ้นฝั่ง", "นายท้ายเรือ"),
    ("นายท้ายเรือชื่อประเสริฐ ดุด่าลูกเรือทุกวัน", "นายท้ายเรือ"),
    ("ติดต่อนายประกันเรื่องเงินประกันตัว", "นายประกัน"),
    ("ขอให้ครูแจ้งมูลนิธิทันทีหากพ่อเลี้ยงมาที่โรงเรียน", "ทันทีหากพ่อเลี้ยงมาที่โรงเรียน"),
    ("ถูกตีโดยแม่เลี้ยง จึงขอให้ครูแจ้งมูลนิธิเมื่อแม่เลี้ยงมา", "เมื่อแม่เลี้ยงมา"),
    ("2) สามเณรภูมิ ติดมือถือ นอนดึก", "ติดมือถือ"),
    ("ตาของเด็กชื่อลุงคำปัน มาจากเมืองยอน", "มาจาก"),
    ("แม่ (อาม้า) ยังไม่รู้เรื่องหนี้", "อาม้า"),
    ("พ่อ (อาปา) ไม่รู้", "อาปา"),
    ("ยายมาลี ไม่สบายมาก", "ไม่สบายมาก"),
    ("พ่อโมโหตีแม่บ่อย", "โมโห"),
    ("ต้องช่วยพ่อกรีดยางตี 2 ทุกวัน", "กรีดยาง"),
    ("ครูใหญ่ลาป่วย วันนี้", "ใหญ่ลาป่วย"),
    ("ไปรอที่ท่าเรือตั้งแต่เช้า", "ท่าเรือตั้งแต่เช้า"),
    ("ลงพื้นที่ชุมชนบ้านเราไม่มีใครช่วย", "ชุมชนบ้านเรา"),
    ("อยากไปทำงานเมืองนอก ประเทศเกาหลี", "เมืองนอก"),
    ("วันนี้นะครับ ไม่มีอะไร\nดีค่ะ ไปต่อ", "วันนี้"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round18_thai_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_a_round18_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_titled_name_is_followed_by_a_verb_phrase_then_the_span_stops_at_the_name(analyzer):
    text = "3) สามเณรภูมิ ติดมือถือ เล่นเกมทั้งคืน"
    assert covered(analyzer, text, "ภูมิ")
    assert not any("ติด" in e.text for e in analyzer.analyze(text))
