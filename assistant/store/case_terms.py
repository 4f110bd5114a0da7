"""The writer's list of a case's people and places: how a list is cleaned and checked.

Why a list at all: the analyzer misses what it has no cue for (a nickname that is an ordinary word,
an unusual family name, a small village), but the writer knows who and where is in their own case.
Values from this list are hidden in every note for the client as if the writer had added them by
hand. They are matched as plain strings (Latin ones caselessly, see ``assistant.redact.writer``),
so a one-letter value would hide every occurrence of that letter: values need at least two
characters, and the count and length are capped so that a paste accident cannot wreck a preview.
Messages carry codes and numbers only, never a value (they are shown to the writer and may be
logged).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from assistant.errors import InputError

#: At most this many distinct values per client (a large family and its places fit easily).
MAX_TERMS = 200
#: At most this many characters per value (a school or employer's full name fits).
MAX_TERM_CHARS = 100
#: At least this many characters per value (shorter would hide letters inside ordinary words).
MIN_TERM_CHARS = 2
#: Client references are stored in 64 characters, as on notes.
MAX_CLIENT_REF_CHARS = 64

_SPACES = re.compile(r"\s+")


def normalise_client_ref(client_ref: str | None) -> str:
    """The client reference as stored: stripped ("" when there is none)."""
    return (client_ref or "").strip()


def _clean(value: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def normalise_case_terms(values: str | Iterable[str]) -> list[str]:
    """Values as stored: one per line of a text, stripped, inner spaces collapsed, empty ones
    dropped, duplicates (caseless, as the redactor matches Latin) dropped, first spelling kept.

    Raises ``InputError`` (reasons ``case_terms_too_many``, ``case_terms_too_long``,
    ``case_terms_too_short``) with the limit and a count, never the value itself.
    """
    items = values.splitlines() if isinstance(values, str) else list(values)
    out: dict[str, str] = {}
    for item in items:
        value = _clean(str(item))
        if not value:
            continue
        if len(value) > MAX_TERM_CHARS:
            raise InputError(
                f"A line of the case list is longer than {MAX_TERM_CHARS} characters; put one "
                "name or place per line.",
                reason="case_terms_too_long", params={"limit": MAX_TERM_CHARS})
        if len(value) < MIN_TERM_CHARS:
            raise InputError(
                f"A line of the case list is shorter than {MIN_TERM_CHARS} characters; a single "
                "letter would be hidden everywhere in the notes.",
                reason="case_terms_too_short", params={"limit": MIN_TERM_CHARS})
        out.setdefault(value.casefold(), value)
    if len(out) > MAX_TERMS:
        raise InputError(
            f"The case list has {len(out)} entries; the limit is {MAX_TERMS}.",
            reason="case_terms_too_many", params={"n": len(out), "limit": MAX_TERMS})
    return list(out.values())
