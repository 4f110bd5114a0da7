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
