"""Bad input gets exit code 2 and one plain line on stderr; never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.cli import main

GOOD_TH = "ผู้รับบริการเล่าว่านอนไม่หลับ 3 คืน สังเกตพบว่าร้องไห้ระหว่างพูดคุย นัดครั้งต่อไป 20 ธ.ค. 2568"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "payload", "reason"),
    [
        ("empty", b"", "empty"),
        ("whitespace", b"   \n\t \n", "empty"),
        ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("huge", ("word " * 250_000).encode(), "too large"),
        ("latin1", "Caf\xe9 na\xefve r\xe9sum\xe9 notes".encode("latin-1"), "encoding"),
        ("japanese", "クライアントは眠れないと言った。".encode(), "Thai or English"),
    ],
)
@pytest.mark.parametrize("command", ["redact", "check", "draft", "review"])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, command, name, payload, reason):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(payload)
    code, out, err = _run(capsys, command, str(path), "--json")
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert reason.lower() in err.lower()
    assert "Traceback" not in err


def test_missing_file_exits_2(capsys, tmp_path):
    code, _, err = _run(capsys, "check", str(tmp_path / "nope.txt"))
    assert code == 2
    assert "not found" in err


def test_thai_legacy_encoding_is_read(tmp_path, capsys):
    path = tmp_path / "tis620.txt"
    path.write_bytes(GOOD_TH.encode("cp874"))
    code, _, err = _run(capsys, "check", str(path), "--json")
    assert code == 0, err


def test_utf16_with_bom_is_read(tmp_path, capsys):
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD_TH.encode("utf-16"))
    code, _, err = _run(capsys, "check", str(path), "--json")
    assert code == 0, err


def test_model_failure_with_no_fallback_exits_3(tmp_path, capsys, monkeypatch):
    """A configured model that cannot be reached: exit 3 under --no-fallback, offline otherwise."""
    monkeypatch.setenv("ASSISTANT_LLM_MODEL", "test-model")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # discard port: refused
    monkeypatch.setenv("OPENAI_API_KEY", "unused")
    monkeypatch.setenv("ASSISTANT_LLM_MAX_RETRIES", "0")
    monkeypatch.setenv("ASSISTANT_LLM_TIMEOUT_S", "2")
    path = tmp_path / "j.txt"
    path.write_text("Client said she slept 4 hours. PHQ-9 12. Plan: f/u next week.", encoding="utf-8")

    code, out, err = _run(capsys, "draft", str(path), "--json", "--no-fallback")
    assert code == 3
    assert out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1

    code, out, err = _run(capsys, "draft", str(path), "--json")
    assert code == 0, err
    assert '"backend": "offline"' in out
    assert "model_failed_offline_used" in out


def test_console_entry_points_run_in_a_fresh_process(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "check", str(path)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    help_proc = subprocess.run(
        [sys.executable, "-m", "assistant", "--help"], capture_output=True, text=True, timeout=60
    )
    assert help_proc.returncode == 0
    for command in ("redact", "check", "draft", "review"):
        assert command in help_proc.stdout
