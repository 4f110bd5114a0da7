"""A Thai place written in Thai script inside an English sentence (LOCATION), session 43.

Mixed notes are English with Thai names and places left in Thai script: "since they moved from
มหาชัย last year", "a shrimp peeling shed in มหาชัย", "his mother in บ้านนา". The Thai place rules
read Thai frames (อยู่ที่, ไปทำงาน) and the English ones read capitalised Latin words, so a Thai
place after an English preposition was found by neither (sets 129, 131, 148, 154).

After an English preposition, a Thai run standing as one word of the English sentence is a place
when the gazetteer knows it as a district, town, sub-district or province, or it is a village
(บ้าน and a name the dictionary does not hold). Bangkok and Thailand are too wide to identify and
stay, as everywhere.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import LOCATION

_T = THAI_LETTERS
#: An English place preposition, then a Thai run that ends where the English sentence goes on.
_PREPOSITION_THEN_THAI = re.compile(
    rf"(?<![A-Za-z])(?:in|from|to|at|near|via|around|towards?|outside|past)[^\S\n]+(?P<p>[{_T}]{{2,30}})"
    rf"(?=[^\S\n]*(?:[,.;:)/\n]|$)|[^\S\n]+[A-Za-z0-9(])"
)


class ThaiPlaceInEnglishRecognizer(RegexRecognizer):
    """A known Thai place or a village in Thai script after an English preposition (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiPlaceInEnglishRecognizer", ())
        self.supported_entities = [LOCATION]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        from assistant.redact.boundaries import is_known_thai_place
        from assistant.redact.recognizers.location_gazetteer import TOO_WIDE

        th = get_thai_lexicon()
        out: list[RecognizerResult] = []
        for m in _PREPOSITION_THEN_THAI.finditer(text):
            place = m.group("p")
            if place in TOO_WIDE:
                continue
            village = place.startswith("บ้าน") and len(place) >= 6 and place not in th.words
            if village or is_known_thai_place(place):
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.7))
        return out


gate_patterns(globals())
