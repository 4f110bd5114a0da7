"""Shared matching logic: lexicon-term rules and small span helpers.

Vocabulary lives in YAML (``lexicons.py``); this module is the code that applies it, so the
many term rules (labels, refusal framing, identity nouns, doubt markers …) differ only in which
lexicon ``kind`` they read and which criterion they report under.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import ClassVar, TypeVar

from assistant.check.context import CheckContext
from assistant.check.rule import Rule
from assistant.models import Finding

_T = TypeVar("_T")


def per_check(key: str) -> Callable[[Callable[[CheckContext], _T]], Callable[[CheckContext], _T]]:
    """Compute a note-wide analysis once per check and share it (``ctx.cache[key]``).

    Several rules read the same analysis (goals, identifiers, the timeline …); keeping it in the
    check's own cache means each is built once per note, never shared across notes.
    """

    def wrap(build: Callable[[CheckContext], _T]) -> Callable[[CheckContext], _T]:
        @functools.wraps(build)
        def cached(ctx: CheckContext) -> _T:
            if key not in ctx.cache:
                ctx.cache[key] = build(ctx)
            return ctx.cache[key]  # type: ignore[return-value]

        return cached

    return wrap


def match_case(replacement: str, original: str) -> str:
    """Give ``replacement`` the capitalisation of ``original`` ("Refused" → "Declined")."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class TermRule(Rule):
    """Base for rules that flag lexicon terms of given kinds in the writer's own voice."""

    kinds: ClassVar[tuple[str, ...]] = ()
    #: Skip matches inside quoted or attributed speech (the client's own words).
    worker_voice_only: ClassVar[bool] = True
    #: Still flag a match inside unquoted speech attributed to staff (``ctx.staff_hearsay``).
    staff_hearsay_counts: ClassVar[bool] = False
    #: Sections where the rule never fires (e.g. the header block is None).
    skip_sections: ClassVar[frozenset[str | None]] = frozenset()

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s, e, term in ctx.term_hits:
            if term.entry.kind not in self.kinds:
                continue
            if (
                self.worker_voice_only
                and ctx.in_reported(s, e)
                and not (self.staff_hearsay_counts and ctx.staff_hearsay(s, e))
            ):
                continue
            if ctx.section_of(s) in self.skip_sections or not self.accept(ctx, s, e):
                continue
            entry = term.entry
            if entry.replace:
                yield self.finding(
                    ctx,
                    s,
                    e,
                    severity=entry.severity,
                    suggestion=match_case(entry.replace, ctx.text[s:e]),
                    replacement=True,
                    term=ctx.text[s:e],  # the words as written, not the headword
                    advice=entry.suggestion,
                )
            else:
                yield self.finding(
                    ctx,
                    s,
                    e,
                    severity=entry.severity,
                    suggestion=entry.suggestion,
                    term=ctx.text[s:e],  # the words as written, not the headword
                    advice=entry.suggestion,
                )

    def accept(self, ctx: CheckContext, start: int, end: int) -> bool:
        """Hook for context checks beyond the lexicon's own guards."""
        return True


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class PhraseRule(Rule):
    """Base for rules that flag a cue phrase from one lexicon list, in the writer's own voice.

    The finding covers the phrase's sentence (a clause in Thai), because the fix is to rewrite
    the sentence, not to delete a word. Quoted or attributed speech is the client's, not the
    writer's, and is never flagged.
    """

    list_name: ClassVar[str] = ""
    #: Sections where the rule never fires (None is the header block).
    skip_sections: ClassVar[frozenset[str | None]] = frozenset()

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        seen: set[tuple[int, int]] = set()
        for s, e in ctx.config.phrases(self.list_name).finditer(ctx.text):
            if ctx.in_reported(s, e) or not self.accept(ctx, s, e):
                continue
            if ctx.parsed.sections and ctx.section_of(s) in self.skip_sections:
                continue
            sent = ctx.sentence_at(s)
            if sent in seen:
                continue
            seen.add(sent)
            yield self.finding(ctx, min(sent[0], s), max(sent[1], e), term=ctx.text[s:e])

    def accept(self, ctx: CheckContext, start: int, end: int) -> bool:
        """Hook for context checks beyond the lexicon's own patterns."""
        return True
