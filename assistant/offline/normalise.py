"""Light, meaning-preserving clean-up of a jotting statement for the draft.

Why so little: every sentence of the offline draft must be traceable to the jottings (the
grounding check compares them), so the only changes allowed are ones that cannot alter a fact —
expanding unambiguous shorthand from ``normalise.yaml`` ("w/" → "with", "f/u" → "follow-up"),
capitalising the first letter and closing an English sentence with a full stop. Nothing inside
quotes (the client's own words) or placeholders is touched, and no digit is ever added.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.offline.cues import cues, has_thai

_PROTECTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|\[[^\[\]\n]*\]')
_ENDS_SENTENCE = re.compile(r"[.!?…]$|[.!?…][\"”»)\]]$")


@cache
def _expansion_pattern(locale: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table = cues().expansions.get(locale, {})
    if not table:
        return None, {}
    keys = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(k) for k in keys)
    # boundaries: no letter or digit may touch the shorthand ("pt" not inside "opt", "w/" not
    # inside "w/o"); Thai letters count as letters so "นร." is not expanded inside a word
    pattern = re.compile(
        rf"(?<![A-Za-z0-9\u0E00-\u0E7F/])(?:{body})(?![A-Za-z0-9\u0E00-\u0E7F/'’])"
    )
    return pattern, table


def expand(text: str, locale: str) -> str:
    """Expand the shorthand of ``locale`` outside quotes and placeholders."""
    pattern, table = _expansion_pattern(locale)
    if pattern is None:
        return text
    out: list[str] = []
    last = 0
    for m in _PROTECTED.finditer(text):
        out.append(pattern.sub(lambda x: table[x.group(0)], text[last : m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(pattern.sub(lambda x: table[x.group(0)], text[last:]))
    return "".join(out)


def normalise(text: str, locale: str, *, sentence: bool = True, capitalise: bool = True) -> str:
    """A statement as it reads in the draft.

    ``sentence`` closes English text with a full stop; Thai text has no sentence-final mark.
    """
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    if not text:
        return text
    text = expand(text, locale)
    if locale != "en" and not has_thai(text):
        text = expand(text, "en")  # an English line in a Thai note keeps English shorthand rules
    if capitalise and text[0].isascii() and text[0].islower():
        text = text[0].upper() + text[1:]
    if sentence and locale == "en" and not _ENDS_SENTENCE.search(text):
        text += "."
    return text
