"""Thai names introduced by a naming cue written with no space, and Thai titles in Latin script.

Thai writers glue the cue to the name: ลูกสาวชื่อดอกแก้ว, ชื่อจริงพิมพ์ลภัส, ชื่อเล่นว่าแป้ง,
นามสกุลพรหมสุวรรณ, ยายชื่อคำแปงจ้า. The tokenizer cannot be trusted around the cue (สามีชื่อ
splits as สา|มีชื่อ), so the cue is found on the raw text and the name is read after it:

* an explicit naming cue (ชื่อเล่น, ชื่อจริง, นามสกุล, ชื่อว่า, ชื่อเล่นว่า) is always followed by a
  name, even an ordinary word (ส้ม, เบียร์, น้ำหวาน);
* a bare ชื่อ counts the same way only after a person noun (สามี, ลูกสาวคนโต, ยาย, เพื่อนสนิท,
  ผู้ป่วย …): "ชื่อ" alone also starts "the name of the drug/school", which is not a person;
* the name ends at a particle (ค่ะ, จ้า, นะ), a function word, a verb, or the end of the chunk.

Also: a relation noun glued to a word the dictionary does not know, standing alone (ภรรยามะเอเอ
ตั้งครรภ์): foreign names (Burmese, Karen, Malay) written in Thai are unknown words; and Thai
titles written in Latin script before a capitalised name (K.Wipada, Khun Somchai, Kru Noi,
P'Nok, Nong Mint), with a bracketed Thai kin-titled form after it (Kru Noi (ครูน้อย)).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import COMMON_CAP
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.person_th_bare import _NOT_AGED, _PREDICATES, RELATION_NOUNS
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, base_letters, get_thai_lexicon
from assistant.redact.types import PERSON

#: Cues that always introduce a name (longest first).
_EXPLICIT = ("ชื่อเล่นว่า", "ชื่อจริงว่า", "ชื่อเล่นคือ", "ชื่อจริงคือ", "ชื่อเล่น", "ชื่อจริง", "นามสกุล", "ชื่อว่า")
_CUE = re.compile(rf"(?P<cue>{'|'.join(_EXPLICIT)}|ชื่อ(?:คือ)?)[^\S\n]?(?=[{THAI_LETTERS}])")
#: Person nouns that make a bare ชื่อ after them "is called": relation nouns, kin titles, roles.
_PERSON_NOUNS = frozenset({
    "ผู้ป่วย", "ผู้รับบริการ", "ผรบ.", "ผป.", "เด็ก", "นักเรียน", "นักศึกษา", "ลูกค้า", "คนไข้",
    "แม่สามี", "พ่อสามี", "แม่ยาย", "พ่อตา", "เจ้าของร้าน", "เจ้าของ", "ผู้ใหญ่บ้าน", "คนที่",
    "อีกคน", "คนหนึ่ง", "ผู้หญิง", "ผู้ชาย", "หลานคนเล็ก", "เพื่อนผู้หญิง", "เพื่อนผู้ชาย",
    "เถ้าแก่", "เจ๊", "เสี่ย", "นายหน้า", "คนกลาง",
    # care roles written as Latin abbreviations in Thai notes (caregiver, case manager)
    "CG", "CM", "Caregiver", "caregiver",
})
#: An alias in quotes after a naming cue (ขอใช้ชื่อว่า "…", ชื่อเล่นว่า “…”): always a name,
#: whatever verb is before the cue — the caller chose it to be called by.
_QUOTED_ALIAS = re.compile(
    # (session 32: or after giving one's name, ผู้หญิงบอกชื่อ "ดวงตะวัน", ใช้ชื่อ "ต้นตาล")
    rf"(?:ชื่อ(?:เล่น)?(?:ว่า|คือ)|(?:บอก|แจ้ง|ให้|ใช้)ชื่อ)[^\S\n]?[\"“'‘]([{THAI_LETTERS}]{{2,16}}(?:[^\S\n][{THAI_LETTERS}]{{2,20}})?)[\"”'’]"
)
#: session 36 (set 118) — what someone is called, in quotes after เรียก (ด.ช.ปัณณวัฒน์ (เรียก "แม็ก"),
#: เพื่อนเรียกกันว่า "ตั้ม"): the quotes mark the name; a kin or role word in them (เรียก "ยาย") is not one.
_QUOTED_CALLED = re.compile(
    rf"เรียก(?:กัน)?(?:ว่า)?[^\S\n]?[\"“'‘]([{THAI_LETTERS}]{{2,16}})[\"”'’]"
)
#: Titles a name read after ชื่อ may carry (ชื่อคุณวิไล, ชื่อนายสมหมาย): the name follows.
#: A nickname written between ชื่อ and the real name's cue, glued (ชื่อโจ๊กชื่อจริงสิทธิเดช), or in
#: quotes before a bracket giving the real name ("ดาวเคียง" (ชื่อจริง …)): what the person is called.
_NICK_BEFORE_REAL = re.compile(
    rf"ชื่อ(?:เล่น)?(?:ว่า)?[^\S\n]?(?P<n>[{THAI_LETTERS}]{{2,12}}?)[^\S\n]?(?:\(|,)?[^\S\n]?(?=ชื่อจริง|นามสกุล)"
)
_QUOTED_BEFORE_REAL = re.compile(
    rf"[\"“'‘](?P<n>[{THAI_LETTERS}]{{2,16}})[\"”'’][^\S\n]*\((?=ชื่อจริง|ชื่อ-สกุล|ชื่อ[^\S\n]|นามสกุล)"
)
#: The cues that say the registered name follows (also read by ``resolve.add_aliases``, where the
#: cue opening a bracket is no part of the alias).
REGISTERED_NAME_CUE = r"ชื่อ(?:จริง|ตามบัตร|ตามพาสปอร์ต|ในบัตร|ในพาสปอร์ต|ตามทะเบียน|ในทะเบียน|เต็ม)"
#: session 36 (sets 32, 43, 47, 55, 63) — a word standing alone, then a bracket or a dash and
#: the registered name's cue (ลูกแก้ว (ชื่อตามบัตร …), โค้ก - ชื่อจริง…, ป้าแป๋ว(ชื่อจริง…): the
#: word is what the person is called. A kin title glued before it is read off (ป้า|แป๋ว).
_WORD_BEFORE_REAL = re.compile(
    rf"(?:^|(?<=[\s:=(\[\]\-–—]))(?P<run>[{THAI_LETTERS}]{{2,20}})[^\S\n]*(?:\(|[-–—])[^\S\n]*"
    rf"(?={REGISTERED_NAME_CUE})",
    re.M,
)
_TITLE_AFTER_CUE = ("คุณ", "นางสาว", "นาย", "นาง", "น.ส.")
_MODIFIERS = (
    "คนโต", "คนเล็ก", "คนกลาง", "คนแรก", "คนที่สอง", "คนที่สาม", "คนสุดท้อง", "สนิท", "หลัก", "เก่า", "ใหม่", "ประจำ",
    "ชาย", "สาว",  # น้าชาย, อาสาว: a kin title with its sex, then ชื่อ
)
#: Words after ชื่อ that are not a person's name: "the name of …", a clause, a form label.
_NOT_NAME_AFTER_CUE = frozenset({
    "เสียง", "ดัง", "เรื่อง", "ย่อ", "บัญชี", "ผู้ใช้", "ไฟล์", "ยา", "โรค", "ตัว", "สกุล", "เดิม",
    "ใหม่", "เต็ม", "จริง", "เล่น", "เด็ก", "แม่", "พ่อ", "โรงเรียน", "บริษัท", "ร้าน", "ที่", "ว่า",
    "คือ", "อะไร", "ไม่", "นี้", "นั้น", "เดียวกัน", "และ", "ของ", "ใน", "ก็", "จะ", "ได้", "เป็น",
    "ผู้", "ไม่ทราบ", "ไม่ระบุ", "เลข", "รหัส", "วันเกิด", "ที่อยู่", "เบอร์", "อะไรก็ไม่รู้", "หน่วยงาน", "ตำแหน่ง", "เฟซบุ๊ก", "ไลน์", "นามสกุล",
})
#: Words that end a name read after a cue (particles, function words).
_PARTICLES = frozenset({
    "ค่ะ", "คะ", "ครับ", "คับ", "นะ", "นะคะ", "นะครับ", "จ้า", "จ้ะ", "จ๊ะ", "ค่า", "ฮะ", "เลย", "ด้วย",
    "แหละ", "หรอก", "เหรอ", "มั้ย", "ไหม", "ที่", "ซึ่ง", "และ", "กับ", "หรือ", "แต่", "เพราะ", "ก็",
    "จะ", "ได้", "ไม่", "ยัง", "เป็น", "มี", "อยู่", "ไป", "มา", "แล้ว", "ของ", "ให้", "ว่า", "คือ",
    "ตอนนี้", "ตอน", "เมื่อ", "นี้", "นั้น",
})
#: "X calls him/her …": home, friends or everyone as the subject of เรียก, then the name.
_CALLED = re.compile(
    rf"(?:ที่บ้าน|คนในบ้าน|ในบ้าน|เพื่อน(?:ๆ|ในห้อง|ในกลุ่ม|สนิท)?|ทุกคน|คนแถวบ้าน|ครอบครัว|ชาวบ้าน)"
    rf"(?:ชอบ|มัก|จะ)?เรียก(?:เขา|เธอ|ตัวเอง|น้อง|หนู)?(?:ว่า)?[^\S\n]?(?=[{THAI_LETTERS}])"
)
_PARTICLE_TAIL = re.compile(r"(?:ค่ะ|คะ|ครับ|คับ|นะคะ|นะครับ|นะ|จ้า|จ้ะ|จ๊ะ|ค่า|ฮะ)$")
_CHUNK = re.compile(rf"[{THAI_LETTERS}]+")
#: A client role, then an untitled full name (ผู้รับบริการ ณฐพัชร์ ทองแท่งทวี): forms and chat
#: headers name the client this way, with no นาย/นาง before the name.
_ROLE_FULL = re.compile(
    rf"(?:ผู้รับบริการ|ผู้ป่วย|ผู้รับการปรึกษา|คนไข้|ผรบ\.|ผู้โทร|ผู้แจ้ง|ผู้ปกครอง|ผู้ดูแล)[^\S\n]*:?[^\S\n]+"
    rf"(?P<g>[{THAI_LETTERS}]{{2,14}})[^\S\n](?P<f>[{THAI_LETTERS}]{{4,24}})(?=[^\S\n]|[,;:()\[\]\n]|$)"
)
#: Words placing someone (หน้า "in front of", หลัง, ข้าง …): after a name they open where, not more name.
_PLACE_PREPOSITIONS = frozenset({"หน้า", "หลัง", "ข้าง", "ใกล้", "แถว", "ตรง", "ริม", "ใต้", "บน", "ตรงข้าม"})
#: Two short spaced parts of a name, then a space, a stop or the end of the line.
_SYLLABLE_PAIR = re.compile(rf"([{THAI_LETTERS}]{{3,6}})[^\S\n]([{THAI_LETTERS}]{{3,6}})(?=[^\S\n]|[,;:()\n]|$)")
#: An age right after a word: " อายุ 10", " 10 ขวบ", " (12 ปี)".
_AGE_FOLLOWS = re.compile(r"[^\S\n]*,?[^\S\n]*(?:อายุ[^\S\n]*\d|\(?\d{1,2}[^\S\n]*(?:ปี|ขวบ))")
_SLOT_END = re.compile(r"(?:[^\S\n]|[,;:)\n/]|$)")
_LOANWORD_MARKS = re.compile("[\u0e4c\u0e4a\u0e4b]")
#: Clause verbs that may follow a relative's name glued to the relation noun (ลูกสาว|X|ทำงาน).
_CLAUSE_VERBS = (
    "ทำงาน", "เป็น", "เคย", "บอก", "เล่า", "ไม่", "จะ", "ยัง", "ได้", "ต้อง", "โทร", "พา", "อยาก", "ชอบ",
    "ดูแล", "ส่งเงิน", "มาเยี่ยม", "ย้าย", "ขอ", "กลับ", "แจ้ง", "ถูก", "โดน",
)
#: A relation noun, then one Thai word alone in a bracket: แฟน (ก้อนเมฆ), ผัว (บักคำผาง).
_RELATION_BRACKET = re.compile(
    rf"(?P<rel>[{THAI_LETTERS}]{{2,24}})[^\S\n]*\((?P<name>[{THAI_LETTERS}]{{2,12}})\)"
)
#: A lone word opening the text or a line, then a class and room (ม.1/3, ป.4/2).
_CLASS_LEVEL = re.compile(
    rf"(?:^|(?<=\n))[^\S\n]*(?P<name>[{THAI_LETTERS}]{{2,12}})[^\S\n]+(?:ม|ป)\.[^\S\n]?\d/\d{{1,2}}(?!\d)"
)
#: Words that name a group or a place before a class level, not a pupil.
_CLASS_WORDS = frozenset({"นักเรียน", "ห้อง", "ชั้น", "เด็ก", "เด็กนักเรียน", "นร", "ครูประจำชั้น", "ระดับ", "สายชั้น", "กลุ่ม"})
#: A conjunction after the chunk: สามีบุนเทือน เพราะ…
_CONJUNCTION_AFTER = re.compile(r"[^\S\n](?:เพราะ|แต่|ก็|จึง|ซึ่ง|ด้วย)")
#: Words that describe the relative instead of naming them (ลูกชายวัยรุ่น, ลูกสาวคนเดียว, หัวหน้างาน).
_NOT_A_RELATIVE_NAME = (
    "คน", "วัย", "ชาว", "งาน", "แผนก", "หลัก", "เก่า", "ใหม่", "สนิท", "ร่วม", "ข้าง", "ที่", "ใน", "ของ", "ทั้ง",
    "บุญธรรม", "นอก", "ต่าง", "ตัว", "คนละ", "ติด", "ขี้", "ท้อง", "สุด", "หนุ่ม", "สาว", "แก่", "พิการ", "ป่วย",
)

#: Thai titles in Latin script (Khun, K., Kru, P', Nong …) before a capitalised name.
_LATIN_TITLE = re.compile(
    r"(?<![A-Za-z0-9])(?:K\.[^\S\n]?|Khun[^\S\n]+|Kru[^\S\n]+|Khru[^\S\n]+|Ajarn[^\S\n]+|Aj\.[^\S\n]?|"
    r"P['’][^\S\n]?|Phi[^\S\n]+|Pee[^\S\n]+|N['’][^\S\n]?|Nong[^\S\n]+|Nang[^\S\n]+|Nai[^\S\n]+|"
    r"Yai[^\S\n]+|Ta[^\S\n]+|Lung[^\S\n]+|Pa[^\S\n]+|Na[^\S\n]+|"
    r"Saw[^\S\n]+|Naw[^\S\n]+|Daw[^\S\n]+|Maung[^\S\n]+|Mahn[^\S\n]+|Sai[^\S\n]+)"
    r"(?P<v>[A-Z][a-z]{1,15}(?:[^\S\n][A-Z][a-z]{1,20}){0,2})(?![A-Za-z])"
)
#: Karen, Burmese and Shan honorifics (Saw/Naw "Mr/Ms", Daw, Maung, Mahn, Sai) open the name
#: itself: "Saw Eh Htoo" is the whole name, so the title is kept inside the span.
_NAME_OPENING_TITLES = ("Saw", "Naw", "Daw", "Maung", "Mahn", "Sai")
#: The same name spelled in Thai in brackets: (ซอ เอ ทู) — short syllables, one space apart.
_BRACKET_SPELLED = re.compile(rf"[^\S\n]*\(([{THAI_LETTERS}]{{1,8}}(?:[^\S\n][{THAI_LETTERS}]{{1,8}}){{1,4}})\)")
#: Kin words that need a stronger cue (a capital after "Ta"/"Pa"/"Na" may be a place).
_WEAK_LATIN_TITLES = ("Yai", "Ta", "Lung", "Pa", "Na", "Saw", "Naw", "Daw", "Maung", "Mahn", "Sai")
#: What opens a clause after a name: ไม่มา, ได้งาน, จะกลับ, เป็นไข้, อยู่บ้าน, มาด้วย, ไปทำงาน.
_CLAUSE_OPENERS = ("ไม่", "ได้", "จะ", "ยัง", "เป็น", "อยู่", "มา", "ไป", "ก็", "และ", "กับ", "ที่")
_BRACKET_KIN = re.compile(rf"[^\S\n]*\(([{THAI_LETTERS}]{{3,16}})\)")


class ThaiCuedNameRecognizer(RegexRecognizer):
    """Names after glued naming cues, foreign names glued to relation nouns, Latin-script Thai
    titles (PERSON)."""

    def __init__(self) -> None:
        super().__init__("ThaiCuedNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        self._lex = lex
        self._th = get_thai_lexicon()
        self._person_nouns = tuple(sorted(
            RELATION_NOUNS | _PERSON_NOUNS | lex.th_soft_titles, key=len, reverse=True
        ))
        self._relations = tuple(sorted((n for n in RELATION_NOUNS if len(n) >= 3), key=len, reverse=True))
        self._titles = tuple(sorted(
            lex.th_soft_titles | lex.th_strong_titles | RELATION_NOUNS, key=len, reverse=True
        ))
        self._stop = _PARTICLES | lex.th_not_surnames | lex.th_not_names
        self._first_block = (
            _NOT_NAME_AFTER_CUE | lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles
            | lex.th_not_surnames  # ส่งชื่อ นามสกุล เลขบัตร: a form's field list, not a name
        )
        self._opening_spaced = re.compile(
            rf"(?<![{THAI_LETTERS}])(?:{'|'.join(lex.th_name_opening_honorifics)})"
            rf"(?P<v>(?:[^\S\n][{THAI_LETTERS}]{{1,6}}){{1,4}})(?![{THAI_LETTERS}])"
        )
        self._not_naming = ("ลง", "เซ็น", "จำ", "ตั้ง", "เปลี่ยน", "ทราบ", "รู้", "บอก", "ระบุ", "เรียก",
                            "ถาม", "ใช้", "ไม่", "มีชื่อเสียง", "ตาม", "สะกด", "เขียน", "กรอก", "ส่ง", "ขอ", "แจ้ง")

    # ------------------------------------------------------------------ helpers
    def _after_person_noun(self, text: str, pos: int) -> bool:
        """The text before ``pos`` ends with a person noun (and maybe คนโต/สนิท …)."""
        before = text[max(0, pos - 24):pos].rstrip()
        for mod in _MODIFIERS:
            if before.endswith(mod) and len(before) > len(mod):
                before = before[: -len(mod)].rstrip()
                break
        return before.endswith(self._person_nouns)

    def _after_relation_of(self, text: str, pos: int) -> bool:
        """สามีมาลี ชื่อ บุญส่ง: a relation noun glued to someone's name, a space, then ชื่อ —
        "X's husband, named …"."""
        before = text[max(0, pos - 24):pos]
        if not before.endswith((" ", "\t")):
            return False
        chunks = _CHUNK.findall(before)
        if not chunks:
            return False
        last = chunks[-1]
        return any(last.startswith(n) and 2 <= len(last) - len(n) <= 12 for n in self._relations)

    def _name_end(self, text: str, pos: int, *, any_word: bool) -> int | None:
        """End of the name starting at ``pos``; None when the words there are not a name."""
        m = _CHUNK.match(text, pos)
        if not m:
            return None
        chunk = m.group(0)
        tail = _PARTICLE_TAIL.search(chunk)
        if tail and tail.start() >= 2:
            chunk = chunk[: tail.start()]
        tokens = self._th.tokenize(chunk)
        merged: list[str] = []
        for tok in tokens:  # newmm splits unknown names into letters: แป|ง → แปง
            if merged and len(tok) == 1:
                merged[-1] += tok
            else:
                merged.append(tok)
        if len(merged) > 1 and merged[0] in ("อา", "มะ") and merged[1] not in self._stop:
            merged[:2] = [merged[0] + merged[1]]  # ชื่ออา|เบ๊อะ, ชื่อมะ|รอ|พี: a syllable opening a name
        first = merged[0]
        if first in self._first_block or first.startswith(("ไม่", "เป็น", "ได้", "ของ", "เสียง", "เรื่อง")):
            return None
        if not any_word and not (
            first not in self._th.words or self._th.is_name(first) or _LOANWORD_MARKS.search(first)
        ):
            return None
        end = pos + len(first)
        for tok in merged[1:]:
            if (
                tok in self._stop or tok in self._first_block or tok in _PLACE_PREPOSITIONS or (end - pos) + len(tok) > 16
                or tok.startswith(("ชื่อ", "นามสกุล"))  # ชื่อโจ๊ก|ชื่อจริง…: the next cue, not more name
            ):
                break  # (รุ่นพี่ชื่อเม่น|หน้า|โรงอาหาร: where the person was, not the name)
            end += len(tok)
        return end if end - pos >= 2 else None

    # ------------------------------------------------------------------ analysis
    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        self._cued(text, out)
        if "ชื่อจริง" in text or "นามสกุล" in text or "ชื่อ-สกุล" in text:
            for rx in (_NICK_BEFORE_REAL, _QUOTED_BEFORE_REAL):
                for m in rx.finditer(text):
                    if self._th.tokenize(m.group("n"))[0] not in self._first_block:
                        out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.8))
        if "ชื่อ" in text:
            self._word_before_real(text, out)
        for m in _QUOTED_ALIAS.finditer(text):
            out.append(self.result(PERSON, m.start(1), m.end(1), 0.8))
        if "เรียก" in text:
            for m in _QUOTED_CALLED.finditer(text):
                word = m.group(1)
                if word not in self._first_block and self._th.tokenize(word)[0] not in self._first_block:
                    out.append(self.result(PERSON, m.start(1), m.end(1), 0.8))
        self._called(text, out)
        if "ผู้" in text or "คนไข้" in text or "ผรบ" in text:
            self._role_full_names(text, out)
        self._relation_glued(text, out)
        if "(" in text:
            self._relation_bracket(text, out)
        if "/" in text:
            self._class_level(text, out)
        self._latin_titles(text, out)
        self._spelled_after_opening(text, out)
        return out

    def _word_before_real(self, text: str, out: list[RecognizerResult]) -> None:
        """A nickname before the registered name's cue (see _WORD_BEFORE_REAL); a role or kin word
        there (ผู้ป่วย (ชื่อจริง…), ยาย (ชื่อจริงไม่ทราบ)) says who, not what they are called."""
        for m in _WORD_BEFORE_REAL.finditer(text):
            start, run = m.start("run"), m.group("run")
            title = "" if run in self._th.words or self._th.is_name(run) else next(
                (t for t in self._titles if run.startswith(t) and len(run) - len(t) >= 2), ""
            )  # ลูกปัด "a bead" is one word, not ลูก + ปัด
            word = run[len(title):]
            first = self._th.tokenize(word)[0]
            if (
                word.startswith("ชื่อ") or word in self._person_nouns or first in self._first_block
                or first in self._th.stopwords or first in _PREDICATES or word.startswith(_CLAUSE_VERBS)
            ):
                continue
            out.append(self.result(PERSON, start + len(title), m.end("run"), 0.8))

    def _word_names_someone(self, word: str) -> bool:
        """A lone word in a name slot that is not a role, modifier, state or function word."""
        return (
            2 <= len(word) <= 12 and word not in self._first_block and word not in _PREDICATES
            and word not in _NOT_AGED and word not in self._th.stopwords
            and not word.startswith(_NOT_A_RELATIVE_NAME) and self._th.tokenize(word)[0] not in self._person_nouns
            and not word.startswith(_CLAUSE_VERBS)
        )

    def _relation_bracket(self, text: str, out: list[RecognizerResult]) -> None:
        """เลิกกับแฟน (ก้อนเมฆ): a relation noun and one word alone in a bracket — the relative's
        name, even when it is an ordinary word; (คนโต), (เก่า), (ตั้งครรภ์) describe instead."""
        for m in _RELATION_BRACKET.finditer(text):
            rel = m.group("rel")
            if not (rel in RELATION_NOUNS or self._th.tokenize(rel)[-1] in RELATION_NOUNS):
                continue
            if self._word_names_someone(m.group("name")):
                out.append(self.result(PERSON, m.start("name"), m.end("name"), 0.65))

    def _class_level(self, text: str, out: list[RecognizerResult]) -> None:
        """ปั้นจั่น ม.1/3 ต่อย…: a lone word opening a line, then a class and room, is a pupil's
        name; นักเรียน ม.1/3, ห้อง ม.1/3 name a group, not a child."""
        for m in _CLASS_LEVEL.finditer(text):
            word = m.group("name")
            if word in _CLASS_WORDS or word in RELATION_NOUNS or not self._word_names_someone(word):
                continue
            if any(self._th.acts(t) or t in ("อยู่", "กำลัง") for t in self._th.tokenize(word)):
                continue  # session 26 — เรียนอยู่ ป.6/3: what the child does, not who
            out.append(self.result(PERSON, m.start("name"), m.end("name"), 0.6))

    def _cued(self, text: str, out: list[RecognizerResult]) -> None:
        for m in _CUE.finditer(text):
            cue = m.group("cue")
            before = text[max(0, m.start() - 12):m.start()]
            if before.endswith(self._not_naming) and not self._inside_longer_word(before):
                continue
            explicit = cue != "ชื่อ" and cue != "ชื่อคือ"
            person = self._after_person_noun(text, m.start()) or self._after_relation_of(text, m.start())
            if not (explicit or person):
                self._aged(text, m.end(), out)
                continue
            kin = self._kin_then_nickname(text, m.end()) if explicit else None
            if kin is not None:
                out.append(self.result(PERSON, kin[0], kin[1], 0.8))
                continue
            pos = m.end()
            title = next((t for t in _TITLE_AFTER_CUE if text.startswith(t, pos)), None)
            if title and _CHUNK.match(text, pos + len(title)):
                pos += len(title)  # เถ้าแก่ชื่อคุณวิชัย: the title, then the name
            end = self._name_end(text, pos, any_word=True)
            if end is None and person:
                end = self._syllable_pair_end(text, pos)
                if end is not None:
                    out.append(self.result(PERSON, pos, end, 0.75))
                continue
            if end is not None:
                out.append(self.result(PERSON, pos, self._family_after(text, pos, end), 0.8))

    def _role_full_names(self, text: str, out: list[RecognizerResult]) -> None:
        """ผู้รับบริการ ณฐพัชร์ ทองแท่งทวี: a given name that looks like one (listed, unknown or
        spelled as a loanword) and a family name of one unknown word or several name words;
        a clause after the role (ผู้ป่วย นอนไม่หลับ ทุกคืน) has function words or verbs."""
        th = self._th
        for m in _ROLE_FULL.finditer(text):
            given, family = m.group("g"), m.group("f")
            if given in self._first_block or given in _PREDICATES or th.tokenize(given)[0] in th.stopwords:
                continue
            if not (given not in th.words or th.is_name(given) or _LOANWORD_MARKS.search(given)):
                continue
            parts = th.tokenize(family)
            if family in th.words or any(p in th.stopwords or p in self._stop or p in _PREDICATES for p in parts):
                continue
            out.append(self.result(PERSON, m.start("g"), m.end("f"), 0.75))

    def _syllable_pair_end(self, text: str, pos: int) -> int | None:
        """พ่อเลี้ยงชื่อจะแฮ จะหลอ: a hill-tribe name of two short spaced parts, each unknown to the
        dictionary as a whole, though a part may open with a function syllable (จะ, มา) that made
        the ordinary reading fail. Both parts at most six letters, then a space or a stop."""
        m = _SYLLABLE_PAIR.match(text, pos)
        if not m or any(p in self._th.words for p in (m.group(1), m.group(2))):
            return None
        for part in (m.group(1), m.group(2)):
            tokens = self._th.tokenize(part)
            if all(t in self._th.stopwords for t in tokens) or any(t in self._th.stopwords for t in tokens[1:]):
                return None  # จะ|มา ไม่|ได้: a clause of function words, no name
        return m.end()

    def _aged(self, text: str, pos: int, out: list[RecognizerResult]) -> None:
        """บอกว่าชื่อบัวบก อายุ 10 ขวบ: after a bare ชื่อ, one word then an age is a person's name even
        when the word is ordinary — a drug, a school or a file has no age."""
        chunk = _CHUNK.match(text, pos)
        if not chunk or not _AGE_FOLLOWS.match(text, chunk.end()) or len(chunk.group(0)) > 12:
            return
        word = chunk.group(0)
        if self._th.tokenize(word)[0] in _NOT_NAME_AFTER_CUE or not self._word_names_someone(word):
            return
        out.append(self.result(PERSON, pos, chunk.end(), 0.7))

    def _kin_then_nickname(self, text: str, pos: int) -> tuple[int, int] | None:
        """ชื่อเล่นน้องลูกตาล, ชื่อเล่นพี่มะปราง: after an explicit nickname cue, น้อง/พี่ is how the
        writer speaks of the child; the rest of the chunk, standing alone, is the nickname (even a
        compound of ordinary words such as ลูก|ตาล)."""
        k = re.match(r"(?:น้อง|พี่)(?=[\u0E01-\u0E4E]{2,12}(?:[^\S\n]|[,;:)\n\"”']|$))", text[pos:])
        if not k:
            return None
        m = _CHUNK.match(text, pos + k.end())
        word = m.group(0)
        tail = _PARTICLE_TAIL.search(word)
        if tail and tail.start() >= 2:
            word = word[: tail.start()]
        if word in self._first_block or word.startswith(("สาว", "ชาย")) or word in self._th.stopwords:
            return None
        return m.start(), m.start() + len(word)

    def _called(self, text: str, out: list[RecognizerResult]) -> None:
        """ที่บ้านเรียกเอ็กซ์, เพื่อนในห้องเรียกเธอว่าแพรวพรรณ: who calls someone, then the name."""
        for m in _CALLED.finditer(text):  # without ว่า, only a name-shaped word (not เรียกไปเที่ยว)
            end = self._name_end(text, m.end(), any_word=m.group(0).rstrip().endswith("ว่า"))
            alone = _CHUNK.match(text, m.end())
            if end is None and alone and len(alone.group(0)) <= 4 and _SLOT_END.match(text, alone.end()):
                word = alone.group(0)  # เรียกโจ้ หาย…: a short word standing alone is the nickname
                if word not in self._first_block and word not in self._th.stopwords:
                    end = alone.end()
            if end is not None:
                out.append(self.result(PERSON, m.end(), end, 0.75))

    def _family_after(self, text: str, start: int, end: int) -> int:
        """ชื่อภูริณัฐ วงศ์อมรเดช: a listed given name read from a cue, then one space and a
        family-name-shaped chunk standing alone (listed, or an unknown compound) — the full name."""
        from assistant.redact.recognizers.person_th_line import slot_names

        given = text[start:end]
        if given not in self._th.given_names and not (len(given) >= 4 and given not in self._th.words):
            return end  # a listed given name, or one the dictionary does not know (มะรอพี สาแม)
        m = re.match(rf"[^\S\n]([{THAI_LETTERS}]{{3,24}})(?=[^\S\n]|[,;:()\n]|$)", text[end:])
        if m and slot_names().family_like(m.group(1)):
            return end + m.end()
        return end

    def _relation_glued(self, text: str, out: list[RecognizerResult]) -> None:
        """ภรรยามะเอเอ ตั้งครรภ์: relation noun + an unknown word closing the chunk."""
        for m in _CHUNK.finditer(text):
            chunk = m.group(0)
            if not chunk.startswith(self._relations):
                self._relation_inside(text, m, out)
                continue
            for noun in self._relations:
                if not chunk.startswith(noun):
                    continue
                rest = chunk[len(noun):]
                if (
                    3 <= len(rest) <= 14 and rest not in self._th.words
                    and _SLOT_END.match(text, m.end())
                    and not any(rest.startswith(w) for w in self._first_block if len(w) >= 2)
                    and self._unknown_shape(rest)
                ):
                    out.append(self.result(PERSON, m.start() + len(noun), m.end(), 0.65))
                elif len(rest) >= 4:
                    first = self._th.tokenize(rest)[0]
                    if len(first) >= 4 and first in self._th.given_names and first not in self._th.words:
                        out.append(self.result(PERSON, m.start() + len(noun), m.start() + len(noun) + len(first), 0.65))
                    elif not self._longer_word(chunk, noun):
                        size = self._name_before_clause(text, rest, m.end())
                        if size:
                            out.append(self.result(PERSON, m.start() + len(noun), m.start() + len(noun) + size, 0.6))
                break

    def _inside_longer_word(self, before: str) -> bool:
        """ประจำ|ชื่อ: the "remember" (จำ) before ชื่อ is the end of a longer word, not a verb."""
        last = re.search(rf"[{THAI_LETTERS}]+$", before)
        if not last:
            return False
        tok = self._th.tokenize(last.group(0))[-1]
        return tok not in self._not_naming and len(tok) > 2

    def _longer_word(self, chunk: str, noun: str) -> bool:
        """ลูกจ้าง|ทำงาน: the relation noun is only the start of a longer word (employee)."""
        first = self._th.tokenize(chunk)[0]
        return first.startswith(noun) and len(first) > len(noun)

    def _relation_inside(self, text: str, m: re.Match, out: list[RecognizerResult]) -> None:
        """ไม่กล้าบอกสามีบุนเทือน เพราะ…: the relation noun sits inside a longer chunk, after a
        verb; only the strict name-then-clause frame applies there."""
        chunk = m.group(0)
        if len(chunk) < 8 or not any(n in chunk for n in self._relations):
            return
        pos = m.start()
        for tok in self._th.tokenize(chunk):
            pos += len(tok)
            if tok in self._relations and pos < m.end():
                size = self._name_before_clause(text, text[pos:m.end()], m.end())
                if size:
                    out.append(self.result(PERSON, pos, pos + size, 0.6))
                return

    def _name_before_clause(self, text: str, rest: str, chunk_end: int) -> int:
        """ลูกสาวขวัญฤดีทำงานที่…, สามีบุนเทือน เพราะ…: after a glued relation noun, one or two
        words that are not a modifier (คนโต, เก่า) and are followed by a clause verb (or close the
        chunk before a conjunction) are the relative's name. Length of the name, or 0."""
        tokens: list[str] = []
        for t in self._th.tokenize(rest):  # บุ|น|เทือน: a lone letter closes the syllable before
            if tokens and len(t) == 1:
                tokens[-1] += t
            else:
                tokens.append(t)
        for size in (1, 2):
            if size > len(tokens):
                break
            name = "".join(tokens[:size])
            after = rest[len(name):]
            closes = not after and bool(_CONJUNCTION_AFTER.match(text, chunk_end))
            if not (closes or after.startswith(_CLAUSE_VERBS)):
                continue
            if (
                not 4 <= len(name) <= 12 or name.startswith(_NOT_A_RELATIVE_NAME)
                or tokens[0] in self._th.stopwords or tokens[0] in _PREDICATES or name in _PREDICATES
                or any(t in self._first_block for t in tokens[:size])
                or name in self._lex.th_not_names or name.startswith(tuple(self._relations))
            ):
                return 0
            return len(name)
        return 0

    def _unknown_shape(self, word: str) -> bool:
        """A word the dictionary does not know and the tokenizer breaks into unknown or tiny
        pieces (มะ|เอ|เอ), or written with loanword marks: a transcribed foreign name."""
        tokens = self._th.tokenize(word)
        if len(tokens[0]) >= 3 and tokens[0] in self._th.words:
            return False  # นายจ้างยึดพาสปอร์ต: a verb opens the rest, a clause
        return (
            any(len(t) >= 2 and t not in self._th.words for t in tokens)
            or (len(tokens) >= 3 and all(len(t) <= 2 for t in tokens))
            or bool(_LOANWORD_MARKS.search(word))
        )

    def _spelled_after_opening(self, text: str, out: list[RecognizerResult]) -> None:
        """ซอ ลาเฮ ทู, มะ ขิ่น ซาน: a Burmese or Karen name spelled syllable by syllable after its
        honorific. Short syllables only, up to the first particle or function word, and one of them
        must be no Thai word (นอ พอ เซ — sleep, enough, stagger — stays a phrase)."""
        for m in self._opening_spaced.finditer(text):
            end, foreign = m.start("v"), False
            for syl in re.finditer(r"\S+", m.group("v")):
                word = syl.group()
                if (
                    base_letters(word) > 4 or word in _PARTICLES or word in self._th.stopwords
                    or word in self._first_block or word.startswith(_CLAUSE_OPENERS)
                ):
                    break
                foreign = foreign or word not in self._th.words
                end = m.start("v") + syl.end()
            if foreign:
                out.append(self.result(PERSON, m.start(), end, 0.7))

    def _foreign_after_opening(self, value: str) -> bool:
        """Saw Pah Lu, Naw Eh Say: in an English note a Karen or Shan honorific opens a name only
        when the words after it are not all ordinary English words (Saw Mum, Saw Dr Okafor)."""
        from assistant.redact.recognizers.person_en_lower import _ordinary

        words = value.split()
        return (
            words[0] not in COMMON_CAP and words[0] not in self._lex.en_honorifics
            and not all(_ordinary(w) for w in words)
        )

    def _latin_titles(self, text: str, out: list[RecognizerResult]) -> None:
        for m in _LATIN_TITLE.finditer(text):
            title = m.group(0)[: m.start("v") - m.start()].strip()
            value = m.group("v")
            if value.lower() in self._lex.protected_lower:
                continue
            if title.endswith(".") and value.split()[0] in COMMON_CAP:
                continue  # "Mr K. Lives alone": an initial before a sentence, not Khun
            opening = title in _NAME_OPENING_TITLES
            if title in _WEAK_LATIN_TITLES and not re.search(r"[\u0E00-\u0E7F]", text) and not (
                opening and self._foreign_after_opening(value)
            ):
                continue  # "Pa", "Ta" in an English note are not Thai kin titles; "Saw Mum today"
            out.append(self.result(PERSON, m.start() if opening else m.start("v"), m.end("v"), 0.75))
            spelled = _BRACKET_SPELLED.match(text, m.end()) if opening else None
            if spelled:
                out.append(self.result(PERSON, spelled.start(1), spelled.end(1), 0.7))
            b = _BRACKET_KIN.match(text, m.end())
            if b and b.group(1).startswith(tuple(self._lex.th_soft_titles)):
                out.append(self.result(PERSON, b.start(1), b.end(1), 0.7))


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
