"""Finding a client's own words again in a text without compiling a pattern from them.

Why: ``re.finditer(re.escape(name), text)`` compiles a pattern that Python's ``re`` keeps in its
module cache after the call; a process serving many writers would hold the last few hundred
names, phones and acronyms in memory. These helpers find a literal with ``str.find`` and test its
neighbours with fixed character sets, giving what the equivalent regex (a literal between a
negative lookbehind and a negative lookahead of one character class) would find.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Container, Iterator

#: ``[A-Za-z]``
LATIN = frozenset(string.ascii_letters)
#: ``[a-z]``
LOWER = frozenset(string.ascii_lowercase)
#: ``[A-Za-z0-9]``
LATIN_OR_DIGIT = LATIN | frozenset(string.digits)
#: ``[A-Za-z\-]``
LATIN_OR_HYPHEN = LATIN | {"-"}
#: ``[A-Za-z\-'’]``
LATIN_HYPHEN_APOSTROPHE = LATIN | {"-", "'", "’"}


class CharClass:
    """A character class given by a test, where a listed set cannot hold it: ``\\w`` reaches every
    Unicode letter and digit. Usable wherever the helpers take a set of characters."""

    def __init__(self, test: Callable[[str], bool], extra: str = "") -> None:
        self._test, self._extra = test, frozenset(extra)

    def __contains__(self, ch: object) -> bool:
        return isinstance(ch, str) and (ch in self._extra or self._test(ch))


def _is_word_char(ch: str) -> bool:
    """``\\w`` as ``re`` reads it in a str pattern: a Unicode letter or digit, or ``_``."""
    return ch.isalnum() or ch == "_"


#: ``[\w\-]``
WORD_OR_HYPHEN = CharClass(_is_word_char, "-")
#: ``[\w'’\-]``
WORD_HYPHEN_APOSTROPHE = CharClass(_is_word_char, "-'’")


def occurrences(
    text: str,
    needle: str,
    *,
    not_after: Container[str] = frozenset(),
    not_before: Container[str] = frozenset(),
    ignore_case: bool = False,
) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-overlapping occurrence of ``needle`` in ``text``, left to right,
    skipping those whose preceding character is in ``not_after`` or whose following character is
    in ``not_before`` (as ``(?<![…])needle(?![…])`` would)."""
    if not needle:
        return
    hay, pin = text, needle
    if ignore_case:
        hay, pin = text.lower(), needle.lower()
        if len(hay) != len(text) or len(pin) != len(needle):  # a letter lowered to two (İ → i̇)
            hay, pin = _fold(text), _fold(needle)
    n, pos = len(pin), 0
    while (k := hay.find(pin, pos)) >= 0:
        if (k == 0 or text[k - 1] not in not_after) and (k + n == len(text) or text[k + n] not in not_before):
            yield k, k + n
            pos = k + n
        else:
            pos = k + 1



def name_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Each whole-word occurrence of a Latin-script name: not the tail of a longer word, of a
    hyphenated or an apostrophe'd one ("ann" not in "joann", "mary-ann", "o'ann"), and not the
    head of a longer word ("pita" not in "pitas")."""
    return occurrences(text, name, not_after=LATIN_HYPHEN_APOSTROPHE, not_before=LATIN)


def _fold(text: str) -> str:
    """Lower-case letter by letter, keeping the length (İ → i, as ``re.IGNORECASE`` reads it)."""
    return "".join(low if len(low := ch.lower()) == 1 else low[0] for ch in text)
