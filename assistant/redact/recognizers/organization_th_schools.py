"""Thai schools named without the word โรงเรียน, after "studies at / in grade N at / finished at".

Why: pupils, parents and counsellors name a school bare — «หนูอยู่ ม.5 ที่บดินทรเดชา 2»,
«จบ ม.3 จากแม่ทาวิทยาคม» — and a school plus a grade narrows a child down to a few dozen pupils.
With no head word, no shape rule sees it; the school list (``gazetteer.thai_school_names``, ~1,000
names from Thai Wikipedia's titles) does. Only a school frame lets a name count, and a name that is
also an everyday word (อนุบาล "kindergarten", กฎหมาย "law") counts only with its town after it;
a number after such a word is a year or grade (อนุบาล 2).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.location_th import ends_thai_word
from assistant.redact.types import ORGANIZATION

#: What stands before a school's name: studies (at), a grade (ม.5, ป.6, ม.4/2), finished (from),
#: moved (to study), pupil or alumnus of, got into, and the abbreviation รร.
_FRAME = re.compile(
    r"(?:เรียน(?:อยู่)?|(?:ม|ป)\.[^\S\n]?\d(?:/\d{1,2})?|จบ(?:จาก)?|ย้าย(?:ไป|มา)(?:เรียน)?|นักเรียน|"
    r"ศิษย์เก่า|สอบติด|สอบเข้า|รร\.)[^\S\n]?(?:(?:ที่|จาก|โรงเรียน)[^\S\n]?)?"
)
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
#: Occurrences in the Thai National Corpus from which a listed school name is an everyday word.
_EVERYDAY = 100
#: A branch number after the name (บดินทรเดชา 2), not a count (… 2 ปี, 3 คน).
_BRANCH = re.compile(r"[^\S\n]?\d{1,2}(?![\d.:/])(?![^\S\n]*(?:ปี|คน|วัน|เดือน|ครั้ง|ชม|โมง|ห้อง|ขวบ))")


@lru_cache(maxsize=1)
def _schools() -> tuple[frozenset[str], int, frozenset[str]]:
    """(names, longest, names that are everyday words). A listed name the dictionary also holds is
    an everyday word when the Thai National Corpus counts it 100 times or more (อนุบาล 763, กฎหมาย
    25,724); rarer ones are the schools' own names (วชิราวุธ 67, บดินทรเดชา and มหิดลวิทยานุสรณ์ absent)."""
    from pythainlp.corpus import tnc

    from assistant.redact.gazetteer import thai_school_names
    from assistant.redact.thai_lexicon import get_thai_lexicon

    names = thai_school_names()
    words = get_thai_lexicon().words
    freq = dict(tnc.word_freqs())
    everyday = frozenset(n for n in names if n in words and freq.get(n, 0) >= _EVERYDAY) | _KINDS
    return names, max(map(len, names)), everyday


#: session 25 — titles in the list that name a kind of school, not one (an Islamic kindergarten, a
#: pondok, a demonstration, secondary, municipal, private or state school, a cram school), or no
#: school at all (ตำรวจ police): rarer in the national corpus than _EVERYDAY, as regional words are.
_KINDS = frozenset({
    "ตาดีกา", "ปอเนาะ", "สาธิต", "มัธยม", "กวดวิชา", "เทศบาล", "เอกชน", "รัฐบาล", "ตำรวจ", "นักสืบ", "ผู้นำ",
    "พร้อม",
})


class ThaiSchoolRecognizer(EntityRecognizer):
    """A listed Thai school's bare name in a school frame (ORGANIZATION)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ORGANIZATION], name="ThaiSchoolRecognizer")

    def load(self) -> None:  # the list loads on first use (cached per process)
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if not _THAI_RUN.search(text):
            return out
        for m in _FRAME.finditer(text):
            span = self._school_at(text, m.end())
            if span:
                out.append(RecognizerResult(ORGANIZATION, m.end(), span, 0.6))
        return out

    @staticmethod
    def _school_at(text: str, pos: int) -> int | None:
        """End of the longest listed school name starting at ``pos`` that ends a word, with its
        town glued on or its branch number after it; None when there is none."""
        from assistant.redact.boundaries import is_known_thai_place
        run = _THAI_RUN.match(text, pos)
        if not run:
            return None
        names, longest, everyday = _schools()
        chunk = run.group(0)[:longest]
        for size in range(len(chunk), 4, -1):
            name = chunk[:size]
            if name not in names:
                continue
            end = pos + size
            rest = _THAI_RUN.match(text, end)
            town = next(
                (k for k in range(len(rest.group(0)), 2, -1)
                 if is_known_thai_place(rest.group(0)[:k]) and ends_thai_word(text, end, end + k)),
                None,
            ) if rest else None
            branch = _BRANCH.match(text, end) if rest is None else None
            if town:
                return end + town  # เบญจมราชูทิศ|บางปะกง: the school's town is part of its name
            if name in everyday:
                return None  # อนุบาล 2 (a kindergarten year), กฎหมาย: the ordinary word
            if branch:
                return branch.end()
            return end if ends_thai_word(text, pos, end) else None
        return None
