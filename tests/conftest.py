"""Test isolation shared by every test: no real model, no user data dir, no network settings.

Each test starts offline (``ASSISTANT_LLM_MODEL`` unset) with its data directory and database in
``tmp_path``, so no test can read or write a writer's real notes or reach a configured server.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

_MODEL_ENV = (
    "ASSISTANT_LLM_MODEL",
    "ASSISTANT_LLM_BASE_URL",
    "ASSISTANT_LLM_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_API_KEY",
    "ASSISTANT_DATABASE_URL",
    "ASSISTANT_SETTINGS_FILE",
)


@pytest.fixture(autouse=True)
def _isolated_settings(request, tmp_path, monkeypatch):
    if request.node.get_closest_marker("live"):
        return  # live tests keep the real endpoint configuration
    for name in _MODEL_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ASSISTANT_SETTINGS_FILE", str(tmp_path / "no-settings.toml"))


def pytest_report_header(config):
    return f"corpus: {CORPUS} ({'found' if CORPUS.is_dir() else 'MISSING'})"
