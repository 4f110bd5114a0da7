"""A regex recognizer with our own case handling and an optional per-match validator.

Presidio's ``PatternRecognizer`` applies the registry's global flags (IGNORECASE by default),
which would make "frank" match a name rule meant for "Frank"; this base keeps each pattern's
flags as compiled and lets a rule choose the group that is the identifier (cue words stay
outside the span).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.regex_gate import gated

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


_THAI_DIGIT = re.compile("[๐-๙]")


def to_ascii_digits(text: str) -> str:
    """Thai digits → ASCII digits; same length, so offsets stay valid. Every recognizer calls
    this on text the analyzer already normalised: a scan for a Thai digit is far cheaper than
    a translate that would change nothing."""
    return text.translate(THAI_DIGITS) if _THAI_DIGIT.search(text) else text


def line_around(text: str, start: int, end: int) -> str:
    """The whole line a match from ``start`` to ``end`` stands on: rules that judge a match by its
    line (a study cue, a home word, how much of it is lower case) read it here."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]


#: Months, weekdays and times of day written in capitals as a code's letter part: JAN-15-2026 is a
#: date, not a reference.
CALENDAR_PARTS = frozenset({
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
    "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "AM", "PM", "Q",
})


@dataclass(frozen=True)
class Rule:
    """One pattern: the entity it emits, its score, and which group is the identifier."""

    entity: str
    regex: re.Pattern[str]
    score: float = 0.85
    group: int | str = 0
    validate: Callable[[str], bool] | None = None


def _spans(rule: Rule, norm: str) -> Iterator[tuple[int, int]]:
    """Each valid span of a rule. A match its check turns down does not use up the text it
    covered: the search goes on from the next character, because a label word can be read as
    the value of a label before it ("… INTAKE⏎Report #: 24-APS-031877": "Report" is no number,
    and the true label "Report" must still be tried)."""
    pos = 0
    while (m := rule.regex.search(norm, pos)) is not None:
        start, end = m.span(rule.group)
        past = max(m.end(), m.start() + 1)  # as finditer goes on: after the match, never in place
        if start < 0 or end <= start:
            pos = past
        elif rule.validate is not None and not rule.validate(norm[start:end]):
            pos = m.start() + 1
        else:
            yield start, end
            pos = past


class RegexRecognizer(EntityRecognizer):
    """Runs a list of ``Rule`` on the digit-normalised text."""

    rules: tuple[Rule, ...] = ()

    def __init__(self, name: str, rules: Iterable[Rule]) -> None:
        # each rule's regex gets a first-character gate: same matches, fewer positions tried
        self.rules = tuple(replace(r, regex=gated(r.regex)) for r in rules)
        entities = sorted({r.entity for r in self.rules})
        super().__init__(supported_entities=entities, name=name, supported_language="en")

    def load(self) -> None:  # nothing to load: patterns are compiled at import
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        norm = to_ascii_digits(text)
        out: list[RecognizerResult] = []
        for rule in self.rules:
            for start, end in _spans(rule, norm):
                out.append(self.result(rule.entity, start, end, rule.score))
        return out

    def result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        """A result tagged with this recognizer's name (used for debugging counts only)."""
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
