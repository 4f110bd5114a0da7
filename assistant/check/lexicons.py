"""Vocabulary as data: the YAML lexicons the rules read, validated by pydantic, failing loudly.

An organisation edits words, not code: judgemental terms with their neutral alternatives, the
accepted abbreviations, the cue phrases each rule looks for and the timeliness threshold all
live in ``assistant/check/lexicons/*.{en,th}.yaml`` (plus ``timeliness.yaml``). A folder given as
``rules_data_dir`` (``Settings.rules_data_dir``) may hold files with the same names: a file there
replaces the bundled one, or, with ``extend: true`` at its top, adds to its lists.

Phrase entries are literal text; an entry starting with ``re:`` is a regular expression. English
phrases match on word boundaries, case-insensitively. Thai phrases match only where PyThaiNLP's
``newmm`` tokens start and end (so ``บ้า`` never fires inside ``บ้าน``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.errors import InputError
from assistant.models import Severity
from assistant.text.thai import ThaiTokenizer, build_tokenizer, has_thai

BUNDLED_DIR = Path(__file__).with_name("lexicons")
LANGS = ("en", "th")
DEFAULT_THRESHOLD_HOURS = 24.0


class LexiconError(InputError):
    """A lexicon file is missing, unreadable or does not match its schema."""


TermKind = Literal[
    "label",
    "compliance",
    "identity",
    "slang",
    "suicide",
    "motive",
    "doubt",
    "accusation",
    "age",
    "blame",
    "sarcasm",
    "paternalism",
]


def _check_patterns(values: list[str]) -> list[str]:
    for value in values:
        if value.startswith("re:"):
            try:
                re.compile(value[3:])
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from None
        elif not value.strip():
            raise ValueError("empty phrase")
    return values


class TermEntry(BaseModel):
    """One judgemental or stigmatising term and what to write instead."""

    model_config = ConfigDict(extra="forbid")

    term: str = Field(min_length=1, description="Display form, e.g. 'non-compliant'.")
    forms: list[str] = Field(
        default_factory=list, description="Spellings to match (default: term)."
    )
    kind: TermKind
    severity: Severity = Severity.WARNING
    suggestion: str = Field(min_length=1, description="Neutral alternative or what to describe.")
    replace: str | None = Field(
        default=None, description="A neutral word that can replace the match verbatim."
    )
    unless_before: list[str] = Field(
        default_factory=list, description="Regexes: skip when the text right after the match fits."
    )
    unless_after: list[str] = Field(
        default_factory=list, description="Regexes: skip when the text right before the match fits."
    )

    _v_forms = field_validator("forms")(_check_patterns)

    @field_validator("unless_before", "unless_after")
    @classmethod
    def _regexes(cls, values: list[str]) -> list[str]:
        return _check_patterns([f"re:{v}" for v in values]) and values


class TermLexicon(BaseModel):
    """``judgemental.<lang>.yaml``."""

    model_config = ConfigDict(extra="forbid")
    language: Literal["en", "th"]
    terms: list[TermEntry]


class AbbreviationLexicon(BaseModel):
    """``abbreviations.<lang>.yaml``: forms a newcomer can read, and private shorthand."""

    model_config = ConfigDict(extra="forbid")
    language: Literal["en", "th"]
    accepted: list[str] = Field(description="Abbreviations that need no expansion.")
    shorthand: list[str] = Field(
        default_factory=list, description="Telegraphic forms that always need rewriting."
    )
    expansions: dict[str, str] = Field(
        default_factory=dict, description="Known expansions offered as suggestions."
    )


PHRASE_LISTS = (
    # objectivity
    "opinion_markers",
    "speculation_markers",
    "emotion_labels",
    "evidence_cues",
    # voice
    "reporting_verbs",
    "client_nouns",
    # structure
    "interpretation_markers",
    "observation_cues",
    "worker_future_actions",
    # completeness
    "instrument_words",
    "completion_words",
    "result_words",
    "significant_events",
    "outcome_cues",
    # goals
    "goal_labels",
    "vague_goal_words",
    "observable_goal_verbs",
    "measure_words",
    "timeframe_words",
    # interventions
    "intervention_specific",
    "intervention_vague",
    "response_cues",
    "followup_cues",
    "vague_followup",
    "continue_markers",
    # relevance
    "off_topic",
    "gossip_markers",
    "care_link",
    "worker_self",
    # timeliness
    "session_labels",
    "written_labels",
    "next_labels",
    # confidentiality
    "person_titles",
    "relation_words",
    "not_names",
    # risk (completeness.risk-assessment-missing, interventions.risk-without-safety-plan)
    "risk_statements",
    "risk_violence",
    "risk_negations",
    "risk_hypotheticals",
    "risk_third_parties",
    "risk_element_plan",
    "risk_element_intent",
    "risk_element_means",
    "risk_element_history",
    "risk_element_factors",
    "risk_element_protective",
    "risk_element_level",
    "risk_element_tool",
    "safety_cues",
)
#: Lists added after organisations began keeping their own phrase files: a replacement file
#: without them stays valid (they default to empty there).
OPTIONAL_LISTS = (
    # goals / interventions: where a measure is read from (per the attendance record, ตามสมุดบันทึก)
    "measure_sources",
    # interventions: a plan item labelled as what was done today (Intervention today:, การแทรกแซง:)
    "intervention_labels",
    # clarity: summaries that say nothing checkable (stuff, etc., same as usual, ก็โอเค, ฯลฯ)
    "vague_summaries",
    # objectivity: certainty about what was not observed (definitely, แน่นอน, ไม่มีทาง)
    "certainty_markers",
    # tone: a judgement about a whole group of people (typical …, พวก…, … ทุกคน)
    "group_generalisations",
    # timeliness: the note says it was written late or from memory (บันทึกย้อนหลัง)
    "late_writeup",
    # goals: an effort promise written in place of a goal (try harder, รับปากว่าจะพยายาม) — round 7
    "vague_commitments",
)


class PhraseLexicon(BaseModel):
    """``phrases.<lang>.yaml``: every cue list the rules use, by name."""

    model_config = ConfigDict(extra="forbid")
    language: Literal["en", "th"]
    lists: dict[str, list[str]]

    @field_validator("lists")
    @classmethod
    def _all_lists(cls, lists: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = [n for n in PHRASE_LISTS if n not in lists]
        unknown = [n for n in lists if n not in PHRASE_LISTS and n not in OPTIONAL_LISTS]
        if missing or unknown:
            raise ValueError(f"missing lists {missing}; unknown lists {unknown}")
        for values in lists.values():
            _check_patterns(values)
        return lists


class TimelinessConfig(BaseModel):
    """``timeliness.yaml``: when a note counts as late, and how numeric dates are read."""

    model_config = ConfigDict(extra="forbid")
    threshold_hours: float = Field(default=DEFAULT_THRESHOLD_HOURS, gt=0)
    date_order_en: Literal["mdy", "dmy"] = "mdy"
    date_order_th: Literal["mdy", "dmy"] = "dmy"


class ScoringConfig(BaseModel):
    """Cost of one finding by severity, used by ``scoring.py``."""

    model_config = ConfigDict(extra="forbid")
    error: float = 0.5
    warning: float = 0.25
    info: float = 0.05


# --------------------------------------------------------------------------- compiled matchers


def _trie_pattern(words: list[str]) -> str:
    """One regex for many literal phrases, sharing prefixes (much faster than a flat alternation)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def lower_pattern(source: str) -> str:
    """Lower-case a regex source outside backslash escapes (``[A-Z]`` → ``[a-z]``, ``\\S`` kept)."""
    out = []
    escaped = False
    for ch in source:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


