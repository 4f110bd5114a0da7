"""QA round on the CLI as an admin's script meets it: output piped into a reader that stops early
(``| head``), notes saved with Windows line endings, and the score table in Thai."""

from __future__ import annotations

import sys
import unicodedata

from assistant.cli import main
from assistant.cli.render import findings_text
from assistant.criteria import Criterion
from assistant.models import CheckReport, Finding

NOTE_EN = (
    "S: Client reports sleeping 4 hours a night.\n"
    "O: Client was lazy and late.\n"
    "P: Next session 6 Dec 2026 10:00.\n"
)


class _ClosedPipe:
    """Standard output whose reader has gone away, as after ``note-assistant … | head -1``."""

    encoding = "utf-8"

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False


def test_a_reader_that_stops_early_is_no_internal_error(tmp_path, capsys, monkeypatch):
    path = tmp_path / "note.txt"
    path.write_text(NOTE_EN, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err
    assert err == ""  # like any Unix filter: nothing to say when the reader has left
    assert code == 141  # 128 + SIGPIPE, what a shell reports for `yes | head -1`


def _finding(start: int, end: int) -> Finding:
    return Finding(rule="goals.vague-goal", criterion=Criterion.GOALS, severity="warning",
                   start=start, end=end, message="Vague goal.")


def test_a_quote_from_a_windows_note_stays_on_its_line():
    text = "P:\r\n- Goal: family gets better\r\n- Next session 9 Oct 2026\r\n"
    start = text.index("family")
    end = text.index("- Next")  # the span runs over the line break, as the checker's may
    out = findings_text(text, CheckReport(findings=[_finding(start, end)]), "en")
    assert "\r" not in out
    first = out.splitlines()[0]
    assert first.startswith("    2:9 warning [goals] goals.vague-goal")
    assert first.endswith('"family gets better"')


def test_a_quote_over_several_lines_is_shown_on_one():
    text = "A: Client is improving\nslowly over weeks.\nP: Continue."
    start, end = 3, text.index("\nP:")
    out = findings_text(text, CheckReport(findings=[_finding(start, end)]), "en")
    assert out.splitlines()[0].endswith('"Client is improving slowly over weeks."')
    assert out.splitlines()[1].strip() == "Vague goal."


def _display_width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me")
               else 1 for ch in text)


def test_thai_score_table_lines_up_on_screen():
    out = findings_text("ข้อความ", CheckReport(), "th")
    rows = [line for line in out.splitlines() if line.startswith("  ") and line[-3:-2] == "."]
    assert len(rows) == len(Criterion)
    score_columns = {_display_width(row[: row.rindex(" ") + 1]) for row in rows}
    assert len(score_columns) == 1, score_columns
