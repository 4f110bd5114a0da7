"""The value of a Thai form field that names a person (PERSON): ชื่อเล่น: ซัน, บุตร: นางสมัย,
ผู้แปลภาษา : ซอ พอ ลา.

Why: referral slips, intake forms and student records are pasted with their labels, and the
label is the only cue: a nickname field holds an ordinary word (ซัน "sun", ฝน "rain"), a relation
field holds a title and a given name that is also a word (นางสมัย "era"), an interpreter field a
Karen name in syllables. The name rules want a cue word glued to the name or a name they know;
the label is a better cue than either. What the field may also hold — that there is nobody
(ไม่มี, ไม่ทราบ, -), a count (2 คน), a description (ลูกสาวคนโต, เสียชีวิตแล้ว) — is read first and
left alone.
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
#: Fields whose value is what a person is called, whatever the word.
_NICK_FIELDS = "ชื่อเล่น|ชื่อที่ใช้|ชื่อเรียก"
#: Fields whose value is a person — or a description of one, which the value test tells apart.
_PERSON_FIELDS = (
    "ผู้แปลภาษา|ผู้แปล|ล่าม|บุตร(?:ชาย|สาว)?|ลูก(?:ชาย|สาว)?|สามี|ภรรยา|ภริยา|ผู้ดูแล(?:หลัก)?|ญาติ(?:ผู้ดูแล)?|"
    "ผู้ติดต่อ(?:ฉุกเฉิน)?|ครูประจำชั้น|ครูที่ปรึกษา|อาจารย์ที่ปรึกษา|แพทย์ผู้ส่ง|แพทย์ผู้ตรวจ|ผู้ส่งต่อ|ผู้ประสานงาน|"
    "ผู้บันทึก|ผู้รับเรื่อง|พี่เลี้ยง|นายจ้าง"
)
_FIELD = re.compile(
    rf"(?<![{_T}])(?:(?P<nick>{_NICK_FIELDS})|(?P<who>{_PERSON_FIELDS}))[^\S\n]*[:：][^\S\n]*"
    rf"(?P<v>[{_T}][{_T}.]*(?:[^\S\n][{_T}][{_T}.]*){{0,3}})"
)
#: Polite particles closing a spoken phrase: a value that has one is a chat line, not a name.
_SPEECH_PARTICLES = frozenset({"ค่ะ", "คะ", "ค่า", "ครับ", "คับ", "ฮะ", "นะ", "จ้ะ", "จ้า", "จ๊ะ", "เด้อ", "เจ้า"})
#: A value that says there is nobody, or that it is not known.
_NOBODY = ("ไม่มี", "ไม่ทราบ", "ไม่ระบุ", "ไม่ต้อง", "ไม่ได้", "ยังไม่", "เสียชีวิต", "ไม่มีข้อมูล", "ไม่ทราบชื่อ", "ตนเอง")


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    lex = get_lexicon()
    return tuple(sorted(lex.th_strong_titles | {"พยาบาล", "บุรุษพยาบาล"}, key=len, reverse=True))


def _not_a_name_word(word: str) -> bool:
    """A word that describes a person or opens a clause: no name."""
    lex = get_lexicon()
    th = get_thai_lexicon()
    toks = [t for t in th.tokenize(word) if t.strip()]
    return (
        not toks or word.startswith(_NOBODY) or toks[0] in lex.th_clause_openers or toks[0] in lex.th_role_nouns
        or toks[0] in lex.th_soft_titles or toks[0] in lex.th_not_names or word in th.stopwords
        or toks[0] in lex.th_roles_before_latin  # ลูกสาวคนโต, ภรรยา: a relation, not a name
    )


def _name_span(value: str, nickname: bool) -> int:
    """How much of the field's value is the name (0: none). The value's words are read in turn:
    an optional title glued to the first, a given name, then a family name or name syllables."""
    th = get_thai_lexicon()
    lex = get_lexicon()
    words = value.split(" ")
    first = words[0]
    title = next((t for t in _titles() if first.startswith(t) and len(first) > len(t) + 1), "")
    given = first[len(title):]
    if not title and first in lex.th_name_opening_honorifics and len(words) > 1:
        # ซอ พอ ลา: a Karen or Burmese honorific, then short name syllables one space apart
        n = 1
        while n < len(words) and n <= 3 and len(words[n]) <= 4 and words[n] not in lex.th_clause_openers:
            n += 1
        return len(" ".join(words[:n])) if n > 1 else 0
    toks = [t for t in th.tokenize(given) if t.strip()]
    if not toks or "ชื่อ" in toks:
        return 0  # ลูกสะใภ้ชื่อบัวเขียว: a relation and its cue, which the cued rules read
    if not nickname and not title:
        if _not_a_name_word(given):
            return 0
        if given in th.words and not th.is_name(given):
            return 0  # an ordinary word with no title: a description (สดใส, ร่าเริง)
        if len(toks) > 1 and toks[1] in _SPEECH_PARTICLES and toks[0] in th.words and not th.is_name(toks[0]):
            return 0  # (session 28) a chat line under a role label: ครูที่ปรึกษา: ขอโทษค่ะ
    elif nickname and given.startswith(_NOBODY):
        return 0
    # a title glued to a run (นางสมัยไปทำงาน): the name ends where a clause word begins
    end = len(title)
    for i, t in enumerate(toks):
        if i and (t in lex.th_clause_openers or t in th.stopwords):
            break
        end += len(t)
    if end < len(first):
        return end
    span = len(first)
    if len(words) > 1 and (title or not nickname):
        second = words[1]
        if second in th.family_names or (
            second not in th.words and len(second) >= 3 and not any(_not_a_name_word(t) for t in th.tokenize(second))
        ):
            span += 1 + len(second)
    return span


class ThaiFormFieldNameRecognizer(RegexRecognizer):
    """The value of a Thai form field that names a person."""

    def __init__(self) -> None:
        super().__init__("ThaiFormFieldNameRecognizer", ())
        self.supported_entities = [PERSON]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if ":" not in text and "：" not in text:
            return out
        for m in _FIELD.finditer(text):
            n = _name_span(m.group("v"), nickname=m.group("nick") is not None)
            if n:
                out.append(self.result(PERSON, m.start("v"), m.start("v") + n, 0.75))
        return out
