"""Layouts and wordings from practitioners the checker was not written against, EN and TH.

Each cause of a false warning on a good note is pinned by a sentence of our own (never a held-out
note's words), with a negative next to it so the fix cannot simply switch a rule off.
"""

from __future__ import annotations

import pytest

from assistant.check import check_text
from assistant.text.dates import numeric_date_order
from assistant.text.sections import parse_sections

from .conftest import NOW


def _rules(text: str, config) -> list[str]:
    return [f.rule for f in check_text(text, config=config, now=NOW).findings]


def _flagged(text: str, rule: str, config) -> list[str]:
    return [
        text[f.start : f.end] if f.start is not None else ""
        for f in check_text(text, config=config, now=NOW).findings
        if f.rule == rule
    ]


# --------------------------------------------------------------------------- section headings


def test_thai_headings_named_by_a_bracketed_letter_are_sections():
    text = "ข้อมูลที่ได้รับ (D): ผู้รับบริการเล่าว่าย้ายงาน\nการประเมิน (A): ปรับตัวได้ดีขึ้น\nแผน (P): นัด 3 มี.ค. 2569"
    assert parse_sections(text).names() == ["data", "assessment", "plan"]


def test_bare_thai_data_and_intervention_headings_are_recognised():
    dap = "ข้อมูล: มาตามนัด\nการประเมิน: ดีขึ้น\nแผน: นัดครั้งต่อไป 3 มี.ค. 2569"
    assert parse_sections(dap).names() == ["data", "assessment", "plan"]
    birp = (
        "พฤติกรรม (B): มาตรงเวลา\nการดำเนินการ (I): ทบทวนเงื่อนไข\nการตอบสนอง (R): รับทราบ\nแผน (P): นัด"
    )
    assert parse_sections(birp).names() == ["behavior", "intervention", "response", "plan"]


def test_a_bulleted_intervention_item_stays_inside_the_dap_plan():
    text = (
        "Data: she brought the letters.\nAssessment: risk unchanged.\nPlan:\n"
        "- Intervention: rehearsed the call to the landlord.\n- Next session 03/04/2026."
    )
    parsed = parse_sections(text)
    assert parsed.names() == ["data", "assessment", "plan"]
    assert "rehearsed" in parsed.body("plan")


def test_an_intervention_heading_in_a_soap_note_does_not_fall_into_the_assessment():
    text = "S: slept badly.\nA: Low mood, worse since the move.\nI: Taught a wind-down routine.\nP: Review 03/04/2026."
    parsed = parse_sections(text)
    assert "Taught" not in parsed.body("assessment")
    assert parsed.names() == ["subjective", "assessment", "intervention", "plan"]


def test_a_combined_s_o_heading_opens_the_subjective_section():
    assert parse_sections("S/O: calm, said she slept 6 hours.\nA: x\nP: y").names()[0] == (
        "subjective"
    )


def test_a_one_letter_word_inside_a_sentence_is_not_a_heading():
    parsed = parse_sections("S: She rated it (A) the best option.\nP: next week")
    assert parsed.names() == ["subjective", "plan"]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("Seen 21/05/2026, next 04/06/2026", "mdy", "dmy"),  # 21 can only be a day
        ("Seen 05/21/2026, next 06/04/2026", "dmy", "mdy"),  # so can 21 in second place
        ("Seen 05/06/2026, next 06/07/2026", "mdy", "mdy"),  # ambiguous: the configured order
        ("Seen 21/05/2026 and 05/22/2026", "dmy", "dmy"),  # mixed evidence: the configured order
    ],
)
def test_the_note_s_own_dates_decide_the_numeric_order(text, default, expected):
    assert numeric_date_order(text, default) == expected


def test_a_day_first_english_note_gets_no_date_inconsistency(config):
    text = (
        "Session: 09/03/2026, 10:00–10:45    Written: 09/03/2026, 11:30\n"
        "S: x said the week was hard.\nA: Low mood, unchanged since 23/02/2026.\n"
        "P: Next session 16/03/2026, 10:00."
    )
    assert "timeliness.date-inconsistency" not in _rules(text, config)


