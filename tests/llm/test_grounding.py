"""Grounding: each number, date, time, score, medicine and quote in a draft is traced or flagged."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.criteria import Criterion
from assistant.grounding import RULE, RULE_PLACEHOLDER, ground
from assistant.models import Severity

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def flagged(note: str, jottings: str, **kw) -> list[str]:
    return [note[f.start : f.end] for f in ground(note, jottings, **kw)]


# --------------------------------------------------------------------------- traced (no finding)


@pytest.mark.parametrize(
    ("jottings", "note"),
    [
        # times: dot vs colon, Thai suffix, am/pm vs 24 h
        ("seen 10.20 น.", "Seen at 10:20."),
        ("seen 14:30", "Seen at 2:30 pm."),
        ("f/u 8:30", "Follow-up at 8:30."),
        # scores: "9Q = 13" and "9Q 13" and Thai digits
        ("9Q = 13, 8Q = 10", "9Q 13; 8Q = 10."),
        ("9Q ๑๓", "9Q = 13"),
        ("PHQ-9 = 14", "PHQ9 score of 14"),
        # dates: BE/CE, two-digit BE after a Thai month, month names, d/m vs m/d
        ("นัด 9 ม.ค. 69", "Next session 9 Jan 2026."),
        ("๖ ม.ค. ๒๕๖๙", "6 มกราคม 2569"),
        ("6 ม.ค. 2569", "Session on 2026-01-06."),
        ("next appt 10/17", "Next appointment October 17."),
        ("14 Nov 2025", "November 14, 2025"),
        ("visit 03/10/2025", "visit 3/10/2025"),
        # the shared date reader: dotless Thai months, dotted dates with a year
        ("6 มค 69", "6 ม.ค. 2569"),
        ("7 ต.ค. 2568", "Session on 7.10.2568"),
        # numbers with units, thousands, fractions, Thai digits inside Thai words
        ("Suboxone 16mg/day x 5 mo", "Suboxone 16 mg daily for 5 months."),
        ("owes 5000 baht", "Owes 5,000 baht."),
        ("Barthel ADL = 6/20", "Barthel ADL 6/20."),
        ("อายุ ๑๓ ปี", "อายุ13ปี"),
        # quotes: exact words, other quote marks, spacing, a shortened quote with an ellipsis
        ('she said "I lie awake until 2"', "She said “I lie awake  until 2”."),
        ('เล่าว่า "หนูไม่กล้าบอกแม่ กลัวแม่ไม่เชื่อ"', 'ผู้รับบริการเล่าว่า "หนูไม่กล้าบอกแม่…กลัวแม่ไม่เชื่อ"'),
        ('เล่าว่า "หนูไม่กล้าบอกแม่ กลัวแม่ไม่เชื่อ"', 'เล่าว่า "หนูไม่กล้าบอกแม่กลัวแม่ไม่เชื่อ"'),
        # medicines named in the jottings, in any case
        ("on sertraline", "Takes Sertraline."),
        # numbers the jottings spell out, in English or Thai; a year in the other era
        ("meets twice a wk for three weeks", "Meets 2 times a week for 3 weeks."),
        ("นัดอีกสองสัปดาห์ ครั้งละยี่สิบห้านาที", "นัดอีก 2 สัปดาห์ ครั้งละ 25 นาที"),
        ("ปีการศึกษา 2569", "school year 2026"),
    ],
)
def test_facts_in_the_jottings_are_not_flagged(jottings, note):
    assert flagged(note, jottings) == []


def test_numbering_of_rendered_goals_is_not_a_fact():
    note = "Plan:\nGoals:\n1. Sleep better.\n2. Walk daily.\n"
    assert flagged(note, "goals: sleep, walking") == []


# --------------------------------------------------------------------------- flagged


@pytest.mark.parametrize(
    ("jottings", "note", "expected"),
    [
        ("PHQ-9 = 14", "PHQ-9 = 18", ["18"]),
        ("9Q = 13, 8Q = 10", "9Q = 10", ["10"]),  # the number exists, but not for this scale
        ("GAD-7 11", "GAD-7 11, PHQ-9 16", ["PHQ-9", "16"]),
        ("seen 10.20 น.", "Seen at 10:40.", ["10:40"]),
        ("นัด 9 ม.ค. 69", "นัด 10 ม.ค. 2569", ["10 ม.ค. 2569"]),
        ("6 ม.ค. 2569", "Session on 2025-01-06.", ["2025-01-06"]),
        ("f/u next week", "Follow-up on 12 Dec.", ["12 Dec"]),
        ("no meds", "Started sertraline 50 mg.", ["sertraline", "50"]),
        ("no meds", "Continues quetiapine.", ["quetiapine"]),  # known by its ending
        (
            'said "I am tired"',
            'Client said "I am tired of everything".',
            ["I am tired of everything"],
        ),
        ("ร้องไห้", 'ผู้รับบริการเล่าว่า "อยากตาย"', ["อยากตาย"]),
        ("อายุ 13 ปี", "อายุ ๑๕ ปี", ["๑๕"]),
    ],
)
def test_facts_not_in_the_jottings_are_flagged_on_their_span(jottings, note, expected):
    assert flagged(note, jottings) == expected


def test_a_finding_is_an_objectivity_warning_from_grounding():
    (f,) = ground("PHQ-9 = 18", "PHQ-9 = 14")
    assert f.rule == RULE
    assert f.criterion is Criterion.OBJECTIVITY
    assert f.severity is Severity.WARNING
    assert f.source == "grounding"
    assert f.message == "Not in your jottings: check this score before approving."
    assert f.suggestion and f.replacement is False  # advice, never an automatic edit


def test_the_message_follows_the_note_language():
    (f,) = ground("9Q = 18", "9Q = 14")
    assert f.message.startswith("Not in your jottings")
    (f,) = ground("ผู้รับบริการ 9Q = 18", "9Q = 14")
    assert f.message.startswith("ไม่พบในบันทึกย่อของคุณ")
    (f,) = ground("ผู้รับบริการ 9Q = 18", "9Q = 14", locale="en")
    assert f.message.startswith("Not in your jottings")


def test_the_section_of_a_finding_is_named():
    note = "Subjective:\nClient reports pain.\n\nObjective:\nPHQ-9 = 18\n"
    (f,) = ground(note, "PHQ-9 = 14")
    assert f.section == "objective"


# --------------------------------------------------------------------------- placeholders


def test_an_invented_placeholder_is_flagged_and_issued_ones_are_not():
    note = "[PERSON_1] came with [PERSON_2]; [PERSON_3] called."
    findings = ground(note, "[PERSON_1] came with mum", issued_placeholders=["[PERSON_2]"])
    assert [(note[f.start : f.end], f.rule) for f in findings] == [("[PERSON_3]", RULE_PLACEHOLDER)]


def test_placeholder_digits_are_not_numbers():
    assert flagged("[PHONE_7] given.", "[PHONE_7]") == []
    # and a placeholder's digits in the jottings do not vouch for a number in the draft
    assert flagged("Client 1 attended.", "[PERSON_1] attended") == ["1"]


@pytest.mark.parametrize("text", ["1" * 5000, "9Q = 13 " * 5000, "12 ม.ค. " * 5000, '"' * 20000])
def test_huge_or_odd_text_is_checked_quickly_without_crashing(text):
    started = time.monotonic()
    ground(text, text)
    ground(text, "")
    assert time.monotonic() - started < 5


def test_grounding_a_text_against_itself_finds_nothing(corpus_texts):
    assert [t[:40] for t in corpus_texts if ground(t, t)] == []


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    files = sorted(CORPUS.glob("*/*/*.json"))
    if not files:
        pytest.skip("corpus not found")
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]
