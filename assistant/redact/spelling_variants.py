"""A name written two ways in one note is one person.

Busy writers misspell names, and not always the same way twice: ลำดวน then ลำดวล, วงศ์สุริยา then
วงสุริยา, Karuppiah then karupiah. Exact repetition is handled by propagation; this finds the word
one edit away from a name already found, so the second spelling is not left in the text sent to a
model. Thai is compared after setting aside tone marks and silent letters (a consonant under
the killer mark ์), which writers drop or move more than any other letter.

Precision: a candidate must stand as a word of its own (spaces or punctuation around it), be at
least four letters (five in Latin script), and not be a dictionary word — "lament" beside Lamont
or สายใย beside สายใจ stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.redact.types import PERSON

_THAI_CHUNK = re.compile(r"(?<![\u0E01-\u0E4E])[\u0E01-\u0E4E]{3,24}(?![\u0E01-\u0E4E])")
_LATIN_WORD = re.compile(r"(?<![A-Za-zÀ-ÖØ-öø-ÿ'’\-])[A-Za-zÀ-ÖØ-öø-ÿ]{5,24}(?![A-Za-zÀ-ÖØ-öø-ÿ'’\-])")
_THAI = re.compile(r"[\u0E01-\u0E4E]")
#: Tone marks and a consonant (with its vowel) silenced by ์: set aside before comparing.
_THAI_SOFT = re.compile(r"[\u0E48-\u0E4B]|[\u0E01-\u0E2E][\u0E34\u0E38]?\u0E4C")
_DOTTED_TITLE = re.compile(r"^(?:[\u0E01-\u0E2E]{1,3}\.){1,3}")
_MIN_THAI, _MIN_LATIN = 4, 5
#: The words of a name: Thai runs (with a dotted title's dots) and Latin runs, punctuation left out.
_PART = re.compile(r"[\u0E01-\u0E4E.]+|[A-Za-zÀ-ÖØ-öø-ÿ]+")


def one_edit_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with at most one letter changed, added or dropped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


#: Letters that sound alike, written for one another in names (ศรี / สี, ธนา / ทนา, ณัฐ / นัฐ).
_THAI_SOUND = str.maketrans({
    "ศ": "ส", "ษ": "ส", "ซ": "ส", "ธ": "ท", "ฑ": "ท", "ฒ": "ท", "ภ": "พ", "ณ": "น", "ฎ": "ด", "ฏ": "ต",
    "ญ": "ย", "ฬ": "ล", "ฃ": "ข", "ฅ": "ค", "ฆ": "ค", "ฐ": "ถ", "ฌ": "ช", "ฮ": "ห",
})
#: ร silent after ส/ท in a cluster (ศรี, สร้อย, ทราย said สี, ส้อย, ซาย).
_SILENT_RO = re.compile(r"(?<=[สท])ร(?=[\u0E31-\u0E3A\u0E40-\u0E44\u0E47-\u0E4E]|[ก-ฮ])")


def thai_key(word: str) -> str:
    """How a Thai word sounds, near enough: tone marks, silent letters and homophones set aside."""
    return _SILENT_RO.sub("", _THAI_SOFT.sub("", word).translate(_THAI_SOUND))


def _name_parts(text: str, hits, titles: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """(Thai parts, Latin parts lower-cased) of the found person names, titles set aside."""
    thai: set[str] = set()
    latin: set[str] = set()
    for h in hits:
        if h.type != PERSON:
            continue
        for part in _PART.findall(text, h.start, h.end):
            if _THAI.search(part):
                part = _DOTTED_TITLE.sub("", part).strip(".")
                for title in titles:
                    if part.startswith(title) and len(part) - len(title) >= _MIN_THAI:
                        part = part[len(title):]
                        break
                if len(part) >= _MIN_THAI and re.fullmatch(r"[\u0E01-\u0E4E]+", part):
                    thai.add(part)
            elif len(part) >= _MIN_LATIN and re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿ]+", part):
                latin.add(part.lower())
    return thai, latin


def spelling_variant_spans(
    text: str,
    hits,
    *,
    thai_words: frozenset[str] | set[str],
    ordinary_english: Callable[[str], bool],
    titles: tuple[str, ...],
) -> list[tuple[int, int]]:
    """[start, end) of words that spell a found name another way and are not yet covered."""
    thai_names, latin_names = _name_parts(text, hits, titles)
    if not thai_names and not latin_names:
        return []
    covered = [(h.start, h.end) for h in hits]

    def free(s: int, e: int) -> bool:
        return not any(a <= s and e <= b for a, b in covered)

    out: list[tuple[int, int]] = []
    if thai_names:
        # names long enough to compare (อสม and อิ่ม, key อิม, are one letter apart: too short to tell)
        long_names = [n for n in thai_names if len(thai_key(n)) >= _MIN_THAI]
        long_keys = {thai_key(n) for n in long_names}
        for m in _THAI_CHUNK.finditer(text):
            word = m.group(0)
            if word in thai_names or word in thai_words or not free(*m.span()):
                continue
            key = thai_key(word)
            if len(key) < _MIN_THAI:
                continue
            if any(one_edit_apart(word, n) for n in long_names) or any(one_edit_apart(key, k) for k in long_keys):
                out.append(m.span())
    if latin_names:
        for m in _LATIN_WORD.finditer(text):
            word = m.group(0)
            low = word.lower()
            if not free(*m.span()) or ordinary_english(low):
                continue
            if low not in latin_names and any(one_edit_apart(low, n) for n in latin_names):
                out.append(m.span())
    return out
