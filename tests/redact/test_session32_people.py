"""Session 32: Thai names in two shapes the rules had let go.

- A name in quotes after giving it (ผู้หญิงบอกชื่อ "ดวงตะวัน", ใช้ชื่อ "ต้นตาล"): the quote and the
  verb said it was what the caller is called, as ชื่อว่า "…" already did; both names are also
  ordinary words ("sun", "palm tree").
- A hyphenated family name in Thai letters (ดร.คอลิด อัล-ฟัยยูมี): the part after the hyphen had
  been cut at a piece that is also a word (…ยู|มี "to have").
- A full name found with its title, named again without it and glued to the next clause (ด.ช.เฮง
  ดารา … พี่ชายของเฮง ดาราอีกครั้ง), and a family name glued after a side of the family (ญาติฝั่ง
  ทองนาคคนอื่น): whose relatives they are."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ('โทรมาจากเบอร์แปลก ผู้หญิงบอกชื่อ "ดวงตะวัน" พูดลาวปนไทย', "ดวงตะวัน"),
    ('พนักงานชายบอกชื่อ "ต้นตาล" ทำงานแผนก security', "ต้นตาล"),
    ("ไปโรงพยาบาลเอกชน หมอชื่อ ดร.คอลิด อัล-ฟัยยูมี บอกว่าเป็นไทฟอยด์", "ดร.คอลิด อัล-ฟัยยูมี"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_name_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


AGAIN = [
    ("2) ด.ช.เฮง ดารา อายุ 13 ปี ขายของในตลาด\n- นัดคุยกับพี่ชายของเฮง ดาราอีกครั้งวันเสาร์", "เฮง ดาราอีก", "เฮง ดารา"),
    ("บุตรชาย นายสมศักดิ์ ทองนาค ดื่มสุราทุกวัน\nญาติฝั่งทองนาคคนอื่นไม่มีใครกล้าห้าม", "ฝั่งทองนาค", "ทองนาค"),
]


@pytest.mark.parametrize(("text", "around", "value"), AGAIN)
def test_a_name_found_once_is_found_again(analyzer, text, around, value):
    at = text.find(around) + around.find(value)
    assert any(e.start <= at and at + len(value) <= e.end for e in analyzer.analyze(text)), found(analyzer, text)
