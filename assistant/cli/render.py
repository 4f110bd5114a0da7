"""Human-readable and JSON renderings of results for the terminal."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from assistant.criteria import Criterion, criterion_label
from assistant.models import CheckReport, Finding, RedactedText


def dump_json(payload: dict[str, Any]) -> str:
    """JSON with Thai kept readable (no ``\\uXXXX`` escapes)."""
    return json.dumps(payload, ensure_ascii=False, indent=2)


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding in the CLI's JSON contract (contract keys first, extra keys after)."""
    return finding.model_dump(mode="json")


def scores_dict(report: CheckReport) -> dict[str, float]:
    """Scores for all ten criteria, in the order of the guidance."""
    return {c.value: round(report.scores.get(c, 1.0), 3) for c in Criterion}


def redaction_dict(redaction: RedactedText) -> dict[str, Any]:
    """The ``redact --json`` contract."""
    return {
        "language": redaction.language.value,
        "redacted_text": redaction.redacted_text,
        "entities": [
            {
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "placeholder": e.placeholder,
            }
            for e in redaction.entities
        ],
    }


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


#: Line breaks, tabs and other control characters inside a quote (a span may run over a line
#: end, and a Windows file's ends are "\r\n"): a bare "\r" sends the terminal's cursor back to
#: the start of the line, and a break would split one finding's line in two for a script.
_CONTROL_RUN = re.compile(r"\s*[\x00-\x1f\x7f\u2028\u2029]+\s*")


def _one_line(quote: str) -> str:
    """A quote on one terminal line: each run of control characters becomes one space."""
    return _CONTROL_RUN.sub(" ", quote).strip()


def _width(text: str) -> int:
    """Columns ``text`` takes on a terminal: Thai vowel and tone marks take none."""
    return sum(
        0 if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
        else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        for ch in text
    )


def _pad(text: str, columns: int) -> str:
    """``text`` padded to ``columns`` on screen (``str.ljust`` counts code points, and a Thai
    label with marks above or below its letters would end short of the others)."""
    return text + " " * max(0, columns - _width(text))


def findings_text(text: str, report: CheckReport, locale: str = "en") -> str:
    """Findings as ``line:col severity [criterion] message → suggestion`` lines, then the scores."""
    lines: list[str] = []
    for f in report.findings:
        where = "-:-"
        if f.start is not None:
            where = "{}:{}".format(*_line_col(text, f.start))
        quoted = f' "{_one_line(text[f.start:f.end])}"' if f.start is not None and f.end is not None else ""
        lines.append(f"{where:>7} {f.severity.value:<7} [{f.criterion.value}] {f.rule}{quoted}")
        lines.append(f"        {f.message}")
        if f.suggestion:
            lines.append(f"        → {f.suggestion}")
    if not report.findings:
        lines.append("No findings.")
    lines.append("")
    lines.append(f"Overall score: {report.overall:.2f}")
    for criterion in Criterion:
        score = report.scores.get(criterion, 1.0)
        lines.append(f"  {_pad(criterion_label(criterion, locale), 40)} {score:.2f}")
    return "\n".join(lines)