def lowered(text: str) -> str:
    """``text.lower()`` when that keeps every offset; otherwise the text itself.

    Matching lower-cased patterns against lower-cased text is about twice as fast as
    ``re.IGNORECASE``; the result is cached for the text last seen.
    """
    if len(text) < 64:
        low = text.lower()
        return low if len(low) == len(text) else text
    for key, value in _LOW_CACHE:
        if key is text:
            return value
    low = text.lower()
    if len(low) != len(text):
        low = text
    _LOW_CACHE.insert(0, (text, low))
    del _LOW_CACHE[4:]
    return low


_LOW_CACHE: list[tuple[str, str]] = []


def _alternation(phrases: list[str]) -> str:
    """Regex source matching any of ``phrases`` (literals as a prefix trie), lower-cased."""
    literals = sorted({" ".join(p.lower().split()) for p in phrases if not p.startswith("re:")})
    regexes = [f"(?:{lower_pattern(p[3:])})" for p in phrases if p.startswith("re:")]
    alts = ([_trie_pattern(literals)] if literals else []) + regexes
    return "(?:" + "|".join(alts) + ")" if alts else ""


def compile_phrases(phrases: list[str], lang: str) -> re.Pattern[str] | None:
    """Compile literal phrases (as a prefix trie) and ``re:`` entries into one lower-case pattern.

    Match it against :func:`lowered` text.
    """
    literals = sorted({" ".join(p.lower().split()) for p in phrases if not p.startswith("re:")})
    regexes = [f"(?:{lower_pattern(p[3:])})" for p in phrases if p.startswith("re:")]
    alts = ([_trie_pattern(literals)] if literals else []) + regexes
    if not alts:
        return None
    body = "(?:" + "|".join(alts) + ")"
    if lang == "en":
        return re.compile(r"(?<![\w])" + body + r"(?![\w])")
    return re.compile(body)


