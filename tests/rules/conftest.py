"""Shared fixtures for the rule checker tests: the bundled config is built once per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from assistant.check import load_config

CASES_DIR = Path(__file__).with_name("cases")
NOTES_DIR = Path(__file__).with_name("notes")
#: A fixed "now" so future-date checks do not drift with the calendar.
NOW = dt.datetime(2026, 12, 31, 12, 0)


def load_cases() -> list[tuple[str, str, int, dict]]:
    """(rule id, kind, index, case) for every case in every ``cases/<rule-id>.yaml``."""
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in ("fail", "pass"):
            for i, case in enumerate(data.get(kind, [])):
                out.append((data["rule"], kind, i, case))
    return out


def pytest_generate_tests(metafunc):
    if "rule_case" in metafunc.fixturenames:
        cases = load_cases()
        metafunc.parametrize(
            "rule_case",
            cases,
            ids=[f"{rule}-{kind}-{case['lang']}-{i}" for rule, kind, i, case in cases],
        )


@pytest.fixture(scope="session")
def config():
    return load_config()
