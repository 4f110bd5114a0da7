"""Numbers, references and e-mail addresses said aloud, rewritten in digits for the recognizers.

Why: a note dictated to speech-to-text, or typed by someone reading a form aloud, writes an
identifier the way it was spoken: "passport number five three two eight one seven six four oh",
"hn six seven slash oh four four one two", "born march third twenty thirteen", "lives at four
seven one morton road", "email is jirawat dot s ninety at gmail dot com". Every rule that finds a
reference, a date of birth, a street address or an e-mail looks for digits and symbols, so a
spoken one went unseen (session 19: 70 of 237 English identifiers of a dictated set, first
measure). Rather than a second copy of each rule in words, the spoken runs are rewritten ("five
three two eight…" → "532817640", "dash" → "-", "at … dot com" → "@….com") and the same rules run
on the rewritten text; what they find is mapped back onto the words that were spoken.

Only runs that cannot be ordinary counting are rewritten: three or more number words in a row
("two or three times" is no run), two joined by a dash or slash, a year said in words, an ordinal
day with its month, an e-mail's "at … dot" shape. The caller keeps only what overlaps a rewritten
run, so nothing else in the note can change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.redact.recognizers.dob import TH_MONTH

_UNITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
          "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
_TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
         "ninety": "9"}
_ORDINAL_UNITS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
                  "seventh": "7", "eighth": "8", "ninth": "9"}
_ORDINAL_TEENS = {"tenth": "10", "eleventh": "11", "twelfth": "12", "thirteenth": "13", "fourteenth": "14",
                  "fifteenth": "15", "sixteenth": "16", "seventeenth": "17", "eighteenth": "18",
                  "nineteenth": "19", "twentieth": "20", "thirtieth": "30"}
#: "stroke" is the British slash (a Glasgow flat, "two stroke one" = 2/1; a case number).
_SEPARATORS = {"dash": "-", "hyphen": "-", "slash": "/", "stroke": "/"}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
#: Top-level and country domains an address said aloud ends with ("… dot co dot uk").
_DOMAIN_ENDS = frozenset({"com", "net", "org", "edu", "gov", "co", "uk", "au", "nz", "ie", "ca", "us", "th",
                          "de", "be", "nl", "fr", "pt", "es", "it", "jp", "kr", "sg", "my", "ph", "in", "io",
                          "info", "ac", "or", "go", "mail"})
#: What introduces an e-mail address said aloud; its local part is everything up to "at".
_EMAIL_CUE = re.compile(r"(?i:e-?mail(?:[^\S\n]+address)?|gmail|hotmail)(?:[^\S\n]+(?:is|was|its|it's))?[^\S\n]+$")

_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Rewrite:
    """One spoken run: where it was in the note and what it says in digits and symbols."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Rewritten:
    """The note with its spoken runs rewritten, and the way back to the note's offsets."""

    text: str
    rewrites: tuple[Rewrite, ...]
    _starts: tuple[int, ...]
    _ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The note's span for a span of the rewritten text (a rewritten run maps to its words)."""
        return self._starts[start], self._ends[end - 1]

    def touches_rewrite(self, start: int, end: int) -> bool:
        """Whether a note span overlaps a rewritten run (only those are new to the recognizers)."""
        return any(r.start < end and start < r.end for r in self.rewrites)


