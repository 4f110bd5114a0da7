"""A named body's acronym, defined in brackets after its name, names the same body.

Why: writers introduce a body once in full and then use its acronym ("Thai Student Support
Brisbane (TSSB) … Hi all at TSSB", "มูลนิธิเพื่อนแรงงานปราจีน (มพจ.) … ฝ่ายภาคสนาม มพจ."); the
rules found the full name but no rule can know an invented acronym, so every later mention
leaked (development set 51: four bodies). The acronym is taken only after a span already found
as an organisation, so a national service or a team defined the same way (ศูนย์พึ่งได้ (OSCC),
the multidisciplinary team (MDT)) stays; and a Latin acronym after a Latin name must spell the
name's initials in order, so a form code in brackets is not read as the body's.
"""

from __future__ import annotations

import re

from assistant.redact.resolve import Hit
from assistant.redact.types import ORGANIZATION

_THAI = re.compile(r"[\u0E00-\u0E7F]")
#: The bracket right after the body: Latin capitals (TSSB, BNCCG, FAR) or Thai consonants with
#: their dots (มพจ., ศ.ช.ร.).
_DEFINED = re.compile(
    r"[^\S\n]*\([^\S\n]*(?P<acr>[A-Z][A-Z&]{1,7}|[ก-ฮ](?:\.?[ก-ฮ]){1,5}\.?)[^\S\n]*\)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _spells_initials(acronym: str, name: str) -> bool:
    """Do the acronym's letters follow the name's word initials in order, from the first word?
    (Friends Across the River → FAR, Bang Na Condo Cleaners' Group → BNCCG.)"""
    initials = [w[0].upper() for w in _WORD.findall(name)]
    letters = [c for c in acronym if c.isalpha()]
    if not initials or not letters or letters[0] != initials[0]:
        return False
    i = 0
    for c in letters:
        while i < len(initials) and initials[i] != c:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return True


def _occurrences(text: str, acronym: str) -> list[tuple[int, int]]:
    """Where the acronym stands as a word of its own. Scanned with str.find, not a regex built
    from it: Python's regex cache would keep the body's acronym after the call."""
    thai = bool(_THAI.match(acronym))
    bare = acronym.rstrip(".") if thai else acronym
    out = []
    k = text.find(bare)
    while k >= 0:
        end = k + len(bare)
        before, after = text[k - 1:k], text[end:end + 1]
        if thai:
            if after == ".":
                end += 1
                after = text[end:end + 1]
            # not glued inside a longer Thai word, with or without its final dot
            alone = not (before and ("\u0e00" <= before <= "\u0e7f" or before == ".")) and not (
                after and "\u0e01" <= after <= "\u0e2e"
            )
        else:
            alone = not (before.isalnum() and before.isascii()) and not (after.isalnum() and after.isascii())
        if alone:
            out.append((k, end))
        k = text.find(bare, k + 1)
    return out


def add_defined_acronyms(text: str, hits: list[Hit]) -> None:
    """Add every mention of an acronym defined in brackets right after an organisation's span."""
    for h in list(hits):
        if h.type != ORGANIZATION or h.source == "writer":
            continue
        m = _DEFINED.match(text, h.end)
        if not m:
            continue
        acronym = m.group("acr")
        name = text[h.start:h.end]
        if not _THAI.search(acronym) and not _THAI.search(name) and not _spells_initials(acronym, name):
            continue  # Baan Rak Mekong Foundation (PHQ): not its initials
        if _THAI.search(acronym) and not _THAI.search(name):
            continue  # a Thai acronym after a Latin name is a gloss, not the name's letters
        for s, e in _occurrences(text, acronym):
            if not any(o.start <= s and e <= o.end for o in hits):
                hits.append(Hit(s, e, ORGANIZATION, h.score, "alias"))
