"""Thai businesses and schools named by a trade or school word glued at the end of their name,
with no head word before it: กิมเฮง|พาณิชย์, ช.|การยนต์, บางสะพาน|เมทัล, ทรายทอง|วิทยา.

Why: a note names the employer, the buyer of a family's crop or a child's school the way people
say it — «ส่งผ้าให้แพรพรรณไหมไทย», «ขายหัวมันให้โชคอำนวยพืชไร่», «นักเรียน ม.5 ทรายทองวิทยา» —
without บริษัท, ร้าน or โรงเรียน in front, so no head-word rule sees it, and the made-up first part
is unknown to every list. The last word says what it is: Thai firms and schools take their names
from a short stock of such words. The name's first part is read back from the trade word over
the tokens before it, until a function word, an action verb, a title or a number (the clause
around a run-on name: «ไปเข็นของให้|กิมเฮงพาณิชย์|แค่ช่วงเช้า»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.regex_gate import alternation
from assistant.redact.types import ORGANIZATION

#: Trade words that end a firm's name (commerce, motors, farm produce, metal, logistics …); not
#: the ones common in running text (การค้า "trade", ก่อสร้าง "building site", มอเตอร์ "motorbike").
TRADE_WORDS = (
    "พาณิชย์", "การยนต์", "การเกษตร", "พืชผล", "พืชไร่", "ค้าไม้", "ค้าข้าว",
    "เมทัล", "สตีล", "ฟู้ดส์", "ฟู้ด", "ฟรุ๊ต", "ฟรุ้ต", "มิลค์", "ชูการ์", "ออโต้พาร์ท", "ออโต้พาร์ทส์",
    "โลจิสติกส์", "โลจิสติก", "แมนพาวเวอร์", "เอ็กซ์ปอร์ต", "เอ็กซ์พอร์ต", "อิมปอร์ต", "อินดัสตรี",
    "อินดัสทรี", "อินดัสตรีส์", "เทรดดิ้ง", "ทรานสปอร์ต", "ขนส่ง", "ประกันภัย", "ประกันชีวิต",
    "ซัพพลาย", "เซอร์วิส", "เอ็นจิเนียริ่ง", "คอนสตรัคชั่น", "การ์เมนท์", "แฟคตอรี่", "โปรดักส์",
    "ซีฟู้ด", "แพ็คกิ้ง", "พลาสติก", "การพิมพ์", "เฟอร์นิเจอร์", "ไหมไทย", "การช่าง",
    # session 29: places to stay and to sing, named first (ด่านซ้ายฮิลล์รีสอร์ท, เพชรราตรีคาราโอเกะ)
    "รีสอร์ท", "รีสอร์ต", "โฮมสเตย์", "เกสต์เฮาส์", "เกสท์เฮาส์", "เกสเฮาส์", "คาราโอเกะ", "รูฟท็อป",
)
#: Kinds of lodging a name may stand before with a space (กรีนวัลเลย์ รีสอร์ท).
_LODGINGS = frozenset({"รีสอร์ท", "รีสอร์ต", "โฮมสเตย์", "เกสต์เฮาส์", "เกสท์เฮาส์", "เกสเฮาส์"})
#: Trade words a name may stand before with a space: the lodgings, and since session 32 a firm's
#: English tail written apart (โตโยชิ ออโต้พาร์ท, พีเอ็มเค โลจิสติกส์).
_SPACED_KINDS = _LODGINGS | frozenset({
    "ออโต้พาร์ท", "ออโต้พาร์ทส์", "โลจิสติกส์", "โลจิสติก", "แมนพาวเวอร์", "เทรดดิ้ง", "เอ็นจิเนียริ่ง",
    "คอนสตรัคชั่น", "การ์เมนท์", "แฟคตอรี่", "โปรดักส์", "อินดัสตรี", "อินดัสทรี", "อินดัสตรีส์",
    "เอ็กซ์ปอร์ต", "เอ็กซ์พอร์ต", "อิมปอร์ต", "ทรานสปอร์ต", "ซัพพลาย", "เซอร์วิส", "แพ็คกิ้ง",
})
#: Trade words that also say what an everyday thing is made of or for: after one ordinary word
#: (ขวด|พลาสติก "plastic bottle", รถ|ขนส่ง "delivery truck") they name the thing, not a firm.
_MATERIAL_WORDS = frozenset({"พลาสติก", "เฟอร์นิเจอร์", "ซีฟู้ด", "ฟู้ด", "การพิมพ์", "ขนส่ง", "ประกันภัย", "ประกันชีวิต", "สตีล"})
#: A Thai word run standing alone, then คลินิก and what the clinic treats, glued.
_NAME_FIRST_CLINIC = re.compile(
    r"(?<![\u0E01-\u0E4E.])(?P<n>[\u0E01-\u0E4E]{3,16}?)คลินิ[กค](?P<tail>[\u0E01-\u0E4E]{0,14})(?![\u0E01-\u0E4E])"
)
#: Medical fields and kinds of care a clinic is named by, not a name (ทันตกรรมคลินิก "a dental clinic").
_CLINIC_FIELDS = (
    "ทันตกรรม", "เวชกรรม", "กายภาพ", "แพทย์", "ความงาม", "ผิวหนัง", "สุขภาพ", "จิตเวช", "เด็ก", "สัตว์", "ตา",
    "หู", "ฟัน", "ศัลยกรรม", "สูติ", "นรีเวช", "อายุรกรรม", "แผนไทย", "แพทย์แผนไทย", "เวชปฏิบัติ", "ชุมชน",
    "ยาเสพติด", "วัณโรค", "เบาหวาน", "ความดัน", "นม", "ฝากครรภ์", "วัยรุ่น", "ทั่วไป",
)
#: Words that end a school's name (…วิทยา, …วิทยาคม, …พิทยาคม, …ศึกษา, …วิทยานุสรณ์).
SCHOOL_WORDS = (
    "วิทยา", "วิทยาคม", "พิทยาคม", "พิทยา", "วิทยาคาร", "วิทยานุสรณ์", "วิทยาสรรค์", "พิทยาสรรพ์",
    "ศึกษา", "ศึกษาลัย", "ราษฎร์บำรุง", "ประชาสรรค์",
)
#: A school word right after these is part of a word or a person's name, not a school.
_NOT_A_NAME_PART = ("การ", "นัก", "ผู้", "ความ")
_TAIL = re.compile(
    rf"(?:{alternation(sorted({*TRADE_WORDS, *SCHOOL_WORDS}, key=len, reverse=True))})"
    r"(?![\u0E30-\u0E3A\u0E47-\u0E4E])"
)
#: The Thai letters, marks and abbreviation dots glued right before the trade word, and how many
#: the name's first part may have.
_GLUED_BEFORE = re.compile(r"[\u0E01-\u0E2E\u0E30-\u0E4E.]+\Z")
_LONGEST_FIRST_PART = 40
#: Tokens that end the name's first part on its left: where the clause around it is.
_STOP_TOKENS = frozenset({
    "ให้", "ที่", "ของ", "กับ", "ผ่าน", "จาก", "ใน", "ไป", "มา", "และ", "หรือ", "ส่ง", "ขาย", "ซื้อ", "ทำงาน",
    "เรียน", "จบ", "ย้าย", "อยู่", "แถว", "ใกล้", "หน้า", "ข้าง", "เข้า", "ออก", "ถึง", "ตั้งแต่", "เป็น",
    "คือ", "ว่า", "แต่", "แค่", "ก็", "ได้", "เคย", "ยัง", "กำลัง", "ช่วย", "ฝาก", "ประสาน", "ติดต่อ",
    "บริษัท", "ร้าน", "โรงเรียน", "โรงงาน", "ห้าง", "หจก", "บจก", "รร", "นักเรียน", "ครู", "แนะแนว",
})
#: Generic words a trade word follows in a common noun (สหกรณ์การเกษตร, กระทรวงพาณิชย์, ทุนการศึกษา).
_GENERIC_FIRST = frozenset({
    "สหกรณ์", "กระทรวง", "กรม", "สำนักงาน", "ธนาคาร", "ทุน", "กลุ่ม", "ศูนย์", "สถาบัน", "กอง", "งาน", "ฝ่าย",
    "แผนก", "ธุรกิจ", "บริการ", "ประกัน", "ระบบ", "เขต", "พัฒนาการ", "อาชีวะ", "สาย", "คณะ", "ภาค", "วิชา",
    "หลักสูตร", "ระดับ", "นอก", "ใน", "ต่อ", "เพื่อ", "การ",
})
_MAX_FIRST_TOKENS = 4
#: Stopwords that open place names a firm is named after (บาง|สะพาน|เมทัล).
_PLACE_OPENERS = frozenset({"บาง"})


#: Session 29: clause words the tokenizer glues to their neighbour (เจอ|กันที่|เพชร…, ไปเที่ยว|รีสอร์ท).
_GLUED_ENDS = ("ที่", "ให้", "ของ", "กับ", "จาก")
_GLUED_STARTS = ("ไป", "มา")


def _glued_clause(tok: str, th) -> bool:
    """A token that ends in a preposition or opens with a motion verb before an action is the
    clause around a name, not its first part."""
    return (len(tok) > 3 and tok.endswith(_GLUED_ENDS)) or (
        tok.startswith(_GLUED_STARTS) and len(tok) > 3 and th.acts(tok[2:])
    )


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Every Thai title without its dot, as a token reads (นาย, ด.ช → ด.ช)."""
    from assistant.redact.resolve import thai_titles

    return frozenset(t.rstrip(".") for t in thai_titles())


