"""Thai names written after a role used as a title (session 34).

Thai notes name staff and relatives by their role, glued or spaced, the way a title is written:
ล่าม ลีนา ซกมัน, ทนายวิวัฒน์, นักจิตวิทยาวรัญญู, บุรุษพยาบาลกอล์ฟ, ลูกสาวแอ๋ว เล่าว่า…. The kin
and teacher titles (ครู, ป้า, น้อง) have their own rules; these roles were read only with a naming
cue (ล่ามชื่อ…), so an interpreter, a lawyer or a daughter named straight after the role was left
in the clear — the largest group of Thai people missed on open sets 102–109.

What follows the role is a name only when it stands alone up to a space, a mark or the line's end,
and it is a listed given name or nickname, or a word the dictionary does not know; an ordinary word
(ลูกสาวคนโต, พยาบาลเวร, เจ้าหน้าที่ตำรวจ), a verb or a clause opener is the role's description.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import alternation, gate_patterns
from assistant.redact.thai_lexicon import (
    THAI_LETTERS,
    everyday_words,
    get_thai_lexicon,
    orchid_tags,
)
from assistant.redact.types import PERSON

#: session 41 (set 138) — a doctor, a village head, duty and probation officers, therapists: often
#: followed by where or when they work (แพทย์เวร, ผู้ใหญ่บ้านหมู่ 3), so only a listed name counts.
_MORE_WORKPLACE_ROLES = (
    "แพทย์", "ผู้ใหญ่บ้าน", "ผู้ช่วยผู้ใหญ่บ้าน", "จนท.เวร", "เจ้าหน้าที่เวร", "พยาบาลเวร", "พนักงานคุมประพฤติ",
    "เจ้าหน้าที่คุมประพฤติ", "นักกายภาพบำบัด", "นักกายภาพ", "นักพัฒนาสังคม",
    # session 43 (sets 126, 129, 139) — a paid carer (CG) and a volunteer, often followed by what
    # they will do (CG เยี่ยมภายใน ๗ วัน, อาสาสมัครในชุมชน)
    "CG", "อาสาฯ", "อาสาสมัคร", "ผู้บำบัด", "นักบำบัด", "นักพัฒนาชุมชน", "นักสังคมฯ",
)
#: session 43 (set 154) — relatives by marriage, written before the name like the other kin roles.
_IN_LAWS = ("ลูกสะใภ้", "ลูกเขย", "พี่สะใภ้", "พี่เขย", "น้องสะใภ้", "น้องเขย", "น้าเขย", "น้าสะใภ้", "อาเขย", "อาสะใภ้")
#: Roles written before a name as a title (longest first in the pattern).
ROLES = (
    "ล่าม", "ทนาย", "ทนายความ", "ทนายอาสา", "นักจิตวิทยา", "นักสังคมสงเคราะห์", "บุรุษพยาบาล", "พยาบาล",
    "เจ้าหน้าที่", "จนท.", "ครูฝึก", "ครูอาสา", "ภรรยา", "สามี", "ลูกสาว", "ลูกชาย", "หลานสาว", "หลานชาย",
    "ผู้ช่วย", "อสต.", "ผอ.", "ปลัด", "หัวหน้า", "นายจ้าง", "เพื่อนบ้าน", "แฟน",
    *_MORE_WORKPLACE_ROLES, "แอดมิน", *_IN_LAWS,
)
_T = THAI_LETTERS
_ROLE_ALTERNATION = alternation(sorted(ROLES, key=len, reverse=True))
#: session 43 (set 154) — the role, then a run of Thai letters with no break: a listed name glued
#: to the clause after it (อาสาสมัครวีระ|ที่อบต.).
_ROLE_GLUED = re.compile(rf"(?P<r>{_ROLE_ALTERNATION})(?P<run>[{_T}]{{5,40}})")
_ROLE_NAME = re.compile(
    rf"(?P<r>{_ROLE_ALTERNATION})"
    rf"(?:ภาษา[{_T}]{{2,10}}[^\S\n])?[^\S\n]?(?P<n>[{_T}]{{2,14}})(?=[^\S\n]|[\n,;:()/+\"”'’.]|$)"
)


#: Roles often followed by where the person works (a unit, a line, a ward, a bank): after them only
#: a listed name or nickname counts.
_WORKPLACE_ROLES = frozenset({"เจ้าหน้าที่", "จนท.", "พยาบาล", "บุรุษพยาบาล", "หัวหน้า", "ผู้ช่วย", "ปลัด", "ผอ.", "นายจ้าง",
                              "แอดมิน", *_MORE_WORKPLACE_ROLES})
#: session 43 (sets 126, 129, 131, 148) — a chat line's sender field: a time, then who wrote the line
#: up to its colon ([08:33] พยาบาลกิ๊ก:). There the word after a role is the writer's name even
#: when it is also a word (กิ๊ก, ออม, ก้อย), unless it names a shift, a unit or a body.
_SENDER_TIME_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*\[?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[^\S\n]*)?\d{1,2}[:.]\d{2}\]?[^\S\n]*-?[^\S\n]*$"
)
_SENDER_COLON_AFTER = re.compile(r"[^\S\n]?:")
#: What follows a role in a sender field when it says where or which, not who.
_SENDER_UNITS = frozenset({
    "เพจ", "จิตเวช", "ฉุกเฉิน", "ธนาคาร", "บริษัท", "โรงพยาบาล", "มูลนิธิ", "เทศบาล", "ชุมชน", "สังคม",
    "วอร์ด", "ห้อง", "ตึก", "หอ", "แผนก", "ฝ่าย", "กลุ่ม", "เด็ก", "ผู้ใหญ่", "อาวุโส", "หญิง", "ดึก", "เช้า",
    "บ่าย", "เย็น", "กลางคืน", "กะ", "โรงเรียน", "อำเภอ", "จังหวัด", "ตำบล", "หมู่บ้าน", "วิชาชีพ", "ประจำการ",
})
#: Words after a role that say which one (the eldest, the one on duty), not who.
_QUALIFIERS = ("คน", "เวร", "ประจำ", "ที่", "ของ", "ใน", "เก่า", "ใหม่", "หลัก", "สนิท", "ชาย", "สาว", "คนโต", "คนเล็ก")
#: A name opens with a consonant or a leading vowel, never a tone mark or a following vowel.
_NAME_OPENING = re.compile("[\u0e01-\u0e2e\u0e40-\u0e44]")


class ThaiRoleNameRecognizer(RegexRecognizer):
    """A name written straight after a Thai role used as a title (PERSON)."""

    def __init__(self) -> None:
        super().__init__("ThaiRoleNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        self._th = get_thai_lexicon()
        self._nicknames = frozenset(lex.th_word_nicknames)
        self._loanword_re = lex.th_loanword_re
        self._blocked = (
            lex.th_not_names | lex.th_soft_titles | lex.th_strong_titles | lex.th_not_surnames
            | lex.th_role_nouns | lex.th_clause_openers
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        from assistant.redact.recognizers.person_th import (
            _CLAUSE_PREFIXES,
            _WHEN_WORDS,
            DESCRIPTION_OPENERS,
        )

        everyday = everyday_words()
        out: list[RecognizerResult] = []
        for m in _ROLE_NAME.finditer(text):
            if not self._starts_word(text, m.start()):
                continue  # the end of another word (ไม่มี|สามี is fine, ผู้ช่วยเหลือ… is not a role)
            name = m.group("n")
            if not _NAME_OPENING.match(name) or name in self._blocked or name.startswith(
                ("ภาษา", "ประจำ", *_CLAUSE_PREFIXES, *_WHEN_WORDS, *DESCRIPTION_OPENERS, *ROLES)
            ):
                continue
            th = self._th
            if name.startswith(_QUALIFIERS) or self._loanword_re.fullmatch(name):
                continue  # ลูกชาย|คนโต, พยาบาล|วอร์ด: which one, or where, not who
            workplace = m.group("r") in _WORKPLACE_ROLES
            if m.group("r") in _MORE_WORKPLACE_ROLES:
                # (session 41) a listed name of four letters or more, even one the dictionary holds
                # as a word (ประจวบ, อนุชา): where or when they work is a qualifier, caught above
                listed = name in th.given_names and len(name) >= 4 and not th.acts(name) and not (
                    orchid_tags().get(name, "").startswith("V") or name in th.stopwords)  # แพทย์|เริ่ม ยา
            else:
                listed = name in self._nicknames or (
                    name in th.given_names and len(name) >= 3 and not th.acts(name)
                    and not (workplace and name in th.words and name in everyday)
                )  # (เจ้าหน้าที่|ธนาคาร: the given-name list holds "bank" too; after a workplace role it is where)
            if not listed and workplace and self._sender_name(text, m, name):
                listed = True
            if not listed and m.group("r") in _IN_LAWS:
                # an in-law is named like any kin: a nickname is often a word (ลูกสะใภ้นิ่ม)
                listed = len(th.tokenize(name)) == 1 and not th.acts(name) and name not in th.stopwords
            if not listed:
                if workplace:
                    continue  # หัวหน้า|ไลน์…, พยาบาล|วอร์ด: a unit or a shift, unless a listed name
                # an unknown word (ลีนา, ซูซูวิน, วรัญญู): none of its pieces an everyday word, a
                # function word, a verb or a loanword — a phrase (เรื่องหนี้, เวรดึก, ไลน์|ตบหน้า) says
                # what the role does or where it works
                tokens = th.tokenize(name)
                if len(name) < 3 or len(tokens) > 3 or name in th.words or any(
                    (len(t) >= 2 and t in everyday) or t in th.stopwords or th.acts(t) or self._loanword_re.fullmatch(t)
                    for t in tokens
                ):
                    continue
            out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        out.extend(self._glued_names(text, {r.start for r in out}))
        return out

    def _glued_names(self, text: str, found: set[int]) -> list[RecognizerResult]:
        """A listed given name of four letters or more glued between the role and a clause word
        (อาสาสมัครวีระ|ที่อบต., ภรรยาอรทัย|เยี่ยม): the name is the first word of the run and the
        next word opens a clause or is a verb. A name the dictionary also reads as a verb, or a run that
        opens with anything but a listed name (ภรรยา|เป็นคนดูแล), stays."""
        th, lex = self._th, get_lexicon()
        out = []
        for m in _ROLE_GLUED.finditer(text):
            if m.start("run") in found or not self._starts_word(text, m.start()):
                continue
            tokens = th.tokenize(m.group("run"))
            if len(tokens) < 2 or not (
                tokens[1] in lex.th_clause_openers or th.acts(tokens[1]) or orchid_tags().get(tokens[1], "").startswith("V")
            ):
                continue
            name = tokens[0]
            if (len(name) >= 4 and name in th.given_names and name not in self._blocked and not th.acts(name)
                    and not orchid_tags().get(name, "").startswith("V") and name not in th.stopwords):
                out.append(self.result(PERSON, m.start("run"), m.start("run") + len(name), 0.7))
        return out

    def _sender_name(self, text: str, m: re.Match[str], name: str) -> bool:
        """The role and one word make a timed chat line's sender field, and the word names no unit."""
        from assistant.redact.recognizers.organization_th import HEADS

        return (
            _SENDER_TIME_BEFORE.search(text, max(0, m.start() - 32), m.start()) is not None
            and _SENDER_COLON_AFTER.match(text, m.end("n")) is not None
            and len(self._th.tokenize(name)) == 1
            and name not in _SENDER_UNITS and not name.startswith(HEADS)
        )

    def _starts_word(self, text: str, pos: int) -> bool:
        """The role opens a word: nothing Thai before it, or the tokenizer starts a word there
        (ต่อหน้า|ทนาย, กับ|ลูกสาว glued in a run-on note)."""
        run = re.search(rf"[{_T}]+$", text[max(0, pos - 30):pos])
        if run is None:
            return True
        chunk = run.group(0) + text[pos:pos + 12]
        return len(run.group(0)) in self._th.word_starts(chunk)


gate_patterns(globals())
