"""Places named after a living/moving cue ("lives Boise", "moved to Rio Rancho", "Daly City"),
and a lower-case place after a strong residence cue in terse jottings ("lives in fresno")."""

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


#: Words that end a place name ("Daly City", "Dearborn Heights", "Glen Waverley"): after a
#: place cue they continue the name although they are ordinary words.
_PLACE_HEAD = re.compile(
    r"[^\S\n]+(?:City|Heights|Springs|Beach|Falls|Park|Valley|Hills?|Bay|Creek|Point|Harbou?r|"
    r"Island|Town|Village|Junction|Lakes?|Ridge|Grove|Vale|Downs|Mills?|Crossing|Gardens|North|South|East|West)(?![A-Za-z])"
)
_POSSESSIVE_PLACE = re.compile(r"['’]s[^\S\n]+[A-Z][a-z]+(?![A-Za-z])")
#: Strong residence cues before a place typed in lower case ("lives in fresno").
_LOWER_CUE = re.compile(
    r"(?i:(?<![A-Za-z])(?:lives|living|lived|moved|moving|relocated|staying|stays|stayed|resides|"
    r"grew[^\S\n]+up|originally|family|fled)[^\S\n]+(?:in|to|from|near|back[^\S\n]+to)[^\S\n]+)"
    r"(?P<p>[a-z]{4,20})(?![A-Za-z])"
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
                end = span[1]
                poss = _POSSESSIVE_PLACE.match(text, end)  # Cox's Bazar, St John's Wood
                if poss:
                    end = poss.end()
                head = _PLACE_HEAD.match(text, end)
                if head:
                    end = head.end()
                out.append(self.result(LOCATION, span[0], end, 0.7))
        for m in _LOWER_CUE.finditer(text):
            from assistant.redact.recognizers.person_en_lower import _ordinary

            if not _ordinary(m.group("p")):
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.6))
        return out
