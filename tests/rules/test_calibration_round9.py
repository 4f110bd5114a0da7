"""Round 9: general causes of false warnings on ten new good notes (``*-own-91…95``) and on
opened held-out 4's good notes — precision only.

Each cause is pinned by sentences of our own with a negative beside it, so a fix cannot simply
switch a rule off: a single missing section is a hint while two missing parts stay a warning; a
recorded response section or a plan's stated agreement is the client's response; combined and
everyday headings in listed layouts; score arrows and instrument names are not abbreviations; a
multi-session date range ends on its last session; goal labels with a qualifier; programme names
with their acronym; Thai writing and motive wordings.
"""

from __future__ import annotations

import pytest

from assistant.check import check_text
from assistant.text.sections import parse_sections

from .conftest import NOW


def _findings(text: str, config) -> list:
    return [
        f
        for f in check_text(text, config=config, now=NOW).findings
        if f.severity.value in {"warning", "error"}
    ]


def _warned(text: str, config) -> list[str]:
    return [f.rule for f in _findings(text, config)]


# ------------------------------------------------------------------ structure


_ONE_MISSING_EN = (
    "Session 3 — 12/03/2026, 6:30–7:30 pm. Written 12/03/2026, 8:00 pm\n\n"
    "S: K. said the week was calmer and she slept 6 hours most nights.\n"
    "{o}"
    "A: Sleep improving; worry still high before exams.\n"
    "P: Taught a worry-time routine; K. practised it and rated worry 6/10 before, 3/10 after. "
    "Goal: worry time used on 5 of 7 days by 26/03/2026. Next session 19/03/2026 at 6:30 pm."
)


def test_a_single_missing_section_is_a_hint_not_a_warning(config) -> None:
    text = _ONE_MISSING_EN.format(o="")
    found = [
        f
        for f in check_text(text, config=config, now=NOW).findings
        if f.rule == "structure.missing-section"
    ]
    assert found and all(f.severity.value == "info" for f in found)
    full = _ONE_MISSING_EN.format(o="O: Calm, good eye contact, on time.\n")
    assert not [
        f
        for f in check_text(full, config=config, now=NOW).findings
        if f.rule == "structure.missing-section"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Session 12/03/2026 14:00–14:50, written 12/03/2026 15:30\n\nA: Low mood.\nP: Review next week on 19/03/2026.",
        "วันที่ 12 มี.ค. 2569 เวลา 14.00–14.50 น. บันทึก 12 มี.ค. 2569\n\nA: อารมณ์เศร้า\nP: นัดติดตาม 19 มี.ค. 2569",
    ],
)
def test_two_missing_parts_stay_a_warning(config, text: str) -> None:
    assert _warned(text, config).count("structure.missing-section") == 2


def test_combined_intervention_and_response_heading_is_the_intervention() -> None:
    text = (
        "วันที่ 12 มี.ค. 2569\n\nสิ่งที่ผู้รับบริการเล่า: นาย ต. เล่าว่านอนหลับดีขึ้น\n\n"
        "สิ่งที่สังเกตและประเมิน: พูดช้า สีหน้าเศร้า อาการดีขึ้นตามลำดับ\n\n"
        "การช่วยเหลือและการตอบสนอง: ฝึกหายใจ นาย ต. ทำตามได้\n\nแผน: นัด 19 มี.ค. 2569"
    )
    names = parse_sections(text).names()
    assert "intervention" in names  # the combined I+R heading is where the work is written
    assert names.index("intervention") < names.index("plan")


def test_everyday_intervention_heading_kept_in_listed_thai_layout() -> None:
    text = (
        "วันที่ 12 มี.ค. 2569\n\nข้อมูลจากผู้รับบริการ\nนาง ร. เล่าว่าถูกทำร้าย\n\n"
        "ข้อมูลจากการสังเกต\nมีรอยช้ำ\n\nการประเมิน\nมีความเสี่ยง\n\n"
        "การช่วยเหลือที่ให้\n1. อธิบายสิทธิ\n2. วางแผนความปลอดภัย\n\nแผนการดำเนินงาน\nเยี่ยมบ้าน 19 มี.ค. 2569"
    )
    names = parse_sections(text).names()
    assert names == ["subjective", "objective", "assessment", "intervention", "plan"]
    # inside a section, a label line that is content stays content
    inline = text.replace("การช่วยเหลือที่ให้\n1.", "การประเมินเพิ่มเติม มีความเสี่ยงสูง\n1.")
    assert "intervention" not in parse_sections(inline).names()


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Presenting difficulties at assessment:", "subjective"),
        ("Client's view:", "subjective"),
        ("Assessment of risk:", "assessment"),
    ],
)
def test_everyday_account_headings(heading: str, name: str) -> None:
    text = f"Summary of sessions 1-4\n\n{heading} some text here.\n\nWork done: exposure.\n\nPlan: two more sessions."
    assert parse_sections(text).names()[0] == name


