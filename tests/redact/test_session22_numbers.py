"""Session 22: numbers the earlier rules did not know the shape of — an ID read out in Thai digit
words (เลขบัตรประชาชนสามแปดศูนย์…), and a Korean registration number (ARC / RRN, YYMMDD-NNNNNNN)
even in a table cell with no label."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

SAID_ID = "สามแปดศูนย์ศูนย์หนึ่งสองห้าห้าเจ็ดสี่ศูนย์เก้าสาม"
SAID_PHONE = "ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด"


def test_an_id_said_in_thai_digit_words_is_covered(analyzer):
    text = f"ลุงบอกเลขบัตรประชาชน{SAID_ID}ให้ อสม. จดไว้ทำเรื่องเบี้ยยังชีพ"
    assert covered(analyzer, text, SAID_ID), found(analyzer, text)


def test_a_phone_said_in_thai_digit_words_is_covered(analyzer):
    text = f"เบอร์ป้าคือ {SAID_PHONE} โทรได้หลังหกโมงเย็น"
    assert covered(analyzer, text, SAID_PHONE), found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    ["ยายหกล้มสองสามครั้งในห้าหกวันก่อน กินยาสองเม็ดหลังอาหาร", "นัดครั้งที่สามวันที่สี่ เวลาสิบโมง ห้องเก้า"],
)
def test_a_few_thai_number_words_are_no_number(analyzer, text):
    assert found(analyzer, text) == [], found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- ARC 920517-6384029 for the transfer form", "920517-6384029"),
        ("sompong's arc no 990512-5123456, phone 010-5583-2841", "990512-5123456"),
        ("Rong\t29\tSikhiu\tDongjin Fisheries\t960311-5814203\tcut left hand", "960311-5814203"),
    ],
)
def test_a_korean_registration_number_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_date_range_and_a_long_count_are_no_korean_number(analyzer):
    text = "Invoice 20240517-20240601 paid; meter read 991399-1234567 (not a date)."
    values = [v for _, v in found(analyzer, text)]
    assert not any("991399" in v or "20240517" in v for v in values), values
