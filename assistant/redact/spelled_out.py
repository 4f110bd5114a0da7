"""A name spelled out letter by letter is that name.

Why: a worker dictating a note spells the names a transcriber would get wrong — "her son danylo
who goes by danya, that's d a n y a", "a fella called marcão spelled m a r c a o". The spelled
form is the name as surely as the word before it, and no name rule reads single letters (session
21: five spelled names in one dictated set, each a miss though the name itself was found).

So a run of three or more single letters separated by spaces is read as one word: when it spells
a word a found identifier holds (accents and case set aside), it is that identifier's type; after
a spelling cue ("spelled", "spelt", "that's", "spelling") with four or more letters it is a name
even when the spoken name was not found. Letters that run on into a spoken number ("t i r four
four …") are a reference, which spoken_numbers reads; they are left to it.
"""

from __future__ import annotations

import re

from assistant.redact.names_en import fold_accents
from assistant.redact.types import PERSON

#: Three or more single letters, one space (or a dash a transcriber put in) between each.
_SPELLED = re.compile(r"(?<![A-Za-z0-9'’])(?:[A-Za-z](?:[^\S\n]|-)){2,}[A-Za-z](?![A-Za-z0-9'’])")
#: Words that announce a spelling.
_CUE_BEFORE = re.compile(r"(?i:spell(?:ed|t|ing)|that's|that\s+is|it's|as\s+in)[^\S\n]*[,:]?[^\S\n]*\Z")
#: A spoken number right after the letters: a reference said aloud, not a spelled name.
_NUMBER_AFTER = re.compile(
    r"[^\S\n]+(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|dash|slash)(?![A-Za-z])"
)
_WORD = re.compile(r"[^\W\d_]+")


def _fold(word: str) -> str:
    """Lower case without accents: marcão and m a r c a o compare equal."""
    return fold_accents(word.lower())


def spelled_out_spans(text: str, hits) -> list[tuple[int, int, str]]:
    """[start, end, type) of letter-by-letter spellings not yet covered: of a word a hit holds
    (that hit's type), or after a spelling cue (a person's name)."""
    if not _SPELLED.search(text):
        return []
    found: dict[str, str] = {}
    for h in hits:
        for w in _WORD.findall(text[h.start:h.end]):
            if len(w) >= 3:
                found.setdefault(_fold(w), h.type)
    out: list[tuple[int, int, str]] = []
    for m in _SPELLED.finditer(text):
        if any(h.start <= m.start() and m.end() <= h.end for h in hits):
            continue
        if _NUMBER_AFTER.match(text, m.end()):
            continue
        letters = _fold(re.sub(r"[^A-Za-z]", "", m.group(0)))
        if letters in found:
            out.append((m.start(), m.end(), found[letters]))
        elif len(letters) >= 4 and _CUE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            out.append((m.start(), m.end(), PERSON))
    return out
