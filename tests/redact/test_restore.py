"""Restore modes, model mangling, and invented/dropped placeholders."""

from __future__ import annotations

import pytest

from assistant.models import PlaceholderEntry, PlaceholderMap, RestoreMode
from assistant.restore import initials, restore


def _map() -> PlaceholderMap:
    def entry(ph, t, v):
        return PlaceholderEntry(placeholder=ph, type=t, value=v, variants=[v], initials=initials(v, t))

    return PlaceholderMap(entries={
        "[PERSON_1]": entry("[PERSON_1]", "PERSON", "Jordan Mills"),
        "[PERSON_2]": entry("[PERSON_2]", "PERSON", "นายสมชาย ใจดี"),
        "[PHONE_1]": entry("[PHONE_1]", "PHONE", "081-234-5678"),
    })


def test_when_mode_is_full_then_values_come_back():
    out = restore("[PERSON_1] met [PERSON_2]; call [PHONE_1].", _map(), RestoreMode.FULL)
    assert out.text == "Jordan Mills met นายสมชาย ใจดี; call 081-234-5678."
    assert out.invented == [] and out.dropped == []


def test_when_mode_is_initials_then_names_become_initials_and_numbers_a_label():
    out = restore("[PERSON_1] met [PERSON_2]; call [PHONE_1].", _map(), RestoreMode.INITIALS)
    assert out.text == "J.M. met นาย ส.; call [phone number]."


def test_when_mode_is_placeholders_then_mangled_placeholders_are_normalised():
    out = restore("[ person_1 ] and PERSON_2 and [PHONE-1]", _map(), RestoreMode.PLACEHOLDERS)
    assert out.text == "[PERSON_1] and [PERSON_2] and [PHONE_1]"


@pytest.mark.parametrize("mangled", ["[ PERSON_1 ]", "[person_1]", "PERSON_1", "[Person 1]", "[PERSON-1]"])
def test_when_model_mangles_a_placeholder_lightly_then_it_is_still_restored(mangled):
    out = restore(f"Seen {mangled} today.", _map(), RestoreMode.FULL)
    assert out.text == "Seen Jordan Mills today."


def test_when_model_invents_a_placeholder_then_it_is_reported_and_left_as_written():
    out = restore("[PERSON_1] and [PERSON_7] and [EMAIL_1]", _map(), RestoreMode.FULL)
    assert out.invented == ["[PERSON_7]", "[EMAIL_1]"]
    assert "[PERSON_7]" in out.text and "[EMAIL_1]" in out.text


def test_when_model_drops_a_placeholder_then_it_is_reported():
    out = restore("[PERSON_1] only.", _map(), RestoreMode.FULL)
    assert sorted(out.dropped) == ["[PERSON_2]", "[PHONE_1]"]


@pytest.mark.parametrize(
    ("value", "etype", "expected"),
    [
        ("Jordan Mills", "PERSON", "J.M."),
        ("Ms. Farrell", "PERSON", "Ms. F."),
        ("นายสมบัติ ชัยมงคล", "PERSON", "นาย ส."),  # given-name initial, as the guidance writes it
        ("น้องใบเตย", "PERSON", "น้อง บ."),
        ("Westlake Middle School", "ORGANIZATION", "W.M.S."),
        ("081-234-5678", "PHONE", "[phone number]"),
        ("77/12 หมู่ 4 ต.บ้านเป็ด", "ADDRESS", "[ที่อยู่]"),
    ],
)
def test_when_initials_are_asked_then_the_short_form_keeps_title_and_first_letters(value, etype, expected):
    assert initials(value, etype) == expected


def test_when_initials_restore_a_name_then_the_checker_analyzer_does_not_flag_it(analyzer):
    out = restore("[PERSON_1] met [PERSON_2] today.", _map(), RestoreMode.INITIALS)
    assert analyzer.analyze(out.text) == []


def _entry(ph: str, etype: str, value: str) -> PlaceholderEntry:
    return PlaceholderEntry(
        placeholder=ph, type=etype, value=value, variants=[value], initials=initials(value, etype)
    )


def _end_map() -> PlaceholderMap:
    return PlaceholderMap(entries={
        "[ORGANIZATION_1]": _entry("[ORGANIZATION_1]", "ORGANIZATION", "Harbourside Family Services"),
        "[PERSON_1]": _entry("[PERSON_1]", "PERSON", "Priya Okonkwo"),
        "[PERSON_2]": _entry("[PERSON_2]", "PERSON", "นางสาวกานดา มีสุข"),
        "[ORGANIZATION_2]": _entry("[ORGANIZATION_2]", "ORGANIZATION", "โรงพยาบาลท่าทราย"),
    })


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Referral goes to [ORGANIZATION_1].", "Referral goes to H.F.S."),
        ("Spoke with [PERSON_1]. She agreed.", "Spoke with P.O. She agreed."),
        ("Waiting to hear from [ORGANIZATION_1]…", "Waiting to hear from H.F.S…"),
        ("ส่งต่อ [ORGANIZATION_2].", "ส่งต่อ โรงพยาบาล ท."),
        ("โทรหา [PERSON_2].\nนัด 6 ธ.ค.", "โทรหา นางสาว ก.\nนัด 6 ธ.ค."),
    ],
)
def test_when_initials_end_a_sentence_then_the_full_stop_is_not_doubled(text, expected):
    out = restore(text, _end_map(), RestoreMode.INITIALS)
    assert out.text == expected
    assert ".." not in out.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[PERSON_1] attended with [ORGANIZATION_1] staff", "P.O. attended with H.F.S. staff"),
        ("[PERSON_2] มาตามนัด", "นางสาว ก. มาตามนัด"),
        ("ผู้ประสานงาน: [PERSON_2]\nแผน: ติดตาม", "ผู้ประสานงาน: นางสาว ก.\nแผน: ติดตาม"),
        ("Called [PERSON_1]", "Called P.O."),
        ("[ORGANIZATION_1], then home", "H.F.S., then home"),
    ],
)
def test_when_initials_are_followed_by_a_space_comma_or_line_end_then_their_stop_stays(text, expected):
    assert restore(text, _end_map(), RestoreMode.INITIALS).text == expected


def test_when_a_full_value_ends_with_a_stop_at_a_sentence_end_then_it_is_not_doubled():
    mapping = PlaceholderMap(entries={
        "[ORGANIZATION_1]": _entry("[ORGANIZATION_1]", "ORGANIZATION", "Northgate Housing Co."),
    })
    out = restore("Letter sent to [ORGANIZATION_1].", mapping, RestoreMode.FULL)
    assert out.text == "Letter sent to Northgate Housing Co."
