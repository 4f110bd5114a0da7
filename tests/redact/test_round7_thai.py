"""Round-7 Thai classes: organisations with a branch or campus, บ./บจก./หจก. companies with
spaced transliterated names, province/district offices, a generic unit before a named local body,
public places of a named village, an English building name before its room and soi, bare full
names at a line start or after a colon, names after naming cues with their family name, regional,
Muslim, military/police and monastic titles, royal-lineage family names (ณ อยุธยา) — and the
ordinary phrases with the same shapes that must survive. Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # a branch or campus after an organisation
    ("แม่ทำงาน ธนาคารกสิกรไทย สาขาหนองเรือ มา 5 ปี", "ธนาคารกสิกรไทย สาขาหนองเรือ"),
    ("เรียน ม.นเรศวร วิทยาเขตพะเยา ปี 2", "ม.นเรศวร วิทยาเขตพะเยา"),
    ("ย้ายไป ม.ศิลปากร ศูนย์เพชรบุรี แล้ว", "ม.ศิลปากร ศูนย์เพชรบุรี"),
    ("พ่อกู้เงิน ธ.ก.ส. สาขาโนนสูง ไว้", "ธ.ก.ส. สาขาโนนสูง"),
    # company abbreviations, transliterated names with a space
    ("ทำงานที่ บ.รุ่งทิพย์ขนส่ง มา 2 ปี", "บ.รุ่งทิพย์ขนส่ง"),
    ("HR ของ บ.แปซิฟิก เอ็นจิเนียริ่ง โทรมาแจ้ง", "บ.แปซิฟิก เอ็นจิเนียริ่ง"),
    # province and district offices
    ("ต้องไปรายงานตัวที่สำนักงานคุมประพฤติจังหวัดพิจิตร ทุกเดือน", "สำนักงานคุมประพฤติจังหวัดพิจิตร"),
    ("พ้นโทษจากเรือนจำกลางพิษณุโลก เดือนก่อน", "เรือนจำกลางพิษณุโลก"),
    # a generic unit before a named local body
    ("ครูจากศูนย์พัฒนาเด็กเล็ก อบต.หนองตูม แจ้งว่าเด็กไม่มา", "ศูนย์พัฒนาเด็กเล็ก อบต.หนองตูม"),
    # a public place of a named village
    ("พบตัวที่ศาลาประชาคมบ้านโคกกระเบื้อง ตอนค่ำ", "ศาลาประชาคมบ้านโคกกระเบื้อง"),
    # an English building name straight before a room and a soi
    ("พักที่ Lakeview Park Tower ห้อง 1504 ซ.พหลโยธิน 48 กับแม่", "Lakeview Park Tower ห้อง 1504 ซ.พหลโยธิน 48"),
    # bare full names where a form or list puts a person
    ("ผู้ป่วย: ศิริลักษณ์ ทองประเสริฐวงศ์\nอาการ: เบื่ออาหาร", "ศิริลักษณ์ ทองประเสริฐวงศ์"),
    ("1. อรรถพล ชัยมงคลวัฒน์\n2. นงนุช ศรีบุญเรืองกิจ", "อรรถพล ชัยมงคลวัฒน์"),
    ("1. อรรถพล ชัยมงคลวัฒน์\n2. นงนุช ศรีบุญเรืองกิจ", "นงนุช ศรีบุญเรืองกิจ"),
    ("นักศึกษาชื่อสุรเชษฐ์ พงษ์ธนากิจไพบูลย์ มาขอรับคำปรึกษา", "สุรเชษฐ์ พงษ์ธนากิจไพบูลย์"),
    # regional, Muslim, military/police, monastic titles
    ("ลูกเขยทิดบุญมา ไปทำงานต่างจังหวัด", "บุญมา"),
    ("ครอบครัวขอให้ติดต่อบาบออับดุลรอแม ก่อน", "อับดุลรอแม"),
    ("พ่อเป็นทหาร จ.ส.อ.ธีรวัฒน์ พิมพ์สวัสดิ์ ประจำการภาคใต้", "ธีรวัฒน์ พิมพ์สวัสดิ์"),
    ("ร้อยเวร พ.ต.ท. ชาญณรงค์ อินทรประเสริฐ รับเรื่อง", "ชาญณรงค์ อินทรประเสริฐ"),
    ("พระมหาวีรพงษ์ พาผู้ป่วยมาส่ง", "วีรพงษ์"),
    ("ตำรวจ ส.ต.ท.กฤษดา มีชัยศรี มาสอบปากคำ", "กฤษดา มีชัยศรี"),
    # royal-lineage family names
    ("คุณยาย ม.ร.ว.จันทร์เพ็ญ ศรีธวัช ณ อยุธยา อายุ 90 ปี", "จันทร์เพ็ญ ศรีธวัช ณ อยุธยา"),
    # a short syllable closing a titled given name
    ("นางสาวซาฟีเมาะ ยูโซ๊ะ อายุ 22 ปี", "ซาฟีเมาะ ยูโซ๊ะ"),
]

SURVIVES = [
    # clauses after a titled name are not family names
    ("โทรหานางพิมพา 2 ครั้ง ติดต่อไม่ได้", "ติดต่อไม่ได้"),
    ("แจ้งว่านายสุเมธ ติดธุระ จะมาพรุ่งนี้", "ติดธุระ"),
    ("พระครูสุนทร เจ้าอาวาส เป็นผู้พามา", "เจ้าอาวาส"),
    # generic offices and units, shelters keep their kind
    ("เจ้าหน้าที่สำนักงานคุมประพฤติแนะนำให้หางาน", "สำนักงานคุมประพฤติ"),
    # (a shelter named with its province is an organisation, LABELLING.md; without it, a kind)
    ("รับเข้าบ้านพักเด็กและครอบครัวชั่วคราว 7 วัน", "บ้านพักเด็กและครอบครัว"),
    ("ส่งต่อศูนย์พึ่งได้ รพ.ชัยภูมิ แล้ว", "ศูนย์พึ่งได้"),
    ("เรียนสาขาวิชาจิตวิทยา ม.รามคำแหง", "สาขาวิชาจิตวิทยา"),
    # abbreviations that are not companies
    ("ถูกจับตาม พ.ร.บ.ยาเสพติด ปีที่แล้ว", "พ.ร.บ.ยาเสพติด"),
    ("ค่าแรงวันละ 300 บ. ต่อวัน", "ต่อวัน"),
    # a clause at the start of a line is not a bare name
    ("อาการ: นอนไม่หลับ กินได้น้อย\nแผน: นัดติดตาม 2 สัปดาห์", "นอนไม่หลับ"),
    ("ครูแนะแนว โทรมาแจ้ง\nเด็กไม่มาเรียน", "ครูแนะแนว"),
    # a role in brackets after a name is not a nickname
    ("ติดต่อคุณพรรณี ศรีวงศ์ (นักจิตวิทยา) แล้ว", "นักจิตวิทยา"),
    # a faculty before a university stays readable
    ("นศ. คณะพยาบาลศาสตร์ ม.บูรพา ปี 4", "คณะพยาบาลศาสตร์"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_round7_thai_identifier_shape_then_it_is_fully_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_the_round7_shapes_are_ordinary_thai_then_they_survive(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_text_is_analyzed_then_no_tokenization_outlives_the_call(analyzer):
    """The per-call tokenization memo is dropped after analyze: no client text stays cached."""
    from assistant.redact import thai_lexicon

    analyzer.analyze("นายสมพงษ์ ทองดี อยู่บ้านเลขที่ 5 หมู่ 3")
    assert getattr(thai_lexicon._memo_local, "memo", None) is None
