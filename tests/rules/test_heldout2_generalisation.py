"""Second round of layouts and wordings the checker was not written against, EN and TH.

Each general cause of a false warning on a good note (found on the opened held-out set 2) is
pinned by sentences of our own, never a held-out note's words, with a negative beside it so the
fix cannot simply switch a rule off.
"""

from __future__ import annotations

import pytest

from assistant.check import check_text
from assistant.text.sections import parse_sections

from .conftest import NOW


def _rules(text: str, config) -> list[str]:
    return [f.rule for f in check_text(text, config=config, now=NOW).findings]


def _warned(text: str, config) -> list[str]:
    """Rules with a warning or error finding (what a reviewer is asked to act on)."""
    return [
        f.rule
        for f in check_text(text, config=config, now=NOW).findings
        if f.severity.value in {"warning", "error"}
    ]


# --------------------------------------------------------------------------- plain-language headings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presentation: arrived early, said the week was hard.\nObserved: tearful at times.\n"
            "Assessment: grief reaction.\nPlan: review 03/04/2026.",
            ["subjective", "objective", "assessment", "plan"],
        ),
        (
            "Presenting issues: not sleeping.\nWhat we did: sleep hygiene plan.\n"
            "How he responded: chose a 23:00 bedtime.\nNext steps: review 03/04/2026.",
            ["behavior", "intervention", "response", "plan"],
        ),
        (
            "Client's account: moved house.\nWork done: budgeting sheet completed together.\n"
            "Client response: said it was useful.\nPlan: review 03/04/2026.",
            ["behavior", "intervention", "response", "plan"],
        ),
    ],
)
def test_plain_language_headings_are_sections(text, expected):
    assert parse_sections(text).names() == expected


def test_a_hybrid_account_intervention_response_note_is_not_missing_sections(config):
    text = (
        "Seen 03/02/2026, 10:00-10:50. Written 03/02/2026, 11:30.\n"
        "Concerns raised: she said the bills are piling up.\n"
        "What we did: listed every debt and rang the energy company together.\n"
        "How she responded: she agreed a payment of $20 a week and said she felt lighter.\n"
        "Next steps: review on 03/09/2026 at 10:00."
    )
    assert "structure.missing-section" not in _rules(text, config)


def test_a_soap_note_without_its_assessment_is_still_missing_a_section(config):
    text = (
        "Seen 03/02/2026, 10:00-10:50. Written 03/02/2026, 11:30.\n"
        "Presentation: she said the bills are piling up.\nObserved: calm, organised papers.\n"
        "Plan: review on 03/09/2026 at 10:00."
    )
    assert "structure.missing-section" in _rules(text, config)


# --------------------------------------------------------------------------- goal labels


@pytest.mark.parametrize(
    "line",
    [
        "Goal by the fourth session (04/20/2026): walk 20 minutes on at least 5 days a week.",
        "Target for the next review on 04/20/2026: 5 of 7 nights with 6 hours of sleep.",
        "Goals set with her: attend at least 3 of 4 group sessions by 04/20/2026.",
        "Goal agreed with the family: 4 school days a week until 04/20/2026, per the register.",
    ],
)
def test_a_goal_label_with_a_qualifier_is_a_goal(line, config):
    text = f"S: x\nO: y\nA: z\nP: Taught a routine; she said it helps.\n{line}\nNext session 04/06/2026."
    assert "goals.missing-goal" not in _rules(text, config)


def test_a_sentence_that_only_mentions_a_goal_is_not_a_goal(config):
    text = "S: x\nO: y\nA: z\nP: The goal of the visit was explained. Next session 04/06/2026."
    assert "goals.missing-goal" in _rules(text, config)


@pytest.mark.parametrize(
    "goal",
    [
        "เป้าหมาย: มาตามนัดครบทุกครั้ง (4 ครั้ง) ในเดือน พ.ค. 2569 ตามทะเบียนนัด",
        "เป้าหมาย: เข้าเรียนอย่างน้อย 4 วันต่อสัปดาห์ ตลอดเดือนมิถุนายน 2569 ตามบันทึกของครู",
        "Goal: attend all 4 sessions during May 2026, per the attendance log.",
    ],
)
def test_a_goal_for_a_named_month_has_a_time_frame(goal, config):
    assert "goals.no-timeframe" not in _rules(f"P: {goal}", config)


