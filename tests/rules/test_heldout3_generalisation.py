"""Third round of layouts and wordings the checker was not written against, EN and TH (round 4).

Each general cause of a false warning on a good note (found on the opened held-out set 3 and on
our own notes ``*-own-41…44``) and each newly caught defect family is pinned by sentences of our
own, never a held-out note's words, with a negative beside each so a fix cannot simply switch a
rule off.
"""

from __future__ import annotations

import pytest

from assistant.check import check_text
from assistant.text.sections import parse_sections

from .conftest import NOW


def _warned(text: str, config) -> list[str]:
    """Rules with a warning or error finding (what a reviewer is asked to act on)."""
    return [
        f.rule
        for f in check_text(text, config=config, now=NOW).findings
        if f.severity.value in {"warning", "error"}
    ]


def _rules(text: str, config) -> list[str]:
    return [f.rule for f in check_text(text, config=config, now=NOW).findings]


# --------------------------------------------------------------------------- everyday headings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phone check-in — Follow-up Call\nDate: 02/03/2026 17:00-17:20\n\n"
            "What the caller said: slept badly.\nWhat I did: reviewed her plan.\n"
            "How she responded: added a step.\nNext steps: call on 04/03/2026.",
            ["behavior", "intervention", "response", "plan"],
        ),
        (
            "Contact 02/03/2026 09:00-09:40\n\nProblem: rent arrears.\n"
            "Actions taken: filled in the grant form.\n\nClient response\nsigned the form.\n"
            "Evaluation: form lodged.\nFollow-up: call on 09/03/2026.",
            ["behavior", "intervention", "response", "response", "plan"],
        ),
        (
            "เยี่ยมบ้าน 2 มี.ค. 2569\n\n1. ปัญหาที่พบ\nลืมกินยา\n\n2. การช่วยเหลือที่ให้\nจัดกล่องยา\n\n"
            "3. ผลลัพธ์\nหยิบยาได้ถูก\n\n4. แผนต่อไป\nเยี่ยม 9 มี.ค. 2569",
            ["behavior", "intervention", "response", "plan"],
        ),
        (
            "บันทึก\nวันที่ 2 มี.ค. 2569\n\nข้อมูล\nเล่าว่านอนไม่หลับ\nการประเมิน\nเครียดเรื่องงาน\n"
            "แผน\nนัด 9 มี.ค. 2569",
            ["data", "assessment", "plan"],
        ),
    ],
)
def test_everyday_headings_are_sections(text, expected):
    assert parse_sections(text).names() == expected


def test_a_title_line_is_not_a_section_heading():
    text = "Family Follow-up Visit\nSeen 02/03/2026.\n\nPlan: call on 09/03/2026."
    assert [s.heading for s in parse_sections(text).sections] == ["Plan:"]


def test_a_sentence_opening_with_client_is_still_not_a_heading():
    text = "S: low mood.\n\nClient said she was tired\nP: review on 09/03/2026."
    assert parse_sections(text).names() == ["subjective", "plan"]


# --------------------------------------------------------------------------- missing sections


def test_a_girp_note_opening_with_its_goal_is_not_missing_behaviour(config):
    for goal in (
        "Goal: attend 3 of 4 classes a week by 30/04/2026.",
        "เป้าหมาย: ส่งงานครบทุกชิ้นภายใน 30 เม.ย. 2569",
    ):
        text = (
            "Session 02/03/2026 15:00-15:50. Written 02/03/2026 16:10.\n\n"
            f"{goal}\nIntervention: practised a graded exposure step.\n"
            "Response: she rated fear 6/10, down from 8/10.\nPlan: next session 09/03/2026 15:00."
        )
        assert "structure.missing-section" not in _warned(text, config)


def test_a_birp_note_with_no_behaviour_and_no_goal_is_still_missing_a_section(config):
    text = (
        "Session 02/03/2026 15:00-15:50. Written 02/03/2026 16:10.\n\n"
        "Intervention: practised a graded exposure step.\n"
        "Response: she rated fear 6/10, down from 8/10.\nPlan: next session 09/03/2026 15:00."
    )
    # reported (a hint since round 9: one section missing)
    assert "structure.missing-section" in [f.rule for f in check_text(text, config=config, now=NOW).findings]


def test_an_account_told_in_paragraphs_before_assessment_and_plan_is_not_missing(config):
    text = (
        "Group note\nDate: 02/03/2026 18:00-19:30. Written: 02/03/2026 20:00.\n\n"
        "The member told the group that evenings are the hardest time and that she now walks "
        "with a neighbour twice a week, which she said helps her sleep.\n\n"
        "The facilitator led a memory-box exercise; she brought a photograph and spoke about it "
        "for five minutes, then said she felt calmer afterwards.\n\n"
        "Assessment: engaging well with the group.\n"
        "Plan: she will keep walking twice a week until the next group on 09/03/2026 at 18:00."
    )
    assert "structure.missing-section" not in _warned(text, config)


