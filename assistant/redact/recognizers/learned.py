"""Names, organisations, places and addresses found by the learned taggers (``learned_ner``).

Runs beside the rule recognizers and adds to them: a low score, so where a rule and a tagger
overlap the merged span keeps the rule's type; where only the tagger sees a name, it is still hidden.

``ASSISTANT_LEARNED_NER=0`` switches the taggers off, to measure the rules alone (a held-out set the
taggers were trained on would otherwise look better than it is).
"""

from __future__ import annotations

import os
import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.learned_ner import LABELLED_TYPES, learned_spans
from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.dob import EN_MONTH_WORD, TH_MONTH
from assistant.redact.recognizers.person_th import describes_person
from assistant.redact.recognizers.person_th_aged import LEADING_ADVERBS
from assistant.redact.thai_lexicon import get_thai_lexicon
from assistant.redact.types import PLACEHOLDER_FILLER

#: A number right after a span (คุณยายวัย 91): the word before it says what is counted.
_NUMBER_AFTER = re.compile(r"[^\S\n]?\d")
_ADVERB_OPENINGS = tuple(LEADING_ADVERBS)
_DAY_AT_END = re.compile(r"[^\S\n]\d{1,2}$")
#: A month right after the span, as the birth-date rules write months (English word, Thai name or
#: abbreviation).
_MONTH_AFTER = re.compile(rf"[^\S\n]{EN_MONTH_WORD}\.?(?![A-Za-z])|[^\S\n]?{TH_MONTH}")


class LearnedRecognizer(RegexRecognizer):
    """Spans from the Thai or English CRF tagger (PERSON, ORGANIZATION, LOCATION, ADDRESS)."""

    def __init__(self) -> None:
        super().__init__("LearnedRecognizer", ())
        self.supported_entities = list(LABELLED_TYPES)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if os.environ.get("ASSISTANT_LEARNED_NER", "1") == "0":
            return []
        out = []
        for kind, start, end in learned_spans(text):
            if PLACEHOLDER_FILLER in text[start:end]:
                continue  # (session 29) the leak guard's blanked placeholders, read as an address
            if kind == "PERSON" and describes_person(text[start:end], get_thai_lexicon().words):
                continue  # keep round 3 — น้อง|ดีใจ, น้อง|ตั้งใจ: how the child is, not a nickname
            if kind == "PERSON" and text[start:end] in get_lexicon().th_not_names and _NUMBER_AFTER.match(text, end):
                continue  # session 8 — คุณยาย|วัย 91: a word that names nobody, then a number
            if kind == "PERSON" and text.startswith(_ADVERB_OPENINGS, start):
                lead = get_thai_lexicon().tokenize(text[start:end])[0]
                if lead in LEADING_ADVERBS:
                    if end - start - len(lead) < 2:
                        continue
                    start += len(lead)  # session 26 — หลังจากนั้น|ฝน: "after that" opens the line, not the name
            if (day := _DAY_AT_END.search(text, start, end)) and _MONTH_AFTER.match(text, end):
                end = day.start()  # session 26 — "Dayton 12| May": the number is a date's day
                if end - start < 2:
                    continue
            out.append(self.result(kind, start, end, 0.55))
        return out