# ------------------------------------------------------------------ client response


_BIRP_TH = (
    "วันที่ 19 พ.ย. 2569 เวลา 13.00–13.50 น. บันทึก 19 พ.ย. 2569 เวลา 15.00 น.\n\n"
    "สิ่งที่ผู้รับบริการเล่า\nนาง ส. เล่าว่านอนไม่หลับ\n\n"
    "การช่วยเหลือที่ให้\nให้คำปรึกษาเรื่องการสูญเสีย วางตารางกิจกรรมรายวัน\n\n"
    "{response}"
    "แผนต่อไป\nนัดครั้งที่ 5 วันที่ 17 ธ.ค. 2569 เวลา 13.00 น. เป้าหมาย: 9Q ต่ำกว่า 7 ภายในเดือนมกราคม 2570"
)


def test_a_response_section_with_content_is_the_response(config) -> None:
    with_r = _BIRP_TH.format(response="การตอบสนองโดยรวม\nทำตารางกิจกรรมครบทุกสัปดาห์ กินยาสม่ำเสมอ\n\n")
    assert "interventions.missing-client-response" not in _warned(with_r, config)
    empty_r = _BIRP_TH.format(response="การตอบสนองโดยรวม\n-\n\n")
    assert "interventions.missing-client-response" in _warned(empty_r, config)


_PLAN_EN = (
    "Session: 18/11/2026, 1:15–1:55 p.m. Documented 18/11/2026, 3:30 p.m.\n\n"
    "Data: T. said mornings are chaos since his mother started night shifts.\n"
    "Assessment: Lateness tied to a caregiving role.\n"
    "Plan: {plan} Goal: on time on 4 of 5 days each week by 18/12/2026. Follow-up on 25/11/2026 at 1:15 p.m."
)


@pytest.mark.parametrize(
    ("plan", "fires"),
    [
        ("With T.'s agreement I gave him a late-slip form for the vice-principal.", False),
        (
            "Explained the breakfast program; both asked for a referral and declined other options.",
            False,
        ),
        ("Gave him a late-slip form for the vice-principal.", True),
        ("Explained the breakfast program.", True),
    ],
)
def test_agreement_in_the_plan_is_the_response(config, plan: str, fires: bool) -> None:
    assert (
        "interventions.missing-client-response" in _warned(_PLAN_EN.format(plan=plan), config)
    ) is fires


# ------------------------------------------------------------------ clarity


def test_score_arrows_and_instruments_are_not_abbreviations(config) -> None:
    text = "GAD-7: 15 → 7\nCORE-10: 21 → 9\nK10: 30 → 22"
    flagged = [
        text[f.start : f.end]
        for f in _findings(text, config)
        if f.rule == "clarity.undefined-abbreviation"
    ]
    assert flagged == []
    shorthand = "Pt → home, ↑ anxiety, FU w/ GP re SSRI"
    assert "clarity.undefined-abbreviation" in _warned(shorthand, config)


def test_acronym_in_the_service_title_line_is_the_service(config) -> None:
    text = "HSE Primary Care Psychology Service\nSession 3, written same day.\n\nThe CTO was discussed."
    flagged = [
        text[f.start : f.end]
        for f in check_text(text, config=config, now=NOW).findings
        if f.rule == "clarity.undefined-abbreviation"
    ]
    assert "HSE" not in flagged
    assert "CTO" in flagged


# ------------------------------------------------------------------ timeliness


