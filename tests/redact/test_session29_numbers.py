"""Session 29: numbers introduced in a sentence, and police references with no label.

A label whose purpose is said before its value ("pps number for the referral form is …"), a
Ugandan Station Diary reference (SD 41/28/10/2024) and an Australian police event (event
E 88213046). Counts, years and scores with the same words stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("pps number for the referral form is seven four one two six eight three w a and her mobile is",
     "seven four one two six eight three w a"),
    ("his aima process number for residence is two zero two four slash eight eight one three four seven and",
     "two zero two four slash eight eight one three four seven"),
    ("Her NIF number on the tax form is 274019223, the accountant said.", "274019223"),
    ("Police recorded the accident: SD 41/28/10/2024 at the central station.", "SD 41/28/10/2024"),
    ("Stopped at the station with mates; no charge. Police event E 88213046.", "E 88213046"),
    ("Event no. 771204531 was logged by the night shift.", "771204531"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_number_named_in_a_sentence_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("The number of sessions is 12 so far.", "12"),
    ("The event 2024 fundraiser went well; the event lasted 45 minutes.", "2024"),
    ("Mean 14.2, SD 1.5 across the group.", "SD 1.5"),
    ("The number for the office is on the card.", "number for the office"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_counts_years_and_scores_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


# Thai: a border pass after its label with no เลข, a birth date after the full label and a remark,
# and numbers said aloud in Thai words (a student's number after its label, a birth date's day,
# month and Buddhist year).
THAI_FOUND = [
    ("มารดา บัตรผ่านแดน ตก 0552719", "ตก 0552719"),
    ("ใช้บัตรผ่านแดน บพ ๐๒๙๑๘๔๓ นักเรียน", "บพ ๐๒๙๑๘๔๓"),
    ("มีบัตรผ่านแดนค่ะ เลข อบ 0719245 วันเกิดในบัตร", "อบ 0719245"),
    ("วันเดือนปีเกิดตามบัตร ๐๑/๐๑/๒๕๕๒", "๐๑/๐๑/๒๕๕๒"),
    ("โรงเรียนห้วยเกตุวิทยาเลขประจำตัวหนึ่งหกสามศูนย์ห้าเกิดวันที่ยี่สิบเก้าตุลาคมสองห้าห้าสี่บ้านอยู่",
     "หนึ่งหกสามศูนย์ห้า"),
    ("โรงเรียนห้วยเกตุวิทยาเลขประจำตัวหนึ่งหกสามศูนย์ห้าเกิดวันที่ยี่สิบเก้าตุลาคมสองห้าห้าสี่บ้านอยู่",
     "ยี่สิบเก้าตุลาคมสองห้าห้าสี่"),
    ("เลขประจำตัว สองหนึ่งสี่ศูนย์เก้า น้องเกิดวันที่ ยี่สิบเอ็ดมีนาคมสองห้าห้าหก ตอนนี้สิบสองขวบ",
     "ยี่สิบเอ็ดมีนาคมสองห้าห้าหก"),
]


@pytest.mark.parametrize(("text", "value"), THAI_FOUND)
def test_thai_numbers_and_dates_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


THAI_KEPT = [
    ("ทำบัตรผ่านแดน 2 ครั้ง ปีนี้", "2 ครั้ง"),
    ("นัดวันที่สิบสองมกราคม ไปหาหมอ", "สิบสองมกราคม"),
    ("ได้คะแนนสามสี่ห้า ข้อ", "สามสี่ห้า"),
]


@pytest.mark.parametrize(("text", "value"), THAI_KEPT)
def test_counts_and_appointments_in_thai_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
