"""Round 10: general causes of false warnings on ten new good notes (``*-own-101…110``) — precision.

Each cause is pinned by sentences of our own with a negative beside it, so a fix cannot simply
switch a rule off: a negated label records an absence; bullying done to a client and an anti-X
policy are not the client pretending or resisting; nursing Focus charting (A/I/E) and GIRP layouts;
a shift handover as the next contact; a clock-time-only writing label; an instrument scored in
another section; the header date with held times is the session; "the referral of <date>" is not a
next contact; institutions and languages are not personal names; everyday headings keep their
writer's order; shopping as a care task.
"""

from __future__ import annotations

import pytest

from assistant.check import check_text
from assistant.text.sections import parse_sections

from .conftest import NOW


def _rules(text: str, config, rule: str) -> list:
    return [
        f
        for f in check_text(text, config=config, now=NOW).findings
        if f.rule == rule and f.severity.value in {"warning", "error"}
    ]


# ------------------------------------------------------------------ tone / objectivity


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("ตลอดเวรไม่มีพฤติกรรมก้าวร้าว นั่งดูโทรทัศน์กับเพื่อน", False),
        ("วันนี้ไม่มีท่าทีก้าวร้าว พูดคุยตอบคำถามได้", False),
        ("ผู้ป่วยก้าวร้าวกับเจ้าหน้าที่ตลอดเวร", True),
        ("No aggressive behaviour on the ward this shift.", False),
        ("He was aggressive with staff at lunch.", True),
    ],
)
def test_a_negated_label_records_an_absence(config, text: str, fires: bool) -> None:
    assert bool(_rules(text, config, "tone.pejorative-label")) is fires


@pytest.mark.parametrize(
    ("text", "rule", "fires"),
    [
        ("ครูอธิบายนโยบายต่อต้านการกลั่นแกล้งของโรงเรียนให้นักเรียนฟัง", "tone.refusal-framing", False),
        ("นักเรียนต่อต้านเมื่อครูขอให้เข้าห้องเรียน", "tone.refusal-framing", True),
        ("ทั้งวันไม่ยอมกินข้าว", "tone.refusal-framing", True),
        ("เพื่อน 2 คนกลั่นแกล้งนักเรียนในกลุ่มแชตของห้อง", "objectivity.lying-accusation", False),
        ("คิดว่าผู้รับบริการแกล้งป่วยเพื่อไม่ต้องไปทำงาน", "objectivity.lying-accusation", True),
    ],
)
def test_bullying_and_anti_policies_are_not_the_clients_act(
    config, text: str, rule: str, fires: bool
) -> None:
    found = [
        f
        for f in check_text(text, config=config, now=NOW).findings
        if f.criterion.value in {"tone", "objectivity"} and f.severity.value in {"warning", "error"}
    ]
    assert bool(found) is fires


# ------------------------------------------------------------------ structure


_FOCUS = (
    "หอผู้ป่วยจิตเวช วันที่ 3 มี.ค. 2569 เวรเช้า 08.00–16.00 น.\n"
    "บันทึกเวลา 15.00 น.\n"
    "Focus: นอนไม่หลับ\n"
    "A (Assessment): ผู้ป่วยบอกว่าเมื่อคืนหลับ 3 ชั่วโมง\n"
    "I (Intervention): สอนการหายใจช้า 10 นาที จัดให้นอนห้องที่เงียบ\n"
    "{e}"
    "แผน: ติดตามการนอนในเวรดึกคืนนี้ ส่งเวรบ่ายเวลา 16.00 น.\n"
)


def test_focus_charting_reads_its_intervention_and_evaluation(config) -> None:
    text = _FOCUS.format(e="E (Evaluation): ผู้ป่วยลองหายใจตามและบอกว่าผ่อนคลายขึ้น\n")
    parsed = parse_sections(text)
    assert {"intervention", "response"} <= set(parsed.names())
    assert not _rules(text, config, "interventions.missing-intervention")
    assert not _rules(text, config, "interventions.missing-next-step")
    assert not _rules(text, config, "timeliness.missing-written-date")
    # a bare "E:" line is not trusted as a heading
    assert "response" not in parse_sections(_FOCUS.format(e="E: ok\n")).names()


def test_a_shift_note_without_handover_or_date_still_lacks_a_next_step(config) -> None:
    text = (
        "วันที่ 3 มี.ค. 2569 เวลา 09.00–09.30 น. บันทึกวันที่ 3 มี.ค. 2569\n"
        "S: ผู้ป่วยบอกว่านอนไม่หลับ\nO: ดูอ่อนเพลีย\nA: นอนไม่หลับจากความกังวล\n"
        "P: สอนการหายใจช้า ผู้ป่วยลองทำแล้วบอกว่าดีขึ้น\n"
    )
    assert _rules(text, config, "interventions.missing-next-step")


def test_everyday_headings_keep_the_writers_order_format_letters_do_not(config) -> None:
    own_layout = (
        "Home visit 05/03/2026 14:00–15:00. Recorded 05/03/2026 16:00.\n"
        "Observations: Mr K. was dressed, food in date in the fridge.\n"
        "Action taken: explained the inquiry; phoned his son with his agreement.\n"
        "Adult's views: he wants to stay at home and agreed to his son holding his cash.\n"
        "Analysis: at risk of financial harm; no injury seen.\n"
        "Plan: case conference 12/03/2026 at 10:00; I will visit again 19/03/2026.\n"
    )
    assert not _rules(own_layout, config, "structure.section-order")
    letters = (
        "Session 05/03/2026 14:00–15:00. Written 05/03/2026 16:00.\n"
        "P: Next session 12/03/2026.\nS: Client said the week was hard.\n"
        "O: Tearful.\nA: Low mood continues.\n"
    )
    assert _rules(letters, config, "structure.section-order")


