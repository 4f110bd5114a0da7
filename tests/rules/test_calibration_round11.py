"""Round 11: general causes of false warnings on ten new good notes (``*-own-111…120``) — precision.

Each cause is pinned by sentences of our own with a negative beside it, so a fix cannot simply
switch a rule off: a clock range without separators on the session line (a VA/military clock); an
outreach log's "Logged:" label; a plan's yearless date for the next contact; an initial's dot does
not end the clause after "talked with"; a counted or dated commitment of the client (or of group
members) is a goal, a return visit on a date is not.
"""

from __future__ import annotations

import pytest

from assistant.check import check_text

from .conftest import NOW


def _rules(text: str, config, rule: str) -> list:
    return [
        f
        for f in check_text(text, config=config, now=NOW).findings
        if f.rule == rule and f.severity.value in {"warning", "error"}
    ]


# ------------------------------------------------------------------ timeliness


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("Date: 12/10/2026, 1800–1930\nNote completed: 12/11/2026, 0830\n", False),
        ("Date: 10 December 2026, 0900-0950\nWritten: 10/12/2026\n", False),
        ("Date: 12/10/2026\nNote completed: 12/11/2026, 0830\n", True),
        ("วันที่ 10 ธ.ค. 2569\nบันทึกเมื่อ 10 ธ.ค. 2569\n", True),
        ("วันที่ 10 ธ.ค. 2569 เวลา 13.00–13.45 น.\nบันทึกเมื่อ 10 ธ.ค. 2569\n", False),
    ],
)
def test_a_separator_free_clock_range_on_the_session_line_is_the_session_time(
    config, line: str, fires: bool
) -> None:
    text = line + "Client said she slept better. Plan: next session 12/17/2026.\n"
    assert bool(_rules(text, config, "timeliness.missing-session-time")) is fires


def test_years_later_in_the_note_are_not_a_session_time(config) -> None:
    text = (
        "Date: 12/10/2026\nWritten: 12/10/2026\n"
        "History: he served 1990-1994 and again 2001-2003.\nPlan: next session 12/17/2026.\n"
    )
    assert _rules(text, config, "timeliness.missing-session-time")


@pytest.mark.parametrize(
    ("label", "fires"),
    [
        ("Logged: 27/12/2026, 09:05", False),
        ("Logged on 27/12/2026", False),
        ("He logged 3 walks since 20/12/2026", True),
        ("บันทึกเมื่อ 27 ธ.ค. 2569", False),
        ("ผู้รับบริการจดบันทึกการเดิน 3 ครั้ง", True),
    ],
)
def test_an_outreach_log_label_states_when_the_note_was_written(
    config, label: str, fires: bool
) -> None:
    text = (
        "Date and time: 27/12/2026, 07:15–07:40, outreach\n"
        f"{label}\n"
        "P. said he slept on and off. We phoned the placement service together.\n"
    )
    assert bool(_rules(text, config, "timeliness.missing-written-date")) is fires


# ------------------------------------------------------------------ interventions


def test_a_yearless_date_in_the_plan_is_the_next_contact(config) -> None:
    text = (
        "Date: 27/12/2026, 07:15–07:40. Logged 27/12/2026.\n"
        "Work done: we gave him a sleeping bag and phoned the placement service with him.\n"
        "Next steps: the team will check the placement tonight. Morning outreach on 29/12 at 07:00 "
        "will look for him at the quays.\n"
    )
    assert not _rules(text, config, "interventions.missing-next-step")


@pytest.mark.parametrize(
    "plan",
    [
        "Next steps: keep an eye on things.",
        "Next steps: the referral was made on 20/12.",  # a past date: not a next contact
        "P: ติดตามอาการต่อ",
    ],
)
def test_a_plan_without_a_later_dated_contact_still_lacks_a_next_step(config, plan: str) -> None:
    text = (
        "Date: 27/12/2026, 07:15–07:40. Logged 27/12/2026.\n"
        "Work done: we gave him a sleeping bag.\n"
        f"{plan}\n"
    )
    assert _rules(text, config, "interventions.missing-next-step")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        (
            "I talked with C. about setting up a rota with her brother so one of them rests each night.",
            False,
        ),
        (
            "Talked with Mrs. D. about a written rota for the evening visits and who rings the ward.",
            False,
        ),
        ("Talked with C. about things.", True),
        ("Talked with J.", True),
        ("พูดคุยกับ ด.ญ. ฟ.", True),
    ],
)
def test_an_initial_does_not_end_the_clause_after_a_vague_verb(
    config, sentence: str, fires: bool
) -> None:
    text = f"Intervention: {sentence}\n"
    assert bool(_rules(text, config, "interventions.vague-intervention")) is fires


# ------------------------------------------------------------------ goals


@pytest.mark.parametrize(
    ("plan", "fires"),
    [
        ("Plan: Members will keep the sleep diary for 7 nights. Session 6 on 12/27/2026.", False),
        ("Plan: Mr B. will go to the men's group on 2 and 9 January. Next yarn 14/01/2027.", False),
        ("Plan: S.P. will attend at least 4 of 5 classes each week until 15/01/2027.", False),
        ("Plan: Client will return on 5 January.", True),
        ("Plan: Members will keep going. Next group on 12/27/2026.", True),
        ("P: นัดครั้งต่อไป 5 ม.ค. 2570", True),
        ("P: ผู้ป่วยจะมาฟอกเลือดครบ 3 ครั้งต่อสัปดาห์ภายใน 4 สัปดาห์", False),
    ],
)
def test_a_counted_or_dated_commitment_of_the_client_is_a_goal(
    config, plan: str, fires: bool
) -> None:
    text = "Session 12/20/2026 10:00–10:50. Members described their week.\n" + plan + "\n"
    assert bool(_rules(text, config, "goals.missing-goal")) is fires


