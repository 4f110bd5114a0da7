"""The CLI's JSON contract holds on every file of the shared corpus, in Thai and English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.criteria import Criterion
from tests.conftest import CORPUS

CRITERIA = {c.value for c in Criterion}
SEVERITIES = {"error", "warning", "info"}
JOTTINGS = sorted(CORPUS.glob("*/jottings/*.json"))
NOTES = sorted(CORPUS.glob("*/notes/*.json"))


def _case_file(tmp_path: Path, case: Path) -> tuple[Path, dict]:
    data = json.loads(case.read_text(encoding="utf-8"))
    path = tmp_path / f"{data['id']}.txt"
    path.write_text(data["text"], encoding="utf-8")
    return path, data


def _run_json(capsys, *argv: str) -> dict:
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _assert_findings(findings: list[dict], text: str) -> None:
    for f in findings:
        assert {"rule", "criterion", "severity", "start", "end", "message", "suggestion"} <= f.keys()
        assert f["criterion"] in CRITERIA
        assert f["severity"] in SEVERITIES
        assert isinstance(f["rule"], str) and f["rule"]
        assert isinstance(f["message"], str) and f["message"]
        if f["start"] is not None:
            assert 0 <= f["start"] <= f["end"] <= len(text)


def _assert_scores(scores: dict) -> None:
    assert set(scores) == CRITERIA
    assert all(0.0 <= v <= 1.0 for v in scores.values())


def test_corpus_is_present():
    assert JOTTINGS and NOTES, f"shared corpus not found at {CORPUS}"


@pytest.mark.parametrize("case", JOTTINGS, ids=lambda p: p.stem)
def test_redact_json_offsets_index_the_input(case, tmp_path, capsys):
    path, data = _case_file(tmp_path, case)
    out = _run_json(capsys, "redact", str(path))
    assert out["language"] in {"en", "th", "mixed"}
    assert isinstance(out["redacted_text"], str) and out["redacted_text"]
    assert out["entities"], "every corpus jotting holds identifiers"
    for e in out["entities"]:
        assert {"type", "start", "end", "text", "placeholder"} <= e.keys()
        assert data["text"][e["start"] : e["end"]] == e["text"]
        assert e["placeholder"] in out["redacted_text"]


@pytest.mark.parametrize("case", JOTTINGS, ids=lambda p: p.stem)
def test_draft_json_offline_is_a_checked_soap_note(case, tmp_path, capsys):
    path, _ = _case_file(tmp_path, case)
    out = _run_json(capsys, "draft", str(path))
    assert out["backend"] == "offline"
    note = out["note"]
    assert {"subjective", "objective", "assessment", "plan", "goals"} <= note.keys()
    assert any(note[k].strip() for k in ("subjective", "objective", "assessment", "plan"))
    assert isinstance(note["goals"], list)
    _assert_findings(out["findings"], out["text"])
    _assert_scores(out["scores"])
    assert any(n["code"] == "offline_draft" for n in out["notices"])


@pytest.mark.parametrize("case", NOTES, ids=lambda p: p.stem)
def test_check_json_findings_and_scores(case, tmp_path, capsys):
    path, data = _case_file(tmp_path, case)
    out = _run_json(capsys, "check", str(path))
    _assert_findings(out["findings"], data["text"])
    _assert_scores(out["scores"])


@pytest.mark.parametrize("case", NOTES, ids=lambda p: p.stem)
def test_review_json_offline_is_the_rule_check(case, tmp_path, capsys):
    path, data = _case_file(tmp_path, case)
    out = _run_json(capsys, "review", str(path))
    _assert_findings(out["findings"], data["text"])
    _assert_scores(out["scores"])
    assert out["critique_used"] is False


def test_poor_note_scores_below_good_note(tmp_path, capsys):
    """Scores mean something: the corpus's poor notes score lower than its good ones on average."""
    by_quality: dict[str, list[float]] = {"good": [], "poor": []}
    for case in NOTES:
        path, data = _case_file(tmp_path, case)
        out = _run_json(capsys, "check", str(path))
        by_quality[data["quality"]].append(out["overall"])
    good = sum(by_quality["good"]) / len(by_quality["good"])
    poor = sum(by_quality["poor"]) / len(by_quality["poor"])
    assert poor < good


def test_stdin_dash_reads_standard_input(monkeypatch, capsys):
    import io
    import sys

    text = "S: Client said she slept 5 hours.\nO: Arrived on time.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    out = _run_json(capsys, "check", "-")
    _assert_findings(out["findings"], text)
