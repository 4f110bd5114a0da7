"""Lines typed in capitals, read again in the case a sentence would have.

WHY: intake forms, police and court extracts and field diaries are often typed or pasted in
capitals ("MATERNAL AUNT VALLI IN KODUNGAIYUR"). Every rule and the English model read names by
their capital letter, so in such a line every word looks like a name and none stands out: names
are missed and ordinary words are read as bodies. ``recase_capitals`` writes each such line the way
a writer would have — ordinary words in lower case, names and places with a capital, acronyms and
initials as typed — so the analyzer can read it a second time. Each word keeps its length, so the
offsets of what is found index the original text.

Session 38: lines dictated or typed all in lower case have the same trouble the other way round
(no word stands out, so names pass as words). They are read the same way, word by word against
the dictionary and the name lists, but more strictly: in lower case an unknown word is more often
a foreign term, a drug or a typo than a name, so a capital goes only where a name list or the
gazetteer backs the word, or after a person cue or a title, or beside such a name; and a line is
read twice only when some word in it was read as a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A line counts as typed in capitals when nearly all its Latin letters are upper case.
_MIN_LETTERS = 12
_MIN_UPPER_SHARE = 0.85
_MIN_LOWER_SHARE = 0.85  # (session 38) and a line all in lower case, nearly all its letters small
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


_CONTRACTION = re.compile(r"(?:n't|'s|'ll|'re|'ve|'d|'m|'t)$")
_BARE_CONTRACTION = re.compile(r"([a-z]+?)(?:nt|s|ll|re|ve|d|m)")
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


#: Regular endings and what each leaves of the word when taken off (cries → cry, agreed → agree).
_ENDINGS = (("s", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""))


def _inflection(low: str, is_word) -> bool:
    """A regular inflection of a word ``is_word`` knows (grounds, cries, agreed, reading); "es"
    only after the letters English adds it to (boxes, but james is no "jam" + "es")."""
    for suffix, restore in _ENDINGS:
        base = low[: -len(suffix)] + restore
        if low.endswith(suffix) and len(base) >= 3 and is_word(base):
            return True
    return low.endswith("es") and low[:-2].endswith(("s", "x", "z", "ch", "sh", "o")) and is_word(low[:-2])


def _contraction(low: str, is_word) -> bool:
    """A word with its contraction, typed with or without the apostrophe (he's, won't, doesnt,
    shes)."""
    stop_words = _vocab()[3]
    base = _CONTRACTION.sub("", low)
    if base != low and (is_word(base) or base in stop_words):
        return True
    bare = _BARE_CONTRACTION.fullmatch(low)
    return bare is not None and bare.group(1) in stop_words


def _english(word: str) -> bool:
    """A dictionary word or a regular inflection of one (STATES, AGREED, HELPING, CLEARLY, CRIES),
    or a contraction (HE'S, WON'T, DOESNT)."""
    from assistant.redact.given_names import is_english_or_inflected

    low = word.lower().replace("’", "'")
    return is_english_or_inflected(low) or _inflection(low, is_english_or_inflected) or _contraction(low, is_english_or_inflected)


def _ordinary_word(low: str) -> bool:
    """A lower-case dictionary word, its regular inflection or a contraction, read strictly enough
    that a listed name is not taken for an inflection (james is no "jam" + "es"; hens, dries and
    theres are "hen", "dry" and "there")."""
    from assistant.redact.given_names import is_english_word

    return is_english_word(low) or _inflection(low, is_english_word) or _contraction(low, is_english_word)


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


def _lower_line(line: str) -> bool:
    """A line dictated or typed all in lower case (acronyms and "I" as typed): no word opens with a
    capital, and most letters are small."""
    letters = _LATIN_LETTER.findall(line)
    if len(letters) < _MIN_LETTERS or len(_THAI_LETTER.findall(line)) > len(letters):
        return False
    words = _WORD.findall(line)
    if len(words) < 3 or any(w[:1].isupper() and not w.isupper() for w in words):
        return False
    return sum(c.islower() for c in letters) / len(letters) >= _MIN_LOWER_SHARE


#: Titles that stay titles in lower case; dr, st, pc, sr are as often words or short forms
#: (a "dr appointment", "water st", "miss the bus"): miss and dr only before a word that may be a name.
_LOWER_TITLES = frozenset({"mr", "mrs", "ms", "mdm", "prof", "rev", "sgt"})
_TITLES_BEFORE_NAMES = frozenset({"miss", "dr"})
#: Words after which a word-name beside a person cue is the cue's verb, not their name.
_READ_AS_VERB = frozenset({"him", "her", "me", "us", "them", "it", "that", "this", "the", "a", "an", "not"})
#: Words a town follows in a sentence.
_PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "at", "near", "around", "outside", "of", "via", "into"})
#: Words that make the next one a common noun in lower case ("join a hui", "its besa").
_DETERMINERS = frozenset({"a", "an", "its", "some", "any", "every", "each", "another", "no"})


def _jotting_word(low: str) -> bool:
    """Shorthand and spoken words no dictionary lists (gonna, appt, ids), which a name list may
    hold by chance."""
    from assistant.redact.recognizers.person_en_lower import _ABBREVIATIONS

    return low in _ABBREVIATIONS or (low.endswith("s") and low[:-1] in _ABBREVIATIONS)


def _name_follows(first: list[str], i: int) -> bool:
    """A name may follow word ``i``: the next word may be one, or the word after it is one (miss
    hyacinth campbell)."""
    return (i + 1 < len(first) and first[i + 1] in ("name", "wordname")) or (i + 2 < len(first) and first[i + 2] == "name")


def _backed_names(line: str, words: list[re.Match[str]], first: list[str], kinds: list[str]) -> list[str]:
    """In lower case a word no dictionary holds is more often a foreign term, a drug or a typo than
    a name (kafala, lactulose, doesnt): it is read as a name only when a name list or the gazetteer
    backs it, or it stands after a person cue or a title, or beside a backed name."""
    from assistant.redact.given_names import verb_only_forms

    strict_names, _, is_english_word, _ = _vocab()

    def placed(i: int) -> bool:
        """A town WordNet also lists as a noun (dartmouth, crystal) is one only where a town
        stands (after "in", "from", "to" …, before the part of town or the body it names) or
        beside another name (hyacinth campbell)."""
        before = words[i - 1].group().lower() if i else ""
        after = words[i + 1].group().lower() if i + 1 < len(words) else ""
        beside_name = (i and kinds[i - 1] == "name") or (i + 1 < len(words) and kinds[i + 1] == "name")
        return before in _PLACE_PREPOSITIONS or after in _NAME_GOES_ON or bool(beside_name)

    def backed(i: int) -> bool:
        w = words[i].group()
        low = w.lower()
        return kinds[i] == "name" and (
            (w.title() in strict_names and not _ordinary_word(low))
            or (
                _known_place(w, is_english_word)
                and not _inflection(low, is_english_word)  # "in reading room two"
                and low not in _NAME_GOES_ON  # "moved to university": a kind of place, not one
                and (not is_english_word(low) or placed(i))  # "relapsed on crystal"
            )
        )

    out: list[str] = []
    for i, kind in enumerate(kinds):
        title = words[i].group().rstrip(".")
        if kind == "title" and title in _TITLES and title.lower() not in _LOWER_TITLES and (
            title.lower() not in _TITLES_BEFORE_NAMES or not _name_follows(first, i)
        ):
            kind = "word"  # "miss the bus", "dr appointment", "st": no title in lower case
        if kind == "name" and first[i] == "name" and is_english_word(words[i].group().lower()):
            first[i] = "wordname"  # "ran", "said": a word first, in lower case
        if kind == "name" and _jotting_word(words[i].group().lower()):
            kind = "word"
        if kind == "name" and not backed(i):
            cue = (
                i > 0
                and (words[i - 1].group().lower() in _PERSON_CUES or out[i - 1] == "title")
                and line[words[i - 1].end():words[i].start()].isspace()  # "the husband (ápolási díj)": no cue
                # "mum said that", "dad beat him": a word-name read as a verb
                and not (first[i] == "wordname" and i + 1 < len(words) and words[i + 1].group().lower() in _READ_AS_VERB)
                and words[i].group().lower() not in verb_only_forms()  # (session 39) "mum said", "dad ran off"
            )
            before_backed = i + 1 < len(words) and backed(i + 1)
            # after a name only what carries a name on (a surname, a body's head), not a verb
            # that is also a given name ("ahmed said", "tom ran")
            after_name = i > 0 and out[i - 1] == "name" and first[i] != "wordname"
            if not (cue or after_name or before_backed):
                kind = "word"
        if kind == "name" and i > 0 and words[i - 1].group().lower() in _DETERMINERS:
            kind = "word"
        out.append(kind)
    return out


def _recase_lower_line(line: str) -> str:
    """A lower-case line written as a writer would have cased it, read the same way as a line in
    capitals (every word looks alike, so its vocabulary decides): a word no dictionary or name list
    holds, a town, a body's head after its name get their capital. Unchanged when no word is read
    as a name: capitals at sentence openings and on acronyms alone would only cost a second reading."""
    up = line.upper()
    if len(up) != len(line):
        return line  # a letter whose capital is longer (ß): the offsets would not hold
    words = list(_WORD.finditer(up))
    out = list(line)
    named = False
    first = _first_reading(up, words)
    for m, kind in zip(words, _backed_names(up, words, first, _in_context(up, words, first)), strict=True):
        w = line[m.start():m.end()]
        if w != w.lower():
            continue  # typed with a capital (PHQ, I): as typed
        if kind in ("name", "title"):
            new = "'".join(p[:1].upper() + p[1:] for p in w.split("'"))
            named = named or kind == "name"
        elif kind in ("acronym", "initial"):
            new = w.upper()
        else:
            continue  # ordinary words stay as typed, sentence openers too ("theres" would read as a name)
        if len(new) == len(w):
            out[m.start():m.end()] = new
    return "".join(out) if named else line


def _recasings(line: str) -> str | None:
    if _capitals_line(line):
        return _recase_line(line)
    if _lower_line(line):
        return _recase_lower_line(line)
    return None


def recase_capitals(text: str) -> str | None:
    """``text`` with every line typed in capitals or all in lower case re-cased, or None when no
    line is."""
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        new = _recasings(line)
        if new is not None and new != line:
            lines[i] = new
            changed = True
    return "\n".join(lines) if changed else None


def capitals_spans(text: str) -> list[tuple[int, int]]:
    """Where the lines typed in capitals or in lower case are (start, end offsets)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if _capitals_line(line) or _lower_line(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans
