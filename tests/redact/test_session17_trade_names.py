"""Session 17: a Thai firm or school named by a trade or school word glued at the end of its
name, with no บริษัท, ร้าน or โรงเรียน before it (set 58: the buyer of a family's crop, an
employer, a child's school), is an organisation; the same words inside common nouns stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("แม่ขายข้าวโพดให้เจริญผลพืชไร่ทุกปี ได้ราคาไม่ดี", "เจริญผลพืชไร่"),
        ("พ่อขับรถส่งของให้ทองสุขพาณิชย์ช่วงเช้า ตอนบ่ายว่าง", "ทองสุขพาณิชย์"),
        ("ลูกชายไปฝึกงานที่ ส.รุ่งเรืองการยนต์ ทุกวันเสาร์", "ส.รุ่งเรืองการยนต์"),
        ("สามีเป็นช่างของบางปลาเมทัล ได้รับบาดเจ็บที่มือ", "บางปลาเมทัล"),
        ("Client works night shift for โคราชฟรุ๊ต packing line.", "โคราชฟรุ๊ต"),
        ("นักเรียน ม.3 หนองบัวทองวิทยา มาพบครูแนะแนวเอง", "หนองบัวทองวิทยา"),
        ("เดิมเรียนที่ดอนแก้วพิทยาคม ย้ายมากลางเทอม", "ดอนแก้วพิทยาคม"),
        ("ตอนเย็นไปเรียนพิเศษที่ชายแดนศึกษา ครูที่นั่นใจดี", "ชายแดนศึกษา"),
    ],
)
def test_a_name_ending_in_a_trade_or_school_word_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("เข้าข่าย พ.ร.บ.ป้องกันและปราบปรามการค้ามนุษย์ แจ้งเจ้าหน้าที่แล้ว", "การค้ามนุษย์"),
        ("ได้ทุนการศึกษาจากอำเภอ 5,000 บาท", "ทุนการศึกษา"),
        ("แนะนำให้ติดต่อกระทรวงพาณิชย์เรื่องร้องเรียน", "กระทรวงพาณิชย์"),
        ("กู้เงินจากสหกรณ์การเกษตรมาลงทุน", "สหกรณ์การเกษตร"),
        ("พี่สาวเป็นนักศึกษาปี 2 ส่งเงินให้แม่ทุกเดือน", "นักศึกษา"),
        ("พ่อขับวินมอเตอร์ไซค์หน้าปากซอย", "วินมอเตอร์ไซค์"),
        ("สามีทำงานไซต์ก่อสร้างต่างจังหวัด", "ไซต์ก่อสร้าง"),
    ],
)
def test_the_same_words_in_common_nouns_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_person_named_like_a_school_word_is_a_person(analyzer):
    text = "คุณวิทยา มาพบตามนัด เล่าว่านอนไม่หลับ"
    spans = found(analyzer, text)
    assert ("PERSON", "คุณวิทยา") in spans or ("PERSON", "วิทยา") in spans, spans
