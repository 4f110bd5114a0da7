"""Single statements land in the section a reader expects, English, Thai and mixed."""

from __future__ import annotations

import pytest

from assistant.offline.classify import classify
from assistant.offline.segment import segment


def _category_of(text: str, statement: str) -> str:
    for item in classify(text, segment(text)):
        if item.fragment.text_of(text) == statement:
            return item.category
    raise AssertionError(f"{statement!r} not found as a fragment")


# (jottings, statement, expected category); the first line is a session header in each
CASES = [
    ('visit 2/3. cl said "I am scared to go home"', 'cl said "I am scared to go home"', "S"),
    ("visit 2/3. PHQ-9 = 14", "PHQ-9 = 14", "O"),
    ("visit 2/3. refer to food bank", "refer to food bank", "P"),
    ("visit 2/3. appears at high risk of eviction", "appears at high risk of eviction", "A"),
    ("visit 2/3. tearful, poor eye contact", "tearful", "O"),
    ("visit 2/3. mom says he will call tmrw", "mom says he will call tmrw", "S"),
    ("visit 2/3. denies SI, no plan, no intent", "no plan", "A"),
    ("visit 2/3. did: validation", "validation", "I"),
    ("visit 2/3. did: MI. cl agreed to cut down", "cl agreed to cut down", "R"),
    ("visit 2/3. agreed to cut down", "agreed to cut down", "S"),  # nothing to answer: not R
    ('เยี่ยมบ้าน 3 ก.พ. 69\nแม่เล่าว่า "ลูกไม่ยอมกินข้าว"', 'แม่เล่าว่า "ลูกไม่ยอมกินข้าว"', "S"),
    ("เยี่ยมบ้าน 3 ก.พ. 69\n9Q = 14", "9Q = 14", "O"),
    ("เยี่ยมบ้าน 3 ก.พ. 69\nส่งต่อ รพ.สต.", "ส่งต่อ", "P"),
    ("เยี่ยมบ้าน 3 ก.พ. 69\nประเมินว่ามีความเสี่ยงสูง", "ประเมินว่ามีความเสี่ยงสูง", "A"),
    ("เยี่ยมบ้าน 3 ก.พ. 69\nทำ: ฝึกหายใจ", "ฝึกหายใจ", "I"),
    ("เยี่ยมบ้าน 3 ก.พ. 69\nทำ: ฝึกหายใจ ; ผู้รับบริการทำตามได้", "ผู้รับบริการทำตามได้", "R"),
    ("D/C planning 3 Feb 2026\nBarthel ADL = 6/20", "Barthel ADL = 6/20", "O"),
    ("D/C planning 3 Feb 2026\nนัด PT เยี่ยมบ้าน", "นัด PT เยี่ยมบ้าน", "P"),
]


@pytest.mark.parametrize(("text", "statement", "expected"), CASES)
def test_when_a_statement_has_a_cue_then_it_lands_in_its_section(text, statement, expected):
    assert _category_of(text, statement) == expected


def test_when_a_clause_has_no_cue_then_it_follows_its_neighbour_in_the_sentence():
    text = "visit 2/3. mom reports no food at home, rent late"
    assert _category_of(text, "rent late") == "S"


def test_when_a_thai_word_contains_a_short_cue_then_the_cue_does_not_fire():
    # "ทำ" (did) inside "ทำงาน" (works) and "นัด" inside other words must not mark a plan/intervention
    text = "เยี่ยมบ้าน 3 ก.พ. 69\nสามีทำงานโรงงาน"
    assert _category_of(text, "สามีทำงานโรงงาน") == "O"


def test_when_the_first_line_dates_the_session_then_it_is_objective_even_with_a_follow_up_word():
    text = "NICU SW f/u 01/09 1400-1435 at bedside. mom tearful"
    assert _category_of(text, "NICU SW f/u 01/09 1400-1435 at bedside") == "O"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "S: feels hopeless\nO: PHQ-9 = 20\nA: worsening\nP: refer psychiatry",
            {"feels hopeless": "S", "PHQ-9 = 20": "O", "worsening": "A", "refer psychiatry": "P"},
        ),
        (
            "S (Subjective): นอนไม่หลับ\nO (Objective): ร้องไห้\nA (Assessment): ดีขึ้น\nP (Plan): นัด 1 สัปดาห์",
            {"นอนไม่หลับ": "S", "ร้องไห้": "O", "ดีขึ้น": "A", "นัด 1 สัปดาห์": "P"},
        ),
    ],
)
def test_when_the_writer_already_used_soap_labels_then_they_are_kept(text, where):
    for statement, expected in where.items():
        assert _category_of(text, statement) == expected
