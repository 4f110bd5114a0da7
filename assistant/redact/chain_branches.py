"""A chain's shop named by the place it stands in: บิ๊กซีสะพานควาย, หลังโลตัสกะทู้, ห้างเซ็นทรัลแจ้งวัฒนะ,
เซเว่นสาขาหน้าตลาด.

Why: a chain alone identifies nothing (millions shop there; ``named_thing_spans`` leaves it), but
with the place or branch glued after it, it is the one shop by someone's home or work — a landmark
a reader can walk to. Thai writes the two as one word, so no rule saw the place inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.redact.thai_lexicon import THAI_LETTERS

#: What follows the chain: a branch word, then (glued or after one space) Thai letters read
#: against the place lists.
_BRANCH_WORD = re.compile(r"[^\S\n]?สาขา")
_AFTER = re.compile(rf"[^\S\n]?([{THAI_LETTERS}]{{2,24}})")
#: A department-store word before the chain belongs to the landmark (ห้างเซ็นทรัล…).
_STORE_BEFORE = re.compile(r"(?:ห้าง(?:สรรพสินค้า)?)[^\S\n]?\Z")


def branch_end(text: str, end: int, is_place: Callable[[str], bool]) -> int | None:
    """Where the place written after a chain (ending at ``end``) ends — glued, after one space or
    after สาขา — or None. Only a known place counts: a branch named by what it is near
    (เซเว่นสาขาหน้าโรงเรียน) is one of many shops, as a blind set's keep string showed (session 27)."""
    b = _BRANCH_WORD.match(text, end)
    a = _AFTER.match(text, b.end() if b else end)
    if not a:
        return None
    run = a.group(1)
    # the longest known place the letters open with (กะทู้|ชั้น 3, มโนรมย์|ขอ…)
    return next((a.start(1) + k for k in range(len(run), 1, -1) if is_place(run[:k])), None)


def chain_branch_spans(
    text: str,
    chain_re: re.Pattern[str] | None,
    is_place: Callable[[str], bool],
    places: dict[int, int] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of each Thai-script chain with the place or branch written after it: a known
    place, or one a rule already found (``places``: start → end) glued or one space after it."""
    if chain_re is None:
        return []
    places = places or {}
    out: list[tuple[int, int]] = []
    for m in chain_re.finditer(text):
        if not re.match(rf"[{THAI_LETTERS}]", m.group()):
            continue
        store = _STORE_BEFORE.search(text, max(0, m.start() - 16), m.start())
        start = store.start() if store else m.start()
        if (end := branch_end(text, m.end(), is_place)) is not None:
            out.append((start, end))
        gap = 1 if text[m.end():m.end() + 1].isspace() else 0
        if (found := places.get(m.end() + gap)) is not None:
            out.append((m.start(), found))  # บิ๊กซี|สะพานควาย
    return out


#: session 32 — an English note places a chain's shop with a preposition (the Lidl at Tolvaddon,
#: Walmart on King Ave, Lulu in Juffair): the branch a client works at or lives by. Not "near" a
#: place (the 7-Eleven near the pier): that places the walk, and a keep set kept the chain there.
_LATIN_BRANCH_PREP = re.compile(r"(?:['’]s)?[^\S\n]+(?:on|in|at)[^\S\n]+(?:the[^\S\n]+)?")


def latin_chain_branch_spans(
    text: str, chain_re: re.Pattern[str] | None, places: dict[int, int]
) -> list[tuple[int, int]]:
    """(start, end) of each Latin-script chain followed by on/in/at and a place a rule found
    (``places``: start → end): chain, preposition and place are one branch. A chain with no place
    after it (Walmart on Sundays) stays a chain — it identifies nobody."""
    if chain_re is None or not places:
        return []
    out: list[tuple[int, int]] = []
    for m in chain_re.finditer(text):  # (the lexicon's chain_re holds the Latin-script chains only)
        prep = _LATIN_BRANCH_PREP.match(text, m.end())
        if prep and (end := places.get(prep.end())) is not None:
            out.append((m.start(), end))
    return out

