"""Session 25: bodies an open set of organisations showed cut short or missed.

A company's span ends with its legal form and that form's own dot (… Pvt. Ltd.), a club's span
with its letters (… United SC), a company dictated in lower case with its "limited"; a help desk
named by its place and what it helps with; a province's special-education centre. Next to them,
what must stay: "limited" as an ordinary word after a capitalised name, a front or IT desk, the
special-education centre as a kind of service with no province."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("The boat is owned by Pallippuram Marine Exports Pvt. Ltd. The skipper is kind.",
     "Pallippuram Marine Exports Pvt. Ltd."),
    ("he works early shift in the boning room at tawa meat packers limited since march",
     "tawa meat packers limited"),
    ("She loves soccer and plays for Lewiston Lions United SC on weekends.", "Lewiston Lions United SC"),
    ("Referral to Bramalea Tenant Help Desk made today for the rent arrears.", "Bramalea Tenant Help Desk"),
    ("ด.ญ.เมย์ 9 ขวบ autism เรียนที่ศูนย์การศึกษาพิเศษ ประจำจังหวัดนครปฐม ทุกวันจันทร์",
     "ศูนย์การศึกษาพิเศษ ประจำจังหวัดนครปฐม"),
    ("Younger son Albin (9) at Cheriyakadavu Govt. LP School is doing well.", "Cheriyakadavu Govt. LP School"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_whole_body_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("He has limited contact with Tawa College limited by distance.", "limited by distance"),
    ("Went to the IT Desk first. Front Desk said to come back.", "Front Desk"),
    ("แนะนำให้พาไปศูนย์การศึกษาพิเศษสัปดาห์หน้า", "ศูนย์การศึกษาพิเศษ"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_ordinary_words_beside_them_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
