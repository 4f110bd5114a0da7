"""English names anchored on context: honorifics (Ms. Farrell), roles and kin words
(mom Pranee Thongchai, kids Sadaf 14, Omid 11), an age in brackets (Eli (12)), a speaker label
(Dawn: "…"), and Thai role words before a Latin-script name (ภรรยา Srey Pov).

Names are case-sensitive ("cl frank about THC" and "little joy" stay); initials ("Ms. B.",
"C.H.") never match because a name token needs a lowercase letter.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import NAME_TOKEN, is_name_token, name_seq_at
from assistant.redact.recognizers.address_en import _STREET
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.organization import _SUFFIX
from assistant.redact.types import PERSON

_LIST_SEP = re.compile(
    r"[^\S\n]*(?:\((?:age\s*)?\d{1,3}\)|\d{1,3}(?:[^\S\n]*(?:y|yo|y/o|yrs?|years?)\b)?)?"
    r"[^\S\n]*(?:,|\+|&|\band\b)[^\S\n]*"
)
_SPEAKER = re.compile(rf"(?m)(?:^|(?<=[.;!?][^\S\n]))(?P<n>{NAME_TOKEN})(?=:[^\S\n]*[\"“])")
_AGE_AFTER = re.compile(
    rf"(?<![A-Za-z])(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,2}})(?=[^\S\n]*\((?:age[^\S\n]*)?\d{{1,2}}\))"
)
_SPEECH = (
    r"says|said|reports|reported|states|stated|denies|denied|discussed|shared|disclosed|admitted|"
    r"agreed|declined|cried|presented|arrived|attended|explained|expressed|endorsed|appeared|"
    r"feels|felt|reports|complains|complained|asked|texted|called|missed|refused|wants|wanted"
)
#: A name as the subject of a reporting verb: "Gwendolyn Price discussed", "Rosa says".
_SUBJECT = re.compile(
    rf"(?<![A-Za-z\-'’])(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,2}})(?:['’]s)?(?=[^\S\n]+(?:{_SPEECH})\b)"
)
#: A nickname in quotes inside a full name: Reginald 'Reggie' Boone.
_QUOTED_NICK = re.compile(
    rf"(?<![A-Za-z])(?P<n>{NAME_TOKEN}[^\S\n]+['\"‘“]{NAME_TOKEN}['\"’”][^\S\n]+{NAME_TOKEN})"
)
#: A name followed by an age: "Amara Nwosu, 13," / "Sok Dara 32 y".
_NAME_AGE = re.compile(
    rf"(?<![A-Za-z])(?P<n>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})(?=,?[^\S\n]*\d{{1,2}}(?:[^\S\n]*(?:y|yo|y/o|yrs?)\b|,))"
)
_JOINED = re.compile(
    rf"(?<![A-Za-z])(?P<a>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})[^\S\n]*[+&][^\S\n]*(?P<b>{NAME_TOKEN})"
)

#: "Agnieszka & Bartosz Zielinski", "Tamsin and Kojo Asante": a first name joined to a full name.
_JOINED_REV = re.compile(
    rf"(?<![A-Za-z])(?P<a>{NAME_TOKEN})(?:[^\S\n]*[+&][^\S\n]*|[^\S\n]+and[^\S\n]+)(?P<b>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})(?![A-Za-z])"
)
#: A list of three or more capitalised single words: "present Keanu, Destin, Marcelo, Ayo".
_ITEM = rf"{NAME_TOKEN}(?![^\S\n]*\d)"
_LIST = re.compile(
    rf"(?<![A-Za-z\-'’])(?P<l>{_ITEM}(?:,[^\S\n]*{_ITEM}){{1,}},?[^\S\n]*(?:and[^\S\n]+|&[^\S\n]*)?{_ITEM})(?![A-Za-z])"
)
#: Two capitalised words inside a sentence (after a lowercase word or a comma), nothing
#: capitalised after: "plan for DeShawn Pettaway, released". Jottings rarely capitalise
#: anything else that way (organisations and places carry their own words and rules).
_MID_BIGRAM = re.compile(
    rf"(?<=[a-z0-9,][^\S\n])(?P<n>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})(?![A-Za-z])(?![^\S\n]+[A-Z])"
)

#: Words that make a capitalised pair a place or an organisation, not a person.
_PLACE_WORD = re.compile(
    rf"(?:{_STREET}|{_SUFFIX}|Park|Lake|River|Hill|Hills|Valley|Heights|Beach|County|City|Falls|"
    r"Disorder|Syndrome|Disease|Therapy|Anxiety|Depression|Scale|Inventory|Test|Program)$"
)


class EnglishNameRecognizer(RegexRecognizer):
    """Context-anchored English personal names (PERSON)."""

    def __init__(self) -> None:
        super().__init__("EnglishNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        hon = "|".join(sorted(lex.en_honorifics, key=len, reverse=True))
        roles = "|".join(re.escape(r) for r in sorted(lex.en_roles, key=len, reverse=True))
        self._honorific = re.compile(rf"(?<![A-Za-z])(?:{hon})\.?[^\S\n]+")
        self._role = re.compile(
            rf"(?i)(?<![A-Za-z])(?:{roles})(?:(?<=/)|(?![A-Za-z]))[^\S\n]*[:(]?[^\S\n]*(?:of[^\S\n]+|to[^\S\n]+)?"
        )
        self._people_cue = re.compile(
            rf"(?i)(?<![A-Za-z])(?:{roles}|present|attending|attended|absent|including|incl\.?)(?![A-Za-z])[^.;\n]*$"
        )
        th_roles = "|".join(re.escape(r) for r in lex.th_roles_before_latin)
        self._th_role = re.compile(rf"(?:{th_roles})[^\S\n]*(?=[A-Z])")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in self._honorific.finditer(text):
            span = name_seq_at(text, m.end(), allow_month=True)
            if span:
                out.append(self.result(PERSON, m.start(), span[1], 0.9))
        for m in self._role.finditer(text):
            span = name_seq_at(text, m.end(), allow_month=True)
            while span:
                out.append(self.result(PERSON, span[0], span[1], 0.8))
                sep = _LIST_SEP.match(text, span[1])
                span = name_seq_at(text, sep.end(), allow_month=True) if sep else None
        for m in self._th_role.finditer(text):
            span = name_seq_at(text, m.end(), allow_month=True)
            if span:
                out.append(self.result(PERSON, span[0], span[1], 0.85))
        for regex, score in ((_SPEAKER, 0.75), (_AGE_AFTER, 0.75), (_SUBJECT, 0.65), (_NAME_AGE, 0.65)):
            for m in regex.finditer(text):
                self._add_trimmed(text, m.start("n"), m.end("n"), score, out)
        for m in _QUOTED_NICK.finditer(text):
            out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.8))
        for regex in (_JOINED, _JOINED_REV):
            for m in regex.finditer(text):
                if self._all_names(text, m.start("a"), m.end("a")) and self._all_names(text, m.start("b"), m.end("b")):
                    out.append(self.result(PERSON, m.start("a"), m.end("a"), 0.6))
                    out.append(self.result(PERSON, m.start("b"), m.end("b"), 0.6))
        for m in _LIST.finditer(text):
            if not self._people_cue.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "watched Netflix, Hulu, Disney" is not a list of people
            items = list(re.finditer(NAME_TOKEN, m.group("l")))
            names = [i for i in items if is_name_token(i.group(0))]
            if len(names) >= 3 and len(names) >= len(items) - 1:
                for i in names:
                    out.append(self.result(PERSON, m.start("l") + i.start(), m.start("l") + i.end(), 0.6))
        for m in _MID_BIGRAM.finditer(text):
            before = text[max(0, m.start() - 40):m.start()].split()
            if before and before[-1][:1].isupper() and not before[-1].endswith(","):
                continue  # part of a longer capitalised phrase (Major Depressive Disorder)
            if self._all_names(text, m.start("n"), m.end("n")) and not _PLACE_WORD.search(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.6))
        return out

    @staticmethod
    def _all_names(text: str, start: int, end: int) -> bool:
        """Every word in [start, end) is a real name token (not a role, month or common word)."""
        return all(is_name_token(t) for t in text[start:end].split())

    def _add_trimmed(
        self, text: str, start: int, end: int, score: float, out: list[RecognizerResult]
    ) -> None:
        """Add the last run of real name tokens inside [start, end) (drops "Then", "Grandma")."""
        pos = start
        while pos < end:
            span = name_seq_at(text, pos)
            if span and span[1] >= end:
                out.append(self.result(PERSON, span[0], end, score))
                return
            nxt = text.find(" ", pos, end)
            if nxt < 0:
                return
            pos = nxt + 1
