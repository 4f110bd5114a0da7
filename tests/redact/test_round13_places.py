"""Round-13 Thai place frames: a village or area named by a topographic head (ทุ่ง, ควน, ผา, ปาก,
โคก, หนอง…) after a place frame with no place word before it (อยู่ดอนแก้วเหนือกับยาย), a trailing
direction/age word that belongs to the name (ศศช.X ใหม่), a flat or a dorm named between หอ and
แมนชั่น, a district written อ.X after a place frame (not อ. = อาจารย์ before a person), a soi
with its แยก number inside one address run, and a village after แถว. Precision: the same heads
as ordinary words (ทุ่งนา, ท่าน้ำ, ป่าช้า, ห้องน้ำ, อยู่บ้านคนเดียว), a role made with ชุมชน
(ผู้นำชุมชน), a verb after an Arabic-named body, เลิกแถว (assembly over) before a role word, and a
national complaints centre with no place. Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # place frame + topographic head + name (+ direction/age word)
    ("ตอนนี้ไปอยู่กับป้าที่โป่งแยงนอก เพราะพ่อดื่มหนัก", "โป่งแยงนอก"),
    ("ยายอยู่ดอนแก้วเหนือกับหลานสองคน", "ดอนแก้วเหนือ"),
    ("บ้านอยู่หนองบัวแดงใหม่ เดินไปโรงเรียนไกล", "หนองบัวแดงใหม่"),
    ("อยู่ปากพะยูนกับพี่สาว ทำประมง", "ปากพะยูน"),
    ("ครอบครัวย้ายมาจากแก่งเสือเต้นเมื่อปีก่อน", "แก่งเสือเต้น"),
    ("บ้านอยู่โคกสำราญงาม ใกล้ตลาดนัด", "โคกสำราญงาม"),
    ("หนีไปอยู่ดอยผาส้ม ไม่กลับบ้านสามวัน", "ดอยผาส้ม"),
    # Malay landform heads in the far south (kampung, bukit, tanjung)
    ("ตอนนี้อยู่บูเก๊ะตาเวกับน้า", "บูเก๊ะตาเว"),
    ("บ้านอยู่กำปงบารู ใกล้มัสยิด", "กำปงบารู"),
    # a body's name keeps its trailing ใหม่/เหนือ
    ("ติดต่อผ่านครูที่ ศศช.ห้วยหินลาดใน", "ศศช.ห้วยหินลาดใน"),
    ("เด็กเรียนที่ รร.บ้านนาเกลือใหม่ ชั้น ป.4", "รร.บ้านนาเกลือใหม่"),
    # flats and dorms
    ("นอนที่แฟลตดินแดงกับน้า", "แฟลตดินแดง"),
    ("เช่าห้องอยู่หอพวงแสดแมนชั่นคนเดียว", "หอพวงแสดแมนชั่น"),
    # district abbreviation after a place frame
    ("แม่ไปทำงานที่ อ.ท่าศาลา ส่งเงินมาบ้าง", "อ.ท่าศาลา"),
    ("ย้ายไปอยู่อ.บ้านโป่งกับตา", "อ.บ้านโป่ง"),
    # a soi with its แยก number is one address
    (
        "บ้านเลขที่ 8/21 ซอยเพชรเกษม 69 แยก 12 แขวงหลักสอง เขตบางแค กรุงเทพฯ 10160",
        "บ้านเลขที่ 8/21 ซอยเพชรเกษม 69 แยก 12 แขวงหลักสอง เขตบางแค กรุงเทพฯ 10160",
    ),
    # a village after แถว
    ("ทำงานร้านเหล็กแถวบ้านมะขามเตี้ย ยายรู้", "บ้านมะขามเตี้ย"),
    # a well-known market area
    ("แม่ขายของในพาหุรัดทุกวัน", "พาหุรัด"),
]

SURVIVES = [
    ("ยายอยู่บ้านคนเดียวทั้งวัน", "อยู่บ้านคนเดียว"),
    ("พ่อไปทุ่งนาแต่เช้า กลับมาเย็น", "ทุ่งนา"),
    ("ลุงล้มตอนอยู่ห้องน้ำ", "ห้องน้ำ"),
    ("เด็กชอบไปท่าน้ำหลังเลิกเรียน", "ท่าน้ำ"),
    ("เมาแล้วไปนอนอยู่ป่าช้าหลังวัด", "ป่าช้า"),
    ("อยู่ป่ากับพ่อตอนหน้าฝน", "ป่า"),
    ("บ้านอยู่ใกล้ตลาด เดินได้", "ใกล้ตลาด"),
    ("แม่ไปนาเช้าๆ กลับมาทำกับข้าว", "นา"),
    ("คุยกับผู้นำชุมชนเรื่องทุนการศึกษา", "ผู้นำชุมชน"),
    ("ประธานชุมชนเรื่องน้ำท่วมมาแจ้ง", "ประธานชุมชน"),
    ("ครูที่ตาดีกานูรุลยากีนเห็นแผลที่แขน", "แผลที่แขน"),
    ("หลังเลิกแถว ครูเวรพาไปห้องพยาบาล", "ครูเวร"),
    ("แนะนำให้ร้องเรียนศูนย์ดำรงธรรม", "ศูนย์ดำรงธรรม"),
    ("ปรึกษา อ.สมหญิง ที่ปรึกษา", "ที่ปรึกษา"),
    ("ไปที่ อ.ที่ปรึกษาแล้ว", "ที่ปรึกษา"),
    ("พบแผลที่ปากมดลูก ส่งตรวจ", "ปากมดลูก"),
    ("อบรมที่โคกหนองนาโมเดลของอำเภอ", "โคกหนองนาโมเดล"),
    ("ที่บางคนบอกว่าไม่จริง", "บางคน"),
    ("คนแถวบ้านเรียกว่าไอ้ตี๋", "บ้านเรียกว่า"),
    ("ย้ายไปอยู่แฟลตตำรวจกับพ่อ", "แฟลตตำรวจ"),
]

#: The district abbreviation is also อาจารย์: a lecturer's name after it is a person, not a place.
LECTURER = [("นัดคุยที่ อ.ศิริพร ห้องพักครู", "ศิริพร")]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_place_sits_in_a_round13_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_only_resembles_a_place_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), LECTURER)
def test_when_a_lecturer_is_named_after_a_place_frame_then_no_place_is_reported(analyzer, text, value):
    assert all(e.type != "LOCATION" for e in analyzer.analyze(text) if value in e.text)


def test_when_the_complaints_centre_has_its_province_then_it_is_an_organisation(analyzer):
    text = "ส่งเรื่องไปศูนย์ดำรงธรรมจังหวัดลำพูนแล้ว"
    assert covered(analyzer, text, "ศูนย์ดำรงธรรมจังหวัดลำพูน")
