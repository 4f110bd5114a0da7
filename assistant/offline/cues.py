"""Cue vocabularies for the offline drafter, loaded once from ``cues/*.yaml``.

Why data plus a small matcher: the vocabularies (reporting verbs, observation words, plan words,
named techniques, labels) are what a reviewer extends when a service writes differently, and they
must be readable by someone who knows Thai or English but not Python. This module turns each list
into one compiled matcher; the YAML is validated here so a typo fails loudly at import time of the
first draft, not silently as a missed cue.

Matching rules: English entries match case-insensitively between non-alphanumeric boundaries
(``f/u``, ``c/o`` work) and a trailing ``*`` matches the rest of a word; Thai entries under ``th``
match as substrings; Thai entries under ``th_word`` match only on PyThaiNLP ``newmm`` token
boundaries, so ``ทำ`` ("did") does not fire inside ``ทำงาน`` ("works").
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

CUES_DIR = Path(__file__).with_name("cues")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
_LATIN = re.compile(r"[A-Za-z0-9]")

#: Longer texts skip token-bounded Thai matching: tokenising megabytes is slow and only odd input
#: is that long (a jotting statement is a line or a clause).
MAX_TOKENISE_CHARS = 2_000


def has_thai(text: str) -> bool:
    """True when the text holds at least one Thai character."""
    return _THAI.search(text) is not None


@cache
def load_yaml(name: str) -> dict:
    """One cue file as a dict; cached so each file is read once per process."""
    with (CUES_DIR / name).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"cue file {name} must hold a mapping")
    return data


def _en_pattern(entries: Iterable[str]) -> re.Pattern[str] | None:
    parts: list[str] = []
    for entry in sorted({str(e).strip() for e in entries if str(e).strip()}, key=len, reverse=True):
        wildcard = entry.endswith("*")
        body = re.escape(entry.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"[\w-]*" if wildcard else ""))
    if not parts:
        return None
    return re.compile(
        r"(?<![A-Za-z0-9])(?=[A-Za-z0-9])(?:" + "|".join(parts) + r")(?![A-Za-z0-9]|-[A-Za-z])",
        re.IGNORECASE,
    )


def _th_pattern(entries: Iterable[str]) -> re.Pattern[str] | None:
    items = sorted({str(e).strip() for e in entries if str(e).strip()}, key=len, reverse=True)
    if not items:
        return None
    return re.compile("|".join(re.escape(e) for e in items))


@lru_cache(maxsize=4096)
def thai_tokens(text: str) -> tuple[str, ...]:
    """``newmm`` tokens of a Thai (or mixed) text, whitespace dropped; cached per text."""
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    from pythainlp.tokenize import word_tokenize  # imported late: ~0.6 s dictionary load

    return tuple(t for t in word_tokenize(text, engine="newmm", keep_whitespace=False) if t.strip())


class Lexicon:
    """One vocabulary in both languages, answering "does this text hold a cue, and which"."""

    def __init__(
        self, en: Iterable[str] = (), th: Iterable[str] = (), th_word: Iterable[str] = ()
    ) -> None:
        self.en = _en_pattern(en)
        self.th = _th_pattern(th)
        self._th_words = tuple(sorted({str(w).strip() for w in th_word if str(w).strip()}))
        self._th_word_seqs: tuple[str, ...] | None = None

    def _word_seqs(self) -> tuple[str, ...]:
        # cue words tokenised lazily, once: a multi-token cue must match as a token sequence
        if self._th_word_seqs is None:
            self._th_word_seqs = tuple(
                "\x1f" + "\x1f".join(thai_tokens(w) or (w,)) + "\x1f" for w in self._th_words
            )
        return self._th_word_seqs

    def matches(self, text: str) -> list[str]:
        """Every cue found in ``text`` (surface forms, in no particular order)."""
        found: list[str] = []
        if self.en is not None and _LATIN.search(text):
            found.extend(m.group(0) for m in self.en.finditer(text))
        if has_thai(text):
            if self.th is not None:
                found.extend(m.group(0) for m in self.th.finditer(text))
            if self._th_words:
                if len(text) > MAX_TOKENISE_CHARS:
                    found.extend(w for w in self._th_words if w in text)
                else:
                    joined = "\x1f" + "\x1f".join(thai_tokens(text)) + "\x1f"
                    found.extend(
                        w
                        for w, seq in zip(self._th_words, self._word_seqs(), strict=True)
                        if seq in joined
                    )
        return found

    def search(self, text: str) -> bool:
        """True when ``text`` holds at least one cue."""
        if self.en is not None and self.en.search(text):
            return True
        if not has_thai(text):
            return False
        if self.th is not None and self.th.search(text):
            return True
        return bool(self._th_words) and bool(self.matches(text))

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Regex matches (English and Thai substring entries only), in text order."""
        out: list[re.Match[str]] = []
        for pattern in (self.en, self.th if has_thai(text) else None):
            if pattern is not None:
                out.extend(pattern.finditer(text))
        return sorted(out, key=lambda m: m.start())


