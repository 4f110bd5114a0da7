"""A name written in both scripts side by side is one identifier.

Why: Thai notes about migrant workers, foreign towns and bilingual services gloss a name in the
other script — "ย้ายมาจากผาอัน (Hpa-an)", "ครัวแม่บุญ (Krua Mae Boon)", "Khao Samsip quarry
(เหมืองหินเขาสามสิบ)". A rule finds one side (a Thai place rule reads ผาอัน; an English body rule
reads Krua Mae Boon) and the other stays in the text sent to a model, though it names the same
place, body or person. Propagation cannot help: the two spellings share no letters.

So when one side of a bracket (or of a slash) is a found place, body or person and the other side
is in the other script, the two are compared by sound: the Thai side is romanised (PyThaiNLP's
rule-based Royal Institute scheme, offline) and both are folded to a rough consonant skeleton
(ph/p, kh/k, th/t, ch/j, oo/u …). When they sound alike, the other side is the same identifier,
with the same type. A translation is not a gloss: ``รพ.หนองแค (Wednesday mornings)`` or
``ซึมเศร้า (depression)`` do not sound alike and are left alone.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.redact.types import LOCATION, ORGANIZATION, PERSON

_TYPES = (PERSON, LOCATION, ORGANIZATION)
_THAI = r"\u0E01-\u0E4E"
#: Thai words (with single spaces between them) just before an opening bracket or a slash.
_THAI_BEFORE = re.compile(rf"[{_THAI}]+(?:[^\S\n][{_THAI}]+)?[^\S\n]*\Z")
#: Latin words (capitalised or not; hyphens and apostrophes inside) just before a bracket or slash.
_LATIN_REST = r"[A-Za-zÀ-ÖØ-öø-ÿ'’\-]*"
_LATIN_WORD = rf"[A-Za-zÀ-ÖØ-öø-ÿ]{_LATIN_REST}"
_LATIN_BEFORE = re.compile(rf"{_LATIN_WORD}(?:[^\S\n]+{_LATIN_WORD}){{0,4}}[^\S\n]*\Z")
#: The gloss itself: after "(" up to ")", or after "/" up to a bracket, comma or line end.
_OPEN = re.compile(r"[^\S\n]*(?P<mark>[(/])[^\S\n]*")
_LATIN_GLOSS = re.compile(rf"(?P<g>[A-ZÀ-ÖØ-Þ]{_LATIN_REST}(?:[^\S\n]+{_LATIN_WORD}){{0,4}})[^\S\n]*(?P<close>[),;\n]|\Z)")
_THAI_GLOSS = re.compile(rf"(?P<g>[{_THAI}]+(?:[^\S\n][{_THAI}]+)?)[^\S\n]*(?P<close>[),;\n]|\Z)")
#: How alike the two sides must sound (difflib's ratio over the folded skeletons).
_ALIKE = 0.78
#: Romanised spellings that stand for one sound, folded to one letter or pair.
_FOLDS = (
    ("ph", "p"), ("hp", "p"), ("bh", "b"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("ch", "j"), ("sh", "s"),
    ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "s"), ("z", "s"), ("v", "w"), ("f", "p"), ("r", "l"),
    ("oo", "u"), ("ou", "u"), ("ee", "i"), ("ea", "i"), ("y", "i"), ("ue", "u"), ("ae", "e"),
)


def _fold(word: str) -> str:
    """A rough sound skeleton: lower case letters only, spellings of one sound made one."""
    out = re.sub(r"[^a-z]", "", word.lower())
    for a, b in _FOLDS:
        out = out.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", out)  # doubled letters said once (Boon, Hpa-an)


def _romanised(thai: str, memo: dict[str, str]) -> str:
    """The Thai side's sound skeleton, memoised for one note only: a process-wide cache would keep
    clients' name fragments in memory after their note is done."""
    if thai not in memo:
        from pythainlp.transliterate import romanize

        memo[thai] = _fold(romanize(thai.replace(" ", ""), engine="royin"))
    return memo[thai]


def _alike(thai: str, latin: str, memo: dict[str, str]) -> float:
    a, b = _romanised(thai, memo), _fold(latin)
    if len(a) < 3 or len(b) < 3:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _thai_suffixes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The Thai words before a gloss, from the last word back: ชาวกะเหรี่ยงจาก|ผา|อัน → อัน, ผาอัน …"""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    tokens = get_thai_lexicon().tokenize(text[start:end])
    out, pos = [], end
    for tok in reversed(tokens[-6:]):
        pos -= len(tok)
        if tok.strip():
            out.append((pos, end))
    return out


def _latin_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The Latin words before a gloss: each run ending at the gloss (quarry, Samsip quarry …) and
    each run that stops short of it, for a name before its kind word (Khao Samsip| quarry)."""
    words = list(re.finditer(_LATIN_WORD, text[start:end]))
    return [(start + w.start(), end) for w in reversed(words)] + [
        (start + words[i].start(), start + words[j].end())
        for i in range(len(words)) for j in range(i, len(words) - 1)
    ]


def _found_as(hits, start: int, end: int) -> str | None:
    """The type of a found place, body or person covering all of [start, end)."""
    return next((h.type for h in hits if h.type in _TYPES and h.start <= start and end <= h.end), None)


def _covered(hits, start: int, end: int) -> bool:
    return any(h.start <= start and end <= h.end for h in hits)


def gloss_spans(text: str, hits) -> list[tuple[int, int, str]]:
    """[start, end, type) of glosses in the other script of a found place, body or person, and of
    the found name's other-script form before a bracket when only the gloss was found."""
    if "(" not in text and "/" not in text:
        return []
    if not re.search(rf"[{_THAI}]", text) or not re.search("[A-Za-z]", text):
        return []
    out: list[tuple[int, int, str]] = []
    memo: dict[str, str] = {}
    for m in _OPEN.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        base = m.start() - len(before)
        th, g = _THAI_BEFORE.search(before), _LATIN_GLOSS.match(text, m.end())
        thai_first = bool(th and g)
        if not thai_first and not ((la := _LATIN_BEFORE.search(before)) and (g := _THAI_GLOSS.match(text, m.end()))):
            continue
        if m.group("mark") == "(" and g.group("close") != ")":
            continue  # an opened bracket that does not close on the gloss is a remark, not a gloss
        side = th if thai_first else la
        start, end = base + side.start(), base + side.start() + len(side.group(0).rstrip())
        rs, re_ = g.start("g"), g.end("g")
        # nothing found on either side: no gloss can be added, so nothing is tokenized or romanised
        if not _found_as(hits, rs, re_) and not any(h.type in _TYPES and h.start < end and start < h.end for h in hits):
            continue
        left = _thai_suffixes(text, start, end) if thai_first else _latin_runs(text, start, end)
        best = None
        for ls, le in left:
            thai, latin = (text[ls:le], text[rs:re_]) if thai_first else (text[rs:re_], text[ls:le])
            score = _alike(thai, latin, memo)
            if score >= _ALIKE and (best is None or score > best[0]):
                best = (score, ls, le)
        if best is None:
            continue
        _, ls, le = best
        # one side found whole, the other not (or only in part, as แม่บุญ inside ครัวแม่บุญ): the
        # other side is the same identifier; where both are found, each reading stands
        left_type, right_type = _found_as(hits, ls, le), _found_as(hits, rs, re_)
        if left_type and not _covered(hits, rs, re_):
            out.append((rs, re_, left_type))
        elif right_type and not _covered(hits, ls, le):
            out.append((ls, le, right_type))
    return out
