"""Writer control: add a redaction the analyzer missed, release one it got wrong.

Runs before anything is sent. Additions are by span or by string (every occurrence); a release
by span drops detections overlapping it, by value drops every detection with that text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.errors import InputError
from assistant.models import DetectedEntity, Span
from assistant.redact.name_parts import name_parts
from assistant.redact.types import EMAIL, ID_NUMBER, ONLINE_ID, PERSON, PHONE
from assistant.text.find import LATIN_OR_DIGIT, occurrences


def guess_type(value: str) -> str:
    """A plausible type for a writer-marked value (the writer can pass a DetectedEntity to set it)."""
    v = value.strip()
    digits = sum(c.isdigit() for c in v)
    if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
        return EMAIL
    if v.startswith("@"):
        return ONLINE_ID
    if digits >= 7 and digits >= 0.6 * len(re.sub(r"\s", "", v)):
        return PHONE if v.lstrip("(").startswith(("0", "+")) and digits <= 12 else ID_NUMBER
    return PERSON


def writer_additions(text: str, add: Sequence[Span | str]) -> list[DetectedEntity]:
    """Detected entities for the writer's additions (source ``writer``).

    A string hides every occurrence; a personal name also hides its distinctive parts alone
    (``name_parts``), since the writer listed the person, not one spelling. The parts may
    overlap the full name's occurrences; the merge that follows keeps the longer span.
    """
    out: list[DetectedEntity] = []
    for item in add:
        if isinstance(item, str):
            needle = item.strip()
            if not needle:
                continue
            caseless = bool(re.search(r"[A-Za-z]", needle))
            etype = guess_type(needle)
            for start, end in occurrences(text, needle, ignore_case=caseless):
                out.append(DetectedEntity(start=start, end=end, type=etype, text=text[start:end], source="writer"))
            if etype == PERSON:
                out.extend(_part_occurrences(text, needle))
            continue
        if item.end > len(text) or item.start >= item.end:
            raise InputError("A marked span is outside the text or empty; select the text again.")
        value = text[item.start:item.end]
        etype = item.type if isinstance(item, DetectedEntity) else guess_type(value)
        out.append(DetectedEntity(start=item.start, end=item.end, type=etype, text=value, source="writer"))
    return out


def _part_occurrences(text: str, name: str) -> list[DetectedEntity]:
    """Occurrences of each part of a listed name, as whole words where the script has them."""
    out = []
    for part in name_parts(name):
        latin = bool(re.search(r"[A-Za-z]", part.text))
        bounds = LATIN_OR_DIGIT if latin else frozenset()
        for start, end in occurrences(text, part.text, not_after=bounds, not_before=bounds,
                                      ignore_case=latin and not part.exact_case):
            out.append(DetectedEntity(start=start, end=end, type=PERSON, text=text[start:end], source="writer"))
    return out


def apply_release(
    entities: Sequence[DetectedEntity], release: Sequence[Span | str]
) -> list[DetectedEntity]:
    """Entities minus the ones the writer released."""
    spans = [r for r in release if not isinstance(r, str)]
    values = {r.strip().casefold() for r in release if isinstance(r, str) and r.strip()}
    kept = []
    for e in entities:
        if e.text.strip().casefold() in values:
            continue
        if any(s.start < e.end and e.start < s.end for s in spans):
            continue
        kept.append(e)
    return kept
