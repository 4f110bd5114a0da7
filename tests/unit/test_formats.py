"""The rendered note is what the checker, grounding and export read, so it must carry everything."""

from __future__ import annotations

import datetime as dt

from assistant.formats import render_note
from assistant.models import BirpNote, Intervention, SessionMeta, SmartGoal, SoapNote


def test_goal_details_filled_in_the_table_reach_the_note_text():
    goal = SmartGoal(statement="Attend school more often", measurable="4 of 5 days a week",
                     time_bound="by 15 Dec 2026")  # fmt: skip
    text = render_note(SoapNote(plan="Review attendance.", goals=[goal]))
    assert "4 of 5 days a week" in text
    assert "by 15 Dec 2026" in text


def test_goal_details_already_in_the_statement_are_not_repeated():
    goal = SmartGoal(statement="Sleep 7 hours on 5 nights a week by 1 Feb", measurable="7 hours")
    text = render_note(SoapNote(goals=[goal]))
    assert text.count("7 hours") == 1


def test_thai_note_has_thai_headings_and_buddhist_era_dates():
    session = SessionMeta(date=dt.date(2025, 11, 12), start_time=dt.time(15, 40))
    goal = SmartGoal(statement="นอนหลับก่อนเที่ยงคืน", time_bound="ภายใน 4 สัปดาห์")
    text = render_note(SoapNote(subjective="เล่าว่านอนไม่หลับ", goals=[goal]), session, "th")
    assert "12 พ.ย. 2568" in text and "15.40 น." in text
    assert "S (Subjective):" in text and "เป้าหมาย:" in text
    assert "ภายใน 4 สัปดาห์" in text


def test_birp_interventions_are_not_listed_twice():
    note = BirpNote(intervention="Taught box breathing.", response="Client practised it twice.",
                    interventions=[Intervention(name="Box breathing")])  # fmt: skip
    text = render_note(note)
    assert "Interventions and client response" not in text
