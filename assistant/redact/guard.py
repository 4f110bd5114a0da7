"""The leak guard: the last check on every text about to leave for a model.

It re-runs the analyzer on the outbound text with our own placeholders blanked out; anything
still identifying blocks the request with ``LeakBlocked(types)`` — types only, never values, so
the error can be shown and logged. Given the placeholder map, it also blocks any original value
that came back in another form (digits of a phone or ID, a name in other case).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.errors import LeakBlocked
from assistant.models import PlaceholderMap
from assistant.redact.analyzer import IdentifierAnalyzer
from assistant.redact.types import PLACEHOLDER_FILLER
from assistant.restore import PLACEHOLDER_RE
from assistant.text.find import LATIN_OR_DIGIT, occurrences

_NUMERIC = {"PHONE", "ID_NUMBER", "CASE_NUMBER"}


class LeakGuard:
    """Blocks outbound text that still contains identifiers."""

    def __init__(self, analyzer: IdentifierAnalyzer, allow: Iterable[str] = ()) -> None:
        """``allow``: values the writer released from redaction; only those pass a re-scan."""
        self._analyzer = analyzer
        self._allow = frozenset(v.strip().casefold() for v in allow if v.strip())

    def scan(self, *texts: str, mapping: PlaceholderMap | None = None) -> list[str]:
        """Types of identifiers found in ``texts`` (empty when safe to send)."""
        found: list[str] = []
        for text in texts:
            if not text:
                continue
            # a filler that no rule reads as space, word or digit, so contexts are not bridged
            blanked = PLACEHOLDER_RE.sub(lambda m: PLACEHOLDER_FILLER * len(m.group(0)), text)
            found.extend(
                e.type
                for e in self._analyzer.analyze(blanked)
                if e.text.strip().casefold() not in self._allow
            )
            if mapping is not None:
                found.extend(_known_values(blanked, mapping))
        return sorted(set(found))

    def check(self, *texts: str, mapping: PlaceholderMap | None = None) -> None:
        """Raise ``LeakBlocked`` when any text still contains something identifying."""
        found = self.scan(*texts, mapping=mapping)
        if found:
            raise LeakBlocked(found)


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI = re.compile(r"[\u0E00-\u0E7F]")


def _known_values(text: str, mapping: PlaceholderMap) -> list[str]:
    """Types of mapped values that reappear: digits of numbers anywhere; Thai values as
    substrings; English values as whole words — case-sensitively for one-word names that are
    also English words, so the name "May" does not block "she may not come", and in any case for
    one that is no word (session 42: "summary for marchetti" names the client whose family name
    was redacted as Marchetti, though no rule can tell a lower-case surname alone)."""
    from assistant.redact.given_names import is_english_word

    digits = re.sub(r"\D", "", text.translate(_THAI_DIGITS))
    hits = []
    for entry in mapping.entries.values():
        values = {entry.value.strip(), *(v.strip() for v in entry.variants)}
        if entry.type == "PERSON":  # each part of a full name alone ("marchetti"), when it is no word
            values |= {
                p for v in values if not _THAI.search(v) for p in v.split()
                if len(p) >= 3 and p.isalpha() and not is_english_word(p.casefold())
            }
        for value in values:
            if entry.type in _NUMERIC:
                key = re.sub(r"\D", "", value.translate(_THAI_DIGITS))
                if len(key) >= 6 and key in digits:
                    hits.append(entry.type)
            elif _THAI.search(value):
                if len(value) >= 3 and value in text:
                    hits.append(entry.type)
            elif len(value) >= 2:
                caseless = " " in value or "@" in value or not is_english_word(value.casefold())
                found = occurrences(
                    text, value, not_after=LATIN_OR_DIGIT, not_before=LATIN_OR_DIGIT, ignore_case=caseless
                )
                if next(found, None) is not None:
                    hits.append(entry.type)
    return hits
