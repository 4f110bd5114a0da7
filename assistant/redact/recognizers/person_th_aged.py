"""Thai names told by the frames every author uses about a person, whatever the name word is.

Nicknames are mostly ordinary words (ส้ม, ปลา, กล้วย) and foreign names are not in any
dictionary, so these frames read what stands beside the word, not the word itself:

* an age right after it: "X อายุ 15", "X (34)", "X 3 ขวบ"; "X 81 ปี" too, but "N ปี" is also a
  duration (ทำงาน 3 ปี, เบาหวาน 10 ปี), so a dictionary word needs a second sign there — a
  reporting verb, a hospital number or a nationality after the age;
* an enumeration of people after a kin noun or a head count: "ลูก: A 12, B 8", "หลาน 3 คน: A,
  B, C", "หลานสองคน (A, B)" — every item that is not itself a kin, role or generic person noun;
* the subject of a line, followed at once by a reporting verb or a quoted utterance:
  "Xบอกว่า…", "Xมาหาเองค่ะ", 'X: "…"' — unless X is an ordinary subject (แม่, ครู, เด็ก, ทุกคน).

Role and kin nouns (ผู้ป่วย, ลูกสาว, เด็ก, คนไข้), function words and the lexicon's not-name
words never count, so "ผู้ป่วย อายุ 45", "ลูกสาว 12 ปี" and "ผลตรวจ: น้ำตาล 126" stay.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer, to_ascii_digits
from assistant.redact.recognizers.person_th import describes_person, is_occupation
from assistant.redact.recognizers.person_th_bare import RELATION_NOUNS
from assistant.redact.regex_gate import alternation, gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import PERSON

_T = THAI_LETTERS
#: Generic words for people and the things counted or aged like them: never a name in these frames.
GENERIC_PEOPLE = frozenset({
    "เด็ก", "ผู้ป่วย", "ผป", "คนไข้", "ผู้รับบริการ", "ผรบ", "ผู้ใช้บริการ", "ชาย", "หญิง", "ผู้หญิง", "ผู้ชาย",
    "ทารก", "นักเรียน", "นักศึกษา", "ผู้ต้องหา", "ผู้เสียหาย", "เหยื่อ", "แรงงาน", "ลูกจ้าง", "พนักงาน",
    "คนงาน", "ผู้สูงอายุ", "ผู้ใหญ่", "วัยรุ่น", "ชาวบ้าน", "แม่บ้าน", "พ่อบ้าน", "ผู้ร้อง", "ผู้แจ้ง", "ลูกเรือ",
    "ทั้งหมด", "รวม", "ประมาณ", "เฉลี่ย", "ราว", "คน", "ทุกคน", "หลายคน", "บางคน", "ใคร", "ตัวเอง",
    "ห้อง", "ชั้น", "เตียง", "ตึก", "อายุ", "บุตร", "ลูก", "หลาน", "ญาติ", "ครอบครัว", "พ่อแม่", "ตายาย",
    "ปู่ย่า", "ทีม", "เจ้าหน้าที่", "ตำรวจ", "พยาบาล", "แพทย์", "หมอ", "ครู", "ผู้ปกครอง", "ผู้ดูแล",
    "นักสังคมสงเคราะห์", "นักจิตวิทยา", "ผู้ก่อเหตุ", "ผู้กระทำ", "คู่กรณี", "สามีภรรยา", "แม่ลูก", "พี่น้อง",
    "ผู้เข้าร่วม", "สมาชิก", "กลุ่ม", "เพศ", "ศพ", "ราย", "เคส", "ผลตรวจ", "ระดับ", "คะแนน", "ข้อ",
    "ครั้ง", "ปี", "เดือน", "วัน", "ขวบ", "ชั่วโมง", "นาที", "สัปดาห์", "เดิม", "ใหม่", "แรก", "ล่าสุด",
    "ทำงาน", "เรียน", "ป่วย", "แต่งงาน", "หย่า", "ติดยา", "ดื่ม", "สูบ", "ท้อง", "ตั้งครรภ์", "เป็น", "มี",
    "ตอน", "เมื่อ", "ตั้งแต่", "นาน", "กว่า", "เกือบ", "ผ่านมา", "แล้ว", "มา", "ไป", "อยู่", "ได้",
    # session 8: both of them, the family side, the owner or employer reported as a subject
    "ทั้งคู่", "ทั้งสอง", "ทาง", "ทางบ้าน", "ทางโรงเรียน", "ทางร้าน", "เจ้าของ", "เจ้าของร้าน", "เจ้าของบ้าน",
    "นายจ้าง", "ลูกค้า", "คนใน", "คนในบ้าน", "คนแถวบ้าน", "คนข้างบ้าน", "คนในครอบครัว",
})
#: Words that open a role compound (ครูประจำชั้น, หมอเวร, นักจิตวิทยา, ผู้อำนวยการ).
_ROLE_HEADS = ("ครู", "หมอ", "พยาบาล", "นัก", "ผู้", "เจ้าหน้าที่", "อาจารย์")
#: Soft titles that name a job or office, not kinship.
_ROLE_TITLES = frozenset({"ครู", "หมอ", "อาจารย์", "ผู้ใหญ่", "กำนัน", "ผญบ.", "หลวงพ่อ", "หลวงพี่", "เพื่อน", "คุณ"})
#: Person nouns that open a longer word (หัวหน้างาน, เพื่อนสนิท, ผู้รับบริการสัญชาติ…).
_PERSON_NOUN_PREFIXES = tuple(sorted(
    {r for r in RELATION_NOUNS if len(r) >= 4}
    | {"ผู้", "เจ้าหน้าที่", "นักเรียน", "นักศึกษา", "พนักงาน", "คนไข้", "คนงาน", "เด็ก", "สัญชาติ", "ชาว"},
    key=len, reverse=True,
))
#: "N ปี" also says how long: a dictionary word before it is a name only with one of these after.
_YEARS_CONFIRM = re.compile(
    r"[^\S\n]*(?:บอก|เล่า|พูด|แจ้ง|ร้องไห้|ยอมรับ|HN|hn|Dx|DX|ชาว|สัญชาติ|เพศ|เชื้อชาติ|ป\.\d|ม\.\d)"
)
_AGE = (
    r"(?P<age>[^\S\n]*\([^\S\n]*\d{1,3}[^\S\n]*(?:ขวบ)?[^\S\n]*\)"  # (2 ปี) is a duration
    r"|[^\S\n]*อายุ[^\S\n]*\d{1,3}"
    rf"|[^\S\n]+\d{{1,3}}[^\S\n]*ขวบ"
    rf"|[^\S\n]+(?P<n>\d{{1,3}})[^\S\n]*(?P<years>ปี)(?![{_T}])"
    r"|[^\S\n]+(?P<grade>[ปม]\.[1-6](?![\d.])))"  # ป.4, ม.3 (not ม.39: a section of a law)
)
#: After "N ปี": more of a term (+ 6 เดือน, ขึ้นไป, แล้ว, ก่อน), so a duration.
_YEARS_MORE = re.compile(r"[^\S\n]*(?:\+|กว่า|ขึ้นไป|แล้ว|ก่อน|ที่แล้ว|ครึ่ง|\d|เศษ|หรือ|-)")
#: A word (a whole Thai run) and the age after it.
#: A name glued to อายุ: "ต้นอายุ 14", "ฮาซันอายุ 16".
_AGED_GLUED = re.compile(rf"(?<![{_T}.])(?P<v>[{_T}]{{2,16}}?)อายุ[^\S\n]*\d{{1,3}}")
#: A staff signature: a Latin role abbreviation, then the writer's Thai name ("— SW กชกร").
_LATIN_ROLE = re.compile(rf"(?<![A-Za-z])(?:SW|MSW|RN|OT|PT|CM|NP|PN)[^\S\n]*[:\-]?[^\S\n]*(?P<v>[{_T}]{{2,20}})")
#: A nationality may stand between the name and the age: "X สัญชาติลาว อายุ 15", "X ชาวกัมพูชา 30 ปี".
_NATIONALITY = "(?:สัญชาติ|ชาว|เชื้อชาติ)"
_AGED = re.compile(rf"(?<![{_T}.])(?P<v>[{_T}]{{2,24}})(?:[^\S\n]+{_NATIONALITY}[{_T}]{{2,14}})?{_AGE}")
#: The start of a line or of a list item: where a roster puts the person first.
_COUNT = r"(?:\d{1,2}|สอง|สาม|สี่|ห้า|หก|เจ็ด)"
_LINE_SLOT = re.compile(
    r"(?:^|[\n:;,(—–-])[^\S\n]*$"
    # session 19: a numbered roster line (1. X ม.2, 2) X ป.5)
    r"|(?:^|\n)[^\S\n]*\d{1,2}[.)][^\S\n]*$"
    # session 16: after a head count or "and" in a list of children (ลูกสองคน แนน ป.5 กับ ต้น ป.2)
    rf"|(?:{_COUNT}[^\S\n]?คน|คือ|กับ|และ)[^\S\n]*$"
)
#: What a pupil does with a grade (finished, studies in, moved up to, repeats): no name before it.
_SCHOOLING_VERBS = frozenset({
    "จบ", "เรียน", "เรียนอยู่", "ขึ้น", "อยู่", "ซ้ำชั้น", "ย้าย", "ออก", "เข้า", "สอบ", "กำลังเรียน", "จบชั้น", "ลาออก",
    "พักการเรียน", "ศึกษา", "ศึกษาอยู่", "ชั้น",
})
#: session 16 — a child's nickname glued to the school grade in a run-on list (คือเบนซ์ม.1บีมป.4).
_GRADE_GLUED = re.compile(
    rf"(?:(?<=คือ)|(?<=กับ)|(?<=และ)|(?<=\d)|(?<![{_T}.]))(?P<v>[{_T}]{{2,12}}?)[ปม]\.[1-6](?![\d.])"
)
#: A bracket opened right after a word: what is inside describes that word (unless it gives a
#: name and an age: ลูกชายคนโต (บอย อายุ ๒๐), session 16).
_REMARK_OPEN = re.compile(rf"[{_T}][^\S\n]?\($")
#: A kin noun or a head count, then a colon or a bracket that opens a list of people.
_LIST_HEAD = re.compile(
    rf"(?:(?:(?<![{_T}])|(?<=และ)|(?<=กับ))(?:{alternation(sorted(RELATION_NOUNS | {'หลานๆ', 'ลูกๆ'}, key=len, reverse=True))})"
    rf"(?:[^\S\n]*{_COUNT}[^\S\n]*คน)?|{_COUNT}[^\S\n]*คน)[^\S\n]*(?P<open>[:(])[^\S\n]*"
)
_ITEM = re.compile(
    rf"(?P<v>[{_T}]{{2,16}})(?P<age>[^\S\n]*\([^\S\n]*\d{{1,3}}[^\S\n]*(?:ปี|ขวบ)?[^\S\n]*\)"
    rf"|[^\S\n]+\d{{1,3}}(?:[^\S\n]*(?:ปี|ขวบ))?)?"
)
_ITEM_SEP = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]*(?:และ|กับ)[^\S\n]*")
_CLOSED = re.compile(r"[^\S\n]|[,;:)\n]|$")
#: Time and sequence words that open a line before its subject (หลังจากนั้น|ฝน|เล่าว่า).
LEADING_ADVERBS = frozenset({
    "หลังจากนั้น", "จากนั้น", "ต่อมา", "ภายหลัง", "วันนี้", "เมื่อวาน", "เมื่อวานนี้", "ตอนนี้", "ตอนเช้า", "ตอนเย็น",
    "ตอนบ่าย", "ตอนกลางคืน", "ตอนแรก", "สุดท้าย", "ท้ายที่สุด", "ระหว่างนั้น", "ขณะนั้น",
})
#: A line opened by a word and a reporting verb or a quote: "ส้มบอกว่า…", 'ใบเตย: "…"'.
_SUBJECT = re.compile(
    # (session 10: also the subject of a reported clause: ครูแจ้งว่า|ขนุน|ไม่มาเรียน 3 วัน)
    rf"(?:^|(?<=\n)|(?<=[—–]\s)|(?<=แจ้งว่า)|(?<=บอกว่า)|(?<=เล่าว่า)|(?<=รายงานว่า)|(?<=ทราบว่า))"
    rf"[^\S\n]*(?P<v>[{_T}]{{2,14}}?)"
    rf"(?=(?:บอกว่า|เล่าว่า|พูดว่า|ถามว่า|ตอบว่า|ร้องไห้|ยอมรับว่า|มาหาเอง|มากับ|มาตามนัด"
    # session 8: a call or an absence reported about the line's subject (แพรวโทรมา…, บอลไม่มาตามนัด)
    rf"|โทรมา|โทรหา|ไม่มาตามนัด|ไม่มาเรียน|ไม่มาโรงเรียน|ขาดเรียน|มาสาย|มาส่ง|มารับยา"
    rf"|ขอเลื่อนนัด|ขอคุย|อยากคุย|เล่าให้ฟัง|หัวเราะ|ตะโกน|ไม่กล้า|ไม่ยอมพูด|ไม่ยอมกิน|หนีออกจากบ้าน|หนีเรียน)"
    rf"|[^\S\n]*[:：][^\S\n]*[\"“])",
    re.MULTILINE,
)
#: A name, then a bracket that says it is a name or whose kin it is: "ฝน (ชื่อจริง …", "X (นามสมมติ)",
#: "X (ขอใช้สรรพนาม …)", "X(พ่อ)บอกว่า".
_NAME_NOTE = re.compile(
    rf"(?P<v>[{_T}]{{2,16}})[^\S\n]*\((?:ชื่อจริง|ชื่อเล่น|ชื่อในทะเบียน|นามสมมติ|ขอใช้สรรพนาม|ใช้สรรพนาม|สรรพนาม)"
)
_KIN_NOTE = re.compile(rf"(?P<v>[{_T}]{{2,24}})[^\S\n]?\((?P<k>[{_T}]{{2,16}})\)")
#: Words that end a clause before a name: verbs of contact and prepositions (โทรหาประเวศ(ลูกชาย)).
_LEAD_WORDS = frozenset({"โทร", "หา", "ถึง", "กับ", "ของ", "ให้", "จาก", "โดย", "ชื่อ", "คือ", "และ", "ว่า", "ไป", "มา"})
_KIN_ALT = alternation(sorted(RELATION_NOUNS, key=len, reverse=True))
#: A kin noun glued to an unknown word that closes the item: "หลานชายเจ็ท,", "ลูกสาวมึนา)".
_KIN_GLUED = re.compile(rf"(?<![{_T}])(?P<k>{_KIN_ALT})(?P<v>[{_T}]{{2,12}})(?=[^\S\n]*(?:[,;)\n]|$))")
#: A bracket holding a kin noun and one word: "(ลูกสาว นิด)", "(หลาน ตังเม)".
_KIN_BRACKET = re.compile(rf"\((?P<k>{_KIN_ALT})[^\S\n]+(?P<v>[{_T}]{{2,16}})\)")
#: Verbs glued after a kin noun: a clause about the relative (ลูกสาวมาสาย, สามีไปทำงาน).
_GLUED_VERBS = frozenset({
    "มา", "ไป", "มาสาย", "มาส่ง", "มารับ", "ขาด", "ขาดเรียน", "โทร", "โทรมา", "ไม่", "ได้", "จะ", "ยัง",
    "ตะโกน", "หัวเราะ", "ร้องไห้", "ด่า", "บ่น", "เล่า", "ขอ",
})
#: A kin noun (or "the eldest/youngest"), then a bracket with one word and a bare age: หลานชาย (ฤทธี 13).
_KIN_THEN_AGED_BRACKET = re.compile(
    rf"(?:{_KIN_ALT}|คนโต|คนเล็ก|คนกลาง|คนสุดท้อง)[^\S\n]*\((?P<v>[{_T}]{{2,16}})[^\S\n]*,?[^\S\n]*\d{{1,2}}(?:[^\S\n]*(?:ปี|ขวบ|y))?\)"
)
#: Words that qualify a kin noun rather than name the person (ลูกสาวคนโต, เพื่อนบ้าน).
_KIN_QUALIFIER_PREFIXES = ("คน", "ชาย", "สาว", "เขย", "สะใภ้", "บุญธรรม", "เลี้ยง", "แท้", "ติด", "ของ", "ที่", "ใน", "บ้าน")
#: Function words that never name anyone, even alone in a bracket.
_FUNCTION_WORDS = frozenset({
    "ด้วย", "และ", "กับ", "ก็", "ที่", "ของ", "ไม่", "ได้", "แล้ว", "เอง", "นั้น", "นี้", "ด้วยกัน", "อีก", "ทั้งหมด",
    "เท่านั้น", "บ้าง", "หรือ", "เป็น", "มี", "อยู่", "ไป", "มา", "ให้", "จะ", "ยัง", "เลย", "คือ", "ว่า",
})
#: A line's first Thai run (after optional bullets or a dash).
_LINE_OPENER = re.compile(rf"(?:^|(?<=\n))[^\S\n]*(?:[-•*—–][^\S\n]*)?(?P<c>[{_T}]{{4,40}})", re.MULTILINE)
#: A kin title and a name filling a pair of quotes: อยู่กับ "อาเล็ก", บัญชี "แม่น้องฟ้า".
_QUOTED_TITLED = re.compile(rf"[\"“](?P<v>[{_T}]{{3,20}})[\"”]")


class ThaiAgedNameRecognizer(RegexRecognizer):
    """Names in the age, people-list and line-subject frames (PERSON)."""

    def __init__(self) -> None:
        super().__init__("ThaiAgedNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        self._th = get_thai_lexicon()
        self._blocked = (
            lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles | lex.th_not_surnames
            | self._th.stopwords | RELATION_NOUNS | GENERIC_PEOPLE
        )
        self._titles = tuple(sorted(lex.th_soft_titles | lex.th_strong_titles, key=len, reverse=True))
        #: kin titles only: a quoted role + word ("หมอปลอม", "ครูใหญ่") is a phrase, not a person
        self._not_stop_names = (
            lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles | lex.th_not_surnames
            | RELATION_NOUNS | GENERIC_PEOPLE
        )
        self._kin_set = frozenset(lex.th_soft_titles) - _ROLE_TITLES
        self._kin_titles = tuple(t for t in self._titles if t in lex.th_soft_titles and t not in _ROLE_TITLES)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        text = to_ascii_digits(text)
        out: list[RecognizerResult] = []
        for m in _AGED.finditer(text):
            self._aged(text, m, out)
        if "ป." in text or "ม." in text:
            for m in _GRADE_GLUED.finditer(text):
                word = m.group("v")
                if self._ok(word, self._tokens(word)) and not self._th.acts(word):
                    out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.7))
        if "อายุ" in text:
            for m in _AGED_GLUED.finditer(text):
                word = m.group("v")
                tokens = self._tokens(word)
                if self._ok(word, tokens) and "".join(self._th.tokenize(word + "อายุ")[:len(tokens)]) == word:
                    out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.7))
        for m in _LATIN_ROLE.finditer(text):
            tokens = self._tokens(m.group("v"))
            word = tokens[0] if tokens else ""
            if self._ok(word, tokens[:1]) and (self._th.is_name(word) or word not in self._th.words):
                out.append(self.result(PERSON, m.start("v"), m.start("v") + len(word), 0.7))
        if ":" in text or "(" in text:
            for m in _LIST_HEAD.finditer(text):
                self._people_list(text, m, out)
        if '"' in text or "“" in text:
            for m in _QUOTED_TITLED.finditer(text):
                self._quoted(m, out)
        if "(" in text:
            for m in _NAME_NOTE.finditer(text):
                self._before_bracket(m, out, need_kin=False)
            for m in _KIN_NOTE.finditer(text):
                inner = m.group("k")
                real_name = inner in self._th.given_names and inner not in self._th.words
                if inner in RELATION_NOUNS or inner in self._kin_set:
                    self._before_bracket(m, out, need_kin=True)
                elif real_name:
                    self._before_bracket(m, out, need_kin=True, strict=True)  # โอ๊ต (ธนวัฒน์): a nickname, then the real name
        for m in _KIN_GLUED.finditer(text):
            word = m.group("v")
            tokens = self._tokens(word)
            if (
                word not in self._th.words and not word.startswith(_KIN_QUALIFIER_PREFIXES)
                and self._ok(word, tokens) and len(m.group("k")) in self._th.word_starts(m.group(0))  # หลานชาย|เจ็ท, not หัวหน้างาน|ใจดี
                and tokens[0] not in _GLUED_VERBS  # ลูกสาว|มาสาย|อีกแล้ว: what she did, not who
            ):
                out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.7))
        if "(" in text:
            for m in _KIN_BRACKET.finditer(text):
                word = m.group("v")
                tokens = self._tokens(word)
                single = len(tokens) == 1 and word not in self._not_stop_names and word not in _FUNCTION_WORDS
                if not word.startswith(_KIN_QUALIFIER_PREFIXES) and (
                    self._th.is_name(word) or single or self._ok(word, tokens)
                ):  # (ลูกสาว นิด): the bracket holds one person, so even a small word is the name
                    out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.7))
            for m in _KIN_THEN_AGED_BRACKET.finditer(text):  # session 8 — หลานชาย (ฤทธี 13), ลูกคนโต (ดอกรัก 15)
                word = m.group("v")
                tokens = self._tokens(word)
                if tokens and (self._th.is_name(word) or self._ok(word, tokens)) and not describes_person(word, self._th.words):
                    out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.7))
        self._recurring_openers(text, out)
        for m in _SUBJECT.finditer(text):
            start, word = m.start("v"), m.group("v")
            tokens = self._tokens(word)
            if len(tokens) > 1 and tokens[0] in LEADING_ADVERBS:
                start += len(tokens[0])  # session 26 — หลังจากนั้น|ฝนเล่าว่า: "after that", then who
                word, tokens = word[len(tokens[0]):], tokens[1:]
            rest = self._th.tokenize(text[start:m.end("v") + 12])
            if tokens and self._ok(word, tokens) and "".join(rest[:len(tokens)]) == word:
                out.append(self.result(PERSON, start, m.end("v"), 0.7))
        return out

    # ------------------------------------------------------------------ helpers

    def _tokens(self, word: str) -> list[str]:
        return [t for t in self._th.tokenize(word) if t.strip()]

    def _ok(self, word: str, tokens: list[str]) -> bool:
        """Not a kin, role, generic or function word, nor a phrase built on one."""
        if word in self._blocked or not tokens or len(tokens) > 4:
            return False
        if tokens[0] in self._blocked or word.startswith(self._titles) or word.startswith(_PERSON_NOUN_PREFIXES):
            return False  # ยายบุญเลี้ยง, ผู้ป่วยชาย: the title rules read these
        if is_occupation(word):
            return False  # (session 31) สามี: ช่างไม้ — what he does, not who he is
        return not any(t in self._th.stopwords or t in GENERIC_PEOPLE for t in tokens)

    def _aged(self, text: str, m: re.Match, out: list[RecognizerResult]) -> None:
        word = m.group("v")
        tokens = self._tokens(word)
        if not self._ok(word, tokens) or word.startswith(("สัญชาติ", "ชาว", "เชื้อชาติ")):
            return
        if _REMARK_OPEN.search(text, max(0, m.start() - 3), m.start()) and not (
            "อายุ" in m.group("age") and word not in get_lexicon().th_conditions
            and not get_lexicon().th_loanword_re.fullmatch(word)
        ):
            return  # น้องต้นน้ำ (ออทิสติก 9 ขวบ): a remark about the word before the bracket
        if m.group("grade") and not _LINE_SLOT.search(text, max(0, m.start() - 8), m.start()):
            return  # "ขนุน ป.5" opens a line; "เรียน ป.5" mid-clause is a class
        if m.group("grade") and word in _SCHOOLING_VERBS:
            return  # (session 28) การศึกษา: จบ ม.3 — finished grade 9, after a field's colon
        if m.group("grade") and len(tokens) >= 2 and all(t in self._th.words for t in tokens) and any(
            t.startswith(_ROLE_HEADS) and len(t) > 4 for t in tokens
        ):
            return  # (session 24) บันทึก|ครูประจำชั้น ป.6/2: a heading naming a role, then the class
        if m.group("years"):
            dictionary = word in self._th.words or tokens[0].startswith(("ความ", "การ"))
            confirmed = bool(_YEARS_CONFIRM.match(text, m.end()))
            if dictionary and not self._th.is_name(word) and not confirmed:
                return  # ทำงาน 3 ปี, ปวดหลัง 2 ปี: a duration
            if not confirmed and (int(m.group("n")) < 10 or _YEARS_MORE.match(text, m.end())):
                return  # คุมประพฤติ 1 ปี, จำคุก 15 ปีขึ้นไป: a term, not an age
        out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.75))

    def _before_bracket(
        self, m: re.Match, out: list[RecognizerResult], *, need_kin: bool, strict: bool = False
    ) -> None:
        """The last words of the run before the bracket, back to a verb, preposition or role."""
        tokens = self._tokens(m.group("v"))
        name: list[str] = []
        for tok in reversed(tokens):
            if tok in self._blocked or tok in _LEAD_WORDS or len(name) >= 3:
                break
            name.insert(0, tok)
        word = "".join(name)
        if len(word) < 2 or not self._ok(word, name):
            return
        if need_kin and word in self._th.words and not self._th.is_name(word):
            return  # ค่าใช้จ่าย(ลูก): an ordinary word described by whose it is
        if strict and all(t in self._th.words for t in name) and not self._th.is_name(word):
            return  # ส่งต่อคดี (สมชาย): a clause about the person named in the bracket
        out.append(self.result(PERSON, m.end("v") - len(word), m.end("v"), 0.7))

    def _recurring_openers(self, text: str, out: list[RecognizerResult]) -> None:
        """An unknown word that opens two or more lines, each time glued to a different clause
        (หน่อแปะถูกสามีตี… / หน่อแปะไม่อยากแจ้งความ): the subject the note keeps coming back to."""
        openers: dict[str, list[int]] = {}
        for m in _LINE_OPENER.finditer(text):
            tokens = [t for t in self._th.tokenize(m.group("c")) if t]
            if len(tokens) < 2:
                continue
            for n in (1, 2, 3):
                if n < len(tokens):
                    openers.setdefault("".join(tokens[:n]), []).append(m.start("c"))
        for word, starts in openers.items():
            if len(starts) < 2 or len(word) < 3 or word in self._th.words:
                continue
            tokens = self._tokens(word)
            if not self._ok(word, tokens) or any(len(t) < 2 for t in tokens):
                continue
            if any(text.startswith(other, s) for other in openers if other != word and other.startswith(word)
                   for s in openers[other] if len(openers[other]) == len(starts)):
                continue  # a longer shared opener is the word
            for s in starts:
                out.append(self.result(PERSON, s, s + len(word), 0.65))

    def _quoted(self, m: re.Match, out: list[RecognizerResult]) -> None:
        """A quoted kin title + name (titles may stack: แม่|น้อง|ตะวัน): the whole quote is the
        person as written, so the bare name spreads from it."""
        rest, titled = m.group("v"), False
        while True:
            title = next((t for t in self._kin_titles if rest.startswith(t) and len(rest) - len(t) >= 2), "")
            if not title:
                break
            rest, titled = rest[len(title):], True
        tokens = self._tokens(rest)
        # a short adjective nickname (อาเล็ก, ป้าแดง) counts here: the quotes make it a name
        short = len(tokens) == 1 and self._th.is_name(rest) and rest not in self._th.stopwords and rest not in GENERIC_PEOPLE
        if titled and tokens and len(tokens) <= 2 and (short or self._ok(rest, tokens)) and rest not in self._th.stopwords:
            out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.7))

    def _people_list(self, text: str, head: re.Match, out: list[RecognizerResult]) -> None:
        bracket = head.group("open") == "("
        if bracket and "คน" not in head.group(0):
            return  # สามี (ตกงาน): a remark about one person; a list in brackets needs a head count
        pos, found = head.end(), []
        while True:
            item = _ITEM.match(text, pos)
            if not item:
                break
            word = item.group("v")
            tokens = self._tokens(word)
            closed = bool(_CLOSED.match(text, item.end("v")))
            if not closed or not self._ok(word, tokens):
                if bracket:
                    return  # (อายุ 5-12), (ชาย 1 หญิง 1): not a list of names
                break
            found.append((item.start("v"), item.end("v")))
            sep = _ITEM_SEP.match(text, item.end())
            if not sep or sep.end() == item.end():
                pos = item.end()
                break
            pos = sep.end()
        if bracket and (text[pos:pos + 1] != ")" or len(found) < 1):
            return
        for start, end in found:
            out.append(self.result(PERSON, start, end, 0.75))


gate_patterns(globals())