def _number_value(words: list[str], i: int, *, ordinal: bool = True) -> tuple[str, int] | None:
    """Digits for the number word(s) at ``words[i]`` and how many words they took (an ordinal,
    "third" → "3rd", only where asked: inside a run of digits it is no digit)."""
    w = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if w in ("double", "triple") and nxt in _UNITS:
        return _UNITS[nxt] * (2 if w == "double" else 3), 2
    if w in _UNITS:
        if nxt == "thousand":  # two thousand (and) nine → 2009
            rest = i + 2
            if rest < len(words) and words[rest].lower() == "and":
                rest += 1
            tail = _number_value(words, rest) if rest < len(words) else None
            if tail and len(tail[0]) <= 2 and tail[0].isdigit():
                return _UNITS[w] + tail[0].zfill(3), rest - i + tail[1]
            return _UNITS[w] + "000", 2
        return _UNITS[w], 1
    if w in _TEENS:
        return _TEENS[w], 1
    if w in _TENS:
        if nxt in _UNITS and nxt not in ("zero", "oh"):
            return _TENS[w] + _UNITS[nxt], 2
        if ordinal and nxt in _ORDINAL_UNITS:
            return _TENS[w] + _ORDINAL_UNITS[nxt] + _suffix(_ORDINAL_UNITS[nxt]), 2
        return _TENS[w] + "0", 1
    if ordinal and w in _ORDINAL_UNITS:
        return _ORDINAL_UNITS[w] + _suffix(_ORDINAL_UNITS[w]), 1
    if ordinal and w in _ORDINAL_TEENS:
        return _ORDINAL_TEENS[w] + "th", 1
    return None


