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


#: The commonest function words of English, and of the languages most often written in Latin
#: letters by clients and colleagues in our settings (French, Spanish, Portuguese, Italian, German,
#: Indonesian/Malay, Tagalog). Words English shares (a, in, an, die, no, me, con, son, do, so) are
#: left out of the foreign set, so an English note naming "Maria de los Angeles" still reads English.
_EN_FUNCTION = frozenset(
    w for line in (
        "the and to of is was she he they we it his her their with for on at that this not be been",
        "has have had are were will would said says from by as but or if about when who what there",
        "does did can could should into after before you my our your them him i per re today plan also",
    ) for w in line.split()
)
_FOREIGN_FUNCTION = frozenset(
    w for line in (
        # French
        "le la les est avec pour dans une des du et qui que pas sur elle il nous vous ils sont mais au",
        "aux ce cette sa ses leur très être été dit ne je tu mon ma mes",
        # Spanish, Portuguese, Italian
        "el los las para por del y es está pero su sus muy dice tiene se lo al como más yo mi ella él",
        "también não com uma os da em ele muito disse gli della che non sono è lei lui anche",
        # German
        "der das und ist mit nicht ein eine ich sie für auf dass wir hat haben dem zu von sich auch über kann",
        # Indonesian / Malay, Tagalog
        "yang dan di dengan tidak ini itu untuk dia ke dari ada akan kami saya bisa sudah juga",
        "ang ng mga sa ay siya hindi ako ko niya kay po",
    ) for w in line.split()
)
_WORD = re.compile(r"[^\W\d_]+")


def foreign_latin_text(text: str) -> bool:
    """True when the Latin-letter part of a text is prose in another language (French, Spanish,
    German, Indonesian …), not English: its function words are mostly another language's.

    Why: such a note passes the script test (Latin letters), and the English rules and model
    prompts would then read it as English. Names, quotes and place names in an English note do not
    tip it: at least five foreign function words, three times the English ones, and one word in
    eight are needed; a Thai note (Thai letters ≥ 20%) is never refused here.
    """
    thai, latin, _ = letter_counts(text)
    if latin == 0 or thai / (thai + latin) >= MIXED_SHARE:
        return False
    words = [w.lower() for w in _WORD.findall(text) if not _THAI.search(w)]
    english = sum(w in _EN_FUNCTION for w in words)
    foreign = sum(w in _FOREIGN_FUNCTION for w in words)
    return foreign >= 5 and foreign >= 3 * english and foreign * 8 >= len(words)


def script_runs(text: str) -> Iterator[tuple[int, int, Language]]:
    """Maximal runs of Thai or of Latin script, as (start, end, language).

    Lets mixed text be handled in one pass: each run goes to the recognizers of its language.
    """
    for match in _RUN.finditer(text):
        lang = Language.TH if _THAI.match(match.group(0)) else Language.EN
        yield match.start(), match.end(), lang
