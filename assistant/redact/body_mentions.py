"""Other mentions of an English-named body by the short name its members use.

Why: a note names a club, a church or a team once in full — Townhill Tigers RFC, Balga Lions SC,
Mt. Calvary Missionary Baptist Church, Lyari Young Fighters Boxing Club — and afterwards the way
people say it: "the Tigers", "Warriors coach", "Mt. Calvary van", "Young Fighters has a no-drugs
rule". Name propagation covers people only, so those later mentions went out unmasked, and a local
club named again is as identifying as the first time.

The short forms are read off the full name, not guessed: the name without the words that say what
kind of body it is (RFC, Boxing Club, Missionary Baptist Church), then without its place word
(Townhill, Lyari), and its last word when that is a plural noun a team calls itself (Tigers,
Steppers). Each is looked for capitalised and word-bounded; a single ordinary word is taken only
when it is such a plural, so "Gold" or "Young" alone is never a body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.redact.recognizers.online_id import AGE_GROUP  # a team's squad after its name (U14s)
from assistant.text.find import WORD_HYPHEN_APOSTROPHE, WORD_OR_HYPHEN, occurrences

#: Words that say what kind of body a name is, closing it (…Tigers RFC, …Baptist Church).
_KIND_WORDS = frozenset({
    "RFC", "FC", "AFC", "SC", "ABC", "BC", "RLFC", "RUFC", "GAA", "CC", "NC", "HC", "RC", "YC", "JFC",
    "Club", "Clubs", "Football", "Soccer", "Rugby", "Boxing", "Netball", "Cricket", "Basketball", "Hockey",
    "Athletics", "Sports", "Sporting", "Gym", "Youth", "Juniors", "Seniors",
    "Church", "Chapel", "Parish", "Cathedral", "Tabernacle", "Assembly", "Ministries", "Ministry", "Mosque",
    "Masjid", "Temple", "Gurdwara", "Mission", "Missionary", "Baptist", "Methodist", "Catholic", "Anglican",
    "Pentecostal", "Presbyterian", "Lutheran", "Evangelical", "Adventist", "AME", "Fellowship",
    "Association", "Society", "Ensemble", "Band", "Steelband", "Choir", "Troupe",
})
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’\-]*\.?")


def short_forms(name: str, is_english_word: Callable[[str], bool]) -> set[str]:
    """The short names a body's members would use, read off its full name (see the module)."""
    words = name.split()
    while words and (words[-1] in _KIND_WORDS or AGE_GROUP.fullmatch(words[-1])):
        words.pop()
    if len(words) < 2 or len(words) == len(name.split()) or not all(_NAME_WORD.fullmatch(w) for w in words):
        return set()  # no kind word closed it, or it is not a run of capitalised words
    forms = {" ".join(words)}
    if len(words) >= 3:
        forms.add(" ".join(words[1:]))  # Lyari| Young Fighters: without the place
    last = words[-1]
    if last.endswith("s") and len(last) > 3 and is_english_word(last[:-1].lower()):
        forms.add(last)  # Tigers, Lions, Steppers: what a team calls itself
    return forms


#: session 40 — a distinctive first word: capitalised, four letters or more, a possessive allowed.
_FIRST_WORD = re.compile(r"(?P<w>[A-Z][a-z]{3,})(?:['’]s)?")


def first_word_form(name: str, ordinary: Callable[[str], bool]) -> str | None:
    """Session 40 (sets 90, 95, 117, 125): the first word a workplace or a service is called by
    (Careline Mayo → Careline, Ruhuna Apparel (Pvt) Ltd → Ruhuna, Noble's Hospital → Noble's) —
    when ``ordinary`` does not hold it (an English word even inflected: Coastline Staffing, Lakes
    College; a kept term: NHS Lothian) and it is no known town (Townsville Hospital: the town's own
    rules read it)."""
    from assistant.redact.recognizers.location_gazetteer import latin_town

    words = name.split()
    m = _FIRST_WORD.fullmatch(words[0]) if len(words) >= 2 else None
    if m is None:
        return None
    word = m.group("w")
    if ordinary(word) or latin_town(word):
        return None
    return words[0]


def body_mention_spans(
    text: str,
    bodies: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    is_english_word: Callable[[str], bool],
    ordinary: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """Mentions of the bodies' short forms outside every span already found."""
    forms: set[str] = set()
    for start, end in bodies:
        name = text[start:end]
        forms |= short_forms(name, is_english_word) or {f for f in [first_word_form(name, ordinary)] if f}
    out: list[tuple[int, int]] = []
    for form in sorted(forms, key=lambda f: (-len(f), f)):  # the longest first: Young Fighters, not Fighters
        for span in occurrences(text, form, not_after=WORD_HYPHEN_APOSTROPHE, not_before=WORD_OR_HYPHEN):
            if not any(s < span[1] and span[0] < e for s, e in taken + out):
                out.append(span)
    return out