class CueGroup(BaseModel):
    """A weighted group of section cues as written in ``sections.yaml``."""

    model_config = ConfigDict(extra="forbid")

    weight: float = Field(gt=0)
    en: list[str] = Field(default_factory=list)
    th: list[str] = Field(default_factory=list)
    th_word: list[str] = Field(default_factory=list)


class LangLists(BaseModel):
    """An English and a Thai word list."""

    model_config = ConfigDict(extra="forbid")

    en: list[str] = Field(default_factory=list)
    th: list[str] = Field(default_factory=list)


#: Sections of the internal SOAP sorting, as (code, key in sections.yaml).
SECTION_KEYS = {"S": "subjective", "O": "objective", "A": "assessment", "P": "plan"}


class Cues:
    """Every compiled vocabulary the drafter uses; build once with :func:`cues`."""

    def __init__(self) -> None:
        raw = load_yaml("sections.yaml")
        self.sections: dict[str, list[tuple[float, Lexicon]]] = {}
        for code, key in SECTION_KEYS.items():
            groups = [CueGroup.model_validate(g) for g in raw[key]]
            self.sections[code] = [(g.weight, Lexicon(g.en, g.th, g.th_word)) for g in groups]

        speech = LangLists.model_validate(raw["reported_speech"])
        self.reported_speech = Lexicon(speech.en, speech.th)

        iv = load_yaml("interventions.yaml")
        tech = LangLists.model_validate(iv["techniques"])
        self.techniques = Lexicon(tech.en, tech.th)
        act = LangLists.model_validate(iv["actions"])
        self.actions = Lexicon(act.en, act.th)
        nd = LangLists.model_validate(iv["not_done"])
        self.not_done = Lexicon(nd.en, th_word=nd.th)

        resp_raw = dict(load_yaml("response.yaml"))
        agreement = LangLists.model_validate(resp_raw.pop("agreement", {}))
        resp = LangLists.model_validate(resp_raw)
        self.response = Lexicon(resp.en, resp.th)
        self.agreement = Lexicon(agreement.en, agreement.th)

        fu = load_yaml("followup.yaml")
        explicit = LangLists.model_validate(fu["explicit"])
        with_date = LangLists.model_validate(fu["with_date"])
        self.followup = Lexicon(explicit.en, explicit.th)
        self.followup_with_date = Lexicon(with_date.en, with_date.th)
        ahead = LangLists.model_validate(fu.get("ahead", {}))
        self.followup_ahead = Lexicon(ahead.en, ahead.th)

        goals = load_yaml("goals.yaml")
        label = LangLists.model_validate(goals["label"])
        self.goal_label = Lexicon(label.en, label.th)
        self.goal_measure = [re.compile(p, re.IGNORECASE) for p in goals["measure_regex"]]
        self.goal_time = [re.compile(p, re.IGNORECASE) for p in goals["time_regex"]]
        ach = LangLists.model_validate(goals["achievable"])
        self.goal_achievable = Lexicon(ach.en, ach.th)

        inst = LangLists.model_validate(load_yaml("instruments.yaml"))
        self.instruments = Lexicon(inst.en, inst.th)

        labels = load_yaml("labels.yaml")
        self.labels: dict[str, str] = {}
        for category in ("S", "O", "A", "P", "I", "R", "G"):
            for word in labels.get(category, []):
                self.labels.setdefault(_label_key(str(word)), category)
        self.strip_labels = {_label_key(str(w)) for w in labels.get("strip", [])}

        norm = load_yaml("normalise.yaml")
        self.expansions: dict[str, dict[str, str]] = {}
        for lang, table in norm.items():
            exact: dict[str, str] = {}
            for key, value in table.items():
                key, value = str(key), str(value)
                exact.setdefault(key, value)
                exact.setdefault(key[:1].upper() + key[1:], value[:1].upper() + value[1:])
            self.expansions[lang] = exact
        self.prompts: dict[str, dict[str, str]] = load_yaml("prompts.yaml")

    def section_scores(self, text: str) -> dict[str, float]:
        """Weighted cue score per section code (S, O, A, P) for one statement."""
        scores: dict[str, float] = {}
        for code, groups in self.sections.items():
            total = 0.0
            for weight, lexicon in groups:
                hits = len(set(m.lower() for m in lexicon.matches(text)))
                total += weight * min(hits, 2)
            scores[code] = total
        return scores


def _label_key(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().lower())


def label_key(word: str) -> str:
    """The lookup key for a label as written before a colon (case and spacing folded)."""
    return _label_key(word)


@cache
def cues() -> Cues:
    """The process-wide compiled cues (built on first use)."""
    return Cues()
