"""Session 14: a place written as its parts side by side (a village, then its district; a town,
then its state; a body, then its district) is one identifier and one span, so it becomes one
placeholder and no separator is left between two. Half the misses on text by unseen authors were
identifiers found only in pieces (aggregate of the blind sets, no value read)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her parents still live in Ban Phon Hong, Xaythany District and call on Sundays.", "Ban Phon Hong, Xaythany District"),
        ("Moved to Dayton, Ohio with her aunt last spring.", "Dayton, Ohio"),
        ("ภูมิลำเนา บ้านนาทราย เมืองปากซัน แขวงบอลิคำไซ", "บ้านนาทราย เมืองปากซัน"),
        ("Referred by the Lao Youth Union, Chanthabouly District on 3 May.", "Lao Youth Union, Chanthabouly District"),
    ],
)
def test_a_place_written_in_parts_iscovered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_two_places_joined_by_a_word_stay_two(analyzer):
    text = "He moved from Dayton, Ohio to Lagos and then to Kano last year."
    ents = [e.text for e in analyzer.analyze(text)]
    assert not any("Lagos" in e and "Kano" in e for e in ents), ents


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("His sister sews at the Saeng Thong garment factory, six days a week.", "Saeng Thong garment factory"),
        ("They meet in the back room of Pa Wan's noodle shop on Sundays.", "Pa Wan's noodle shop"),
        ("Dad picks at the Kanyawat Orchard durian farm near the border.", "Kanyawat Orchard durian farm"),
    ],
)
def test_a_named_business_takes_its_lower_case_kind(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_clause_between_a_name_and_a_shop_is_not_taken(analyzer):
    text = "Mr Somchai went to the noodle shop after group."
    ents = [e.text for e in analyzer.analyze(text)]
    assert not any("shop" in e for e in ents), ents


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("met the boys at Chalerm Phra Kiat riverside market, Sat.", "Chalerm Phra Kiat riverside market"),
        ("his family came from Tham Hin camp in 2009", "Tham Hin camp"),
    ],
)
def test_a_named_place_takes_its_lower_case_kind(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "village", "district"),
    [
        ("มาจากบ้านโนนสวรรค์อ.ท่าตูม ตอนนี้อยู่กับยาย", "บ้านโนนสวรรค์", "อ.ท่าตูม"),
        ("น้องเรียนที่บ้านแสนสุขใหม่อ.แม่ฟ้าหลวง เพื่อนร่วมห้อง", "บ้านแสนสุขใหม่", "อ.แม่ฟ้าหลวง"),
    ],
)
def test_a_district_glued_after_a_village_is_found_too(analyzer, text, village, district):
    assert covered(analyzer, text, village)
    assert covered(analyzer, text, district), [(e.type, e.text) for e in analyzer.analyze(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Home: villa 14C, Street 22, Al Barsha 2. Visit Thursday.", "Al Barsha 2"),
        ("linked the family to Panauti Municipality Ward 9 for the relief list", "Panauti Municipality Ward 9"),
    ],
)
def test_a_place_takes_the_number_that_ends_its_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She lived in Lagos 3 years before coming.", "3 years"),
        ("Moved to Dayton 12 May with her aunt.", "12 May"),
        ("Seen at Siriraj 2 times this month.", "2 times"),
    ],
)
def test_a_number_that_counts_or_dates_stays(analyzer, text, kept):
    k = text.find(kept)
    assert not any(e.start < k + len(kept) and k < e.end for e in analyzer.analyze(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Family lives in Ukrainian Village, near the church.", "Ukrainian Village"),
        ("ไปตลาด Hmong Village ได้แค่เดือนละครั้ง", "Hmong Village"),
    ],
)
def test_a_kind_word_left_alone_takes_back_the_name_before_it(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mum moved to henderson nevada last year and calls sometimes", "henderson nevada"),
        ("lives with her aunt in dayton ohio since may", "dayton ohio"),
    ],
)
def test_a_town_takes_the_state_or_country_written_after_it(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_state_that_is_an_ordinary_word_is_not_taken(analyzer):
    text = "She moved to Dayton reading the letters every night."
    ents = [e.text for e in analyzer.analyze(text)]
    assert not any("reading" in e for e in ents), ents


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("they live at their sons apartment 1408 2 secord ave east york now", "apartment 1408 2 secord ave east york"),
        ("she stays in unit 3b 17 harcourt street with her cousin", "unit 3b 17 harcourt street"),
    ],
)
def test_an_address_takes_the_flat_or_unit_written_before_it(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
