"""Statement splitting for English, Thai and mixed jottings."""

from __future__ import annotations

import pytest

from assistant.offline.segment import segment


def _texts(text: str) -> list[str]:
    return [f.text_of(text) for f in segment(text)]


# (jottings, pieces that must come out whole, pieces that must be split apart)
CASES = [
    # English full stops end statements, but not after titles, initials or decimals
    ("Ref by Ms. Lee. Met w/ Dr. Chan at 2.30 today. cried", ["Ref by Ms. Lee", "cried"], []),
    ("Ava R. posted it. sad", ["Ava R. posted it", "sad"], []),
    # commas, semicolons, arrows and spaced dashes separate; quotes and brackets do not
    ('says "no, I won\'t; never" - left early', ['says "no, I won\'t; never"', "left early"], []),
    ("did (CBT, MI) -> good", ["did (CBT, MI)", "good"], []),
    # Thai: a space between Thai clauses is a boundary, a space before a number is not
    ("ร้องไห้ บอกว่าเชื่อลูก", ["ร้องไห้", "บอกว่าเชื่อลูก"], []),
    ("อายุ 13 ปี", ["อายุ 13 ปี"], []),
    ("9Q = 13 → ส่งพบจิตแพทย์", ["9Q = 13", "ส่งพบจิตแพทย์"], []),
    # Thai abbreviations keep their full stops and do not split
    ("นัด 8 ม.ค. 69 ที่ รพ.สต.", ["นัด 8 ม.ค. 69 ที่", "รพ.สต."], []),
    # quoted Thai speech with spaces stays one statement
    ('เล่า "หนูไม่กล้า กลัวแม่ไม่เชื่อ"', ['เล่า "หนูไม่กล้า กลัวแม่ไม่เชื่อ"'], []),
    # placeholders pass whole
    ("[PERSON_1] says ok, call [PHONE_1]", ["[PERSON_1] says ok", "call [PHONE_1]"], []),
]


@pytest.mark.parametrize(("text", "whole", "_"), CASES)
def test_when_splitting_then_each_statement_comes_out_whole(text, whole, _):
    pieces = _texts(text)
    for piece in whole:
        assert piece in pieces, f"{piece!r} not in {pieces!r}"


def test_when_splitting_then_spans_index_the_original_text():
    text = "line one, two\n\nทำ: ฝึกหายใจ ; ยิ้ม\n- plan: call mom"
    for frag in segment(text):
        assert text[frag.start : frag.end] == frag.text_of(text)
        assert frag.text_of(text).strip() == frag.text_of(text)


def test_when_a_label_opens_a_statement_then_it_sets_the_scope_and_is_dropped():
    text = "did: validation, problem solving. she smiled\nplan: f/u Wed"
    frags = segment(text)
    labelled = {f.text_of(text): f.label for f in frags}
    assert labelled["validation"] == "I" and labelled["problem solving"] == "I"
    assert labelled["she smiled"] is None  # a full stop closes an inline label
    assert labelled["f/u Wed"] == "P"


def test_when_a_label_stands_alone_then_it_heads_the_lines_below_until_a_blank_line():
    text = "Plan:\n- refer to PT\n- ยืมรถเข็น\n\nsleep ok"
    labelled = {f.text_of(text): f.label for f in segment(text)}
    assert labelled["refer to PT"] == "P" and labelled["ยืมรถเข็น"] == "P"
    assert labelled["sleep ok"] is None


def test_when_a_label_is_unknown_then_it_stays_as_text():
    text = "Tel: [PHONE_1]"
    assert _texts(text) == ["Tel: [PHONE_1]"]


def test_when_thai_clauses_are_split_by_spaces_then_they_are_marked_as_running_on():
    text = "ฝึกหายใจ ทำตามได้, ยิ้ม"
    frags = segment(text)
    assert [f.after_space for f in frags] == [False, True, False]
