"""Assertion helpers shared by the redaction tests."""

from __future__ import annotations


def found(analyzer, text: str) -> list[tuple[str, str]]:
    """(type, text) of what the analyzer reports."""
    return [(e.type, e.text) for e in analyzer.analyze(text)]


def covered(analyzer, text: str, value: str) -> bool:
    """True when every occurrence of ``value`` is inside one detected span."""
    ents = analyzer.analyze(text)
    start, occurrences = 0, []
    while (k := text.find(value, start)) >= 0:
        occurrences.append((k, k + len(value)))
        start = k + 1
    assert occurrences, "test value must occur in the text"
    return all(any(e.start <= s and en <= e.end for e in ents) for s, en in occurrences)


def untouched(analyzer, text: str, value: str) -> bool:
    """True when no detected span overlaps ``value``."""
    ents = analyzer.analyze(text)
    k = text.find(value)
    assert k >= 0, "test value must occur in the text"
    return not any(e.start < k + len(value) and k < e.end for e in ents)
