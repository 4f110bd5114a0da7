"""Applying a finding's suggested wording to the structured note (pure, no Streamlit).

Findings index the rendered note text, but the writer edits sections. This maps a span of the
rendered text back into the section it came from — by replaying where ``render_note`` put each
section's body — so a one-click fix changes exactly the words the finding pointed at.
"""

from __future__ import annotations

from assistant.formats import render_note
from assistant.models import AnyNote, CheckReport, Finding, SessionMeta


def section_bounds(note: AnyNote, rendered: str, locale: str) -> dict[str, tuple[int, int]]:
    """Where each section's body sits in the rendered text: name → (start, end)."""
    bounds: dict[str, tuple[int, int]] = {}
    cursor = 0
    for name, en, th in note.SECTIONS:
        marker = f"{th if locale == 'th' else en}:\n"
        pos = rendered.find(marker, cursor)
        if pos < 0:
            continue
        start = pos + len(marker)
        body = (getattr(note, name) or "").strip()
        if rendered.startswith(body, start):
            bounds[name] = (start, start + len(body))
        cursor = start
    return bounds


def can_apply(finding: Finding) -> bool:
    """True when the finding carries a verbatim replacement for a located span."""
    return bool(
        finding.replacement
        and finding.suggestion is not None
        and finding.start is not None
        and finding.end is not None
    )


def replacements_from(report: CheckReport, own: CheckReport) -> CheckReport:
    """``report`` with every verbatim replacement taken from ``own``, the same text checked in
    the note's language.

    Why: reasons are worded in the writer's interface language, but a one-click fix writes into
    the note, so its words must be the note's (an English note read in the Thai interface must
    not get Thai advice pasted into it). A replacement with no counterpart in ``own`` keeps its
    text as advice and loses its button rather than write the wrong language.
    """
    theirs = {(f.rule, f.start, f.end): f.suggestion for f in own.findings if can_apply(f)}
    findings = []
    for f in report.findings:
        if can_apply(f):
            key = (f.rule, f.start, f.end)
            f = f.model_copy(update={"suggestion": theirs[key]} if key in theirs
                             else {"replacement": False})
        findings.append(f)
    return report.model_copy(update={"findings": findings})


def apply_finding(
    note: AnyNote, session: SessionMeta | None, locale: str, finding: Finding
) -> AnyNote | None:
    """The note with the finding's suggestion in place of its span; None when it cannot apply."""
    if not can_apply(finding):
        return None
    rendered = render_note(note, session, locale)
    start, end = finding.start, finding.end
    assert start is not None and end is not None and finding.suggestion is not None
    if end > len(rendered):
        return None
    for name, (b_start, b_end) in section_bounds(note, rendered, locale).items():
        if b_start <= start and end <= b_end:
            body = (getattr(note, name) or "").strip()
            new = body[: start - b_start] + finding.suggestion + body[end - b_start :]
            return note.model_copy(update={name: new})
    return _apply_in_extras(note, rendered[start:end], finding.suggestion)


def _apply_in_extras(note: AnyNote, target: str, replacement: str) -> AnyNote | None:
    """Goals, interventions and the next session: replace when the span text is unambiguous."""
    if not target:
        return None
    hits: list[tuple[str, int | None, str]] = []
    if note.next_session and target in note.next_session:
        hits.append(("next_session", None, "next_session"))
    for i, goal in enumerate(note.goals):
        if target in goal.statement:
            hits.append(("goals", i, "statement"))
    for i, item in enumerate(note.interventions):
        for attr in ("name", "detail", "client_response"):
            if target in (getattr(item, attr) or ""):
                hits.append(("interventions", i, attr))
    if len(hits) != 1:
        return None
    field, index, attr = hits[0]
    if index is None:
        return note.model_copy(update={field: note.next_session.replace(target, replacement, 1)})
    items = [x.model_copy() for x in getattr(note, field)]
    value = getattr(items[index], attr).replace(target, replacement, 1)
    items[index] = items[index].model_copy(update={attr: value})
    return note.model_copy(update={field: items})