def test_a_next_contact_really_before_the_session_is_still_flagged(config):
    text = (
        "Session: 19/03/2026, 10:00–10:45    Written: 19/03/2026, 11:30\n"
        "S: x.\nA: y.\nP: Next session 12/03/2026, 10:00."
    )
    assert "timeliness.date-inconsistency" in _rules(text, config)


@pytest.mark.parametrize(
    "header",
    [
        "Appointment: 03/04/2026 09:00–09:40    Note completed: 03/04/2026 10:15",
        "When: 2026-04-03 09:00–09:40    Entry made: 2026-04-03 10:15",
        "วันที่พบ: 3 เม.ย. 2569 เวลา 09.00–09.40 น. | บันทึก 3 เม.ย. 2569 เวลา 10.15 น.",
        "วันที่ให้บริการ: 3 เม.ย. 2569 เวลา 09.00–09.40 น. | วันที่เขียนบันทึก: 3 เม.ย. 2569",
    ],
)
def test_written_date_labels_in_other_wordings_are_read(header, config):
    assert "timeliness.missing-written-date" not in _rules(header + "\nS: x\nA: y\nP: z", config)


def test_a_session_line_alone_still_lacks_a_written_date(config):
    text = "Appointment: 03/04/2026 09:00–09:40\nS: x\nA: y\nP: z"
    assert "timeliness.missing-written-date" in _rules(text, config)


# --------------------------------------------------------------------------- goals


def test_a_goal_with_its_deadline_in_brackets_is_a_goal_with_a_time_frame(config):
    text = "P:\n1. Goal (by 30/06/2026): at least 3 of 4 group sessions per the sign-in sheet."
    rules = _rules(text, config)
    assert "goals.missing-goal" not in rules and "goals.no-timeframe" not in rules


def test_numbered_goals_with_a_dash_are_goals(config):
    text = (
        "Plan: Goal 1 – no missed shifts in May, confirmed by the rota printout. "
        "Goal 2 – feel more settled."
    )
    flagged = _flagged(text, "goals.not-measurable", config) + _flagged(
        text, "goals.vague-goal", config
    )
    assert not any("rota" in f for f in flagged)
    assert any("settled" in f for f in flagged + _flagged(text, "goals.no-timeframe", config))


def test_the_objective_heading_is_not_a_goal(config):
    text = "Subjective: x.\nObjective: Calm, steady gait.\nAssessment: y.\nPlan: z."
    assert not any("gait" in f for f in _flagged(text, "goals.not-measurable", config))


def test_a_thai_goal_label_after_a_rating_is_found(config):
    text = "P: ให้คะแนนความมั่นใจ 8/10 เป้าหมาย: ภายใน 30 เม.ย. 2569 ไปทำงานครบ 5 วันต่อสัปดาห์"
    assert "goals.missing-goal" not in _rules(text, config)


def test_a_thai_goal_as_zero_occurrences_with_a_record_is_measurable(config):
    text = "P: เป้าหมาย: ภายใน 31 พ.ค. 2569 ไม่มีการขาดเรียนโดยไม่ลา ตามสมุดลงเวลาของโรงเรียน"
    assert "goals.not-measurable" not in _rules(text, config)


def test_goals_written_as_a_sentence_are_checked(config):
    assert _flagged("P: เป้าหมายคือให้หยุดเล่นพนัน", "goals.not-measurable", config)
    assert _flagged("Plan: The aim is for him to stop gambling.", "goals.not-measurable", config)


# --------------------------------------------------------------------------- interventions


@pytest.mark.parametrize(
    "plan",
    [
        "P:\n1. Intervention: problem-solving on rent; she chose to call the council. Next session 03/04/2026.",
        "P:\n1. การแทรกแซง: ฝึกหายใจ 4 รอบ ผู้รับบริการบอกว่าสบายขึ้น นัดครั้งต่อไป 3 เม.ย. 2569",
    ],
)
def test_a_labelled_intervention_item_counts_as_an_intervention(plan, config):
    assert "interventions.missing-intervention" not in _rules("S: x\nA: y\n" + plan, config)


def test_a_plan_with_only_an_appointment_still_lacks_an_intervention(config):
    assert "interventions.missing-intervention" in _rules(
        "S: x\nA: y\nP: Next session 03/04/2026.", config
    )


