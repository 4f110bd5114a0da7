"""The privacy layer: find identifiers in Thai/English/mixed text, swap them for stable
placeholders, and (``guard``) refuse to send text that still identifies someone.

Public API::

    get_analyzer() -> IdentifierAnalyzer
    redact(text, analyzer, *, add=(), release=()) -> RedactedText
    LeakGuard(analyzer).check(*texts)          # raises LeakBlocked
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from assistant.models import DetectedEntity, RedactedText, Span
from assistant.redact.analyzer import IdentifierAnalyzer
from assistant.redact.initials import initials
from assistant.redact.pseudonyms import apply, assign
from assistant.redact.resolve import Hit, merge
from assistant.redact.writer import apply_release, guess_type, writer_additions
from assistant.text.language import detect_language

__all__ = [
    "IdentifierAnalyzer",
    "LeakGuard",
    "get_analyzer",
    "guess_type",
    "initials",
    "redact",
]

_lock = threading.Lock()
_analyzer: IdentifierAnalyzer | None = None

_WARM_UP = (
    "Warm-up: cl Jane Doe, DOB 1/2/1990, jane@example.com, 081-234-5678, 12 Oak St. "
    "นางสาวสมศรี ใจดี โทร 02-123-4567 บ้านเลขที่ 5 หมู่ 2 ต.บางพลี"
)


def get_analyzer() -> IdentifierAnalyzer:
    """The process-wide analyzer, built and warmed on first call (thread-safe)."""
    global _analyzer
    with _lock:
        if _analyzer is None:
            from assistant.redact.engine import get_presidio

            analyzer = IdentifierAnalyzer(get_presidio())
            analyzer.analyze(_WARM_UP)  # pay lazy initialisation now, not on the first note
            _analyzer = analyzer
        return _analyzer


def redact(
    text: str,
    analyzer: IdentifierAnalyzer,
    *,
    add: Sequence[Span | str] = (),
    release: Sequence[Span | str] = (),
) -> RedactedText:
    """Replace every identifier in ``text`` with a placeholder; the map stays local.

    ``add``: spans or strings (every occurrence) the writer wants redacted as well;
    ``release``: spans or values the writer says are not identifying.
    """
    detected = analyzer.analyze(text)
    found = apply_release(detected, release)
    kept = {(e.start, e.end) for e in found}
    released = sorted({e.text for e in detected if (e.start, e.end) not in kept})
    if add:
        extra = writer_additions(text, add)
        hits = [Hit(e.start, e.end, e.type, e.score, e.source) for e in [*found, *extra]]
        found = [
            DetectedEntity(start=h.start, end=h.end, type=h.type, text=text[h.start:h.end],
                           score=h.score, source="writer" if h.source == "writer" else "analyzer")
            for h in merge(text, hits)
        ]
    entities, mapping = assign(text, found)
    return RedactedText(
        language=detect_language(text),
        redacted_text=apply(text, entities),
        entities=entities,
        mapping=mapping,
        released=released,
    )


def __getattr__(name: str):
    if name == "LeakGuard":
        from assistant.redact.guard import LeakGuard

        return LeakGuard
    raise AttributeError(name)
