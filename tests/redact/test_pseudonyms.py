"""Stable placeholders: same person → same placeholder across spellings; numbered by appearance."""

from __future__ import annotations

import re

from assistant.redact import redact


def _placeholder_of(result, value: str) -> set[str]:
    return {e.placeholder for e in result.entities if e.text == value}


def test_when_first_name_follows_full_name_then_both_get_the_same_placeholder(analyzer):
    text = "cl Marta Kowalski 33 reports poor sleep. Marta agreed to a sleep diary."
    result = redact(text, analyzer)
    assert _placeholder_of(result, "Marta Kowalski") == _placeholder_of(result, "Marta") == {"[PERSON_1]"}
    entry = result.mapping.entries["[PERSON_1]"]
    assert entry.value == "Marta Kowalski"
    assert set(entry.variants) == {"Marta Kowalski", "Marta"}


def test_when_thai_kin_name_repeats_formal_given_name_then_same_placeholder(analyzer):
    text = "ยายสมศรี อายุ 80 ปี — นางสมศรี ทองคำ อยู่คนเดียว ยายสมศรีบอกว่าเหงา"
    result = redact(text, analyzer)
    phs = {e.placeholder for e in result.entities if e.type == "PERSON"}
    assert phs == {"[PERSON_1]"}


def test_when_alias_is_in_brackets_after_a_name_then_it_shares_the_placeholder(analyzer):
    text = "ผรบ. นายประยุทธ ศรีสุข (ลุงยุทธ) มาคนเดียว ลุงยุทธเล่าว่านอนไม่หลับ"
    result = redact(text, analyzer)
    assert {e.placeholder for e in result.entities if e.type == "PERSON"} == {"[PERSON_1]"}
    assert "ลุงยุทธ" not in result.redacted_text


def test_when_two_people_share_a_surname_then_surname_alone_is_not_guessed(analyzer):
    text = "gma Joy Whitlock and bio mom Shawna Whitlock. Whitlock family known to CPS."
    result = redact(text, analyzer)
    joy, shawna, alone = (_placeholder_of(result, v) for v in ("Joy Whitlock", "Shawna Whitlock", "Whitlock"))
    assert joy != shawna
    assert alone and alone.isdisjoint(joy | shawna)


def test_when_text_is_redacted_then_placeholders_are_numbered_per_type_by_first_appearance(analyzer):
    text = "mom Ana Lima 702-555-0134, dad Rui Lima 702-555-0178; Ana called twice."
    result = redact(text, analyzer)
    order = re.findall(r"\[[A-Z_]+_\d+\]", result.redacted_text)
    assert order == ["[PERSON_1]", "[PHONE_1]", "[PERSON_2]", "[PHONE_2]", "[PERSON_1]"]
    assert "Ana" not in result.redacted_text and "702-555" not in result.redacted_text


def test_when_the_same_phone_is_written_twice_differently_then_one_placeholder(analyzer):
    text = "โทร 081-234-5678 หรือ 0812345678"
    result = redact(text, analyzer)
    assert {e.placeholder for e in result.entities} == {"[PHONE_1]"}


def test_when_redacted_text_is_printed_then_no_value_leaks_through_repr(analyzer):
    result = redact("client Lena Park, cell 412 555 0187", analyzer)
    assert "Lena" not in repr(result) and "Lena" not in str(result.mapping)
