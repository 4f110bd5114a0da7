"""English given names that are also ordinary words (Will, Faith, Hope, Sage, Honor, Patience).

Such a capitalised word is a name only with STRONG person context, because "Hope is she stays
sober", "Will follow up" and "Faith-based group" are common in jottings:
- a reporting or action verb in the third person / past right after ("Will says", "Honor told");
- a possessive followed by a kin or role noun ("Will's mom", "Sage's partner");
- an age ("Hope (12)", "Faith, 34,") or a bracketed role ("Faith (mom)");
- a title before ("Ms. Hope"), "named/called/goes by X", or a kin/role noun before ("bf Will").
A list joined to a known name ("Faith and Will") is handled in ``resolve.add_coordinated``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import word_names
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import MONTH_NAMES, NAME_TOKEN_RE, is_name_token
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.types import PERSON

WORD_NAME_SCORE = 0.7
#: Verbs that only a person does, in forms a modal "Will"/"Can" is never followed by.
VERBS_AFTER = (
    r"says|said|told|tells|reports|reported|states|stated|shared|shares|disclosed|admits|admitted|"
    r"denies|denied|asked|asks|cried|yells|yelled|shouted|argued|argues|works|worked|lives|lived|"
    r"wants|wanted|feels|felt|texted|called|left|refused|agreed|declined|attended|arrived|missed|"
    r"expressed|explained|complained|complains|seemed|appeared|laughed|hit|hits|drinks|drank"
)
#: Roles that, written before a word-name, do not make it a person ("with Hope", "re Will").
_WEAK_ROLES = frozenset({"with", "w/", "met", "meet", "re", "called", "named", "aka"})


def is_word_name(token: str) -> bool:
    """A given name that is also an English word, and not a role, protected term or month."""
    lex = get_lexicon()
    low = token.lower()
    return (
        token in word_names()
        and bool(NAME_TOKEN_RE.fullmatch(token))
        and token not in MONTH_NAMES
        and low not in lex.protected_lower
        and low not in lex.en_roles
        and low not in lex.en_generic_org_words
        and token.rstrip(".") not in lex.en_honorifics
    )


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = get_lexicon()
    roles = "|".join(re.escape(r) for r in sorted(lex.en_roles - _WEAK_ROLES, key=len, reverse=True))
    hon = "|".join(re.escape(h.rstrip(".")) for h in sorted(lex.en_honorifics, key=len, reverse=True))
    tok = r"(?P<n>[A-Z][a-z]+)"
    after = re.compile(
        rf"(?<![A-Za-z\-'’]){tok}(?:"
        rf"[^\S\n]+(?:{VERBS_AFTER})\b"
        rf"|['’]s[^\S\n]+(?i:{roles})\b"
        r"|[^\S\n]*\((?:age[^\S\n]*)?\d{1,2}\)"
        r"|,[^\S\n]*\d{1,2}(?:[^\S\n]*(?:y|yo|y/o|yrs?)\b|,)"
        rf"|[^\S\n]*\((?i:{roles})\)"
        r")"
    )
    before = re.compile(
        rf"(?:(?<![A-Za-z])(?:{hon})\.?|(?i:(?<![A-Za-z])(?:named|called|goes[^\S\n]+by|name[^\S\n]+is|{roles})))"
        rf"[^\S\n]+{tok}(?![A-Za-z\-])"
    )
    return after, before


class WordNameRecognizer(RegexRecognizer):
    """Given names that are also ordinary words, with strong person context (PERSON)."""

    def __init__(self) -> None:
        super().__init__("WordNameRecognizer", ())
        self.supported_entities = [PERSON]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for regex in _cues():
            for m in regex.finditer(text):
                if is_word_name(m.group("n")):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        for m in _NICKNAME.finditer(text):  # "(goes by Chencho)": any capitalised name token
            if is_word_name(m.group("n")) or is_name_token(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        return out


#: A nickname cue: the next capitalised word is what the person is called.
_NICKNAME = re.compile(
    r"(?i:(?<![A-Za-z])(?:goes[^\S\n]+by|nicknamed|a\.k\.a\.?|prefers[^\S\n]+to[^\S\n]+be[^\S\n]+called))"
    r"[^\S\n]+['\"‘“]?(?P<n>[A-Z][a-z]+)(?![A-Za-z\-])"
)
