"""Cells of a table pasted as text, typed by their column's header (every identifier type).

Why: writers paste rows from a spreadsheet or a sign-in sheet ("Name | School | Village | LINE",
"ชื่อเล่น<TAB>ชื่อ-สกุล<TAB>สถานศึกษา"). In a row nothing around a cell says what it is — a
nickname that is an ordinary word (ปลากราย), a Hong Kong number of eight digits, a district with
no cue — but the header says it for the whole column, as a form's label does for its field.

A table is a run of lines split by "|" or by tabs, with the same number of cells as its header
line; the header is the line where a cell names a column this module knows (in English or Thai).
A cell is read whole. It is left alone when it is empty or says so ("none", "ไม่มี", "-"), when it
opens with a bracket (a remark: "(ลืมเซ็น)"), and — for names, bodies and places in Latin letters —
when it is written in lower case or all in capitals (a remark, an acronym), as the first version
of this rule (for place columns only, round 18) did.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.types import (
    ADDRESS,
    CASE_NUMBER,
    DATE_OF_BIRTH,
    ID_NUMBER,
    LOCATION,
    ONLINE_ID,
    ORGANIZATION,
    PERSON,
    PHONE,
)

#: Header cell (lower case, without a trailing colon) → what the cells under it are.
HEADERS: dict[str, str] = {
    **dict.fromkeys((
        "name", "names", "full name", "client", "client name", "nickname", "nick", "goes by", "parent",
        "guardian", "carer", "caregiver", "mother", "father", "mum", "dad", "next of kin", "nok",
        "contact person", "emergency contact", "student", "child", "worker", "staff", "interpreter",
        "signature", "signed", "resident", "patient", "member", "attendee", "participant", "sponsor",
        "ชื่อ", "ชื่อเล่น", "ชื่อ-สกุล", "ชื่อ - สกุล", "ชื่อ-นามสกุล", "ชื่อสกุล", "ชื่อ นามสกุล", "ผู้ปกครอง",
        "ผู้ดูแล", "ลายมือชื่อ", "ลงชื่อ", "นักเรียน", "ผู้รับบริการ", "ผู้ป่วย", "ชื่อผู้ป่วย", "ญาติ", "บิดา",
        "มารดา", "พ่อ", "แม่", "สามี", "ภรรยา", "ผู้ติดต่อ", "ครูประจำชั้น", "ล่าม", "สมาชิก",
        # session 16: who visits, follows or records the case, and who is visited
        "case worker", "caseworker", "social worker", "worker assigned", "assigned to", "volunteer", "chw",
        "referred by", "reported by", "visited by", "อสม", "อสม.", "ผู้ติดตาม", "ผู้เยี่ยม", "ผู้บันทึก",
        "ผู้รับผิดชอบ", "ผู้ให้ข้อมูล", "ผู้ประสาน", "ผู้แจ้ง", "ชื่อผู้ถูกเยี่ยม", "ผู้ถูกเยี่ยม", "ชื่อผู้รับบริการ",
        "ชื่อเด็ก", "ชื่อผู้ปกครอง", "พยาบาล", "พี่เลี้ยง",
        # session 26: the head of a household in a survey of homes
        "หัวหน้าครอบครัว", "ชื่อหัวหน้าครอบครัว", "เจ้าบ้าน", "ผู้ดูแลหลัก", "head of household", "household head",
    ), PERSON),
    **dict.fromkeys((
        "school", "employer", "workplace", "agency", "company", "organisation", "organization", "church",
        "temple", "mosque", "factory", "university", "college", "clinic", "hospital", "gp", "gp practice",
        "สถานศึกษา", "โรงเรียน", "นายจ้าง", "ที่ทำงาน", "สถานที่ทำงาน", "หน่วยงาน", "บริษัท", "โรงงาน", "สังกัด",
        "มหาวิทยาลัย", "วัด", "มัสยิด", "โบสถ์",
    ), ORGANIZATION),
    **dict.fromkeys((
        "location", "village", "camp", "residence", "area", "place", "home", "block", "zone", "lives",
        "living", "current location", "settlement", "community", "district", "town", "suburb",
        "hometown", "home town", "from", "origin", "neighbourhood", "neighborhood", "works in",
        "lives in", "based in", "living in",
        "หมู่บ้าน", "บ้าน", "ภูมิลำเนา", "ชุมชน", "ที่พัก", "ที่อยู่ปัจจุบัน", "อำเภอ", "ตำบล", "แคมป์", "ค่าย",
    ), LOCATION),
    **dict.fromkeys(("address", "home address", "ที่อยู่", "ที่อยู่ตามบัตร"), ADDRESS),
    **dict.fromkeys((
        "phone", "tel", "tel.", "mobile", "mobile no", "mobile no.", "phone no", "phone no.", "contact",
        "contact no", "contact no.", "cell", "whatsapp", "โทร", "โทร.", "เบอร์", "เบอร์โทร", "เบอร์โทรศัพท์",
        "โทรศัพท์", "มือถือ", "เบอร์ติดต่อ",
    ), PHONE),
    **dict.fromkeys((
        "line", "line id", "ig", "instagram", "tiktok", "facebook", "fb", "handle", "ig/tiktok",
        "tiktok/ig", "social", "social media", "username", "ไลน์", "ไอดีไลน์", "เฟซบุ๊ก", "เฟส",
    ), ONLINE_ID),
    **dict.fromkeys((
        "id", "id no", "id no.", "id number", "passport", "passport no", "passport no.", "nric", "fin",
        "ssn", "nhs no", "nhs number", "work permit", "เลขบัตร", "เลขบัตรประชาชน", "เลขประจำตัว",
        "บัตรประชาชน", "เลขพาสปอร์ต", "เลขบัตรชมพู", "รหัสนักเรียน", "รหัสนักศึกษา",
        "ปชช", "ปชช.", "เลข ปชช.", "เลขปชช.", "บัตร ปชช.", "เลขประจำตัวประชาชน",
    ), ID_NUMBER),
    **dict.fromkeys((
        "dob", "d.o.b.", "date of birth", "birth date", "birthdate", "born", "birthday", "วันเกิด", "ว/ด/ป เกิด",
        # session 35 (set 114): the column named by the birth alone, in English or the form's language
        "birth", "date born", "nascimento", "nacimiento", "naissance", "geburtsdatum", "f. dato",
        "วันเดือนปีเกิด", "ว.ด.ป.เกิด", "ว.ด.ป. เกิด", "เกิด", "วัน/เดือน/ปีเกิด", "วันเดือนปี เกิด",
    ), DATE_OF_BIRTH),
    **dict.fromkeys((
        "hn", "mrn", "case no", "case no.", "case number", "case", "file no", "ref", "ref no", "เลขคดี",
        "เลขที่เคส", "hn.",
        # session 28: a file's number by the file (a discipline or case file column: แฟ้มวินัย)
        "file no.", "file number", "ref.", "ref no.", "แฟ้ม", "เลขแฟ้ม", "เลขที่แฟ้ม",
        "แฟ้มวินัย", "แฟ้มคดี", "เลขที่คดี", "เลขรับ",
    ), CASE_NUMBER),
}
#: Types whose Latin cells must be capitalised words (a lower-case cell is a remark).
_NAMED = frozenset({PERSON, ORGANIZATION, LOCATION})
_EMPTY = frozenset({
    "", "none", "n/a", "na", "-", "—", "–", "unknown", "nil", "tbc", "?", "same", "no fixed abode", "nfa",
    "ไม่มี", "ไม่ทราบ", "ไม่ระบุ", "ไม่มีข้อมูล", "เหมือนเดิม", "-ไม่มี-", "x",
})
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
#: How many digits a number has, as a header says it (เลข 13 หลัก, 10-digit NHS no.).
_DIGIT_COUNT = re.compile(r"\d{1,2}[^\S\n]?(?:หลัก|-?digits?)")
_SPLIT = re.compile(r"\t|\|")
#: A bracket closing a cell ("084-771-2093 (aunt)"), and the one word in it that is a person's
#: other name ("Siritree Nonthasaen (Tree)").
_BRACKET_TAIL = re.compile(r"[^\S\n]*\(([^()]*)\)\Z")
_ALIAS = re.compile(r"[^\s\d\-/,.]{2,12}")
#: A comma and what follows it when that is a remark, not more of the name: a number or class
#: (", P.5", ", ม.2/3") or a lower-case word (", asked about …").
_REMARK_TAIL = re.compile(r"[^\S\n]*,[^\S\n]*(?=[^,]*\d|[a-z])|[^\S\n]+(?=ชั้น|[ปม]\.[^\S\n]?[\d๐-๙])")


def _cells(line: str, start: int) -> list[tuple[int, str]]:
    """(offset, cell) for each cell of a table line."""
    out, k = [], 0
    for part in _SPLIT.split(line):
        out.append((start + k, part))
        k += len(part) + 1
    return out


def _width(cells: list[tuple[int, str]]) -> int:
    """Cells in a line, not counting empty ones opened or closed by an edge separator."""
    n = len(cells)
    n -= 1 if cells and not cells[-1][1].strip() else 0
    n -= 1 if len(cells) > 1 and not cells[0][1].strip() else 0
    return n


def _header(cells: list[tuple[int, str]]) -> dict[int, str] | None:
    """Column index → type, when this line is a header (at least one known column, and no digits
    but a count of them: session 39, "เลข ๑๓ หลัก", "10-digit NHS no." say which number)."""
    kinds = {}
    for i, (_, c) in enumerate(cells):
        if _DIGIT.search(_DIGIT_COUNT.sub("", c)):
            return None  # a row's number, date or phone: this line is a row
        kind = _header_kind(c)
        if kind is not None:
            kinds[i] = kind
    return kinds or None


def _header_kind(cell: str) -> str | None:
    """A known header, or two joined by a slash that say the same (ชื่อ/ชื่อเล่น, Name/Nickname),
    or one written a way the list does not hold (_header_by_stem)."""
    key = cell.strip().lower().rstrip(":")
    if key in HEADERS:
        return HEADERS[key]
    if "/" not in key:
        return _header_by_stem(key)
    kinds = {HEADERS.get(part.strip()) or _header_by_stem(part.strip()) for part in key.split("/")}
    return kinds.pop() if len(kinds) == 1 else None


#: session 18 (blind tables, value-free: most misses were in columns whose header the list did not
#: hold) — headers by their stems: who (ชื่อเด็ก, ชื่อจริง, Client name, Surname), which number
#: (เลขบัตรต่างด้าว, เลข 13 หลัก, Passport no., Permit #), which phone, address or birth date.
_PERSON_HEADER = re.compile(
    r"(?:ชื่อ(?:$|[\s\-(]|จริง|เล่น|สกุล|นามสกุล|ผู้|เด็ก|คน|ลูก|แม่|พ่อ|นัก|สมาชิก|แรงงาน|ลูกจ้าง|ญาติ|ผป|คนไข้)"
    r"|(?:^|\s)(?:first|last|given|family|sur|full|client|patient|child|parent|mother|father|member|student|"
    r"resident|participant|caller|contact|staff|worker|carer|guardian)[\s\-]?name$|^surname$)"
)
_ID_HEADER = re.compile(
    # (session 22) บัตร opens the header or follows หมาย(เลข): "ทำบัตรคนพิการแล้ว" (got a disability
    # card) in a two-column record is what happened, not a column of card numbers
    r"(?:^(?:หมาย)?เลข(?!ที่บ้าน|ที่คดี|คดี|ที่ห้อง|ห้อง|ที่)|^(?:หมายเลข|เลขที่)?บัตร|พาสปอร์ต|หนังสือเดินทาง|ใบอนุญาต|"
    r"(?:^|\s)(?:id|passport|permit|licen[cs]e|nric|ssn|nhs|medicare|medicaid)(?:\s?(?:no\.?|number|#))?$)"
)
_PHONE_HEADER = re.compile(r"(?:โทร|เบอร์|มือถือ|(?:^|\s)(?:phone|mobile|tel\.?|cell)(?:\s?(?:no\.?|number|#))?$)")
_CASE_HEADER = re.compile(r"(?:เลขคดี|เลขที่คดี|คดีที่|(?:^|\s)(?:hn|mrn|case|file)(?:\s?(?:no\.?|number|#))?$)")


def _header_by_stem(key: str) -> str | None:
    if _CASE_HEADER.search(key):
        return CASE_NUMBER
    if _PHONE_HEADER.search(key):
        return PHONE
    if _ID_HEADER.search(key):
        return ID_NUMBER
    if _PERSON_HEADER.search(key):
        return PERSON
    return None


def _readable(value: str, kind: str) -> bool:
    if value.lower() in _EMPTY or value.startswith(("(", "[")):
        return False
    if kind == PERSON and (_only_role_words(value) or (_THAI_START.match(value) and " " not in value and _no_name(value))):
        return False  # (session 33) | ครูที่ปรึกษา | … |, | ฝ่ายปกครอง | … |: who told, by role (a spaced
        # cell is a given and a family name: | อาหมี่ เชอมือ |)
    if kind in _NAMED and _LATIN.match(value) and (not value[:1].isupper() or (value.isupper() and len(value) > 3)):
        return False
    if kind in _NAMED and _a_sentence(value):
        return False
    if kind in (PHONE, ID_NUMBER, CASE_NUMBER, DATE_OF_BIRTH):
        return bool(_DIGIT.search(value))
    return len(value) >= 2


#: Session 32 — more words than a name, a body or a place holds, or a clause mark inside: the
#: cell is a remark ("| Home | Lives with his Kokum and two younger cousins; speaks some Cree |").
_NAME_WORDS_MAX = 8
_CLAUSE_MARK = re.compile(r"[;:!?][^\S\n]")


def _a_sentence(value: str) -> bool:
    """A cell that says something rather than names something (a record table's row labelled
    Home or School holds the writer's notes on them): the rules that read sentences read it."""
    return len(value.split()) > _NAME_WORDS_MAX or _CLAUSE_MARK.search(value) is not None


#: What separates two role words in one cell (พ่อ/แม่, Mum + Dad, ตา และ ยาย).
_ROLE_SPLIT = re.compile(r"[^\S\n]*(?:[/,+&]|และ|(?<![A-Za-z])and(?![A-Za-z]))[^\S\n]*|[^\S\n]+")


def _only_role_words(value: str) -> bool:
    """A guardian, contact or visitor cell that says who in kin or role words alone (ลุง, ยาย,
    พ่อ/แม่, Mum, Grandma, พยาบาล รพ.สต., Care Manager + อสม.): session 18, a table's ผู้ปกครอง and
    staff columns read these as names. A word followed by a name (ลุงสมบัติ, Aunt May) is still a
    name."""
    from assistant.redact.lexicon import get_lexicon
    from assistant.redact.recognizers.person_th import is_occupation

    lex = get_lexicon()
    words = [w for w in _ROLE_SPLIT.split(value) if w]
    roles = _thai_roles()
    if len(words) >= 2 and words[0] in roles and (words[1] == "อายุ" or words[1][:1].isdigit()):
        return True  # (session 28) ยาย อายุ 67 ปี รับจ้างทั่วไป: the kin word, then her age and work
    return bool(words) and all(
        w in roles or w.rstrip(".") in roles or is_occupation(w) or _BODY_ABBREVIATION.fullmatch(w)
        or w.lower() in lex.en_roles or w.lower() in lex.en_generic_org_words
        for w in words
    )


@lru_cache(maxsize=1)
def _thai_roles() -> frozenset[str]:
    """Thai titles, kin and role nouns that name who someone is to the client, not which one."""
    from assistant.redact.lexicon import get_lexicon
    from assistant.redact.resolve import thai_titles

    lex = get_lexicon()
    return frozenset(thai_titles()) | frozenset(lex.th_roles_before_latin) | frozenset(lex.th_role_nouns)


#: A Thai body's or role's dotted abbreviation (รพ.สต., อสม., จนท.): who came, from where — no name.
_BODY_ABBREVIATION = re.compile(r"[\u0E01-\u0E2E]{1,4}\.(?:[\u0E01-\u0E2E]{1,4}\.)*")


_RULE_LINE = re.compile(r"[\s|:\-]+")


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Runs of consecutive table lines, each line as (offset, body without its newline)."""
    out: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\n")
        if _SPLIT.search(body):
            run.append((start, body))
        elif run:
            out.append(run)
            run = []
    if run:
        out.append(run)
    return out


def _label_kind(cells: list[tuple[int, str]]) -> tuple[str, int] | None:
    """(type, index of the value cell) when a row's first filled cell is a field's label."""
    filled = [i for i, (_, c) in enumerate(cells) if c.strip()]
    if len(filled) < 2 or _DIGIT.search(cells[filled[0]][1]):
        return None
    kind = _header_kind(cells[filled[0]][1])
    return (kind, filled[1]) if kind is not None else None


def _record_block(block: list[tuple[int, str]]) -> tuple[tuple[int, int] | None, list[tuple[str, int, str]]] | None:
    """A table written as a record, one field a row ("| ชื่อเด็ก | ด.ช.… |", "| DOB | 3 March 2011 |"):
    the first cell labels the second. Its top line, when a rule line follows it, only names the two
    columns ("| หัวข้อ | ข้อมูล |", "| Field | Detail |"). Returns that top line's span and the
    (type, offset, cell) of each labelled value — or None when the block is a table of columns.

    Why (session 25, an open set's referral form): such a row had been read as a column header,
    so the child's name in it was dropped as a header's words and the next rows' labels (วันเกิด,
    โรงเรียน) were redacted as names while their values went unread."""
    rows = [(o, b) for o, b in block if not _RULE_LINE.fullmatch(b)]
    top = None
    if len(block) > 1 and not _RULE_LINE.fullmatch(block[0][1]) and _RULE_LINE.fullmatch(block[1][1]):
        top_cells = _cells(block[0][1], block[0][0])
        if len(_header(top_cells) or {}) >= 2:
            return None  # "| Name | School |" heads columns
        top = (block[0][0], block[0][0] + len(block[0][1]))
        rows = rows[1:]
    labelled = []
    for offset, body in rows:
        cells = _cells(body, offset)
        if (found := _label_kind(cells)) is not None:
            kind, i = found
            labelled.append((kind, *cells[i]))
    # under a top line that names no column, a labelled row is a record's; with no such line, most
    # rows must be labelled
    if not labelled or (top is None and (len(labelled) < 2 or 2 * len(labelled) < len(rows))):
        return None
    return top, labelled


def _record_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[str, int, int]]]:
    """Line spans of record tables, their top lines, and the typed values they hold."""
    lines, tops, values = [], [], []
    if "|" not in text and "\t" not in text:
        return lines, tops, values
    for block in _blocks(text):
        if (record := _record_block(block)) is None:
            continue
        top, labelled = record
        lines.extend((o, o + len(b)) for o, b in block)
        if top is not None:
            tops.append(top)
        for kind, offset, cell in labelled:
            if (span := _value_span(kind, offset, cell)) is not None:
                values.append((kind, *span))
    return lines, tops, values


def _value_span(kind: str, offset: int, cell: str) -> tuple[int, int] | None:
    """The part of a cell that is its column's identifier, without a remark after it."""
    value = cell.strip()
    if kind in _NAMED and (tail := _REMARK_TAIL.search(value)):
        value = value[:tail.start()]  # "Ban Pa Daeng School, P.5": the class is a remark
    if (bracket := _BRACKET_TAIL.search(value)) and not (kind == PERSON and _alias(bracket.group(1))):
        value = value[:bracket.start()]  # "084-771-2093 (aunt)"; a person's "(Tree)" is an alias, "(มารดา)" no
    lead = len(cell) - len(cell.lstrip())
    if kind == PERSON and bracket and _no_name(value[:bracket.start()]):
        if value == cell.strip():  # "ยาย (ต้อย)": the name is the one in brackets
            return offset + lead + bracket.start(1), offset + lead + bracket.end(1)
        return None  # "ครูประจำชั้น (ไม่ระบุชื่อ)": a role and a remark, no name
    if kind == PERSON and (part := _name_after_role(value)) is not None:
        return offset + lead + part[0], offset + lead + part[1]
    if not _readable(value, kind):
        return None
    return offset + lead, offset + lead + len(value)


_COMMA_PARTS = re.compile(r"[^,]+")
#: A role written before a name, and an acronym of the service it belongs to (JROTC instructor).
_ROLE_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _name_after_role(value: str) -> tuple[int, int] | None:
    """(session 33) "Midwife, Ayan Farah, Hargeisa Group Hospital maternity", "JROTC instructor,
    Sgt Malia Soliai, Monday 12 May": a referrer's cell opens with the role, then the name, then
    where or when — the name alone is the column's person (the role and the rest had been taken
    with it as one name)."""
    parts = list(_COMMA_PARTS.finditer(value))
    if len(parts) < 2:
        return None
    role = parts[0].group().strip()
    if not role or not all(_only_role_words(w) or _ROLE_ACRONYM.fullmatch(w) for w in role.split()):
        return None
    name = parts[1]
    start = name.start() + len(name.group()) - len(name.group().lstrip())
    end = name.end() - (len(name.group()) - len(name.group().rstrip()))
    return (start, end) if end - start >= 2 else None


def _alias(inner: str) -> bool:
    """A bracket after a name that holds another name of the person (Tree, ต้น), not a relation or
    a Thai word that names none (มารดา, ไม่ระบุชื่อ)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    if not _ALIAS.fullmatch(inner) or _only_role_words(inner) or inner.startswith("ไม่"):
        return False  # ไม่ระบุชื่อ, ไม่ทราบชื่อ: a remark that no name was given
    th = get_thai_lexicon()
    if _LATIN.match(inner) is not None or th.is_name(inner):
        return True
    words = [w for w in th.tokenize(inner) if w.strip()]
    # รายใหม่, เมียนมา: dictionary words that are no names make a remark
    return inner not in th.words and not all(w in th.words and not th.is_name(w) for w in words)


_THAI_INITIAL = re.compile(r"(?<![\u0E01-\u0E4E])[\u0E01-\u0E2E]\.")


def _no_name(value: str) -> bool:
    """Role words alone, or Thai dictionary words none of which is a name (ครู|ประจำ|ชั้น)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    if _THAI_INITIAL.search(value):
        return False  # ลุง ส.: an initial stands for a name
    if _only_role_words(value):
        return True
    if _LATIN.search(value):
        return False
    th = get_thai_lexicon()
    words = [w for w in th.tokenize(value.strip()) if w.strip()]
    return value.startswith((*_thai_roles(), *_DEPARTMENT_WORDS)) and all(w in th.words and not th.is_name(w) for w in words)


#: A school's or a firm's department (ฝ่ายปกครอง, แผนกบุคคล, กลุ่มงานจิตเวช): who, by office.
_DEPARTMENT_WORDS = ("ฝ่าย", "แผนก", "กลุ่มงาน")
_THAI_START = re.compile(r"[\u0E01-\u0E2E]")


def _label_and_value(kinds: dict[int, str], cells: list) -> bool:
    """Two filled cells and only one names a column: "ชื่อ-สกุล | ด.ช.ศุภกร มณีวงศ์" is a label and
    its value, the first row of a form's two-column table, not a header (session 27)."""
    return sum(1 for _, c in cells if c.strip()) == 2 and len(kinds) < 2


def table_header_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that heads a pasted table: its cells name columns, not people
    (session 18: ชื่อจริง<TAB>เลขบัตรต่างด้าว and Client name | Passport no. had been read as a
    name cue and the name after it)."""
    if "|" not in text and "\t" not in text:
        return []
    records, out, _ = _record_spans(text)
    in_record = {s for s, _ in records}
    pos = 0
    lines = text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\n")
        if start in in_record:
            continue
        if not _SPLIT.search(body) or not (kinds := _header(cells := _cells(body, start))):
            continue
        known = sum(1 for _, c in cells if c.strip())
        nxt = next((n.rstrip("\n") for n in lines[k + 1:] if n.strip()), "")
        # a real header: most of its cells name columns, and rows of its width follow (a line
        # "Name: Ann | School: X" is a record, not a header)
        if 2 * len(kinds) >= known and not _label_and_value(kinds, cells) and _SPLIT.search(nxt) and (
            _width(_cells(nxt, 0)) == _width(cells) or re.fullmatch(r"[\s|:\-]+", nxt)
        ):
            out.append((start, start + len(body)))
    return out


def table_cells(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every readable cell under a known column of a pasted table."""
    records, _, out = _record_spans(text)
    in_record = {s for s, _ in records}
    kinds: dict[int, str] | None = None
    width = n_cells = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\n")
        if not _SPLIT.search(body) or start in in_record:
            kinds = None
            continue
        cells = _cells(body, start)
        header = _header(cells)
        if header and _label_and_value(header, cells):
            kinds = None  # (session 27) a form's label and its value, not a header
            continue
        if header:
            # a tab row may end in an empty cell that is data, not an edge (session 18)
            kinds, width, n_cells = header, _width(cells), len(cells)
            continue
        if kinds is None or (_width(cells) != width and len(cells) != n_cells):
            continue  # a line of another shape ("PHQ-9 | GAD-7" under the table) is no row
        for i, kind in kinds.items():
            if i >= len(cells):
                continue
            if (span := _value_span(kind, *cells[i])) is not None:
                out.append((kind, *span))
    return out


class TableColumnRecognizer(EntityRecognizer):
    """Cells under a known column of a "|" or tab table, typed by the column."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(HEADERS.values())), name="TableColumnRecognizer")

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "|" not in text and "\t" not in text:
            return []
        return [RecognizerResult(kind, s, e, 0.75) for kind, s, e in table_cells(text)]
