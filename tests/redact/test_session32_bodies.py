"""Session 32: a Thai shop, farm or rented room named by its owner.

ร้านชำป้าสายใจ is "Auntie Saijai's grocery": the owner's titled name was found as a person, but
glued to the next clause of a run-on note (…ป้าสายใจไปทาง…) the organisation rule let the whole run
go, so the shop's head and goods stayed in the clear around the name. The person found now says
where the shop's name ends. Only what the shop sells may stand between the head and the title:
ร้านชำ ป้าสายใจบอกว่า (a space: the person opens the next clause) is no shop's name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("บ้านอยู่ปลายซอย เดินเข้าไปอีก 300 เมตร เลยร้านชำป้าสายใจไปทางไร่อ้อย", "ร้านชำป้าสายใจ"),
    ("บ้านหลังที่สามติดร้านก๋วยเตี๋ยวป้าหวานอยู่กับตายาย", "ร้านก๋วยเตี๋ยวป้าหวาน"),
    ("วันเสาร์ไปฝึกทำขนมที่ร้านขนมป้าจุกในตลาดน้ำ เจ้าของใจดี", "ร้านขนมป้าจุก"),
    ("พ่อเป็นลูกจ้างไร่มันเฮียเปามาสามปีแล้ว", "ไร่มันเฮียเปา"),
    ("ตอนนี้พักที่ห้องเช่าเจ๊หมวยกับเพื่อนอีกห้าคน", "ห้องเช่าเจ๊หมวย"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_shop_named_by_its_owner_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_person_opening_the_next_clause_is_no_shops_name(analyzer):
    text = "แม่ไปซื้อของที่ร้านชำ ป้าสายใจบอกว่าเห็นเด็กเดินผ่านทุกวัน"
    spans = [e.text for e in analyzer.analyze(text)]
    assert "ร้านชำ" not in "".join(spans), spans


BRANCHES = [
    ("Picked up extra shifts at the Lidl at Tolvaddon since March.", "Lidl at Tolvaddon"),
    ("Mum works nights at Shoprite at Wernhil and sleeps in the day.", "Shoprite at Wernhil"),
]


@pytest.mark.parametrize(("text", "value"), BRANCHES)
def test_a_chains_branch_placed_by_a_preposition_is_one_body(analyzer, text, value):
    """Session 32 — a chain alone identifies nobody, but with the place of its branch after on, in
    or at it is the one shop someone works at (the English form of บิ๊กซีสะพานควาย)."""
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_chain_with_a_time_after_it_stays_a_chain(analyzer):
    text = "Buys nappies at Walmart on Sundays with her sister."
    assert untouched(analyzer, text, "Walmart"), found(analyzer, text)


TOWN_BODIES = [
    ("She reported it at Kondele police yesterday evening.", "Kondele police"),
    ("We went to Prachuap immigration to renew his visa.", "Prachuap immigration"),
    ("Referred to Cobham youth justice for the assessment.", "Cobham youth justice"),
    ("Works at Delta Fresh packing shed on nights.", "Delta Fresh packing shed"),
]


@pytest.mark.parametrize(("text", "value"), TOWN_BODIES)
def test_a_towns_police_court_or_shed_in_lower_case_is_one_body(analyzer, text, value):
    """Session 32 — a place's own office written with its kind in lower case: the kind said which
    office of the town it was, and had been left in the clear after the place."""
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_nationalitys_police_is_no_body(analyzer):
    text = "Called the Thai police about it after the fight."
    assert untouched(analyzer, text, "Thai police"), found(analyzer, text)


def test_a_firm_with_its_english_tail_written_apart_is_one_body(analyzer):
    """Session 32 — a Thai firm's English trade tail after a space (พีเอ็มเค โลจิสติกส์), as a
    resort's already was; the tokenizer had read the glued letters across the join."""
    text = "พ่อทำงานขับรถให้พีเอ็มเค โลจิสติกส์ มาสามปี"
    assert covered(analyzer, text, "พีเอ็มเค โลจิสติกส์"), found(analyzer, text)


@pytest.mark.parametrize("text", ["ส่งของ โลจิสติกส์ ทุกวัน", "พนักงาน เซอร์วิส ดีมาก"])
def test_a_word_before_a_spaced_tail_is_no_firm(analyzer, text):
    assert not [e for e in analyzer.analyze(text) if e.type == "ORGANIZATION"], found(analyzer, text)
