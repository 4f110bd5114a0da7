"""Thai names written bare, with no title: found by the slot they sit in, not by the word.

Thai nicknames are mostly ordinary dictionary words or loanwords (ฟ้า, พลอย, ปอนด์, ไอซ์), so
neither a name list nor "not in the dictionary" finds them; PyThaiNLP's word list holds nearly all
of them. What marks them is position, and two positions are reliable in jottings:

* apposition: a relationship noun, a space, then ONE word standing alone (ลูกชาย ปอนด์ ไม่ยอม…,
  เพื่อนสนิท แพท ชวน…, ลูกสาวคนเล็ก แตงโม อายุ 12). Thai writers put a space around a name
  in this slot; a clause after the space starts with a verb or function word, which is blocked.
* a reporting subject at the start of a clause: Xเล่าว่า / Xบอกว่า, when X is name-shaped
  (not a dictionary word, a listed given name, or a loanword spelling with ์ ๊ ๋).

Lists (ฝ้าย, โอม และ มิ้นท์) are joined later, in ``resolve.add_thai_coordinated``, once any
member is known to be a person; the group cue "ผู้เข้าร่วม:" starts such a list here.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.models import Language
from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import PERSON
from assistant.text.language import script_runs

#: Nouns for a person's relation to the client; a lone word after them (and a space) is a name.
RELATION_NOUNS = frozenset({
    "ลูก", "ลูกชาย", "ลูกสาว", "ลูกเขย", "ลูกสะใภ้", "ลูกเลี้ยง", "หลาน", "หลานชาย", "หลานสาว",
    "สามี", "ภรรยา", "แฟน", "คู่หมั้น", "พี่ชาย", "พี่สาว", "น้องชาย", "น้องสาว", "พี่น้อง",
    "ลูกพี่ลูกน้อง", "เพื่อน", "เพื่อนสนิท", "เพื่อนบ้าน", "เพื่อนร่วมงาน", "เพื่อนร่วมห้อง",
    "เพื่อนร่วมชั้น", "เพื่อนในห้อง", "พี่เลี้ยง", "ผู้ดูแล", "หัวหน้า", "นายจ้าง", "เจ้านาย",
    "ญาติ", "มารดา", "บิดา", "พ่อเลี้ยง", "แม่เลี้ยง", "ผู้ปกครอง", "คนรัก", "แฟนเก่า", "สามีเก่า",
    "ภรรยาเก่า", "เจ้าของบ้าน", "ผู้ติดตาม", "คู่กรณี", "ผู้กระทำ", "เมีย", "ผัว",
})
#: Words that may sit between the relation noun and the name: ลูกสาวคนเล็ก, ผู้ดูแลหลัก, เพื่อนสนิท.
_RELATION_MODIFIERS = frozenset({
    "คนเล็ก", "คนโต", "คนกลาง", "คนแรก", "คนที่", "หลัก", "สนิท", "เก่า", "ใหม่", "ร่วมงาน",
    "ร่วมห้อง", "ในห้อง", "ในกลุ่ม", "ร่วมกลุ่ม", "คนเดียว", "ชาย", "สาว", "คน", "เล็ก", "โต", "กลาง",
})
#: Words that are described by an age but are not people's names.
_NOT_AGED = frozenset({
    "หญิง", "ผู้หญิง", "ผู้ชาย", "ชาย", "บุตร", "คนไข้", "เพศ", "ทารก", "วัยรุ่น", "ผู้สูงอายุ", "ลูกคนแรก",
    "แต่งงาน", "เรียน", "ทำงาน", "ป่วย", "ติดยา", "ดื่ม", "สูบ", "หย่า", "แยกทาง", "ตั้งครรภ์", "ท้อง",
    "เมื่อ", "ตอน", "ตั้งแต่", "ประมาณ", "อายุ", "รวม", "นาน", "มา", "แล้ว", "ผ่านมา", "เกือบ", "กว่า",
})
#: Predicates that often follow a relation noun and a space (สามี ตกงาน, แฟน นอกใจ): a clause,
#: not a name. Verbs about people in casework; function words are blocked separately.
_PREDICATES = frozenset({
    "ตกงาน", "ว่างงาน", "ท้อง", "ตั้งครรภ์", "นอกใจ", "กลั่นแกล้ง", "แกล้ง", "ล้อ", "ล้อเลียน", "เมา", "ขี้เมา",
    "ทิ้ง", "หนี", "หนีออกจากบ้าน", "ติดคุก", "ติดการพนัน", "เล่นการพนัน", "ย้าย", "ย้ายออก", "เลิก", "หย่า", "แยกทาง",
    "แยกกันอยู่", "มาเยี่ยม", "เยี่ยม", "อยู่ด้วย", "อาศัยอยู่", "ทำร้ายร่างกาย", "ข่มขู่", "คุกคาม", "ละเมิด",
    "แพ้", "ชนะ", "สอบตก", "สอบติด", "ลาออก", "ถูกไล่ออก", "เกษียณ", "พิการ", "ติดเตียง", "นอนโรงพยาบาล",
    "แอดมิท", "ผ่าตัด", "คลอด", "แท้ง", "โกหก", "ขโมย", "หายตัว", "ทะเลาะวิวาท", "เข้มงวด", "ใจดี", "ขี้หึง",
    "หึง", "หวง", "ปกป้อง", "สนับสนุน", "ให้กำลังใจ", "ไม่สนใจ", "เพิกเฉย", "ห่างเหิน", "สนิท", "ไว้ใจ",
    "ซึมเศร้า", "วิตกกังวล", "ก้าวร้าว", "ดื้อ", "ซน", "ขี้อาย", "เก็บตัว", "กลับมา", "กลับบ้าน", "ออกไป",
})
_LONG_RELATIONS = tuple(r for r in RELATION_NOUNS if len(r) >= 4)
_RELATION_OR_MODIFIER = tuple(RELATION_NOUNS | _RELATION_MODIFIERS)
_REPORTING = ("เล่าว่า", "บอกว่า", "พูดว่า", "แจ้งว่า", "ถามว่า", "ตอบว่า", "เล่า", "บอก")
#: Words that name a group of people before a colon: the list after it is of names.
#: Offices that open a participants' list as often as names do (ปลัดอำเภอ, นายกอบต., นักจิตวิทยา).
_OFFICE_ROLES = ("ปลัด", "นายก", "ผู้ใหญ่บ้าน", "กำนัน", "ผู้อำนวยการ", "ผอ.", "หัวหน้า", "เจ้าหน้าที่", "นัก", "ครู", "พยาบาล")
GROUP_CUES = ("ผู้เข้าร่วม", "สมาชิก", "ผู้ร่วมกลุ่ม", "ผู้ร่วมประชุม", "ผู้เข้ากลุ่ม", "รายชื่อ", "ผู้มาด้วย", "ขาด")
_CHUNK = re.compile(rf"[{THAI_LETTERS}]+")
_LOANWORD_MARKS = re.compile("[\u0e4c\u0e4a\u0e4b]")  # ์ ๊ ๋: loanword and nickname spellings
#: What may follow a lone word in the apposition slot (the slot closes).
_SLOT_END = re.compile(r"(?:[^\S\n]|[,;:)\n]|$)")
#: After a lone word: an age (แตงโม อายุ 12, ส้ม 9 ขวบ) or a bracketed relation (ฝน (ลูกสาว)).
#: ("เบาหวาน 10 ปี", "ซึมเศร้า (2 ปี)" are durations, so "N ปี" does not count; "N ขวบ" and "(N)" do).
_AGE_AFTER = re.compile(
    r"[^\S\n]*(?:\(?อายุ[^\S\n]*\d|\(\d{1,2}[^\S\n]*(?:ขวบ)?\)|\d{1,2}[^\S\n]*ขวบ)"
)
#: A word, then "has no family name (in the papers)": that word is the person's whole name.
_NO_SURNAME = re.compile(rf"(?<![{THAI_LETTERS}])([{THAI_LETTERS}]{{2,12}})[^\S\n]+ไม่มีนามสกุล")
_PREPOSITIONS = frozenset({"ของ", "กับ", "หา", "ถึง", "คือ", "และ"})
#: "15 ปี" right after the word, then a break: the age of the person just named.
_YEARS_AFTER = re.compile(rf"[^\S\n]+\d{{1,2}}[^\S\n]*(?:ปี|ขวบ)(?![{THAI_LETTERS}])")
_CONJUNCTION_AFTER = re.compile(r"[^\S\n]+(?:และ|กับ)")
_RELATION_BRACKET_AFTER = re.compile(rf"[^\S\n]*\(([{THAI_LETTERS}]+)")
_GROUP_LIST = re.compile(
    rf"(?:(?:{'|'.join(GROUP_CUES)})[^\S\n]*(?:\(?\d{{1,2}}[^\S\n]*คน\)?[^\S\n]*)?"
    rf"|(?<![{THAI_LETTERS}])มา[^\S\n]*\d{{1,2}}[^\S\n]*คน[^\S\n]*):[^\S\n]*([{THAI_LETTERS}]+)"  # attendance: มา 4 คน: …
)

#: An untitled full name, then a bracketed nickname or an age: กชพรรณ ปัญญาวงค์ษา (แพม), … อายุ 23.
_FULL_NAME_DESCRIBED = re.compile(
    rf"(?:(?<=[\s:,;(])|^)([{THAI_LETTERS}]{{2,14}})[^\S\n]([{THAI_LETTERS}]{{5,20}})"
    rf"(?=[^\S\n]*(?:\(([{THAI_LETTERS}]{{1,12}})\)|อายุ[^\S\n]*\d|\d{{1,3}}[^\S\n]*ปี))"
)

#: Time and count units that are also given names (เดือน "month", ดาว, วัน): after a number they
#: count, they do not name (อายุ 11 เดือน ใกล้ครบ 1 ปี).
_UNITS = frozenset({"เดือน", "วัน", "ปี", "คืน", "สัปดาห์", "อาทิตย์", "ชั่วโมง", "นาที", "ครั้ง", "ขวบ", "ดาว", "ดวง"})
#: A bracket's inside, and one "word age" item in it (อัสมัน 12, ลูกสาว 7 ขวบ) after ( , or และ.
_BRACKET = re.compile(r"\(([^()\n]{5,80})\)")
_AGED_ITEM = re.compile(
    rf"(?:(?<=\()|(?<=,)|(?<=และ))[^\S\n]*(?P<v>[{THAI_LETTERS}]{{2,12}})[^\S\n]+\d{{1,2}}(?:[^\S\n]*(?P<unit>ปี|ขวบ))?"
    rf"(?=[^\S\n]*(?:,|และ|$))"
)


@lru_cache(maxsize=1)
def bare_names() -> ThaiBareNameRecognizer:
    """A shared instance, for the word tests used when joining name lists."""
    return ThaiBareNameRecognizer()


class ThaiBareNameRecognizer(RegexRecognizer):
    """Untitled Thai names in apposition or as a reporting subject (PERSON)."""

    def __init__(self) -> None:
        super().__init__("ThaiBareNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        self._th = get_thai_lexicon()
        self._not_names = lex.th_not_names | RELATION_NOUNS | _PREDICATES
        self._block = (
            lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles | lex.th_not_surnames
            | self._th.stopwords | RELATION_NOUNS | _RELATION_MODIFIERS
            | _PREDICATES | {"ผู้ป่วย", "ผู้รับบริการ", "ผรบ", "เด็ก", "ทุกคน", "ตัวเอง", "ครอบครัว", "ทั้งคู่", "นักเรียน"}
        )

    def lone_word(self, word: str) -> bool:
        """A word that can be a name on its own: not a function word, verb, title or role."""
        if len(word) < 2 or len(word) > 12 or word in self._block or "ๆ" in word:
            return False
        if word.endswith("ว่า") or word.startswith(("กล่าว", "เล่า", "บอก", "พูด", "ถาม", "ตอบ")):
            return False  # กล่าวว่า, เล่าให้ฟัง: a reporting verb opens a clause
        return not word.startswith(("ไม่", "ได้", "จะ", "ยัง", "เป็น", "ที่", "ก็", "คน", "ผู้"))

    def bracket_nickname(self, word: str) -> bool:
        """One word in brackets after a name or relation: a nickname is short or name-shaped;
        a long dictionary word there is a role or description (ชาวต่างชาติ, อาสาสมัคร)."""
        return (
            (self.lone_word(word) or self.list_item(word)) and self.single_word(word)
            and (len(word) <= 6 or self.name_shaped(word))
        )

    def list_item(self, word: str) -> bool:
        """A comma-separated item of a list of people: particles such as หน่อย are names here."""
        return self.lone_word(word) or (
            2 <= len(word) <= 12 and word in self._th.stopwords and word not in self._block - self._th.stopwords
            and self.single_word(word)
        )

    def single_word(self, chunk: str) -> bool:
        """The chunk is one word for the tokenizer (single letters glued back: บี|ม → บีม)."""
        tokens = self._th.tokenize(chunk)
        return len(tokens) == 1 or all(len(t) == 1 for t in tokens[1:])

    def name_shaped(self, word: str) -> bool:
        """Looks like a name out of context: unknown word, listed name, or loanword spelling."""
        th = self._th
        return word not in th.words or word in th.given_names or bool(_LOANWORD_MARKS.search(word))

    def _ends_with_relation(self, chunk: str) -> bool:
        if self._relation_at_end(chunk):
            return True
        for mod in sorted(_RELATION_MODIFIERS, key=len, reverse=True):
            if chunk.endswith(mod) and len(chunk) > len(mod) and len(mod) >= 3:
                chunk = chunk[: -len(mod)]
                break
        return self._relation_at_end(chunk)

    def _relation_at_end(self, chunk: str) -> bool:
        if not chunk.endswith(_RELATION_OR_MODIFIER):
            return False  # cheap: the last token can only be a relation noun or modifier if it ends so
        tokens = self._th.tokenize(chunk)
        while tokens and tokens[-1] in _RELATION_MODIFIERS and len(tokens) > 1:
            tokens.pop()
        if tokens and tokens[-1] in RELATION_NOUNS:
            return True
        return chunk.endswith(_LONG_RELATIONS)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for start, end, lang in script_runs(text):
            if lang is Language.TH:
                self._apposition(text, start, end, out)
                self._reporting(text, start, end, out)
                self._described(text, start, end, out)
                self._after_preposition(text, start, end, out)
        for m in _GROUP_LIST.finditer(text):  # ผู้เข้าร่วม: แจ๋ว, ตุ๊ก …: the first of a list of names
            word = self._th.tokenize(m.group(1))[0]
            if len(m.group(1)) <= 8 and _SLOT_END.match(text, m.end(1)) and self.lone_word(m.group(1)):
                word = m.group(1)  # ขาด: ลูกหมี (…): the whole lone chunk is the name
            if word.startswith(_OFFICE_ROLES):
                continue  # session 26 — ผู้เข้าร่วม: ปลัดอำเภอ, กำนัน …: an office, not a person
            if self.list_item(word) and (word == m.group(1) or _SLOT_END.match(text, m.start(1) + len(word))):
                out.append(self.result(PERSON, m.start(1), m.start(1) + len(word), 0.7))
        self._full_name_described(text, out)
        if "(" in text:
            self._aged_bracket(text, out)
        for m in _NO_SURNAME.finditer(text):  # พะตี่ จอมือ ไม่มีนามสกุล: the word before is a name
            if self.lone_word(m.group(1)) and m.group(1) not in self._not_names:
                out.append(self.result(PERSON, m.start(1), m.end(1), 0.65))
        return out

    def _apposition(self, text: str, start: int, end: int, out: list[RecognizerResult]) -> None:
        chunks = list(_CHUNK.finditer(text, start, end))
        for prev, cur in itertools.pairwise(chunks):
            gap = text[prev.end():cur.start()]
            if gap in ("(", " (") and self._ends_with_relation(prev.group(0)):
                self._bracket_list(text, cur.start(), out)  # เพื่อนในกลุ่ม (ต้นกล้า, ขุนพล)
            bracketed = gap in ("(", " (") and text.startswith(")", cur.end())  # แฟนเก่า (เจมส์)
            if (gap != " " and not bracketed) or not self._ends_with_relation(prev.group(0)):
                continue
            word = cur.group(0)
            if bracketed:
                if self.bracket_nickname(word):
                    out.append(self.result(PERSON, cur.start(), cur.end(), 0.7))
                continue
            tokens = self._th.tokenize(word)
            if not self.single_word(word):  # glued to what follows: only a name-shaped word before a blocked one
                first = tokens[0]
                if (
                    _CONJUNCTION_AFTER.match(text, cur.end()) and len(word) <= 8
                    and word not in self._th.words and self.lone_word(word)
                ):  # ลูกสาว มึนา และหลาน…: a whole unknown word before และ/กับ is a name
                    out.append(self.result(PERSON, cur.start(), cur.end(), 0.65))
                    continue
                if (
                    (_AGE_AFTER.match(text, cur.end()) or _YEARS_AFTER.match(text, cur.end())) and len(word) <= 10
                    and word not in self._th.words and self.lone_word(word)
                ):  # ลูกสาวคนโต มิเยาะ 15 ปี: a transcribed name the tokenizer splits, then an age
                    out.append(self.result(PERSON, cur.start(), cur.end(), 0.65))
                    continue
                if not (self.lone_word(first) and self.name_shaped(first) and tokens[1] in self._block):
                    continue
                word = first
            elif not _SLOT_END.match(text, cur.end()):
                continue
            if self.lone_word(word):
                out.append(self.result(PERSON, cur.start(), cur.start() + len(word), 0.7))

    def _aged_bracket(self, text: str, out: list[RecognizerResult]) -> None:
        """มาพร้อมลูก 2 คน (อัสมัน 12 และลูกสาว 7 ขวบ): a bracketed list of people with their ages;
        an item that is a name-shaped word (not a relation noun) is a child's name. Two items or
        more, one with ปี/ขวบ, so a lone "(ห้อง 12)" or "(ครั้งที่ 2)" is not read."""
        for m in _BRACKET.finditer(text):
            items = list(_AGED_ITEM.finditer(text, m.start(1), m.end(1)))
            if len(items) < 2 or not any(i.group("unit") for i in items):
                continue
            for item in items:
                word = item.group("v")
                if word in RELATION_NOUNS or self._relation_at_end(word):
                    continue
                if self.lone_word(word) and self.name_shaped(word) and (
                    self.single_word(word) or word not in self._th.words
                ):
                    out.append(self.result(PERSON, item.start("v"), item.end("v"), 0.65))

    def _full_name_described(self, text: str, out: list[RecognizerResult]) -> None:
        """กชพรรณ ปัญญาวงค์ษา (แพม), จักรินทร์ บุญประคองศรี อายุ 23: with no title, a listed given
        name and an unknown long word after it (a family name is rarely a dictionary word),
        followed by a nickname in brackets or an age, is a full name; the nickname is a name too."""
        th = self._th
        for m in _FULL_NAME_DESCRIBED.finditer(text):
            given, family, nick = m.group(1), m.group(2), m.group(3)
            if not (given in th.given_names and self.lone_word(given)):
                continue
            if family in th.words or family in self._block or family.startswith(("ไม่", "ที่", "ผู้")):
                continue
            if (
                given in _UNITS and re.search(r"\d[^\S\n]*$", text[max(0, m.start(1) - 4):m.start(1)])
            ) or th.tokenize(family)[0] in th.stopwords:
                continue  # 11 เดือน ใกล้ครบ 1 ปี: a count's unit (a word as well as a name), then a phrase
            out.append(self.result(PERSON, m.start(1), m.end(2), 0.7))
            if nick is not None and self.bracket_nickname(nick):
                k = text.index("(", m.end(2)) + 1
                out.append(self.result(PERSON, k, k + len(nick), 0.7))

    def _bracket_list(self, text: str, pos: int, out: list[RecognizerResult]) -> None:
        """A bracketed list of two or more lone words after a group of people: the members, by
        name. The list is the cue, so a nickname that is a title-like or ordinary word counts;
        function words and words that are never names do not."""
        close = text.find(")", pos, pos + 80)
        if close < 0:
            return
        items = [w.strip() for w in text[pos:close].split(",")]
        if len(items) < 2 or not all(_CHUNK.fullmatch(w) and 2 <= len(w) <= 12 for w in items):
            return
        if any(w in self._th.stopwords or w in self._not_names or not self.single_word(w) for w in items):
            return
        at = pos
        for w in items:
            k = text.find(w, at, close)
            out.append(self.result(PERSON, k, k + len(w), 0.65))
            at = k + len(w)

    def _described(self, text: str, start: int, end: int, out: list[RecognizerResult]) -> None:
        """A lone word opening a phrase, then an age or a bracketed relation: ส้ม 9 ขวบ, ฝน (ลูกสาว)."""
        for m in _CHUNK.finditer(text, start, end):
            if m.start() > 0 and not text[m.start() - 1].isspace() and text[m.start() - 1] not in ",:;(":
                continue
            word = m.group(0)
            if not (self.lone_word(word) and self.single_word(word)) or word in _NOT_AGED:
                continue
            if text[m.start() - 1:m.start()] == "(" and re.search(rf"[{THAI_LETTERS}][^\S\n]?\($", text[max(0, m.start() - 3):m.start()]):
                continue  # น้องต้นกล้า (ออทิสติก 9 ขวบ): a remark about the word before the bracket
            rel = _RELATION_BRACKET_AFTER.match(text, m.end())
            if _AGE_AFTER.match(text, m.end()) or (rel and self._relation_at_end(rel.group(1))):
                out.append(self.result(PERSON, m.start(), m.end(), 0.65))

    def _after_preposition(self, text: str, start: int, end: int, out: list[RecognizerResult]) -> None:
        """เพื่อนกลุ่มของณัฐณิชา, ทะเลาะกับปัณฑ์ทุกวัน, รุ่นพี่ของธีร์ธวัชรีดไถ, เพื่อนสนิทคือเกรซ: after
        ของ/กับ/หา/ถึง/คือ/และ (a word of its own for the tokenizer) a name-shaped word: a listed
        given name that is not an ordinary word, or an unknown word spelled like a loanword (์ ๊ ๋)."""
        th = self._th
        for m in _CHUNK.finditer(text, start, end):
            tokens = th.tokenize(m.group(0))
            pos = m.start()
            for i, tok in enumerate(tokens[:-1]):
                pos += len(tok)
                if tok not in _PREPOSITIONS:
                    continue
                word, j = "", i + 1
                while j < len(tokens) and (
                    not word or tokens[j] not in th.words or len(tokens[j]) == 1 or th.is_name(tokens[j])
                ) and len(word) < 14:
                    if word and (tokens[j] in self._block or (tokens[j] in th.words and not th.is_name(tokens[j]) and len(tokens[j]) > 2)):
                        break
                    word += tokens[j]
                    j += 1
                if len(word) < 3 or word in th.words or word in self._block:
                    continue
                if (word in th.given_names or _LOANWORD_MARKS.search(word)) or (
                    j == len(tokens) and len(word) <= 8 and any(len(t) >= 2 and t not in th.words for t in tokens[i + 1:j])
                ):
                    out.append(self.result(PERSON, pos, pos + len(word), 0.6))

    def _reporting(self, text: str, start: int, end: int, out: list[RecognizerResult]) -> None:
        for m in _CHUNK.finditer(text, start, end):
            if m.start() > 0 and not text[m.start() - 1].isspace() and text[m.start() - 1] not in ",:;(":
                continue
            tokens = self._th.tokenize(m.group(0))
            if len(tokens) < 2 or not m.group(0)[len(tokens[0]):].startswith(_REPORTING):
                continue
            word = tokens[0]
            if self.lone_word(word) and self.name_shaped(word):
                out.append(self.result(PERSON, m.start(), m.start() + len(word), 0.65))


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
