"""Session 18 (set 61): Thai places the rules had missed —
- official district and sub-district names that hold a word the gazetteer's builder read as a
  description (อรัญประเทศ holds ประเทศ "country", แก้งสนามนาง holds สนาม): the registered list
  now keeps them, so อ.อรัญประเทศ is a district, not a lecturer อ. named อรัญ;
- a known town glued to "since", "after", "as usual" (ที่พัทยา|ตั้งแต่ปี…, ที่รังสิต|ตั้งแต่…);
- parks, ruins, industrial estates and dams named after their head word (อุทยานประวัติศาสตร์
  ศรีสัชนาลัย, ปราสาทเมืองต่ำ, นิคมอมตะนคร, เขื่อนภูมิพล), while a sand castle stays;
and what must stay: "the community reported" (ชุมชน|รายงานว่า) is no community's name, and a
nickname glued to คือ ("is") ends before it."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เวลา 07.00–10.30 น. พื้นที่ตลาดโรงเกลือ อ.อรัญประเทศ\nผู้ปฏิบัติงาน: นักสังคมสงเคราะห์", "อ.อรัญประเทศ"),
        ("ครอบครัวย้ายมาจาก อ.แก้งสนามนาง เมื่อปีที่แล้ว", "แก้งสนามนาง"),
        ("แม่ไปทำงานร้านนวดที่พัทยาตั้งแต่ปี 2563 ส่งเงินมาเดือนละครั้ง", "พัทยา"),
        ("พ่อไปทำงานก่อสร้างที่รังสิตตั้งแต่น้องอายุ 6 ขวบ", "รังสิต"),
        ("บอกว่าจะไปขายน้ำให้นักท่องเที่ยวที่ปราสาทเมืองต่ำตามปกติ แต่ไม่กลับบ้าน", "ปราสาทเมืองต่ำ"),
        ("ชายคนนี้บอกว่าจะพาไปทำงานโรงงานที่นิคมอมตะนคร ได้เดือนละหมื่นห้า", "นิคมอมตะนคร"),
        ("เปิดร้านซ่อมรถอยู่ตรงทางไปอุทยานประวัติศาสตร์ศรีสัชนาลัย", "อุทยานประวัติศาสตร์ศรีสัชนาลัย"),
        ("พ่อทำงานที่เขื่อนภูมิพลมา 10 ปี", "เขื่อนภูมิพล"),
    ],
)
def test_the_place_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ลูกชอบก่อปราสาททรายที่ชายหาดกับพ่อ", "ปราสาททราย"),
        ("ผู้แทนชุมชนรายงานว่า แม่ของบีมขายโรตีหน้าโรงเรียน", "ชุมชนรายงาน"),
        ("ผู้แทนชุมชนรายงานว่า แม่ของบีมคือ นางซารีนะ หมัดเส็น ขายโรตี", "คือ"),
    ],
)
def test_what_is_no_place_or_name_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