def test_one_unheaded_block_before_assessment_and_plan_is_still_missing(config):
    text = "Visit note\nวันที่ 2 มี.ค. 2569\n\nผู้รับบริการเล่าเรื่องลูก เรื่องงาน เรื่องเงิน\nA: ปกติ\nแผน: ติดตามต่อ"
    assert "structure.missing-section" in _warned(text, config)


# --------------------------------------------------------------------------- short notes, a part per line


def test_a_short_phone_note_a_part_per_line_is_not_an_error(config):
    for text in (
        "Phone follow-up — short note\nCall 02/03/2026 19:00-19:20 | Written 02/03/2026 19:40\n"
        "She said she has used her coping card three times this week and slept six hours a night.\n"
        "Reviewed the coping card step by step and she added her sister's number to it.\n"
        "Goal: use the card whenever distress is above 6/10 through 30/03/2026.\n"
        "Next call booked 09/03/2026 at 19:00.",
        "โทรติดตาม — บันทึกสั้น\nโทร 2 มี.ค. 2569 เวลา 19.00–19.20 น. | บันทึก 2 มี.ค. 2569 เวลา 19.40 น.\n"
        "ผู้รับบริการเล่าว่าสัปดาห์นี้ใช้บัตรรับมือความเครียดสามครั้งและนอนได้คืนละหกชั่วโมง\n"
        "ทบทวนบัตรรับมือทีละขั้นร่วมกัน ผู้รับบริการเพิ่มเบอร์พี่สาวลงในบัตรด้วยตนเอง\n"
        "เป้าหมาย: ใช้บัตรทุกครั้งที่ความเครียดเกิน 6/10 จนถึง 30 มี.ค. 2569\n"
        "นัดโทรติดตามครั้งต่อไป 9 มี.ค. 2569 เวลา 19.00 น.",
    ):
        assert "structure.no-recognised-format" not in _warned(text, config)


def test_lines_of_vague_entries_still_lack_structure(config):
    text = (
        "เยี่ยมบ้าน\nวันที่ 2 มี.ค. 2569\n"
        "ผู้รับบริการเล่าเรื่องหนี้และเรื่องลูกหลายเรื่องปนกันไปหมด วันนี้ก็ดูเหมือนเดิม\n"
        "ได้พูดคุยให้กำลังใจไปแล้วตามปกติ และบอกให้ดูแลตัวเองให้ดีขึ้นกว่าเดิม\n"
        "ญาติบอกว่าช่วงนี้กลับบ้านดึกทุกคืน ไม่ค่อยอยู่บ้านเลยในช่วงสัปดาห์นี้\n"
    )
    assert "structure.no-recognised-format" in _warned(text, config)


# --------------------------------------------------------------------------- goals and interventions


@pytest.mark.parametrize(
    "plan",
    [
        "Goal\nRent grant decided before 30/04/2026 so that he keeps the tenancy.",
        "Goal and plan: he attends 9 of 10 school days over the next two weeks (to 16/03/2026).",
        "Plan: R. will use the worry list on at least 4 nights a week for the next two weeks.",
        "Plan: T.K. agreed to try a short walk on three mornings before the next session.",
    ],
)
def test_goals_written_in_other_forms_are_goals(plan, config):
    text = f"Session 02/03/2026 10:00-10:50. Written 02/03/2026 11:30.\n\nS: worried.\n{plan}"
    assert "goals.missing-goal" not in _warned(text, config)


def test_a_plan_with_no_target_still_has_no_goal(config):
    text = (
        "Session 02/03/2026 10:00-10:50. Written 02/03/2026 11:30.\n\nS: worried.\nPlan: continue."
    )
    assert "goals.missing-goal" in _warned(text, config)


def test_a_narrative_before_assessment_and_plan_is_where_the_work_is(config):
    text = (
        "Session 02/03/2026 10:00-10:50. Written 02/03/2026 11:30.\n\n"
        "She said the week was hard.\n\nI used a grounding exercise with her and she named five "
        "things she could see.\n\nAssessment: coping.\nPlan: next session 09/03/2026 at 10:00."
    )
    assert "interventions.missing-intervention" not in _warned(text, config)


@pytest.mark.parametrize(
    "line",
    [
        "Plan: Gave some advice about money.",
        "Plan: Reminded her about services.",
        "P: แนะ ๆ ไปแล้ว นัด 9 มี.ค. 2569",
    ],
)
def test_advice_and_reminders_with_no_content_are_vague(line, config):
    text = f"Session 02/03/2026 10:00-10:50. Written 02/03/2026 11:30.\nS: worried.\n{line}"
    assert "interventions.vague-intervention" in _warned(text, config)


def test_specific_advice_is_not_vague(config):
    text = (
        "Session 02/03/2026 10:00-10:50. Written 02/03/2026 11:30.\nS: worried.\n"
        "Plan: Gave her the tenancy helpline leaflet and explained the three steps of the appeal."
    )
    assert "interventions.vague-intervention" not in _warned(text, config)


