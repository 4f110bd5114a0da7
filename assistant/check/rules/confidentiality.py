"""Confidentiality: names, phone numbers, ID numbers and addresses left in the note.

The privacy layer's analyzer is injected as ``identifier_finder`` (this package never imports
``assistant.redact``). Without it, cheap patterns still catch phones, Thai 13-digit IDs, e-mails,
street addresses, titled names (``Mrs. Helen Marsh``, ``นายสมพงษ์ เรืองฤทธิ์``) and names next to
a verb or a relationship word. Initials (``C.H.``, ``Ms. B.``, ``นาย ส.``) are the recommended
form and never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.check.context import CheckContext
from assistant.check.matchers import per_check
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import DetectedEntity, Finding, Severity
from assistant.text.thai import has_thai

PUBLIC_NUMBERS = frozenset(
    {"1300", "1323", "1387", "1546", "1669", "191", "199", "1337", "988", "911", "211", "1155"}
)

_PHONE = re.compile(
    r"(?<![\d-])(?:\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}|0[689]\d[-\s]?\d{3}[-\s]?\d{4}|0[2-7][-\s]\d{3}[-\s]\d{3,4}|\+\d{1,3}[-\s]?\d{1,4}[-\s]?\d{3,4}[-\s]?\d{3,4})(?![\d-])"
)
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d\s().-]{6,22}\d")
_THAI_ID = re.compile(r"(?<![\d-])\d[-\s]?\d{4}[-\s]?\d{5}[-\s]?\d{2}[-\s]?\d(?![\d-])")
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_HANDLE = re.compile(
    r"https?://\S+|(?<![\w.@])@[A-Za-z0-9_.]{3,}|\bLINE(?:\s+ID)?\s*[:：]\s*\S+|ไลน์\s*[:：]?\s*[A-Za-z0-9_.]{3,}"
)
_ADDRESS_EN = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace)\b\.?(?:,?\s*(?:Apt|Unit|#)\s*\w+)?"
)
_ADDRESS_TH = re.compile(
    r"(?:บ้านเลขที่|เลขที่)\s*\d+(?:/\d+)?(?:\s*หมู่(?:ที่)?\s*\d+)?|หมู่(?:ที่)?\s*\d+\s*(?:ต\.|ตำบล)\S+|ซอย\s*[ก-๙\w]+\s*ถนน\s*\S+"
)
#: Round 11: a village and sub-district right after a service or a community role (อสม., รพ.สต.,
#: โรงเรียน, ทีม…) name the area the worker serves; a house number (บ้านเลขที่) is never skipped.
_SERVICE_AREA_BEFORE = re.compile(
    r"(?:อสม\.?|รพ\.?\s?สต\.?|โรงเรียน|ศูนย์|ทีม|ผู้ใหญ่บ้าน|กำนัน|อบต\.?)\s*$"
)
#: Round 11: a room on the session's own line is the venue ("Session: …, Room C-204"); an
#: initial and an age after a kinship word ("daughter M. 11") are not contact details.
_ROOM_CODE = re.compile(r"\s*(?:room|rm\.?|ห้อง)\s*[A-Za-z]?-?\d", re.IGNORECASE)
_SESSION_LINE = re.compile(
    r"[ \t*]*(?:session|date(?:\s+and\s+time)?|time|venue|location|place|วันที่|สถานที่|เวลา)\b[^\n]{0,12}[:：]",
    re.IGNORECASE,
)
_INITIAL_AGE = re.compile(r"[A-Z]\.\s*\d{1,2}")
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|child|brother|sister|sibling|grandson|granddaughter|nephew|niece|cousin)\s*$",
    re.IGNORECASE,
)
_VILLAGE = re.compile(r"\s*หมู่(?:ที่)?\s*[\d๐-๙]+")
_ROOM = re.compile(
    r"\b(?:room|rm|bed|unit|apt)\s*#?\s*\d+\b|(?:ห้อง(?:พัก)?(?:ที่|เลขที่)?|เตียง(?:ที่)?)\s*\d+",
    re.IGNORECASE,
)
#: A room named by the service's own use (clinic, counselling, interview, group room, ห้องให้คำปรึกษา)
#: is the session's venue, not the client's residence (round 3: "clinic room 2" was flagged).
_VENUE_BEFORE = re.compile(
    r"(?:clinic|counsell?ing|consult(?:ing|ation)|interview|meeting|group|therapy|treatment|session"
    r"|office|class|quiet|family)\s+$|(?:ให้คำปรึกษา|ประชุม|กลุ่ม|บำบัด|ตรวจ)\s*$",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"(?:\b(?:MRN|HN|AN|(?:PRN|CRN|NHI)(?=\s*[:#]?\s*\d{6,}))|\b(?i:case\s*(?:no\.?|#|number)|student\s+ID|medical\s+record(?:\s+(?:no\.?|number))?)|เลขที่ผู้ป่วย|รหัสนักเรียน|เลขคดี)"
    r"\s*[:#]?\s*(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}"
)
_DOB = re.compile(
    r"(?:\bDOB\b|date of birth|born on|วันเกิด|เกิดวันที่|ว/ด/ป เกิด)\s*[:：]?\s*", re.IGNORECASE
)

#: How each identifier type is named in a message, so a writer never reads "id_number".
_KIND_LABELS = {
    "PHONE": ("phone number", "เบอร์โทรศัพท์"),
    "EMAIL": ("e-mail", "อีเมล"),
    "ID_NUMBER": ("identity card or registration number", "เลขบัตรหรือเลขทะเบียน"),
    "CASE_NUMBER": ("case or record number", "เลขที่เอกสารหรือเวชระเบียน"),
    "ADDRESS": ("address", "ที่อยู่"),
    "ONLINE_ID": ("online account", "บัญชีออนไลน์"),
    "DATE_OF_BIRTH": ("date of birth", "วันเกิด"),
    "ORGANIZATION": ("organisation", "หน่วยงาน"),
    "LOCATION": ("place", "สถานที่"),
    "PERSON": ("name", "ชื่อ"),
}


def _kind(entity_type: str, locale: str) -> str:
    """The identifier type in the message's language."""
    en, th = _KIND_LABELS.get(entity_type.upper(), (entity_type.lower().replace("_", " "),) * 2)
    return th if locale == "th" else en


