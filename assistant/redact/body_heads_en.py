"""A named body whose closing nouns are written in lower case (ORGANIZATION): "a job at Pine Tree
frozen foods", "the after-school program at Cornerstone community church", "Referral - Inala
community health", "therapist at Lotus Touch spa & wellness", "via the Govan hub of the council".

Why: a capitalised note often capitalises only a body's own name and writes its kind in lower
case, so the name rules find "Pine Tree" (or read "Inala" and "Govan" as people) and the kind is
left showing — and with it the body, since a reader who knows the area knows "Pine Tree frozen
foods". Here the capitalised run takes up to three lower-case words after it when the last of them
is a body's head noun (church, foods, hub, shelter, community health …) and the run is either
already a hit (a body, a place, or a word read as a person that is no given name) or stands after a
preposition (at, to, from, with …) holding a word that only a name would be (not a nationality,
religion, weekday or other protected term: "at Sunday school", "to Thai temple" stay) — two such
words, or one no English dictionary holds ("from Follow-up clinic", "at Outpatient clinic" stay).

A person's given name before a kind is left: "went to Malee school" is her school in a writer's
second language, and the name is already covered.
"""

from __future__ import annotations

import re

from assistant.redact.given_names import all_given_names
from assistant.redact.names_en import CALENDAR_WORDS
from assistant.redact.types import LOCATION, ORGANIZATION, PERSON

#: Nouns that close a body's name: the run before them names which one.
HEADS = frozenset({
    "church", "chapel", "parish", "mosque", "masjid", "cathedral", "school", "college", "academy",
    "clinic", "centre", "center", "hub", "shelter", "refuge", "foods", "tours", "grill", "cafe", "café",
    "restaurant", "kitchen", "bakery", "salon", "spa", "wellness", "works", "hostel", "hotel", "resort",
    "club", "trust", "society", "association", "network", "foundation", "mission", "ministries",
    "fellowship", "library", "logistics", "transport", "motors", "farms", "farm", "factory", "mill",
    "office", "station", "support", "health", "services", "project", "programme", "program",
    # session 32: a town's police, immigration office, court, council and a packing shed (Kondele
    # police, Prachuap immigration, Beenleigh childrens court, Delta Fresh packing shed)
    "police", "immigration", "court", "council", "shed", "justice",
    # session 43 (set 153): a gym, a temple, a police detachment and a work crew named by their
    # own words (Iron Lion boxing gym, Hong San temple, Richmond RCMP detachment)
    "gym", "temple", "detachment", "crew",
})
#: Heads that close a name only with a word before them (labour support, community health,
#: municipality office, police station): alone they are what a person gets or does ("Nok support").
_NEED_A_KIND = frozenset({
    "office", "station", "support", "health", "services", "project", "programme", "program", "works",
    "justice",
})
#: Nouns that carry the phrase on past a head: the head was a modifier ("support worker").
_CARRIES_ON = frozenset({
    "worker", "workers", "staff", "team", "plan", "plans", "meeting", "meetings", "officer", "officers",
    "manager", "coordinator", "teacher", "teachers", "nurse", "nurses", "group", "groups", "line",
    "lines", "needs", "bus", "fees", "fee", "work", "visit", "visits", "trip", "uniform", "holidays",
    "holiday", "hours", "run", "referral", "assessment", "counsellor", "counselor", "service",
})
#: Words that stop a lower-case kind: what is said about the body, not part of its name.
_NOT_A_KIND = frozenset({
    "a", "an", "the", "and", "or", "but", "to", "at", "in", "on", "of", "for", "from", "with", "by", "is",
    "was", "are", "were", "be", "has", "had", "have", "he", "she", "they", "we", "i", "you", "it", "his",
    "her", "their", "our", "my", "your", "its", "this", "that", "who", "which", "where", "when", "said",
    "says", "told", "asked", "went", "goes", "go", "after", "before", "since", "until", "about",
    "not", "no", "also", "now", "then", "there", "here", "so", "as", "if", "because", "every", "each",
    "last", "next", "first", "today", "yesterday", "tomorrow", "re", "regarding", "via", "per",
})
#: A body already named with its head ("Bluefen House", "Hope Centre"): a kind after it says what
#: it is ("Bluefen House shelter", "Heronsgate House refuge"), it is not part of its name.
_ALREADY_HEADED = HEADS | {"house", "home", "hall", "lodge", "place", "court", "courts", "haven", "hospital", "centre"}
#: A titled person is a person, not a body's name: "ask Dr. Szymanski re home health".
#: A word, not a prefix: Drysdale, Mrsic and Revesby are family names that open with a title's letters.
PERSONAL_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Fr", "Sr", "Rev"})
#: Whose a body is, said in its kind (a women's shelter); any other possessive is what the person has.
_WHOSE = frozenset({"women's", "children's", "men's", "womens", "childrens"})
#: Prepositions after which a capitalised run with a body's head is taken to name one.
_PREPOSITIONS = frozenset({"at", "to", "from", "with", "for", "via", "through", "into", "near", "by", "of"})