@pytest.mark.parametrize(
    ("written", "late"),
    [("19/11/2026", False), ("30/11/2026", True)],
)
def test_summary_of_sessions_counts_from_the_last_session(config, written: str, late: bool) -> None:
    text = (
        "Summary of sessions 1–6\n"
        "Sessions: 16/09/2026 to 18/11/2026, fortnightly, 50 minutes each\n"
        f"Summary written: {written}\n\n"
        "S: R. said she drives most days.\nO: GAD-7 7.\nA: Mild anxiety.\n"
        "P: Two more sessions; goal: drive the junction twice a week by 16/12/2026. Next 02/12/2026."
    )
    assert ("timeliness.late-entry" in _warned(text, config)) is late


@pytest.mark.parametrize(
    "label", ["จัดทำสรุป: วันที่ 20 พ.ย. 2569 เวลา 09.00 น.", "จัดทำบันทึก 20 พ.ย. 2569"]
)
def test_thai_prepared_on_is_a_writing_label(config, label: str) -> None:
    text = (
        "สรุปผลการให้คำปรึกษา\nวันที่ให้บริการ: 19 พ.ย. 2569 เวลา 13.00–13.50 น.\n" + label + "\n\n"
        "S: เล่าว่านอนได้ 6 ชั่วโมง\nO: สีหน้าสดใส\nA: ดีขึ้น\nP: นัด 17 ธ.ค. 2569 เวลา 13.00 น."
    )
    assert "timeliness.missing-written-date" not in _warned(text, config)
    bare = text.replace(label + "\n", "")
    assert "timeliness.missing-written-date" in _warned(bare, config)


# ------------------------------------------------------------------ goals, names, motive


@pytest.mark.parametrize(
    "line",
    [
        "Goal, set together: on time on 4 of 5 days by 18 December 2026.",
        "Goal agreed with Ms D.: drive twice a week by 16/12/2026.",
    ],
)
def test_goal_label_with_a_qualifier(config, line: str) -> None:
    text = (
        "Session 12/03/2026 14:00–14:50, written 12/03/2026\n\nS: said ok.\nO: calm.\nA: fine.\nP: "
        + line
    )
    assert "goals.missing-goal" not in _warned(text, config)
    no_goal = text.replace(line, "Review in class on 19/03/2026.")
    assert "goals.missing-goal" in _warned(no_goal, config)


def test_programme_name_with_its_acronym_is_not_a_person(config) -> None:
    text = "Applied for the Enhancement for Active Seniors (EASE) grab bars with her consent."
    assert "confidentiality.full-name" not in _warned(text, config)
    person = "Spoke with Active Seniors about it. Her neighbour John Tan (JT) visited."
    assert "confidentiality.full-name" in _warned(person, config)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("มีความคิดอยากตายแบบไม่ตั้งใจ (passive) ไม่มีแผน", False),
        ("ทำแก้วแตกโดยไม่ตั้งใจ", False),
        ("นักเรียนไม่ตั้งใจเรียนเลย", True),
    ],
)
def test_unintentional_is_not_a_motive(config, text: str, fires: bool) -> None:
    assert ("objectivity.unsupported-motive" in _warned(text, config)) is fires


_GROUP_TH = (
    "บันทึกกิจกรรมกลุ่ม ครั้งที่ 2\nวันที่ 14 ม.ค. 2569 เวลา 14.30–15.20 น. วันที่บันทึก 14 ม.ค. 2569 เวลา 16.00 น.\n\n"
    "สิ่งที่เกิดขึ้นในกลุ่ม: นักเรียน 9 คนแลกเปลี่ยนประสบการณ์\n"
    "การดำเนินกลุ่ม: ใช้บทบาทสมมติ นักเรียนเลือกวิธีช่วยเพื่อน 2 วิธี\n"
    "{result}"
    "แผนและเป้าหมาย: ภายในครั้งที่ 6 (18 ก.พ. 2569) ไม่เกิน 2 คนต่อสัปดาห์ กลุ่มครั้งต่อไป 21 ม.ค. 2569"
)


def test_a_measured_result_against_the_start_is_an_outcome(config) -> None:
    measured = _GROUP_TH.format(
        result="ผลที่วัดได้: แบบสำรวจก่อนเริ่มโครงการ 7 จาก 12 คน สัปดาห์นี้ 4 จาก 12 คน\n"
    )
    assert "completeness.missing-outcome" not in _warned(measured, config)
    assert "completeness.missing-outcome" in _warned(_GROUP_TH.format(result=""), config)
