"""Scores: a 0..1 score per criterion and an overall one, each explained by what it cost.

Every finding costs its criterion a fixed amount by severity (``scoring.yaml``: error 0.5,
warning 0.25, info 0.05 by default); a criterion never goes below 0. The overall score is the
mean of the ten criterion scores, so one very poor quality cannot hide the others.
"""

from __future__ import annotations

from assistant.check.lexicons import ScoringConfig
from assistant.criteria import Criterion, criterion_label
from assistant.models import CheckReport, Finding

_TEMPLATES = {
    "en": "−{cost:.2f} {rule} ({severity}){where}",
    "th": "−{cost:.2f} {rule} ({severity}){where}",
}
_CLEAN = {"en": "No findings: {label} is fully met.", "th": "ไม่พบข้อบกพร่อง: {label} ครบถ้วน"}


def score(findings: list[Finding], scoring: ScoringConfig, locale: str = "en") -> CheckReport:
    """Build the :class:`CheckReport` for ``findings``."""
    costs = {"error": scoring.error, "warning": scoring.warning, "info": scoring.info}
    scores: dict[Criterion, float] = {}
    explanation: dict[Criterion, list[str]] = {}
    template = _TEMPLATES.get(locale, _TEMPLATES["en"])
    for criterion in Criterion:
        mine = [f for f in findings if f.criterion == criterion]
        total = 0.0
        lines = []
        for f in mine:
            cost = costs[f.severity.value]
            total += cost
            where = f" at {f.start}–{f.end}" if f.start is not None else ""
            lines.append(
                template.format(cost=cost, rule=f.rule, severity=f.severity.value, where=where)
            )
        scores[criterion] = round(max(0.0, 1.0 - total), 3)
        if not lines:
            clean = _CLEAN.get(locale, _CLEAN["en"])
            lines.append(clean.format(label=criterion_label(criterion, locale)))
        explanation[criterion] = lines
    overall = round(sum(scores.values()) / len(scores), 3)
    return CheckReport(findings=findings, scores=scores, overall=overall, explanation=explanation)
