"""Nothing the writer typed reaches a log: every stage runs at DEBUG and the records are scanned."""

from __future__ import annotations

import json
import logging

import pytest

from assistant.models import Jottings
from assistant.pipeline import Services
from assistant.settings import Settings
from tests.conftest import CORPUS

JOTTINGS = sorted(CORPUS.glob("*/jottings/*.json"))
NOTES = sorted(CORPUS.glob("*/notes/*.json"))


@pytest.fixture(scope="module")
def services():
    return Services.from_settings(Settings(llm_model=None))


def _identifiers(case: dict) -> list[str]:
    return [i["value"] for i in case.get("identifiers", []) if len(i["value"]) >= 3]


@pytest.mark.parametrize("path", JOTTINGS, ids=lambda p: p.stem)
def test_drafting_logs_no_identifier(path, services, caplog):
    case = json.loads(path.read_text(encoding="utf-8"))
    with caplog.at_level(logging.DEBUG):
        services.preview_redaction(case["text"])
        outcome = services.draft(Jottings(text=case["text"]))
        services.review(outcome.text)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for value in _identifiers(case):
        assert value not in logged, f"a {path.stem} identifier reached the log"


def test_a_failing_model_logs_no_identifier(services, caplog, monkeypatch):
    """The error path too: a model that cannot be reached is logged by error type only."""
    settings = Settings(
        llm_model="m", llm_base_url="http://127.0.0.1:9/v1", llm_api_key="k",
        llm_max_retries=0, llm_timeout_s=2,
    )
    failing = Services.from_settings(settings)
    failing._analyzer = services.analyzer  # reuse the warm engine
    case = json.loads(JOTTINGS[0].read_text(encoding="utf-8"))
    with caplog.at_level(logging.DEBUG):
        outcome = failing.draft(Jottings(text=case["text"]))
    assert outcome.offline
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for value in _identifiers(case):
        assert value not in logged