class ThaiTradeNameRecognizer(EntityRecognizer):
    """A Thai firm's or school's name ending in a trade or school word (ORGANIZATION)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ORGANIZATION], name="ThaiTradeNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        from assistant.redact.thai_lexicon import get_thai_lexicon

        out: list[RecognizerResult] = []
        th = get_thai_lexicon()
        for m in _TAIL.finditer(text):
            start = self._first_part_start(text, m.start(), m.end(), th)
            if start is None and m.group(0) in _SPACED_KINDS and text[m.start() - 2:m.start()].endswith(" "):
                start = self._spaced_first_part_start(text, m, th)
            if start is None:
                continue
            name = text[start:m.end()]
            if name in th.words or name in th.given_names or name in th.family_names:
                continue  # นักศึกษา, วิทยา (a given name): a word or a person
            first = text[start:m.start()]
            if m.group(0) in _MATERIAL_WORDS and first in th.words and not th.is_name(first):
                continue  # (session 28) ขวดพลาสติก, ถุงพลาสติก, รถขนส่ง: a thing and what it is made of or for
            out.append(RecognizerResult(
                ORGANIZATION, start, m.end(), 0.6,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name},
            ))
        self._name_first_clinics(text, th, out)
        return out

    def _spaced_first_part_start(self, text: str, m: re.Match, th) -> int | None:
        """Session 30 (set 99): a place to stay written after its name and a space (กรีนวัลเลย์
        รีสอร์ท, เขาหลักซีบรีซ รีสอร์ท): read as if glued, and only when the name holds a word no
        dictionary knows (a brand's loanword), so "ไปพัก รีสอร์ท" and "บ้านสวน รีสอร์ท" stay."""
        if not "\u0e01" <= text[m.start() - 2] <= "\u0e4e":
            return None
        glued = text[:m.start() - 1] + text[m.start():]
        start = self._first_part_start(glued, m.start() - 1, m.end() - 1, th)
        if start is not None and not all(t in th.words for t in th.tokenize(glued[start:m.start() - 1])):
            return start
        if m.group(0) in _LODGINGS:
            return None
        # (session 32) a firm's English tail: the tokenizer may read the glued letters across the
        # join (พีเอ็มเค|โล…), so an abbreviation's dot stands in the space (same offsets); a name
        # of one dictionary word is no firm's ("พนักงาน เซอร์วิส" is staff of a service)
        dotted = text[:m.start() - 1] + "." + text[m.start():]
        start = self._first_part_start(dotted, m.start(), m.end(), th)
        if start is None:
            return None
        tokens = th.tokenize(text[start:m.start() - 1])
        return None if len(tokens) == 1 and tokens[0] in th.words else start

    def _name_first_clinics(self, text: str, th, out: list[RecognizerResult]) -> None:
        """Session 28 (sets 90, 93): a clinic named first, its kind after (ใจดีคลินิกจิตเวช,
        สุขใจคลินิก สาขาบ้านฉาง), standing as a word of its own: the name is no verb, function word
        or medical field (ไปคลินิก, ทันตกรรมคลินิก stay)."""
        for m in _NAME_FIRST_CLINIC.finditer(text):
            name = m.group("n")
            toks = [t for t in th.tokenize(name) if t.strip()]
            if not toks or len(toks) > 3 or any(
                t in th.stopwords or t in _STOP_TOKENS or th.acts(t) or t in _CLINIC_FIELDS for t in toks
            ):
                continue
            if name.startswith(_CLINIC_FIELDS) or toks[0] in ("เรื่อง", "โครงการ", "ตาม", "จัด"):
                continue  # เรื่อง|คลินิกแก้หนี้: the topic, then the programme
            tail = [t for t in th.tokenize(m.group("tail")) if t.strip()]
            if tail and th.acts(tail[0]):
                continue  # …คลินิกแก้หนี้ "the clinic that fixes debts": what it does, not a name
            out.append(RecognizerResult(
                ORGANIZATION, m.start(), m.end(), 0.6,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name},
            ))

    @staticmethod
    def _first_part_start(text: str, tail: int, end: int, th) -> int | None:
        """Where the name's first part begins: the tokens glued before the trade word (an
        abbreviation's dot allowed: ช.การยนต์), back to the clause; None if there are none, if the
        trade word does not stand as a token of its own, or if the part is a common noun's."""
        run = _GLUED_BEFORE.search(text, max(0, tail - _LONGEST_FIRST_PART - 1), tail)
        if run is None or tail - run.start() > _LONGEST_FIRST_PART:
            return None
        left = run.start()
        chunk = text[left:end + 12]
        tokens = th.tokenize(chunk)
        # the trade word must be a token of its own (not พาณิชย์ inside a longer word)
        at, bounds = left, []
        for tok in tokens:
            bounds.append((at, tok))
            at += len(tok)
        if not any(pos == tail for pos, _ in bounds) or not any(pos + len(tok) == end for pos, tok in bounds):
            return None  # (and ends one: การค้า|มนุษย์, มอเตอร์|ไซค์ are other words)
        before = [(pos, tok) for pos, tok in bounds if pos < tail]
        taken: list[tuple[int, str]] = []
        titles = _titles()
        for pos, tok in reversed(before):
            bare = tok.rstrip(".")
            if (
                bare in _STOP_TOKENS or (tok in th.stopwords and tok not in _PLACE_OPENERS) or bare in titles or th.acts(tok)
                or tok.isdigit() or len(taken) == _MAX_FIRST_TOKENS or _glued_clause(tok, th)
            ):
                break
            taken.insert(0, (pos, tok))
        if not taken:
            return None
        first = "".join(tok for _, tok in taken)
        if taken[0][1] in _GENERIC_FIRST or first.endswith(_NOT_A_NAME_PART) or not first.rstrip("."):
            return None
        return taken[0][0]
