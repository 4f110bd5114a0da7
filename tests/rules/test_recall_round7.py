"""Round 7: recall that transfers — general wording families the checker missed on unseen notes.

Causes were found on eight new poor notes of our own (``*-own-71…74``) and on held-out set 4
(opened this round); every case below is our own sentence, with a negative beside each positive
so a fix cannot simply fire everywhere: effort promises written as goals, follow-ups whose only
time is a vague word, labels passed on unquoted from staff, character labels and blame in both
languages, "spoke to … about" as a vague intervention, a passive death wish phrased as sleep,
and summaries that compare parts of a group without saying who did what.
"""

from __future__ import annotations

import pytest

from assistant.check import check_text

from .conftest import NOW


def _rules(text: str, config, *, loud: bool = True) -> list[str]:
    return [
        f.rule
        for f in check_text(text, config=config, now=NOW).findings
        if not loud or f.severity.value in {"warning", "error"}
    ]


def _spans(text: str, config, rule: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_text(text, config=config, now=NOW).findings
        if f.rule == rule and f.start is not None
    ]


_HEAD_EN = "Session 14/04/2026 09:00-09:50. Written 14/04/2026 10:30.\n"
_HEAD_TH = "วันที่ 14 เม.ย. 2569 เวลา 09.00–09.50 น. บันทึก 14 เม.ย. 2569 เวลา 10.30 น.\n"

# ------------------------------------------------------------------ goals: effort promises

VAGUE_COMMITMENT = "goals.vague-commitment"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (_HEAD_EN + "Talked about rent arrears. He promised to try harder with the budget.", "try harder"),
        (_HEAD_EN + "The couple will keep working on listening without interrupting.", "keep working on"),
        (_HEAD_EN + "Plan: residents to work on their temper.", "to work on"),
        (_HEAD_EN + "She said she'll do better with school drop-offs.", "do better"),
        (_HEAD_TH + "นักเรียนรับปากว่าจะพยายามตั้งใจเรียนมากขึ้น", "รับปากว่าจะพยายาม"),
        (_HEAD_TH + "ต่อไปให้ปรับปรุงเรื่องการมาทำงานสาย", "ต่อไปให้ปรับปรุง"),
    ],
)
def test_an_effort_promise_without_a_measure_is_a_vague_goal(text, evidence, config):
    spans = _spans(text, config, VAGUE_COMMITMENT)
    assert any(evidence in s for s in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        _HEAD_EN + "He agreed to work on the budget sheet with his sister twice a week until 30/04/2026.",
        _HEAD_EN + "Client agreed to try the Thursday walking group.",
        _HEAD_EN + 'She said, "I will try harder," and then laughed.',
        _HEAD_TH + "นักเรียนรับปากว่าจะพยายามส่งการบ้านให้ครบ 5 วิชาภายในวันที่ 30 เม.ย. 2569",
        _HEAD_TH + "ต่อไปให้ผู้ดูแลบันทึกความดันวันละ 2 ครั้ง",
    ],
)
def test_a_measured_or_quoted_commitment_is_not_flagged(text, config):
    assert VAGUE_COMMITMENT not in _rules(text, config)


# ------------------------------------------------------------------ follow-up with only a vague time

VAGUE_FU = "interventions.vague-follow-up"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (_HEAD_EN + "Gave the food bank address. Will pop round again in a couple of weeks.", "pop round"),
        (_HEAD_EN + "Left a message; told him to come back when he can.", "come back"),
        (_HEAD_EN + "Plan: check in with the grandmother at some point.", "at some point"),
        (_HEAD_EN + "Next time go through the tenancy letter.", "Next time"),
        (_HEAD_TH + "อธิบายเงื่อนไขอีกครั้ง ให้มารายงานตัวเดือนหน้า", "รายงานตัวเดือนหน้า"),
    ],
)
def test_a_next_contact_with_only_a_vague_time_is_flagged(text, evidence, config):
    spans = _spans(text, config, VAGUE_FU)
    assert any(evidence in s for s in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        _HEAD_EN + "Will pop round again on 21/04/2026 at 10:00 to review the budget.",
        _HEAD_EN + "Next time: 28/04/2026, 09:00.",
        _HEAD_EN + "She came back from the shop at 10:15 with her son.",
        _HEAD_TH + "ให้มารายงานตัวครั้งต่อไป 12 พ.ค. 2569 เวลา 09.00 น.",
        _HEAD_TH + "วันนี้มารายงานตัวตามนัด",
    ],
)
def test_a_dated_or_past_contact_is_not_a_vague_follow_up(text, config):
    assert VAGUE_FU not in _rules(text, config)