def test_next_contact_labels_with_a_qualifier_are_next_steps(config):
    text = "S: x\nA: y\nP: Taught the plan. Next office visit 04/23/2026, 9:00 a.m."
    assert "interventions.missing-next-step" not in _rules(text, config)


def test_a_measurement_source_is_not_an_undated_follow_up(config):
    th = "P: ติดตามผลจากรายงานเยี่ยมบ้านของพยาบาลชุมชน นัดครั้งต่อไป 3 เม.ย. 2569"
    en = "P: Attendance tracked from the follow-up log. Next session 04/03/2026."
    assert not _flagged(th, "interventions.vague-follow-up", config)
    assert not _flagged(en, "interventions.vague-follow-up", config)


def test_an_undated_follow_up_is_still_flagged(config):
    assert _flagged("P: Will see her in a few weeks.", "interventions.vague-follow-up", config)
    assert _flagged("P: นัดพบครั้งหน้า", "interventions.vague-follow-up", config)


# --------------------------------------------------------------------------- other causes


def test_an_instrument_title_is_not_a_person_but_a_name_still_is(config):
    assert not _flagged("O: Timed Up and Go 19 seconds.", "confidentiality.full-name", config)
    assert _flagged("O: Came with Daniel Okafor, who drove.", "confidentiality.full-name", config)


def test_a_negated_event_needs_no_follow_up_but_a_real_one_does(config):
    ok = "S: x\nO: No visible injuries; clothes clean.\nA: Settled week.\nP: Next visit 03/04/2026."
    bad = "S: x\nO: Fresh injuries to both forearms.\nA: Settled week.\nP: Next visit 03/04/2026."
    assert "completeness.reported-event-unaddressed" not in _rules(ok, config)
    assert "completeness.reported-event-unaddressed" in _rules(bad, config)


# --------------------------------------------------------------------------- the new rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("O: Kitchen, money, his ex and whatnot.", "clarity.vague-summary"),
        ("S: เล่าเรื่องงาน เรื่องหนี้ ฯลฯ", "clarity.vague-summary"),
        ("A: She is obviously drinking in secret.", "objectivity.unfounded-certainty"),
        ("A: เขาไม่มีวันเลิกเหล้าได้", "objectivity.unfounded-certainty"),
        ("A: Mums like her always go back.", "tone.group-generalisation"),
        ("A: คนติดเหล้าแบบนี้พูดไปก็เท่านั้น", "tone.group-generalisation"),
        ("Note written the following Monday, going off memory.", "timeliness.late-writeup"),
        ("พิมพ์บันทึกตามความจำหลังเยี่ยม 3 วัน", "timeliness.late-writeup"),
        ("S: x\nA: Improving.\nP: Next session 03/04/2026.", "completeness.thin-assessment"),
        ("S: x\nA: ทรงตัว\nP: นัด 3 เม.ย. 2569", "completeness.thin-assessment"),
    ],
)
def test_new_rules_catch_their_family_of_wordings(text, rule, config):
    assert rule in _rules(text, config)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("O: She listed 3 debts: rent, phone and a payday loan.", "clarity.vague-summary"),
        ('S: ผู้รับบริการเล่าว่า "ทุกอย่างก็โอเค"', "clarity.vague-summary"),
        (
            "A: The start date is not yet certain; awaiting the employer's letter.",
            "objectivity.unfounded-certainty",
        ),
        ("A: ผลการสอบยังไม่แน่นอน", "objectivity.unfounded-certainty"),
        ("O: A typical weekday for her begins at 5:30.", "tone.group-generalisation"),
        ("S: พวกเขาย้ายบ้านเมื่อเดือนที่แล้ว", "tone.group-generalisation"),
        ("S: ลูกๆ ก็มาเยี่ยมครบทุกคน", "tone.group-generalisation"),
        ("A: อาการดีขึ้นเรื่อยๆ ตามบันทึกการนอน 6 ชั่วโมงต่อคืน", "clarity.vague-summary"),
        ("S: She said her memory of the party is patchy.", "timeliness.late-writeup"),
        (
            "S: x\nA: Mood lifted since the move, sleeping 7 hours.\nP: z",
            "completeness.thin-assessment",
        ),
    ],
)
def test_new_rules_leave_neutral_wordings_alone(text, rule, config):
    assert rule not in _rules(text, config)
