"""Scoring a redactor against cases in the corpus jottings format (used by the quality
benchmark and by the recall gate in the tests).

An identifier counts as caught only when EVERY occurrence of its value is fully inside one
redacted span (any type); "typed" also needs the span's type to match. A keep string survives
when no redacted span overlaps any occurrence of it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from assistant.models import DetectedEntity


def load_cases(folder: Path, pattern: str) -> list[dict]:
    """Cases in the corpus jottings format."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob(pattern))]


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (k := text.find(value, start)) >= 0:
        out.append((k, k + len(value)))
        start = k + 1
    return out


def score_cases(cases: list[dict], analyze: Callable[[str], list[DetectedEntity]]) -> dict:
    """Per language group ('en', 'th' = th+mixed) and type: totals, caught, typed; keep survival."""
    stats: dict = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    keep: dict = defaultdict(lambda: [0, 0])
    misses: list[tuple[str, str, str]] = []
    lost: list[tuple[str, str]] = []
    spans: dict = defaultdict(lambda: [0, 0])  # detected spans, spans touching no gold identifier
    extra: list[tuple[str, str, str]] = []
    for case in cases:
        text = case["text"]
        group = "en" if case["language"] == "en" else "th"
        ents = analyze(text)
        for ident in case["identifiers"]:
            occ = _occurrences(text, ident["value"])
            covering = [
                [e for e in ents if e.start <= s and en <= e.end]
                for s, en in occ
            ]
            caught = bool(occ) and all(covering)
            typed = caught and all(any(e.type == ident["type"] for e in c) for c in covering)
            for key in (ident["type"], "ALL"):
                row = stats[group][key]
                row[0] += 1
                row[1] += caught
                row[2] += typed
            if not caught:
                misses.append((case["id"], ident["type"], ident["value"]))
        gold = [o for ident in case["identifiers"] for o in _occurrences(text, ident["value"])]
        for e in ents:
            spans[group][0] += 1
            if not any(e.start < ge and gs < e.end for gs, ge in gold):
                spans[group][1] += 1
                extra.append((case["id"], e.type, e.text))
        for k in case["keep"]:
            occ = _occurrences(text, k)
            survived = all(not any(e.start < en and s < e.end for e in ents) for s, en in occ)
            keep[group][0] += 1
            keep[group][1] += survived
            if not survived:
                lost.append((case["id"], k))
    return {"stats": stats, "keep": keep, "misses": misses, "lost": lost, "spans": spans, "extra": extra}



def recall(result: dict, group: str, etype: str = "ALL") -> float:
    """Share of identifiers caught for a language group ('en' or 'th') and type."""
    total, caught, _ = result["stats"][group][etype]
    return caught / total if total else 1.0


def keep_survival(result: dict, group: str) -> float:
    """Share of keep strings that survived for a language group."""
    total, kept = result["keep"][group]
    return kept / total if total else 1.0
