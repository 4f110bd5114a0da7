"""Regressions from a product audit of the offline drafter (synthetic text only).

* A next appointment written in the jottings is the note's next session, wherever it sits, and
  the drafter does not then ask for it.
* What the client reports, claims or denies is the client's account (S), in Thai and English.
* A technique named inside the writer's own sentence keeps the sentence whole.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.formats import render_note
from assistant.offline import draft_offline, session_from_jottings, writer_prompt

# --------------------------------------------------------------------------- next session

NEXT_CASES = [
    # (jottings, text the next session must hold)
    ("นัดครั้งต่อไป 9 ม.ค. 2570 เวลา 14.30 น.", "9 ม.ค. 2570"),
    ("ผู้รับบริการเล่าว่าหลับได้ดีขึ้น นัดครั้งต่อไป 9 ม.ค. 2570 เวลา 14.30 น.", "9 ม.ค. 2570"),
    ("ให้คำปรึกษา ผรบ.รับฟังดี นัดครั้งหน้า 9 ม.ค. 70", "9 ม.ค. 70"),
    ("ผรบ.เล่าว่าทะเลาะกับพี่สาว นัดติดตาม 9 มกราคม 2570", "9 มกราคม 2570"),
    ("เยี่ยมบ้าน 2 ม.ค. 2570\nผรบ.เล่าว่ากินข้าวได้\nนัด ๙ ม.ค. ๒๕๗๐ เวลา ๑๔.๓๐ น.", "๙ ม.ค. ๒๕๗๐"),
    ("Next session 1/9/2027 at 2:30pm. Client reports fewer panic attacks.", "1/9/2027"),
    ("Client reports fewer panic attacks, f/u 1/9 2:30pm", "1/9 2:30pm"),
    (
        "Seen 1/2 10am. Client reports fewer panic attacks.\nNext appt January 9 at 2:30pm",
        "January 9",
    ),
    ("Seen 1/2 10am. Client reports fewer panic attacks.\nreview in 3 weeks", "in 3 weeks"),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_CASES)
def test_when_the_jottings_hold_the_next_appointment_then_the_note_does_not_ask_for_it(
    text, expected
):
    note = draft_offline(text)
    assert note.next_session is not None and expected in note.next_session
    locale = "en" if text.isascii() else "th"
    rendered = render_note(note, None, locale)
    assert writer_prompt("next_session", locale) not in rendered


def test_when_the_next_appointment_opens_the_jottings_then_it_is_not_the_session_date():
    meta = session_from_jottings(
        "นัดครั้งต่อไป 9 ม.ค. 2570 เวลา 14.30 น. ผรบ.เล่าว่าหลับได้", today=dt.date(2027, 1, 3)
    )
    assert meta.date is None and meta.start_time is None


def test_when_a_follow_up_comes_after_the_clients_account_then_it_is_not_the_session_date():
    meta = session_from_jottings(
        "Client reports fewer panic attacks, f/u 1/9 2:30pm", today=dt.date(2027, 1, 3)
    )
    assert meta.date is None


def test_when_a_follow_up_visit_opens_the_jottings_then_it_still_dates_this_session():
    text = "ward f/u 1/2 11:00, mother at bedside, says baby feeding better"
    meta = session_from_jottings(text, today=dt.date(2027, 1, 3))
    assert meta.date == dt.date(2027, 1, 2)
    assert draft_offline(text).next_session is None


def test_when_the_jottings_have_no_next_appointment_then_the_note_asks_for_one():
    note = draft_offline("เยี่ยมบ้าน 2 ม.ค. 2570\nผรบ.เล่าว่ากินข้าวได้")
    assert note.next_session is None
    assert writer_prompt("next_session", "th") in note.plan


# --------------------------------------------------------------------------- reported speech

TH_REPORTS = [
    "ผู้รับบริการอ้างว่าไม่ได้เล่นการพนันมาหนึ่งเดือน",
    "ผรบ.รายงานว่ากินยาครบทุกมื้อ",
    "ยายให้ข้อมูลว่าหลานไม่ยอมไปโรงเรียนสามวัน",
    "ผู้รับบริการแจ้งว่าย้ายไปอยู่กับน้าแล้ว",
    "ผู้รับบริการยืนยันว่าไม่ได้ทำร้ายตนเอง",
    "ผู้รับบริการปฏิเสธการดื่มสุรา",
]
EN_REPORTS = [
    "Client claims he has not gambled since March",
    "Client reports two nightmares this week",
    "Grandmother states the boy missed school three days",
    "Client says she moved in with her aunt",
    "Client denies any drinking this month",
    "He alleges his cousin took his phone",
]


@pytest.mark.parametrize("statement", TH_REPORTS)
def test_when_a_thai_client_reports_or_claims_then_it_is_subjective(statement):
    note = draft_offline(f"เยี่ยมบ้าน 2 ม.ค. 2570\n{statement}\nสังเกตสีหน้าสดชื่น")
    assert statement in note.subjective
    assert statement not in note.objective


@pytest.mark.parametrize("statement", EN_REPORTS)
def test_when_an_english_client_reports_or_claims_then_it_is_subjective(statement):
    note = draft_offline(f"Home visit 1/2 2pm.\n{statement}.\nObserved: calm, tidy room.")
    assert statement in note.subjective
    assert statement not in note.objective


# --------------------------------------------------------------------------- intervention phrases


@pytest.mark.parametrize(
    ("text", "whole", "answer"),
    [
        (
            "Seen 1/2. We practised a thought record; client said it eased the worry.",
            "We practised a thought record",
            "eased the worry",
        ),
        (
            "Seen 1/2. We did some grounding together; she rated distress 3/10 after.",
            "We did some grounding together",
            "3/10",
        ),
        (
            "Seen 1/2. Worked through a CBT thought record about the interview",
            "Worked through a CBT thought record about the interview",
            None,
        ),
        ("เยี่ยมบ้าน 2 ม.ค. 2570\nผู้ปฏิบัติงานพาผู้รับบริการฝึกหายใจ", "ผู้ปฏิบัติงานพาผู้รับบริการฝึกหายใจ", None),
    ],
)
def test_when_a_technique_sits_inside_a_sentence_then_the_sentence_is_not_cut(text, whole, answer):
    (item,) = draft_offline(text).interventions
    described = " ".join(x for x in (item.name, item.detail or "") if x)
    assert whole.lower() in described.lower()
    if answer:
        assert answer in (item.client_response or "")
        assert whole.lower() not in (item.client_response or "").lower()


def test_when_a_technique_is_named_with_its_answer_after_a_colon_then_they_are_split():
    (item,) = draft_offline("Seen 1/2. Safety planning: identified two warning signs").interventions
    assert item.name == "Safety planning"
    assert item.client_response == "identified two warning signs"
