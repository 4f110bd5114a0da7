"""Goals keep only what their text states; interventions keep the writer's words; next session."""

from __future__ import annotations

import pytest

from assistant.offline import WRITER_PROMPT_PATTERN, draft_offline


def test_when_a_goal_has_no_measure_or_date_then_those_letters_stay_empty():
    note = draft_offline("visit 3/2. goal: feel better at home")
    (goal,) = note.goals
    assert goal.smart_letters() == {"S": True, "M": False, "A": False, "R": False, "T": False}


def test_when_a_goal_states_every_part_then_each_is_taken_from_its_words():
    text = "visit 3/2. goal: client agreed to walk 20 min at least 3x/week re low mood by 4/30"
    (goal,) = draft_offline(text).goals
    assert goal.measurable and any(ch.isdigit() for ch in goal.measurable)
    assert goal.time_bound == "by 4/30"
    assert goal.achievable and "agreed" in goal.achievable
    assert goal.relevant and "low mood" in goal.relevant
    for part in (goal.specific, goal.measurable, goal.relevant, goal.time_bound):
        assert part and part.lower() in text.lower()


def test_when_a_thai_goal_is_written_then_its_parts_come_from_it():
    text = "เยี่ยมบ้าน 3 ก.พ. 69\nเป้าหมาย: เข้ากลุ่มบำบัดสัปดาห์ละ 2 ครั้ง ภายใน 1 เดือน"
    (goal,) = draft_offline(text).goals
    assert goal.measurable == "สัปดาห์ละ 2 ครั้ง"
    assert goal.time_bound == "ภายใน 1 เดือน"


def test_when_a_plan_has_only_an_appointment_then_it_is_not_a_goal():
    note = draft_offline("visit 3/2. plan: appt moved up to 5/8 2pm, recheck PHQ-9 in 2 wks")
    assert note.goals == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("visit 3/2. did: CBT thought record", "CBT thought record"),
        ("visit 3/2. taught box breathing", "box breathing"),
        ("visit 3/2. grounding w/ breathing", "Grounding with breathing"),
        ("เยี่ยมบ้าน 3 ก.พ. 69\nทำ: ฝึกหายใจ", "ฝึกหายใจ"),
        ("visit 3/2. explained the appeal process", "Explained the appeal process"),
    ],
)
def test_when_an_intervention_is_named_then_the_writers_words_name_it(text, name):
    names = [i.name for i in draft_offline(text).interventions]
    assert any(name.lower() in n.lower() for n in names), names


def test_when_an_intervention_has_no_answer_then_its_response_is_a_prompt():
    (item,) = draft_offline("visit 3/2. did: psychoeducation on sleep").interventions
    assert item.client_response and WRITER_PROMPT_PATTERN.fullmatch(item.client_response)


def test_when_a_technique_is_referred_out_then_it_is_a_plan_not_an_intervention():
    note = draft_offline("visit 3/2. refer to DBT skills group")
    assert note.interventions == [] and "DBT" in note.plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("visit 3/2. f/u Wed 3pm", "Wed 3pm"),
        ("visit 3/2. next session 3/9 10:00, bring forms", "3/9 10:00"),
        ("visit 3/2. RTC 2 wks", "2 weeks"),
        ("เยี่ยมบ้าน 3 ก.พ. 69\nนัดครั้งต่อไป 10 ก.พ. 69 เวลา 13.00 น.", "10 ก.พ. 69 เวลา 13.00 น."),
        ("เยี่ยมบ้าน 3 ก.พ. 69\nF/U ๑๐ ก.พ. ๖๙", "๑๐ ก.พ. ๖๙"),
    ],
)
def test_when_a_follow_up_is_written_then_next_session_is_its_date(text, expected):
    assert draft_offline(text).next_session == expected


def test_when_the_header_says_follow_up_then_it_is_not_the_next_session():
    note = draft_offline("f/u visit 3/2 10:00-10:30. mom tearful. next appt 3/16")
    assert note.next_session == "3/16"
