"""Shared helpers for the offline drafter tests: the cases, the corpus as redacted text, checks.

The drafter's input is REDACTED jottings, so corpus jottings are redacted here the simple way
(each listed identifier replaced by a ``[TYPE_n]`` placeholder) before drafting.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT.parent / "shared" / "corpus"
CASES_DIR = Path(__file__).with_name("cases")


def load_cases() -> list[dict]:
    """Every synthetic case in ``cases/`` (sorted by id)."""
    cases = [
        yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(CASES_DIR.glob("*.yaml"))
    ]
    return sorted(cases, key=lambda c: c["id"])


def redact_case(case: dict) -> str:
    """The corpus text with each identifier value replaced by a placeholder."""
    text = case["text"]
    counts: dict[str, int] = {}
    for ident in sorted(case.get("identifiers", []), key=lambda i: -len(i["value"])):
        if ident["value"] not in text:
            continue
        counts[ident["type"]] = counts.get(ident["type"], 0) + 1
        text = text.replace(ident["value"], f"[{ident['type']}_{counts[ident['type']]}]")
    return text


def load_corpus_jottings() -> list[dict]:
    """The corpus jottings, redacted (empty when the corpus is absent)."""
    out = []
    for path in sorted(CORPUS.glob("*/jottings/*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        out.append({"id": case["id"], "language": case["language"], "text": redact_case(case)})
    return out


PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")


@pytest.fixture(scope="session", autouse=True)
def _warm_drafter():
    """Load cues and the Thai tokenizer once, so timing tests measure drafting only."""
    from assistant.offline import draft_offline

    draft_offline("ผู้รับบริการเล่าว่านอนไม่หลับ f/u 1/2")