def _suffix(digit: str) -> str:
    return {"1": "st", "2": "nd", "3": "rd"}.get(digit, "th")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _gap_ok(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Two words of one run: only spaces (or a comma a dictation engine put in) between them."""
    return re.fullmatch(r"[^\S\n]*,?[^\S\n]+", text[a.end():b.start()]) is not None


def _runs(text: str, toks: list[re.Match[str]]) -> list[Rewrite]:
    """Spoken numbers, with the letters and separators said inside them."""
    words = [t.group(0) for t in toks]
    out: list[Rewrite] = []
    i = 0
    while i < len(toks):
        parts: list[str] = []
        numbers = separators = 0
        j = i
        while j < len(toks):
            if j > i and not _gap_ok(text, toks[j - 1], toks[j]):
                break
            w = words[j].lower()
            if parts and w in _TENS and j + 1 < len(words) and words[j + 1].lower() in _ORDINAL_UNITS:
                break  # "… two two seventy second avenue": the tens word opens an ordinal street
            got = _number_value(words, j, ordinal=False)
            if got and all(_gap_ok(text, toks[k], toks[k + 1]) for k in range(j, j + got[1] - 1)):
                parts.append(got[0])
                numbers += 1
                j += got[1]
                continue
            if w in _SEPARATORS and parts and j + 1 < len(toks):
                parts.append(_SEPARATORS[w])
                separators += 1
                j += 1
                continue
            if parts and parts[-1] in ("-", "/") and len(w) <= 4 and w.isalpha() and words[j] == w:
                parts.append(w.upper())  # "r dash cbu dash two five": a code between separators
                j += 1
                continue
            break
        while parts and parts[-1] in ("-", "/"):
            parts.pop()  # a separator said last belongs to no number
            j -= 1
        housed = i > 0 and words[i - 1].lower() in _HOUSE_WORDS
        if numbers and (numbers >= 3 or (numbers >= 2 and (separators or housed)) or _is_year(parts)):
            start = i
            # letters spelled just before the number: "t i r four four…", "a c c four…", "r dash …"
            while start > 0 and _gap_ok(text, toks[start - 1], toks[start]):
                if _spelled_letter(words, start - 1):
                    start -= 1
                elif (
                    start > 1 and words[start - 1].lower() in _SEPARATORS and len(words[start - 2]) <= 4
                    and words[start - 2].isalpha() and words[start - 2].islower()
                    and _gap_ok(text, toks[start - 2], toks[start - 1])
                ):
                    start -= 2  # "r dash cbu dash two five…": codes joined by a said dash
                else:
                    break
            letters = "".join(_SEPARATORS.get(w.lower(), w.upper()) for w in words[start:i])
            if start > 0 and words[start - 1].lower() == "plus" and _gap_ok(text, toks[start - 1], toks[start]):
                start -= 1
                letters = "+" + letters  # "plus three five one …": an international number
            if start < i and i - start < 2 and not _labelled(text, toks[start].start()):
                start, letters = i, ""  # one letter alone ("a four…"): the article, unless cued
            tail = ""
            if start < i or _labelled(text, toks[i].start()):
                tail, j = _letters_after(text, toks, words, j)
            out.append(Rewrite(toks[start].start(), toks[j - 1].end(), letters + "".join(parts) + tail))
            i = j
        else:
            i += 1
    return out


#: What may follow a reference's last letter: the sentence goes on ("… six t a and phone is").
_AFTER_LAST_LETTER = frozenset({"and", "or", "but", "so", "for", "then", "okay", "ok", "um", "uh", "which", "that"})


def _letters_after(text: str, toks: list[re.Match[str]], words: list[str], j: int) -> tuple[str, int]:
    """session 21 — one or two letters said after a labelled or lettered reference end it (an Irish
    PPS "seven four one two three five six t a", a Singapore NRIC "s seven seven … f", a National
    Insurance "s p four … c"). "a" or "i" counts only where the sentence breaks or goes on after
    it ("… six a day" is the article)."""
    taken: list[str] = []
    k = j
    while k < len(toks) and len(taken) < 2 and _gap_ok(text, toks[k - 1], toks[k]):
        w = words[k]
        if len(w) != 1 or not w.isalpha():
            break
        taken.append(w.upper())
        k += 1
    while taken and taken[-1] in ("A", "I"):
        nxt = words[k].lower() if k < len(toks) and _gap_ok(text, toks[k - 1], toks[k]) else ""
        if not nxt or nxt in _AFTER_LAST_LETTER:
            break
        taken.pop()
        k -= 1
    return "".join(taken), k


#: Words a house or flat number is said after ("flat two sixty one", "unit four slash fifteen").
_HOUSE_WORDS = frozenset({"flat", "unit", "house", "room", "apartment", "apt", "lot", "number", "no", "box"})
#: Street kinds a spoken ordinal names a street with ("south twenty fourth street").
_STREET_KINDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "lane", "place", "drive", "boulevard"})


def _is_year(parts: list[str]) -> bool:
    """A year said in words: "nineteen fifty one", "twenty thirteen", "two thousand nine"."""
    value = "".join(parts)
    return len(parts) in (1, 2) and value.isdigit() and len(value) == 4 and value[:2] in ("19", "20")


def _spelled_letter(words: list[str], k: int) -> bool:
    """A letter spelled out ("t i r", "a c c"); "i" only between other spelled letters."""
    word = words[k]
    if len(word) != 1 or not word.isalpha():
        return False
    if word.lower() != "i":
        return True
    return k > 0 and len(words[k - 1]) == 1 and k + 1 < len(words) and len(words[k + 1]) == 1


_LABEL_BEFORE = re.compile(
    r"(?i:number|no|id|ref|reference|passport|case|file|claim|hn|mrn|account|is)[^\S\n]+$"
)


def _labelled(text: str, pos: int) -> bool:
    return _LABEL_BEFORE.search(text, max(0, pos - 16), pos) is not None


def _dates(text: str, toks: list[re.Match[str]], taken: list[Rewrite]) -> list[Rewrite]:
    """A date said aloud: "ninth of february", "march third", with the year said after it."""
    words = [t.group(0).lower() for t in toks]
    out: list[Rewrite] = []
    for k, w in enumerate(words):
        if w in _STREET_KINDS and k >= 1:
            got = _ordinal_before(words, k - 1)
            if got and (got[0] == k - 1 or _gap_ok(text, toks[got[0]], toks[k - 1])):  # twenty|fourth
                out.append(Rewrite(toks[got[0]].start(), toks[k - 1].end(), got[1]))
            continue
        if w not in _MONTHS:
            continue
        # ordinal before the month: (the) ninth of february / eleventh of october
        if k >= 2 and words[k - 1] == "of":
            got = _ordinal_before(words, k - 2)
            if got:
                first, digits = got
                out.append(Rewrite(toks[first].start(), toks[k - 2].end(), digits))
        # ordinal or number after the month: march third, august second
        if k + 1 < len(words):
            got = _number_value(words, k + 1)
            if got:
                span_end = toks[k + got[1]].end()
                if not any(r.start < span_end and toks[k + 1].start() < r.end for r in taken):
                    out.append(Rewrite(toks[k + 1].start(), span_end, got[0]))
    return out


#: session 21 — street kinds a house number said in words comes before ("at forty one lumb lane",
#: "at twenty three kauri crescent"); the dictated address rule adds the kinds that are also
#: everyday words (park, walk, view), which only a digit before them makes a street.
HOUSE_STREET_KINDS = frozenset({
    "road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "lane", "ln", "crescent", "cres", "close",
    "court", "ct", "place", "pl", "terrace", "tce", "way", "grove", "gardens", "square", "rise", "parade",
    "mews", "row", "boulevard", "blvd",
    # session 23 (set 74): Canadian and New Zealand bays, rural tracks, highways and loops
    "bay", "track", "highway", "hwy", "circle", "loop", "trail", "quay", "esplanade", "circuit",
})
#: Words a street address is said after.
_ADDRESS_CUES = frozenset({"at", "address", "to", "from"})


def after_address_cue(words: list[str], i: int) -> bool:
    """``words[i]`` follows "at"/"address"/"to"/"from" or "address is" ("address on file is"): a
    house number said or typed there opens a street address (shared with the dictated address rule)."""
    return i > 0 and (words[i - 1] in _ADDRESS_CUES or (words[i - 1] == "is" and "address" in words[max(0, i - 4):i - 1]))


def _house_numbers(text: str, toks: list[re.Match[str]], taken: list[Rewrite]) -> list[Rewrite]:
    """A house number said in words after "at"/"address"/"to"/"from", with one to three words and a
    street kind after it: "at forty one lumb lane" → "at 41 lumb lane", "at twelve b topsia second
    lane" → "12b"; "eighteen forty five rose street" → 1845. Counting ("about five minutes walk")
    has no cue before it."""
    words = [t.group(0).lower() for t in toks]
    out: list[Rewrite] = []
    for i in range(1, len(words)):
        if not after_address_cue(words, i) or not _gap_ok(text, toks[i - 1], toks[i]):
            continue
        digits, j = "", i
        for _ in range(2):
            got = _number_value(words, j, ordinal=False) if j < len(words) else None
            if not got or not got[0].isdigit() or len(digits + got[0]) > 4:
                break
            digits += got[0]
            j += got[1]
        if not digits:
            continue
        letter = j < len(words) and len(words[j]) == 1 and words[j].isalpha() and words[j] not in ("a", "i")
        k = j + 1 if letter else j
        street = next((m for m in range(k + 1, min(k + 4, len(words))) if words[m] in HOUSE_STREET_KINDS), None)
        if street is None or any(_number_value(words, m, ordinal=False) for m in range(k, street)):
            continue
        end = j + 1 if letter else j
        if any(r.start < toks[end - 1].end() and toks[i].start() < r.end for r in taken):
            continue
        out.append(Rewrite(toks[i].start(), toks[end - 1].end(), digits + (words[j] if letter else "")))
    return out


def _ordinal_before(words: list[str], k: int) -> tuple[int, str] | None:
    w = words[k]
    if w in _ORDINAL_UNITS:
        if k >= 1 and words[k - 1] in _TENS:
            return k - 1, _TENS[words[k - 1]] + _ORDINAL_UNITS[w] + _suffix(_ORDINAL_UNITS[w])
        return k, _ORDINAL_UNITS[w] + _suffix(_ORDINAL_UNITS[w])
    if w in _ORDINAL_TEENS:
        return k, _ORDINAL_TEENS[w] + "th"
    return None


def _emails(text: str, toks: list[re.Match[str]]) -> list[Rewrite]:
    """``<local> at <domain> dot <end>(dot <end>)``: the local part runs back to an e-mail cue,
    or over words joined by "dot"/"underscore" when there is none."""
    all_words = [t.group(0).lower() for t in toks]
    all_ends = [t.end() for t in toks]
    out: list[Rewrite] = []
    for k, w in enumerate(all_words):
        if w != "at":
            continue
        words, ends = all_words, all_ends
        if (
            k + 2 < len(words) and text[toks[k + 1].end():toks[k + 2].start()] == "."
            and words[k + 2] in _DOMAIN_ENDS
        ):
            # session 21 — "maritesgallego83 at yahoo.com": the "at" said, the domain typed; read
            # as if said, one "dot" word more (it ends where the domain's name ends)
            words = [*words[:k + 2], "dot", *words[k + 2:]]
            ends = [*ends[:k + 2], ends[k + 1], *ends[k + 2:]]
        if k + 3 >= len(words) or words[k + 2] != "dot" or words[k + 3] not in _DOMAIN_ENDS:
            continue
        end = k + 3
        while end + 2 < len(words) and words[end + 1] == "dot" and words[end + 2] in _DOMAIN_ENDS:
            end += 2
        first = k - 1
        if first < 0:
            continue
        cue_start = None
        for back in range(k - 1, max(-1, k - 8), -1):
            if _EMAIL_CUE.search(text, max(0, toks[back].start() - 24), toks[back].start()):
                cue_start = back
                break
        if cue_start is not None:
            first = cue_start
        else:
            # session 21 — letters and numbers said at the local part's end, after a dot
            # ("oksana dot h eighty five at gmail dot com"): the dot joins them to the name
            j = first
            while j >= 0 and j > k - 6 and (len(words[j]) == 1 or _number_value(words, j, ordinal=False)):
                j -= 1
            if j < first and j >= 1 and words[j] in ("dot", "underscore"):
                first = j - 1
            while first >= 2 and words[first - 1] in ("dot", "underscore"):
                first -= 2
        local = _local_part(words[first:k])
        domain = ".".join(w for w in words[k + 1:end + 1] if w != "dot")
        out.append(Rewrite(toks[first].start(), ends[end], f"{local}@{domain}"))
    return out


def _local_part(words: list[str]) -> str:
    out = []
    i = 0
    while i < len(words):
        got = _number_value(words, i)
        if got:
            out.append(got[0])
            i += got[1]
            continue
        out.append({"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}.get(words[i], words[i]))
        i += 1
    return "".join(out)


_ANY_NUMBER_WORD = re.compile(
    r"(?i)(?<![A-Za-z])(?:"
    + "|".join(sorted((*_UNITS, *_TEENS, *_TENS, *_ORDINAL_UNITS, *_ORDINAL_TEENS, "dot"), key=len, reverse=True))
    + r")(?![A-Za-z])"
)


#: "… at yahoo.com": an e-mail whose "at" was said and whose domain was typed.
_SAID_AT_TYPED_DOMAIN = re.compile(r"(?i)[A-Za-z0-9][^\S\n]+at[^\S\n]+[A-Za-z]+\.(?:com|net|org|co|edu|gov)\b")


#: session 22 — a number read out in Thai digit words, glued or spaced (เลขบัตรคือสามสามหกศูนย์…,
#: "ศูนย์แปด หนึ่ง …"): seven digits or more, so "สามสี่" (a few) and "ห้าหก" are never one.
_THAI_DIGITS = {"ศูนย์": "0", "หนึ่ง": "1", "เอ็ด": "1", "สอง": "2", "โท": "2", "สาม": "3", "สี่": "4", "ห้า": "5",
                "หก": "6", "เจ็ด": "7", "แปด": "8", "เก้า": "9"}
_THAI_DIGIT = "(?:" + "|".join(_THAI_DIGITS) + ")"
_THAI_DIGIT_RUN = re.compile(rf"{_THAI_DIGIT}(?:[^\S\n]?-?[^\S\n]?{_THAI_DIGIT}){{6,}}")


#: session 29 (sets 93, 96) — a shorter run after a number's label (เลขประจำตัว สองหนึ่งสี่ศูนย์เก้า, a
#: student's number): four digits or more, the label says it is one.
_THAI_LABELLED_DIGIT_RUN = re.compile(
    rf"(?<=เลข)(?:ประจำตัว|ที่|บัตร|นักเรียน)?(?:[^\S\n]?(?:คือ|เป็น))?[^\S\n]?"
    rf"(?P<n>{_THAI_DIGIT}(?:[^\S\n]?{_THAI_DIGIT}){{3,5}})(?!{_THAI_DIGIT})"
)
#: session 29 — a date said in Thai words: the day as a number word, the month, the Buddhist year digit
#: by digit (เกิดวันที่ยี่สิบเก้าตุลาคมสองห้าห้าสี่).
_THAI_UNIT_WORD = "(?:หนึ่ง|เอ็ด|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)"
_THAI_DAY_WORDS = rf"(?:สามสิบ(?:เอ็ด)?|ยี่สิบ{_THAI_UNIT_WORD}?|สิบ{_THAI_UNIT_WORD}?|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)"
_THAI_SPOKEN_DATE = re.compile(
    rf"(?P<d>{_THAI_DAY_WORDS})[^\S\n]?(?P<m>{TH_MONTH})[^\S\n]?(?:พ\.ศ\.[^\S\n]?)?"
    rf"(?P<y>(?:สอง|หนึ่ง)(?:[^\S\n]?{_THAI_DIGIT}){{3}})(?!{_THAI_DIGIT})"
)


def _thai_day(words: str) -> int:
    """ยี่สิบเก้ → 29, สิบ → 10, สามสิบเอ็ด → 31."""
    tens = {"สามสิบ": 30, "ยี่สิบ": 20, "สิบ": 10}
    for word, value in tens.items():
        if words.startswith(word):
            rest = words[len(word):]
            return value + (int(_THAI_DIGITS[rest]) if rest else 0)
    return int(_THAI_DIGITS[words])


def _thai_digit_runs(text: str) -> list[Rewrite]:
    """Numbers said in Thai digit words, written as digits."""
    out: list[Rewrite] = []
    for m in _THAI_DIGIT_RUN.finditer(text):
        digits = "".join(_THAI_DIGITS[w] for w in re.findall(_THAI_DIGIT, m.group(0)))
        out.append(Rewrite(m.start(), m.end(), digits))
    for m in _THAI_LABELLED_DIGIT_RUN.finditer(text):
        digits = "".join(_THAI_DIGITS[w] for w in re.findall(_THAI_DIGIT, m.group("n")))
        out.append(Rewrite(m.start("n"), m.end("n"), digits))
    for m in _THAI_SPOKEN_DATE.finditer(text):
        year = "".join(_THAI_DIGITS[w] for w in re.findall(_THAI_DIGIT, m.group("y")))
        out.append(Rewrite(m.start(), m.end(), f"{_thai_day(m.group('d'))} {m.group('m')} {year}"))
    return out


def rewrite_spoken(text: str) -> Rewritten | None:
    """The note with spoken numbers, dates and e-mail addresses in digits and symbols, or None
    when nothing in it was said aloud (the common case: typed notes pay nothing more)."""
    thai = _thai_digit_runs(text)
    if not thai and not _ANY_NUMBER_WORD.search(text) and not _SAID_AT_TYPED_DOMAIN.search(text):
        return None
    toks = _tokens(text)
    emails = _emails(text, toks)
    runs = [r for r in _runs(text, toks) if not any(e.start < r.end and r.start < e.end for e in emails)]
    dates = _dates(text, toks, runs + emails)
    houses = _house_numbers(text, toks, runs + emails + dates)
    rewrites = sorted((*emails, *runs, *dates, *houses, *thai), key=lambda r: (r.start, -r.end))
    kept: list[Rewrite] = []
    for r in rewrites:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    if not kept:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for r in kept:
        pieces.append(text[pos:r.start])
        starts.extend(range(pos, r.start))
        ends.extend(range(pos + 1, r.start + 1))
        pieces.append(r.text)
        starts.extend([r.start] * len(r.text))
        ends.extend([r.end] * len(r.text))
        pos = r.end
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Rewritten("".join(pieces), tuple(kept), tuple(starts), tuple(ends))
