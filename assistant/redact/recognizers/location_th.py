"""Places in Thai text: province names (PyThaiNLP's bundled list) and a capitalised Latin place
name after a Thai residence or travel cue (ยังอยู่ที่ Oslo, ย้ายไป Lampang).

A province alone is a weak identifier, but in a jotting it narrows where a client lives or works
(ลูกสาวทำงานที่ เชียงราย). Province names that are also common words (เลย "so", แพร่ "spread",
ตาก "dry", ตราด, น่าน) count only after a place cue (ที่, จาก, จ., จังหวัด, ชาว). Addresses
that end in จ.X are found, whole, by the address recognizer; the longer span wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.types import LOCATION

#: Provinces whose name is also an everyday word: only after a place cue.
_AMBIGUOUS = frozenset({"เลย", "แพร่", "ตาก", "ตราด", "น่าน", "ตรัง", "ชุมพร", "ยะลา", "สตูล", "ระนอง", "พังงา"})
_PLACE_CUE = ("ที่", "จาก", "จ.", "จังหวัด", "ชาว")
#: The capital (10 million people) does not narrow anyone down: left alone, like "Bangkok".
_NOT_NARROWING = frozenset({"กรุงเทพมหานคร"})
_TH_CUE_LATIN = re.compile(
    r"(?:อยู่ที่|ยังอยู่ที่|ย้ายไป(?:อยู่)?(?:ที่)?|กลับไป(?:อยู่)?(?:ที่)?|มาจาก|บ้านเกิด(?:อยู่)?(?:ที่)?|"
    r"ไปทำงาน(?:ที่)?|บินไป|เดินทางไป)[^\S\n]*(?P<v>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})"
)


@lru_cache(maxsize=1)
def _province_regex() -> re.Pattern[str]:
    from pythainlp.corpus.common import provinces

    names = sorted(set(provinces()) - _NOT_NARROWING, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


class ThaiLocationRecognizer(RegexRecognizer):
    """Thai province names and cued Latin place names in Thai text (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiLocationRecognizer", ())
        self.supported_entities = [LOCATION]
        _province_regex()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _province_regex().finditer(text):
            name = m.group(0)
            before = text[max(0, m.start() - 8):m.start()].rstrip()
            if name in _AMBIGUOUS and not before.endswith(_PLACE_CUE):
                continue
            out.append(self.result(LOCATION, m.start(), m.end(), 0.6))
        for m in _TH_CUE_LATIN.finditer(text):
            out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        return out
