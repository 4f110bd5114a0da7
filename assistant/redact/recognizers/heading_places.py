"""A place named in a note's heading after a service word and a dash: "NIGHT OUTREACH - Savamala",
"Mobile clinic - Phunphin", "Handover Fri – Springburn drop-in", "Intake – Hillbrow migrant legal
desk", "Youth outreach – Southside – session note" (LOCATION).

Why: outreach, clinic and handover notes head each entry with where the team went. Nothing in
the heading says "lives in" or "at", so no place rule read the name, and a reader who knows the
area finds the people met there. Only a heading counts — a line whose first part names a service
or an entry (outreach, clinic, intake, handover, log, round, visit, note, assessment, desk) — and
only a part made of capitalised words no English dictionary holds (not "Case note - Monday",
"Intake – Summary").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.redact.names_en import CALENDAR_ABBREVIATIONS, CALENDAR_WORDS

#: Words that make a line's first part a heading of a service's entry.
_SERVICE_WORDS = re.compile(
    r"(?i)(?<![A-Za-z])(?:outreach|clinic|handover|intake|round|log|visit|note|assessment|desk|sweep|"
    r"patrol|drop-?in|session|rounds)(?![A-Za-z])"
)
#: A heading's first part is a few words with no sentence in it.
_FIRST_PART_MAX = 40
_SENTENCE_MARK = re.compile(r"[.()!?;]")
#: What separates a heading's parts: a spaced dash, or a comma after the first part.
_SEPARATOR = re.compile(r"[^\S\n]+[-–—][^\S\n]+|,[^\S\n]+")
#: The capitalised run that opens a part: the place's name, up to three words.
_NAME_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[^\S\n]+[A-Z][\w'’\-]*){0,2}")
#: What may follow the name inside its part: the service's own kind, a time, nothing.
_AFTER_NAME = re.compile(
    r"(?:$|[^\S\n]*[(/,]|[^\S\n]+[-–—]|[^\S\n]+(?:drop-?in|office|outreach|desk|satellite|migrant|sweep|site|area|"
    r"camp|station|lorry|bus|transit|market|community|estate|ward|branch|sub-county|village)(?![A-Za-z]))"
)


def heading_place_spans(text: str, is_word: Callable[[str], bool], protected: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each place named in a heading's later part. ``is_word`` says a token is an
    English word; ``protected`` that a run is a term the product keeps (a programme, a team)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\n")
        if len(body) > 120:
            continue  # a heading is short; a long line is the note's prose
        cuts = list(_SEPARATOR.finditer(body))
        if not cuts:
            continue
        first = body[:cuts[0].start()]
        if len(first) > _FIRST_PART_MAX or _SENTENCE_MARK.search(first) or not _SERVICE_WORDS.search(first):
            continue  # "CXR not done (no machine at clinic). Please do CXR, GeneXpert": prose
        for cut in cuts:
            name = _NAME_RUN.match(body, cut.end())
            if name is None or not _AFTER_NAME.match(body, name.end()):
                continue
            words = name.group().split()
            if any(w in CALENDAR_WORDS or w in CALENDAR_ABBREVIATIONS or is_word(w.lower().strip("'’")) for w in words) or protected(name.group()):
                continue
            out.append((start + name.start(), start + name.end()))
    return out
