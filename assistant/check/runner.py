"""Runs every registered rule over one text and tidies the findings.

A rule that raises is skipped (its id and the exception type are logged, never the text), so
one faulty rule or odd input can never stop the whole check. Findings are checked to lie inside
the text, labelled with the section their start falls in, de-duplicated and sorted.
"""

from __future__ import annotations

import datetime as dt
import logging

import assistant.check.rules  # noqa: F401  (registers the rules)
from assistant.check.context import CheckContext, IdentifierFinder
from assistant.check.lexicons import CheckConfig
from assistant.check.rule import REGISTRY
from assistant.models import Finding, Severity

log = logging.getLogger(__name__)

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def run_rules(
    text: str,
    config: CheckConfig,
    *,
    locale: str,
    now: dt.datetime,
    identifier_finder: IdentifierFinder | None = None,
) -> list[Finding]:
    """Every rule's findings for ``text``, valid, de-duplicated and in text order."""
    ctx = CheckContext(text, config, locale=locale, now=now, identifier_finder=identifier_finder)
    raw: list[Finding] = []
    for rule_id in sorted(REGISTRY):
        rule = REGISTRY[rule_id]()
        try:
            raw.extend(rule.check(ctx))
        except Exception as exc:  # one faulty rule must not stop the others
            log.warning("rule %s failed: %s", rule_id, type(exc).__name__)
    return _tidy(raw, ctx)


def _tidy(findings: list[Finding], ctx: CheckContext) -> list[Finding]:
    n = len(ctx.text)
    kept: list[Finding] = []
    last_end: dict[str, int] = {}  # per rule: end of the last kept span (findings sorted by start)
    absences: set[tuple[str, str]] = set()
    ordered = sorted(
        findings, key=lambda f: (f.rule, f.start if f.start is not None else -1, _RANK[f.severity])
    )
    for f in ordered:
        if f.start is None and f.end is None:
            if (f.rule, f.message) in absences:
                continue
            absences.add((f.rule, f.message))
            kept.append(f)
            continue
        if f.start is None or f.end is None or not (0 <= f.start < f.end <= n):
            continue
        if f.start < last_end.get(f.rule, -1):
            continue  # overlaps the previous finding of the same rule
        section = ctx.section_of(f.start)
        if f.section != section:
            f = f.model_copy(update={"section": section})
        last_end[f.rule] = f.end
        kept.append(f)
    kept.sort(key=lambda f: (f.start if f.start is not None else -1, f.rule))
    return kept