# ------------------------------------------------------------------ goals / completeness


def test_a_bracketed_goal_label_is_a_goal(config) -> None:
    th = (
        "วันที่ 3 มี.ค. 2569 เวลา 09.00–09.45 น. บันทึกเมื่อ 3 มี.ค. 2569\n"
        "G (เป้าหมาย): คะแนน 9Q ต่ำกว่า 7 ภายในวันที่ 30 เม.ย. 2569\n"
        "I (การช่วยเหลือ): ประเมิน 9Q ใช้การกระตุ้นพฤติกรรม\n"
        "R (การตอบสนอง): 9Q = 9 เลือกกิจกรรมเดินตอนเช้า\n"
        "P (แผน): นัดครั้งต่อไป 17 มี.ค. 2569\n"
    )
    assert not _rules(th, config, "goals.missing-goal")
    assert not _rules(th, config, "completeness.instrument-without-result")
    en = th.replace("G (เป้าหมาย):", "G (Goal):")
    assert not _rules(en, config, "goals.missing-goal")
    no_goal = th.replace("G (เป้าหมาย): คะแนน 9Q ต่ำกว่า 7 ภายในวันที่ 30 เม.ย. 2569\n", "")
    assert _rules(no_goal, config, "goals.missing-goal")


def test_an_instrument_never_scored_anywhere_still_fires(config) -> None:
    text = (
        "Session on Monday.\nPHQ-9 completed.\nClient talked about work stress and family.\n"
        "We discussed coping.\nPlan: repeat PHQ-9 next month."
    )
    assert _rules(text, config, "completeness.instrument-without-result")
    scored = text.replace("Plan: repeat PHQ-9 next month.", "Result: PHQ-9 = 12 (moderate).")
    assert not _rules(scored, config, "completeness.instrument-without-result")


# ------------------------------------------------------------------ timeliness


def test_the_header_date_with_held_times_is_the_session(config) -> None:
    text = (
        "Client: T., referred by the crisis team after a call on 03/01/2026\n"
        "Service date: 03/03/2026, 3:00–3:45 pm, phone\n"
        "Documented: 03/03/2026, 4:20 pm\n\n"
        "B: Calm.\nI: Safety plan reviewed.\nR: Added a contact.\nP: Call 03/04/2026 at 3 pm.\n"
    )
    assert not _rules(text, config, "timeliness.late-entry")
    late = text.replace("Documented: 03/03/2026", "Documented: 03/09/2026")
    assert _rules(late, config, "timeliness.late-entry")


def test_the_date_of_what_is_followed_up_is_not_the_next_contact(config) -> None:
    text = (
        "Contact: home visit, 17/11/2026, 14:00–15:00. Recorded: 17/11/2026 16:30\n"
        "Purpose: to follow up the referral of 10/11/2026 from his bank.\n"
        "Plan: I will visit again on 01/12/2026.\n"
    )
    assert not _rules(text, config, "timeliness.date-inconsistency")
    wrong = text.replace("Plan: I will visit again on 01/12/2026.", "Next visit: 10/11/2026.")
    assert _rules(wrong, config, "timeliness.date-inconsistency")


# ------------------------------------------------------------------ confidentiality / relevance


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Seen with a Bahasa Indonesia interpreter in the meeting room.", False),
        ("She phones her mother in Central Java twice a week.", False),
        ("Police Scotland invited to the case conference.", False),
        ("Client: Maria Santos, 29, referred by her employer.", True),
    ],
)
def test_languages_and_institutions_are_not_names(config, text: str, fires: bool) -> None:
    assert bool(_rules(text, config, "confidentiality.full-name")) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("A neighbour has been helping him with shopping since his fall.", False),
        ("She talked about going shopping at the mall for a new dress.", True),
    ],
)
def test_shopping_as_a_care_task_is_relevant(config, text: str, fires: bool) -> None:
    text = "S: " + text + "\nO: Calm.\nA: Stable.\nP: Review 05/03/2026."
    assert bool(_rules(text, config, "relevance.off-topic-detail")) is fires


# ------------------------------------------------------------------ analyzer names (filtering)


def _names_with_analyzer(text: str, config, value: str) -> list:
    """Full-name findings when an analyzer reports ``value`` as a PERSON (injected, offline)."""
    from assistant.models import DetectedEntity

    def finder(t: str) -> list[DetectedEntity]:
        i = t.find(value)
        return [DetectedEntity(start=i, end=i + len(value), type="PERSON", text=value)]

    report = check_text(text, config=config, now=NOW, identifier_finder=finder)
    return [f for f in report.findings if f.rule == "confidentiality.full-name"]


@pytest.mark.parametrize(
    ("text", "value", "fires"),
    [
        ("P: review 05/03/2026.\nSigned: A. Ramirez, LCSW — 05/03/2026", "A. Ramirez", False),
        ("P: review 05/03/2026. No change to plan. — D. Okafor, LPC", "D. Okafor", False),
        ("P: review 05/03/2026.\nSigned: A. Ramirez", "A. Ramirez", True),
        ("S: the form was signed by her father John Smith yesterday.", "John Smith", True),
        ("Service: Adult Social Work, Locality Team North", "Locality Team North", False),
        ("S: Mdm said she sleeps well now.", "Mdm", False),
        ("S: Mdm Tan said she sleeps well now.", "Mdm Tan", True),
    ],
)
def test_sign_offs_titles_and_teams_are_not_client_names(
    config, text: str, value: str, fires: bool
) -> None:
    assert bool(_names_with_analyzer(text, config, value)) is fires
