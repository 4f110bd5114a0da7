"""Thai names written with no title: found by their slot (apposition, lists, reporting subject)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ลูกชาย ก้อง ไม่ยอมไปโรงเรียน", "ก้อง"),  # kin noun, space, lone word
        ("เพื่อนสนิท แบม ชวนไปเที่ยว", "แบม"),
        ("ลูกสาวคนโต ส้มโอ อายุ 15", "ส้มโอ"),  # kin noun + modifier
        ("ผู้เข้าร่วม: เจน, หมิว, กาย และ ป๊อป", "ป๊อป"),  # group list, last item
        ("ผู้เข้าร่วม: เจน, หมิว, กาย และ ป๊อป", "หมิว"),
        ("เพื่อนในห้อง ต้นกล้า กับ ภูผา แกล้งบ่อย", "ภูผา"),  # joined by กับ to a found name
        ("ภรรยา คุณสุนิสา ทองมาก (ปุ้ม) มาด้วย", "คุณสุนิสา ทองมาก"),  # คุณ + family name
        ("ผู้รับบริการ Mr. Kevin Hart (เควิน) อายุ 40", "เควิน"),  # Thai spelling after a Latin name
        ("มาด้วยกันสองคน ส้ม 9 ขวบ ชอบวาดรูป", "ส้ม"),  # a lone word described by an age
        ("ฝน (ลูกสาว) มาด้วย", "ฝน"),  # a lone word with a bracketed relation
    ],
)
def test_when_thai_name_has_no_title_then_its_slot_finds_it(analyzer, text: str, name: str) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("แม่บอกว่าลูกชาย ไม่ยอมไปโรงเรียน", "ไม่ยอม"),  # a clause after the kin noun
        ("พ่อชวนไปวัด แม่บอกว่าดีขึ้น", "พ่อชวน"),
        ("ตาเหลือง ปัสสาวะสีเข้ม", "ตาเหลือง"),
        ("ไปงานเลี้ยงกับเพื่อน กล่าวว่า \"ปฏิเสธไม่เป็น\"", "กล่าวว่า"),
        ("อาการ: ซึม, เบื่ออาหาร, นอนไม่หลับ", "เบื่ออาหาร"),  # a list of symptoms, not people
        ("ลูกสาว คนโต เรียนปี 2", "คนโต"),
        ("อยู่กรุงเทพฯ กับลูก", "กรุงเทพฯ"),
        ("สามี ตกงาน ตั้งแต่ ม.ค.", "ตกงาน"),  # a predicate after the kin noun
        ("แฟน นอกใจ ผรบ. เสียใจ", "นอกใจ"),
        ("ซึมเศร้า (2 ปี) กินยา sertraline", "ซึมเศร้า"),  # a duration, not an age
        ("เบาหวาน 10 ปี ความดัน 5 ปี", "เบาหวาน"),
        ("วันนี้เล่าว่าสบายดี", "วันนี้"),
    ],
)
def test_when_words_only_look_like_a_name_slot_then_they_survive(analyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_when_thai_institution_is_shortened_with_paiyannoi_then_it_is_an_organization(analyzer) -> None:
    ents = analyzer.analyze("ผรบ. เรียนปี 2 ที่ธรรมศาสตร์ฯ เคยรักษาที่ รามาฯ")
    assert {e.text for e in ents if e.type == "ORGANIZATION"} >= {"รามาฯ"}


def test_when_bare_name_is_found_then_later_mentions_are_redacted_too(analyzer) -> None:
    text = "น้องสาว ขิม อายุ 9 ขวบ\nขิมบอกว่ากลัวความมืด"
    covered = [e for e in analyzer.analyze(text) if "ขิม" in e.text]
    assert len(covered) == 2