class PhraseSet:
    """A list of phrases in one language compiled to one regex, with Thai token checks."""

    def __init__(self, phrases: list[str], lang: str, tokenizer: ThaiTokenizer | None) -> None:
        self.lang = lang
        self.phrases = phrases
        self._tok = tokenizer
        self.regex = compile_phrases(phrases, lang) if phrases else None

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of each match inside ``text[start:end]`` (offsets into ``text``)."""
        if self.regex is None:
            return
        end = len(text) if end is None else end
        for m in self.regex.finditer(lowered(text), start, end):
            s, e = m.span()
            if s == e:
                continue
            if self._tok is not None and has_thai(m.group(0)) and not self.boundary_ok(text, s, e):
                continue
            yield s, e

    def boundary_ok(self, text: str, s: int, e: int) -> bool:
        """A Thai match must start on a token boundary and end on one (or, for a long phrase,
        where a dictionary word begins: newmm sometimes mis-splits the next word, «เมายา|มา»)."""
        tok = self._tok
        if tok is None:
            return True
        if not tok.is_boundary(text, s):
            return False
        return tok.is_boundary(text, e) or (e - s >= 4 and tok.starts_word(text, e))

    def search(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The first match, or None."""
        return next(self.finditer(text, start, end), None)


class Phrases:
    """The same named list in both languages: matches are English then Thai."""

    def __init__(self, sets: list[PhraseSet]) -> None:
        self.sets = sets

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int]]:
        for s in self.sets:
            yield from s.finditer(text, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        return next(self.finditer(text, start, end), None)

    def any(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return self.search(text, start, end) is not None


class CompiledTerm:
    """A term entry with its regexes compiled."""

    def __init__(self, entry: TermEntry, lang: str, tokenizer: ThaiTokenizer | None) -> None:
        self.entry = entry
        self.lang = lang
        self.matcher = PhraseSet(
            entry.forms or [entry.term], lang, tokenizer if lang == "th" else None
        )
        self.unless_before = [re.compile(lower_pattern(p)) for p in entry.unless_before]
        self.unless_after = [re.compile(lower_pattern(p) + r"$") for p in entry.unless_after]

    def accepts(self, text: str, s: int, e: int) -> bool:
        """Guards and Thai token boundaries for a match found elsewhere."""
        if (
            self.matcher._tok is not None
            and has_thai(text[s:e])
            and not self.matcher.boundary_ok(text, s, e)
        ):
            return False
        return self.unguarded(text, s, e)

    def unguarded(self, text: str, s: int, e: int) -> bool:
        """False when the words just after or before the match cancel it (``unless_*``)."""
        low = lowered(text)
        after = low[e : e + 40]
        before = low[max(0, s - 40) : s]
        if any(p.match(after) for p in self.unless_before):
            return False
        return not any(p.search(before) for p in self.unless_after)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int]]:
        for s, e in self.matcher.finditer(text, start, end):
            if self.unguarded(text, s, e):
                yield s, e


