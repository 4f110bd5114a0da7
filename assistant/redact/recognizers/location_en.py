"""Places named after a living/moving cue ("lives Boise", "moved to Rio Rancho")."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.names_en import name_seq_at
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.types import LOCATION

_CUE = re.compile(
    r"(?i)(?<![A-Za-z])(?:lives|living|lived|moved|moving|relocated|stays|staying|stayed|"
    r"returned|resides|originally|grew up)(?:[^\S\n]+(?:in|at|to|from|near|back to))?[^\S\n]+"
    r"|(?<![A-Za-z])(?:in|from|near)[^\S\n]+(?=[A-Z][a-z])"
)


class EnglishLocationRecognizer(RegexRecognizer):
    """Towns and regions after a residence cue (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("EnglishLocationRecognizer", ())
        self.supported_entities = [LOCATION]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _CUE.finditer(text):
            span = name_seq_at(text, m.end())
            if span:
                out.append(self.result(LOCATION, span[0], span[1], 0.7))
        return out
