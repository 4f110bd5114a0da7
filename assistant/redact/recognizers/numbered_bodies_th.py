"""Thai public bodies and places named by a number: Bangkok's public-health centres
(ศูนย์บริการสาธารณสุข 44 มีนบุรี, ศบส.38 ประชาราษฎร์บำเพ็ญ) and industrial estates (นิคม 304).

Why: the name recognizers read Thai words after a head; these bodies are told apart by their
number, often with the district or community after it. The head alone (ศูนย์บริการสาธารณสุข,
นิคมอุตสาหกรรม) is a kind of place and stays; with a number it is one place, and the place word
after the number belongs to it when a gazetteer lists it or it closes the line (a letterhead's
"เรียน หัวหน้าศูนย์บริการสาธารณสุข 41 คลองเตย"), never a clause (…14 จัดพยาบาลเยี่ยมบ้าน)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer, to_ascii_digits
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import LOCATION, ORGANIZATION

_T = THAI_LETTERS
#: A public-health centre and its number (not a referral number: ศบส.47/67-0318 is a document's).
_HEALTH_CENTRE = re.compile(
    rf"(?:ศูนย์บริการสาธารณสุข|ศบส\.)(?:[^\S\n]?ที่)?[^\S\n]?(?P<number>\d{{1,3}})(?![\d/.\-])"
    rf"(?:[^\S\n]+(?P<place>[{_T}]{{3,30}})(?P<after>[^\S\n]*(?:\n|$|[(,.]|[^\S\n][A-Za-z(])))?"
)
#: An industrial estate by its number (นิคม 304, นิคมอุตสาหกรรม 304, นิคมฯ 304).
_NUMBERED_ESTATE = re.compile(r"(?:นิคมอุตสาหกรรม|นิคมฯ|นิคม)[^\S\n]?\d{3}(?![\d/.\-])")


class ThaiNumberedBodyRecognizer(RegexRecognizer):
    """Public-health centres and industrial estates named by a number (ORGANIZATION, LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiNumberedBodyRecognizer", ())
        self.supported_entities = [LOCATION, ORGANIZATION]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        norm = to_ascii_digits(text)
        out: list[RecognizerResult] = []
        for m in _HEALTH_CENTRE.finditer(norm):
            end = m.end("place") if m.group("place") and self._place(m) else m.end("number")
            out.append(self.result(ORGANIZATION, m.start(), end, 0.8))
        out.extend(self.result(LOCATION, m.start(), m.end(), 0.75) for m in _NUMBERED_ESTATE.finditer(norm))
        return out

    @staticmethod
    def _place(m: re.Match[str]) -> bool:
        """The word after the number names the centre's district or community: listed as a place,
        or closing the line with no verb or function word opening it."""
        from assistant.redact.gazetteer import thai_local_place_names, thai_place_names

        word = m.group("place")
        if word in thai_place_names() or word in thai_local_place_names():
            return True
        th = get_thai_lexicon()
        first = th.tokenize(word)[0]
        return m.group("after") is not None and not (
            th.acts(first) or first in th.stopwords or word in th.words
        )