class CheckConfig:
    """Everything the rules read: validated lexicons, compiled matchers, thresholds.

    Built by :func:`load_config`; immutable in use and safe to share between threads.
    """

    def __init__(
        self,
        terms: dict[str, TermLexicon],
        abbreviations: dict[str, AbbreviationLexicon],
        phrases: dict[str, PhraseLexicon],
        timeliness: TimelinessConfig,
        scoring: ScoringConfig,
    ) -> None:
        self.term_lexicons = terms
        self.abbreviation_lexicons = abbreviations
        self.phrase_lexicons = phrases
        self.timeliness = timeliness
        self.scoring = scoring

    @property
    def threshold_hours(self) -> float:
        return self.timeliness.threshold_hours

    @cached_property
    def tokenizer(self) -> ThaiTokenizer:
        """Thai tokenizer whose dictionary keeps every Thai lexicon phrase whole."""
        words: set[str] = set()
        th_terms = self.term_lexicons["th"].terms
        for t in th_terms:
            words.update(f for f in (t.forms or [t.term]) if not f.startswith("re:"))
        for values in self.phrase_lexicons["th"].lists.values():
            words.update(v for v in values if not v.startswith("re:"))
        return build_tokenizer(frozenset(words))

    @cached_property
    def terms(self) -> list[CompiledTerm]:
        out = []
        for lang in LANGS:
            tok = self.tokenizer if lang == "th" else None
            out.extend(CompiledTerm(t, lang, tok) for t in self.term_lexicons[lang].terms)
        return out

    def terms_of(self, kind: str) -> list[CompiledTerm]:
        return [t for t in self.terms if t.entry.kind == kind]

    @cached_property
    def _term_index(
        self,
    ) -> dict[str, tuple[re.Pattern[str] | None, dict[str, CompiledTerm], list[CompiledTerm]]]:
        """Per language: one fast pattern for every term form, a literal → term map, and the
        terms with regex forms (tried only where the fast pattern matched)."""
        out = {}
        for lang in LANGS:
            terms = [t for t in self.terms if t.lang == lang]
            forms: list[str] = []
            literal: dict[str, CompiledTerm] = {}
            regex_terms: list[CompiledTerm] = []
            for t in terms:
                t_forms = t.entry.forms or [t.entry.term]
                forms.extend(t_forms)
                for f in t_forms:
                    if f.startswith("re:"):
                        if t not in regex_terms:
                            regex_terms.append(t)
                    else:
                        literal.setdefault(" ".join(f.lower().split()), t)
            out[lang] = (compile_phrases(forms, lang) if forms else None, literal, regex_terms)
        return out

    def term_hits(self, text: str) -> list[tuple[int, int, CompiledTerm]]:
        """Every (start, end, term) in ``text``, guards and Thai token boundaries applied."""
        hits: list[tuple[int, int, CompiledTerm]] = []
        low = lowered(text)
        for lang, (pattern, literal, regex_terms) in self._term_index.items():
            if pattern is None or (lang == "th" and not has_thai(text)):
                continue
            for m in pattern.finditer(low):
                s, e = m.span()
                term = literal.get(" ".join(m.group(0).split()))
                if term is None:
                    for t in regex_terms:
                        tm = t.matcher.regex.match(low, s) if t.matcher.regex else None
                        if tm is not None and tm.end() == e:
                            term = t
                            break
                if term is not None and term.accepts(text, s, e):
                    hits.append((s, e, term))
        return hits

    @cached_property
    def _phrases(self) -> dict[str, Phrases]:
        out = {}
        for name in PHRASE_LISTS + OPTIONAL_LISTS:
            sets = []
            for lang in LANGS:
                values = self.phrase_lexicons[lang].lists.get(name, [])
                sets.append(PhraseSet(values, lang, self.tokenizer if lang == "th" else None))
            out[name] = Phrases(sets)
        return out

    def phrases(self, name: str) -> Phrases:
        """The compiled bilingual phrase list ``name`` (from ``PHRASE_LISTS`` or ``OPTIONAL_LISTS``)."""
        return self._phrases[name]

    def raw_list(self, name: str, lang: str) -> list[str]:
        return self.phrase_lexicons[lang].lists.get(name, [])

    @cached_property
    def accepted_abbreviations(self) -> frozenset[str]:
        out: set[str] = set()
        for lex in self.abbreviation_lexicons.values():
            out.update(lex.accepted)
        return frozenset(out)

    @cached_property
    def shorthand(self) -> Phrases:
        return Phrases(
            [
                PhraseSet(
                    self.abbreviation_lexicons[lang].shorthand,
                    lang,
                    self.tokenizer if lang == "th" else None,
                )
                for lang in LANGS
            ]
        )

    @cached_property
    def expansions(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for lex in self.abbreviation_lexicons.values():
            out.update(lex.expansions)
        return out


# --------------------------------------------------------------------------- loading


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"Cannot read lexicon file {path.name}: {type(exc).__name__}.") from None
    if not isinstance(data, dict):
        raise LexiconError(f"Lexicon file {path.name} must hold a mapping at the top level.")
    return data


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        if key == "extend":
            continue
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _load(name: str, model: type[BaseModel], override_dir: Path | None) -> BaseModel:
    data = _read_yaml(BUNDLED_DIR / name)
    if override_dir is not None and (override_dir / name).is_file():
        extra = _read_yaml(override_dir / name)
        data = (
            _merge(data, extra)
            if extra.get("extend")
            else {k: v for k, v in extra.items() if k != "extend"}
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        where = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()[:5]
        )
        raise LexiconError(f"Lexicon file {name} is invalid ({where}).") from None