_CAP_WORD = r"[A-Z][A-Za-z'’\-]*"
_LOWER_WORD = re.compile(r"[^\S\n]+(&[^\S\n]+)?([a-zé'’\-]+)")
_CAP_RUN_BEFORE = re.compile(rf"({_CAP_WORD}(?:[^\S\n]+(?:&[^\S\n]+)?{_CAP_WORD}){{0,3}})$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]+$")


def _tail_end(text: str, pos: int) -> int | None:
    """Where a lower-case kind after ``pos`` ends at its head noun, or None."""
    words: list[str] = []
    ends: list[int] = []
    for _ in range(3):
        m = _LOWER_WORD.match(text, pos)
        if m is None or m.group(2) in _NOT_A_KIND or (m.group(2).endswith(("'s", "’s")) and m.group(2) not in _WHOSE):
            break
        words.append(m.group(2))
        ends.append(m.end())
        pos = m.end()
    for i in range(len(words) - 1, -1, -1):
        head = words[i]
        if head not in HEADS or (head in _NEED_A_KIND and i == 0):
            continue
        after = _LOWER_WORD.match(text, ends[i])
        if after is not None and after.group(1) is None and after.group(2) in _CARRIES_ON:
            return None
        return ends[i]
    return None


def _ordinary(word: str) -> bool:
    from assistant.redact.given_names import is_english_word

    return all(is_english_word(part) for part in word.lower().split("-") if part)


def _given_name_only(value: str) -> bool:
    names = all_given_names()
    parts = value.split()
    return bool(parts) and parts[0] in names


def named_body_head_spans(
    text: str,
    found: list[tuple[int, int, str]],
    protected: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Spans (start, end) of bodies whose lower-case kind follows their capitalised name.

    ``found`` holds the hits so far as (start, end, type); ``protected`` the protected terms."""
    if not any(w in text for w in HEADS):
        return []
    out: list[tuple[int, int]] = []
    for start, end, etype in found:
        if etype not in (ORGANIZATION, LOCATION, PERSON) or not text[start:start + 1].isupper():
            continue
        value = text[start:end]
        if value.endswith(("'s", "’s")) or (etype == PERSON and (_given_name_only(value) or value.split()[0].rstrip(".") in PERSONAL_TITLES)):
            continue  # Somchai's school, "went to Malee school": the person's, not a body's name
        if value.split()[-1].lower() in _ALREADY_HEADED:
            continue
        tail = _tail_end(text, end)
        if tail is not None:
            out.append((start, tail))
    for m in re.finditer(rf"{_CAP_WORD}(?=[^\S\n]+(?:&[^\S\n]+)?[a-z])", text):
        end = m.end()
        tail = _tail_end(text, end)
        if tail is None:
            continue
        run = _CAP_RUN_BEFORE.search(text, max(0, end - 80), end)
        start = run.start(1) if run else m.start()
        value = text[start:end]
        if value.endswith(("'s", "’s")) or any(s < end and start < e for s, e, _ in found):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is None or before.group(1).lower() not in _PREPOSITIONS:
            continue
        named = [
            w for w in re.finditer(_CAP_WORD, value)
            if not any(ps <= start + w.start() and start + w.end() <= pe for ps, pe in protected)
            and w.group() not in CALENDAR_WORDS
        ]
        if named and not _given_name_only(value) and (len(named) >= 2 or not _ordinary(named[0].group())):
            out.append((start, tail))  # one ordinary word names a kind: "from Follow-up clinic", "at Outpatient clinic"
    return out

