"""Loads the editable word lists (``lexicon.yaml``) once: protected terms, titles, role words.

Kept as data so an organisation can add a local drug name or a kin term without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.redact.regex_gate import bucketed, gated

_LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
#: Names of things (products, apps, shows, dishes, festivals) and of chains (shops, banks,
#: delivery companies) that identify nobody where a client buys, eats or plays (session 16).
_NAMED_THINGS_FILE = Path(__file__).with_name("data") / "named_things.yaml"
_THAI = re.compile(r"[\u0E00-\u0E7F]")


@dataclass(frozen=True)
class Lexicon:
    """The word lists, as sets and compiled patterns ready for matching."""

    protected_terms: tuple[str, ...]
    protected_re: re.Pattern[str]
    protected_lower: frozenset[str]
    en_honorifics: frozenset[str]
    en_roles: frozenset[str]
    th_strong_titles: frozenset[str]
    th_soft_titles: frozenset[str]
    th_roles_before_latin: tuple[str, ...]
    th_not_names: frozenset[str]
    th_nickname_cues: tuple[str, ...]
    th_eye_words: frozenset[str]
    th_strict_titles: frozenset[str]
    en_generic_org_words: frozenset[str]
    th_not_surnames: frozenset[str]
    th_name_pieces: frozenset[str]
    th_loanword_re: re.Pattern[str]
    th_conditions: frozenset[str]
    name_opening_honorifics: frozenset[str]
    th_name_opening_honorifics: tuple[str, ...]
    th_clause_openers: frozenset[str]
    th_role_nouns: frozenset[str]
    th_word_nicknames: frozenset[str]
    latin_thai_nicknames: frozenset[str]
    en_virtue_names: frozenset[str]
    th_work_towns: frozenset[str]
    #: Named things and chains (``data/named_things.yaml``), in Latin and in Thai letters.
    thing_re: re.Pattern[str] | None = None
    th_thing_re: re.Pattern[str] | None = None
    chain_re: re.Pattern[str] | None = None
    th_chain_re: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The bundled lexicon, parsed once per process."""
    data = yaml.safe_load(_LEXICON_FILE.read_text(encoding="utf-8"))
    things = yaml.safe_load(_NAMED_THINGS_FILE.read_text(encoding="utf-8"))
    thing_names = [str(t) for t in things["things"]]
    chain_names = [str(t) for t in things["chains"]]
    terms = tuple(sorted({str(t) for t in data["protected_terms"]}, key=len, reverse=True))
    # whole-word, case-insensitive, optional possessive; Thai-safe edges (no \b on Thai)
    # acronyms and short terms match case-sensitively (mRS must not match "Mrs", NA not "na")
    protected_re = _latin_terms_re(list(terms))
    thing_re = _latin_terms_re([t for t in thing_names if not _THAI.search(t)])
    chain_re = _latin_terms_re([t for t in chain_names if not _THAI.search(t)])
    # Thai loanwords, things and chains: matched where a syllable starts and ends (_thai_terms_re)
    conditions = frozenset(str(t) for t in data.get("th_condition_loanwords", ()))
    loans = sorted({str(t) for t in data.get("th_loanwords", ())} | conditions, key=len, reverse=True)
    th_loanword_re = _thai_terms_re(loans)
    th_thing_re = _thai_terms_re([t for t in thing_names if _THAI.search(t)])
    th_chain_re = _thai_terms_re([t for t in chain_names if _THAI.search(t)])
    return Lexicon(
        protected_terms=terms,
        protected_re=protected_re,
        protected_lower=frozenset(t.lower() for t in terms),
        en_honorifics=frozenset(data["en_honorifics"]),
        en_roles=frozenset(r.lower() for r in data["en_roles"]),
        th_strong_titles=frozenset(data["th_strong_titles"]),
        th_soft_titles=frozenset(data["th_soft_titles"]),
        th_roles_before_latin=tuple(sorted(data["th_roles_before_latin"], key=len, reverse=True)),
        th_not_names=frozenset(data["th_not_names"]),
        th_nickname_cues=tuple(sorted(data["th_nickname_cues"], key=len, reverse=True)),
        th_eye_words=frozenset(data["th_eye_words"]),
        th_strict_titles=frozenset(data["th_strict_titles"]),
        en_generic_org_words=frozenset(w.lower() for w in data["en_generic_org_words"]),
        th_not_surnames=frozenset(data["th_not_surnames"]),
        th_name_pieces=frozenset(data["th_name_pieces"]),
        th_loanword_re=th_loanword_re,
        th_conditions=conditions,
        name_opening_honorifics=frozenset(data["name_opening_honorifics"]),
        th_name_opening_honorifics=tuple(sorted(data["th_name_opening_honorifics"], key=len, reverse=True)),
        th_clause_openers=frozenset(data["th_clause_openers"]),
        th_role_nouns=frozenset(data["th_role_nouns"]),
        th_word_nicknames=frozenset(data["th_word_nicknames"]),
        latin_thai_nicknames=frozenset(data["latin_thai_nicknames"]),
        en_virtue_names=frozenset(data["en_virtue_names"]),
        th_work_towns=frozenset(data["th_work_towns"]),
        thing_re=thing_re,
        th_thing_re=th_thing_re,
        chain_re=chain_re,
        th_chain_re=th_chain_re,
    )


def _title_or_lower(term: str) -> bool:
    """Each word capitalised at most on its first letter (Loy Krathong, Beck Depression Inventory,
    methadone): a dictated note writes it in lower case (session 26). Acronyms (PHQ-9, GAD-7) and
    mixed case (PrEP) stay as written."""
    return all(w[1:] == w[1:].lower() for w in term.split())


def _latin_terms_re(terms: list[str]) -> re.Pattern[str]:
    """Whole words, case-insensitive when long and not an acronym, with an optional possessive."""
    terms = sorted(set(terms), key=len, reverse=True)
    # longest first across both kinds: a capitalised phrase (Alzheimer Society) must win over a
    # folded word it opens (alzheimer), or the phrase is cut to its first word (session 21)
    alternation = bucketed(
        (t, f"(?i:{re.escape(t)})" if len(t) >= 5 and _title_or_lower(t) else re.escape(t)) for t in terms
    )
    return gated(re.compile(
        rf"(?<![A-Za-z0-9\u00C0-\u024F])(?:{alternation})(?:['’]s)?(?![A-Za-z0-9\u00C0-\u024F])"
    ))


def _thai_terms_re(terms: list[str]) -> re.Pattern[str]:
    """Thai-letter terms, longest first, where a syllable starts and ends: not after a leading
    vowel (mid-syllable) nor before a vowel, tone mark or thanthakhat (the word goes on: เฟล|ิกซ์
    is a name, not "fail")."""
    alternation = bucketed((t, re.escape(t)) for t in sorted(set(terms), key=len, reverse=True))
    return gated(re.compile(rf"(?<![\u0E40-\u0E44])(?:{alternation})(?![\u0E30-\u0E3A\u0E45\u0E47-\u0E4E])"))
