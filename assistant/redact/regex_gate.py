"""First-character gates for compiled regexes: the same matches, found sooner.

Why: most rules start with a lookbehind (``(?<![A-Za-z])``) before a long case-insensitive
alternation of cue words. A leading assertion stops Python's ``re`` from using its fast
first-character scan, so every position of a note runs the lookbehind and then tries each
alternative in turn. ``gated`` works out, from the parsed pattern, every character a match can
begin with and puts a one-class lookahead in front; positions that cannot start a match now fail
on one character test. The class is a superset (assertions are treated as transparent; members
read case-insensitively are tested case-insensitively), so the matches, spans and groups are
exactly those of the original pattern. Patterns whose first character cannot be bounded (``.``,
negated classes, possibly empty matches) are returned unchanged. ``bucketed``/``alternation``
do the same inside long word alternations. Only rule texts are compiled here, never client text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

try:  # Python ≥ 3.11
    import re._constants as _sc
    import re._parser as _sp
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

_Built = TypeVar("_Built", re.Pattern[str], tuple[re.Pattern[str], ...])
_MAX_RANGE = 400
_REPEATS = tuple(
    op for op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT, getattr(_sc, "POSSESSIVE_REPEAT", None)) if op is not None
)
_ZERO_WIDTH = (_sc.ASSERT, _sc.ASSERT_NOT, _sc.AT)
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: patterns ``gated`` produced (rule texts, never client text): gating twice would only add a test
_GATED: set[str] = set()


class _Unbounded(Exception):
    """The first character of a match cannot be listed."""


_CATEGORIES = {
    _sc.CATEGORY_DIGIT: r"\d", _sc.CATEGORY_NOT_DIGIT: r"\D", _sc.CATEGORY_SPACE: r"\s",
    _sc.CATEGORY_NOT_SPACE: r"\S", _sc.CATEGORY_WORD: r"\w", _sc.CATEGORY_NOT_WORD: r"\W",
}


class _First:
    """Class members a match can begin with: exact ones, and ones read case-insensitively."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.folded: set[str] = set()

    def add(self, member: str, ignorecase: bool) -> None:
        (self.folded if ignorecase else self.exact).add(member)

    def add_class(self, items, ignorecase: bool) -> None:
        for op, av in items:
            if op is _sc.LITERAL:
                self.add(_member(chr(av)), ignorecase)
            elif op is _sc.RANGE:
                lo, hi = av
                if hi - lo > _MAX_RANGE:
                    raise _Unbounded
                for k in range(lo, hi + 1):
                    self.add(_member(chr(k)), ignorecase)
            elif op is _sc.CATEGORY and av in _CATEGORIES:
                self.exact.add(_CATEGORIES[av])  # \d, \w, \s: case plays no part
            else:  # a negated class: its complement cannot be listed
                raise _Unbounded


def _member(c: str) -> str:
    return "\\" + c if c in "\\]^-[" else c


def _first(items, ignorecase: bool, out: _First) -> bool:
    """Add what a match of this sequence can begin with to ``out``; True if it can match empty."""
    for op, av in items:
        if op is _sc.LITERAL:
            out.add(_member(chr(av)), ignorecase)
            return False
        if op is _sc.IN:
            out.add_class(av, ignorecase)
            return False
        if op is _sc.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_ic = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            if not _first(sub, sub_ic, out):
                return False
        elif op is _sc.BRANCH:
            if not any([_first(alt, ignorecase, out) for alt in av[1]]):  # list: visit every branch
                return False
        elif op in _REPEATS:
            lo, _hi, sub = av
            if not _first(sub, ignorecase, out) and lo > 0:
                return False
        elif op in _ZERO_WIDTH:
            continue  # lookarounds and anchors consume nothing: skipping them widens the set
        else:  # ANY, NOT_LITERAL, group references, atomic groups …
            raise _Unbounded
    return True


def first_class(regex: re.Pattern[str]) -> str | None:
    """A lookahead body matching every character a match of ``regex`` can start with, or None."""
    out = _First()
    try:
        nullable = _first(list(_sp.parse(regex.pattern, regex.flags & ~re.UNICODE)), bool(regex.flags & re.IGNORECASE), out)
    except _Unbounded:
        return None
    if nullable or not (out.exact or out.folded):
        return None
    exact, folded = "".join(sorted(out.exact)), "".join(sorted(out.folded))
    # (?i:…) for members read case-insensitively: a superset also under Unicode folding (K/K, s/ſ)
    if not folded:
        return f"[{exact}]"
    if not exact:
        return f"(?i:[{folded}])"
    return f"[{exact}]|(?i:[{folded}])"


def gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` with a first-character lookahead in front (same matches), or ``regex`` itself."""
    if not isinstance(regex.pattern, str) or regex.flags & re.VERBOSE or regex.pattern in _GATED:
        return regex
    gate = first_class(regex)
    if gate is None:
        return regex
    pattern, lead = regex.pattern, ""
    while m := _LEADING_FLAGS.match(pattern):  # global flags must stay at the very start
        lead, pattern = lead + m.group(0), pattern[m.end():]
    new = re.compile(f"{lead}(?={gate})(?:{pattern})", regex.flags)
    if new.groups != regex.groups or new.groupindex != regex.groupindex:  # pragma: no cover
        return regex
    _GATED.add(new.pattern)
    return new


def gate_patterns(namespace: dict[str, object]) -> None:
    """Swap every compiled ``str`` pattern bound in ``namespace`` (a module's ``globals()``) for
    its gated copy. Call it at the end of a recognizer module, after all patterns are built, so
    names looked up at call time find the gated copies (identity tests on those names still hold)."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = gated(value)


def gate_all(build: Callable[[], _Built]) -> Callable[[], _Built]:
    """Wrap a cached builder of one pattern or a tuple of patterns so it hands out gated copies."""

    @functools.lru_cache(maxsize=1)
    def wrapper():
        built = build()
        return gated(built) if isinstance(built, re.Pattern) else tuple(gated(r) for r in built)

    return wrapper


def bucketed(alternatives: Iterable[tuple[str, str]]) -> str:
    """An alternation of (word, its regex) pairs, grouped by the word's first letter behind a
    one-letter lookahead; each group keeps the original order.

    Why: the engine tries the branches of an alternation one by one, so with hundreds of cue
    words every letter of a note paid for all of them. Only branches that can start with the
    letter under the cursor can match, and they are tried in the same order as before, so what
    matches does not change; every other group fails on one character test."""
    alternatives = list(alternatives)
    groups: dict[str, list[str]] = {}
    for word, rx in alternatives:
        if not word:  # an empty branch matches anywhere: no first letter to group by
            return "|".join(r for _, r in alternatives)
        groups.setdefault(word[0].lower(), []).append(rx)
    return "|".join(
        f"(?=(?i:[{re.escape(first)}]))(?:{'|'.join(rxs)})" for first, rxs in groups.items()
    )


def alternation(words: Iterable[str]) -> str:
    """``"|".join(map(re.escape, words))`` with the same matches, grouped by first letter."""
    return bucketed([(w, re.escape(w)) for w in words])
