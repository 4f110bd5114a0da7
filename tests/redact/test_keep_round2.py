"""Keep round 2: span edges and frames that took a clinical, service or time word. Each cause
is tested with the kept word in several wordings AND a real identifier in the same frame still
redacted. Synthetic only (invented names and places)."""

from __future__ import annotations

import pytest


def _touched(ents, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start < start + len(value) and start < e.end for e in ents)


def _covered(ents, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start <= start and start + len(value) <= e.end for e in ents)


# --- a Thai place span stops before a time (ตอนสามทุ่ม, ตั้งแต่ตีห้า) and a where-phrase -------
@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ไปทำงานที่ร้านเกมหน้าตลาดตอนสามทุ่ม", "สามทุ่ม"),
        ("เจอกันที่ร้านอาหารหน้าโรงเรียนตอนเย็น", "ตอนเย็น"),
        ("ขายของที่ตลาดหนองบัวตั้งแต่ตีห้า", "ตีห้า"),
        ("ไปช่วยแม่ที่ตลาดบางกระสอตั้งแต่ตีสาม กลับบ้านสาย", "ตีสาม"),
        ("เด็กไปนั่งที่ร้านเกมหลังตลาดตอนเที่ยงคืน", "ร้านเกม"),
    ],
)
def test_thai_place_span_stops_before_time(analyzer, text: str, keep: str) -> None:
    assert not _touched(analyzer.analyze(text), text, keep)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("ขายของที่ตลาดหนองบัวตั้งแต่ตีห้า", "ตลาดหนองบัว"),
        ("ไปรับจ้างที่ตลาดศรีนครใหม่ตั้งแต่ตีสี่ กลับบ้านสาย", "ตลาดศรีนครใหม่"),
        ("ทำงานที่ร้านส้มตำเจ๊มุกตอนเย็นทุกวัน", "ร้านส้มตำเจ๊มุก"),
    ],
)
def test_named_place_before_time_still_redacted(analyzer, text: str, ident: str) -> None:
    assert _covered(analyzer.analyze(text), text, ident)


# --- a law section (พ.ร.บ.… 2546 ม.29) is not a house number and a village ---------------------
@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("แจ้ง พมจ. ตาม พ.ร.บ.คุ้มครองเด็ก 2546 ม.29 แล้ว", "2546 ม.29"),
        ("แจ้งตาม พ.ร.บ.ผู้สูงอายุ 2546 ม.11 วันนี้", "2546 ม.11"),
        ("อ้างอิง พรบ.สุขภาพจิต 2551 ม.22 ผู้ป่วยยินยอม", "2551 ม.22"),
    ],
)
def test_law_section_survives(analyzer, text: str, keep: str) -> None:
    assert not _touched(analyzer.analyze(text), text, keep)


def test_house_number_and_village_still_an_address(analyzer) -> None:
    text = "อยู่บ้านเลขที่ 2546 ม.9 ต.หนองแค อ.เมือง"
    assert _covered(analyzer.analyze(text), text, "2546 ม.9")
    text = "ครอบครัวอยู่ 118 ม.4 ต.โนนสวรรค์ ไม่มีน้ำประปา"
    assert _covered(analyzer.analyze(text), text, "118 ม.4")


# --- a consulting room where the session happens is not where anyone lives ---------------------
@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Family meeting, Rm 3, 10am. Present: Grandma Lek and the class teacher.", "Rm 3"),
        ("Session in Rm 7 at 2pm with the family.", "Rm 7"),
        ("Seen at Student Counselling Rm 204 today, Owen Tremaine attended.", "Rm 204"),
        ("Group session held in room 12 at 3:30 pm.", "room 12"),
    ],
)
def test_consulting_room_survives(analyzer, text: str, keep: str) -> None:
    assert not _touched(analyzer.analyze(text), text, keep)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("He lives in Rm 12 at the Pine Lodge motel since March.", "Rm 12"),
        ("Staying at the hostel, room 31, 10am checkout worries him.", "room 31"),
    ],
)
def test_home_room_still_redacted(analyzer, text: str, ident: str) -> None:
    assert _covered(analyzer.analyze(text), text, ident)


# --- a generic kind of place with no name: ค่ายบำบัด, ตลาดเทศบาล ---------------------------------
@pytest.mark.parametrize(
    ("text", "keep", "ident"),
    [
        ("หลังออกจากค่ายบำบัด นายธีรพงษ์ มีสุขเสมอ กลับบ้าน", "ค่ายบำบัด", "ธีรพงษ์ มีสุขเสมอ"),
        ("จบค่ายบำบัด นางสาวอรอุมา แก้วประเสริฐ เริ่มทำงาน", "ค่ายบำบัด", "อรอุมา แก้วประเสริฐ"),
        ("พ่อไปรับจ้างที่ตลาดเทศบาล ทุกเช้า นายบุญส่ง ทองแท้ เล่า", "ตลาดเทศบาล", "บุญส่ง ทองแท้"),
    ],
)
def test_generic_kind_of_place_survives(analyzer, text: str, keep: str, ident: str) -> None:
    ents = analyzer.analyze(text)
    assert not _touched(ents, text, keep)
    assert _covered(ents, text, ident)


def test_named_camp_still_redacted(analyzer) -> None:
    text = "ส่งไปค่ายลูกเสือวชิราวุธนิมิต ช่วงปิดเทอม"
    assert _touched(analyzer.analyze(text), text, "วชิราวุธนิมิต")


# --- a generic head left alone after a time is cut off names nothing --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "แม่มารับที่โรงเรียนตอนเย็น ส่วนพ่อทำงานที่ตลาดเช้า",
        "พ่อไปส่งน้องที่โรงเรียนตอนเช้า แล้วไปทำงานต่อ",
    ],
)
def test_a_generic_head_left_after_a_time_cut_is_not_redacted(analyzer, text: str) -> None:
    ents = analyzer.analyze(text)
    assert not [e for e in ents if e.type in ("ORGANIZATION", "LOCATION")], ents


def test_a_named_school_before_a_time_is_still_redacted(analyzer) -> None:
    text = "แม่มารับที่โรงเรียนบ้านหนองตะไก้ตอนเย็น"
    assert _covered(analyzer.analyze(text), text, "โรงเรียนบ้านหนองตะไก้")
