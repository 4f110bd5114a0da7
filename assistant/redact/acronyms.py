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
from assistant.redact.types import LOCATION, ORGANIZATION

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


#: session 23 — a capitalised run right before a defined acronym (Friends Across the River (FAR)).
_RUN_BEFORE = re.compile(
    r"(?:[A-Z][\w'’\-]*|of|the|and|for|&|in|on)(?:[^\S\n]+(?:[A-Z][\w'’\-]*|of|the|and|for|&|in|on)){1,8}$"
)
#: What a defined acronym names when it is no body: an order, a plan, a test, a meeting, a payment.
_NOT_A_BODY = frozenset({
    "Order", "Orders", "Plan", "Plans", "Assessment", "Conference", "Meeting", "Review", "Questionnaire", "Scale",
    "Inventory", "Test", "Screen", "Screening", "Index", "Score", "Therapy", "Treatment", "Intervention",
    "Disorder", "Syndrome", "Disease", "Safeguards", "Allowance", "Benefit", "Credit", "Payment", "Grant",
    "Scheme", "Number", "Card", "Act", "Protocol", "Policy", "Procedure", "Certificate", "Visa", "Permit",
    "Advisor", "Adviser", "Officer", "Worker", "Coordinator", "Manager", "Practitioner", "Nurse",
})


def _spelled_body(text: str, start: int, acronym: str) -> tuple[int, int] | None:
    """The capitalised run ending at ``start`` whose capitalised words spell ``acronym`` exactly,
    from its first word (Thai Student Support Brisbane → TSSB, Friends of Village Children → FVC)."""
    run = _RUN_BEFORE.search(text, max(0, start - 120), start)
    if run is None:
        return None
    words = list(re.finditer(r"\S+", run.group(0)))
    for i, w in enumerate(words):
        if not w.group(0)[:1].isupper():
            continue
        caps = [x.group(0) for x in words[i:] if x.group(0)[:1].isupper()]
        if "".join(c[0] for c in caps) == acronym:
            if caps[-1] in _NOT_A_BODY:
                return None
            return run.start() + w.start(), start
    return None


def add_spelled_out_bodies(text: str, hits: list[Hit]) -> None:
    """session 23 — a name spelled out before its acronym in brackets (Friends Across the River
    (FAR), Thai Student Support Brisbane (TSSB)) is a body's name even when no rule found it: a
    writer defines an acronym for a body the reader will meet again. Three letters at least, every
    capitalised word giving one letter in order, not a kind of body (is_generic_org: Child
    Protection Services (CPS)) and not an order, plan, test or payment; protected terms (PHQ, CBT)
    are cut afterwards as for every hit."""
    from assistant.redact.recognizers.organization import is_generic_org

    if "(" not in text:
        return
    for m in re.finditer(r"[^\S\n]*\([^\S\n]*(?P<acr>[A-Z]{3,7})[^\S\n]*\)", text):
        span = _spelled_body(text, m.start(), m.group("acr"))
        if span is None or is_generic_org(text[span[0]:span[1]]):
            continue
        if any(h.type == ORGANIZATION and h.start <= span[0] and span[1] <= h.end for h in hits):
            continue  # found already (add_defined_acronyms reads its acronym)
        hits.append(Hit(span[0], span[1], ORGANIZATION, 0.6, "rule"))


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
        _add_mentions(text, hits, acronym, h.score)


def _add_mentions(text: str, hits: list[Hit], acronym: str, score: float) -> None:
    """Every stand-alone mention of a body's acronym that no hit covers yet, as that body."""
    for s, e in _occurrences(text, acronym):
        if not any(o.start <= s and e <= o.end for o in hits):
            hits.append(Hit(s, e, ORGANIZATION, score, "alias"))


#: Small words a body's initials skip (Friends of the Earth → FOE is written FoE; the capitals count).
_SKIPPED_IN_INITIALS = frozenset({"of", "and", "the", "for", "in", "at", "on", "&", "de", "la"})


def add_initials_mentions(text: str, hits: list[Hit]) -> None:
    """Session 30 (set 98) — a body named in full once and by its initials elsewhere with no
    bracket to define them (Shannon Vale Housing Association … "Tenant of SVHA since 2021"): the
    initials of three or more capitalised words, standing as a word of their own, are the body."""
    for h in list(hits):
        if h.type != ORGANIZATION or h.source == "writer" or _THAI.search(text[h.start:h.end]):
            continue
        words = [w for w in _WORD.findall(text[h.start:h.end]) if w.lower() not in _SKIPPED_IN_INITIALS]
        if len(words) < 3 or not all(w[0].isupper() for w in words):
            continue
        _add_mentions(text, hits, "".join(w[0] for w in words), h.score)
        if len(words) >= 4 and _is_town(words[-1], text, hits):
            # session 38 (set 125) — "Government Bilingual High School Kumba … GBHS": the town a
            # body's full name ends with is left out of its initials
            _add_mentions(text, hits, "".join(w[0] for w in words[:-1]), h.score)


def _is_town(word: str, text: str, hits: list[Hit]) -> bool:
    """A place the note names on its own or the gazetteer lists."""
    from assistant.redact.gazetteer import latin_place_names

    return word in latin_place_names() or any(h.type == LOCATION and text[h.start:h.end] == word for h in hits)
