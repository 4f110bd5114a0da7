"""The checker never crashes, whatever it is given, and stays fast on large input."""

from __future__ import annotations

import time

import pytest

from assistant.check import check_text
from assistant.criteria import Criterion
from assistant.errors import InputError

from .conftest import NOW

ODD = {
    "empty": "",
    "spaces": "   \n\n\t  ",
    "no headings": "Client came in and we talked for a while about things.",
    "only headings": "S:\nO:\nA:\nP:",
    "only thai headings": "ข้อมูลจากผู้รับบริการ (S):\nข้อมูลจากการสังเกต (O):\nการประเมิน (A):\nแผน (P):",
    "emoji": 'S: 😀😀 client said "🙂" 🎉\nO: 👍\nA: ✅\nP: 📅 next week',
    "thai digits": "วันที่ให้บริการ ๓๑ ธ.ค. ๒๕๖๘ เวลา ๒๕.๙๙ น.\nS: ๙๙/๙๙/๙๙๙๙ โทร ๐๘๑-๒๓๔-๕๖๗๘",
    "impossible dates": "Session 02/31/2026 25:61. Written 13/45/2026.\nS: x",
    "control chars": "S:\x00\x07 client\x1b[31m said\r\nO:\u200b\u200bok\ufeff",
    "lone quotes": "S: \"unterminated quote\nO: «\nA: “\nP: '",
    "heading soup": "S: S: S:\nP: P:\nA:A:A:\n## \n**:**",
    "rtl and cjk": "S: مرحبا 你好 こんにちは\nP: next session 01/01/2026",
}


@pytest.mark.parametrize("text", list(ODD.values()), ids=list(ODD))
def test_odd_input_gives_a_complete_report(text):
    report = check_text(text, now=NOW)
    assert set(report.scores) == set(Criterion)
    assert 0.0 <= report.overall <= 1.0
    for f in report.findings:
        assert f.start is None or 0 <= f.start < f.end <= len(text)


def test_non_text_input_is_refused_with_a_user_message():
    with pytest.raises(InputError):
        check_text(b"bytes")  # type: ignore[arg-type]


def test_a_one_megabyte_note_is_checked_in_reasonable_time():
    block = (
        'S: Client reports poor sleep, "I can\'t switch off".\nO: Tearful; GAD-7 = 12.\n'
        "ผู้รับบริการเล่าว่านอนไม่หลับ ขี้เกียจ UDS ck'd\nA: Anxiety.\nP: Taught breathing. "
        "Next session 03/09/2026 at 10:00.\n"
    )
    text = (block * (1_000_000 // len(block) + 1))[:1_000_000]
    start = time.perf_counter()
    report = check_text(text, now=NOW)
    assert time.perf_counter() - start < 120
    assert report.findings


def test_windows_line_endings_give_the_same_findings():
    text = "Subjective\nClient said she is lazy.\nObjective\nClient was lazy.\nAssessment\nx\nPlan\nTalked."
    lf = check_text(text, now=NOW)
    crlf = check_text(text.replace("\n", "\r\n"), now=NOW)
    assert sorted(f.rule for f in lf.findings) == sorted(f.rule for f in crlf.findings)
