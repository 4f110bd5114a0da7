"""Lines typed in capitals, read again in the case a sentence would have.

WHY: intake forms, police and court extracts and field diaries are often typed or pasted in
capitals ("MATERNAL AUNT VALLI IN KODUNGAIYUR"). Every rule and the English model read names by
their capital letter, so in such a line every word looks like a name and none stands out: names
are missed and ordinary words are read as bodies. ``recase_capitals`` writes each such line the way
a writer would have — ordinary words in lower case, names and places with a capital, acronyms and
initials as typed — so the analyzer can read it a second time. Each word keeps its length, so the
offsets of what is found index the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A line counts as typed in capitals when nearly all its Latin letters are upper case.
_MIN_LETTERS = 12
_MIN_UPPER_SHARE = 0.85
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f]+)?")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f]")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E4E]")
_HANDLE_MARKS = frozenset("_@./\\#")
_VOWELS = set("AEIOUYÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜĀĒĪŌŪ")
#: Titles written before a name: "MR. RAJA GOPAL" → "Mr. Raja Gopal".
_TITLES = frozenset({"MR", "MRS", "MS", "MISS", "DR", "PROF", "REV", "FR", "SR", "ST", "MDM", "SGT", "PC", "DC"})
#: Words that name someone's relation or role right before their name (MOTHER LAKSHMI, AUNT VALLI,
#: SCREENER D. KING): the next word, even an English word, is the name.
_PERSON_CUES = frozenset({
    "mother", "father", "mum", "mom", "dad", "brother", "sister", "aunt", "auntie", "aunty", "uncle",
    "grandmother", "grandfather", "grandma", "grandpa", "nan", "nana", "son", "daughter", "cousin",
    "niece", "nephew", "wife", "husband", "partner", "boyfriend", "girlfriend", "friend", "child",
    "teacher", "nurse", "worker", "screener", "owner", "client", "caretaker", "carer", "informant",
    "reporter", "officer", "constable", "counsellor", "counselor", "manager", "principal", "named",
    "called", "stepfather", "stepmother", "guardian", "neighbour", "neighbor",
})
#: Nouns that carry a capitalised name on (CHENNAI HIGH SCHOOL, SIDCO NAGAR 2ND STREET,
#: FRANKLIN COUNTY CHILDREN SERVICES): after a name they keep their capital, as a writer's would.
_NAME_GOES_ON = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "close", "crescent", "way", "nagar",
    "colony", "park", "county", "city", "town", "village", "estate", "heights", "gardens", "hill", "hills",
    "bay", "beach", "district", "market", "square", "plaza", "mall", "high", "elementary", "primary",
    "secondary", "junior", "senior", "middle", "school", "college", "academy", "university", "institute",
    "hospital", "clinic", "centre", "center", "court", "courts", "police", "station", "garments",
    "textiles", "motors", "stores", "store", "traders", "enterprises", "services", "children's", "children",
    "family", "care", "medical", "health", "church", "chapel", "mosque", "temple", "parish", "trust",
    "foundation", "society", "association", "club", "house", "home", "hall", "unit", "ward", "north",
    "south", "east", "west", "central", "new", "old", "upper", "lower", "great", "little", "collective",
    "cooperative", "co-op", "union", "workers", "group", "partners", "limited", "ltd", "inc", "company",
})


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[—–-]\s+)[\"“(]?\s*\Z")


#: Words that open a place's name (MOUNT ROSKILL, PORT DICKSON, LAKE MACQUARIE).
_NAME_OPENS = frozenset({
    "mount", "mt", "lake", "port", "fort", "glen", "saint", "san", "santa", "new", "north", "south",
    "east", "west", "upper", "lower", "little", "great", "cape", "point", "royal",
})
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
})


def _capitals_line(line: str) -> bool:
    letters = _LATIN_LETTER.findall(line)
    if len(letters) < _MIN_LETTERS:
        return False
    upper = sum(c.isupper() for c in letters)
    if len(_THAI_LETTER.findall(line)) > len(letters):
        return False  # a Thai line quoting acronyms (GPAX, TCAS, GAD-7) is no English in capitals
    return upper / len(letters) >= _MIN_UPPER_SHARE and len(_WORD.findall(line)) >= 3


@lru_cache(maxsize=1)
def _vocab():
    from spacy.lang.en.stop_words import STOP_WORDS

    from assistant.redact.given_names import all_given_names, given_names, is_english_word

    return given_names(), all_given_names(), is_english_word, frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    """Acronyms the lexicon protects (CAMHS, PHQ, SNAP): typed in capitals in any note."""
    from assistant.redact.lexicon import get_lexicon

    return frozenset(t for t in get_lexicon().protected_terms if t.isupper() and t.isalpha())


def _english(word: str) -> bool:
    """A dictionary word or a regular inflection of one (STATES, AGREED, HELPING, CLEARLY)."""
    from assistant.redact.given_names import is_english_or_inflected

    return is_english_or_inflected(word.lower().replace("’", "'"))


def _glued(line: str, start: int, end: int) -> bool:
    """Part of a handle, an e-mail or a code: a mark or a digit touches the word (SEANOG_GWY,
    DCPU/CHN/2025, J.SMITH@…); a full stop only between two letters or digits."""
    before = line[start - 1] if start else ""
    after = line[end] if end < len(line) else ""
    if (before in _HANDLE_MARKS and before != ".") or (after in _HANDLE_MARKS and after != "."):
        return True
    if before.isdigit() or after.isdigit():
        return True
    return (after == "." and line[end + 1:end + 2].isalnum()) or (before == "." and line[start - 2:start - 1].isalnum())


def _known_place(word: str, is_english_word) -> bool:
    """A town the gazetteer lists that is no everyday word (CHENNAI, COLUMBUS; not BATH, READING):
    the spaCy word list holds many towns among its nouns."""
    from assistant.redact.gazetteer import latin_place_names
    from assistant.redact.given_names import noun_only_words

    title = word.title()
    if title not in latin_place_names():
        return False
    low = word.lower()
    return not is_english_word(low) or (low in noun_only_words() and len(low) >= 6)


def _acronym(word: str, names: frozenset[str], english: bool) -> bool:
    """Kept in capitals: two or three letters that are neither a word nor a given name (CWC, TB,
    GP), or a longer run with no vowel (NSPCC)."""
    if len(word) <= 3 and not english and word.title() not in names:
        return True
    return not (set(word) & _VOWELS)


def _first_reading(line: str, words: list[re.Match[str]]) -> list[str]:
    """Each word's kind read alone: "asis" (mixed case or part of a handle), "initial", "title",
    "acronym", "name", "wordname" (a given name that is also a word: WILL, GRACE) or "word"."""
    strict_names, names, is_english_word, stop_words = _vocab()
    kinds: list[str] = []
    for m in words:
        w = m.group()
        if not w.isupper() or _glued(line, m.start(), m.end()):
            kinds.append("asis")  # a handle, an e-mail or a code (SEANOG_GWY, DCPU/CHN/2025) as typed
        elif w == "A" and not line.startswith(".", m.end()):
            kinds.append("word")
        elif len(w) == 1:
            kinds.append("initial")
        elif w.rstrip(".") in _TITLES:
            kinds.append("title")
        elif w.lower() in stop_words:
            kinds.append("word")
        elif w in _known_acronyms() or _acronym(w, names, english := _english(w)):
            kinds.append("acronym")
        elif w.title() in strict_names or not english or _known_place(w, is_english_word):
            kinds.append("name")
        elif w.title() in names:
            kinds.append("wordname")
        else:
            kinds.append("word")
    return kinds


def _in_context(line: str, words: list[re.Match[str]], kinds: list[str]) -> list[str]:
    """The kinds once each word's neighbours are read: a word-name beside a name or after a person
    cue is a name; a body's head or a surname after a name stays capitalised; calendar words keep
    their capital. Left to right, so a name's second word carries the third."""
    kinds = list(kinds)
    written = list(kinds)  # what each word is written as (a calendar word as a title)
    for i, m in enumerate(words):
        kind = kinds[i]
        prev = kinds[i - 1] if i else ""
        nxt = kinds[i + 1] if i + 1 < len(kinds) else ""
        prev_word = words[i - 1].group().lower() if i else ""
        w = m.group().lower()
        between = line[words[i - 1].end():m.start()] if i else ""
        if kind in ("word", "wordname") and prev == "name" and between in ("-", "'", "’"):
            kinds[i] = "name"  # NAKASHIMA-OBI: the second barrel of a name
        elif kind in ("word", "wordname") and w in _NAME_OPENS and nxt == "name":
            kinds[i] = "name"  # MOUNT ROSKILL, PORT MORESBY
        elif kind == "word" and w in _CALENDAR:
            written[i] = "title"  # THURSDAY, MARCH: capitalised in any note, and no one's name here
            continue
        elif kind == "wordname" and (prev in ("title", "initial", "name") or nxt == "name" or prev_word in _PERSON_CUES):
            kinds[i] = "name"
        elif kind in ("word", "wordname") and prev in ("name", "title", "initial") and (
            w in _NAME_GOES_ON or prev == "title" or (prev == "initial" and between.startswith("."))
        ):
            kinds[i] = "name"  # a body's head after its name, a surname after an initial
        written[i] = kinds[i]
    return written


def _recase_line(line: str) -> str:
    words = list(_WORD.finditer(line))
    out = list(line)
    for m, kind in zip(words, _in_context(line, words, _first_reading(line, words)), strict=True):
        w = m.group()
        if kind in ("name", "title"):
            new = "'".join(p[:1] + p[1:].lower() for p in w.split("'"))  # O'MALLEY → O'Malley
        elif kind in ("word", "wordname"):
            new = w.lower()
            if _SENTENCE_START.search(line, 0, m.start()):
                new = new[0].upper() + new[1:]  # as a sentence opens
        else:
            continue
        if len(new) == len(w):
            out[m.start():m.end()] = new
    return "".join(out)


def recase_capitals(text: str) -> str | None:
    """``text`` with every line typed in capitals re-cased, or None when no line is."""
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if _capitals_line(line):
            new = _recase_line(line)
            if new != line:
                lines[i] = new
                changed = True
    return "\n".join(lines) if changed else None


def capitals_spans(text: str) -> list[tuple[int, int]]:
    """Where the lines typed in capitals are (start, end offsets)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if _capitals_line(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans
