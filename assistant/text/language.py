"""Which language a text, or a run of it, is written in.

Thai and English are told apart by script, which is exact and fast: Thai letters live in
U+0E00–U+0E7F. A text is ``mixed`` when the minority script carries a real share of the letters,
not when a Thai note merely cites "PHQ-9" or "CBT".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.models import Language

_THAI = re.compile(r"[\u0E00-\u0E7F]")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u0E00-\u0E7F]")
_RUN = re.compile(r"[\u0E00-\u0E7F]+(?:[\s\d.,:/()\-–]+[\u0E00-\u0E7F]+)*|[A-Za-z][A-Za-z0-9'’\-]*(?:[\s,]+[A-Za-z][A-Za-z0-9'’\-]*)*")

#: Share of letters the minority script must reach for a text to count as mixed.
MIXED_SHARE = 0.2
#: Share of Thai letters from which a text gets a Thai note (Thai prose, English terms).
THAI_NOTE_SHARE = 0.3


def letter_counts(text: str) -> tuple[int, int, int]:
    """(Thai letters, Latin letters, letters of any other script)."""
    return len(_THAI.findall(text)), len(_LATIN.findall(text)), len(_OTHER_LETTER.findall(text))


def detect_language(text: str) -> Language:
    """The language of a whole text: ``th``, ``en`` or ``mixed`` (English when there are no letters)."""
    thai, latin, _ = letter_counts(text)
    total = thai + latin
    if total == 0:
        return Language.EN
    thai_share = thai / total
    if thai_share >= 1 - MIXED_SHARE:
        return Language.TH
    if thai_share <= MIXED_SHARE:
        # an English text that names Thai people is still mixed: Thai recognizers must run
        return Language.MIXED if thai else Language.EN
    return Language.MIXED


def note_language(text: str) -> Language:
    """The language a note drafted from ``text`` should be written in: ``th`` or ``en``.

    Mixed jottings are usually Thai prose with English clinical terms, so a real share of Thai
    letters makes a Thai note; an English note that quotes a Thai word stays English. Callers pass
    redacted text, so names (now placeholders) do not tip the balance.
    """
    thai, latin, _ = letter_counts(text)
    if thai + latin == 0:
        return Language.EN
    return Language.TH if thai / (thai + latin) >= THAI_NOTE_SHARE else Language.EN


def locale_of(language: Language) -> str:
    """The message locale for a note language (``th`` for Thai, ``en`` otherwise)."""
    return "th" if language == Language.TH else "en"


def supported_share(text: str) -> float:
    """Share of letters that are Thai or Latin; low values mean an unsupported language."""
    thai, latin, other = letter_counts(text)
    total = thai + latin + other
    return 1.0 if total == 0 else (thai + latin) / total


def script_runs(text: str) -> Iterator[tuple[int, int, Language]]:
    """Maximal runs of Thai or of Latin script, as (start, end, language).

    Lets mixed text be handled in one pass: each run goes to the recognizers of its language.
    """
    for match in _RUN.finditer(text):
        lang = Language.TH if _THAI.match(match.group(0)) else Language.EN
        yield match.start(), match.end(), lang
