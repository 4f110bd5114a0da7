"""End to end: redacted jottings pass the guard, real prompts pass the guard, and restore
brings the original text back."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.llm.prompts import parse_prompt
from assistant.models import RestoreMode
from assistant.redact import LeakGuard, redact
from assistant.redact.evaluation import load_cases
from assistant.restore import restore

HERE = Path(__file__).parent
REPO = HERE.parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def _all_cases() -> list[dict]:
    return load_cases(HERE / "cases", "*.json") + load_cases(CORPUS, "*/jottings/*.json")


def test_when_any_case_is_redacted_then_the_guard_lets_it_through(analyzer):
    guard = LeakGuard(analyzer)
    blocked = []
    for case in _all_cases():
        result = redact(case["text"], analyzer)
        if guard.scan(result.redacted_text, mapping=result.mapping):
            blocked.append(case["id"])
    assert blocked == []


#: Tuning cases whose identifier still leaks, each a frame no rule covers yet (see README, "Not
#: finished"). Named, not counted, so a new leak fails here even when an old one is fixed, and a
#: fixed one must be struck off.
KNOWN_LEAKS = {
    ("own16e-en-05", "LOCATION"),  # "medellin": a lower-case foreign city in dictated text
}


def test_when_any_case_is_redacted_then_no_identifier_value_is_left(analyzer):
    leaked = set()
    for case in _all_cases():
        redacted = redact(case["text"], analyzer).redacted_text
        leaked |= {(case["id"], i["type"]) for i in case["identifiers"] if i["value"] in redacted}
    assert leaked == KNOWN_LEAKS


@pytest.mark.skipif(not (REPO / "prompts").is_dir(), reason="no prompt files in this checkout")
def test_when_the_product_prompts_are_sent_then_the_guard_does_not_block_them(analyzer):
    # what is sent is each file's body; its front matter (id: draft.birp, version) stays on the machine
    texts = [parse_prompt(p.read_text(encoding="utf-8")).body for p in sorted((REPO / "prompts").glob("*.md"))]
    assert LeakGuard(analyzer).scan(*texts) == []


def test_when_each_identifier_has_one_spelling_then_full_restore_gives_back_the_text(analyzer):
    text = "cl Hector Ruiz, cell 702-555-0134, email h.ruiz@example.com; ภรรยา นางสาวมาลี ศรีสุข โทร 081-234-5678"
    result = redact(text, analyzer)
    assert restore(result.redacted_text, result.mapping, RestoreMode.FULL).text == text
