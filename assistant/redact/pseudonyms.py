"""Stable placeholders within one text: each distinct identifier gets ``[TYPE_n]``; the same
person gets the same placeholder across spellings ("May Thongchai", "May"; "นางฝน แสงจันทร์",
"ยายฝน"; a bracketed alias) when that can be told, numbered by first appearance per type.

A short name shared by two longer ones ("Whitlock" in Joy and Shawna Whitlock) is ambiguous and
gets its own placeholder rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models import DetectedEntity, PlaceholderEntry, PlaceholderMap, RedactedEntity
from assistant.redact.initials import initials, split_title
from assistant.redact.types import PERSON
from assistant.text.language import letter_counts

_NUMERIC_TYPES = {"PHONE", "ID_NUMBER", "CASE_NUMBER"}
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _name_tokens(value: str) -> frozenset[str]:
    _, rest = split_title(value.strip())
    rest = re.sub(r"['’]s\b", "", rest)
    # a nickname in brackets inside a full name is one of its tokens: "Ronan (Ro) McLaughlin"
    return frozenset(t.casefold() for t in re.split(r"[\s.,()]+", rest) if len(t) >= 2)


def _key(entity: DetectedEntity) -> str:
    value = entity.text.translate(_THAI_DIGITS)
    if entity.type in _NUMERIC_TYPES:
        digits = re.sub(r"\D", "", value)
        return digits or value.casefold()
    return re.sub(r"\s+", " ", value).strip().casefold()


class _Clusters:
    """Union-find over entity indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _alias_links(text: str, entities: Sequence[DetectedEntity]) -> list[tuple[int, int]]:
    """Person pairs written as "X (Y)" — the bracket says they are one person."""
    links = []
    for i, a in enumerate(entities):
        if a.type != PERSON:
            continue
        for j in range(i + 1, min(i + 3, len(entities))):
            b = entities[j]
            if b.type == PERSON and re.fullmatch(r"[^\S\n]*\(", text[a.end:b.start]) and text[b.end:b.end + 1] == ")":
                links.append((i, j))
    return links


def assign(
    text: str, entities: Sequence[DetectedEntity]
) -> tuple[list[RedactedEntity], PlaceholderMap]:
    """Placeholders for ``entities`` (sorted, non-overlapping) and the map back to values."""
    n = len(entities)
    uf = _Clusters(n)
    thai_letters, latin_letters, _ = letter_counts(text)
    thai_labels = thai_letters > latin_letters
    keys = [_key(e) for e in entities]
    first_by_key: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entities):
        k = (e.type, keys[i])
        if k in first_by_key:
            uf.union(first_by_key[k], i)
        else:
            first_by_key[k] = i
    for a, b in _alias_links(text, entities):
        uf.union(a, b)
    # person variants: a name whose tokens are inside exactly one longer name's tokens
    persons = [i for i, e in enumerate(entities) if e.type == PERSON]
    tokens = {i: _name_tokens(entities[i].text) for i in persons}
    longest_first = sorted(persons, key=lambda i: -len(tokens[i]))
    for i in persons:
        if not tokens[i]:
            continue
        containers = {
            uf.find(j) for j in longest_first
            if len(tokens[j]) > len(tokens[i]) and tokens[i] <= tokens[j]
        }
        if len(containers) == 1:
            uf.union(containers.pop(), i)
    # number clusters by first appearance, per type
    counters: dict[str, int] = {}
    placeholder_of: dict[int, str] = {}
    entries: dict[str, PlaceholderEntry] = {}
    for i, e in enumerate(entities):
        root = uf.find(i)
        if root not in placeholder_of:
            counters[e.type] = counters.get(e.type, 0) + 1
            placeholder_of[root] = f"[{e.type}_{counters[e.type]}]"
        ph = placeholder_of[root]
        entry = entries.get(ph)
        if entry is None:
            entries[ph] = PlaceholderEntry(
                placeholder=ph, type=e.type, value=e.text, variants=[e.text],
                initials=initials(e.text, e.type, thai_labels=thai_labels),
            )
            continue
        if e.text not in entry.variants:
            entry.variants.append(e.text)
        if len(e.text) > len(entry.value):
            entry.value = e.text
            entry.initials = initials(e.text, e.type, thai_labels=thai_labels)
    redacted = [
        RedactedEntity(**e.model_dump(), placeholder=placeholder_of[uf.find(i)])
        for i, e in enumerate(entities)
    ]
    return redacted, PlaceholderMap(entries=entries)


def apply(text: str, entities: Sequence[RedactedEntity]) -> str:
    """``text`` with each entity span replaced by its placeholder."""
    parts: list[str] = []
    pos = 0
    for e in sorted(entities, key=lambda x: x.start):
        parts.append(text[pos:e.start])
        parts.append(e.placeholder)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)
