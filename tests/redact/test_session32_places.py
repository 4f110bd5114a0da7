"""Session 32: towns and districts glued to the clause after them.

A run-on Thai note glues the next clause straight onto a town's name (ทำงานอยู่มหาชัยโทรไปแล้ว,
ไปเลี้ยงช้างที่พัทยาเลยลงไป): the town is a whole word there, which the tokenizer tells; only a
short list of linking words used to count as its end, so the town was left in the clear. A town
reached "by way of" it (เข้ามาทางแม่สอด) is a place too, unless its name is also a word: ทางดินแดง is
"the red-earth track". A village quarter of the northeast is named คุ้ม + a landform-headed name
(คุ้มหนองไผ่ล้อม); คุ้มครอง "protect" and คุ้มค่า "worth it" name none."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ลูกสาวชื่อน้ำฝนทำงานอยู่มหาชัยโทรไปแล้วบอกว่าจะกลับมาช่วงสงกรานต์", "มหาชัย"),
    ("ได้ข่าวว่าตามลุงไปเลี้ยงช้างที่พัทยาเลยลงไปเยี่ยมบ้าน", "พัทยา"),
    ("ลูกชายคนโตไปทำงานอยู่ศรีราชาส่งเงินมาเดือนละสามพัน", "ศรีราชา"),
    ("พี่สาวทำงานโรงแรมที่หัวหินโทรมาถามอาการทุกอาทิตย์", "หัวหิน"),
    ("ปี 2560 ลักลอบกลับเข้ามาทางแม่สอด เสียค่านายหน้า 15,000 บาท", "แม่สอด"),
    ("พ่อขับรถส่งของทางอรัญประเทศทุกคืน", "อรัญประเทศ"),
    # a village quarter of the northeast by its landform-headed name
    ("ยายอยู่บ้านหลังสุดท้ายของคุ้มหนองไผ่ล้อม ติดทุ่งนา", "คุ้มหนองไผ่ล้อม"),
    ("เด็กสองพี่น้องอยู่ ม.11 คุ้มโนนสะอาด หลังโรงสี", "คุ้มโนนสะอาด"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_town_glued_to_the_next_clause_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("บ้านอยู่ก่อนถึงด่านตรวจ เลี้ยวขวาทางดินแดงไปอีกสองกิโล", "ดินแดง"),
    ("ศูนย์ต้องคุ้มครองเด็กก่อน คุ้มค่ากว่าส่งไปไกล", "คุ้ม"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_a_listed_name_that_is_also_a_word_stays_after_way(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


HOME_TOWNS = [
    ("ภูมิลำเนาเดิม: เมืองสาด ต่อมาย้ายไปอยู่ท่าขี้เหล็ก", "เมืองสาด"),
    ("ภูมิลำเนาเดิม: ตองจี ข้ามมาตั้งแต่อายุ 15", "ตองจี"),
    ("สัญชาติ: เมียนมา\nภูมิลำเนาเดิม: เมืองพะสิม เขตอิรวดี\nหนังสือเดินทาง: -", "เมืองพะสิม เขตอิรวดี"),
]


@pytest.mark.parametrize(("text", "value"), HOME_TOWNS)
def test_a_home_town_field_names_a_place(analyzer, text, value):
    """Session 32 — a form's home-town field says its value is a place, with no cue in the value."""
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_home_town_field_that_names_no_place_stays(analyzer):
    text = "ภูมิลำเนา: ไม่ทราบ ครูประจำชั้นจะสอบถามเพิ่ม"
    assert untouched(analyzer, text, "ไม่ทราบ"), found(analyzer, text)


LISTED_TOWNS = [
    ("แม่ไปทำงานที่สันกำแพง ส่งเงินมาเดือนละสองพัน", "สันกำแพง"),
    ("ตาเป็นคนขุขันธ์ ย้ายมาจากขุขันธ์ตั้งแต่หนุ่ม", "ขุขันธ์"),
    ("อิสมาแอ อายุ 24 ทำงานอยู่มาเลย์\n09:30 ผญบ.มาแจ้ง", "มาเลย์"),
]


@pytest.mark.parametrize(("text", "value"), LISTED_TOWNS)
def test_a_listed_town_after_a_strong_frame_is_found(analyzer, text, value):
    """Session 32 — a district the gazetteer lists, where someone works, moved from or lives, had
    been read only when a short list of towns held it; Malaysia as the far south says it too."""
    assert covered(analyzer, text, value), found(analyzer, text)


def test_malay_as_a_language_stays(analyzer):
    text = "ยายพูดภาษามาเลย์กับหลาน คนมาเลย์ในหมู่บ้านช่วยแปล"
    assert untouched(analyzer, text, "มาเลย์"), found(analyzer, text)


@pytest.mark.parametrize(("text", "word"), [
    ("พ่อไปทำงานที่ไร่อ้อยกับลุงทุกปี", "ไร่อ้อย"),
    ("แม่ทำงานอยู่สวนส้มของนายจ้าง", "สวนส้ม"),
    ("ตอนนี้อยู่ที่ในเมืองกับน้า", "ในเมือง"),
])
def test_a_farm_of_a_crop_or_in_town_is_no_listed_town(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