def test_a_goal_with_no_period_still_lacks_a_time_frame(config):
    assert "goals.no-timeframe" in _rules("P: เป้าหมาย: มาตามนัดครบทุกครั้ง ตามทะเบียนนัด", config)


@pytest.mark.parametrize(
    "goal",
    [
        "เป้าหมาย: ผู้ป่วยกลับบ้านภายใน 20 เม.ย. 2569 และทีมเยี่ยมบ้านครั้งแรกภายใน 72 ชั่วโมง",
        "เป้าหมาย: ย้ายเข้าบ้านพักภายใน 30 เม.ย. 2569",
    ],
)
def test_a_one_off_move_or_discharge_by_a_date_is_measurable(goal, config):
    assert "goals.not-measurable" not in _rules(f"P: {goal}", config)


def test_a_vague_thai_goal_is_still_not_measurable(config):
    assert "goals.vague-goal" in _rules("P: เป้าหมาย: ให้ผู้ป่วยปรับตัวได้ดีขึ้น", config)


# --------------------------------------------------------------------------- dates


def test_an_explicit_session_label_wins_over_another_event_s_date(config):
    text = (
        "Patient: A.B. Admission date 02/20/2026; discharge date 03/03/2026.\n"
        "Session: 03/03/2026, 09:00-09:40. Note written 03/03/2026, 10:15.\n"
        "S: x\nO: y\nA: z\nP: next session 03/10/2026."
    )
    assert "timeliness.missing-session-time" not in _rules(text, config)


def test_a_session_without_any_time_still_lacks_one(config):
    text = (
        "Patient: A.B. Discharge date 03/03/2026.\n"
        "Session: 03/03/2026. Note written 03/03/2026, 10:15.\nS: x\nO: y\nA: z\nP: w"
    )
    assert "timeliness.missing-session-time" in _rules(text, config)


# --------------------------------------------------------------------------- abbreviations


def test_acronyms_spelled_out_elsewhere_in_the_note_are_defined(config):
    text = (
        "S: Family met about an Advance care plan and Palliative care at home.\n"
        "P: ACP signed; PC team to visit on 03/10/2026."
    )
    flagged = [
        f for f in check_text(text, config=config, now=NOW).findings
        if f.rule == "clarity.undefined-abbreviation"
    ]
    assert not flagged


def test_a_few_programme_acronyms_in_a_long_well_written_note_are_not_a_warning(config):
    text = (
        "D: He said the family has settled into the flat and both children started at the local "
        "school this week; his wife goes to the weekly LINC class. He brought the letter from the "
        "housing office confirming the lease until next March and said the rent is covered by the "
        "monthly RSA payment. He asked about the CHIP card for the children's dental check.\n"
        "A: Settling well; the main gap is dental care for the children.\n"
        "P: Explained how to book a dentist under CHIP; he booked one while we spoke and said he "
        "felt relieved. Next meeting 04/02/2026, 10:00."
    )
    assert "clarity.undefined-abbreviation" not in _warned(text, config)


def test_dense_private_shorthand_is_still_a_warning(config):
    text = "S: Pt c/o SOB, ?needs OT r/v, f/u w/ GP re TEC.\nP: RTC 2 wks."
    assert "clarity.undefined-abbreviation" in _warned(text, config)


# --------------------------------------------------------------------------- risk asked and denied


@pytest.mark.parametrize(
    "text",
    [
        "Risk: self-harm and suicide risk screened with him alone: no suicidal thoughts, no plan.",
        "S: Asked directly about self-harm; she said she has never hurt herself and has no urges.",
        "S: Enquired about thoughts of suicide: denied, and none evident.",
        "การประเมินความเสี่ยง: สอบถามเรื่องความคิดอยากตายและการทำร้ายตนเอง ผู้รับบริการปฏิเสธ",
        "S: ถามเรื่องความคิดทำร้ายตนเอง ผู้ป่วยตอบว่าไม่มี",
    ],
)
def test_a_risk_asked_about_and_denied_needs_no_safety_plan(text, config):
    rules = _rules(text, config)
    assert "interventions.risk-without-safety-plan" not in rules
    assert "completeness.risk-assessment-missing" not in rules