def test_talking_with_a_person_named_by_an_initial_reads_on(config):
    text = (
        "B: ตา ก. นอนอยู่\nI: พูดคุยกับตา ก. ตามลำพังเรื่องความปลอดภัยและการกินยา\n"
        "R: ตา ก. บอกว่าปลอดภัยดี\nP: เยี่ยม 9 มี.ค. 2569"
    )
    assert "interventions.vague-intervention" not in _warned(text, config)
    bare = "B: ตา ก. นอนอยู่\nI: พูดคุยกับตา\nR: ตา ก. บอกว่าปลอดภัยดี\nP: เยี่ยม 9 มี.ค. 2569"
    assert "interventions.vague-intervention" in _warned(bare, config)


def test_a_stated_absence_of_any_next_contact_is_flagged(config):
    for plan in ("Plan: No further contact booked.", "P: ยังไม่ได้นัดครั้งต่อไป"):
        text = (
            f"Session 02/03/2026 10:00-10:50. Written 02/03/2026 11:30.\nS: follow-up call.\n{plan}"
        )
        assert "interventions.missing-next-step" in _warned(text, config)
    dated = "Session 02/03/2026 10:00. Written 02/03/2026 11:30.\nS: ok.\nPlan: next call on 09/03/2026."
    assert "interventions.missing-next-step" not in _warned(dated, config)


# --------------------------------------------------------------------------- tone, objectivity, clarity


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Her aunt is a pushover and gives in to every demand.", "tone.pejorative-label"),
        ("He'll say anything to get out of the hearing.", "objectivity.credibility-doubt"),
        ("เด็กเป็นคนอ่อนแอเกินไป", "tone.pejorative-label"),
        ("She was sort of getting there, kind of, with the budget.", "clarity.vague-summary"),
        ("Voices less? not sure.", "clarity.vague-summary"),
        ("หูแว่วลดลง? ไม่แน่ใจ", "clarity.vague-summary"),
        ("น่าจะแค่ทำตามเพื่อน อีกสักพักคงเลิกไปเอง", "objectivity.opinion-as-fact"),
    ],
)
def test_new_wording_families_are_flagged(sentence, rule, config):
    assert rule in _rules(f"O: {sentence}\nP: review on 09/03/2026.", config)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("She practised refusal skills in two role-plays.", "tone.refusal-framing"),
        ("ฝึกทักษะการปฏิเสธ (refusal skills) สองสถานการณ์", "tone.refusal-framing"),
        ("She asked what kind of support the centre offers.", "clarity.vague-summary"),
        ("กล้ามเนื้อขาอ่อนแรงหลังผ่าตัด", "tone.pejorative-label"),
    ],
)
def test_neutral_uses_of_the_same_words_are_not_flagged(sentence, rule, config):
    assert rule not in _rules(f"O: {sentence}\nP: review on 09/03/2026.", config)


def test_a_title_is_not_a_full_name(config):
    text = "Debt Help — Telephone Counselling (DAP)\nD: she said it was hard.\nA: coping.\nP: call 09/03/2026."
    assert "confidentiality.full-name" not in _warned(text, config)
    named = "Offender: Tama Rangi Hohepa, PRN 55120934\nS: reported on time.\nP: next 09/03/2026."
    warned = _warned(named, config)
    assert "confidentiality.full-name" in warned
    assert "confidentiality.id-number" in warned


# --------------------------------------------------------------------------- timeliness and risk


def test_a_follow_up_call_header_with_a_time_range_is_the_session(config):
    text = (
        "โทรติดตาม — บันทึกสั้น\nผู้รับบริการ: ข. | โทรติดตาม 2 มี.ค. 2569 เวลา 20.00–20.20 น. | "
        "บันทึก 2 มี.ค. 2569 เวลา 20.40 น.\nเล่าว่าไปพบแพทย์ตามนัดเมื่อ 27 ก.พ.\n"
        "นัดโทรติดตามครั้งต่อไป 9 มี.ค. 2569 เวลา 20.00 น."
    )
    warned = _warned(text, config)
    assert "timeliness.date-inconsistency" not in warned
    assert "timeliness.missing-session-time" not in warned


def test_a_delay_stated_in_words_is_a_late_entry(config):
    for line in (
        "โทรติดตามเมื่อวันจันทร์ มาบันทึกวันนี้ (ประมาณ 9 วันหลังโทร)",
        "Called on Monday; written up today, 9 days after the call.",
    ):
        assert "timeliness.late-entry" in _warned(f"{line}\nS: ok.\nP: review 09/03/2026.", config)
    soon = "Called on Monday; written up 2 hours after the call.\nS: ok.\nP: review 09/03/2026."
    assert "timeliness.late-entry" not in _warned(soon, config)


def test_a_note_saying_risk_was_not_reviewed_is_flagged(config):
    for line in (
        "Risk and the safety plan were not revisited on this call.",
        "ครั้งนี้ไม่ได้ประเมินความเสี่ยง",
    ):
        text = f"Call 02/03/2026 19:00. Written 02/03/2026 19:30.\nS: {line}\nP: call 09/03/2026."
        assert "completeness.risk-assessment-missing" in _warned(text, config)
    reviewed = "Call 02/03/2026 19:00.\nS: Risk was reviewed; she denied plan or intent.\nP: call 09/03/2026."
    assert "completeness.risk-assessment-missing" not in _warned(reviewed, config)
