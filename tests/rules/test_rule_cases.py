"""Each rule's cases as data (``cases/<rule-id>.yaml``): fail cases must flag, pass cases must not.

Fail cases may list ``flags``: substrings that a finding of the rule must cover. Pass cases hold
the false-flag traps (quotes, negation, ดื้อยา, บ้าน ⊃ บ้า, initials, hotlines, scores …).
"""

from __future__ import annotations

from assistant.check import check_text, load_config

from .conftest import NOW


def _findings(rule: str, case: dict, config):
    cfg = (
        load_config(timeliness_threshold_hours=case["threshold_hours"])
        if "threshold_hours" in case
        else config
    )
    report = check_text(case["text"], config=cfg, now=NOW)
    return [f for f in report.findings if f.rule == rule]


def test_rule_case(rule_case, config):
    rule, kind, _, case = rule_case
    text = case["text"]
    found = _findings(rule, case, config)
    if kind == "pass":
        assert not found, [
            (f.rule, text[f.start : f.end] if f.start is not None else None) for f in found
        ]
        return
    assert found, f"{rule} did not fire"
    for flag in case.get("flags", []):
        start = text.index(flag)
        end = start + len(flag)
        assert any(f.start is not None and f.start < end and start < f.end for f in found), (
            f"{rule} did not flag {flag!r}"
        )