# ------------------------------------------------------------------ labels and blame

LABEL = "tone.pejorative-label"
BLAME = "tone.blame-framing"


@pytest.mark.parametrize(
    ("text", "rule", "evidence"),
    [
        ("O: The family is basically toxic.", LABEL, "toxic"),
        ("O: He is a troublemaker in class.", LABEL, "troublemaker"),
        ("O: She is gullible and naive with money.", LABEL, "gullible"),
        ("O: Irresponsible with his medication as always.", LABEL, "Irresponsible"),
        ("O: Again made excuses about the missed shift.", "objectivity.unsupported-motive", "excuses"),
        ("A: She needs to accept it and move on.", BLAME, "needs to accept it and move on"),
        ("A: Still using, which is frustrating after everything we've done for him.", BLAME, "after everything we've done"),
        ("O: ผู้รับบริการเป็นคนหัวอ่อน หลอกง่าย", LABEL, "หัวอ่อน"),
        ("O: เด็กคนนี้เป็นตัวป่วนของห้อง", LABEL, "ตัวป่วน"),
        ("O: เป็นคนไม่มีความรับผิดชอบ", LABEL, "ไม่มีความรับผิดชอบ"),
        ("A: ดูเป็นคนไม่สู้ชีวิต", LABEL, "ไม่สู้ชีวิต"),
        ("A: ก็ดื่มเองจะไปโทษใครได้", BLAME, "โทษใครได้"),
    ],
)
def test_character_labels_and_blame_are_flagged(text, rule, evidence, config):
    assert any(evidence in s for s in _spans(text, config, rule))


@pytest.mark.parametrize(
    "text",
    [
        "O: Toxicology screen negative; no toxic levels found.",
        "O: Ate a light lunch and made a few phone calls.",
        "O: ผู้ป่วยอ่อนแรงแขนซ้าย ใช้ไม้เท้า",
        "S: ผู้รับบริการเล่าว่า \"รู้สึกว่าตัวเองไม่มีความรับผิดชอบต่อลูก\"",
        "A: ครอบครัวรับผิดชอบค่าใช้จ่ายเอง",
        'S: She said her ex called her "a troublemaker".',
    ],
)
def test_neutral_wording_and_quotes_are_not_labels(text, config):
    rules = _rules(text, config)
    assert LABEL not in rules and BLAME not in rules


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("O: The class teacher said he is lazy.", "lazy"),
        ("O: ครูประจำชั้นบอกว่าเป็นเด็กเกเร", "เกเร"),
        ("O: หัวหน้างานก็บอกว่าขี้เกียจ", "ขี้เกียจ"),
    ],
)
def test_a_label_passed_on_unquoted_from_staff_is_the_writer_s(text, evidence, config):
    assert any(evidence in s for s in _spans(text, config, LABEL))


@pytest.mark.parametrize(
    "text",
    [
        'O: The class teacher said he is "lazy".',
        "S: He said he is lazy in the mornings.",
        "S: ผู้รับบริการบอกว่าตัวเองขี้เกียจ",
        "S: ครูประจำชั้นบอกว่า \"เด็กเกเร\"",
    ],
)
def test_client_speech_and_quoted_staff_speech_stay_unflagged(text, config):
    assert LABEL not in _rules(text, config)