_NAME_SPLIT = re.compile(r"[\s,]+")
_RECORD_KEY = re.compile(r"\b(?:MRN|HN|AN|PRN|CRN|NHI)\b")
_FOLLOWS = re.compile(r"\s*\(|,|'s|’s|\s[a-z]")
#: A place, service or organisation word right after a capitalised pair: the pair names where, not who.
_PLACE_AFTER = re.compile(
    r"\s(?:outreach|station|market|district|area|road|street|soi|centre|center|hospital|clinic|school|"
    r"office|programme|program|project|service|shelter|temple|park|community|village|province|campus|"
    r"branch|pier|bridge|slum|depot|estate)s?\b",
    re.IGNORECASE,
)
_NON_DIGIT = re.compile(r"\D")
#: A bracketed acronym of three or more capitals right after a capitalised run.
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{3,8})\)")


def _acronym_after(text: str, pos: int, initials: str) -> bool:
    """True when the words just before ``pos`` are spelled out by the acronym that follows them
    ("… Active Seniors (EASE)"): a programme or organisation, not a person. A person's initials in
    brackets are two letters ("John Tan (JT)") and stay a name."""
    m = _ACRONYM_AFTER.match(text, pos)
    if m is None:
        return False
    acronym = m[1]
    i = acronym.find(initials[0])
    return i >= 0 and acronym.find(initials[1], i + 1) > i
