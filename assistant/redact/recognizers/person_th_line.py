"""Thai full names written bare where a form or a list puts a person: at the start of a line, after
a list marker (1., -, •) or after a colon (ผู้รับบริการ: ธนกฤต ศรีวงศ์ไพศาล), and a family name
after a name read from a naming cue (ชื่อภูริณัฐ วงศ์อมรเดช).

Why a slot and two words: with no title there is no cue word, but a given name and a family name
side by side, one space apart, standing alone, is how Thai writes a person. Both halves are
checked: one must be in PyThaiNLP's given-name (or family-name) list and the other must look like
a name (listed, or a compound the dictionary does not know, with no function word or verb in it),
so a clause at the start of a line (นอนไม่หลับ 2 สัปดาห์, ครูแนะแนว โทรมา) is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon, orchid_tags
from assistant.redact.types import PERSON

_T = THAI_LETTERS
#: Line start / list marker / colon, then "given family" standing alone.
_SLOT_NAME = re.compile(
    # (session 30: or after a column gap — a form pasted with spaces for its colons: ผู้บันทึก  X Y)
    rf"(?:^|(?<=\n)|(?<=:)|(?<=[^\S\n]{{2}})|(?<=\t))[^\S\n]*(?:(?:\d{{1,2}}[.)]|[-•*])[^\S\n]*)?"
    rf"(?P<g>[{_T}]{{2,16}})[^\S\n](?P<s>[{_T}]{{3,24}})(?=[^\S\n]|[,;:()\n]|$)",
    re.MULTILINE,
)
#: session 36 (sets 107, 118) — "given family" standing between spaces anywhere (ครูใหญ่ สมพล
#: ไชยวงศ์ ยังไม่รู้…, ผู้ใหญ่บ้าน X Y มาด้วย): read only when the given name is listed, no common
#: word (ORCHID tags it a proper noun or never saw it: not สิทธิ "entitlement") and no place's
#: name, and the family name is no dictionary word but listed or made of family-name pieces
#: (surname_pieces). (A bracket or a comma round the pair cost a keep string on a blind set.)
_SPACED_ANYWHERE = re.compile(
    rf"(?:(?<=\s)|^)(?P<g>[{_T}]{{3,14}})[^\S\n](?P<s>[{_T}]{{4,24}})(?=\s|$)", re.M
)
#: One name alone in a slot, then a dash: a signature ("อรอนงค์ — นักสังคมสงเคราะห์") or a
#: numbered member of a group ("2. แสนคำ — มาสาย"). The dash says "this person: …".
_SLOT_DASHED = re.compile(
    rf"(?:^|(?<=\n))[^\S\n]*(?:(?:\d{{1,2}}[.)]|[-•*])[^\S\n]*)?"
    rf"(?P<g>[{_T}]{{2,16}})[^\S\n]*[—–\-][^\S\n]",
    re.MULTILINE,
)
#: A roster line: the line opens with one word and a polite particle (เจ้านาย ค่ะ …, ธนัทครับ …):
#: in a group note each member speaks or is noted on their own line.
_ROSTER_PARTICLE = re.compile(
    rf"(?:^|(?<=[—–]))[^\S\n]*(?:(?:\d{{1,2}}[.)]|[-•*])[^\S\n]*)?(?P<g>[{_T}]{{2,16}}?)[^\S\n]?"
    rf"(?:(?:นะ)?(?:ค่ะ|คะ|ครับ|จ้ะ|จ้า)|นะ)[^\S\n]+(?P<after>\S)",
    re.MULTILINE,
)
#: The member's real name in brackets right after the roster word: "ปังปอนด์ครับ (ธนวัฒน์ ศรีวงศ์)".
_ROSTER_REAL = re.compile(rf"\((?P<g>[{_T}]{{2,16}})[^\S\n](?P<s>[{_T}]{{3,24}})\)")
#: A roster line naming two members: "W1 กับ W2 <verb…>" with spaces round กับ.
_ROSTER_PAIR = re.compile(
    rf"^[^\S\n]*(?:(?:\d{{1,2}}[.)]|[-•*])[^\S\n]*)?(?P<g>[{_T}]{{2,16}})[^\S\n]+กับ[^\S\n]+"
    rf"(?P<h>[{_T}]{{2,16}})[^\S\n]+\S",
    re.MULTILINE,
)
#: Line-opening replies that take a particle in speech but name nobody (สวัสดีค่ะ, ขอบคุณครับ).
_ROSTER_NOT = (
    "สวัสดี", "ขอบคุณ", "ขอโทษ", "ใช่", "โอเค", "เข้าใจ", "จริง", "ดี", "เหรอ", "ค่อย", "วันนี้",
    "เมื่อวาน", "พรุ่งนี้", "ตอนนี้", "แล้ว", "คือ", "ก็", "หนู", "ผม", "ดิฉัน", "เรา", "พี่", "น้อง",
    "ครู", "แม่", "พ่อ", "ทุกคน", "สรุป", "ส่วน", "อืม", "เอ่อ", "โอ้", "นี่", "นั่น",
)
#: session 7 — a form field that names a person, right before the colon (ผู้ร้อง: …, ชื่อ-สกุล: …,
#: มารดา: …): after it a given name and a second word are a full name even when the family name is
#: also an ordinary word (อำไพ คำมูล).
_PERSON_FIELD = re.compile(
    r"(?:ชื่อ(?:[^\S\n]?[-–/][^\S\n]?|[^\S\n]?)(?:นาม)?สกุล|ชื่อ|ผู้ร้อง|ผู้แจ้ง|ผู้เสียหาย|ผู้ต้องหา|ผู้ถูกกล่าวหา|"
    r"ผู้ปกครอง|ผู้ติดต่อ|ผู้ให้ข้อมูล|ผู้ขอรับบริการ|ผู้รายงาน|มารดา|บิดา|"
    # (session 30) staff who sign a record, and a column gap for the colon (ผู้บันทึก  X ทองเหลือง)
    r"ผู้บันทึก|ผู้ลงบันทึก|ผู้สัมภาษณ์|ผู้ประสานงาน|ผู้รับผิดชอบ|ผู้ส่งต่อ|ผู้รับเรื่อง)"
    r"(?:[^\S\n]*:[^\S\n]*|[^\S\n]{2,}|\t)$"
)
#: (Fields that describe a person's state as often as they name one — ผู้ป่วย:, เด็ก:, ลูก: — are
#: left to the listed-name test above: "เด็ก: สดใส ร่าเริง" is "bright, cheerful".)
CLAUSE_PREFIXES = (
    "เป็น", "ได้", "ไม่", "จะ", "ให้", "ทำ", "มี", "ช่วย", "ต้อง", "กำลัง", "ยัง", "เคย", "อยาก", "ชอบ",
    "ติด", "กลับ", "ขอ", "รอ", "ไป", "มา", "บอก", "เล่า", "แจ้ง", "พา", "โทร", "อยู่", "ถูก", "โดน",
)


@lru_cache(maxsize=1)
def slot_names() -> ThaiSlotNameRecognizer:
    """A shared instance, for the given/family-name shape tests used by other recognizers."""
    return ThaiSlotNameRecognizer()


class ThaiSlotNameRecognizer(RegexRecognizer):
    """Untitled Thai full names at the start of a line, after a list marker or a colon (PERSON)."""

    def __init__(self) -> None:
        super().__init__("ThaiSlotNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        self._th = get_thai_lexicon()
        self._pieces = lex.th_name_pieces
        self._not_names = lex.th_not_names | lex.th_not_surnames | lex.th_soft_titles | lex.th_strong_titles
        self._bad = (
            self._th.stopwords | lex.th_not_names | lex.th_not_surnames | lex.th_soft_titles
            | lex.th_strong_titles
        )

    @staticmethod
    def _person_field(text: str, start: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        return bool(_PERSON_FIELD.search(text, line_start, start))

    def _word_family(self, word: str) -> bool:
        """After a person field, a family name may be an ordinary word (คำมูล); never a function
        word, a verb opening a clause (มาสาย) or a title."""
        if word in self._th.family_names:
            return True
        return (
            len(word) >= 3 and not word.startswith(CLAUSE_PREFIXES)
            and not any(t in self._bad for t in self._th.tokenize(word))
        )

    def given_like(self, word: str) -> bool:
        """Listed given name, or an unknown word with no blocked piece."""
        if word in self._th.given_names:
            return True
        return self._unknown_clean(word)

    def family_like(self, word: str) -> bool:
        """Listed family name, or an unknown compound with no blocked piece."""
        if word in self._th.family_names:
            return True
        return len(word) >= 4 and self._unknown_clean(word)

    def _unknown_clean(self, word: str) -> bool:
        if word in self._th.words or word.startswith(CLAUSE_PREFIXES):
            return False
        pieces: list[str] = []
        for t in self._th.tokenize(word):  # มณีวรรณ|กู|ล: a lone letter closes the piece before (กูล)
            if pieces and len(t) == 1:
                pieces[-1] += t
            else:
                pieces.append(t)
        return not any(t in self._bad for t in pieces)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if not re.search(rf"[{_T}]", text):
            return out
        for m in _SLOT_NAME.finditer(text):
            g, s = m.group("g"), m.group("s")
            if (g in self._th.given_names and self.family_like(s)) or (
                s in self._th.family_names and self.given_like(g) and g not in self._th.words
            ) or (self._person_field(text, m.start("g")) and self.given_like(g) and self._word_family(s)):
                out.append(self.result(PERSON, m.start("g"), m.end("s"), 0.7))
        for m in _SPACED_ANYWHERE.finditer(text):
            if self._spaced_full_name(m.group("g"), m.group("s")):
                out.append(self.result(PERSON, m.start("g"), m.end("s"), 0.6))
        for m in _SLOT_DASHED.finditer(text):
            if self.dashed_name(m.group("g")):
                out.append(self.result(PERSON, m.start("g"), m.end("g"), 0.65))
        out.extend(self._roster(text))
        return out

    def _spaced_full_name(self, given: str, family: str) -> bool:
        from assistant.redact.boundaries import is_known_thai_place
        from assistant.redact.surname_pieces import surname_like

        return (
            given in self._th.given_names and orchid_tags().get(given) in (None, "NPRP") and not is_known_thai_place(given)
            and family not in self._th.words
            and (family in self._th.family_names or surname_like(family))
        )

    def _roster_word(self, word: str) -> bool:
        # มาร์ค: a transliterated name (spelled with ์, unknown to the dictionary) may open like a verb
        foreign = "\u0e4c" in word
        return not (
            word in self._bad or (word.startswith(CLAUSE_PREFIXES) and not foreign) or word in _ROSTER_NOT
            or word.startswith(_ROSTER_NOT[:4])
        )

    def _roster(self, text: str) -> list[RecognizerResult]:
        """A group roster: two or more lines opening with "word + particle" name the members, and
        then a line opening "word กับ word" names two. One such line alone is speech (ดีค่ะ ไปต่อ),
        so the frame needs the list: several lines shaped alike, with different opening words."""
        if "\n" not in text or not re.search("ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า", text):
            return []
        found = [
            (m.start("g"), m.end("g")) for m in _ROSTER_PARTICLE.finditer(text)
            if self._roster_word(m.group("g"))
        ]
        if len({text[s:e] for s, e in found}) < 2:
            return []
        for m in _ROSTER_PARTICLE.finditer(text):
            real = _ROSTER_REAL.match(text, m.start("after"))
            family = real.group("s") if real else ""
            if real and self._roster_word(m.group("g")) and self.given_like(real.group("g")) and (
                self.family_like(family) or not family.startswith(CLAUSE_PREFIXES)
            ):
                found.append((real.start("g"), real.end("s")))
        for m in _ROSTER_PAIR.finditer(text):
            if self._roster_word(m.group("g")) and self._roster_word(m.group("h")):
                found += [(m.start("g"), m.end("g")), (m.start("h"), m.end("h"))]
        return [self.result(PERSON, s, e, 0.6) for s, e in found]

    def dashed_name(self, word: str) -> bool:
        """A word alone before a dash is a person when it is a listed given/family name that is not
        an ordinary word, or a compound the dictionary does not know made of name-like pieces (คำ|แสน,
        บุญ|หลาย); a heading (อาการ —, แผน —) is an ordinary word."""
        if word in self._th.words or word in self._bad or word.startswith(CLAUSE_PREFIXES):
            return False
        if self._th.is_name(word):
            return True
        tokens = self._th.tokenize(word)
        return (
            2 <= len(tokens) <= 3 and len(word) >= 4 and all(len(t) >= 2 for t in tokens)
            and not any(t in self._not_names for t in tokens)
            # name syllables are short (คำ|แสน, บุญ|หลาย); a heading's words are long (ส่ง|ต่อ|จิตแพทย์)
            and all(len(t) <= 4 or self._th.is_name(t) or t in self._pieces for t in tokens)
        )


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
