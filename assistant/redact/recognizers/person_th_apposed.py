"""Thai names told by what stands beside them (round 19), not by a title before them:

* a nickname or a Thai spelling in brackets right after a full name — ``นายX Y (ไข่เจียว)``,
  ``(ชื่อเล่นส้มซ่า)``, ``Khrystyna (คริสติน่า)``, ``Kuroda-san (คุโรดะซัง)`` — and the same word
  again anywhere in the note, glued or not (ไข่เจียวบอกว่า…): notes introduce a nickname once and
  then use it alone;
* a registered name after ชื่อจริง / ชื่อในทะเบียน / ชื่อตามบัตร — the words say what follows;
* a ward-round line: เตียง + number + a given name and a family name;
* a name glued to a kin noun on either side (คิดถึงX|ลูกสาว, หลานชาย|X|อยู่กับ…) when the word is a
  listed name or unknown to the dictionary (ลูกสาวคนโต, หลานชายไม่ยอม… stay);
* a business called after its owner or tradesman (อู่ช่างX, ล้งเจ๊X, ร้านป้าX): the business is an
  organisation and the person's name said again alone (ช่างX|จ่าย…) is a name.
Never compiles a pattern from the text: a found word is looked up again with ``occurrences``.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import is_name_token
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.person_th import WHICH_CHILD, describes_person
from assistant.redact.recognizers.person_th_bare import RELATION_NOUNS
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import LOCATION, ORGANIZATION, PERSON
from assistant.text.find import occurrences

_T = THAI_LETTERS
_THAI_SET = frozenset(chr(c) for c in range(0x0E01, 0x0E4F))
_FORMAL = r"(?:นางสาว|น\.ส\.|นาย|นาง|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|คุณ)"
#: A formal title, a given name and a family name, then a bracket: (nickname) or (ชื่อเล่น…).
_NICK_AFTER_NAME = re.compile(
    rf"{_FORMAL}[^\S\n]?[{_T}]{{2,24}}[^\S\n]+[{_T}]{{2,24}}[^\S\n]*\((?:ชื่อเล่น[^\S\n]*[:：]?[^\S\n]*)?(?P<v>[{_T}]{{2,16}})\)"
)
#: Session 7 — a person told by kin, role or age, then one word in a bracket: that person's name
#: (น้องชายผู้ป่วย (ประยูร), ด.ญ. อายุ 14 (กนกพร), แฟนคนไทย (จุฑามาศ)). What may stand between the
#: kin/role word and the bracket: a qualifier word or two and an age.
_PERSON_HEAD = (
    r"(?:" + "|".join(sorted(RELATION_NOUNS | {"ผู้ป่วย", "ผู้รับบริการ", "คนไข้", "เด็กชาย", "เด็กหญิง"}, key=len, reverse=True))
    + r"|ด\.ช\.|ด\.ญ\.|ผรบ\.)"
)
_NAME_AFTER_PERSON = re.compile(
    rf"{_PERSON_HEAD}[{_T}]{{0,12}}(?:[^\S\n]*อายุ[^\S\n]*\d{{1,3}}(?:[^\S\n]*(?:ปี|ขวบ))?)?"
    rf"[^\S\n]*\((?P<v>[{_T}]{{2,16}})\)"
)
#: The same slot with a Latin name: หลาน (Dexter), แฟนคนไทย (Nam Phet).
_LATIN_AFTER_PERSON = re.compile(
    rf"{_PERSON_HEAD}[{_T}]{{0,12}}[^\S\n]*\((?P<v>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){{0,2}})\)"
)
#: ชื่อเล่น inside a bracket anywhere: (ชื่อเล่นชาไทย), (ชื่อเล่น: แพรวา).
_NICK_LABEL = re.compile(rf"\(ชื่อเล่น[^\S\n]*[:：]?[^\S\n]*(?P<v>[{_T}]{{2,16}})\)")
#: A capitalised Latin name (optionally -san/-kun) then its Thai spelling in brackets.
_LATIN_THEN_THAI = re.compile(
    rf"(?<![A-Za-z])(?P<la>[A-Z][a-z'\-]+(?:[^\S\n][A-Z][a-z'\-]+){{0,3}})(?:-(?:san|kun|chan|sama))?"
    rf"[^\S\n]*\((?P<v>[{_T}]{{2,20}})\)"
)
#: Session 17 — Thai letters glued right before a dotted title that opens a full name (…คือแนน|ด.ญ.
#: ณัฐธิดา): the run's last word is that person's nickname.
_TITLE_AFTER_NICK = re.compile(rf"(?P<run>[{_T}]{{2,24}})(?=(?:ด\.ช\.|ด\.ญ\.|น\.ส\.)[^\S\n]?[{_T}]{{2}})")
#: Words after which a dictionary word is a nickname in a list (คือส้ม|ด.ญ.…, กับต้น|ด.ช.…).
_NICK_LIST_CUES = ("คือ", "กับ", "และ", "ชื่อ", "ได้แก่")
#: Words that open a role said in brackets after a name, not a nickname (also read by
#: ``resolve.add_aliases``).
BRACKET_ROLE_OPENERS = (
    "นัก", "ผู้", "เจ้าหน้าที่", "พนักงาน", "อาจารย์", "แพทย์", "พยาบาล", "ญาติ", "ตัวแทน", "ล่าม", "ครู", "หมอ",
    "ลูก", "หลาน", "พ่อ", "แม่", "สามี", "ภรรยา", "แฟน", "เพื่อน", "พี่", "น้อง", "ยาย", "ตา", "ปู่", "ย่า", "อายุ",
    # session 12: (คนขับอาสา) the volunteer driver, (หัวหน้ากลุ่ม), (เจ้าของร้าน), (ช่างซ่อม)
    "คน", "อาสา", "หัวหน้า", "เจ้าของ", "นายจ้าง", "ประธาน", "เลขา", "แอดมิน", "ทีม", "สมาชิก", "ช่าง",
)
_HONORIFIC_TAIL = ("ซัง", "คุง", "จัง", "ซามะ")
#: Registered-name cues: the words that follow are the legal name.
_REGISTERED = re.compile(
    rf"ชื่อ(?:จริง|ในทะเบียน|ตามบัตร|ตามทะเบียน)(?:ใน(?:ทะเบียน(?:บ้าน)?|บัตร(?:ประชาชน)?))?(?:คือ|ว่า)?"
    rf"[^\S\n]*[:：]?[^\S\n]+(?P<v>{_FORMAL}?[{_T}]{{2,24}}(?:[^\S\n][{_T}]{{2,24}})?)"
)
#: A ward-round line: เตียง 7 given family.
_BED_NAME = re.compile(
    rf"เตียง[^\S\n]*\d{{1,3}}[^\S\n]*[:\-–]?[^\S\n]+(?P<v>{_FORMAL}?[{_T}]{{2,20}}[^\S\n][{_T}]{{2,24}})(?=[^\S\n]|$|[,(])",
    re.M,
)
_KIN = (
    "ลูกพี่ลูกน้อง", "ลูกสาว", "ลูกชาย", "หลานชาย", "หลานสาว", "น้องสาว", "น้องชาย", "พี่สาว", "พี่ชาย", "ลูกเขย", "ลูกสะใภ้",
)
#: session 24 — which one of the kin, said between the kin noun and the name (ลูกชายคนเดียว|ณรงค์).
_WHICH_ONE = WHICH_CHILD | {"คนรอง"}
_KIN_RE = "|".join(_KIN)
_KIN_THEN_NAME = re.compile(rf"(?:{_KIN_RE})(?P<rest>[{_T}]{{3,30}})")
_NAME_THEN_KIN = re.compile(rf"(?P<pre>[{_T}]{{3,30}}?)(?:{_KIN_RE})(?![{_T}]{{0,2}}(?:คน|ของ))")
#: Businesses called after a titled owner or tradesman.
_OWNED = re.compile(
    rf"(?:อู่|ร้าน|ล้ง|แพปลา|โรงสี|แผง)(?P<t>ช่าง|เจ๊|เฮีย|ป้า|ลุง|น้า|เถ้าแก่|อาแปะ|เจ้|ยาย|แม่|พี่)(?P<v>[{_T}]{{2,10}})"
)
#: session 21 — the boss of a Chinese-Thai business called by name (เถ้าแก่เซ่ง, เถ้าแก่ชัย): the word
#: after เถ้าแก่ is the name when no dictionary knows it or it is a listed name; a verb or a shop
#: there (เถ้าแก่บอกว่า, เถ้าแก่แบ่ง 60/40, เถ้าแก่ร้าน…) is what the boss does or owns.
_BOSS = re.compile(rf"เถ้าแก่(?P<v>[{_T}]{{2,12}})")
_NOT_BOSS_NAMES = frozenset({"เนี้ย", "ใหญ่", "เล็ก", "ร้าน", "โรง", "เจ้าของ", "ใหม่", "เก่า"})
#: Places and bases named after their head word: หาดจอมเทียน, ท่าน้ำบางโพ, นิคมฯ โรจนะ,
#: ฐานทัพเรือสัตหีบ, ค่ายสุรนารี. The head alone, or with a kind word (หาดทราย, ค่ายลูกเสือ), is generic.
#: session 21 — and landmarks that are places: mountains, caves, waterfalls, rapids, cliffs,
#: islands, stupas and Khmer sanctuaries (ภูชี้ฟ้า, ดอยผาตั้ง, ถ้ำลอด, น้ำตกเอราวัณ, เกาะลิบง,
#: พระธาตุพนม, ปราสาทพนมรุ้ง); the head must be a word of its own (not ภู|มิลำเนา, ผา|สุก).
_LANDMARKS = ("พระธาตุ", "ปราสาท", "น้ำตก", "ภู", "ดอย", "ถ้ำ", "แก่ง", "ผา", "เกาะ")
_HEADED = re.compile(
    rf"(?P<h>หาด|ท่าน้ำ|นิคมฯ|นิคมอุตสาหกรรม|ฐานทัพเรือ|ฐานทัพอากาศ|ฐานทัพ|ค่าย|{'|'.join(_LANDMARKS)})"
    rf"[^\S\n]?(?P<n>[{_T}]{{2,30}})"
)
#: A count or a span of time glued after a place's name (เกาะสมุย|สาม|ปี): the sentence goes on.
_COUNTS = frozenset({
    "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "ปี", "เดือน", "วัน", "สัปดาห์",
    "อาทิตย์", "ครั้ง", "คืน", "ชั่วโมง", "ตั้งแต่", "ตอน", "เมื่อ", "หลาย",
})
#: Words a landmark is glued after in running Thai: going, being, seeing, where.
_BEFORE_LANDMARK = (
    "ไป", "มา", "ที่", "บน", "ขึ้น", "แถว", "จาก", "เที่ยว", "แอ่ว", "อยู่", "ใกล้", "หน้า", "ไหว้", "ถึง", "ชม", "ใน",
    "เข้า", "กลับ", "ย้าย", "ทำงาน", "ข้าม", "ฝั่ง", "เชิง", "ตีน", "ยอด", "หลัง", "ข้าง", "รอบ", "ริม", "ออก",
    "และ", "กับ", "หรือ", "คน", "ชาว", "นำเที่ยว", "ทัวร์", "พัก", "นอน", "ขาย", "อาศัย",
)
#: Going somewhere to see it: a landmark after these is named even by one ordinary word.
_TRAVEL_BEFORE = re.compile(r"(?:เที่ยว|แอ่ว|ขึ้น|ไหว้|ชม|ทัวร์)\Z")
#: Heads whose one-word name is still a place (พระธาตุพนม, ปราสาทหินพิมาย, น้ำตกเอราวัณ).
_SURE_LANDMARKS = frozenset({"พระธาตุ", "ปราสาท", "น้ำตก", "เกาะ"})
#: What a landmark word is followed by when it is no place's name: high or deep, dark, clinging
#: (เกาะติด, เกาะแขน, เกาะกลุ่ม), a relic of one's birth year (พระธาตุประจำปีเกิด), stone.
_LANDMARK_GENERIC = frozenset({
    "สูง", "ลึก", "มืด", "ติด", "แขน", "กลุ่ม", "ไหล่", "มือ", "ขอบ", "รั้ว", "ราว", "ขา", "คอ", "ประจำ",
    "ประจำปีเกิด", "หิน", "ทราย", "ร้าง", "เล็ก", "ใหญ่", "สวย", "ชัน", "เขา", "ป่า", "แห่งนี้", "แห่ง",
    "ลื่น", "ห่าง", "ไท", "วันที่", "ไกล", "นี้", "นั้น",
    # what a child clings to (เกาะแม่, เกาะกระโปรงยาย, เกาะโต๊ะ)
    "แม่", "พ่อ", "ยาย", "กระโปรง", "โต๊ะ", "เตียง", "ประตู", "หน้าต่าง", "เสา", "แน่น", "หนึบ",
})
_PLACE_TAILS = frozenset({"ใหม่", "เก่า", "เหนือ", "ใต้", "กลาง", "ตะวันออก", "ตะวันตก", "น้อย", "ใหญ่"})
_PLACE_OPENERS = frozenset({
    "บาง", "หนอง", "ท่า", "โคก", "ดอน", "นา", "ห้วย", "คลอง", "ปาก", "เขา", "เกาะ", "แหลม", "วัง", "ทุ่ง", "บ้าน", "จอม", "แม่",
})
_HEAD_ORG = frozenset({"ฐานทัพเรือ", "ฐานทัพอากาศ", "ฐานทัพ", "ค่าย"})
_HEAD_GENERIC = frozenset({
    # keep round 2 — what a camp is for (ค่ายบำบัด, ค่ายปรับเปลี่ยนพฤติกรรม, ค่ายอบรมคุณธรรม) and what
    # is done at a pier (ท่าน้ำ ขายปลา): a purpose, not a name
    "บำบัด", "ฟื้นฟู", "ปรับเปลี่ยน", "ปรับ", "พฤติกรรม", "ยาเสพติด", "อบรม", "ฝึก", "ฝึกอบรม", "คุณธรรม",
    "จริยธรรม", "ศิลปะ", "กีฬา", "ภาษา", "วิชาการ", "ครอบครัว", "เด็ก", "บำเพ็ญประโยชน์", "ขาย", "ซื้อ",
    "ทราย", "ทะเล", "สาธารณะ", "ส่วนตัว", "ลูกเสือ", "ทหาร", "มวย", "พักแรม", "อพยพ", "ผู้ลี้ภัย", "กักกัน",
    "ฤดูร้อน", "อาสา", "เยาวชน", "ธรรมะ", "คนงาน", "แรงงาน", "อุตสาหกรรม", "สร้างตนเอง", "เรือ", "อากาศ",
    "บก", "ใกล้", "ยาว", "สวย", "สะอาด", "ไกล", "ดัง", "แห่ง", "อื่น", "ร้าง", "ดี", "หน้า", "หลัง", "ข้าง", "แถว", "ริม", "นี้", "นั้น", "ไหน", "เดิม", "ของ", "ที่", "ใน",
})
_TRADES = frozenset({
    "ซ่อม", "ไฟ", "ไม้", "ปูน", "ยนต์", "เชื่อม", "ตัดผม", "เสริมสวย", "ทาสี", "ประปา", "แอร์", "กล", "ตัดเสื้อ",
    "รถ", "สี", "เหล็ก", "ทอง", "ภาพ", "ฝีมือ", "ใหญ่", "เล็ก", "ประจำ", "ที่", "ใน", "ข้าง", "แถว",
})


def _latin_name(token: str) -> bool:
    """A Latin word that names someone: a known given name, even one that is also a word (Dexter,
    Hope), or a capitalised word no dictionary knows (Aroha) — not "(Online)" or "(Zoom)"."""
    from assistant.redact.given_names import all_given_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    return is_name_token(token) and (token in all_given_names() or not _ordinary(token))


class ThaiApposedNameRecognizer(RegexRecognizer):
    """Names beside a full name, a registered-name cue, a bed number, a kin noun, or inside a
    business named after its owner (PERSON, ORGANIZATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiApposedNameRecognizer", ())
        self.supported_entities = [PERSON, ORGANIZATION, LOCATION]
        lex = self._lex = get_lexicon()
        self._th = get_thai_lexicon()
        self._blocked = (
            lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles | lex.th_not_surnames
            | self._th.stopwords | RELATION_NOUNS
        )

    def _glued_before_title(self, text: str) -> set[str]:
        """Session 17 — a nickname glued before the dotted title of the same child's or woman's
        full name in a run-on list (หลานสองคนคือแนน|ด.ญ.ณัฐธิดา ศรีบุญ๑๒ปี): the word before the
        title names the person the title introduces. The word must be no kin or role word and,
        unless คือ/กับ/และ/ชื่อ is glued before it, no dictionary word (บุตร|ด.ญ.… is the child)."""
        found: set[str] = set()
        for m in _TITLE_AFTER_NICK.finditer(text):
            run = m.group("run")
            tokens = [t for t in self._th.tokenize(run) if t.strip()]
            if not tokens:
                continue
            word = tokens[-1]
            before = "".join(tokens[:-1])
            cued = before.endswith(_NICK_LIST_CUES)
            if (
                len(word) >= 2 and word not in self._blocked and not word.startswith(BRACKET_ROLE_OPENERS)
                and (cued or word not in self._th.words)
            ):
                found.add(word)
        return found

    def _bracketed_name(self, word: str) -> bool:
        """A listed given name — not a remark about the person (พิการ, เสียชีวิต, ออทิสติก) or a role
        (ผู้ดูแล). Nicknames that are ordinary words (ฟ้า, ต้น) cannot be told from a remark here."""
        return (
            word in self._th.given_names and word not in self._blocked and not word.startswith(BRACKET_ROLE_OPENERS)
        )

    def _nameish(self, word: str) -> bool:
        """A listed name, or a word the dictionary cannot read as one ordinary word."""
        if word in self._blocked:
            return False
        tokens = self._th.tokenize(word)
        if tokens[0] in self._blocked or tokens[0] in self._th.stopwords:
            return False
        return self._th.is_name(word) or self._th.is_name(tokens[0]) or word not in self._th.words

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        nicks: set[str] = set()
        if "(" in text:
            for rx in (_NICK_AFTER_NAME, _NICK_LABEL):
                for m in rx.finditer(text):
                    word = m.group("v")
                    if (
                        word not in self._blocked and self._th.tokenize(word)[0] not in self._blocked
                        and not word.startswith(BRACKET_ROLE_OPENERS)  # (นักจิตวิทยา), (ผู้ป่วย): a role, not a nickname
                    ):
                        nicks.add(word)
            for m in _LATIN_AFTER_PERSON.finditer(text):
                if all(_latin_name(t) for t in m.group("v").split()):
                    out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.75))
            for m in _NAME_AFTER_PERSON.finditer(text):
                word = m.group("v")
                if self._bracketed_name(word):
                    nicks.add(word)
            for m in _LATIN_THEN_THAI.finditer(text):
                word = m.group("v")
                latin = re.sub(r"-(?:san|kun|chan|sama)$", "", m.group("la"))
                if not all(is_name_token(t) for t in latin.split()):
                    continue
                stem = next((word[: -len(t)] for t in _HONORIFIC_TAIL if word.endswith(t) and len(word) - len(t) >= 2), word)
                if stem not in self._th.words and stem not in self._blocked and not stem.startswith(BRACKET_ROLE_OPENERS):
                    nicks.add(stem)  # (not a role: Dieter Vogt (คนขับอาสา))
        if "ด." in text or "น.ส." in text:
            nicks.update(self._glued_before_title(text))
        for word in sorted(nicks):  # (sorted: the same order in every process)
            for a, b in occurrences(text, word):
                out.append(self.result(PERSON, a, b, 0.75))
        if "ชื่อ" in text:
            for m in _REGISTERED.finditer(text):
                self._name_run(m, out, 0.8)
        if "เตียง" in text:
            for m in _BED_NAME.finditer(text):
                self._name_run(m, out, 0.75, need_two=True)
        if any(k in text for k in _KIN):
            self._kin_apposed(text, out)
        for m in _HEADED.finditer(text):
            self._headed(text, m, out)
        for m in _BOSS.finditer(text):
            word = self._th.tokenize(m.group("v"))[0]
            if (
                len(word) >= 2 and word not in _NOT_BOSS_NAMES and word not in self._blocked
                and (
                    word not in self._th.words or self._th.is_name(word)
                    # a Chinese-Thai name of one toned syllable the dictionary also lists (เซ่ง, เล้ง)
                    or (len(word) <= 4 and re.search("[\u0e48\u0e49\u0e4a\u0e4b]", word) is not None
                        and not self._th.acts(word) and word not in self._th.stopwords)
                )
            ):
                out.append(self.result(PERSON, m.start(), m.start("v") + len(word), 0.7))
        for m in _OWNED.finditer(text):
            word = self._th.tokenize(m.group("v"))[0]
            if word in _TRADES or word in self._blocked or len(word) < 2:
                continue
            out.append(self.result(ORGANIZATION, m.start(), m.start("v") + len(word), 0.7))
            for a, b in occurrences(text, m.group("t") + word, not_before=_THAI_SET - {"ใ", "จ", "บ", "ว", "ไ", "ก"}):
                out.append(self.result(PERSON, a + len(m.group("t")), b, 0.75))
        return out

    def _headed(self, text: str, m: re.Match, out: list[RecognizerResult]) -> None:
        """หาด/ท่าน้ำ/นิคมฯ/ฐานทัพ/ค่าย + a name read up to a function word; the name must hold a
        listed name, an unknown word or two words (บาง|แสน), never a kind word (หาดทราย)."""
        if not self._starts_word(text, m.start(), m.end("h")):
            return  # (session 18) ปัญ|หาด้าน…: the head is the end of another word
        landmark = m.group("h") in _LANDMARKS
        if landmark and not self._landmark_head(text, m):
            return
        tokens = self._th.tokenize(m.group("n"))
        name: list[str] = []
        for i, tok in enumerate(tokens):
            if name and tok in _PLACE_TAILS:
                name.append(tok)  # หาดพัทยาใต้, ท่าน้ำบางโพใหม่: a direction closes a place's name
                break
            opener = not name and tok in _PLACE_OPENERS  # บาง "some" opens บางแสน, บางโพ
            # a landmark's foreign name cut into syllables, one a function word (น้ำตกที|ลอ|ซู)
            opener = opener or (landmark and not name and i + 1 < len(tokens) and tokens[i + 1] not in self._th.words)
            if (
                (tok in self._th.stopwords and not opener) or tok in _HEAD_GENERIC or tok in RELATION_NOUNS
                or tok.startswith(("ทุก", "ชื่อ")) or (name and tok in _COUNTS)
            ):
                break
            name.append(tok)
        if not name or name[0] in _HEAD_GENERIC or sum(map(len, name)) < 3:
            return
        if name == ["แม่"]:
            return  # (session 30) แม่ "river" opens a northern landmark's name (ถ้ำแม่อุสุ, ดอยแม่สลอง),
            # but alone it is the mother (ขึ้นดอยแม่ไม่ไป)
        if landmark and len(name) == 1 and m.group("h") not in _SURE_LANDMARKS and not self._landmark_name(name[0]) and not (
            _TRAVEL_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            return  # ดอย|ลื่น, ผา|เถียงนา: one ordinary word after a mountain or cliff word names none,
            # unless one goes there to see it (เที่ยวถ้ำลอด, ขึ้นภูชี้ฟ้า)
        kind = ORGANIZATION if m.group("h") in _HEAD_ORG else LOCATION
        out.append(self.result(kind, m.start(), m.start("n") + sum(map(len, name)), 0.65))

    def _landmark_head(self, text: str, m: re.Match) -> bool:
        """A landmark word opens a place's name only as a word of its own (not ภู|มิลำเนา, ผา|สุก),
        glued to its name (ดอย แม่… is a mountain, then a sentence), standing after a space, a
        mark or a word of going, being or seeing (ขึ้น|ภู…, ไป|เกาะ…) — not inside another name
        (มูลนิธิพิทักษ์|ดอย, ตำบลภู|เงิน, บุญ|เกาะ) — and not before a generic word (เกาะติด, ดอยสูง)."""
        head = m.group("h")
        if text[m.end("h"):m.start("n")] or self._th.tokenize(text[m.start():m.end()])[0] != head:
            return False
        first = self._th.tokenize(m.group("n"))[0]
        if first in _LANDMARK_GENERIC and not (first == "แม่" and head != "เกาะ"):
            return False  # (session 30) a child clings to its mother (เกาะแม่); ถ้ำแม่อุสุ is a river's cave
        before = re.search(rf"[{_T}]+$", text[max(0, m.start() - 20):m.start()])
        return before is None or before.group(0).endswith(_BEFORE_LANDMARK)  # (ไปเที่ยว is one token)

    def _landmark_name(self, word: str) -> bool:
        from assistant.redact.gazetteer import thai_place_names, thai_unit_names

        return word not in self._th.words or self._th.is_name(word) or word in thai_unit_names() or word in thai_place_names()

    def _starts_word(self, text: str, pos: int, head_end: int) -> bool:
        """The head at ``pos`` is a word: no Thai letter before it, or the tokenizer cuts before
        it or right after it (ริมหาด|เฉวง: a compound that ends with the head)."""
        run = re.search(rf"[{_T}]{{1,20}}$", text[max(0, pos - 20):pos])
        if not run:
            return True
        before, at = len(run.group(0)), 0
        cuts = set()
        for tok in self._th.tokenize(run.group(0) + text[pos:pos + 12]):
            at += len(tok)
            cuts.add(at)
        return before in cuts or before + head_end - pos in cuts

    def _name_run(self, m: re.Match, out: list[RecognizerResult], score: float, *, need_two: bool = False) -> None:
        run = m.group("v")
        title = re.match(_FORMAL, run)
        body = run[title.end():] if title else run
        pieces = body.split()
        if not pieces or (not self._nameish(pieces[0]) and not title):
            return
        if need_two and (len(pieces) < 2 or pieces[1] in self._th.stopwords or self._th.tokenize(pieces[1])[0] in self._th.stopwords):
            return
        if len(pieces) == 2 and (pieces[1] in self._blocked or self._th.tokenize(pieces[1])[0] in self._th.stopwords):
            pieces = pieces[:1]
        start = m.start("v") + (title.end() if title else 0)
        out.append(self.result(PERSON, start, start + len(" ".join(pieces)), score))

    def _kin_apposed(self, text: str, out: list[RecognizerResult]) -> None:
        for m in _KIN_THEN_NAME.finditer(text):
            tokens = self._th.tokenize(m.group("rest"))
            start = m.start("rest")
            if len(tokens) > 1 and tokens[0] in _WHICH_ONE:
                start += len(tokens[0])
                tokens = tokens[1:]
            name = tokens[0]
            if (
                name in self._lex.th_word_nicknames and len(tokens) > 1
                and (tokens[1] in self._th.stopwords or tokens[1] in RELATION_NOUNS or self._th.acts(tokens[1]))
            ):  # session 24 — ลูกสาวหมวย|ลูกชาย…, หลานชายแบงค์|มา…: a common nickname, then the clause goes on
                out.append(self.result(PERSON, start, start + len(name), 0.7))
                continue
            if (
                len(tokens) > 1 and tokens[1] not in self._th.stopwords and not self._th.is_name(name)
                and (name + tokens[1]) not in self._th.words
                and not tokens[1].startswith(("ที่", "ซึ่ง"))  # เนี้ย|ที่อยู่หอเดียวกัน: a relative clause follows
            ):
                name = name + tokens[1] if name not in self._th.words or tokens[1] not in self._th.words else name
            if (
                len(name) >= 3 and self._nameish(name) and (self._th.is_name(name) or name not in self._th.words)
                and not describes_person(name, self._th.words)  # พี่ชาย|ใจดี: how he is, not who
            ):
                out.append(self.result(PERSON, start, start + len(name), 0.7))
        for m in _NAME_THEN_KIN.finditer(text):
            tokens = self._th.tokenize(m.group("pre"))
            name = tokens[-1]
            if len(name) >= 3 and self._th.is_name(name) and name not in self._blocked and (len(tokens) == 1 or tokens[-2] in self._th.stopwords or tokens[-2] in self._th.words):
                out.append(self.result(PERSON, m.end("pre") - len(name), m.end("pre"), 0.7))


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
