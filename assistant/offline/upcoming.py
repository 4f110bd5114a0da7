"""Is a date in the jottings the next contact rather than this session's own?

Why one place: the session header (an objective fact), the session date in the note's header and
the next-session line all need the same answer, and they disagreed: "นัดครั้งต่อไป 6 ธ.ค. 2569"
on the first line was read as this session's date, so the next session went missing and the
drafter asked the writer for a date that was already there. The rule: a date in the same clause
after an unmistakable "ahead" cue ("next session", "นัดครั้งต่อไป", "ครั้งหน้า") is the next
contact wherever it is written; after a plain follow-up cue ("f/u", "นัดติดตาม", "นัด") it is the
next contact unless the writer has not yet written anything but the header (first in the jottings,
"NICU f/u 01/09 14:00" names this follow-up session).
"""

from __future__ import annotations

import re

from assistant.offline.cues import cues

#: How far back (characters) a cue may sit before its date, within one clause.
LOOKBACK = 40
_CLAUSE_BREAK = re.compile(r"[\n;|]|,\s|\s[-–—]\s|→|->|[.!?]\s+(?=[A-Z])")


def clause_before(text: str, pos: int, lookback: int = LOOKBACK) -> str:
    """The text of the clause that runs up to ``pos`` (at most ``lookback`` characters)."""
    window = text[max(0, pos - lookback) : pos]
    return _CLAUSE_BREAK.split(window)[-1]


def ahead_before(text: str, pos: int) -> bool:
    """True when an unmistakable next-contact cue precedes ``pos`` in the same clause."""
    return cues().followup_ahead.search(clause_before(text, pos))


def followup_before(text: str, pos: int) -> bool:
    """True when any follow-up cue ("f/u", "นัดติดตาม", "next session") precedes ``pos`` in its clause."""
    before = clause_before(text, pos)
    c = cues()
    return (
        c.followup.search(before)
        or c.followup_ahead.search(before)
        or _BOOKED.search(before) is not None
    )


#: Booking words that, unlike "visit" or "พบ", never describe the session being written up.
_BOOKED = re.compile(r"นัด|\b(?:appt|appointment|rtc|rebook(?:ed)?|booked)\b", re.IGNORECASE)