# ------------------------------------------------------------------ vague interventions


@pytest.mark.parametrize(
    "text",
    [
        _HEAD_EN + "P: Spoke to her about the day program.",
        _HEAD_EN + "P: We went over things for a while.",
    ],
)
def test_spoke_about_and_went_over_things_are_vague(text, config):
    assert "interventions.vague-intervention" in _rules(text, config)


def test_spoke_with_a_named_technique_and_response_is_not_vague(config):
    text = _HEAD_EN + (
        "P: Spoke to her about the day program and showed the weekly timetable; she chose Tuesdays "
        "and Thursdays and rang the centre herself to book the first visit on 21/04/2026."
    )
    assert "interventions.vague-intervention" not in _rules(text, config)


# ------------------------------------------------------------------ risk: a death wish phrased as sleep

RISK = "completeness.risk-assessment-missing"


@pytest.mark.parametrize(
    "text",
    [
        _HEAD_EN + "S: Some nights she wants to go to sleep and not wake up.",
        _HEAD_EN + "S: He said he'd like to fall asleep and never wake up.",
    ],
)
def test_a_wish_not_to_wake_up_is_a_risk_statement(text, config):
    assert RISK in _rules(text, config)


@pytest.mark.parametrize(
    "text",
    [
        _HEAD_EN + "S: Some nights she goes to sleep and does not wake up until 9.",
        _HEAD_EN + "S: The baby went to sleep and did not wake up for the night feed.",
        _HEAD_TH + "S: ผู้ป่วยบอกว่า \"อยากตายที่บ้าน ไม่อยากไปโรงพยาบาลอีก\" (ความประสงค์เรื่องสถานที่)",
    ],
)
def test_ordinary_sleep_and_a_preferred_place_of_death_are_not_risk(text, config):
    assert RISK not in _rules(text, config)


# ------------------------------------------------------------------ vague group summaries

VAGUE_SUMMARY = "clarity.vague-summary"


@pytest.mark.parametrize(
    "text",
    [
        "O: Some members were more engaged than others.",
        "O: She was all over the place today.",
        "O: บางคนก็ร่วมมือดี บางคนก็ไม่ค่อยสนใจ",
        "A: ปรับตัวได้ไม่ค่อยดีเท่าไร",
    ],
)
def test_summaries_that_do_not_say_who_did_what_are_vague(text, config):
    assert VAGUE_SUMMARY in _rules(text, config)


@pytest.mark.parametrize(
    "text",
    [
        "O: Six of eight members spoke; two listened and nodded.",
        "O: Papers were spread all over the table.",
        "O: สมาชิก 6 คนแลกเปลี่ยนประสบการณ์ 2 คนฟัง",
        "S: นอนไม่ค่อยหลับ 3 คืนในสัปดาห์นี้",
    ],
)
def test_counted_group_summaries_are_clear(text, config):
    assert VAGUE_SUMMARY not in _rules(text, config)


def test_derailing_with_excuses_is_blame_not_a_description(config):
    assert "tone.blame-framing" in _rules("O: He tried to derail the session with his excuses.", config)
    assert "tone.blame-framing" not in _rules("O: He gave two reasons for missing work: no bus fare and a sick child.", config)


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (_HEAD_EN + "Plan: carry on as before.", True),
        (_HEAD_EN + "Plan: keep going as is.", True),
    ],
)
def test_a_plan_that_only_continues_is_flagged(text, hit, config):
    rules = _rules(text, config)
    assert (("interventions.continue-only" in rules) or ("interventions.missing-intervention" in rules)) is hit


def test_keep_going_to_a_named_activity_is_not_continue_only(config):
    text = _HEAD_EN + (
        "Plan: Taught box breathing; she practised 3 rounds and rated anxiety 7/10 before, 4/10 after. "
        "She will keep going to the Tuesday group. Next session 21/04/2026 at 09:00."
    )
    assert "interventions.continue-only" not in _rules(text, config)
