"""A name the writer was unsure how to spell: "Moushumi (Mousumi?)", "sayed (or sayid?)",
ยายบุญเหลื่อ (บุญเหลือ?), "Thandeka (sp?)" — or whose other spelling a record uses: "'Tan' - spelt
Tarn on the roster", "Grandpa Chan (Chanchai on the chart)".

Why: a worker who hears a name spelt aloud, or reads it off a form in another script, writes the
other spelling in brackets with a question mark, or says where it is written differently. Both
spellings identify the person, and the bracket is the frame: no other rule needs to know the name.
Two words a few letters apart, queried so, are a name when at least one of them is no dictionary
word; an ordinary word queried the same way ("anxious (anxiety?)", a misspelt drug) is not.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS
from assistant.redact.types import PERSON

_WORD = rf"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]{{2,}}|[{THAI_LETTERS}]{{3,}}"
#: A word, then the other spelling queried in brackets: Moushumi (Mousumi?), บุญเหลื่อ (บุญเหลือ?).
_QUERIED = re.compile(
    rf"(?<![\w'’\-])(?P<a>{_WORD})[^\S\n]?\([^\S\n]?(?:(?:or|หรือ)[^\S\n]?)?(?P<b>{_WORD})[^\S\n]?\?[^\S\n]?\)"
)
#: A word with the writer's spelling flag: Thandeka (sp?), Thandeka (sp.?), Thandeka [sp?].
_SP_FLAG = re.compile(rf"(?<![\w'’\-])(?P<a>{_WORD})[^\S\n]?[(\[][^\S\n]?sp(?:elling)?\.?[^\S\n]?\?[^\S\n]?[)\]]", re.I)
#: The other spelling written out: "Sompit (spelt Sompid on the last call)", "Tan (spelled Tarn)",
#: "Grandpa Chan (Chanchai on the chart)": the bracket says the word is how a record writes the name.
_SPELT_AS = re.compile(
    r"(?:['\"‘“]?(?P<a>[A-Z][a-z'’\-]{1,20})['\"’”]?[^\S\n]*)?"
    r"(?:\(|[-–—,;])[^\S\n]?(?:(?i:spelt|spelled|written|registered|listed)[^\S\n]+(?:as[^\S\n]+)?['\"‘“]?(?P<b>[A-Z][a-z'’\-]{1,20})"
    r"|(?P<c>[A-Z][a-z'’\-]{2,20})[^\S\n]+on[^\S\n]+(?:the|his|her|their|our)?[^\S\n]*(?:[a-z]+[^\S\n]+)?"
    r"(?i:chart|roster|file|papers|card|form|passport|register|record|records|ID|list|letter|referral)(?![A-Za-z]))"
)
#: Two spellings of one name share most of their letters (Moushumi/Mousumi 0.93, jordan/jordyn 0.83).
_SIMILAR = 0.6


def _ordinary(word: str) -> bool:
    """A dictionary word (either language) or a protected clinical term, not a name."""
    from assistant.redact.given_names import english_words
    from assistant.redact.lexicon import get_lexicon
    from assistant.redact.thai_lexicon import get_thai_lexicon

    lower = word.lower()
    if re.match(rf"[{THAI_LETTERS}]", word):
        th = get_thai_lexicon()
        return word in th.words and not th.is_name(word)
    return lower in english_words() or lower in get_lexicon().protected_lower


def _protected(word: str) -> bool:
    from assistant.redact.lexicon import get_lexicon

    return bool(get_lexicon().protected_re.fullmatch(word))


def _thai_tail(chunk: str, length: int) -> str:
    """The shortest run of whole words ending ``chunk`` at least as long as the other spelling
    less two letters."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    tail = ""
    for token in reversed(get_thai_lexicon().tokenize(chunk)):
        tail = token + tail
        if len(tail) >= length - 2:
            break
    return tail


class SpellingQueryRecognizer(RegexRecognizer):
    """Both spellings of a name the writer queried (PERSON)."""

    def __init__(self) -> None:
        super().__init__("SpellingQueryRecognizer", ())
        self.supported_entities = [PERSON]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _QUERIED.finditer(text):
            a, b = m.group("a"), m.group("b")
            a_start = m.start("a")
            thai = bool(re.match(rf"[{THAI_LETTERS}]", a))
            if thai != bool(re.match(rf"[{THAI_LETTERS}]", b)):
                continue  # another script in the brackets is a transliteration, read by other rules
            if thai:  # Thai runs words together (ยาย|บุญเหลื่อ, ดู|ซึมเศร้า): the queried word ends the run
                a = _thai_tail(a, len(b))
                a_start = m.end("a") - len(a)
            if SequenceMatcher(None, a.lower(), b.lower()).ratio() < _SIMILAR:
                continue
            if (_ordinary(a) and _ordinary(b)) or _protected(a) or _protected(b):
                continue
            out.append(self.result(PERSON, a_start, m.end("a"), 0.8))
            out.append(self.result(PERSON, m.start("b"), m.end("b"), 0.8))
        for m in _SPELT_AS.finditer(text):
            group = "b" if m.group("b") else "c"
            word = m.group(group)  # after "spelt" even a word (Tarn) is how the name is written
            if (group == "b" or not _ordinary(word)) and not _protected(word):
                out.append(self.result(PERSON, m.start(group), m.end(group), 0.8))
                if group == "b" and m.group("a") and not _protected(m.group("a")):  # 'Tan' - spelt Tarn
                    out.append(self.result(PERSON, m.start("a"), m.end("a"), 0.8))
        for m in _SP_FLAG.finditer(text):
            if not _ordinary(m.group("a")) and not _protected(m.group("a")):
                out.append(self.result(PERSON, m.start("a"), m.end("a"), 0.8))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
