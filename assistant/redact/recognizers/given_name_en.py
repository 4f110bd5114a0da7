"""Bare English-script given names with no cue ("Genevieve quiet, left early", "Nat" in Thai text).

A capitalised token counts when it is in the given-name list (``given_names.py``: census-style
names minus ordinary English words) and is not a role, month, protected term or common
capitalised word. Names that are also words (Will, Grace, Hope) are left to the context rules.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import given_names
from assistant.redact.names_en import NAME_TOKEN_RE, fold_accents, is_name_token
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.types import PERSON

GIVEN_NAME_SCORE = 0.6
#: round 20 — a given name right before a helpline word names a service, not a person
#: ("Trevor Lifeline"): national services stay readable (labelling guide).
_SERVICE_AFTER = re.compile(r"[^\S\n]+(?:Lifeline|Helpline|Hotline|Warmline)(?![A-Za-z])")


class GivenNameRecognizer(RegexRecognizer):
    """Known given names standing alone (PERSON)."""

    def __init__(self) -> None:
        super().__init__("GivenNameRecognizer", ())
        self.supported_entities = [PERSON]
        self._names = given_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in NAME_TOKEN_RE.finditer(text):
            tok = m.group(0)
            if m.start() > 0 and text[m.start() - 1].isalpha():
                continue  # inside a longer word
            if _SERVICE_AFTER.match(text, m.end()):
                continue
            # (session 30) a fada or a diaeresis does not make a name another word: Ciarán, Zoë
            if (tok in self._names or fold_accents(tok) in self._names) and is_name_token(tok):
                out.append(self.result(PERSON, m.start(), m.end(), GIVEN_NAME_SCORE))
        return out
