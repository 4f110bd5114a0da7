"""The rule catalogue tests itself: ids unique, cases in both languages, every criterion covered,
and every finding's span inside the text and in the section it reports."""

from __future__ import annotations

import json

import pytest
import yaml

from assistant.check import all_rules, check_text, register
from assistant.check.rule import Rule, frozen
from assistant.criteria import Criterion
from assistant.text.sections import parse_sections, section_at

from .conftest import CASES_DIR, NOTES_DIR, NOW
from .corpus_paths import CORPUS_NOTE_FILES


def test_rule_ids_are_unique_and_prefixed_by_their_criterion():
    ids = [r.id for r in all_rules()]
    assert len(ids) == len(set(ids))
    for rule in all_rules():
        assert rule.id.startswith(rule.criterion.value + ".")


def test_register_refuses_a_duplicate_id():
    existing = all_rules()[0]

    class Copy(Rule):
        id = existing.id
        criterion = existing.criterion
        message = frozen({"en": "x", "th": "x"})

    with pytest.raises(ValueError, match="duplicate"):
        register(Copy)


def test_every_criterion_has_at_least_one_rule():
    covered = {r.criterion for r in all_rules()}
    assert covered == set(Criterion)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_every_rule_is_documented_in_both_languages(rule):
    assert rule.description() and rule.description() != rule.id
    assert rule.message.get("en") and rule.message.get("th")
    assert isinstance(rule.examples, dict)  # the training page reads plain dicts
    for lang in ("en", "th"):
        poor, better = rule.examples[lang]
        assert poor and better and poor != better


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_every_rule_has_english_and_thai_fail_and_pass_cases(rule):
    path = CASES_DIR / f"{rule.id}.yaml"
    assert path.is_file(), f"missing {path.name}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["rule"] == rule.id
    for kind in ("fail", "pass"):
        langs = {case["lang"] for case in data[kind]}
        assert {"en", "th"} <= langs, f"{rule.id} {kind} cases need en and th"


def _all_note_texts() -> list[str]:
    files = list(CORPUS_NOTE_FILES) + sorted(NOTES_DIR.rglob("*.json"))
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in files]


@pytest.mark.parametrize("text", _all_note_texts())
def test_every_finding_lies_inside_the_text_and_its_section(text):
    report = check_text(text, now=NOW)
    parsed = parse_sections(text)  # the checker's own view of the sections
    for f in report.findings:
        if f.start is None:
            assert f.end is None
            continue
        assert 0 <= f.start < f.end <= len(text)
        assert f.section == section_at(parsed, f.start)
        if f.replacement:
            assert f.suggestion