@pytest.mark.parametrize(
    "text",
    [
        "S: Asked about self-harm: she said she cut her arm on Sunday.",
        "S: ถามเรื่องการทำร้ายตนเอง ผู้รับบริการยอมรับว่ากรีดแขนเมื่อวานนี้",
    ],
)
def test_a_risk_asked_about_and_affirmed_still_needs_a_safety_plan(text, config):
    assert "interventions.risk-without-safety-plan" in _rules(text, config)


# --------------------------------------------------------------------------- relevance


@pytest.mark.parametrize(
    "text",
    [
        "S: x\nA: y\nP: She chose the Tuesday pottery and kitchen skills class; we enrolled her together.",
        "S: x\nA: y\nP: ใช้ MI ทบทวนทางเลือก เด็กเสนอว่าจะไปเล่นฟุตบอลกับทีมตำบลแทนการออกไปเที่ยวกลางคืน",
    ],
)
def test_a_leisure_activity_the_client_chose_in_the_plan_is_relevant(text, config):
    assert "relevance.off-topic-detail" not in _rules(text, config)


@pytest.mark.parametrize(
    "text",
    [
        "S: Her sister is renovating the kitchen and the contractor is late.\nA: y\nP: z",
        "S: ป้าเล่าว่าหลานชายไปเตะฟุตบอลที่ต่างจังหวัดกับเพื่อนทุกเสาร์\nA: y\nP: z",
    ],
)
def test_off_topic_chat_in_the_account_is_still_flagged(text, config):
    assert "relevance.off-topic-detail" in _rules(text, config)


# --------------------------------------------------------------------------- interventions


@pytest.mark.parametrize(
    "plan",
    [
        "P: ฝึกแก้ปัญหาร่วมกัน นักเรียนเลือกวิธีที่ 2 และบอกว่าจะไปคุยกับครูประจำชั้นเอง",
        "P: Rehearsed the conversation; he said he would talk to his manager on Monday.",
    ],
)
def test_the_client_s_own_plan_to_talk_is_not_a_vague_intervention(plan, config):
    assert "interventions.vague-intervention" not in _rules(plan, config)


def test_a_worker_who_only_talked_is_still_vague(config):
    assert "interventions.vague-intervention" in _rules("P: คุยกับนักเรียน", config)


@pytest.mark.parametrize(
    "plan",
    [
        "P: สอนวิธีทำบัญชีรายรับ ผู้รับบริการตอบรับและขอแบบฟอร์มไปกรอกที่บ้าน",
        "P: ชวนเข้ากลุ่มออกกำลังกาย ยายตอบตกลงทันที",
    ],
)
def test_thai_acceptance_is_a_client_response(plan, config):
    assert "interventions.missing-client-response" not in _rules(plan, config)


@pytest.mark.parametrize(
    "plan",
    [
        "P: สอนการกรอกแบบคำร้อง ผู้รับบริการกรอกได้เอง นัดพาไปยื่นเอกสาร 3 เม.ย. 2569",
        "P: สอนการกรอกแบบคำร้อง ผู้รับบริการกรอกได้เอง ติดตามความคืบหน้าทางโทรศัพท์ทุก 2 สัปดาห์",
    ],
)
def test_thai_dated_follow_up_wordings_are_next_steps(plan, config):
    assert "interventions.missing-next-step" not in _rules(plan, config)


def test_a_thai_plan_with_no_follow_up_still_lacks_a_next_step(config):
    assert "interventions.missing-next-step" in _rules(
        "S: x\nA: y\nP: สอนการกรอกแบบคำร้อง ผู้รับบริการกรอกได้เอง", config
    )


def test_a_risk_asked_about_and_endorsed_before_a_no_is_still_a_risk(config):
    text = "S: Asked about thoughts of suicide: she said yes, most nights, but no plan."
    assert "interventions.risk-without-safety-plan" in _rules(text, config)
