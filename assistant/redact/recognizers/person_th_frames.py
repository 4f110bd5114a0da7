"""Thai names found by a frame whose name word is an ordinary word (ส้ม, น้ำหวาน, แป๊ะ, หม่อน).

The title rules in ``person_th`` accept an ordinary word after a role or strict kin title only
when the dictionary lists it as a name — right for แม่เข้ากะดึก, wrong for nicknames, which are
mostly ordinary words. These frames are strong enough to take any word that is not a role,
function word or verb:

* a staff role glued to a nickname, then a verb or the end of the chunk: พยาบาลส้มจี๊ดรับเรื่อง,
  อสม.บุญเรือนไปเยี่ยม, จนท.ต้นกล้าประสาน (พยาบาลประจำตึก, พยาบาลวิชาชีพ are roles, not names);
* a monk's title glued to his name: หลวงพี่แป๊ะ, หลวงตาเปลี่ยน (หลวงพ่อเจ้าอาวาส is a role);
* a told name: บอกชื่อน้ำปิง, แจ้งชื่อ… (บอกชื่อโรงเรียนไม่ได้ is "could not name the school");
* a kin title opening a list item: "3) แม่หม่อน ลูกอ่อน" — a roster line starts with the person;
* a relation noun, then a bracket opened by a Latin name and a Thai remark: แฟน (Pakorn คณะ…) —
  Thai notes write a friend's or partner's English nickname this way;
* a Thai-script name followed by its Latin transliteration in brackets: นายเต็ง ตู ยา (Thein Thu
  Ya) — the number of Latin words says how many spaced Thai pieces are the name.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import given_names
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import is_name_token
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.person_th_bare import RELATION_NOUNS
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import PERSON
from assistant.text.find import occurrences

_T = THAI_LETTERS
#: Staff roles glued to a nickname (longest first so พยาบาลวิชาชีพ is not พยาบาล + a name).
_ROLES = ("พยาบาล", "อสม.", "จนท.", "ผช.", "นักจิตฯ", "หมอ")
#: Monks' titles (พระ is a formal title handled elsewhere).
#: Prepositions that open a phrase of place after a role (หลวงพี่|จากวัด, หมอ|ที่โรงพยาบาล); the
#: tokenizer may cut them wrongly (จา|กวัด), so the first three are also read on the raw text.
_PLACE_PREPOSITIONS = frozenset({"จาก", "ที่", "ใน", "ของ", "กับ", "แถว", "ประจำ"})
_MONKS = ("หลวงพี่", "หลวงตา", "หลวงน้า", "หลวงลุง", "หลวงปู่", "หลวงพ่อ")
#: Sentence-final particles: after a role they end the sentence (พยาบาล|นะคะ, หมอ|ครับ).
SENTENCE_PARTICLES = ("นะ", "ค่ะ", "คะ", "ครับ", "คับ", "จ้ะ", "จ้า", "ฮะ", "เนาะ", "น่ะ", "ล่ะ")
_ROLE_CUE = re.compile(rf"(?<!ห้อง)(?<!เรือน)(?:{'|'.join(re.escape(r) for r in _ROLES + _MONKS)})(?=[{_T}])")
#: Words after a role that say which kind of staff it is, not who.
_ROLE_QUALIFIERS = frozenset({
    "วิชาชีพ", "ประจำ", "ประจำตึก", "ประจำการ", "เวร", "หัวหน้า", "ผู้ช่วย", "อาวุโส", "ฝึกหัด", "ฝึกงาน",
    "เทคนิค", "ห้อง", "ตึก", "ชุมชน", "อนามัย", "สาธารณสุข", "จิตเวช", "ศูนย์", "โรงเรียน", "ที่", "ใน",
    "เจ้าอาวาส", "เจ้าคณะ", "วัด", "ท่าน", "องค์", "รูป", "ใหญ่", "เล็ก", "ผู้", "คน", "แผนก", "หอ",
    "เด็ก", "ฟัน", "ตา", "หู", "ดู", "พื้นบ้าน", "ทหาร", "ตำรวจ", "มูลนิธิ", "อำเภอ", "ตำบล", "จังหวัด",
    "ข้างบ้าน", "คนเดิม", "คนใหม่", "ทุกคน", "ทั้งหมด", "ได้", "แผนไทย", "สัตว์", "ผี", "นวด", "ยา",
    # what staff do (อสม.รายงาน, หมอเยี่ยมบ้าน) and what a role is called (หมอปลอม "a fake doctor")
    "รายงาน", "เยี่ยม", "เยี่ยมบ้าน", "ติดตาม", "แนะนำ", "ประสาน", "สอบถาม", "วินิจฉัย", "ลงพื้นที่",
    "ปลอม", "เถื่อน", "กระดูก", "ประจำบ้าน", "ครอบครัว", "เจ้าของไข้", "ผู้ดูแล", "อาสา",
    # the body a role works for (จนท.สำนักงานคุมประพฤติ, พยาบาลโรงพยาบาล…)
    "สำนักงาน", "กรม", "ศาล", "กอง", "สถานี", "เขต", "โรงพยาบาล", "รพ", "สังคม", "สงเคราะห์", "ทะเบียน",
    "ราชการ", "รัฐ", "อบต", "เทศบาล", "ประกัน", "บริษัท", "ธนาคาร", "คุม", "ประพฤติ", "ป่าไม้", "ไฟฟ้า",
    # who wrote the record (อสม.บันทึก) and the workplace a nurse is at (พยาบาลโรงงาน)
    "บันทึก", "จด", "เขียน", "กรอก", "ตรวจ", "ฉีด", "ทำแผล", "โรงงาน", "นิคม", "สถานประกอบการ", "ร้าน",
    # (session 30) dropping by and taking someone along (ให้อสม.แวะดูยาย, อสม.พาไป)
    "แวะ", "แวะดู", "แวะเยี่ยม", "พา", "พาไป", "ช่วย", "ส่ง", "นัด", "คุย", "โทร",
})
#: session 9 — an attendance line: who came, who did not (มา: A, B (Bee), C / ขาด: D ป่วย).
#: Posts, professions and bodies that stand in a participants' list for whoever holds them.
_POSTS = (
    "ครู", "แพทย์", "กุมารแพทย์", "จิตแพทย์", "อิหม่าม", "ชุมชน", "ตัวแทน", "พยาบาล", "หมอ", "ทนาย", "ตำรวจ",
    "อสม", "ประธาน", "รองประธาน", "ผอ", "หัวหน้า", "ล่าม", "ครอบครัว", "กรรมการ", "เลขา", "ปลัด", "นายก",
    "กำนัน", "ผู้ใหญ่", "โต๊ะอิหม่าม", "พระ", "เภสัช", "นักสังคม", "แม่บ้าน", "ญาติ", "ผู้ปกครอง",
)
#: session 10 — also a participants' line (ผู้เข้าร่วม: 1) A 2) B …), numbered or not. Session 41
#: (set 138): those absent (ผู้ไม่มา:), and a count in brackets before the colon (ผู้เข้าร่วม (7/9):).
#: A meeting's attendees (ผู้เข้าประชุม:) were measured and left out: posts and bodies fill those lines.
_ATTENDANCE = re.compile(
    r"(?m)^[^\S\n]*(?:มา|ไม่มา|ขาด|ลา|ขาดเรียน|ขาดกลุ่ม|ผู้เข้าร่วม|ผู้เข้ากลุ่ม|ผู้ร่วมกลุ่ม|สมาชิกที่มา|"
    r"ผู้ไม่มา|ผู้ขาด)"
    r"(?:[^\S\n]*\([^()\n]{1,12}\))?[^\S\n]*[:：][^\S\n]*(?P<items>[^\n]+)"
)
#: One item of the line: up to a comma, a slash, a list number or และ ("and"); an opening และ or
#: list number left out.
_ATTENDEE_ITEM = re.compile(
    r"[^\S\n]*(?:\d{1,2}[).][^\S\n]*)?(?:และ[^\S\n]*)?(?P<w>(?:(?!และ|\d{1,2}\))[^,/\n])+)"
)
#: An item's first run of Thai letters.
_ITEM_FIRST = re.compile(rf"[{_T}]+")
#: A Latin nickname in brackets right after the name: น้ำผึ้ง (Honey). (Session 40: this pattern
#: had the same name as the "(Latin" gate below, which replaced it, so the rule never fired.)
_LATIN_NICKNAME_BRACKET = re.compile(r"[^\S\n]*\(([A-Z][a-z]{1,15})\)")
#: A spaced word standing alone after a name (a family name, when it is shaped like one).
_SPACED_FAMILY = re.compile(rf"[^\S\n]([{_T}]{{4,24}})(?=[^\S\n]|[,;:()\n✓.]|$)")
#: "told/gave the name": the word after is what the caller is called.
_TOLD = re.compile(rf"(?:บอก|แจ้ง|ให้|ใช้)ชื่อ(?:ว่า|เล่นว่า|เล่น)?[^\S\n]?(?=[{_T}])")
#: Things whose name one may be unable to tell (บอกชื่อโรงเรียนไม่ได้).
_NAMED_THINGS = frozenset({
    "โรงเรียน", "บริษัท", "ร้าน", "ยา", "โรค", "โรงพยาบาล", "รพ", "วัด", "หมู่บ้าน", "ถนน", "ซอย", "ที่",
    "จริง", "ตัวเอง", "พ่อ", "แม่", "ใคร", "อะไร", "คน", "เพื่อน", "แฟน", "ผู้", "หน่วยงาน", "ตำบล",
    "อำเภอ", "จังหวัด", "เต็ม", "ผู้ปกครอง", "ญาติ", "สามี", "ภรรยา", "ลูก", "เลย", "ไม่", "แค่",
})
#: A roster line: "3) ", "2. ", "- ", "• " then a kin title glued to the name and a space.
_LIST_KIN = re.compile(
    rf"(?m)^[^\S\n]*(?:\d{{1,2}}[.)]|[-•*])[^\S\n]*(?P<t>แม่|พ่อ|ยาย|ตา|ลุง|ป้า|น้า|ย่า|ปู่|พี่|น้อง)"
    rf"(?P<v>[{_T}]{{2,12}})(?=[^\S\n]|[,(]|$)"
)
#: Spaced Thai pieces then a bracket of capitalised Latin words.
_TRANSLIT = re.compile(
    rf"(?P<th>[{_T}.]+(?:[^\S\n][{_T}]+){{1,5}})[^\S\n]*\((?P<la>[A-Z][a-z'\-]+(?:[^\S\n][A-Z][a-z'\-]+){{1,5}})\)"
)
#: A Latin name, a slash, then the same name spelled in Thai: Ms Chenda Mao / เชนดา เมา.
_SLASH_TRANSLIT = re.compile(
    rf"(?P<title>(?:Mr|Ms|Mrs|Miss|Mx|Mdm)\.?[^\S\n]+)?(?<![A-Za-z])(?P<la>[A-Z][a-z'\-]+(?:[^\S\n][A-Z][a-z'\-]+){{1,4}})"
    rf"[^\S\n]*/[^\S\n]*(?P<th>[{_T}]{{2,12}}(?:[^\S\n][{_T}]{{1,12}}){{0,4}})"
)
#: A relation noun, then a bracket opened by a Latin name: ทะเลาะกับแฟน (Pakorn คณะเดียวกัน).
_REL_LATIN = re.compile(
    rf"(?:{'|'.join(sorted(RELATION_NOUNS | {'รูมเมท', 'รูมเมต', 'ครูประจำชั้น'}, key=len, reverse=True))})"
    rf"[^\S\n]*\((?P<n>[A-Z][a-z'\-]+(?:[^\S\n][A-Z][a-z'\-]+)?)(?=[^\S\n]*[){_T}]|[^\S\n]+[{_T}])"
)
_CHUNK = re.compile(rf"[{_T}]+")
#: session 19 — "the X family": ครอบครัวศรีสุขได้เบี้ยยังชีพ, ตระกูลแสงทอง
_FAMILY_OF = re.compile(rf"(?:ครอบครัว|ตระกูล)[^\S\n]?(?=[{_T}])")
#: A list of people after ได้แก่ ("namely"): single words (or quoted nicknames) joined by commas and
#: และ — อชิรวิทย์, ณัฐนนท์ และ "แบงค์ขาว". Taken only when most items are names or quoted, so a
#: list of things (ได้แก่ ข้าว, น้ำ และยา) is left alone.
_ITEM = rf"[\"“]?[{_T}]{{2,16}}[\"”]?"
_NAMES_LIST = re.compile(
    rf"ได้แก่[^\S\n]*(?P<items>{_ITEM}(?:[^\S\n]*,[^\S\n]*(?:และ[^\S\n]*)?{_ITEM}|[^\S\n]+และ[^\S\n]*{_ITEM})+)"
)
#: A kin or relation word, then a quoted nickname: พี่ชาย "แมงป่อง", น้องสาว “ตังเม”.
#: session 10 — a quoted word given as what someone is called, a few words after ชื่อ and a
#: ว่า (บอกชื่อแค่ว่า "เกดแก้ว"), and a quoted Latin name right after a relation word (แฟนเก่า
#: "Pon", พี่ชาย "Bank").
_NAMED_QUOTED = re.compile(
    rf"(?:ชื่อ[{_T}]{{0,8}}ว่า[^\S\n]*[\"“](?P<v>[{_T}]{{2,16}})[\"”]"
    rf"|(?:{'|'.join(sorted(RELATION_NOUNS, key=len, reverse=True))})[^\S\n]?[\"“](?P<v2>[A-Z][a-z]{{1,15}})[\"”])"
)
_KIN_QUOTED = re.compile(rf"(?P<k>[{_T}]{{2,12}})[^\S\n]?[\"“](?P<v>[{_T}]{{2,16}})[\"”]")
#: อ. (อาจารย์, a lecturer or teacher) glued to a word: a person when the word is a listed given
#: name (อ.วิไลวรรณ); a district otherwise (that frame lives in location_th).
_AJARN = re.compile(rf"(?<![{_T}.])อ\.[^\S\n]?(?P<v>[{_T}]{{3,24}})")
#: A chat display name often carries emoji before the colon (ข้าวกล้อง🌾: …).
_EMOJI = r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]{1,6}[^\S\n]*)"
#: A chat log's speaker label: a line opens with (title +) name, an optional unit (พม.), then a
#: colon — "ครูจินตหรา: …", "พี่อุ๋ม พม.: …". Read only when two or more lines are built so.
_SPEAKER = re.compile(
    # session 8: a chat line may open with its time (09:15 ฝ้าย: …, [21:47] ปอ: …); session 20:
    # a staff role may follow the name (07:55 อ้น SW: …); session 26: a longer unit or relation
    # (06:20 บุญเรือง ผอ.รพ.สต.: …, [06:18] บอส หลานตาเคน: …); session 40: or a role in brackets
    # (14:02 เกศินี (SW): …, 09:12 รัตนา (ครูประจำชั้น): …)
    rf"(?:^|(?<=\n))[^\S\n]*(?P<time>\[?\d{{1,2}}[:.]\d{{2}}\]?[^\S\n]*(?:น\.)?[^\S\n]*)?(?P<role>[A-Z]{{2,4}}[^\S\n]+)?(?P<label>[{_T}]{{2,20}})(?:[^\S\n]+[{_T}.]{{2,12}})?(?P<role_after>[^\S\n]+[A-Z]{{2,4}})?(?P<bracket>[^\S\n]*\([^()\n:]{{1,24}}\))?[^\S\n]*(?P<emoji>{_EMOJI})?[:：][^\S\n]",
    re.MULTILINE,
)
_THAI_SET = frozenset(chr(c) for c in range(0x0E01, 0x0E4F))
#: Particles of speech that mark a chat line (a heading's line of notes has none).
#: (session 12) with the particles of Isan, Northern and Southern speech, and casual chat: เด้อ,
#: บ่ (not: บ่ได้, never บ่อ or บ่าย), เนาะ, เน้อ, หนิ, แหละ, เหรอ, ป่ะ, อ่ะ, ล่ะ.
_SPOKEN = re.compile(r"ค่ะ|คะ|ครับ|คับ|นะ|จ้า|จ้ะ|ขา|ฮะ|มั้ย|ไหม|เด้อ|บ่(?![อาว])|เนาะ|เน้อ|หนิ|แหละ|เหรอ|ป่ะ|อ่ะ|ล่ะ")
#: Labels of a chat that name a role, not a person (the line's speaker is the service or its user),
#: and (session 11) labels that say what the line is: a message, a chat, a post (ข้อความ: ครูครับ…).
_CHAT_ROLES = (
    "เจ้าหน้าที่", "จนท", "ผู้ใช้", "ผู้รับบริการ", "ผู้ให้บริการ", "ผู้ให้คำปรึกษา", "แอดมิน", "ระบบ", "ครู",
    "พยาบาล", "หมอ", "นักจิตวิทยา", "นักสังคมสงเคราะห์", "ผู้ปกครอง", "ผู้ป่วย", "เด็ก", "ลูกค้า", "ที่ปรึกษา",
    "ข้อความ", "แชท", "ไลน์", "โพสต์", "คอมเมนต์", "อีเมล", "จดหมาย", "ข้อความเสียง", "บันทึก",
)
#: session 12 — role words that open a longer label: the association's admin, the outreach team.
#: (session 25) and a unit of a hospital or office speaking (SW คลินิกความจำ:, ฝ่ายการเงิน:, งานสังคม:)
_CHAT_ROLE_HEADS = (
    "แอดมิน", "ทีม", "เจ้าหน้าที่", "จนท", "ผู้ให้", "ผู้รับ", "นักสังคม", "นักจิต", "ศูนย์", "มูลนิธิ", "สมาคม",
    "คลินิก", "โรงพยาบาล", "ฝ่าย", "แผนก", "หน่วย", "กลุ่มงาน", "งานสังคม",
)
#: session 11 — "It's me, X" in a copied message: after a line start, a quote or a vocative, one
#: word, then เอง and a particle (พี่คะ มุกเองนะคะ, "ปอเองค่ะ …"); and "I am X" after a pronoun
#: (ครูครับ ผมเอ็มนะครับ). The word is weighed in _self_named.
_PARTICLE = r"(?:นะ(?:คะ|ค่ะ|ครับ|คับ|จ๊ะ|จ้ะ)?|คะ|ค่ะ|ครับ|คับ|จ้า|จ้ะ|ฮะ)"
#: The particles that close a vocative (พี่คะ, ครูครับ, แม่จ๋า).
_VOCATIVE_PARTICLES = ("คะ", "ค่ะ", "ครับ", "คับ", "ขา", "จ๋า")
_SPEECH_START = "(?:^|(?<=\n)|(?<=[\"“'‘])|(?<=[:：][^\\S\n])|{})".format(
    "|".join(rf"(?<={p}[^\S\n])" for p in _VOCATIVE_PARTICLES)
)
_ITS_ME = re.compile(rf"{_SPEECH_START}(?P<v>[{_T}]{{2,12}}?)เอง{_PARTICLE}(?![{_T}])", re.MULTILINE)
_I_AM = re.compile(
    rf"{_SPEECH_START}(?:ผม|หนู|ดิฉัน|ฉัน|เรา)(?P<v>[{_T}]{{2,12}}?){_PARTICLE}(?![{_T}])", re.MULTILINE
)
#: A line of speech opening with whom it addresses (พี่คะ, ครูครับ, คุณครูคะ): the label before it speaks.
_VOCATIVE = re.compile(
    r"[^\S\n]*(?:คุณ)?(?:พี่|ครู|ป้า|ลุง|น้า|อา|หมอ|แม่|พ่อ|ยาย|ตา|อาจารย์|คุณ)(?:" + "|".join(_VOCATIVE_PARTICLES) + ")"
)
#: An online handle, then its owner's name in brackets: IG: mekha_rainbow (เมฆา), @ton.99 (ต้น).
_HANDLE_OWNER = re.compile(
    rf"(?:@[A-Za-z0-9_.]{{2,30}}|(?:IG|ig|LINE|Line|FB|TikTok|Tiktok|X)[^\S\n]*:?[^\S\n]*[A-Za-z0-9_.]{{3,30}})"
    rf"[^\S\n]?\((?P<v>[{_T}]{{2,16}})\)"
)
_LIST_ITEM = re.compile(rf"(?:และ[^\S\n]*)?(?P<q>[\"“]?)(?P<v>[{_T}]{{2,16}})[\"”]?")
_LATIN_BRACKET = re.compile(rf"[{_T}][^\S\n]*\([A-Z][a-z]")


def _quoted_around(text: str, start: int, end: int) -> bool:
    """The words fill a pair of quotes on their own ("หมอปลอม")."""
    return text[start - 1:start] in "\"“'‘" and start > 0 and text[end:end + 1] in "\"”'’" and end < len(text)


class ThaiFramedNameRecognizer(RegexRecognizer):
    """Names in role, monk, told-name, roster and transliteration frames (PERSON)."""

    def __init__(self) -> None:
        super().__init__("ThaiFramedNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        self._lex = lex
        self._th = get_thai_lexicon()
        self._blocked = (
            lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles | lex.th_not_surnames
            | self._th.stopwords | RELATION_NOUNS | _ROLE_QUALIFIERS
        )
        #: stopwords that are still names when they stand alone after a title (เปลี่ยน, ทองคำ)
        self._alone_ok = self._th.stopwords - (
            lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles | lex.th_not_surnames
            | RELATION_NOUNS | _ROLE_QUALIFIERS
        )
        self._strong = tuple(sorted(lex.th_strong_titles, key=len, reverse=True))
        self._soft = tuple(sorted(lex.th_soft_titles, key=len, reverse=True))
        self._kin_words = tuple(sorted(RELATION_NOUNS | lex.th_soft_titles, key=len, reverse=True))

    def _family_name_end(self, text: str, pos: int) -> int | None:
        """End of a family name right after ครอบครัว/ตระกูล: a listed family name no dictionary
        holds (ครอบครัวศรีสุข, ตระกูลแสงทอง); a word of what kind of family it is (อุปถัมภ์,
        ขยาย, เดี่ยว) is in the dictionary and stays."""
        chunk = _CHUNK.match(text, pos)
        if not chunk:
            return None
        run = chunk.group(0)
        for n in range(min(len(run), 20), 3, -1):
            word = run[:n]
            if word in self._th.family_names and word not in self._th.words and word not in self._blocked:
                return pos + n
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _FAMILY_OF.finditer(text):
            end = self._family_name_end(text, m.end())
            if end is not None:
                out.append(self.result(PERSON, m.end(), end, 0.7))
        if "ชื่อ" in text:
            for m in _TOLD.finditer(text):
                end = self._name_end(text, m.end(), told=True)
                if end is not None:
                    out.append(self.result(PERSON, m.end(), end, 0.8))
        for m in _ROLE_CUE.finditer(text):
            if not self._is_token(text, m.start(), m.group(0)):
                continue
            end = self._name_end(text, m.end(), told=False)
            if end is not None and (text[end:end + 1] in (":", "：") or _quoted_around(text, m.start(), end)):
                continue  # อสม.รายงาน: is a heading; "หมอปลอม" is a quoted phrase, not a person
            if end is not None:
                out.append(self.result(PERSON, m.start(), self._family_after(text, end), 0.75))
        if '"' in text or "“" in text:
            for m in _NAMED_QUOTED.finditer(text):  # บอกชื่อแค่ว่า "เกดแก้ว", แฟนเก่า "Pon"
                group = "v" if m.group("v") else "v2"
                word = m.group(group)
                if group == "v2" or (word not in self._blocked and self._th.tokenize(word)[0] not in self._th.stopwords):
                    out.append(self.result(PERSON, m.start(group), m.end(group), 0.75))
            for m in _KIN_QUOTED.finditer(text):
                run = m.group("k")  # แต่พี่ชาย "…": the kin word ends the run before the quote
                kin = next((k for k in self._kin_words if run.endswith(k)), "")
                if kin and len(run) > len(kin) and (len(run) - len(kin)) not in self._th.word_starts(run):
                    continue  # a longer word merely ends in kin letters
                word = m.group("v")
                if (
                    (kin in RELATION_NOUNS or kin in self._lex.th_soft_titles) and word not in self._blocked
                    and self._th.tokenize(word)[0] not in self._th.stopwords  # ยาย "ไม่ไหว": a quote, not a name
                    # session 8 — ลูก "ไม่เต็มบาท", พี่สาว "ซื้อส้มมาฝากด้วย": a saying or a code word
                    and not word.startswith(("ไม่", "ได้", "จะ", "ยัง", "อย่า", "ต้อง"))
                    and not any(t in self._th.stopwords for t in self._th.tokenize(word)[1:])
                ):
                    out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.75))
        if "อ." in text:
            for m in _AJARN.finditer(text):
                first = self._th.tokenize(m.group("v"))[0]
                if self._th.is_name(first) and first not in self._blocked and len(first) >= 3:
                    out.append(self.result(PERSON, m.start("v"), m.start("v") + len(first), 0.75))
        if "เอง" in text or "ผม" in text or "หนู" in text or "ฉัน" in text or "เรา" in text:
            self._self_named(text, out)
        if ":" in text or "：" in text:
            self._speakers(text, out)
            self._attendance(text, out)
        if "(" in text:
            for m in _HANDLE_OWNER.finditer(text):
                word = m.group("v")
                tokens = self._th.tokenize(word)
                if word in self._blocked or tokens[0] in self._th.stopwords or tokens[0] in self._blocked:
                    continue
                if len(tokens) <= 2 and (self._th.is_name(word) or word not in self._th.words):  # not (ร้านค้า)
                    out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.7))
        if "ได้แก่" in text:
            for m in _NAMES_LIST.finditer(text):
                self._names_list(m, out)
        for m in _LIST_KIN.finditer(text):
            word = m.group("v")
            if self._th.tokenize(m.group("t") + word)[0] != m.group("t"):
                continue  # แม่ลูกอ่อน, พ่อบ้าน: the title is part of a longer word
            tokens = self._th.tokenize(word)
            if tokens[0] not in self._blocked and word not in self._blocked:
                out.append(self.result(PERSON, m.start("t"), m.end("v"), 0.75))
            elif len(tokens) >= 2 and word not in self._th.words and not any(t in self._blocked for t in tokens[1:]):
                out.append(self.result(PERSON, m.start("t"), m.end("v"), 0.75))  # ลุงหนู|เกณฑ์: หนู opens a name
        if "/" in text:
            for m in _SLASH_TRANSLIT.finditer(text):
                self._slash_spelled(m, out)
        if _LATIN_BRACKET.search(text):  # cheap gate: the costly scan runs only beside "(Latin"
            for m in _TRANSLIT.finditer(text):
                self._transliterated(m, out)
            for m in _REL_LATIN.finditer(text):
                names = m.group("n").split()
                remark = re.match(rf"[^\S\n]+[{_T}]", text[m.end("n"):])  # (Pakorn คณะเดียวกัน)
                if all(is_name_token(t) for t in names) and (remark or names[0] in given_names()):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        return out

    def _speakers(self, text: str, out: list[RecognizerResult]) -> None:
        """Speakers of a copied chat: the name after a kin or role title (ครูจินตหรา → จินตหรา) when
        it is not an ordinary word, or a bare listed name. Headings (แผน:, สุขภาพ:) are words."""
        # (session 40) a bracket before the colon only on a timed line: "แม่อุ้ยบัวคำเล่า (คำเมือง):" is
        # speech reported in a dialect, "หัวหน้าศูนย์ (Admin):" a role; "14:02 เกศินี (SW):" a chat
        found = [m for m in _SPEAKER.finditer(text) if m.group("time") or not m.group("bracket")]
        if len(found) < 2 and not (found and (found[0].group("time") or _VOCATIVE.match(text, found[0].end() - 1))):
            return
        chatting = self._chat_labels(text, found) | self._timed_or_vocative(text, found)
        for m in found:
            label, start = m.group("label"), m.start("label")
            title = next((t for t in self._soft if label.startswith(t) and len(label) - len(t) >= 2), "")
            name = label[len(title):]
            # (session 19) a chat speaker addressed by title or role (พี่หน่อย:, CG นิด:) may be called
            # by a word that is otherwise a particle: in a chat's speaker slot it is the name
            particle_name = bool(title or m.group("role") or m.group("role_after")) and label in chatting and name in self._alone_ok
            if (name in self._blocked or self._th.tokenize(name)[0] in self._blocked) and not particle_name:
                continue
            if label in _CHAT_ROLES or label.startswith(_CHAT_ROLE_HEADS):
                continue  # เจ้าหน้าที่:, ผู้ใช้:, แอดมิน(สมาคม):, ทีม(เอาท์รีช): a role speaks, not a named person
            if particle_name or self._th.is_name(name) or (title and name not in self._th.words) or (
                (label in chatting or m.group("emoji")) and len(name) >= 2 and name not in self._th.stopwords
            ):  # (a label decorated with emoji is a chat display name, never a heading)
                out.append(self.result(PERSON, start + len(title), m.end("label"), 0.75))
                if label in chatting:  # the chat's header names the speaker too: [LINE แม่ ↔ ครูพุดดิ้ง]
                    for a, b in occurrences(text, label, not_after=_THAI_SET, not_before=_THAI_SET):
                        out.append(self.result(PERSON, a + len(title), b, 0.75))

    def _self_named(self, text: str, out: list[RecognizerResult]) -> None:
        """"It's me, X" names any word that can stand alone as a name (not a pronoun, kin word,
        title or verb: หนูเอง, แม่เอง, ไปเอง stay); "I am X" only a word that looks like a name,
        since a pronoun is as often followed by how the speaker is (ผมเหนื่อยนะครับ)."""
        from assistant.redact.recognizers.person_th_bare import bare_names

        words = bare_names()
        for pattern, shaped in ((_ITS_ME, False), (_I_AM, True)):
            for m in pattern.finditer(text):
                word = m.group("v")
                if word in self._blocked or not words.lone_word(word) or not words.single_word(word):
                    continue
                if shaped and not words.name_shaped(word):
                    continue
                out.append(self.result(PERSON, m.start("v"), m.end("v"), 0.75))

    @staticmethod
    def _timed_or_vocative(text: str, found: list[re.Match]) -> frozenset[str]:
        """Labels that open a timestamped line of speech (09:15 ฝ้าย: …ค่ะ) or a line addressed
        to someone (ปอ: พี่คะ …): a chat speaker even when the label is an ordinary word."""
        out = set()
        for m in found:
            eol = text.find("\n", m.end())
            said = text[m.end(): eol if eol >= 0 else len(text)]
            if (m.group("time") and _SPOKEN.search(said)) or _VOCATIVE.match(text, m.end() - 1):
                out.add(m.group("label"))
        return frozenset(out)

    @staticmethod
    def _chat_labels(text: str, found: list[re.Match]) -> frozenset[str]:
        """Labels that speak in a chat: the same label opens two or more lines (or is named again, as in a
        "[LINE A ↔ B]" header), one of its lines
        carries a spoken particle, and a second label does the same (ค่ะ, ครับ, นะ). Such a label is a person's chat name even when it
        is an ordinary word (แพนด้า:, ครูพุดดิ้ง:, มะนาว:) — a heading (แผน:, ปัญหา:) holds notes, not
        speech, and is rarely repeated."""
        lines: dict[str, list[str]] = {}
        for m in found:
            eol = text.find("\n", m.end())
            lines.setdefault(m.group("label"), []).append(text[m.end(): eol if eol >= 0 else len(text)])
        talking = frozenset(
            label for label, said in lines.items()
            if (len(said) >= 2 or text.count(label) >= 2) and any(_SPOKEN.search(line) for line in said)
        )
        return talking if len(talking) >= 2 else frozenset()  # a dialogue: two voices, each twice

    def _names_list(self, m: re.Match, out: list[RecognizerResult]) -> None:
        """Items of a ได้แก่ list: all of them when most are known names or quoted nicknames."""
        items = []
        for part in re.split(r"[^\S\n]*,[^\S\n]*|[^\S\n]+(?=และ)", m.group("items")):
            it = _LIST_ITEM.fullmatch(part)
            if it:
                items.append((m.start("items") + m.group("items").find(part) + it.start("v"), it))
        named = [
            it for _, it in items
            if it.group("q") or self._th.is_name(it.group("v"))
        ]
        if len(items) < 2 or 2 * len(named) < len(items) + 1:
            return
        for start, it in items:
            word = it.group("v")
            if word in self._blocked or (word in self._th.words and not self._th.is_name(word) and not it.group("q")):
                continue
            out.append(self.result(PERSON, start, start + len(word), 0.75))

    def _is_token(self, text: str, start: int, role: str) -> bool:
        """The role is a word of its own (จากหลวงพี่…), not part of one (หมอน "pillow")."""
        chunk_start = start
        while chunk_start > 0 and start - chunk_start < 16 and re.match(rf"[{_T}.]", text[chunk_start - 1]):
            chunk_start -= 1
        pos = chunk_start
        for tok in self._th.tokenize(text[chunk_start:start + len(role) + 8]):
            if pos == start:
                return tok == role or role.endswith(".") or (tok.startswith(role) and len(tok) > len(role) + 2)
            if pos > start:
                return False
            pos += len(tok)
        return False

    def _name_end(self, text: str, pos: int, *, told: bool) -> int | None:
        """End of the one- or two-word name at ``pos``: it stops at a verb, function word or
        the end of the chunk; None when the first word is a role, kind or function word."""
        m = _CHUNK.match(text, pos)
        if not m:
            return None
        tokens = [t for t in self._th.tokenize(m.group(0)) if t]
        if len(tokens) == 1 and not told and len(tokens[0]) >= 4 and tokens[0] in self._alone_ok:
            return m.end()  # หลวงตาเปลี่ยน วัด…: a long stopword standing alone after the title is a name
        if not tokens or tokens[0] in self._blocked or len(tokens[0]) < 2:
            return None
        if tokens[0] in _PLACE_PREPOSITIONS or text.startswith(("จาก", "ที่", "ประจำ"), pos):
            return None  # session 26 — หลวงพี่|จาก|วัด…: where the monk came from, not his name
        if self._adverb_first(m.group(0), tokens[0]):
            return None  # หาหมอ|อีกครั้ง, หาหมอ|อีกรอบ: an adverb after the role, not a name
        if tokens[0].startswith(SENTENCE_PARTICLES):
            return None  # บอกพี่พยาบาล|นะคะ: a particle ends the sentence, no name follows the role
        if told and tokens[0] in _NAMED_THINGS:
            return None
        name = [tokens[0]]
        for tok in tokens[1:]:
            if tok in self._blocked or len(name) >= 3 or tok.startswith(("ประ", "ไป", "มา")):
                break
            name.append(tok)
        stopped = len(name) < len(tokens)
        if stopped and tokens[len(name)] not in self._blocked and not tokens[len(name)].startswith(("ประ", "ไป", "มา")):
            return None
        if sum(map(len, name)) < 2:
            return None
        return pos + sum(map(len, name))

    def _attendance(self, text: str, out: list[RecognizerResult]) -> None:
        """มา: ใบบัว, น้ำผึ้ง (Honey), ไอติม วงศ์ทองดี / ไม่มา: เจได ป่วย — on an attendance line
        each item's first word is a person; a count, a role, a kin noun or a reason is not."""
        for line in _ATTENDANCE.finditer(text):
            for item in _ATTENDEE_ITEM.finditer(text, line.start("items"), line.end("items")):
                if re.search(r"\d", item.group("w")):
                    continue  # อสม. 3 คน, อีก 4 คน: a count, not a person
                first = _ITEM_FIRST.match(text, item.start("w"))
                if not first:
                    continue
                tokens = self._th.tokenize(first.group(0))
                word = tokens[0]
                for tok in tokens[1:]:  # ต้อม|ไป|ทำงาน: the name ends where a clause begins
                    if tok in self._blocked or tok.startswith(("ไป", "มา", "ป่วย", "ไม่")):
                        break
                    word += tok
                if not self._attendee(word, tokens[0]):
                    continue
                end = first.start() + len(word)
                out.append(self.result(PERSON, first.start(), end, 0.7))
                bracket = _LATIN_NICKNAME_BRACKET.match(text, end)
                if bracket:
                    out.append(self.result(PERSON, bracket.start(1), bracket.end(1), 0.7))

    def _attendee(self, word: str, head: str) -> bool:
        """Not a title, role, kin or generic people word, function word or reason for absence."""
        from assistant.redact.recognizers.person_th_aged import GENERIC_PEOPLE

        if word in self._lex.th_word_nicknames:
            return True  # (session 41) ผู้ไม่มา: นิด (ติดธุระ): a listed nickname on the line is a person
        people_words = self._blocked | GENERIC_PEOPLE
        return not (
            word in people_words or head in people_words or head in self._lex.th_strict_titles
            or word in self._th.stopwords or len(word) < 2
            or word.startswith(("ป่วย", "ไข้", "ติด", "ไม่", "ไป", "ลา", "ขาด", "อีก"))
            # a role noun (ผู้ใหญ่บ้าน, นักจิตวิทยา, เจ้าหน้าที่, ช่างตัดผม)
            # (session 25: or a compound of dictionary words, นัก|ดนตรี|บำบัด a music therapist)
            or (word.startswith(("ผู้", "นัก", "เจ้า", "ช่าง", "พนักงาน")) and (
                word in self._th.words or all(t in self._th.words for t in self._th.tokenize(word))
            ))
            # session 10: a post or body in a participants' line (ครูประจำชั้น, กุมารแพทย์, อิหม่าม, ชุมชน);
            # session 41: or a post with a body's short form (ปลัด|อบต., ผอ.|รพ.สต.)
            or any(
                word.startswith(p) and (
                    all(t in self._th.words for t in self._th.tokenize(word[len(p):])) or len(word) - len(p) <= 4
                )
                for p in _POSTS
            )
        )

    @staticmethod
    def _family_after(text: str, end: int) -> int:
        """พยาบาลวิไลพร แสนปัญญา: a spaced word shaped like a family name (listed, or a compound
        the dictionary does not know) standing alone after a role-titled name belongs to it."""
        from assistant.redact.recognizers.person_th_line import slot_names

        m = _SPACED_FAMILY.match(text, end)
        return m.end(1) if m and slot_names().family_like(m.group(1)) else end

    def _adverb_first(self, chunk: str, first: str) -> bool:
        """The chunk opens with a function word and the rest starts a dictionary word (อีก|ครั้ง,
        แล้ว|เมื่อวาน), and its first token is no given name (มาลี, มานี stay names)."""
        if first in self._th.given_names:
            return False
        for k in range(2, min(6, len(chunk)) + 1):
            head = chunk[:k]
            if head in self._th.stopwords and head not in self._alone_ok:
                rest = chunk[k:]
                if not rest or self._th.tokenize(rest)[0] in self._th.words:
                    return True
        return False

    def _slash_spelled(self, m: re.Match, out: list[RecognizerResult]) -> None:
        """Ms Chenda Mao / เชนดา เมา: the first n Thai pieces, n = the Latin word count, when a
        title opens the Latin name or no Thai piece is a dictionary word (a translation would be)."""
        n = len(m.group("la").split())
        pieces = m.group("th").split()
        if len(pieces) < n:
            return
        name = pieces[:n]
        if name[0] in self._blocked or any(p in self._th.stopwords for p in name):
            return  # (a title vouches for the rest: เมา in เชนดา เมา is a family name, not "drunk")
        if not m.group("title") and (
            any(p in self._th.words or p in self._blocked for p in name)
            or not all(is_name_token(t) for t in m.group("la").split())
            or not all(any(t not in self._th.words for t in self._th.tokenize(p)) for p in name)
        ):
            return
        start = m.start("th")
        out.append(self.result(PERSON, start, start + len(" ".join(name)), 0.8))

    def _transliterated(self, m: re.Match, out: list[RecognizerResult]) -> None:
        """นายเต็ง ตู ยา (Thein Thu Ya): the last n Thai pieces, n = the Latin word count; only
        when the first of them opens with a formal title, so a translated term is never read."""
        pieces = m.group("th").split()
        n = len(m.group("la").split())
        if len(pieces) < n:
            return
        name = pieces[-n:]
        if not name[0].startswith(self._strong) or any(len(p) > 12 for p in name):
            return
        start = m.start("th") + len(m.group("th")) - len(" ".join(name))
        out.append(self.result(PERSON, start, m.end("th"), 0.85))


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
