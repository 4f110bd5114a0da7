"""Which statements count as an affirmed risk: the client's own current thoughts or acts of self-harm,
suicide or harm to others, or violence against them — and which do not (denied, hypothetical,
historical, somebody else's, ordinary words that look alike)."""

from __future__ import annotations

import pytest

from assistant.check import check_text

RISK_RULES = {"completeness.risk-assessment-missing", "interventions.risk-without-safety-plan"}

AFFIRMED = [
    "Client reports SI most days this week.",
    "Endorses passive suicidal ideation.",
    "She said she wants to die.",
    "He wishes he were dead since the divorce.",
    "Says everyone would be better off without her.",
    "Admitted to cutting her forearms on Sunday.",
    "Disclosed self-harm (scratching) twice this week.",
    "Thinking about ending her life.",
    "Has had thoughts of killing himself after the eviction.",
    "Threatened to kill his ex-partner on Friday.",
    "Took an intentional overdose of paracetamol on 03/01.",
    "PHQ-9 = 19, item 9 = 1.",
    "Sleep poor, appetite down, reports suicidal thoughts.",
    "นักเรียนบอกว่าอยากตาย",
    "เล่าว่ามีความคิดฆ่าตัวตายช่วงกลางคืน",
    "ยอมรับว่ากรีดข้อมือเมื่อวาน",
    "บอกว่าไม่อยากมีชีวิตอยู่ต่อแล้ว",
    "ผู้ป่วยกินยาเกินขนาดเมื่อคืน",
    "9Q ข้อ 9 = 2",
    "ขู่ว่าจะฆ่าภรรยาถ้าเธอหนีไป",
    "Mother reports she has been cutting her arms.",
]

#: Violence against the client needs a safety response; the suicide-risk assessment does not apply.
VIOLENCE = [
    "เด็กถูกพ่อเลี้ยงตีด้วยไม้แขวนเสื้อ",
    "She was choked by her boyfriend on Saturday.",
    "ถูกสามีบีบคอเมื่อคืน",
]

NOT_AFFIRMED = [
    "Denies SI/HI.",
    "No suicidal ideation, no self-harm.",
    "SI: none. HI: none.",
    "Denied thoughts of harming herself or others when asked directly.",
    "Her brother died by suicide in 2019.",
    "His best friend attempted suicide last year.",
    "History of self-harm at age 15, none since.",
    "Safety plan: if thoughts of suicide return, she will call 988.",
    "Cut his commute to 40 minutes; cutting back on sugar.",
    "Said hi to staff on arrival.",
    "Laughing so hard she could die, she said about the film.",
    "ปฏิเสธความคิดฆ่าตัวตาย",
    "ไม่มีความคิดทำร้ายตนเอง",
    "พี่สาวเคยพยายามฆ่าตัวตาย",
    "หากมีความคิดอยากตายให้โทร 1323",
    "ประวัติทำร้ายตนเองเมื่ออายุ 14 ปี",
    "ลุงไปตัดผมที่ร้านหน้าบ้าน",
    "เพื่อนบ้านเลี้ยงไก่ชน",
]


def _risk_rules(text: str) -> set[str]:
    return {f.rule for f in check_text(text).findings} & RISK_RULES


@pytest.mark.parametrize("text", AFFIRMED)
def test_when_the_client_states_a_current_risk_then_both_risk_rules_fire(text):
    assert _risk_rules(text) == RISK_RULES


@pytest.mark.parametrize("text", VIOLENCE)
def test_when_the_client_reports_current_violence_then_only_the_safety_plan_rule_fires(text):
    assert _risk_rules(text) == {"interventions.risk-without-safety-plan"}


@pytest.mark.parametrize("text", NOT_AFFIRMED)
def test_when_risk_is_denied_hypothetical_past_or_someone_elses_then_no_risk_rule_fires(text):
    assert _risk_rules(text) == set()


def test_when_a_risk_is_assessed_and_planned_for_then_neither_rule_fires():
    note = (
        "S: Reports passive SI since the layoff; denies plan or intent; no past attempts.\n"
        "A: Low risk; protective factors: her daughter, weekly church group.\n"
        "P: Safety plan written with her; 988 saved in her phone. Next session 04/02/2026."
    )
    assert _risk_rules(note) == set()


def test_when_a_thai_risk_is_assessed_and_planned_for_then_neither_rule_fires():
    note = (
        "S: เล่าว่ามีความคิดอยากตาย ไม่มีแผน ไม่มีเจตนา ไม่เคยพยายาม ห่วงลูก\n"
        "A: 8Q = 4 ความเสี่ยงระดับต่ำ\n"
        "P: ทำแผนความปลอดภัยร่วมกัน ให้เบอร์สายด่วน 1323 นัด 1 สัปดาห์"
    )
    assert _risk_rules(note) == set()
