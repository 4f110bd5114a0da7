"""A Karen, Burmese, Shan or Mon name in Thai letters, opened by its honorific and glued to the
relation word or cue before it (PERSON): สามีซอทูเมาะ, ลูกชายซอเดวิด, แต่งงานกับหน่อเลอมู.

Why: these names are syllables no Thai name list holds, written with no space after สามี, ลูก,
กับ or ชื่อ, so neither the Thai name rules nor the learned tagger see a name start. The
honorific (ซอ for a Karen man, หน่อ/นอ for a Karen woman, หม่อง, จาย, มิ) does: right after a
relation word or a cue it opens a name, while the same syllables elsewhere open ordinary words
(เล่นซอ "play the fiddle", หน่อไม้ "bamboo shoot"), which no relation word precedes. The name runs
to the first clause word (ทำไร่, อายุ, ใน…).

Session 26: the same names written the other way, a syllable a word (ซอ ทู ทู, มะ ซู ซู, หน่อ เส่ง
พอ): the honorific standing alone as a word, then one to three short syllables each standing alone,
is a name wherever it stands; a clause word (ที่, อาสาสมัคร) ends it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.thai_lexicon import get_thai_lexicon
from assistant.redact.types import PERSON

_T = "\u0E01-\u0E4E"
#: Honorifics that open such a name (a subset of lexicon.th_name_opening_honorifics: มะ, โก, อู
#: and ดอ open too many Thai words to be read glued).
_HONORIFICS = ("ซอ", "หน่อ", "นอว์", "นอ", "หม่อง", "จาย", "มิ")
#: What is glued before the name: a relation word or a cue.
_BEFORE = (
    "สามี", "ภรรยา", "ภริยา", "ลูกชาย", "ลูกสาว", "ลูก", "บุตรชาย", "บุตรสาว", "บุตร", "หลานชาย", "หลานสาว",
    "หลาน", "พ่อ", "แม่", "พี่ชาย", "พี่สาว", "น้องชาย", "น้องสาว", "พี่", "น้อง", "แฟน", "กับ", "ชื่อ", "และ",
    "นาย", "นาง", "นางสาว", "ด.ช.", "ด.ญ.", "ผัว", "เมีย", "ตา", "ยาย",
)


@lru_cache(maxsize=1)
def _spaced_honorifics() -> tuple[str, ...]:
    """session 26 — the lexicon's name-opening honorifics, longest first, that open a name written
    a syllable a word (ดอ, the short spelling of ดอว์, was not part of the rule as measured)."""
    return tuple(sorted((h for h in get_lexicon().th_name_opening_honorifics if h != "ดอ"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _spaced() -> re.Pattern[str]:
    """The honorific alone as a word, then up to three syllables standing alone."""
    return re.compile(
        rf"(?:^|(?<=[\s:;,(\-–—]))(?P<h>{'|'.join(_spaced_honorifics())})(?:[^\S\n][{_T}]{{1,5}}(?![{_T}])){{1,3}}"
    )
#: Words that open the clause after a spaced name (มะ ซู ซู|ที่ทำงาน…).
_CLAUSE_WORDS = frozenset({"ที่", "และ", "กับ", "ได้", "ไม่", "ก็", "จะ", "ว่า", "ให้", "มา", "ไป", "อยู่", "เป็น", "คือ", "ของ", "ใน", "อายุ", "ค่ะ", "ครับ", "นะ"})
_OPENERS = ("ทำ", "ไป", "มา", "อยู่", "เป็น", "ได้", "ไม่", "กิน", "ขาย", "ทำงาน", "เรียน", "อายุ", "ย้าย")


def _starts_a_word(th, lead: str, match: str) -> bool:
    """Whether the tokenizer starts a word where the match starts, reading the letters glued
    before it (ไปกับ|พ่อซอทู: yes; วิ + ตามิน…: วิตามิน is one word, so no)."""
    pos = 0
    for tok in th.tokenize(lead + match):
        if pos == len(lead):
            return True
        if pos > len(lead):
            return False
        pos += len(tok)
    return False


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    before = "|".join(map(re.escape, sorted(_BEFORE, key=len, reverse=True)))
    honorific = "|".join(sorted(_HONORIFICS, key=len, reverse=True))
    return re.compile(rf"(?:{before})(?P<n>(?:{honorific})[{_T}]{{2,16}})")


class ThaiGluedHonorificNameRecognizer(RegexRecognizer):
    """Honorific-opened names glued after a relation word or cue."""

    def __init__(self) -> None:
        super().__init__("ThaiGluedHonorificNameRecognizer", ())
        self.supported_entities = [PERSON]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if not any(h in text for h in _spaced_honorifics()):  # the glued rule's honorifics are among them
            return out
        lex, th = get_lexicon(), get_thai_lexicon()
        stops = lex.th_clause_openers | lex.th_not_names | th.stopwords
        for m in _pattern().finditer(text):
            run = m.group("n")
            honorific = next(h for h in sorted(_HONORIFICS, key=len, reverse=True) if run.startswith(h))
            rest = run[len(honorific):]
            if (honorific + rest) in th.words or rest[:1] in "ะาำิีึืุูั็่้๊๋์":
                continue  # หน่อไม้ is a word; a vowel after the honorific means another syllable
            lead = re.search(f"[{_T}]+$", text[max(0, m.start() - 16):m.start()])
            if lead and not _starts_a_word(th, lead.group(0), m.group(0)):
                continue  # session 26 — วิ|ตา|มิน…: the relation word is the inside of a longer word
            head = th.tokenize(run)[0]
            if len(head) > len(honorific) and head in th.words:
                continue  # ตา|นอน|โรงพยาบาล: the syllables make a longer word (นอน), not นอ + a name
            end = len(honorific)
            toks = [t for t in th.tokenize(rest) if t]
            for i, tok in enumerate(toks):
                last = i == len(toks) - 1 and not re.match(f"[{_T}]", text[m.end():m.end() + 1])
                clause = tok in stops or (tok in th.words and tok.startswith(_OPENERS))  # ทำ|ไร่ read as one
                if end > len(honorific) and clause and not (last and len(tok) <= 2):
                    break  # the clause begins (ทำไร่, อายุ, ใน…); a short last syllable (ซอเกอะ|ดู) is the name's
                end += len(tok)
            if end - len(honorific) >= 2:
                out.append(self.result(PERSON, m.start("n"), m.start("n") + end, 0.7))
        out.extend(self._spaced(text, th))
        return out

    def _spaced(self, text: str, th) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _spaced().finditer(text):
            end = m.end("h")
            for piece in re.finditer(rf"[^\S\n]([{_T}]{{1,5}})(?![{_T}])", text[m.end("h"):m.end()]):
                word = piece.group(1)
                if word in _CLAUSE_WORDS or (word in th.stopwords and len(word) > 2):
                    break
                end = m.end("h") + piece.end()
            fiddle = text[m.end("h"):end].split()[:1] in (["อู้"], ["ด้วง"], ["สามสาย"])
            if end > m.end("h") and not fiddle and not text[max(0, m.start() - 6):m.start()].rstrip().endswith(("เล่น", "สี")):
                out.append(self.result(PERSON, m.start("h"), end, 0.7))
        return out
