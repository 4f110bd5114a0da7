"""A place named in a note's heading after a service word and a dash: "NIGHT OUTREACH - Savamala",
"Mobile clinic - Phunphin", "Handover Fri – Springburn drop-in", "Intake – Hillbrow migrant legal
desk", "Youth outreach – Southside – session note" (LOCATION).

Why: outreach, clinic and handover notes head each entry with where the team went. Nothing in
the heading says "lives in" or "at", so no place rule read the name, and a reader who knows the
area finds the people met there. Only a heading counts — a line whose first part names a service
or an entry (outreach, clinic, intake, handover, log, round, visit, note, assessment, desk) — and
only a part made of capitalised words no English dictionary holds (not "Case note - Monday",
"Intake – Summary").

Session 40 (set 135): field teams also open the heading with the place and name the service
after it ("Hatton - estate welfare", "Dhangadhi | anti-trafficking desk | case note", "Ukhia field
office - protection case note"); that opening run is a place when it is in title case, holds no
English word even inflected and does not open with a given name. Pipes separate parts too, except
in a table's rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.redact.given_names import given_names, is_english_or_inflected
from assistant.redact.names_en import CALENDAR_ABBREVIATIONS, CALENDAR_WORDS

#: Words that make a line's first part a heading of a service's entry.
_SERVICE_WORDS = re.compile(
    r"(?i)(?<![A-Za-z])(?:outreach|clinic|handover|intake|round|log|visit|notes?|assessment|desk|sweep|"
    r"patrol|drop-?in|session|rounds|welfare|follow-up)(?![A-Za-z])"
)
#: A heading's first part is a few words with no sentence in it.
_FIRST_PART_MAX = 40
_SENTENCE_MARK = re.compile(r"[.()!?;]")
#: What separates a heading's parts: a spaced dash or pipe, or a comma after the first part.
_SEPARATOR = re.compile(r"[^\S\n]+[-–—|][^\S\n]+|,[^\S\n]+")
#: session 40 — a word in title case (a town opening a heading is written so; DoLS, SANCA are not).
_TITLE_CASE = re.compile(r"[A-Z][a-z'’\-]+")
#: session 40 — what closes a place that opens the heading: the part's end, or the office or field
#: office it names (Ukhia field office - …).
_OPENING_PLACE_ENDS = re.compile(r"(?:[^\S\n]+(?:field[^\S\n]+)?(?:office|base|team|sub-office))?\Z")
#: The capitalised run that opens a part: the place's name, up to three words.
_NAME_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[^\S\n]+[A-Z][\w'’\-]*){0,2}")
#: What may follow the name inside its part: the service's own kind, a time, nothing.
_AFTER_NAME = re.compile(
    r"(?:$|[^\S\n]*[(/,]|[^\S\n]+[-–—|]|[^\S\n]+(?:drop-?in|office|outreach|desk|satellite|migrant|sweep|site|area|"
    r"camp|station|lorry|bus|transit|market|community|estate|ward|branch|sub-county|village)(?![A-Za-z]))"
)


def heading_place_spans(text: str, is_word: Callable[[str], bool], protected: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each place named in a heading's later part — or, session 40, in its opening
    part when a later part names the service (Hatton - estate welfare, Dhangadhi | case note).
    ``is_word`` says a token is an English word; ``protected`` that a run is a term the product
    keeps (a programme, a team)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\n")
        if len(body) > 120 or body.lstrip().startswith("|"):
            continue  # a heading is short (a long line is the note's prose) and no table row
        cuts = list(_SEPARATOR.finditer(body))
        if not cuts:
            continue
        first = body[:cuts[0].start()]
        if len(first) > _FIRST_PART_MAX or _SENTENCE_MARK.search(first):
            continue  # "CXR not done (no machine at clinic). Please do CXR, GeneXpert": prose
        if not _SERVICE_WORDS.search(first):
            if "," in cuts[0].group() or not _SERVICE_WORDS.search(body, cuts[0].end()):
                continue
            opening = _NAME_RUN.match(body)
            if (
                opening and _OPENING_PLACE_ENDS.match(first, opening.end())
                and _place_words(opening.group(), is_word, protected)
                and _town_shaped(opening.group())
            ):
                out.append((start, start + opening.end()))
        for cut in cuts:
            name = _NAME_RUN.match(body, cut.end())
            if name and _AFTER_NAME.match(body, name.end()) and _place_words(name.group(), is_word, protected):
                out.append((start + name.start(), start + name.end()))
    return out


def _town_shaped(name: str) -> bool:
    """A heading's opening run that may be a town: words in title case that English does not hold
    even inflected (Notes, Persons, Safeguarding) and no acronym (DoLS, SANCA: a service), the
    first no given name ("Mariam - intake note" is the client)."""
    words = name.split()
    return words[0] not in given_names() and all(
        _TITLE_CASE.fullmatch(w) and not is_english_or_inflected(w.lower()) for w in words
    )


def _place_words(name: str, is_word: Callable[[str], bool], protected: Callable[[str], bool]) -> bool:
    """No word of the run is a calendar word or an English word, and the run is no kept term."""
    return not protected(name) and not any(
        w in CALENDAR_WORDS or w in CALENDAR_ABBREVIATIONS or is_word(w.lower().strip("'’")) for w in name.split()
    )