def load_config(
    rules_data_dir: Path | None = None, timeliness_threshold_hours: float = DEFAULT_THRESHOLD_HOURS
) -> CheckConfig:
    """Load and validate every lexicon (bundled, then overrides from ``rules_data_dir``).

    ``timeliness_threshold_hours`` (``Settings.timeliness_threshold_hours``) wins over
    ``timeliness.yaml`` when it differs from the 24-hour default. Raises :class:`LexiconError`
    (a user-facing :class:`~assistant.errors.InputError`) naming the file and field at fault.
    """
    if rules_data_dir is not None and not Path(rules_data_dir).is_dir():
        raise LexiconError(
            "The rules data folder does not exist; check the rules_data_dir setting."
        )
    return _load_config(
        Path(rules_data_dir) if rules_data_dir else None, float(timeliness_threshold_hours)
    )


@lru_cache(maxsize=8)
def _load_config(rules_data_dir: Path | None, threshold: float) -> CheckConfig:
    terms = {lang: _load(f"judgemental.{lang}.yaml", TermLexicon, rules_data_dir) for lang in LANGS}
    abbreviations = {
        lang: _load(f"abbreviations.{lang}.yaml", AbbreviationLexicon, rules_data_dir)
        for lang in LANGS
    }
    phrases = {lang: _load(f"phrases.{lang}.yaml", PhraseLexicon, rules_data_dir) for lang in LANGS}
    timeliness = _load("timeliness.yaml", TimelinessConfig, rules_data_dir)
    assert isinstance(timeliness, TimelinessConfig)
    if threshold != DEFAULT_THRESHOLD_HOURS:
        timeliness = timeliness.model_copy(update={"threshold_hours": threshold})
    scoring = _load("scoring.yaml", ScoringConfig, rules_data_dir)
    for lang in LANGS:
        for lex in (terms[lang], abbreviations[lang], phrases[lang]):
            if lex.language != lang:  # type: ignore[attr-defined]
                raise LexiconError(f"A {lang} lexicon file declares another language.")
    return CheckConfig(terms, abbreviations, phrases, timeliness, scoring)  # type: ignore[arg-type]