_INITIALS = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z]\.\s?){1,3}$|^(?:นางสาว|น\.ส\.|นาง|นาย|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง)?\s*(?:[ก-ฮ]\.\s?){1,3}$|^\[[A-Z_]+\d*\]$"
)
_CAP = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_TITLED_EN = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?))?"
)
_TH_TITLE = re.compile(
    r"(นางสาว|น\.ส\.|นาง|นาย|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง)\s?([ก-๙]+)(?:\s([ก-๙]{3,}))?"
)
_TH_NAMED = re.compile(
    r"(?:สามี|ภรรยา|แฟน|พ่อเลี้ยง|แม่เลี้ยง|ครู|พ่อ|แม่|ลูก|พี่|น้อง)ชื่อ\s*([ก-๙]{2,})(?:\s([ก-๙]{3,}))?"
)
_STOP_FIRST = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "She",
        "He",
        "Her",
        "His",
        "They",
        "Their",
        "It",
        "Its",
        "We",
        "Our",
        "I",
        "My",
        "Client",
        "Resident",
        "Patient",
        "Student",
        "Youth",
        "Mother",
        "Father",
        "Mom",
        "Dad",
        "Per",
        "Plan",
        "Goal",
        "Next",
        "Also",
        "And",
        "But",
        "When",
        "If",
        "After",
        "Before",
        "During",
        "Since",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Both",
        "Neither",
        "Each",
        "No",
        "Not",
        "Ate",
        "Foster",
        "Grandmother",
        "Grandfather",
        "Aunt",
        "Uncle",
        "Sister",
        "Brother",
        "Daughter",
        "Son",
        "Wife",
        "Husband",
        "Partner",
        "Staff",
        "Nurse",
        "Doctor",
        "Teacher",
        "School",
        "Session",
    ]
)
#: Closed-class English words: a capitalised pair holding one is a title or heading, not a name.
_FUNCTION_WORDS = frozenset(
    ["up", "down", "in", "out", "on", "off", "over", "under", "into", "onto", "at", "by", "for", "from", "of", "to", "with", "without", "and", "or", "but", "nor", "the", "a", "an", "as", "if", "so", "than", "then", "about", "after", "before", "through"]
)
_LEAD_LABEL = re.compile(
    r"(?:client|name|resident|patient|student|youth|mother|father|partner|boyfriend|girlfriend|husband|wife|"
    r"stepfather|stepmother|brother|sister|son|daughter|aunt|uncle|cousin|teacher|friend|neighbou?r|landlord|employer|"
    r"offender|probationer|parolee|caller|participant|member|service\s+user|young\s+person|carer|child|tenant)"
    r"\s*[:,]?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _thai_words() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def is_initials(value: str) -> bool:
    """True for non-identifying initials such as ``C.H.``, ``Ms. B.``, ``นาย ส.`` or a placeholder."""
    return bool(_INITIALS.match(value.strip()))


def initials_for(name: str) -> str:
    """The initials form of a name: ``Mrs. Helen Marsh`` → ``Mrs. M.``; ``นายสมพงษ์ เรืองฤทธิ์`` → ``นาย ส.``."""
    m = _TITLED_EN.match(name)
    if m:
        last = m[3] or m[2]
        return f"{m[1]}. {last[0]}."
    m = _TH_TITLE.match(name)
    if m:
        return f"{m[1]} {m[2][0]}."
    m = _TH_NAMED.search(name)
    if m:
        return name[: m.start(1)] + f"{m[1][0]}."
    words = [w for w in _NAME_SPLIT.split(name) if w]
    return "".join(f"{w[0].upper()}." for w in words if w[0].isalpha())


def fallback_identifiers(ctx: CheckContext) -> list[DetectedEntity]:
    """Cheap identifier patterns used when no analyzer is injected (and as a safety net)."""
    text, norm = ctx.text, ctx.norm
    out: list[DetectedEntity] = []

    def add(s: int, e: int, kind: str) -> None:
        out.append(DetectedEntity(start=s, end=e, type=kind, text=text[s:e]))

    # long digit runs first: the precise patterns only run where one could match
    for cand in _DIGIT_RUN.finditer(norm):
        lo, hi = max(0, cand.start() - 1), min(len(norm), cand.end() + 1)
        for rx, kind in ((_THAI_ID, "ID_NUMBER"), (_SSN, "ID_NUMBER"), (_PHONE, "PHONE")):
            for m in rx.finditer(norm, lo, hi):
                add(m.start(), m.end(), kind)
    low = text.lower()
    if "@" in text:
        for m in _EMAIL.finditer(text):
            add(m.start(), m.end(), "EMAIL")
    if "@" in text or "http" in low or "line" in low or "ไลน์" in text:
        for m in _URL_HANDLE.finditer(text):
            add(m.start(), m.end(), "ONLINE_ID")
    for rx in (_ADDRESS_EN, _ADDRESS_TH):
        for m in rx.finditer(norm):
            if _SERVICE_AREA_BEFORE.search(norm[max(0, m.start() - 16) : m.start()]):
                continue  # «อสม. หมู่ 3 ต.หนองแวง»: the worker's service area, no house number
            add(m.start(), m.end(), "ADDRESS")
    if _RECORD_KEY.search(text) or any(
        k in low for k in ("case", "student id", "record", "เลขที่ผู้ป่วย", "รหัสนักเรียน", "เลขคดี")
    ):
        for m in _RECORD.finditer(norm):
            add(m.start(), m.end(), "CASE_NUMBER")
    if any(k in low for k in ("room", "rm", "bed", "unit", "apt", "ห้อง", "เตียง")):
        for m in _ROOM.finditer(norm):
            if _VENUE_BEFORE.search(norm[max(0, m.start() - 24) : m.start()]):
                continue  # "clinic room 2": where the worker saw the client, not where they live
            add(m.start(), m.end(), "LOCATION")
    if not any(k in low for k in ("dob", "birth", "born", "เกิด")):
        return out + _names(ctx)
    for m in _DOB.finditer(norm):
        d = next((d for d in ctx.dates if m.end() <= d.start <= m.end() + 3), None)
        if d is not None:
            add(m.start(), d.end, "DATE_OF_BIRTH")
    out.extend(_names(ctx))
    return out


def _names(ctx: CheckContext) -> list[DetectedEntity]:
    text = ctx.text
    not_names = {w.lower() for w in ctx.config.raw_list("not_names", "en")}
    th_not = ctx.config.raw_list("not_names", "th")
    out: list[DetectedEntity] = []
    for m in _TITLED_EN.finditer(text):
        if m[2].lower() in not_names:
            continue
        out.append(DetectedEntity(start=m.start(), end=m.end(), type="PERSON", text=m.group(0)))
    caps = list(_CAP.finditer(text))
    for i in range(len(caps) - 1):
        a, b = caps[i], caps[i + 1]
        if text[a.end() : b.start()] != " ":
            continue
        if a[0] in _STOP_FIRST or a[0].lower() in not_names or b[0].lower() in not_names:
            continue
        if a[0].lower() in _FUNCTION_WORDS or b[0].lower() in _FUNCTION_WORDS:
            continue  # "Timed Up and Go", "Check In": a title, never a person's name
        if i > 0 and text[caps[i - 1].end() : a.start()] == " ":
            continue  # part of a longer Title Case run (a heading or an organisation)
        after = text[b.end() : b.end() + 4]
        before = text[max(0, a.start() - 30) : a.start()]
        follows = _FOLLOWS.match(after) is not None
        if follows and _PLACE_AFTER.match(text, b.end()):
            continue  # "Hua Lamphong outreach", "Klong Toey market": a place or service (round 8)
        if _acronym_after(text, b.end(), a[0][0] + b[0][0]):
            continue  # "Enhancement for Active Seniors (EASE)": a named programme (round 9)
        if not (follows or _LEAD_LABEL.search(before)):
            continue
        if a.start() > 0 and text[a.start() - 1] in ".-'’":
            continue
        if _title_line(text, a.start()):
            continue  # "Gambling Help — Telehealth Counselling (DAP)": the note's title (round 4)
        out.append(
            DetectedEntity(
                start=a.start(), end=b.end(), type="PERSON", text=text[a.start() : b.end()]
            )
        )
    words = _thai_words()
    for m in _TH_TITLE.finditer(text):
        given = m[2]
        if len(given) < 2 or any(given.startswith(p) for p in th_not):
            continue
        tok = ctx.config.tokenizer
        if not (tok.is_boundary(text, m.start()) and tok.is_boundary(text, m.end(1))):
            continue  # the title is part of a longer word (นายจ้าง, นางพยาบาล, ความนาน)
        end = m.end(2)
        if m[3] and m[3] not in words:
            end = m.end(3)
        out.append(
            DetectedEntity(start=m.start(), end=end, type="PERSON", text=text[m.start() : end])
        )
    for m in _TH_NAMED.finditer(text):
        end = m.end(2) if m[2] and m[2] not in words else m.end(1)
        out.append(
            DetectedEntity(start=m.start(), end=end, type="PERSON", text=text[m.start() : end])
        )
    return out


_TITLE_SEPARATOR = re.compile(r"\s[—–|-]\s")


def _title_line(text: str, pos: int) -> bool:
    """True on the note's first line when it is a title: service and note type split by a dash or
    bar, with no label colon (``Client: Jane Smith`` on that line is still a name)."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    if pos >= first_end:
        return False
    line = text[:first_end]
    return ":" not in line and _TITLE_SEPARATOR.search(line) is not None


def _holds_function_word(value: str) -> bool:
    """True for a capitalised multi-word value holding a closed-class word (``Up``, ``And``)."""
    words = value.split()
    return len(words) > 1 and any(w.lower() in _FUNCTION_WORDS for w in words)


def _kin_word_only(ctx: CheckContext, value: str) -> bool:
    """True when a Thai "name" is only a relationship word, or one followed by a dictionary word
    («บุตรสาว», «ยาย» + «ทดลอง»): the analyzer read a role as a person."""
    value = value.strip()
    if not value or not all("\u0e00" <= ch <= "\u0e7f" for ch in value.replace(" ", "")):
        return False
    for kin in sorted(ctx.config.raw_list("relation_words", "th"), key=len, reverse=True):
        if value.startswith(kin):
            rest = value[len(kin) :].strip()
            return not rest or rest in _thai_words()
    return False


_NAME_TITLE_BEFORE = re.compile(
    r"(?:นางสาว|น\.ส\.|นาง|นาย|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|คุณ|ชื่อ|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)\s*$",
    re.IGNORECASE,
)


def _common_words_only(ctx: CheckContext, ent: DetectedEntity) -> bool:
    """True when an analyzer "name" is plainly an ordinary word (round 3: «บอกว่า», «อนามัย» and
    "file" raised full-name errors on good notes): English without a capital letter, or one Thai
    run made only of dictionary words with no title («นาย», «คุณ») before it. A titled Thai name or
    a first name and surname is never dropped, even when its parts are dictionary words."""
    value = ctx.text[ent.start : ent.end].strip()
    if not value:
        return False
    if not has_thai(value):
        return not any(c.isupper() for c in value)
    if " " in value or _NAME_TITLE_BEFORE.search(ctx.text[max(0, ent.start - 12) : ent.start]):
        return False
    if _TH_TITLE.match(value):
        return False  # «นายประยุทธ»: a title joined to the name
    if not all("\u0e00" <= ch <= "\u0e7f" for ch in value):
        return False
    from pythainlp.tokenize import word_tokenize  # the plain dictionary, not the checker's terms

    words = _thai_words()
    return all(tok in words for tok in word_tokenize(value, engine="newmm") if tok.strip())


#: An eponym: a capitalised possessive before a policy or clinical noun ("Jordan's Principle").
_EPONYM_AFTER = re.compile(
    r"(?:'s|’s)?[ \t]+(?:Principle|Law|Act|Rule|Syndrome|Disease|Scale|Test|Method|Model|Protocol)\b"
)


def _word_class_not_person(ctx: CheckContext, ent: DetectedEntity) -> bool:
    """True when a one-word English analyzer "name" is a word of a class that is never a person
    (round 11: "Welsh", "Aboriginal", "Elder", "Order" in "Referral Order", a sentence-opening
    "Several", "Jordan" in "Jordan's Principle"): the checker's not-names lexicon (languages,
    peoples, community roles, institutions), an English function word, or an eponym."""
    value = ctx.text[ent.start : ent.end].strip()
    if not value or " " in value or has_thai(value):
        return False
    word = value.strip(".,'’").lower()
    if word in {w.lower() for w in ctx.config.raw_list("not_names", "en")}:
        return True
    from spacy.lang.en.stop_words import STOP_WORDS  # a closed class: several, many, each…

    if word in STOP_WORDS and word not in {"will", "may", "bill", "sue"}:  # first names too
        return True
    return bool(_EPONYM_AFTER.match(ctx.text, ent.end))


#: A credential or job title written after a signed name ("A. Ramirez, LCSW", «…(RN)»).
_CREDENTIAL_AFTER = re.compile(
    r"[ \t]*[,(][ \t]*(?:[A-Z]{2,6}\b|(?:Senior\s+|Registered\s+)?(?:Social\s+Worker|Counsell?or|"
    r"Therapist|Psychologist|Nurse|Case\s*(?:Worker|Manager)|Key\s*Worker))"
)
#: The opening of a sign-off line: "Signed:", "Signature", "Recorded by", "—", «ลงชื่อ».
_SIGN_OFF_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:signed|signature|recorded\s+by|written\s+by|completed\s+by|case\s+worker|"
    r"clinician|[—–-]+|ลงชื่อ|ผู้บันทึก)[^\n]{0,20}$|[—–][ \t]*$",
    re.IGNORECASE,
)


def _signature(text: str, start: int, end: int) -> bool:
    """True for the author's name in a sign-off: a sign-off opening before it on its line AND a
    credential after it (round 10: "Signed: A. Ramirez, LCSW", "— D. Okafor, LPC" — a worker
    signs the record; the guidance's confidentiality concerns the client and third parties).
    A name after "Signed" without a credential ("signed by her father John Smith") stays."""
    return bool(
        _SIGN_OFF_BEFORE.search(text[max(0, start - 40) : start])
        and _CREDENTIAL_AFTER.match(text, end)
    )


_INSTITUTION_WORDS = frozenset(
    ["team", "service", "services", "unit", "department", "office", "agency", "authority", "council", "centre", "center", "clinic", "hospital", "school", "programme", "program", "group"]
)


_HONORIFICS = frozenset(["mdm", "madam", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "auntie", "uncle"])


def _institution(value: str) -> bool:
    """True for a capitalised run holding a team/service word ("Locality Team North")."""
    words = value.split()
    return len(words) > 1 and any(w.lower().strip(".,") in _INSTITUTION_WORDS for w in words)


@per_check("identifiers")
def identifiers(ctx: CheckContext) -> list[DetectedEntity]:
    """Identifiers left in the text: the injected analyzer's, plus the cheap patterns; initials removed."""
    found: list[DetectedEntity] = list(fallback_identifiers(ctx))
    own = {(e.start, e.end) for e in found}  # this module's patterns (titled names etc.)
    if ctx.identifier_finder is not None:
        try:
            found.extend(ctx.identifier_finder(ctx.text))
        except Exception as exc:  # an analyzer failure must not stop the other checks
            import logging

            logging.getLogger(__name__).warning("identifier_finder failed: %s", type(exc).__name__)
    kept: list[DetectedEntity] = []
    reach = -1  # furthest end among kept entities (sorted by start, longest first)
    for ent in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if not (0 <= ent.start < ent.end <= len(ctx.text)):
            continue
        value = ctx.text[ent.start : ent.end]
        if is_initials(value) or _NON_DIGIT.sub("", value) in PUBLIC_NUMBERS:
            continue
        if ent.type in {"DATE_TIME", "DATE", "NRP", "URL"} and ent.source == "analyzer":
            continue
        if ent.end <= reach:
            continue  # inside an entity already kept
        if _VILLAGE.match(value) and _SERVICE_AREA_BEFORE.search(
            ctx.text[max(0, ent.start - 16) : ent.start]
        ):
            continue  # «อสม. หมู่ 3 ต.…» from either source: the service area (round 11)
        if ent.type in FullName.types and _holds_function_word(value):
            continue  # an instrument or programme title ("Timed Up and Go"), not a person
        if (
            ent.type in FullName.types
            and (ent.start, ent.end) not in own
            and " " not in value.strip()
            and _title_line(ctx.text, ent.start)
        ):
            continue  # one word of the note's title ("… — Telehealth follow-up"): round 4
        if ent.type in FullName.types and _signature(ctx.text, ent.start, ent.end):
            continue  # "Signed: A. Ramirez, LCSW": the author's own sign-off, not a client's name
        if ent.type in FullName.types and value.strip(" .").lower() in _HONORIFICS:
            continue  # "Mdm" alone: a title with no name after it (round 10)
        if ent.type in FullName.types and _institution(value):
            continue  # "Locality Team North": a team or service named in capitals (round 10)
        if ent.type in FullName.types and _kin_word_only(ctx, value):
            continue  # «บุตรสาว», «ยายทดลอง…»: a relationship word (and a common word), no name
        if _ROOM.fullmatch(value.strip()) and _VENUE_BEFORE.search(
            ctx.text[max(0, ent.start - 24) : ent.start]
        ):
            continue  # "clinic room 2" (from either source): the session's venue
        if _ROOM_CODE.match(value) and _SESSION_LINE.match(ctx.text, ctx.line_at(ent.start)[0]):
            continue  # "Session: 17 Nov 2026, 15:00–15:50, Room C-204": where the session was held
        if _INITIAL_AGE.fullmatch(value.strip()) and _KIN_BEFORE.search(
            ctx.text[max(0, ent.start - 24) : ent.start]
        ):
            continue  # "daughter M. 11": an initial and an age in a family list (round 11)
        if (
            ent.type in FullName.types
            and (ent.start, ent.end) not in own
            and (_common_words_only(ctx, ent) or _word_class_not_person(ctx, ent))
        ):
            continue  # "file", «บอกว่า», «อนามัย»: the analyzer read an ordinary word as a name
        kept.append(ent)
        reach = max(reach, ent.end)
    return kept


class _IdentifierRule(Rule):
    types: frozenset[str] = frozenset()

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for ent in identifiers(ctx):
            if ent.type.upper() in self.types:
                yield from self.emit(ctx, ent)

    def emit(self, ctx: CheckContext, ent: DetectedEntity) -> Iterable[Finding]:
        yield self.finding(ctx, ent.start, ent.end, kind=_kind(ent.type, ctx.locale))


@register
class FullName(_IdentifierRule):
    """A personal name of the client or a third party (use initials or the role).

    Why: the guidance asks for initials or other non-identifying references; names of clients and
    relatives are personal data (PDPA) and identifiers (HIPAA Safe Harbor).
    """

    id = "confidentiality.full-name"
    criterion = Criterion.CONFIDENTIALITY
    severity = Severity.ERROR
    types = frozenset({"PERSON", "PER", "NAME"})
    message = frozen(
        {
            "en": "A personal name is left in the note; use initials or the person's role.",
            "th": "มีชื่อบุคคลอยู่ในบันทึก ควรใช้อักษรย่อหรือระบุบทบาทแทน",
        }
    )
    examples = frozen(
        {
            "en": (
                "Client Jennifer Ortiz attended with her boyfriend Tyler Reed.",
                "Client J.O. attended with her boyfriend (T.R.).",
            ),
            "th": ("นางสาวสมใจ ใจดี มาตามนัด", "นางสาว ส. มาตามนัด"),
        }
    )

    def emit(self, ctx: CheckContext, ent: DetectedEntity) -> Iterable[Finding]:
        value = ctx.text[ent.start : ent.end]
        yield self.finding(
            ctx, ent.start, ent.end, suggestion=initials_for(value), replacement=True
        )


@register
class ContactDetails(_IdentifierRule):
    """A phone number, e-mail, street address or online handle in the note.

    Why: contact details allow direct contact and identify the person; public hotlines are fine.
    """

    id = "confidentiality.contact-details"
    criterion = Criterion.CONFIDENTIALITY
    severity = Severity.ERROR
    types = frozenset(
        {
            "PHONE",
            "PHONE_NUMBER",
            "EMAIL",
            "EMAIL_ADDRESS",
            "ADDRESS",
            "ONLINE_ID",
            "URL",
            "IP_ADDRESS",
        }
    )
    message = frozen(
        {
            "en": "Contact details ({kind}) are in the note; keep them in the client record, not the narrative.",
            "th": "มีข้อมูลติดต่อ ({kind}) อยู่ในบันทึก ควรเก็บไว้ในระบบข้อมูลผู้รับบริการ ไม่ใช่ในเนื้อหาบันทึก",
        }
    )
    advice = frozen(
        {"en": "contact details in the client record", "th": "ข้อมูลติดต่ออยู่ในระบบข้อมูลผู้รับบริการ"}
    )
    examples = frozen(
        {
            "en": (
                "Girlfriend (860-555-0112) called the clinic.",
                "His girlfriend called the clinic (contact details in the client record).",
            ),
            "th": ("โทร 081-234-5678 บ้านเลขที่ 45/2 หมู่ 3", "ข้อมูลติดต่ออยู่ในระบบข้อมูลผู้รับบริการ"),
        }
    )

    def emit(self, ctx: CheckContext, ent: DetectedEntity) -> Iterable[Finding]:
        yield self.finding(ctx, ent.start, ent.end, kind=_kind(ent.type, ctx.locale), replacement=True)


@register
class IdNumber(_IdentifierRule):
    """A national ID, social security, record or case number in the note.

    Why: an ID number identifies the person on its own; it belongs in registration fields.
    """

    id = "confidentiality.id-number"
    criterion = Criterion.CONFIDENTIALITY
    severity = Severity.ERROR
    types = frozenset(
        {
            "ID_NUMBER",
            "TH_TNIN",
            "US_SSN",
            "CASE_NUMBER",
            "MEDICAL_RECORD",
            "PASSPORT",
            "US_PASSPORT",
            "CREDIT_CARD",
            "IBAN_CODE",
            "US_DRIVER_LICENSE",
        }
    )
    message = frozen(
        {
            "en": "An identification number ({kind}) is in the note; delete it.",
            "th": "มีเลขประจำตัว ({kind}) อยู่ในบันทึก ควรลบออก",
        }
    )
    advice = frozen(
        {
            "en": "Delete it; identifiers belong in the record system's registration fields.",
            "th": "ลบออก เลขประจำตัวควรอยู่ในช่องข้อมูลทะเบียนของระบบ",
        }
    )
    examples = frozen(
        {
            "en": ("SSN 123-45-6789", "(no number in the narrative)"),
            "th": ("เลขประจำตัวประชาชน 1-2345-67890-12-3", "(ไม่ระบุเลขประจำตัวในบันทึก)"),
        }
    )

    def emit(self, ctx: CheckContext, ent: DetectedEntity) -> Iterable[Finding]:
        yield self.finding(ctx, ent.start, ent.end, kind=_kind(ent.type, ctx.locale))


@register
class OtherIdentifier(_IdentifierRule):
    """Other identifying details: room or bed numbers, birth dates, named places tied to the client.

    Why: small locations and full birth dates identify the person when combined with initials.
    """

    id = "confidentiality.other-identifier"
    criterion = Criterion.CONFIDENTIALITY
    types = frozenset({"LOCATION", "DATE_OF_BIRTH", "ORGANIZATION", "GPE", "LOC"})
    message = frozen(
        {
            "en": "An identifying detail ({kind}) is in the note; use a generic description.",
            "th": "มีรายละเอียดที่ระบุตัวบุคคลได้ ({kind}) ควรใช้คำทั่วไปแทน",
        }
    )
    advice = frozen(
        {
            "en": "Use the age instead of a birth date, and generic terms such as 'residential unit'.",
            "th": "ใช้อายุแทนวันเกิด และใช้คำทั่วไป เช่น «หอผู้ป่วย»",
        }
    )
    examples = frozen(
        {
            "en": ("Mrs. H., room 212, DOB 03/14/1941", "Mrs. H., 84, long-term care unit"),
            "th": ("เตียง 12 เกิดวันที่ 14 มี.ค. 2552", "อายุ 16 ปี หอผู้ป่วยหญิง"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for ent in identifiers(ctx):
            if ent.type.upper() in self.types and (
                ent.source == "writer" or ent.type in {"LOCATION", "DATE_OF_BIRTH"}
            ):
                if (
                    ent.source == "analyzer"
                    and ent.type == "LOCATION"
                    and ctx.identifier_finder
                    and not _ROOM.match(ctx.norm, ent.start)
                ):
                    continue  # the analyzer's generic places (cities, countries) are not flagged
                yield self.finding(ctx, ent.start, ent.end, kind=_kind(ent.type, ctx.locale))
