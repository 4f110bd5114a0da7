"""Session 14: a Thai body named after a person, a temple or a place (กองทุนแม่ดอกรัก,
ธนาคารกายอุปกรณ์วัดศรีมงคล, สมาคมนักศึกษาไทยในมาเลเซีย) is one organisation: the rules found only the
name inside it, and the body's own words were left beside the placeholder."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ประชุมกองทุนยายบุญเรือน ทุกเดือน", "กองทุนยายบุญเรือน"),
        ("ยืมรถเข็นจากธนาคารกายอุปกรณ์วัดโพธิ์งาม ได้แล้ว", "ธนาคารกายอุปกรณ์วัดโพธิ์งาม"),
        ("ได้ข้าวกล่องจากครัวชุมชนป้าสมจิตร ทุกเย็น", "ครัวชุมชนป้าสมจิตร"),
    ],
)
def test_a_body_named_after_someone_is_one_organisation(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ไปวัดกับยายสมศรีทุกวันพระ", "ไปวัดกับ"),
        ("เข้ากลุ่มเพื่อนของน้องแพรวแล้ว", "กลุ่มเพื่อนของ"),
    ],
)
def test_a_clause_between_the_kind_word_and_the_name_stays(analyzer, text, kept):
    k = text.find(kept)
    assert not any(e.start < k + len(kept) and k < e.end for e in analyzer.analyze(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ตัวแทนสหภาพแรงงานโรงแรมริมหาดกะตะ มาร่วมด้วย", "สหภาพแรงงานโรงแรมริมหาดกะตะ"),
        ('น้องถูกพาไปทำงานร้านคาราโอเกะ "ดาวประกาย" ตั้งแต่ปีที่แล้ว', 'ร้านคาราโอเกะ "ดาวประกาย"'),
    ],
)
def test_a_body_takes_its_abbreviated_head_and_its_closing_quote(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