@pytest.mark.parametrize(
    ("plan", "fires"),
    [
        (
            "With T.'s agreement I will contact his aunt next week about the grant. Next session 12/27/2026 at 11:20.",
            False,
        ),
        (
            "With his consent I will call the school next week. Next session 12/27/2026 at 11:20.",
            False,
        ),
        ("ด้วยความยินยอมของ ฟ. ครูจะโทรติดตามแม่สัปดาห์หน้า นัดครั้งต่อไป 27 ธ.ค. 2569 เวลา 13.00 น.", False),
        ("ครูจะโทรติดตามแม่สัปดาห์หน้า นัดครั้งต่อไป 27 ธ.ค. 2569 เวลา 13.00 น.", True),
        ("With his consent I will call the school next week.", True),  # no dated next contact
        ("I will call the school next week. Next session 12/27/2026 at 11:20.", True),
        ("ครูจะโทรติดตามสัปดาห์หน้า", True),
    ],
)
def test_a_consented_third_party_task_beside_a_dated_next_session_is_not_a_vague_follow_up(
    config, plan: str, fires: bool
) -> None:
    text = (
        "Session 12/20/2026 11:20–12:10. Written 12/20/2026.\nT. said he missed work.\nPlan: "
        + plan
        + "\n"
    )
    assert bool(_rules(text, config, "interventions.vague-follow-up")) is fires


# ------------------------------------------------------------------ clarity


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("He has IGCSE mocks next month and is revising two evenings a week.", False),
        ("She was late AGAIN and had not brought the form.", True),
        ("He said he will NEVER go back to that flat.", True),
        ("นักเรียนสอบ IGCSE เดือนหน้า", False),
        ("ผู้รับบริการมาสาย AGAIN", True),
    ],
)
def test_an_acronym_with_vowels_only_at_its_ends_is_not_shouting(
    config, sentence: str, fires: bool
) -> None:
    assert bool(_rules(f"S: {sentence}\n", config, "clarity.shouting")) is fires


# ------------------------------------------------------------------ confidentiality


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("รายงานการโทรติดตาม อสม. หมู่ 5 ต.บ้านใหม่ (ส่ง รพ.สต.)", False),
        ("ทีมเยี่ยมบ้าน รพ.สต. หมู่ 2 ตำบลนาดี", False),
        ("ผู้ป่วยอาศัยอยู่บ้านเลขที่ 45/2 หมู่ 3 ต.บ้านใหม่", True),
        ("ผู้ป่วยอาศัยอยู่ที่ หมู่ 7 ต.นาดี กับหลาน", True),
        ("She lives at 14 Elm Street with her aunt.", True),
    ],
)
def test_a_village_after_a_service_role_is_the_service_area_not_an_address(
    config, line: str, fires: bool
) -> None:
    assert bool(_rules(line + "\n", config, "confidentiality.contact-details")) is fires


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
        ("S: He spoke in Welsh for most of the session.", "Welsh", False),
        ("S: Mr B. is an Aboriginal man who works on country.", "Aboriginal", False),
        ("S: She asked if the Elder could come to the next visit.", "Elder", False),
        ("O: Several members said the breathing helped.", "Several", False),
        ("I: We filled out the Jordan's Principle request together.", "Jordan", False),
        ("S: Jordan said his brother drove him to the clinic.", "Jordan", True),
        ("S: Will said he slept better this week.", "Will", True),
        ("S: His sister Rhiannon visits on Sundays.", "Rhiannon", True),
        ("S: ผู้รับบริการบอกว่าน้องสาวชื่อมาลีมาเยี่ยม", "มาลี", True),
    ],
)
def test_a_word_of_a_class_that_is_never_a_person_is_not_a_name(
    config, text: str, value: str, fires: bool
) -> None:
    assert bool(_names_with_analyzer(text + "\n", config, value)) is fires


def _details_with_analyzer(text: str, config, value: str) -> list:
    from assistant.models import DetectedEntity

    def finder(t: str) -> list[DetectedEntity]:
        i = t.find(value)
        return [DetectedEntity(start=i, end=i + len(value), type="ADDRESS", text=value)]

    report = check_text(text, config=config, now=NOW, identifier_finder=finder)
    return [
        f
        for f in report.findings
        if f.rule in {"confidentiality.contact-details", "confidentiality.other-identifier"}
    ]


@pytest.mark.parametrize(
    ("text", "value", "fires"),
    [
        ("รายงานการโทรติดตาม อสม. หมู่ 5 ต.บ้านใหม่", "หมู่ 5 ต.บ้านใหม่", False),
        ("ผู้ป่วยอาศัยอยู่ หมู่ 5 ต.บ้านใหม่ กับหลาน", "หมู่ 5 ต.บ้านใหม่", True),
    ],
)
def test_an_analyzer_village_after_a_service_role_is_not_an_address(
    config, text: str, value: str, fires: bool
) -> None:
    assert bool(_details_with_analyzer(text + "\n", config, value)) is fires


@pytest.mark.parametrize(
    ("text", "value", "fires"),
    [
        ("Session: 17 Dec 2026, 15:00–15:50, Room C-204", "Room C-204", False),
        ("S: She has moved to Room 12 at the hostel on Elm Street.", "Room 12", True),
        ("Family: mother L., son E. 15, daughter M. 11", "M. 11", False),
        ("S: Call her on M. 0812345678 after work.", "M. 0812345678", True),
    ],
)
def test_a_venue_on_the_session_line_and_a_childs_age_are_not_contact_details(
    config, text: str, value: str, fires: bool
) -> None:
    assert bool(_details_with_analyzer(text + "\n", config, value)) is fires
