"""Placeholders back to identifiers after the model has answered.

Tolerates light mangling by the model — ``[ PERSON_1 ]``, ``[person_1]``, ``PERSON_1`` without
brackets, ``[PERSON-1]`` — and reports what does not match: placeholders the model invented are
left as written and listed in ``invented``; issued placeholders missing from the answer are listed
in ``dropped``. Nothing is silently mapped to a guess.
"""

from __future__ import annotations

import re

from assistant.models import PlaceholderMap, RestoreMode, RestoreResult
from assistant.redact.initials import initials as _initials
from assistant.redact.types import ALL_TYPES

_TYPES = "|".join(sorted(ALL_TYPES, key=len, reverse=True))
#: Any spelling of a placeholder we might have issued (bracketed, spaced, lower-case or bare).
PLACEHOLDER_RE = re.compile(
    rf"\[\s*(?P<t1>{_TYPES})\s*[_\- ]\s*(?P<n1>\d+)\s*\]"
    rf"|(?<![A-Za-z0-9_\[])(?P<t2>{_TYPES})[_\-](?P<n2>\d+)(?![A-Za-z0-9_])",
    re.IGNORECASE,
)


def initials(value: str, type: str) -> str:
    """Non-identifying short form: "J.M.", "Ms. F.", "นาย ส.ช."; a neutral label for non-names."""
    return _initials(value, type)


def restore(text: str, mapping: PlaceholderMap, mode: RestoreMode) -> RestoreResult:
    """Put identifiers (or their initials, or clean placeholders) back into ``text``."""
    seen: set[str] = set()
    invented: list[str] = []

    def replace(m: re.Match[str]) -> str:
        etype = (m.group("t1") or m.group("t2")).upper()
        number = int(m.group("n1") or m.group("n2"))
        canonical = f"[{etype}_{number}]"
        entry = mapping.entries.get(canonical)
        if entry is None:
            if canonical not in invented:
                invented.append(canonical)
            return m.group(0)
        seen.add(canonical)
        if mode is RestoreMode.FULL:
            return entry.value
        if mode is RestoreMode.INITIALS:
            return entry.initials
        return canonical

    def replace_once(m: re.Match[str]) -> str:
        value = replace(m)
        # "goes to [ORGANIZATION_1]." must not become "goes to R.R.C..": the sentence's own
        # full stop (or ellipsis) already closes the abbreviation
        if value.endswith(".") and text.startswith((".", "…"), m.end()):
            return value[:-1]
        return value

    restored = PLACEHOLDER_RE.sub(replace_once, text)
    dropped = [ph for ph in mapping.entries if ph not in seen]
    return RestoreResult(text=restored, invented=invented, dropped=dropped)
