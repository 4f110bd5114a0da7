"""The last net for English text: a lone capitalised word inside a sentence that is no English
word, no known given name and no protected term ("Outreach 5/12 Waianae", "don't send me to
Crestmoor", "left Kinnect").

Why: every held-out set so far held one-word places, facilities and names that no cue and no
list explained, and the small spaCy model passed over them. Inside a sentence, a capitalised
word that an 80,000-word dictionary does not know (in any common inflection) and that is not a
compound of two dictionary words ("Sandtray", "Telehealth") is almost always a proper name in
a note — and proper names in a note locate or name someone. Drug brands, scales, platforms and
agencies are in the protected list, which this rule never overrides.

Kept narrow on purpose: never the first word of a sentence or line (capitals there are
automatic), never next to another capitalised word (multi-word names have their own rules and
NER), never a word in capitals (acronyms), at least four letters. Type: a place after a place
preposition or a date, otherwise a person (the type only picks the placeholder).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import english_words, given_names, word_names
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import NAME_TOKEN_RE, fold_accents, is_name_token
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import LOCATION, PERSON

PROPER_NOUN_SCORE = 0.55
_SENTENCE_START = re.compile(r"(?:^|^[^\S\n]*[-–*]|[.!?;:•\n\"“(\[]|\s-|\s–)[^\S\n]*$")
_CAP_BEFORE = re.compile(r"[A-Z][\w'’.\-]*[^\S\n]+$")
_CAP_AFTER = re.compile(r"[^\S\n]+[A-Z0-9]")
_PLACE_BEFORE = re.compile(
    r"(?i:(?<![A-Za-z])(?:in|at|from|to|near|outside|around|via|into|towards|visiting|back\s+to)|\d{1,2}/\d{1,2}(?:/\d{2,4})?)[^\S\n]+$"
)


@lru_cache(maxsize=8192)
def is_unknown_word(token: str) -> bool:
    """No English word (in a common inflection), given name, compound or protected term."""
    lex = get_lexicon()
    w = token.lower().replace("’", "'")
    w = re.sub(r"'s$", "", w)
    # round 21: a word spelled with its macrons or accents is the dictionary's word ("Māori")
    w = fold_accents(w)
    vocab = english_words()
    stems = {w}
    for suffix, repl in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e"), ("ers", ""), ("er", ""), ("ly", ""), ("ness", ""), ("ful", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stems.add(w[: len(w) - len(suffix)] + repl)
    if any(s in vocab for s in stems):
        return False
    if "-" in w and all(p in vocab for p in w.split("-") if p):
        return False
    if any(w[:i] in vocab and w[i:] in vocab for i in range(3, len(w) - 2)):
        return False  # Sandtray, Telehealth, Farmworker: two dictionary words
    return not (token in given_names() or token in word_names() or w in lex.protected_lower)


#: round 17 — a word before an account word is the platform the account is on ("his Xbox
#: gamertag is …", "Kik username"): the handle after it is the identifier, not the platform.
_ACCOUNT_AFTER = re.compile(r"[^\S\n]+(?i:gamer[^\S\n]?tag|handle|user[^\S\n]?name|account|profile|ID)(?![A-Za-z])")
#: round 19 — a colour before, or a registration after, makes the word a vehicle or a device model
#: ("drives a blue Corsa", "silver Hilux", "Corsa reg LM21 XTR"), not a person or place.
_COLOUR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:red|blue|white|black|silver|grey|gray|green|yellow|orange|purple|brown|gold|"
    r"maroon|navy|beige|pink|dark|light)[^\S\n]+$"
)
_PLATE_AFTER = re.compile(r"[^\S\n]+(?i:reg|rego|plate|registration|licen[cs]e[^\S\n]plate)(?![A-Za-z])")
COLOUR_BEFORE, PLATE_AFTER = _COLOUR_BEFORE, _PLATE_AFTER  # shared with ner.py
_ITEM_BEFORE = re.compile(r"([A-Za-z][\w'’\-]*)[^\S\n]*(?:,|/|&|\band\b|\bor\b)[^\S\n]*$")
_ITEM_AFTER = re.compile(r"[^\S\n]*(?:,|/|&|and\b|or\b)[^\S\n]*([A-Za-z][\w'’\-]*)")


def _listed_with_protected(text: str, start: int, end: int) -> bool:
    """A neighbouring list item is a protected term (a brand, drug, scale or platform)."""
    protected = get_lexicon().protected_lower
    before = _ITEM_BEFORE.search(text, max(0, start - 40), start)
    after = _ITEM_AFTER.match(text, end)
    return any(m and m.group(1).lower() in protected for m in (before, after))


#: round 17 — a Latin given name opening a bullet line of a Thai note, Thai right after it:
#: "- Pheng ขอแอด LINE ครู". Line starts are skipped above (capitals there are automatic), but a
#: Thai clause after the word leaves no English sentence for it to open.
_BULLET_BEFORE_THAI = re.compile(r"(?m)^[^\S\n]*[-•*–][^\S\n]*(?P<n>[A-Z][a-z]{2,14})[^\S\n]+(?=[ก-๙])")


#: Drug-name endings: "- Paracetamol ให้ทุก 6 ชม." opens a medication line, not a name line.
_DRUG_ENDINGS = ("ol", "in", "ine", "ide", "one", "am", "ate", "pril", "tan", "mab", "zole", "pam", "fen")


class ProperNounRecognizer(RegexRecognizer):
    """Lone unknown capitalised words inside English sentences (PERSON or LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ProperNounRecognizer", ())
        self.supported_entities = [PERSON, LOCATION]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in NAME_TOKEN_RE.finditer(text):
            s, e = m.span()
            tok = m.group(0)
            if len(tok) < 4 or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’/@._#")):
                continue
            if e < len(text) and (text[e].isalnum() or text[e] in "-/@_#" or text[e:e + 2] in (".c", ".o", ".n")):
                continue  # part of a longer token, handle or address
            before = text[max(0, s - 40):s]
            if _SENTENCE_START.search(before) or _CAP_BEFORE.search(before) or _CAP_AFTER.match(text, e):
                continue
            if not is_name_token(tok) or not is_unknown_word(tok):
                continue
            if _ACCOUNT_AFTER.match(text, e):
                continue  # "Xbox gamertag", "Kik username": a platform before its account word
            if _COLOUR_BEFORE.search(before) or _PLATE_AFTER.match(text, e):
                continue  # "a blue Corsa", "Hilux reg …": a vehicle model (round 19)
            if _listed_with_protected(text, s, e):
                continue  # "Netflix, Hulu and YouTube": listed with brands, it is one too
            etype = LOCATION if _PLACE_BEFORE.search(before) else PERSON
            out.append(self.result(etype, s, e, PROPER_NOUN_SCORE))
        for m in _BULLET_BEFORE_THAI.finditer(text):
            tok = m.group("n")
            if is_name_token(tok) and (tok in given_names() or (
                    len(tok) <= 7 and is_unknown_word(tok) and not tok.lower().endswith(_DRUG_ENDINGS))):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), PROPER_NOUN_SCORE))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
