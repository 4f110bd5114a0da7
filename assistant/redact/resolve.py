"""From raw recognizer hits to the final, non-overlapping identifier list.

Steps, each for a reason:
1. NER hits are cleaned (split at "+", "w/", lowercase words; drop ones without a real name
   token) because the small English model is noisy on jottings.
2. Protected terms (scales, drugs, eponyms, platforms) are cut out of name/organisation/place
   hits: "Alzheimer's", "Beck Depression Inventory", "TikTok" must survive.
3. Aliases: a name in brackets right after a name, or a kin-titled name right before a
   bracketed name, is a person too (นายสุเทพ พรมมา (ลุงเทพ), ป้าพร (นางพรทิพย์ …)).
3b. Coordination: a word listed with a known name (and/&, Thai "และ/กับ" or commas) is a name.
4. Propagation: once a name is known, its other mentions are names too (May → "May says"),
   case-sensitively in English so "she may not come" and "little joy" stay.
5. Overlapping hits are merged into one span, typed by the longest member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.redact.body_heads_en import PERSONAL_TITLES
from assistant.redact.given_names import all_given_names, given_names, spoken_to_not_spoken
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import (
    CALENDAR_GIVEN,
    COMMON_CAP,
    LATIN_LOWER,
    MONTH_NAMES,
    NAME_CHARS,
    NAME_TOKEN,
    NAME_TOKEN_RE,
    followed_by_number,
    is_name_token,
    titled_family_name_end,
    weekday_syllable_ends_name,
)
from assistant.redact.recognizers.address_en import PARTS_BEFORE
from assistant.redact.recognizers.foreign_script import FOREIGN_SCRIPT
from assistant.redact.recognizers.location_en import KOREAN_PLACE
from assistant.redact.recognizers.organization import (
    ABBREVIATED_HEADS,
    TH_BODY_ABBREVIATIONS,
    is_generic_org,
    is_placed_office,
)
from assistant.redact.recognizers.person_en import occupation_alone
from assistant.redact.recognizers.person_th_apposed import BRACKET_ROLE_OPENERS
from assistant.redact.recognizers.person_th_bounds import fix_thai_bounds
from assistant.redact.recognizers.person_th_cued import REGISTERED_NAME_CUE
from assistant.redact.recognizers.person_th_frames import SENTENCE_PARTICLES
from assistant.redact.recognizers.person_th_line import CLAUSE_PREFIXES
from assistant.redact.recognizers.word_name_en import NICKNAME_ONLY_CUE, is_word_name
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import (
    ADDRESS,
    DATE_OF_BIRTH,
    LOCATION,
    ONLINE_ID,
    ORGANIZATION,
    PERSON,
    TYPE_PRIORITY,
)
from assistant.text.find import LATIN, LATIN_OR_HYPHEN, LOWER, occurrences

_THAI = re.compile(rf"[{THAI_LETTERS}]")
#: Legal forms that end a company name with their own dot (Halden Motors Co., Ltd.).
_ABBREVIATED_HEADS_SPACED = tuple(" " + head for head in ABBREVIATED_HEADS)
_LEGAL_FORMS = (" Ltd", " Inc", " Corp", " Co", " Bhd", " Pvt", " Pte", " Pty")
#: One or two capitalised words after a protected kind of service (a branch's own name).
_NAMED_AFTER_KIND = re.compile(r"[^\S\n][A-ZÀ-Þ][\w'’\-]+(?:[^\S\n][A-ZÀ-Þ][\w'’\-]+)?")
#: A dotted legal form at a company name's end (W.L.L, e.U, S.A, B.V): its last dot is its own.
_DOTTED_FORM_END = re.compile(r"[^\S\n](?:[A-Za-z]\.){1,3}[A-Za-z]$")
_THAI_CHUNK = re.compile(rf"[{THAI_LETTERS}]+")
_LATIN = re.compile(r"[A-Za-z]")
_SOFT_NAMED = (PERSON, ORGANIZATION, LOCATION)


@dataclass
class Hit:
    """A candidate identifier: [start, end) in the text, its type, score and origin."""

    start: int
    end: int
    type: str
    score: float
    source: str = "rule"  # "ner", "rule", "alias", "propagated"


#: Chinese-Thai words for father and mother (and their mixes), said like ป๊า or แม่: kin words.
_TH_KIN_WORDS = frozenset({"อาปา", "อาป๊า", "อาม้า", "อาหม่า", "อาเตี่ย", "ป๊า", "หม่าม้า", "เตี่ย", "ป่าป๊า"})
#: Roles whose word starts with the title นาย/นาง but name nobody (the boat's skipper, the bail
#: bondsman, the checkpoint chief); the tokenizer splits some of them (นาย|ท้ายเรือ), so the title
#: rules read a name after นาย. A name may still follow the role (นายท้ายเรือชื่อประเสริฐ).
_TH_TITLE_ROLES = ("นายท้ายเรือ", "นายท้าย", "นายเรือ", "นายประกัน", "นายด่าน", "นายบ่อน", "นายสถานี", "นายหน้า", "นายจ้าง")
#: session 42 — folk healers and trades written with the title หมอ (a traditional midwife, a healer
#: who blows, a dharma healer, a khaen player): the word after หมอ is the trade, not a doctor's name
#: (หมอฝน, หมอตี๋ are names). Not หมอขวัญ: ขวัญ is a given name too.
_TH_HEALER_ROLES = (
    "หมอตำแย", "หมอเป่า", "หมอธรรม", "หมอสมุนไพร", "หมอเมือง", "หมอชาวบ้าน", "หมอน้ำมัน", "หมอแคน",
    "หมอพราหมณ์", "หมอจีน", "หมอเถื่อน", "หมอพื้นบ้าน", "หมอยา", "หมอนวด", "หมอผี", "หมอดู", "หมอลำ",
)


def _opens_with_given_name(rest: str) -> bool:
    """The rest of a healer's span opens with a given name (หมอตำแย|บุญมี is the midwife's name)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    names = get_thai_lexicon().given_names
    return any(rest[:k] in names for k in range(2, min(len(rest), 12) + 1))


#: A kind-of-body word glued straight to an adverb or conjunction that opens a clause (แจ้งมูลนิธิ
#: ทันทีหาก…, ประสานศูนย์เพื่อ…): the writer names no body, and the run after it is the clause.
_TH_HEAD_THEN_CLAUSE = re.compile(
    # (session 42: the child centres and ตาดีกา too, and "as usual / for now / as before / every day")
    r"(?:มูลนิธิ|ศูนย์พัฒนาเด็กเล็ก|ศูนย์เด็กเล็ก|ศูนย์|สมาคม|สำนักงาน|สถานพินิจ|บ้านพัก|ตาดีกา)"
    r"(?:ทันที|หาก|ถ้า|เมื่อ|และ(?!คุ้มครอง)|หรือ|ด้วย|แล้ว|อีก|ก่อน|โดย|ไว้|เลย|ทราบ|รับทราบ|ปกติ|ตามเดิม|"
    r"เหมือนเดิม|ทุกวัน|ทุกเช้า|ตามปกติ)"
)
#: session 34 (set 112) — a kind of body, then "in the area" and no name: รพ.สต.ในพื้นที่ "the
#: health centres in the area", รพ.สต.ในเขตรับผิดชอบ, วัดในหมู่บ้าน, โรงเรียนประจำตำบล.
_TH_HEAD_IN_AREA = re.compile(
    r"(?:รพ\.สต\.|รพ\.|โรงพยาบาล|โรงเรียน|อบต\.|เทศบาล|ศูนย์|วัด)(?:ใน|ประจำ)"
    r"(?:พื้นที่|เขตรับผิดชอบ|เขตพื้นที่|เขต|ชุมชน|หมู่บ้าน|ตำบล|อำเภอ)(?:นี้|นั้น|ของตน)?"
)
#: session 34 (set 112) — a body "of Thailand" or under royal patronage serves the whole country
#: (มูลนิธิโรคไตแห่งประเทศไทย, การท่าเรือแห่งประเทศไทย, มูลนิธิขาเทียมในสมเด็จพระ…): like สปสช., no
#: place a client could be found by. (A company's "(ประเทศไทย)" is not this.)
_TH_NATIONAL_BODY = re.compile(r"แห่งประเทศไทย$|ในสมเด็จ|ในพระบรมราชูปถัมภ์|ในพระราชูปถัมภ์|ในพระอุปถัมภ์")
#: A kind of Thai body shortened with ฯ is still only a kind (สถานพินิจฯ "the juvenile centre",
#: นิติฯ "the condo's juristic office", นิคมฯ "the industrial estate"), after any role or verb words
#: (เจ้าหน้าที่สถานพินิจฯ, ส่งพบนักจิตฯ): not a name.
_TH_GENERIC_SHORT = re.compile(
    rf"[{THAI_LETTERS}]*?(?:สถานพินิจ|นิติ|นิติบุคคล|สำนักงาน|ศูนย์|มูลนิธิ|สถานสงเคราะห์|บ้านพัก|กรม|กระทรวง|"
    rf"คณะกรรมการ|โรงพยาบาล|สถาบัน|สมาคม|เทศบาล|ศาล|นิคม|นิคมอุตสาหกรรม|"
    # a professional shortened with ฯ is a role, not a body: (ส่งพบ)นักจิตฯ, นักสังคมฯ, นักกายภาพฯ
    rf"นัก[{THAI_LETTERS}]{{2,14}}|"
    # a centre named only by what it does, the rest cut with ฯ (ประสานศูนย์เยียวยาฯ, ศูนย์พึ่งได้ฯ,
    # ศูนย์ฟื้นฟูฯ): a kind of service with no name or place
    rf"(?:ศูนย์|สถาน|มูลนิธิ|บ้านพัก)(?:เยียวยา|พึ่งได้|ฟื้นฟู|บำบัด|ช่วยเหลือ|คุ้มครอง|พัฒนา|ดูแล|ประสานงาน|"
    rf"บริการ|ให้คำปรึกษา|สุขภาพจิต|แรกรับ|พักพิง|สงเคราะห์|เด็ก|สตรี|ครอบครัว|และ|ผู้สูงอายุ|คนพิการ){{1,4}})ฯ"
)


# --------------------------------------------------------------------------- 1. NER cleaning
#: Cities too big to locate anyone, in their Latin-script forms (round 9 policy).
_EN_TOO_BIG = frozenset({"Bangkok", "Krung Thep", "BKK"})
#: Whole spans that name no one, by type: Bangkok (ten million people, round 9 policy), one
#: ordinary capitalised word ("New:" heading a list), what a Chinese-Thai family calls a parent.
_NAMES_NOTHING: dict[str, frozenset[str]] = {
    LOCATION: _EN_TOO_BIG, ORGANIZATION: COMMON_CAP, PERSON: _TH_KIN_WORDS,
}


#: Three to six Thai consonants and nothing else (no vowel or tone mark): only an acronym is
#: written so (พมจ, กสศ, ศศช); with its dot right after and no place glued on, it names no body.
_TH_BARE_ACRONYM = re.compile(r"[ก-ฮ]{3,6}")


_LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z\s\-&]*")
#: session 10 — words of kinds of place a note writes with capitals (the Town Centre, the Bus
#: Station, the Night Market: a probe of 50 in three frames read 72 of 150 as names). Only for
#: this test: Park, Court or Hall in the general list would stop a surname spreading (Mrs Park).
_PLACE_KIND_WORDS = frozenset({
    "Town", "Centre", "Center", "Street", "Station", "Bus", "Train", "Club", "Leisure", "Park", "Hall",
    "Shop", "Petrol", "Car", "Shopping", "Retail", "Temple", "Gurdwara", "Gym", "Pool", "Swimming",
    "Beach", "Market", "Night", "Mall", "Kitchen", "Soup", "Ward", "Psych", "Rec", "Corner", "Skate",
    "Children's", "Boxing", "Playground", "High", "Food", "Court", "Youth", "Drop-in",
})


#: One-word kinds of place that are no name (Park, Justice and Story are names too).
_PLACE_KINDS_ALONE = frozenset({
    "Library", "Mosque", "Temple", "Gurdwara", "Playground", "Beach", "Market", "Mall", "Pier", "Gym",
    "Station", "Centre", "Center", "Hospital", "Clinic",
})


def _kind_of_place(span: str) -> bool:
    """Two words or more, or one listed kind, every word a kind of place or service."""
    if " " not in span and span not in _PLACE_KINDS_ALONE:
        return False
    if span.rsplit(" ", 1)[-1] in _STREET_KINDS and span not in _EVERY_TOWNS_STREET:
        return False  # (session 31) Church Street, Court Street: a street named by a word is one street
    words = get_lexicon().en_generic_org_words
    return all(w in _PLACE_KIND_WORDS or w.lower() in words for w in span.split())


_STREET_KINDS = frozenset({"Street", "Road", "Lane", "Avenue", "Drive", "Close", "Crescent", "Terrace", "Row", "Square"})
#: Streets every town has, said as a kind (went into the High Street).
_EVERY_TOWNS_STREET = frozenset({"High Street", "Main Street", "Main Road", "High Road"})
_GENERIC_PLACE_SPAN = re.compile(r"[A-Z][A-Za-z'’\-]*(?:[^\S\n][A-Z][A-Za-z'’\-]*)*")


#: A body's town after "of" (Children's Aid Society of Toronto, Family Service Association of Halifax).
_OF_TOWN = re.compile(r"[^\S\n]+of[^\S\n]+(?P<t>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)(?![\w'’\-])")


def of_town_after(text: str, end: int) -> int:
    """Where " of <known town>" right after ``end`` ends (0 when there is none)."""
    from assistant.redact.recognizers.location_gazetteer import latin_town

    m = _OF_TOWN.match(text, end)
    return m.end() if m and latin_town(m.group("t")) else 0


def _names_nothing(text: str, h: Hit) -> bool:
    """A detector's span that is, whole, a word of its type naming no one (a writer's is kept)."""
    if h.source == "writer":
        return False
    span = text[h.start:h.end]
    if span in _NAMES_NOTHING.get(h.type, ()):
        return True
    if h.type in _SOFT_NAMED and _TH_BARE_ACRONYM.fullmatch(text, h.start, h.end) and text[h.end:h.end + 1] == ".":
        return True  # ส่งต่อ พมจ. / (กสศ.): an agency's acronym with no place after it names no body
    if h.type in (PERSON, LOCATION) and _LATIN_ONLY.fullmatch(span) and occupation_alone(span):
        return True  # session 10 — "Cleaner says…", "Spoke to Pharmacist": a post, no one's name
    if h.type in (PERSON, LOCATION, ORGANIZATION) and _GENERIC_PLACE_SPAN.fullmatch(span) and _kind_of_place(span):
        # session 10 — the Town Centre, the Bus Station, the Night Market: a kind of place; (session
        # 28) unless its town follows: Children's Aid Society of Toronto is one office
        return not (h.type == ORGANIZATION and of_town_after(text, h.end))
    if h.type == PERSON and (healer := next((r for r in _TH_HEALER_ROLES if text.startswith(r, h.start)), None)):
        rest = text[h.start + len(healer):h.end].strip()  # หมอตำแย|ทำคลอด: the trade, then a clause
        return not rest or not _opens_with_given_name(rest)
    if h.type == PERSON:
        role = next((r for r in _TH_TITLE_ROLES if text.startswith(r, h.start)), None)
        # นายท้ายเรือ(ชื่อ): the role alone, no name in the span
        return role is not None and span[len(role):].strip() in ("", "ชื่อ", "ชื่อว่า")
    return False


def clean_ner(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop spans that name no one (``_names_nothing``); split NER spans into runs of real name
    tokens and drop the rest."""
    out: list[Hit] = []
    for h in hits:
        if _names_nothing(text, h):
            continue
        if h.source != "ner":
            if h.type == ORGANIZATION and h.source == "rule" and (
                _TH_HEAD_THEN_CLAUSE.match(text, h.start) or _TH_HEAD_IN_AREA.fullmatch(text, h.start, h.end)
                or _TH_NATIONAL_BODY.search(text, h.start, h.end)
            ):
                continue  # แจ้งมูลนิธิ|ทันทีหาก…: the kind word alone, then a clause — no body named
            if not (h.type == ORGANIZATION and _TH_GENERIC_SHORT.fullmatch(text, h.start, h.end)):
                out.append(h)
            continue
        span = text[h.start:h.end]
        runs: list[tuple[int, int]] = []
        for m in re.finditer(r"\S+", span):
            tok = m.group(0).rstrip(".,;:!?)\"'’").lstrip("(\"'‘")
            tok = re.sub(r"['’]s$", "", tok)
            lead = m.group(0).find(tok) if tok else 0
            s, e = h.start + m.start() + lead, h.start + m.start() + lead + len(tok)
            if tok and is_name_token(tok):
                if runs and (text[runs[-1][1]:s] == " " or _PARTICLE_GAP.fullmatch(text, runs[-1][1], s)):
                    runs[-1] = (runs[-1][0], e)
                else:
                    runs.append((s, e))
        for s, e in runs:
            n_tokens = len(text[s:e].split())
            if n_tokens == 1 and _sentence_initial(text, s) and not _used_mid_sentence(text, text[s:e]):
                continue  # "Seen C.H. today": a capitalised first word, not a name
            if h.type == ORGANIZATION and (n_tokens < 2 or is_generic_org(text[s:e])):
                continue
            if _kind_of_place(text[s:e]):
                continue  # session 10 — the model's "the Bus Station": a kind of place
            if n_tokens == 1 and e - s <= 4 and text[e:e + 1] == ".":
                continue  # an abbreviation such as "Cont.", not a name
            if n_tokens == 1 and _NUMBER_NEXT.match(text, e) and _ordinary_english(text[s:e]):
                continue  # session 8 — "discussed Module 12", "Floor 3": a numbered thing, not a name
            if n_tokens == 1 and (s, e) != (h.start, h.end) and _ordinary_english(text[s:e]) and not _known_place(text[s:e]):
                continue  # session 18 — the model's "Carer Payment" less its role word: a scheme's name
            if n_tokens == 1 and h.type == PERSON and _ADJECTIVE_ENDING.search(text[s:e]) and _ordinary_english(text[s:e]):
                continue  # session 35 — "wants Vocational training": an adjective the model read as a name
            out.append(Hit(s, e, h.type, h.score, "ner"))
    return out


#: Endings of English adjectives and abstract nouns that no surname in the word list has
#: (Vocational, Residential, Aggressive, Anxious): a capitalised one alone is no name.
_ADJECTIVE_ENDING = re.compile(r"(?:[^e]al|ive|ous|ic|ful|less|ible|tion|ment|ness|ity)$")


#: A number straight after a word (Module 12, Lesson 4): what is numbered is a thing.
_NUMBER_NEXT = re.compile(r"[^\S\n]\d")


def _known_place(word: str) -> bool:
    """A town the gazetteer lists (Westminster): the word list also holds such names."""
    from assistant.redact.gazetteer import latin_place_names

    return word in latin_place_names()


def _ordinary_english(word: str) -> bool:
    """An English dictionary word that is no given name (Module, Lesson; not Grace, Rose)."""
    from assistant.redact.given_names import all_given_names, english_words

    return word.lower() in english_words() and word not in all_given_names()


_PARTICLES = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|los|las|y|bin|binti|ibn|al|el)"
_PARTICLE_GAP = re.compile(rf"(?: {_PARTICLES})+ ")
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|[\"“(]\s*)$")


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START.search(text, max(0, pos - 4), pos)) or pos == 0


def _used_mid_sentence(text: str, token: str) -> bool:
    """The capitalised word also appears where capitals are not automatic (so it is a name)."""
    for start, _ in occurrences(text, token, not_after=LATIN, not_before=LATIN):
        if not _sentence_initial(text, start):
            return True
    return False


# --------------------------------------------------------------------------- 2. protected terms
#: Capitalised clinical names ending in a head word: "Major Depressive Disorder", "Bipolar II
#: Disorder", "Alcohol Use Disorder", "Geriatric Depression Scale", "Columbia Protocol". The small
#: English model often calls these PERSON or ORG; the words before the head are capitalised (or
#: a few linking words), so a name followed by a lowercase verb is never swallowed.
_CLIN_HEAD = (
    r"(?:Disorders?|Syndrome|Disease|Scale|Inventory|Questionnaire|Protocol|Checklist|Index|"
    r"Interview|Screener|Screen|Assessment|Examination|Exam|Test|Therapy|Episode|Dementia|Palsy|Stage|Rating|"
    r"Profile)"
)
_CLIN_LINK = r"(?:and|of|use|type|related|induced|[IV]{1,3}|\d{1,2})"
#: Heads that name an instrument (not a diagnosis or a therapy, which a person's name may precede).
_INSTRUMENT_HEAD = re.compile(r"(?i:Scale|Inventory|Questionnaire|Checklist|Index|Screener|Profile)")
_CLINICAL = re.compile(
    rf"(?<![A-Za-z])[A-Z][A-Za-z'’\-]+(?:[^\S\n]+(?:[A-Z][A-Za-z'’\-]*|{_CLIN_LINK})){{0,5}}[^\S\n]+(?i:{_CLIN_HEAD})(?![A-Za-z])"
)


#: An instrument named after its author, written with its construct and a score: "Rosenberg
#: self-esteem = 12", "Conners parent rating: 71", "Rosenberg score 14". A person's name is not
#: followed by a lower-case construct word and a number.
_EPONYM_SCORE = re.compile(
    r"(?<![A-Za-z])(?P<n>[A-Z][a-z]{3,})(?P<c>(?:[^\S\n]+[a-z][a-z\-]{2,20}){0,2})[^\S\n]*"
    r"(?:(?P<s>(?i:score|total|raw|scale))[^\S\n]*[=:]?|[=:])[^\S\n]*\d"
)
#: Words saying when, between a capitalised word and a number: the word ends a name or a place.
_TIME_WORDS = re.compile(
    r"(?<![a-z])(?:last|this|next|week|weeks|month|months|year|years|today|yesterday|tonight|morning|"
    r"evening|night|ago|since|until)(?![a-z])"
)
#: session 9 — a bare "Word: 3" is a score only when nothing says otherwise: a capitalised word
#: right before it makes it the end of a name ("Amina Sule Garba: 2 kids", "Tendai Moyo: 14"),
#: and a long number or a word after the number is a phone or a count ("Oduya: 07700 900 417",
#: "…: 2 kids"), not a score.
_NAME_WORD_BEFORE = re.compile(r"[A-Z][A-Za-z'’\-]+[^\S\n]+$")
#: (session 43, set 139: "Dale: 506-555-0127" — a digit group, a dash or dot, three digits: a
#: phone number after a name, not a scale's score)
_NOT_A_SCORE_AFTER = re.compile(r"\d*(?:\d{4}|[^\S\n]\d|[^\S\n]+[A-Za-z]{2}|[-.][^\S\n]?\d{3})")


#: session 8 — instruments named after a person whose name is also a common surname, written with
#: a bare score ("Kessler 22", "Morse 45", "Hamilton = 18", "Epworth 12/24"): protected only
#: with the score, so Mr Katz or Dr Hamilton elsewhere is still a name.
_EPONYM_INSTRUMENTS = (
    "Beck", "Hamilton", "Morse", "Norton", "Katz", "Lawton", "Berg", "Tinetti", "Kessler", "Glasgow",
    "Epworth", "Rosenberg", "Cornell", "Abbey", "Zung", "Folstein", "Achenbach", "Rutter", "Snellen",
    "Apgar", "Bristol", "Borg", "Oswestry", "Karnofsky", "Lansky", "Mallampati", "Richmond", "Ramsay",
    "Naranjo", "Montgomery", "Eysenck", "Wechsler", "Bayley", "Denver", "Vineland", "Raven", "Geriatric",
    "Holmes", "Fagerström", "Fagerstrom",
)  # (Barthel, Braden, Waterlow, Conners, Zarit, Edinburgh are protected terms with or without a score)
_EPONYM_BARE = re.compile(
    rf"(?<![A-Za-z])(?P<n>{'|'.join(_EPONYM_INSTRUMENTS)})(?:['’]s)?[^\S\n]*[=:]?[^\S\n]*\d{{1,3}}(?:/\d{{1,3}})?"
    r"(?![\d:/.,]\d|[^\S\n]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|y/?o|yrs?|years?|yo)(?![A-Za-z]))"
)


def _eponym_scores(text: str, names: frozenset[str]) -> list[tuple[int, int]]:
    spans = [
        (m.start(), m.end("n")) for m in _EPONYM_BARE.finditer(text) if not _person_cue_before(text, m.start())
    ]
    for m in _EPONYM_SCORE.finditer(text):
        if m.group("n") in names or _person_cue_before(text, m.start()):
            continue
        if m.group("n") in COMMON_CAP:
            continue
        if _TIME_WORDS.search(m.group("c")):
            continue  # (session 33) "Libreville last week: 11 weeks": a place, then when — no scale
        if not m.group("c") and not m.group("s") and (
            _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _NOT_A_SCORE_AFTER.match(text, m.end() - 1)
        ):
            continue
        spans.append((m.start(), m.end() - 1))
    return spans


#: session 26 — a capitalised word after a people's or language's name that says it is the people
#: (Karen State, Karen New Year, Zulu Dance): not a family name.
_PEOPLE_NOUNS = frozenset({
    "State", "People", "Peoples", "New", "Year", "Refugee", "Refugees", "Community", "Communities", "Camp",
    "Baptist", "Women", "Women's", "Youth", "Language", "National", "Union", "Organisation", "Organization",
    "Committee", "Village", "Dance", "Culture", "Cultural", "Kingdom", "Nation", "Church", "Association",
    "Council", "Society", "Students", "Student", "Family", "Families", "Group", "Centre", "Center", "Radio",
})
_NEXT_CAP = re.compile(r"[^\S\n]([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)")
_PREV_CAP = re.compile(r"([A-Z][a-z]+)[^\S\n]$")
#: Family names that are also English words, read after a given name that is a people's name.
_COMMON_SURNAMES = frozenset({"Smith", "Brown", "White", "Green", "Black", "Young", "King", "Wood", "Hill", "Baker", "Cook"})


def _people_word_in_a_name(text: str, start: int, end: int) -> bool:
    """A people's or language's name that is also a personal name, written as one: a listed given
    name before a family name (Karen Wiese-Pulaski, Karen Smith), or a family name after a listed
    given name (Bongani Zulu). The protected term then stays out of the way of the name rules;
    Karen State, speaks Zulu, the Karen community stay protected."""
    from assistant.redact.given_names import all_given_names, given_names

    word = text[start:end]
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False  # a people's name is one capitalised word (not PCL-5, PHQ, Beck Depression Inventory)
    nxt = _NEXT_CAP.match(text, end)
    if word in all_given_names() and nxt and nxt.group(1) not in _PEOPLE_NOUNS and nxt.group(1) not in all_given_names():
        return not _ordinary_english(nxt.group(1)) or "-" in nxt.group(1) or nxt.group(1) in _COMMON_SURNAMES
    prev = _PREV_CAP.search(text, max(0, start - 20), start)
    return bool(prev and prev.group(1) in given_names() and not (nxt and nxt.group(1) in _PEOPLE_NOUNS))



#: session 31 — a programme or service written with a plus (Erasmus+, Disney+, Apple TV+, Canal+):
#: no person or place is named with one.
_PLUS_SERVICE = re.compile(r"(?<![\w+])[A-Z][A-Za-z]{2,}(?:[^\S\n][A-Z][A-Za-z]*)?\+(?![\w+])")
#: A title and a given name right before a word (Ms |Anne| Parkinson).
_TITLED_GIVEN_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{'|'.join(sorted(PERSONAL_TITLES))})\.?[^\S\n]+(?P<g>[A-Z][a-z]+)[^\S\n]$"
)


def _titled_family_name(text: str, start: int, end: int) -> bool:
    """(session 31) A protected word in a titled name's family-name slot: Ms Anne Parkinson."""
    m = _TITLED_GIVEN_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and titled_family_name_end(text, m.start("g"), m.end("g")) == end


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of protected terms (case-insensitive, whole words), capitalised clinical names and
    eponymous instruments with a score."""
    spans = [
        m.span() for m in get_lexicon().protected_re.finditer(text)
        if not _people_word_in_a_name(text, *m.span()) and not _titled_family_name(text, *m.span())
    ]
    spans.extend(named_thing_spans(text, get_lexicon().thing_re))
    spans.extend(named_thing_spans(text, get_lexicon().chain_re, chains=True))
    spans.extend(m.span() for m in _LANGUAGE_DESCRIPTOR.finditer(text))
    spans.extend(m.span() for m in _MEDICINE_STEM.finditer(text))
    spans.extend(m.span() for m in _DEGREE.finditer(text))
    spans.extend(m.span() for m in _WARD_LABEL.finditer(text))
    spans.extend(
        m.span("d") for m in _DOSED_MEDICINE.finditer(text)
        if m.group("d").split()[0].capitalize() not in all_given_names()
    )
    spans.extend(
        m.span("b") for m in _BRAND_AFTER_DOSE.finditer(text) if m.group("b").split()[0] not in all_given_names()
    )  # not "Clonidine 0.1 mg (Kayden)": a chart names whose dose it is
    if "พระ" in text:
        spans.extend(m.span() for m in _ROYAL_PHRASE.finditer(text))
        spans.extend(m.span("r") for m in _ROYAL_PATRONAGE.finditer(text))
    spans.extend(m.span() for m in _GERMAN_WORD.finditer(text))
    spans.extend(m.span() for m in _SCORE_AND_FORM_CODES.finditer(text))
    spans.extend(m.span() for m in _SCHOOL_GRADE.finditer(text))
    spans.extend(m.span("e") for m in _DOUBLE_EPONYM.finditer(text))
    if "พ" in text:
        spans.extend(_thai_law_titles(text))
    spans.extend(
        m.span("e") if m.group("e") else m.span("c") for m in _POSSESSIVE_EPONYM.finditer(text)
        if m.group("e") or m.group("c")[:-2] not in all_given_names()
    )  # (not "a friend of Kevin's.")
    spans.extend(
        m.span("l") for rx in (_LANGUAGE_SPOKEN, _LANGUAGE_USED) for m in rx.finditer(text)
        if not spoken_to_not_spoken(m.group("l").split()[0])  # (session 34) Spoke Sarah when she came in
    )
    spans.extend(m.span() for m in _LAW_TITLE.finditer(text))
    spans.extend(m.span("e") if m.group("e") else m.span("f") for m in _EVENT_BEFORE_KIND.finditer(text))
    spans.extend(m.span() for m in _STORM_OR_HOLIDAY.finditer(text))
    spans.extend(m.span("e") for m in _DEVICE_EPONYM.finditer(text))
    if "+" in text:
        spans.extend(m.span() for m in _PLUS_SERVICE.finditer(text))
    names = given_names()
    eponyms = _eponym_scores(text, names)
    spans.extend(eponyms)
    if any(w in text for w in ("ตอน", "ตั้งแต่", "ทุ่ม", "ตี", "ละ", "วัน", "คนเดียว", "เมื่อ", "กับ", "นี้", "ทั้ง")):
        spans.extend(m.span() for m in _THAI_TIME.finditer(text))
    for m in _CLINICAL.finditer(text):
        if _ORG_HEAD_AFTER.match(text, m.end()):
            continue  # "Little Steps Therapy Center": an organisation named after its service
        words = list(re.finditer(r"\S+", m.group(0)))
        # a person right before the clinical name is not swallowed: after a name cue ("Pt Anders
        # Panic Disorder") or a given name ("Eugene Beck Depression Inventory")
        idx = 1 if _person_cue_before(text, m.start()) else 0
        # (session 37, keep26) one word, then what the instrument measures, then its kind (Stirling
        # Wellbeing Scale, Boxall Profile): that word is the instrument's author, not someone present
        # (unless the word is also used outside the phrase: Amy … Amy Depression Scale 12)
        eponym_first = (
            idx == 0 and len(words) <= 3 and _INSTRUMENT_HEAD.fullmatch(words[-1].group(0)) is not None
            and not _name_here(text, m, words[0].group(0), frozenset(), eponyms)
        )
        while not eponym_first and idx < len(words) - 1 and _name_here(
            text, m, re.sub(r"['’]s$", "", words[idx].group(0)), names, eponyms
        ):
            idx += 1
        spans.append((m.start() + words[min(idx, len(words) - 1)].start(), m.end()))
    return spans


#: session 13 — a medicine by its international name: the INN stems that end nearly every one
#: (Chlorpheniramine, Venlafaxine, levetiracetam, quetiapine) and no given name (Christine and
#: Rosaline end otherwise). Either case; seven letters at least.
_MEDICINE_STEM = re.compile(
    r"(?i)(?<![A-Za-z])[a-z]{3,}(?:amine|azine|azepam|azolam|oxetine|faxine|apine|idone|olol|pril|sartan|"
    r"statin|tinib|avir|ovir|ivir|cillin|mycin|floxacin|oxacin|prazole|conazole|dazole|tidine|formin|"
    r"profen|fenac|coxib|triptan|setron|caine|barbital|cycline|semide|thiazide|dipine|terol|olone|parin|"
    r"triptyline|pramine|codone|morphone|dronate|gliptin|glitazone|lukast|tadine|pentin|pidem|piclone|"
    r"trigine|proate|racetam|peridol|thixol|alopram|xaban|gatran|mazepine|zodone|"
    # session 27 (keep15): ureas, antibodies, amides, steroids, thyroxines (Hydroxyurea, Adalimumab,
    # Metoclopramide, Dexamethasone, Levothyroxine)
    r"urea|umab|imab|ximab|amide|thasone|nisone|nisolone|thyroxine)(?![A-Za-z])"
    # and an acid by its name (Folic acid, Valproic acid, Tranexamic acid)
    r"|(?<![A-Za-z])[a-z]{3,}ic[^\S\n]+acid(?![A-Za-z])"
)
#: session 41 (set 138) — a hospital ward by its patients and specialty (Male Surgical, Female
#: Medical Ward, Paediatric Surgical ward): reassigned from patient to patient, never an identifier.
_WARD_LABEL = re.compile(
    r"(?<![\w'’])(?:(?:Male|Female|Men's|Women's|Men’s|Women’s|Paediatric|Pediatric|Children's|Children’s|Adult)"
    r"[^\S\n]+(?:Surgical|Medical|Orthopaedic|Orthopedic|Ortho|Psychiatric|Psych|Rehab|Gynae|Medicine|Surgery)"
    r"(?:[^\S\n]+[Ww]ard)?|(?:Surgical|Medical|Orthopaedic|Orthopedic|Psychiatric|Maternity|Isolation)[^\S\n]+[Ww]ard)(?![\w'’])"
)
#: session 18 (set 61) — a degree or a qualification (Master of Engineering, Bachelor of Social
#: Work, Certificate III in Aged Care): what someone studies, not where.
_DEGREE = re.compile(
    r"(?<![A-Za-z])(?:Master|Masters|Master's|Bachelor|Bachelors|Bachelor's|Doctor|Diploma|Advanced Diploma|"
    r"Graduate Diploma|Graduate Certificate|Certificate(?:[^\S\n][IVX]{1,4})?|Associate Degree)"
    r"[^\S\n]+(?:of|in)[^\S\n]+(?:[A-Z][a-z]+|and|&)(?:[^\S\n]+(?:[A-Z][a-z]+|and|&|of)){0,4}(?<![^\S\n]and)(?<![^\S\n]of)(?<!&)"
)
#: session 18 (keep8) — a medicine by its brand, known by the dose after it (Madopar 125 mg qds,
#: Seroquel XR 50mg, Epilim Chrono 500 mg): no one's name is followed by milligrams. A given name
#: stays a name ("gave Tom 5 ml"), which the caller checks.
_DOSED_MEDICINE = re.compile(
    r"(?<![A-Za-z])(?P<d>[A-Za-z][a-z]{3,}(?:[^\S\n](?:XR|XL|SR|CR|ER|LA|MR|CD|Chrono|Retard))?)"
    r"[^\S\n]?(?:\(\w+\)[^\S\n])?\d+(?:[.,]\d+)?[^\S\n]?(?:mg|mcg|µg|microgram|micrograms|ml|mL|units?|IU|iu|mmol)(?![A-Za-z])"
)
#: session 28 (keep16) — a royal or sacred noun after พระ (สรรเสริญพระบารมี, พระมหากรุณาธิคุณ):
#: no monk, though บารมี and เมตตา are given names too.
#: (Not inside a body's name: รพ.ภูเขียวเฉลิมพระเกียรติ, …ในพระบรมราชูปถัมภ์ stay whole.)
#: session 34 (set 112) — "under the patronage of" a royal (มูลนิธิขาเทียมในสมเด็จพระศรีนครินทรา
#: บรมราชชนนี): the royal's name is no client's, and the body is a national one (_TH_NATIONAL_BODY).
#: (A hospital named after a royal, รพ.สมเด็จพระยุพราชสระแก้ว, has no ใน and stays a body.)
_ROYAL_PATRONAGE = re.compile(r"ใน(?P<r>สมเด็จพระ[\u0e01-\u0e4e]+)")
_ROYAL_PHRASE = re.compile(r"(?<!เฉลิม)(?<!ใน)พระ(?:บารมี|มหากรุณาธิคุณ|มหากรุณา|เมตตา|กรุณา)")
#: session 28 (keep16) — a brand in brackets after a generic medicine's dose (Sodium valproate
#: 500 mg (Depakine Chrono), paracetamol 500 mg (Tylenol)): the medicine's other name.
_BRAND_AFTER_DOSE = re.compile(
    r"\d[^\S\n]?(?:mg|mcg|µg|g|ml|mL|units?|IU|iu)[^\S\n]*\((?P<b>[A-Z][A-Za-z\-]+(?:[^\S\n][A-Z][A-Za-z\-]+){0,2})\)"
)
#: session 13 — a Glasgow coma score (GCS E4V5M6) and a Thai form code in Latin letters (Tor Ror
#: 38/1, Kor Ror 7, Sor Kor 2: ท.ร., ค.ร., ส.ค.): scores and forms, not IDs or names.
_SCORE_AND_FORM_CODES = re.compile(
    r"(?<![A-Za-z0-9])E[1-4]V[1-5T]M[1-6](?![A-Za-z0-9])"
    r"|(?<![A-Za-z])(?:[BCDKLMNPRSTWY]h?or[^\S\n]){2,3}\d{1,3}(?:/\d{1,2})?(?![\d/])"
)
#: session 13 — a school grade in the words of several school systems (Mattayom 4, Prathom 6,
#: Tahun 5, Darjah 3, Klasse 7, Grade 9): a grade, not a name with a number.
_SCHOOL_GRADE = re.compile(
    r"(?<![A-Za-z])(?:Matt?h?ayom|Prathom|Prathum|Tahun|Darjah|Tingkatan|Klasse|Grade|Grades|Year|Yr|Form|"
    r"Standard|Std|Sec|Secondary|Primary)[^\S\n]?\d{1,2}(?:/\d{1,2})?(?![\d/])"
)
#: session 13 — a double-barrelled eponym before what it names (Rumack-Matthew line, Mallory-Weiss
#: tear, Glasgow-Blatchford score): clinical, not a person.
_DOUBLE_EPONYM = re.compile(
    r"(?P<e>(?<![A-Za-z\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+)[^\S\n]+(?=(?:line|nomogram|criteria|"
    r"classification|sign|test|manoeuvre|maneuver|score|scale|syndrome|disease|tear|procedure|protocol|"
    r"questionnaire|inventory|index|fracture|repair|operation|reflex)(?![A-Za-z]))"
)
#: session 29 (keep sets) — an eponym in the possessive before what it names (Jordan's Principle,
#: Bell's palsy), or standing for a condition after "has", "had" or "of" with no noun after it
#: (Orla has Hashimoto's and takes …) when it is no given name: a condition or a rule, not a person.
#: Not after "with" (stayed with Kevin's, — at Kevin's home).
_POSSESSIVE_EPONYM = re.compile(
    r"(?P<e>(?<![A-Za-z\-])[A-Z][a-z]+['’]s)[^\S\n]+(?=(?i:disease|syndrome|palsy|principle|law|ulcer|"
    r"phenomenon|sign|criteria|thyroiditis|contracture|sarcoma|lymphoma|encephalopathy|chorea|anomaly|cyst|"
    # (session 35, keep24: a device, a test or a manoeuvre — a Ryle's tube, Buck's traction)
    r"neuroma|arthritis|dementia|tube|traction|test|manoeuvre|maneuver|splint|fracture)(?![A-Za-z]))"
    r"|(?<![A-Za-z])(?:has|had|of)[^\S\n]+(?P<c>[A-Z][a-z]{2,20}['’]s)(?=[^\S\n]*(?:$|[,.;:)(]|and(?![A-Za-z])))",
    re.MULTILINE,
)
#: session 29 (keep sets) — a Thai act's or decree's title (พ.ร.บ.ส่งเสริมการพัฒนาและคุ้มครองสถาบัน
#: ครอบครัว พ.ศ. 2562): the bodies it names (สถาบัน…, ศาลเยาวชนและครอบครัว) are the law's words. It
#: ends at a space, a section, or a title or clause word a run-on note glues after it.
_THAI_LAW_OPENING = re.compile(r"(?:พ\.ร\.บ\.|พ\.ร\.ก\.|พรบ\.|พรก\.)[^\S\n]?(?P<t>[\u0e01-\u0e4eฯ.]{2,50})")
_LAW_YEAR = re.compile(r"[^\S\n]?พ\.ศ\.[^\S\n]?[0-9๐-๙]{4}")
#: What a run-on note glues after an act's title: a section, a request, a report, a sending, an
#: owner — the title has ended (ตามพรบ.คุ้มครอง…ในครอบครัว|ส่งเรื่องศาล…, ตามพ.ร.บ.คอมพิวเตอร์|เจ้าของ…).
_AFTER_LAW = ("มาตรา", "ให้", "ว่า", "เพราะ", "ถ้า", "หาก", "ส่ง", "แจ้ง", "ยื่น", "ไป", "โทร", "ประสาน",
              "เจ้าของ", "ซึ่ง", "เรื่อง", "โดย")


def _thai_law_titles(text: str) -> list[tuple[int, int]]:
    """Spans of Thai acts' titles, each cut before a title of address or a clause word glued after it."""
    titles = tuple(t for t in thai_titles() if len(t) >= 2)
    spans = []
    for m in _THAI_LAW_OPENING.finditer(text):
        title = m.group("t")
        cut = min(
            (k for k in (title.find(w, 2) for w in (*_AFTER_LAW, *titles)) if k >= 2), default=len(title)
        )
        end = m.start("t") + cut
        year = _LAW_YEAR.match(text, end) if cut == len(title) else None
        spans.append((m.start(), year.end() if year else end))
    return spans


#: session 13 — a language named after a verb of speaking (speaks Jarai, พูด Sgaw): a language.
#: Latin letters with accents, for words in the languages of the places notes come from.
_ACCENTED = "À-ÖØ-öø-ÿ\u0100-\u017f"
_LANGUAGE_SPOKEN = re.compile(
    r"(?:(?<![A-Za-z])(?i:speaks|speak|spoke|speaking|interpreter[^\S\n]+for)|พูด(?:ภาษา)?|ภาษา)[^\S\n]*"
    # session 34: how much or how often first (speaks only Papiamentu, speaks some Cree), and
    # languages spelled with accents or an apostrophe (Kwéyòl, Kabiyè, Norf'k)
    r"(?:(?:only|mostly|mainly|some|a[^\S\n]little|little|fluent|good|broken|basic)[^\S\n]+)?"
    rf"(?P<l>[A-Z][a-z{_ACCENTED}'’]{{2,}}(?:[^\S\n][A-Z][a-z{_ACCENTED}'’]{{2,}})?)"
    r"(?=[^\S\n]*(?:$|[,.;)/\n]|and|or|กับ|ได้|นิด|[^\sA-Za-z]"
    # (session 34) or how, where or with whom: speaks Tamazight at home, Kwéyòl mostly
    r"|(?:only|mostly|mainly|well|fluently|at[^\S\n]+home|with|when|while|but)(?![A-Za-z])))",
    re.MULTILINE,
)
#: session 34 — the language a person answers, talks or prays in: "answers in Sango only",
#: "Talked in Darija", "switches to Kalaallisut when upset". Only right after the verb: "talking
#: about her parents in Moga" names a place.
_LANGUAGE_USED = re.compile(
    r"(?<![A-Za-z])(?:(?i:answer(?:s|ed|ing)?|talk(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|"
    r"pray(?:s|ed|ing)?|sing(?:s|ing)?|sang|count(?:s|ed|ing)?|swear(?:s|ing)?|swore|chat(?:s|ted|ting)?|"
    r"speak(?:s|ing)?|spoke|writ(?:es|ing)|write|wrote)(?:[^\S\n]+(?:mostly|only|mainly|partly|back|again))?"
    r"[^\S\n]+in|(?i:switch(?:es|ed|ing)?)[^\S\n]+(?:back[^\S\n]+)?(?:in)?to)[^\S\n]+"
    rf"(?P<l>[A-Z][a-z{_ACCENTED}'’]{{2,}}(?:[^\S\n][A-Z][a-z{_ACCENTED}'’]{{2,}})?)(?![A-Za-z{_ACCENTED}'’])"
)
#: session 34 — a law by its title: the Law of the Child Act, the Education Act, the Passports Act
#: 1966 (in every open set a run of capitalised words closed by "Act" was a law, never a body),
#: and laws in the languages of the places notes come from, by number or by what they are about
#: (Ley 369, Lei 14/2011, Ley de Dependencia, Loi du 5 juin 2003) — not "Loi Kroh Road".
_LAW_TITLE = re.compile(
    r"(?<![\w\-])(?:[A-Z][\w'’\-]+[^\S\n]+(?:(?:of|on|for|and|the|to)[^\S\n]+)*){1,7}Act"
    r"(?:[^\S\n]+(?:of[^\S\n]+)?\d{4})?(?![\w\-])"
    r"|(?<![\w\-])(?:Ley|Lei|Loi|Legge|Ligji|Zakon)[^\S\n]+(?:n[°º.]?[^\S\n]*)?\d[\d./\-]*(?![\w\-])"
    rf"|(?<![\w\-])(?:Ley|Lei|Loi|Legge)[^\S\n]+(?:de|da|do|del|du|des|di|sur|sobre|per)[^\S\n]+"
    rf"[\w{_ACCENTED}'’]+(?:[^\S\n]+(?:de|da|do|dos|das|del|e|y|et|[A-Z][\w{_ACCENTED}'’]+|\d{{1,4}}|[a-z{_ACCENTED}]+)){{0,6}}?"
    r"(?=[^\S\n]*(?:[.,;:()\n]|$))"
)
#: session 35 (keep24) — a device named for its maker, before the device (a Zimmer frame, a Foley
#: catheter, a Thomas splint): no one's name in a note. Lower-case nouns only, so "Tom Frame"
#: stays a person.
_DEVICE_EPONYM = re.compile(
    r"(?P<e>(?<![A-Za-z\-])[A-Z][a-z]+)[^\S\n]+(?=(?:frame|catheter|splint|stockings?|collar)(?![A-Za-z]))"
)
#: session 35 (keep24) — a storm by its name (Hurricane Dorian, Super Typhoon Yutu, Cyclone Gita,
#: Storm Babet) and a holiday named for a saint or a leader (St Brigid's Day, Sir Seretse Khama
#: Day): events, not people. A bare "X Day" is left alone (Doris Day).
_STORM_OR_HOLIDAY = re.compile(
    r"(?<![A-Za-z])(?:Super[^\S\n]+)?(?:Typhoon|Hurricane|Cyclone|Tropical[^\S\n]+(?:Storm|Cyclone|Depression)|"
    r"Storm)[^\S\n]+[A-Z][a-z]+(?![A-Za-z])"
    r"|(?:(?<![A-Za-z])(?:St\.?|Saint|Sir|King|Queen|President|Chief)[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+){0,2}"
    r"[A-Z][a-z]+(?:['’]s)?|(?<![A-Za-z\-])[A-Z][a-z]+['’]s)[^\S\n]+Day(?![A-Za-z])"
    # (not a day centre or day hospital named for its saint: St Brannock's Day Centre)
    r"(?![^\S\n]+(?i:centre|center|care|unit|hospital|nursery|services?|programme|program|school))"
)
#: session 34 — a festival, rite or holiday named before the kind of event it is: the Tabanka
#: procession, an Abira ceremony, the Valborg bonfire, the Sandugo Festival street parade. In
#: every open set such a run named an event, never a person, place or body.
_EVENT_BEFORE_KIND = re.compile(
    rf"(?<![A-Za-z{_ACCENTED}'’\-])(?P<e>[A-Z][A-Za-z{_ACCENTED}'’\-]+"
    rf"(?:[^\S\n]+(?:(?:de|di|del|da|do|des|la|le|y|e)[^\S\n]+)?[A-Z][A-Za-z{_ACCENTED}'’\-]+){{0,3}})"
    r"[^\S\n]+(?:procession|parade|ceremony|ceremonies|bonfire|festival|festivities|celebrations?|carnival|"
    r"rites?|ritual|drumming|dances|dancing|masks|feast|fireworks|pilgrimage|vigil)(?![A-Za-z])"
    # or with the kind written as part of its name: the Sandugo Festival, Vaval Carnival (not
    # Parade: a street in Fiji and Australia, Vitogo Parade)
    rf"|(?<![A-Za-z{_ACCENTED}'’\-])(?P<f>[A-Z][A-Za-z{_ACCENTED}'’\-]+(?:[^\S\n]+[A-Z][A-Za-z{_ACCENTED}'’\-]+){{0,2}}"
    r"[^\S\n]+(?:Festival|Carnival|Fiesta|Procession))(?![A-Za-z])"
)
#: session 10 — what language someone speaks, written as one word (Dinka-speaking,
#: Teochew-speaking): a description, whatever the language is called.
_LANGUAGE_DESCRIPTOR = re.compile(r"(?<![A-Za-z\-])[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?-speaking(?![A-Za-z])")
#: keep round 2 — a Thai time of day glued after a place or a name (ร้านX|ตอนสี่ทุ่ม, ตลาดY|
#: ตั้งแต่ตีสี่, เจ๊Z|ตอนเย็น): no name holds one, so a span running into it is cut before it. A
#: period word (เช้า, เย็น) counts only after an opener: ตลาดเช้า "morning market" is a kind.
_THAI_NUM = r"(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|\d{1,2})"
_THAI_TIME = re.compile(
    rf"(?:ตอน|ตั้งแต่|เวลา)(?:เช้ามืด|เช้า|สาย|เที่ยงคืน|เที่ยงวัน|เที่ยง|บ่าย|เย็น|หัวค่ำ|ค่ำ|ดึก|กลางคืน|กลางวัน|ตี|"
    rf"{_THAI_NUM}|นี้|นั้น)"
    rf"|(?<![ก-๙])ตี{_THAI_NUM}|{_THAI_NUM}ทุ่ม"
    # session 10: how often and on which day (ศูนย์X|สัปดาห์ละครั้ง, โบสถ์|วันอาทิตย์), and alone
    # (หอพักนักศึกษา|คนเดียว): no name holds one
    r"|(?:สัปดาห์|อาทิตย์|เดือน|ปี|ครั้ง)ละ|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|คนเดียว"
    # last night, yesterday, this morning (ร้านเกม|เมื่อคืน), and with whom, ending the clause
    # (สถานีตำรวจ|กับแม่): a probe of 43 kinds of place in four frames read 30 of 172 as names
    r"|เมื่อ(?:คืน(?:นี้)?|วาน(?:นี้|ซืน)?|เช้า(?:นี้)?|เย็น(?:นี้)?|บ่าย(?:นี้)?|ค่ำ|กี้|ตะกี้)"
    # session 13: this morning, tonight, all night (รพ.จังหวัด|เช้านี้, ปู่|ทั้งคืน)
    r"|(?:เช้า|เย็น|บ่าย|คืน)นี้|ทั้ง(?:คืน|วัน|เช้า|อาทิตย์|เดือน)"
    r"|กับ(?:แม่|พ่อ|ยาย|ตา|ย่า|ปู่|ป้า|ลุง|น้า|พี่|น้อง|เพื่อน|ลูก|แฟน|หลาน)(?![ก-๙])"
)
#: session 9 — a clock time (22:40, 23.00) is no house, lane or room number: "22:40 Soi Nong Bua",
#: "ซอยหนองบัว 23.00". Not inside a longer run of digits (dates 12.05.2568, phones 08.1234.5678).
_CLOCK = re.compile(r"(?<![\d.:/\-])(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|[.:/\-]\d)")
_ORG_HEAD_AFTER = re.compile(
    r"[^\S\n]+(?:Center|Centre|Clinic|Clinics|Institute|Associates|Practice|Group|Services|Program|LLC|Inc)\b"
)


def _person_cue_before(text: str, pos: int) -> bool:
    """An honorific or role word right before ``pos`` (husband Albert …, Ms. Vance …)."""
    m = re.search(r"([A-Za-z/]+)\.?[^\S\n]+$", text[max(0, pos - 20):pos])
    if not m:
        return False
    lex = get_lexicon()
    return m.group(1).lower() in lex.en_roles or m.group(1) in lex.en_honorifics


def _name_here(
    text: str, match: re.Match, token: str, names: frozenset[str], eponyms: list[tuple[int, int]] = ()
) -> bool:
    """A given name, or a capitalised word also used outside this clinical phrase (Eugene …);
    a use as an instrument with a score ("Rosenberg self-esteem = 12") does not count."""
    if token in names:
        return True
    if not NAME_TOKEN_RE.fullmatch(token) or token.lower() in get_lexicon().protected_lower:
        return False
    for other, _ in occurrences(text, token, not_after=LATIN, not_before=LOWER):
        if any(s <= other < e for s, e in eponyms):
            continue
        if not match.start() <= other < match.end():
            return True
    return False


_SHORT_CAP = re.compile(r"[A-Z][a-z]{1,3}")
#: A strong place frame right before a word: where someone lives, moved, went or was sent.
_COUNTRY_FRAME = re.compile(
    r"(?i:(?<![A-Za-z])(?:lives|living|lived|moved|moving|relocated|returned|went|gone|fled|deported|sent|flew|back)"
    r"(?:[^\S\n]+back)?[^\S\n]+(?:to|in|from)?[^\S\n]*)$"
)


def _listed_place_in_frame(text: str, start: int, end: int) -> bool:
    """A place the gazetteer lists, after a strong place frame (a protected word may be both: Myanmar);
    four letters at least, as a weekday's short form is listed too ("moved in Mon")."""
    from assistant.redact.gazetteer import latin_place_names

    value = text[start:end]
    return (
        len(value) >= 4
        and value in latin_place_names()
        and _COUNTRY_FRAME.search(text, max(0, start - 40), start) is not None
    )


_CAP_WORD = re.compile(r"[A-Z][a-z]+")
#: A lower-case name, place or school a rule found in a strong frame ("mum (kemi)", "lives in
#: fresno", "school = roosevelt middle"): person_en_lower.py, location_en.py, organization.py.
_ACRONYM = re.compile(r"[A-Z]{2,8}")  # an organisation's acronym (KKU, TLAP) found by a rule
_CAPS_NAME = re.compile(r"[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,3}")  # two to four words in capitals
_CAPS_BODY = re.compile(r"[A-Z][A-Z'’.&\-]+(?: (?:[A-Z][A-Z'’.&\-]+|&)){1,5}")  # a body's name in capitals
#: session 13 — a nickname in capitals after a naming cue ("goes by MJ", "aka TJ"): a name, not an acronym.
_CAPS_NICKNAME = re.compile(
    r"(?i:goes[^\S\n]+by|aka|a\.k\.a\.?|known[^\S\n]+as|nicknamed)[^\S\n]+['\"‘“]?(?P<n>(?-i:[A-Z]{2,3}))(?![A-Za-z])"
)


#: session 19 — a cue that only introduces nicknames, right before a capitalised word ("nickname Bank").
_NICKNAME_CUE_BEFORE = re.compile(rf"(?i:{NICKNAME_ONLY_CUE})[^\S\n\t]+['\"‘“]?$")


def _caps_nickname(text: str, value: str) -> bool:
    """``value`` is a nickname the note introduces with a naming cue: in capitals (JJ) after any
    cue, or (session 19) a capitalised word after a nickname-only cue ("nickname Bank" … "Bank's
    mother"): Thai nicknames are English words, so the name lists do not know them."""
    if len(value) <= 3 and value.isupper() and any(m.group("n") == value for m in _CAPS_NICKNAME.finditer(text)):
        return True
    if not (value[:1].isupper() and value[1:].isalpha() and value[1:].islower() and 2 <= len(value) <= 15):
        return False
    # each mention's few characters before it, not the whole note per call: this runs per span
    k = text.find(value)
    while k >= 0:
        if not text[k + len(value):k + len(value) + 1].isalpha() and _NICKNAME_CUE_BEFORE.search(text, max(0, k - 16), k):
            return True
        k = text.find(value, k + 1)
    return False
#: A lower-case name a rule found, accents included (jennelyn pacaña, zoë).
_LOWER_WORD = re.compile(rf"[{LATIN_LOWER}][{LATIN_LOWER}'’\- ]{{1,40}}[{LATIN_LOWER}]")
#: A person span that ends in a surname initial ("Somsak K"): its dot belongs to it.
_ENDS_IN_INITIAL = re.compile(r"[\s\-][A-Z]$")


#: A nickname cue or an opening bracket right before a loanword makes it a nickname: (โบนัส).
_THAI_NICKNAME_CUES = r"\(|ชื่อเล่น(?:ว่า)?|เรียกว่า|ชื่อ"
_NICKNAME_BEFORE = re.compile(rf"(?:{_THAI_NICKNAME_CUES})[^\S\n]*[\"“'‘]?$")


@lru_cache(maxsize=1)
def thai_titles() -> tuple[str, ...]:
    """Every Thai title, longest first (so นางสาว is cut before นาง): built once, read per note."""
    lex = get_lexicon()
    return tuple(sorted(lex.th_strong_titles | lex.th_soft_titles | lex.th_strict_titles, key=len, reverse=True))


def add_spelling_variants(text: str, hits: list[Hit]) -> None:
    """A name written a second way in the same note (ลำดวน / ลำดวล, Karuppiah / karupiah) is the
    same person: see ``spelling_variants``."""
    from assistant.redact.recognizers.person_en_lower import _ordinary
    from assistant.redact.spelling_variants import spelling_variant_spans

    spans = spelling_variant_spans(
        text, hits, thai_words=get_thai_lexicon().words, ordinary_english=_ordinary, titles=thai_titles()
    )
    hits.extend(Hit(s, e, PERSON, 0.6, "propagated") for s, e in spans)


def add_spelled_out(text: str, hits: list[Hit]) -> None:
    """A name spelled letter by letter in a dictated note ("that's d a n y a") is that name: see
    ``spelled_out``."""
    from assistant.redact.spelled_out import spelled_out_spans

    hits.extend(Hit(s, e, t, 0.6, "propagated") for s, e, t in spelled_out_spans(text, hits))


def add_script_glosses(text: str, hits: list[Hit]) -> None:
    """A found name glossed in the other script, "ผาอัน (Hpa-an)", "ครัวแม่บุญ (Krua Mae Boon)": the
    other side is the same identifier (see ``script_glosses``)."""
    from assistant.redact.script_glosses import gloss_spans

    hits.extend(Hit(s, e, t, 0.6, "alias") for s, e, t in gloss_spans(text, hits))


def add_family_names(text: str, hits: list[Hit]) -> None:
    """A lower-case dictated note's first name found with its family name beside it ("with
    pornthip hughes she …"): the hit grows to the whole name (see
    ``person_en_dictated.family_name_spans``)."""
    from assistant.redact.recognizers.person_en_dictated import family_name_spans

    people = [(h.start, h.end) for h in hits if h.type == PERSON and h.source != "writer"]
    hits.extend(Hit(s, e, PERSON, 0.6, "propagated") for s, e in family_name_spans(text, people))


def add_birth_date_mentions(text: str, hits: list[Hit]) -> None:
    """session 27 — a birth date found once, written again with no cue in another form or
    calendar (เกิดปี ๒๔๘๖ … บัตรระบุ ๑ ม.ค. ๒๔๘๖): see ``birth_mentions``."""
    from assistant.redact.birth_mentions import birth_date_mention_spans

    found = [(h.start, h.end) for h in hits if h.type == DATE_OF_BIRTH]
    if found:
        hits.extend(Hit(s, e, DATE_OF_BIRTH, 0.65, "propagated") for s, e in birth_date_mention_spans(text, found))


def add_chain_branches(text: str, hits: list[Hit]) -> None:
    """session 27 — a Thai chain with the place or branch written after it (บิ๊กซีสะพานควาย,
    มิสทีนสาขาอุดร): one landmark, see ``chain_branches``."""
    if not _THAI.search(text):
        return
    from assistant.redact.boundaries import is_known_thai_place
    from assistant.redact.chain_branches import chain_branch_spans

    places = {h.start: h.end for h in hits if h.type == LOCATION}
    spans = chain_branch_spans(text, get_lexicon().th_chain_re, is_known_thai_place, places)
    hits.extend(Hit(s, e, LOCATION, 0.7, "rule") for s, e in spans)


def add_latin_chain_branches(text: str, hits: list[Hit]) -> None:
    """session 32 — a chain placed by a preposition and a place a rule found (Lidl at Tolvaddon,
    Walmart on King Ave West): one branch, see ``chain_branches.latin_chain_branch_spans``."""
    if not _LATIN.search(text):
        return
    from assistant.redact.chain_branches import latin_chain_branch_spans

    places = {h.start: h.end for h in hits if h.type in (LOCATION, ADDRESS)}
    spans = latin_chain_branch_spans(text, get_lexicon().chain_re, places)
    hits.extend(Hit(s, e, ORGANIZATION, 0.7, "rule") for s, e in spans)


def add_owner_shops(text: str, hits: list[Hit]) -> None:
    """session 32 — a Thai shop, farm or rented room named by the owner a rule found as a person
    (ร้านชำ|ป้าสายใจ, ไร่มัน|เฮียเปา): one body or place, see ``owner_shops``. The person's hit
    stays, so the owner named alone elsewhere is still found."""
    if not _THAI.search(text):
        return
    from assistant.redact.owner_shops import owner_shop_spans, shop_heads
    from assistant.redact.recognizers.organization_th import is_kind

    persons = [(h.start, h.end) for h in hits if h.type == PERSON and _THAI.match(text, h.start)]
    if not persons:
        return
    spans = owner_shop_spans(text, persons, shop_heads(), get_thai_lexicon().tokenize, is_kind, _word_start)
    hits.extend(Hit(s, e, LOCATION if place else ORGANIZATION, 0.6, "rule") for s, e, place in spans)


def add_place_mentions(text: str, hits: list[Hit]) -> None:
    """A Thai village found inside an address or a body's name, named again glued into a sentence
    (อาสาสมัครบ้านหนองคอนไทยผลัดมาช่วย): see ``place_mentions``."""
    if not _THAI.search(text):
        return
    from assistant.redact.place_mentions import place_mention_spans

    th = get_thai_lexicon()
    bounds = _ThaiWordBounds(text, th)
    spans = [(h.start, h.end) for h in hits if h.type in (LOCATION, ADDRESS, ORGANIZATION)]
    hits.extend(
        Hit(s, e, LOCATION, 0.6, "propagated")
        for s, e in place_mention_spans(
            text, spans, th.words.__contains__, bounds.is_word, [(h.start, h.end) for h in hits if h.type == LOCATION]
        )
    )


def add_latin_place_mentions(text: str, hits: list[Hit]) -> None:
    """session 43 — a Latin-script place found once, named again where no frame marks it ("Site:
    Motherwell satellite office" … "Lives NU 8, Motherwell"): see ``place_mentions``."""
    places = [(h.start, h.end) for h in hits if h.type == LOCATION and _LATIN.match(text, h.start)]
    if not places:
        return
    from assistant.redact.place_mentions import latin_place_mention_spans

    taken = [(h.start, h.end) for h in hits]
    spans = latin_place_mention_spans(text, places, taken, _common_word)
    hits.extend(Hit(s, e, LOCATION, 0.6, "propagated") for s, e in spans)


def _common_word(word: str) -> bool:
    """An English word in any inflection, or a protected term, in any case: a place or a body
    named with one is not looked for again in a note's ordinary words."""
    from assistant.redact.given_names import is_english_or_inflected

    lower = word.lower()
    return lower in get_lexicon().protected_lower or is_english_or_inflected(lower)


def add_body_mentions(text: str, hits: list[Hit]) -> None:
    """Session 29 (set 95): a club, church or team found in full, named again by its short name
    ("the Tigers", "Mt. Calvary van"): see ``body_mentions``."""
    bodies = [(h.start, h.end) for h in hits if h.type == ORGANIZATION and _LATIN.match(text, h.start)]
    if not bodies:
        return
    from assistant.redact.body_mentions import body_mention_spans
    from assistant.redact.given_names import is_english_word

    taken = [(h.start, h.end) for h in hits]
    spans = body_mention_spans(text, bodies, taken, is_english_word, _common_word)
    hits.extend(Hit(s, e, ORGANIZATION, 0.6, "propagated") for s, e in spans)


def add_body_tails(text: str, hits: list[Hit]) -> None:
    """A dictated body found short of the nouns that close its name ("st basil's parish| hall"):
    see ``person_en_dictated.body_tail_spans``."""
    from assistant.redact.recognizers.person_en_dictated import body_tail_spans

    bodies = [(h.start, h.end) for h in hits if h.type == ORGANIZATION and h.source != "writer"]
    hits.extend(Hit(s, e, ORGANIZATION, 0.6, "propagated") for s, e in body_tail_spans(text, bodies))


def add_named_body_heads(text: str, hits: list[Hit], protected: list[tuple[int, int]]) -> None:
    """A capitalised body's name with its kind in lower case ("Pine Tree| frozen foods",
    "at Cornerstone community church"): see ``body_heads_en``."""
    from assistant.redact.body_heads_en import named_body_head_spans

    found = [(h.start, h.end, h.type) for h in hits if h.source != "writer"]
    hits.extend(Hit(s, e, ORGANIZATION, 0.6, "rule") for s, e in named_body_head_spans(text, found, protected))


#: What a cut piece sheds at its edges.
_CUT_EDGE = " \t\n,.;:-–—"


#: session 10 — Thai bodies written head + name with no space (รพ.สต.X, สภ.X, อบต.X): in run-on
#: Thai the rules read on to the next space, over a whole clause (รพ.สต.โนนทอง|มารับยายไป…).
_TH_GLUED_BODY = re.compile(
    "(?:" + "|".join(re.escape(a) for a in (*TH_BODY_ABBREVIATIONS, "มูลนิธิ", "โรงเรียน", "รร.", "ด่าน")) + ")(?=[ก-๙])"
)


#: Words that open a clause and no body's name holds (verbs a place name may hold — นั่ง, กิน —
#: are left out: รพ.พระนั่งเกล้า, รพ.สต.หนองกินเพล).
_BODY_CLAUSE_WORDS = frozenset({
    "บอก", "ให้", "ที่", "และ", "กับ", "ของ", "เมื่อ", "ตอน", "ได้", "ไม่", "จะ", "ยัง", "ก็", "เลย", "ด้วย",
    "แล้ว", "ก่อน", "ว่า", "เป็น", "รับ", "ขอ", "นัด", "โทร", "ส่ง", "มา", "ไป",
    "วันที่", "วันนี้", "พรุ่งนี้", "เมื่อวาน",  # (session 29) when: รพ.สต.บ้านนา|วันที่ ๘ ม.ค.
    "ถ้า", "หาก", "เพราะ",  # (session 29) a condition or a reason: สภ.เขาค้อ|ถ้าเจ้าของ…
})


#: Where a display name run on into the sentence ends: a body's clause words and what one does on
#: a platform or must do next, but not ไม่ (a display name says เจมส์ไม่ง้อใคร "James needs nobody").
_DISPLAY_CLAUSE_WORDS = (_BODY_CLAUSE_WORDS - {"ไม่"}) | {
    "ต้อง", "โพสต์", "ด่า", "ทัก", "แชท", "ซึ่ง", "เพราะ", "จึง", "แต่", "พอ", "ตอนนี้",
}
#: A reporting verb or a relative clause glued after a Thai name in a run-on note ends the name.
_REPORTING_AFTER_NAME = ("บอกว่า", "เล่าว่า", "แจ้งว่า", "ซึ่งเป็น")
#: Longer than a Thai display name runs (two names and a nickname): the sentence went on.
_DISPLAY_NAME_MAX = 20
_THAI_WORD = re.compile("[\u0E01-\u0E4E]+")


def cut_thai_run_ons(text: str, hits: list[Hit]) -> None:
    """Thai names that ran on into the sentence in a note with no spaces end where the sentence
    goes on: a body's name before the first clause word after it (มา, ไป, บอก, ให้, รับ…), a
    display name after a platform (เฟซชื่อฝ้ายคำ|แล้วบอกว่าลูกไม่ยอม…) and a person's name before a
    reporting verb or relative clause glued to it (แก้วมา|บอกว่า…) — session 20 for the last two."""
    th = get_thai_lexicon()
    for h in hits:
        if h.type == PERSON and _THAI.match(text, h.end - 1):
            # (session 20) a reporting verb glued after a family name: นางสาวมาลี แก้วมา|บอกว่า…
            last = text.rfind(" ", h.start, h.end) + 1 or h.start
            if h.end - last > 5:  # (found as letters: newmm cuts บอกว่า as บอ|กว่า)
                cut = [k for k in (text.find(v, last + 3, h.end) for v in _REPORTING_AFTER_NAME) if k > 0]
                if cut:
                    h.end = min(cut)
            continue
        if h.type == ONLINE_ID:
            first = text[h.start:h.end].split(None, 1)[0]
            if len(first) > _DISPLAY_NAME_MAX and _THAI_WORD.fullmatch(first):
                h.end = th.clause_start(text, h.start, h.start + len(first), _DISPLAY_CLAUSE_WORDS.__contains__, after=3)
            continue
        if h.type in (ORGANIZATION, LOCATION, ADDRESS):
            h.end = glued_body_end(text, h.start, h.end)


def glued_body_end(text: str, start: int, end: int) -> int:
    """Where a Thai body's name glued after its abbreviation (รพ.สต.กลางดง|ทำแผล…) ends in a note
    with no spaces: before the first clause word after it. Also read by the organisation
    recognizer itself (session 29): a run-on span left whole there swallowed the bodies named
    inside it, which Presidio drops as contained in it before any cut."""
    if " " in text[start:end]:
        return end
    m = _TH_GLUED_BODY.match(text, start)
    if not m or end - m.end() < 8:
        return end
    return get_thai_lexicon().clause_start(text, m.end(), end, _BODY_CLAUSE_WORDS.__contains__, after=2)


def add_name_honorifics(text: str, hits: list[Hit]) -> None:
    """A Burmese, Karen or Mon name in Thai letters opens with its honorific, spaced from the name
    a rule found (ครั้งนี้มิ ซานดา, พี่ชายโก วิน): the honorific is part of how the person is named
    and gives away who it is with the name. Only when the tokenizer reads it as a word of its own."""
    lex = get_lexicon()
    th = get_thai_lexicon()
    for h in hits:
        if h.type != PERSON or h.start < 3 or text[h.start - 1] != " " or not _THAI.match(text, h.start):
            continue
        before = text[max(0, h.start - 24):h.start - 1]
        hon = next((t for t in lex.th_name_opening_honorifics if before.endswith(t)), None)
        tokens = th.tokenize(before.split()[-1]) if hon else []
        if tokens and tokens[-1] == hon and not (len(tokens) > 1 and th.acts(tokens[-2])):
            h.start -= len(hon) + 1  # (not after a verb: เล่นซอ "play the fiddle")


#: Heads of a public body that take a place's name glued after them (สำนักงาน|เขตมีนบุรี,
#: เทศกิจ|เขตคลองเตย, รพ.|หลังสวน, ที่ว่าการ|อำเภอปง): with the place they are one office.
_BODY_BEFORE_PLACE = tuple(sorted((
    "สำนักงาน", "เทศกิจ", "ที่ว่าการ", "รพ.", "โรงพยาบาล", "สถานีตำรวจภูธร", "สถานีตำรวจ", "สภ.", "สน.",
    "ศาลจังหวัด", "ศาลแขวง", "อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "สำนักงานเขต",
), key=len, reverse=True))  # longest first: สำนักงานเขต before สำนักงาน


#: session 34 (sets 102, 107, 112) — a national service's office named by its district or province
#: with no สำนักงาน (สาธารณสุข|อำเภอโนนสัง, พัฒนาชุมชน|อำเภอX): with the place it is one office.
_SERVICE_BEFORE_DISTRICT = ("สาธารณสุข", "พัฒนาชุมชน", "ปศุสัตว์", "เกษตร", "ท้องถิ่น", "ปกครอง", "ที่ทำการปกครอง")
_ADMIN_UNITS = ("อำเภอ", "อ.", "จังหวัด", "จ.", "เขต")


#: session 30 (set 99) — sites named by the village they stand in (แคมป์|บ้านน้ำเค็ม, แคมป์คนงาน|
#: บ้านหนองจิก, ท่าเรือประมง|บ้านคลองโคน): the site and the village are one place.
_SITE_BEFORE_PLACE = tuple(sorted((
    "แคมป์คนงาน", "แคมป์", "ท่าเรือประมง", "ท่าเรือ", "ตลาดนัด", "ตลาด", "กาด",
), key=len, reverse=True))


def add_bodies_of_places(text: str, hits: list[Hit]) -> None:
    """A Thai place found alone, glued after the head of a public body, is that body's name: the
    office, hospital or police station of the place (session 20) — one ORGANIZATION. After a
    site's head (a camp, a pier, a market) it stays a place, the head taken in."""
    for h in hits:
        if h.type != LOCATION or not _THAI.match(text, h.start):
            continue
        before = text[max(0, h.start - 16):h.start]
        head = next((b for b in _BODY_BEFORE_PLACE if before.endswith(b)), None)
        if head is None and text.startswith(_ADMIN_UNITS, h.start):
            head = next((b for b in _SERVICE_BEFORE_DISTRICT if before.endswith(b)), None)
        site = None if head else next((b for b in _SITE_BEFORE_PLACE if before.endswith(b)), None)
        if head is None and (site is None or not text.startswith("บ้าน", h.start)):
            continue
        start = h.start - len(head or site)
        if start == 0 or not _THAI.match(text, start - 1) or _word_start(text, start):
            h.start, h.type = start, (ORGANIZATION if head else LOCATION)


def _word_start(text: str, pos: int) -> bool:
    """The Thai tokenizer starts a word at ``pos`` (a head glued after a verb: ส่ง|รพ., ถูก|เทศกิจ)."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 20)
    return pos - start in get_thai_lexicon().word_starts(text[start:pos + 8])


#: Only a line break (and spaces) between two parts of one address.
_LINE_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*\n[^\S\n]*")  # (session 31: a part may end with its comma)
#: A line holding only a house number (๑๒๓/๑), right before an address's next line.
_HOUSE_NUMBER_LINE = re.compile(r"(?:^|\n)[^\S\n]*(?P<n>[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?)[^\S\n]*\n[^\S\n]*\Z")
#: A line that opens with an administrative unit: the address goes on.
_UNIT_LINE = re.compile(r"ต\.|อ\.|จ\.|ตำบล|อำเภอ|จังหวัด|แขวง|เขต|ม\.|หมู่|บ้าน")
#: session 29 (set 96) — on one line, a building's or camp's name between two parts of one Thai
#: address (…อาคาร A| เดอะริเวอร์วิว คอนโด |ถ.ประชาราษฎร์…, ห้อง 14| แคมป์คนงานหลังปั๊ม |เลขที่ 51…):
#: a short run with no stop or comma, and the second part opens with a house number or a unit.
_SAME_LINE_GAP = re.compile(r"[^\S\n]+[^\n.,;:()]{2,30}?[^\S\n]+")
_ADDRESS_PART_OPENING = re.compile(r"เลขที่|บ้านเลขที่|หมู่|ม\.|ซอย|ซ\.|ถนน|ถ\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.")
#: …and a postcode alone on the line after the last part (จ.นครราชสีมา ⏎ ๓๐๑๕๐).
_POSTCODE_LINE = re.compile(r"[^\S\n]*\n[^\S\n]*[0-9๐-๙]{5}(?=[^\S\n]*(?:\n|$))")
#: …and a row house's or room's number word before the number an address opens with
#: (ห้องแถวหลังที่ ๓ ซอย…).
_UNIT_NUMBER_BEFORE = re.compile(r"(?:ห้องแถว|ตึกแถว|บ้าน)?(?:หลังที่|ห้องที่|ห้อง)[^\S\n]?\Z")


def join_address_lines(text: str, hits: list[Hit]) -> list[Hit]:
    """Session 26 — a form pasted from a PDF puts one address part on each line (๑๒๓/๑ ⏎ ม.๑๑
    บ้านนาหว้าน้อย ⏎ ต.โพธิ์ไทร อ.ดอนตาล ⏎ จ.มุกดาหาร ๔๙๑๒๐): the parts found line by line are one
    address, and a line holding only the house number before them is its first part. A writer's
    own spans are left as they are."""
    out: list[Hit] = []
    last: Hit | None = None  # the outermost hit so far (hits inside it do not break the chain)
    for h in sorted(hits, key=lambda x: (x.start, -x.end)):
        if last is not None and h.end <= last.end:
            out.append(h)
            continue
        if (
            last is not None and last.type == ADDRESS and "writer" not in (last.source, h.source)
            and (h.type == ADDRESS or (h.type == LOCATION and _UNIT_LINE.match(text, h.start)))
            and _LINE_GAP.fullmatch(text, last.end, h.start)
        ):
            last.end = h.end
            continue
        if (
            last is not None and last.type == ADDRESS and h.type == ADDRESS and "writer" not in (last.source, h.source)
            and _THAI.search(text, last.start, h.end) and _ADDRESS_PART_OPENING.match(text, h.start)
            and _SAME_LINE_GAP.fullmatch(text, last.end, h.start)
        ):
            last.end = h.end
            continue
        out.append(h)
        last = h
    for h in out:
        if h.type != ADDRESS or h.source == "writer":
            continue
        if m := _HOUSE_NUMBER_LINE.search(text, max(0, h.start - 16), h.start):
            h.start = m.start("n")
        if _THAI.search(text, h.start, h.end):
            if m := _POSTCODE_LINE.match(text, h.end):
                h.end = m.end()
            if m := _UNIT_NUMBER_BEFORE.search(text, max(0, h.start - 16), h.start):
                h.start = m.start()
    return out


def add_address_parts(text: str, hits: list[Hit]) -> None:
    """An address opens with the numbered parts written before it (flat, floor, house number):
    a rule or the tagger that found the street or building leaves them out, and they locate the
    client as much as the rest."""
    for h in hits:
        if h.type == ADDRESS:
            before = PARTS_BEFORE.search(text, max(0, h.start - 60), h.start)
            if before:
                h.start = before.start()


#: A club's letters (Campau Strikers SC, Lewiston Lions United FC, Double Jab ABC).
_CLUB_FORMS = r"SC|FC|AFC|RFC|RLFC|GAA|ABC"
#: A body's own number after its name, as Central Asian, Eastern European and Latin American
#: schools and clinics are named (City Polyclinic No. 7, Escuela N° 12); three digits at most, so
#: a record number after "No." stays its own.
_BODY_NUMBER = re.compile(r"[^\S\n](?:No\.?|Nr\.?|N[°º]\.?)[^\S\n]?\d{1,3}(?![\w/\-]|\.\d)")
#: A company's legal form after its name, the world's ways of writing it (Al-Noor Cleaning Co.
#: W.L.L., Siam Wellness Massage e.U., Maju Jaya Sdn Bhd, Lim Bros Pte Ltd, Kohler GmbH & Co. KG;
#: a Thai company or co-operative's จำกัด after a space).
_LEGAL_FORM = re.compile(
    r",?[^\S\n](?:W\.L\.L\.?|WLL|S\.P\.C\.?|SPC|L\.L\.C\.?|LLC|FZE|FZCO|FZ-LLC|DMCC|Sdn\.?[^\S\n]Bhd\.?|Bhd\.?|"
    r"Pte\.?[^\S\n]Ltd\.?|Pty\.?[^\S\n]Ltd\.?|GmbH(?:[^\S\n]&[^\S\n]Co\.[^\S\n]KG)?|e\.U\.|B\.V\.|N\.V\.|S\.A\.|"
    r"S\.L\.|S\.r\.l\.|S\.p\.A\.|A/S|ApS|K\.K\.|Co\.,?[^\S\n]?Ltd\.?|Pvt\.?[^\S\n]Ltd\.?|Ltd\.?|Limited|"
    r"Inc\.?|LLP|PLC|Plc|จำกัด(?:[^\S\n]?\(มหาชน\))?|"
    # session 31: Portuguese, French, Baltic, Balkan, Central European and Nordic forms
    r"Lda\.?|Ltda\.?|SARL|S\.A\.S\.?|S\.A\.R\.L\.?|OÜ|UAB|SIA|d\.o\.o\.?|s\.r\.o\.?|Kft\.?|Zrt\.?|"
    r"Sp\.[^\S\n]z[^\S\n]o\.o\.?|AG|Oy|(?<=[a-z][^\S\n])lda|"
    # session 25: a club's letters (Campau Strikers SC, Lewiston Lions United FC) and a dictated
    # company's "limited" (tawa meat packers limited)
    rf"{_CLUB_FORMS}|(?<=[a-z][^\S\n])limited)(?![\w])"
)
#: session 26 — a club's letters after a name a rule read as a place or a person (Double Jab| ABC,
#: an amateur boxing club; Kelso Rovers| FC): the whole is the club.
_CLUB_LETTERS = re.compile(rf"[^\S\n](?:{_CLUB_FORMS})(?![\w])")


def add_legal_forms(text: str, hits: list[Hit]) -> None:
    """A company's name takes its legal form when a rule or the tagger stopped before it: the
    form is written once and names the company as much as its words. A club's letters after a
    place or a person span make it the club (session 26)."""
    for h in hits:
        if h.type in (LOCATION, PERSON) and h.source != "writer" and (club := _CLUB_LETTERS.match(text, h.end)):
            h.end, h.type = club.end(), ORGANIZATION
        if h.type == ORGANIZATION and h.source != "writer":
            last = text.rfind(" ", h.start, h.end)  # (session 31) Tropika Bottling B|.V.: the form is cut
            if last > h.start and (cut := _LEGAL_FORM.match(text, last)) and cut.end() > h.end:
                h.end = cut.end()
        if h.type == ORGANIZATION and (num := _BODY_NUMBER.match(text, h.end)):
            h.end = num.end()  # (session 31) City Polyclinic No. 7, School No. 45: the body's own number
        if h.type == ORGANIZATION:
            m = _LEGAL_FORM.match(text, h.end)
            if m and not (m.group().endswith("limited") and any(c.isupper() for c in text[h.start:h.end])):
                h.end = m.end()  # (lower-case "limited" only ends a name dictated in lower case)
            if text[h.end:h.end + 1] == "." and text[h.start:h.end].endswith(_LEGAL_FORMS):
                h.end += 1  # the form's own dot: Pallippuram Marine Exports Pvt. Ltd.


def cut_clock_times(text: str, hits: list[Hit]) -> list[Hit]:
    """An address or place that a rule or tagger ran over a clock time loses the time and keeps
    its longer side: "22:40 Soi Nong Bua" is a time and a lane, not house number 40."""
    clocks = [m.span() for m in _CLOCK.finditer(text)]
    if not clocks:
        return hits
    out: list[Hit] = []
    for h in hits:
        if h.type not in (ADDRESS, LOCATION) or h.source == "writer":
            out.append(h)
            continue
        start, end = h.start, h.end
        for cs, ce in clocks:
            if ce <= start or cs >= end:
                continue
            left, right = (start, cs), (ce, end)
            start, end = max(left, right, key=lambda p: len(text[p[0]:p[1]].strip()))
        piece = text[start:end]
        lead, trail = len(piece) - len(piece.lstrip(_CUT_EDGE)), len(piece) - len(piece.rstrip(_CUT_EDGE))
        start, end = start + lead, end - trail
        if end - start >= 2:
            out.append(replace(h, start=start, end=end))
    return out


#: session 9 — a noun after a capitalised word makes the word a thing's name: Widgit symbols, a
#: Lakers fan, Healthy Start vouchers, Calpol syrup.
_THING_NOUN_AFTER = re.compile(
    # (no word that is also a verb after a name: signs, drinks, shows, points, figures, scans)
    r"[^\S\n]+(?:symbols?|fan|vouchers?|app|apps|series|episodes?|season|tablets?|syrup|spray|cream|"
    r"kit|bottles?|packets?|tokens?|course|programme|program|classes|lessons|shirt|jersey|trainers|"
    r"cereal|crisps|chips|noodles|channel|videos?|songs?|music|books?|movies?|films?|toys?|stickers|"
    r"subscription|membership|burgers?|pizza|sauce|"
    # session 14 (keep6): what a brand or a show is bought, worn or collected as
    r"cans|boots|sneakers|trains|posters?|plushies|figurines|merch|skins)(?![A-Za-z])"
)
#: … and watching, eating, drinking or playing before it: binge-watching Heartstopper, living on
#: Weetabix, drinks Tyskie, plays Valorant.
_THING_VERB_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:binge[- ])?watch(?:es|ed|ing)?|eat(?:s|ing)?|ate|drink(?:s|ing)?|drank|"
    r"(?:liv(?:es|ed|ing)|live)[^\S\n]+on|listen(?:s|ed|ing)?[^\S\n]+to|addicted[^\S\n]+to|"
    r"obsessed[^\S\n]+with|hooked[^\S\n]+on|plays|playing|played|"
    # session 14 (keep6): drawing, scripting, bingeing, re-watching, reading, wearing, collecting
    # and queueing for are done to things too (draws Pikachu, binged Bake Off, queues for Chatime)
    r"draw(?:s|ing)?|drew|scripts|scripting|binged|binges|bingeing|re-?watch(?:es|ed|ing)?|"
    r"reads|reading|wears|wearing|collects|collecting|queues[^\S\n]+for|queued[^\S\n]+for)[^\S\n]+$"
    # session 13: the same verbs in Thai right before a Latin name on the same line (ดื่ม Tui,
    # ชอบดู Running Man); session 14 (keep6): singing, drawing, collecting, cheering, selling,
    # using, wanting and kinds of product before a brand (รองเท้า Adidas, บะหมี่ Nissin, หูฟัง
    # Sony, ชาเขียว Oishi, เครื่องสำอาง Mistine, แอป Ooca, การ์ตูน Frozen); not ชื่อเล่น (a nickname, session 23)
    r"|(?:ดื่ม|ชอบดู|ดู|ฟัง|(?<!ชื่อ)เล่น|กิน|ร้อง|ร้องเพลง|เปิดเพลง|เพลง|วาด|สะสม|สติกเกอร์|เชียร์|ใช้|อยากได้|"
    r"รองเท้า|บะหมี่|หูฟัง|หูฟังตัดเสียง|เครื่องสำอาง|ชาเขียว|นม|เจล|เจลล้างมือ|แอป|แอพ|การ์ตูน|อนิเมะ|"
    r"ซีรีส์|รถไฟ|ไอติม|ไอศกรีม|ขนม|ตุ๊กตา|เกม|คลิป|ติดเกม|ติดการ์ตูน|ติดอนิเมะ)(?:แต่)?[^\S\n]*\Z"
)
#: session 13 — a telegraphic note's sentence opens with its verb: "Loves Pororo", "Enjoys
#: Countdown", "Misses Simbang Gabi" (what one loves, enjoys or misses is a thing unless a name).
_TELEGRAPH_VERB = re.compile(
    r"(?:Loves|Likes|Enjoys|Watches|Plays|Misses|Hates|Adores|Follows|Collects)[^\S\n]+(?=[A-Z])"
)
_CAP_WORDS = re.compile(r"[A-Z][A-Za-z'’\-]*(?:[^\S\n][A-Z][A-Za-z'’\-]*){0,2}")


#: session 12 — one long capitalised word ending as German office, law and insurance nouns do
#: (notes of Thai clients in Germany: Krankenversicherung, Prostituiertenschutzgesetz, Jobcenter
#: stays short): a thing, whatever a rule read. Names are rarely twelve letters and end so.
_GERMAN_COMPOUND = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]{7,}(?:ung|gesetz|amt|ämter|stelle|behörde|schaft|heit|keit|zentrum|dienst|"
    r"ausweis|bescheinigung|versicherung|geld|zulage|kasse|gericht|beratung)"
    # session 13: shorter care, benefit and office compounds (Bürgergeld, Pflegegrad, Hausarzt,
    # Tagespflege, Pflegestützpunkt, Sommerfest); -haus and -heim end surnames too (Steinhaus)
    r"|[A-ZÄÖÜ][a-zäöüß]{3,}(?:geld|grad|pflege|arzt|ärztin|punkt|fest|hilfe|schule|karte|schein|titel|"
    r"erlaubnis|antrag|bescheid|vollmacht|betreuung|kurs|termin|zentrum|station|amt)"
)


#: The same nouns standing as words of their own in any text (ระยะกลาง Pflegegrad 3).
#: Not when a capitalised word follows: then it opens an office's name (Sozialamt Neukölln).
_GERMAN_WORD = re.compile(
    rf"(?<![A-Za-zÄÖÜäöüß])(?:{_GERMAN_COMPOUND.pattern})(?![A-Za-zÄÖÜäöüß]|[^\S\n]+[A-ZÄÖÜ])"
)


_NEXT_CAPITAL_WORD = re.compile(r"[^\S\n][A-Z][a-z]+(?![A-Za-z])")


def retype_known_places(text: str, hits: list[Hit]) -> None:
    """A person span that is a known town or province written in Latin letters and does not open
    with a given name (Phetchabun, Roi Et; not Florence) is the place it is: the model is sent
    [LOCATION_n], not [PERSON_n], and drafts it as a place. Session 26: a person span ending in a
    company's legal form (Mumbles Builders Ltd) is that company, and a person or place span one
    capitalised word short of a known town (Sham Shui| Po) takes the word in."""
    from assistant.redact.given_names import all_given_names
    from assistant.redact.recognizers.location_gazetteer import latin_town

    for h in hits:
        nxt = _NEXT_CAPITAL_WORD.match(text, h.end) if h.type in (PERSON, LOCATION) and h.source != "writer" else None
        if nxt and latin_town(text[h.start:nxt.end()]) and not latin_town(text[h.start:h.end]):
            h.end = nxt.end()  # session 26 — "Sham Shui| Po": the place's name has one more word
        if h.type == PERSON and h.source != "writer":
            value = text[h.start:h.end]
            if latin_town(value) and value.split()[0] not in all_given_names():
                h.type = LOCATION
            elif value.endswith(_LEGAL_FORMS):
                h.type = ORGANIZATION  # session 26 — "with Mumbles Builders Ltd": a company, not a person


def cut_named_things(text: str, hits: list[Hit]) -> list[Hit]:
    """A capitalised word no list knows as a given name, with a thing-noun after it or a verb of
    watching, eating, drinking or playing before it, names a thing (a show, a food, a sign
    system, a team), not a person: "Widgit symbols", "living on Weetabix". A known given name
    there is still a person ("watching Jake while mum works"). The statistical model's
    organisations are read the same way ("Big Lakers fan")."""
    from assistant.redact.given_names import all_given_names, word_names

    out: list[Hit] = []
    thing_ends: list[int] = []  # where a thing just cut ends: what is coordinated with it is one too
    things: list[Hit] = []  # person spans cut as things: kept if the note names the same word as a person
    for h in sorted(hits, key=lambda x: x.start):
        thing_like = (h.type == PERSON and h.source != "writer") or (h.type == ORGANIZATION and h.source == "ner")
        if h.type == PERSON and h.source != "writer" and _GERMAN_COMPOUND.fullmatch(text, h.start, h.end):
            continue  # Krankenversicherung, Gesundheitsamt: a German compound noun, capitalised as nouns are
        if thing_like and h.type == PERSON and _thing_after_thai_word(text, h):
            continue  # สะสมสติกเกอร์ Kuromi, กินแต่รามยอน: what one collects, eats or drinks
        if thing_like and (verb := _TELEGRAPH_VERB.match(text, h.start, h.end)):
            rest = text[verb.end():h.end].split()
            if not rest or not any(w.strip(".,") in all_given_names() or w in word_names() for w in rest):
                continue  # "Loves Pororo", "Enjoys Countdown": the verb and the thing it names
            out.append(replace(h, start=verb.end()))  # "Misses Somchai": the person after the verb
            continue
        rule_body = h.type == ORGANIZATION and h.source == "rule"
        if (thing_like or rule_body) and _CAP_WORDS.fullmatch(text, h.start, h.end):
            # a verb of watching, eating or playing before it, or before the first of two things
            # joined by "and"/กับ; session 14 (keep6): "draws Pikachu and Luffy", "ดู Peppa Pig
            # กับ Paw Patrol", and a rule's body there is a game or a show (เล่น Genshin Impact;
            # after "works at" it is still an employer)
            after_verb = bool(
                _THING_VERB_BEFORE.search(text, max(0, h.start - 30), h.start) or _after_coordinated_thing(text, h.start)
            )
            if rule_body and not after_verb:
                out.append(h)
                continue
            words = text[h.start:h.end].split()
            if not any(w in all_given_names() or w in word_names() for w in words) and (
                _THING_NOUN_AFTER.match(text, h.end)
                or after_verb
                or any(_COORDINATED_WITH.fullmatch(text, end, h.start) for end in thing_ends[-1:])
            ):
                thing_ends.append(h.end)
                if h.type == PERSON:
                    things.append(h)
                continue
        out.append(h)
    # session 43 (set 69): a word the note names as a person elsewhere is that person after a
    # verb of collecting or watching too ("Sibling: Abdirahman" … "collecting Abdirahman from
    # nursery"): one note does not use one capitalised word for a child and for a thing.
    if things:
        people = {text[h.start:h.end] for h in out if h.type == PERSON}
        out.extend(h for h in things if text[h.start:h.end] in people)
    return out


#: What joins two things named in one breath: a comma, and, or, &, กับ, และ.
_COORDINATED_WITH = re.compile(r"[^\S\n]*(?:,|,?[^\S\n]*(?:and|or|&)|กับ|และ)[^\S\n]*")
#: A capitalised thing no rule read, then the joining word, at the end of what comes before a span.
_CAP_THEN_JOIN = re.compile(rf"{_CAP_WORDS.pattern}(?:{_COORDINATED_WITH.pattern})\Z")


#: session 14 (keep6): a Thai span opening with ordinary words and ending in a Latin name —
#: the words a verb or kind of product the span took in (สะสมสติกเกอร์ Kuromi, ติดการ์ตูน Frozen).
_THAI_THEN_LATIN = re.compile(r"[\u0E00-\u0E7F]+[^\S\n]*(?=[A-Z])")
#: Eating or drinking right before a Thai-script span: the span is the food or drink (กินแต่
#: รามยอน, ดื่มแต่มัทฉะลาเต้); a person eaten with comes after กับ, never straight after the verb.
_EAT_OR_DRINK_BEFORE = re.compile(r"(?:กิน|ดื่ม)(?:แต่|แค่)?[^\S\n]*\Z")


def _thing_after_thai_word(text: str, h: Hit) -> bool:
    """A Thai span that is food or drink right after eating or drinking, or that took in the Thai
    verb or kind of product before the Latin thing it ends in: the rules' Thai frames read the
    thing as a nickname, the span's own words say what it is."""
    span = text[h.start:h.end]
    if _THAI.match(span) and _EAT_OR_DRINK_BEFORE.search(text, max(0, h.start - 12), h.start):
        return not span.startswith(thai_titles())  # กินกับ|น้องแพรว has its title: a person
    m = _THAI_THEN_LATIN.match(span)
    if not m or not _CAP_WORDS.match(span, m.end()):
        return False
    return _THING_VERB_BEFORE.search(text, max(0, h.start + m.end() - 30), h.start + m.end()) is not None


def _after_coordinated_thing(text: str, start: int) -> bool:
    """Is the span the second of two things after one verb ("watches Doraemon and Crayon
    Shin-chan", "ดู Peppa Pig กับ Paw Patrol") where the first was never a span?"""
    m = _CAP_THEN_JOIN.search(text, max(0, start - 60), start)
    return bool(m) and _THING_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


def cut_loanwords(text: str, hits: list[Hit]) -> list[Hit]:
    """keep round 3 — English common nouns written in Thai (สเตรส, ติ๊กต็อก, เดลิเวอรี่) are cut
    from PERSON spans: a tagger reads an unknown transliterated word as a nickname. Businesses
    are named with such words (อู่X|เซอร์วิส), so an organisation or place loses only a span that
    is loanwords and ordinary words (``_loanword_phrase``). After a nickname cue or a bracket the
    word is a nickname and stays hidden — unless it is a diagnosis (ออทิสติก, ไบโพลาร์)."""
    if not hits:
        return hits
    lex = get_lexicon()
    loans = [
        m.span() for m in lex.th_loanword_re.finditer(text)
        if m.group(0) in lex.th_conditions or not _NICKNAME_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ]
    loans.extend(named_thing_spans(text, lex.th_thing_re))
    loans.extend(named_thing_spans(text, lex.th_chain_re, chains=True))
    if not loans:
        return hits
    persons = [h for h in hits if h.type == PERSON]
    others = [h for h in hits if h.type != PERSON and not _loanword_phrase(text, h, loans)]
    return others + cut_protected(text, persons, loans)


#: session 16 — what makes a named thing an employer or a name: work words before it on the same
#: line (works at, job at, ทำงานที่, พนักงาน), a naming cue or a title right before it (น้องโอวัลติน,
#: ชื่อเล่นว่า "ยาคูลท์", nicknamed "Oreo"); for a chain, also a branch word or a place after it.
_WORK_BEFORE = re.compile(
    r"(?i:\b(?:works?|worked|working|job|jobs|employed|employer|employee|shifts?|hired|staff|cashier|"
    r"crew|stocker|packer|picker|driver|rider|courier|manager|supervisor|intern|internship|quit|fired|"
    r"sacked|laid\s+off|contract|warehouse|apprentice)\b)"
    r"|ทำงาน|พนักงาน|ลูกจ้าง|นายจ้าง|ลาออก|สมัครงาน|ฝึกงาน|ไรเดอร์|แคชเชียร์|ถูกเลิกจ้าง|เข้ากะ|ทำพาร์ท"
)
_NAMED_BEFORE = re.compile(
    rf"(?:(?i:nicknamed?|nickname\s+is|called|goes\s+by|known\s+as|a\.?k\.?a\.?)|{_THAI_NICKNAME_CUES})"
    r"[^\S\n]*[\"“'‘]?$"
)
_ONE_OF_MANY_BEFORE = re.compile(r"(?<!\w)(?:a|an)[^\S\n]+\Z")
_BRANCH_AFTER = re.compile(r"[^\S\n]*(?:สาขา|branch|store\s*#|outlet|(?-i:[A-Z][a-z]+))")


def named_thing_spans(text: str, pattern: re.Pattern[str] | None, chains: bool = False) -> list[tuple[int, int]]:
    """Products, apps, shows and chains named where a client buys, eats or plays: they identify
    nobody. Where the note says someone works there, calls someone by it, or (a chain) names
    the branch (Costco Richmond, แม็คโครสาขาบางบัวทอง), the rules decide."""
    if pattern is None:
        return []
    out = []
    titles = thai_titles()
    for m in pattern.finditer(text):
        start = m.start()
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 60):start]
        # session 27 (keep15): "works at a Starbucks", "a Walmart distribution center" — a chain
        # after an indefinite article is one of its many shops, no employer a reader could find
        one_of_many = chains and _ONE_OF_MANY_BEFORE.search(before) is not None
        if (_WORK_BEFORE.search(before) and not one_of_many) or _NAMED_BEFORE.search(before[-16:]):
            continue
        if before.rstrip(" ").endswith(titles):
            continue  # น้อง|โอวัลติน, พี่ ยาคูลท์: a nickname after a kin title
        if chains and _BRANCH_AFTER.match(text, m.end()):
            continue
        if chains and _THAI.match(m.group()) and _thai_branch_after(text, m.end()):
            continue  # บิ๊กซี|สะพานควาย: the shop by a place (add_chain_branches)
        quoted = (before.count('"') + before.count("“")) % 2 == 1  # inside a quoted page or group name
        out.append((start, m.end() if chains or quoted else _title_word_after(text, m.end())))
    return out


def _thai_branch_after(text: str, end: int) -> bool:
    from assistant.redact.boundaries import is_known_thai_place
    from assistant.redact.chain_branches import branch_end

    return branch_end(text, end, is_known_thai_place) is not None


_CAP_WORD_AFTER = re.compile(r"[^\S\n]([A-Z][a-z]+)(?![A-Za-z])")


def _title_word_after(text: str, end: int) -> int:
    """A thing's title goes on in one capitalised ordinary word (Gundam Seed, Pokémon Go, Genshin
    Impact); a given name after it (Facebook Somchai, Roblox Hope) is someone's, and stays out."""
    from assistant.redact.given_names import all_given_names, word_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    m = _CAP_WORD_AFTER.match(text, end)
    if m and _ordinary(m.group(1)) and m.group(1) not in all_given_names() and m.group(1) not in word_names():
        return m.end()
    return end


#: A province named after a national scheme's word (…|จังหวัดสระบุรี): the scheme's office there.
_PROVINCE_TAIL = re.compile(r"[^\S\n]?จังหวัด[\u0e01-\u0e4e]{3,}")


def _loanword_phrase(text: str, h: Hit, loans: list[tuple[int, int]]) -> bool:
    """An organisation or place span that opens with a loanword and goes on only in dictionary
    words (ไรเดอร์|เดลิเวอรี่|ตอนเย็น "a delivery rider in the evenings") names no business; a
    business's own coined words (…คอนเนค โซลูชั่นส์) are not in the dictionary."""
    if h.source == "writer" or h.type not in (ORGANIZATION, LOCATION):
        return False
    at = h.start
    for s, e in sorted(loans):
        if s == at and at < h.end:
            at = min(e, h.end)  # (session 24) a span that stops inside a loanword (…เดลิเวอ|รี่) is that word
    if at == h.start:
        return False
    rest = text[at:h.end]
    if h.type == ORGANIZATION and _PROVINCE_TAIL.fullmatch(rest):
        return False  # (session 29) a national scheme's office of a province: ประกันสังคม|จังหวัดสระบุรี
    words = get_thai_lexicon().words
    return all(t in words for t in get_thai_lexicon().tokenize(rest) if t.strip()) if rest.strip() else True


def cut_protected(text: str, hits: list[Hit], protected: list[tuple[int, int]]) -> list[Hit]:
    """Remove protected terms from name-like hits; keep the largest remaining piece."""
    out: list[Hit] = []
    for h in hits:
        if h.type == ADDRESS and h.source != "writer" and sum(h.start <= ps and pe <= h.end for ps, pe in protected) >= 2:
            continue  # (session 22) a list of scores "HADS 12, PSS 20, PSQI 9" is no address
        if h.type not in _SOFT_NAMED or h.source == "writer" or (h.source == "alias" and _quoted(text, h)):
            out.append(h)  # a quoted nickname is a name whatever its words ("Big Dutch")
            continue
        pieces = [(h.start, h.end)]
        timed = False  # cut by a Thai time word: what follows it is the clause, not the name
        for ps, pe in protected:
            if pe <= h.start or ps >= h.end:
                continue  # pieces lie inside the hit: a term outside it cuts nothing
            a_time = _THAI_TIME.fullmatch(text, ps, pe) is not None
            if h.type == ORGANIZATION and h.source == "rule" and h.start < ps and pe < h.end and not a_time:
                continue  # an inner word of a named organisation: Brightwater Family Clinic (a Thai
                # time or frequency is never one: ศูนย์X|สัปดาห์ละ|ครั้ง)
            if (h.type == ORGANIZATION and h.source == "rule" and h.start == ps and pe < h.end
                    and (_CAP_WORD.fullmatch(text, ps, pe) or text[h.start:h.end].islower())
                    and len(text[h.start:h.end].split()) >= 3):
                continue  # a language word opening a named business: Dutch Oven Bakery (or, dictated,
                # hmong faith alliance church)
            if (h.type == ORGANIZATION and h.source == "rule" and h.start == ps and pe < h.end
                    and _NAMED_AFTER_KIND.fullmatch(text, pe, h.end)
                    and not _ordinary_english(text[pe:h.end].split()[0])):
                continue  # (session 20) a service's kind, then its own name: Frauenhaus Lindenblüte,
                # Jugendamt Duisburg, Sozialamt Neukölln (the kind alone stays: "in a Frauenhaus")
            if h.type == ORGANIZATION and h.source == "rule" and pe == h.end and is_placed_office(text[h.start:h.end]):
                continue  # (session 28) a service's initials after its office's town: Kent CAMHS
            if h.type == LOCATION and h.source == "rule" and h.start < ps and pe == h.end and not a_time:
                continue  # a nationality word ending a place's own name: Talad Thale Thai
            if h.type == LOCATION and (ps, pe) == (h.start, h.end) and _listed_place_in_frame(text, ps, pe):
                continue  # (session 39) a country that is also a nationality word, where someone
                # lives or went: "went back to Myanmar" (a Myanmar worker, in Myanmar stay protected)
            if h.type == PERSON and h.source == "rule" and h.start < ps and pe < h.end and _SHORT_CAP.fullmatch(text, ps, pe):
                continue  # a short middle name that is also a weekday: Anh Thu Nguyen-Tran
            if (h.type == PERSON and h.source == "rule" and h.start == ps and text[pe:pe + 1] == " "
                    and pe < h.end and text[ps:pe] in CALENDAR_GIVEN):
                continue  # a calendar word opening a cued two-part given name: Jun Wei
            if (h.type == PERSON and h.source == "rule" and pe == h.end
                    and weekday_syllable_ends_name(text, h.start, ps, pe)):
                continue  # a Burmese name's last syllable spelled like a weekday: Aung Kyaw Thu
            timed = timed or (h.start < ps and a_time)
            nxt = []
            for s, e in pieces:
                if pe <= s or ps >= e:
                    nxt.append((s, e))
                    continue
                if s < ps:
                    nxt.append((s, ps))
                if pe < e:
                    nxt.append((pe, e))
            pieces = nxt
        best = None
        if timed and h.type in (ORGANIZATION, LOCATION):
            pieces = pieces[:1]  # รร.X|ตอนนี้|ศักดิ์ดาติดหนี้…: the body ends where the time begins
        for s, e in pieces:
            seg = text[s:e]
            s2 = s + (len(seg) - len(seg.lstrip(" ,.;:+&/-")))
            e2 = e - (len(seg) - len(seg.rstrip(" ,.;:+&/-")))
            if e2 < e and text[e2] == "." and (
                _THAI.match(text, e2 - 1)
                or text[s2:e2].endswith(_LEGAL_FORMS)
                or (h.type == ORGANIZATION and _DOTTED_FORM_END.search(text, s2, e2))
                or (h.type == ORGANIZATION and text[s2:e2].endswith(_ABBREVIATED_HEADS_SPACED))
                or (h.type == PERSON and _ENDS_IN_INITIAL.search(text, s2, e2))
            ):
                e2 += 1  # an abbreviation keeps its dot: มข., รพ.สต., Co., Ltd., Somsak K.
            # (a dictated name, all in lower case; not the kind word left of "Walmart| store")
            lower_name = (
                h.source in ("rule", "propagated") and _LOWER_WORD.fullmatch(text, s2, e2)
                and not any(c.isupper() for c in text[h.start:h.end])
            )
            acronym = h.type == ORGANIZATION and h.source in ("rule", "alias") and _ACRONYM.fullmatch(text, s2, e2)
            # a whole name in capitals that a rule read from a form label (Client: SITI RAHAYU)
            caps_name = h.type == PERSON and (
                (h.source == "rule" and _CAPS_NAME.fullmatch(text, s2, e2)) or _caps_nickname(text, text[s2:e2])
            )
            # (session 18) a body in a letterhead's capitals: SOUTH YORKSHIRE POLICE
            caps_name = caps_name or (h.type == ORGANIZATION and h.source == "rule" and _CAPS_BODY.fullmatch(text, s2, e2))
            numbered = h.source == "rule" and re.match(r"\d", text[s2:e2]) is not None  # 78th street
            # (session 20) romanised Korean units, often typed in lower case: pocheon-si gasan-myeon
            numbered = numbered or (h.type == LOCATION and h.source == "rule" and KOREAN_PLACE.fullmatch(text, s2, e2))
            if e2 - s2 >= 2 and (
                _THAI.search(text[s2:e2]) or NAME_TOKEN_RE.search(text[s2:e2]) or lower_name or acronym or caps_name
                or numbered or FOREIGN_SCRIPT.search(text[s2:e2])
            ) and (
                best is None or e2 - s2 > best[1] - best[0]
            ):
                best = (s2, e2)
        if best and not (best != (h.start, h.end) and (
            _bare_thai_kind(text, h.type, *best) or _bare_english_word(text, *best)
            or _word_before_thing(text, *best, protected)
        )):
            out.append(Hit(best[0], best[1], h.type, h.score, h.source))
    return out


def _quoted(text: str, h: Hit) -> bool:
    return h.start > 0 and text[h.start - 1] in "\"“‘'" and text[h.end:h.end + 1] in ("\"", "”", "’", "'")


def _bare_english_word(text: str, start: int, end: int) -> bool:
    """What is left once a protected term is cut off may be the sentence's first word, capitalised
    only because it opens the sentence (Given| Shelter helpline details): an ordinary English word
    there names nothing, unless it is also a given name. (A word left after the term — Family|
    Bridges — may still be the body's own name.)"""
    word = text[start:end]
    return (
        bool(re.fullmatch(r"[A-Za-z]+", word)) and _ordinary_english(word)
        and bool(re.search(r"(?:^|[.!?:;\n][^\S\n]*)$", text[max(0, start - 3):start]))
    )


def _word_before_thing(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
    """session 21 — one ordinary English word left right before a named thing that was cut off is
    what was said of the thing ("Loves| Pororo", "Hot| Cheetos"), not a name; a given name there
    (Grace| Pororo) stays."""
    from assistant.redact.given_names import all_given_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    word = text[start:end]
    return (
        bool(re.fullmatch(r"[A-Za-z]+", word)) and _ordinary(word) and word not in all_given_names()
        and any(ps in (end, end + 1) and text[end:ps].strip() == "" for ps, _ in protected)
    )


_EXTRA_BODY_HEADS = ("บ้านพัก", "สถานี", "ที่ว่าการ")


def _bare_thai_kind(text: str, etype: str, start: int, end: int) -> bool:
    """What is left of a place or body once a protected word is cut off may be only its kind
    (โรงเรียน|ตอนเย็น → โรงเรียน): one ordinary Thai word names no school, market or hospital, nor
    does a head with only kind words after it (ศูนย์การศึกษาพิเศษ|สัปดาห์ละ); what is left of a
    person may be only a title (ยาย|คนเดียว)."""
    from assistant.redact.learned_ner import TH_BODY_HEADS
    from assistant.redact.recognizers.organization_th import is_kind

    seg = text[start:end]
    th = get_thai_lexicon()
    if etype == PERSON:
        lex = get_lexicon()
        return seg in lex.th_soft_titles or seg in lex.th_strong_titles or seg in th.stopwords
    if etype not in (ORGANIZATION, LOCATION):
        return False
    if seg in th.words or seg in TH_BODY_ABBREVIATIONS:
        return True  # (รพ.สต.|กับแม่ → รพ.สต.: the abbreviation alone names no centre)
    head = next((h for h in (*TH_BODY_HEADS, *_EXTRA_BODY_HEADS) if seg.startswith(h)), None)
    rest = th.tokenize(seg[len(head):]) if head and re.fullmatch(rf"[{THAI_LETTERS}]+", seg) else []
    return bool(rest) and all(is_kind(t) for t in rest)


# --------------------------------------------------------------------------- 3. aliases
#: session 24 — quotes inside the bracket are the nickname's own marks: Jaruwan Saengkham ("Jan").
_PAREN_AFTER = re.compile(r"[^\S\n]*\([\"“]?([^()\n\d\"“”]{2,30})[\"”]?\)")
#: session 23 — a nickname in quotes right after the name (ซูไรดา ยูโซะ "Dah"): one word only, so
#: a quoted remark after a name is not taken for a nickname.
_QUOTED_AFTER = re.compile(r"[^\S\n]*[\"“']([^\s\"“”'\d()]{2,20})[\"”'](?![\w])")


#: session 35 (set 115) — the nickname in both scripts in the bracket after a name, either order,
#: perhaps with a remark after a dash: ("Aom" / ออม), ("Yak" / ยักษ์ — what the porters call him),
#: (แม่บัว / "Bua"). One side Latin and capitalised, the other one Thai word.
_BOTH_SCRIPTS = r"[\"“']?(?P<{0}>[A-Z][a-z]{{1,15}}|[\u0e01-\u0e4e]{{2,20}})[\"”']?"
_PAREN_BOTH_SCRIPTS = re.compile(
    r"[^\S\n]*\([^\S\n]*" + _BOTH_SCRIPTS.format("a") + r"[^\S\n]*/[^\S\n]*" + _BOTH_SCRIPTS.format("b")
    + r"[^\S\n]*(?:[—–,;:\-][^()\n]{0,60})?\)"
)
#: session 35 (set 107) — a full name written with no title, marked as one by the nickname bracket
#: after it (เยาวชน: ณัฐวุฒิ ขำเกิด (ชื่อเล่น ต้าร์)): two Thai words, then the bracket.
_FULL_NAME_BEFORE_NICKNAME = re.compile(
    r"(?<![\u0e01-\u0e4e])(?P<n>[\u0e01-\u0e4e]{2,20}[^\S\n][\u0e01-\u0e4e]{2,25})[^\S\n]*\((?:ชื่อเล่น|(?i:nickname))(?!ของ)"
)


#: session 25 — a word saying that what follows in the bracket is another name of the person.
#: (session 36: and the registered name's cue, ลูกปัด (ชื่อตามบัตร ธนพร ใจงาม), which is no name either)
_ALIAS_CUE = re.compile(rf"(?:(?:ชื่อเล่น|{REGISTERED_NAME_CUE})(?:ว่า|คือ)?|(?i:nickname[ds]?|nick|aka|a\.k\.a\.|known as|goes by))[^\S\n]*[:\-]?[^\S\n]*")


def add_aliases(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Add bracketed aliases; returns (person-index, alias-index) pairs of linked hits."""
    lex = get_lexicon()
    th = get_thai_lexicon()
    roles = lex.th_soft_titles | set(lex.th_roles_before_latin) | {
        "ผู้ป่วย", "มารดา", "บิดา", "ผู้ปกครอง", "ญาติ", "ล่าม", "อาสาสมัคร", "ผู้รับบริการ", "ผู้กระทำ",
        "ชาวต่างชาติ", "ต่างชาติ", "ต่างด้าว", "แรงงานต่างด้าว", "คนไทย", "ชาวพม่า", "ชาวกัมพูชา", "ชาวลาว",
        "พม่า", "กัมพูชา", "ลาว", "เขมร", "ผู้ดูแล", "เพื่อนบ้าน", "แฟน", "สามีเก่า", "ภรรยาเก่า",
        "เมียนมา", "ชาวเมียนมา", "เวียดนาม", "ชาวเวียดนาม", "ไทใหญ่", "ชาวไทใหญ่", "กะเหรี่ยง",
    } | _th_relation_nouns()  # ลุงชาญ วงศ์ทองดี (พ่อเลี้ยง): a relation in brackets, not a nickname
    links: list[tuple[int, int]] = []
    persons = [i for i, h in enumerate(hits) if h.type == PERSON]
    by_start = {hits[i].start: i for i in persons}
    for i in persons:
        h = hits[i]
        m = _PAREN_AFTER.match(text, h.end)
        if not m:
            m = _QUOTED_AFTER.match(text, h.end)
            if not m or (
                _THAI.search(m.group(1)) and m.group(1) in th.words and not th.is_name(m.group(1))
                and m.group(1) not in lex.th_word_nicknames
            ):
                continue  # นางมาลี "ดี": a quoted Thai word is a nickname only when it is no plain word
        inner = m.group(1).strip()
        s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        if cue := _ALIAS_CUE.match(inner):  # (ชื่อเล่น ปุ๊กปิ๊ก), (nickname Boo): the cue is no name
            inner, s = inner[cue.end():], s + cue.end()
            if not inner:
                continue
        e = s + len(inner)
        if e in (hits[j].end for j in persons) and s in by_start:
            links.append((i, by_start[s]))
            continue
        if _LATIN.search(inner) and not NAME_TOKEN_RE.match(inner):
            continue  # "(gma)", "(ELA)": lowercase or acronym, not a name
        quoted = '"' in m.group(0) or "“" in m.group(0) or "'" in m.group(0)
        if _LATIN.search(inner) and not all(is_name_token(t) for t in inner.split()) and not (
            quoted and " " not in inner and inner[0].isupper()
        ):
            continue  # ("Jan"), "Boss": quotes say it is what the person is called
        if inner in roles or (get_lexicon().protected_re.fullmatch(inner) and not (quoted and _LATIN.search(inner))):
            continue  # ("Jan") in quotes after a full name is her name, not January
        if _THAI.search(inner) and inner.endswith("."):
            continue  # ทุนเสมอภาค (กสศ.), บัตรทอง (สปสช.): an agency's abbreviation, no nickname
        if _THAI.search(inner) and " " not in inner:
            toks = [t for t in th.tokenize(inner) if t.strip()]
            after_full_name = get_lexicon_strong(text[h.start:h.end])
            after_latin = bool(_LATIN.search(text[h.start:h.end]))  # Emily (เอมมี่): a Thai spelling
            if not after_latin and len(toks) >= (3 if after_full_name else 2) and all(t in th.words and not th.is_name(t) for t in toks):
                continue  # an ordinary phrase such as (ชาวต่างชาติ), not a nickname
            if inner in th.words and not th.is_name(inner) and inner.startswith(("นัก", "ผู้", "เจ้าหน้าที่", "พนักงาน")):
                continue  # (นักสังคมสงเคราะห์), (ผู้ประสานงาน): a role word, not a nickname
            if inner.startswith(BRACKET_ROLE_OPENERS) and all(t in th.words and not th.is_name(t) for t in toks):
                continue  # (ครูประจำชั้น), (คนขับอาสา): a role phrase of ordinary words (ครูแดง is a name)
            if any(t in th.stopwords or t in lex.th_not_names for t in toks):
                continue  # (ไม่ทราบ), (เล่าเอง): a remark, not a nickname
        hits.append(Hit(s, e, PERSON, 0.8, "alias"))
        links.append((i, len(hits) - 1))
    # kin-titled name right before a bracketed person: ป้าพร (นางพรทิพย์ พรมมา)
    for i in persons:
        h = hits[i]
        j = h.start - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j < 0 or text[j] != "(":
            continue
        k = j - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        m = re.search(rf"[{THAI_LETTERS}]+$", text[: k + 1])
        if not m:
            continue
        word = m.group(0)
        for title in sorted(lex.th_soft_titles, key=len, reverse=True):
            rest = word[len(title):]
            if (
                word.startswith(title)
                and 2 <= len(rest) <= 10
                and rest not in lex.th_not_names
                and len([t for t in th.tokenize(rest) if len(t) > 1]) == 1
            ):
                hits.append(Hit(m.start(), m.end(), PERSON, 0.75, "alias"))
                links.append((i, len(hits) - 1))
                break
        else:
            if _nickname_before_full_name(text, m.start(), word, text[h.start:h.end], roles):
                hits.append(Hit(m.start(), m.end(), PERSON, 0.75, "alias"))
                links.append((i, len(hits) - 1))
    _add_english_nicknames_before(text, hits, persons, links)
    _add_nicknames_in_both_scripts(text, hits, persons, links)
    _add_full_names_before_nicknames(text, hits)
    _add_branch_places(text, hits)
    return links


def _add_nicknames_in_both_scripts(
    text: str, hits: list[Hit], persons: list[int], links: list[tuple[int, int]]
) -> None:
    """("Aom" / ออม) after a person: both are her nickname."""
    th = get_thai_lexicon()
    for i in persons:
        m = _PAREN_BOTH_SCRIPTS.match(text, hits[i].end)
        if not m or bool(_LATIN.search(m.group("a"))) == bool(_LATIN.search(m.group("b"))):
            continue  # one side in each script
        thai = m.group("a") if _THAI.search(m.group("a")) else m.group("b")
        if any(t in th.stopwords for t in th.tokenize(thai)):
            continue
        for group in ("a", "b"):
            hits.append(Hit(m.start(group), m.end(group), PERSON, 0.8, "alias"))
            links.append((i, len(hits) - 1))


def _add_full_names_before_nicknames(text: str, hits: list[Hit]) -> None:
    """ณัฐวุฒิ ขำเกิด (ชื่อเล่น ต้าร์): the two words before a nickname bracket are the full name,
    when neither is a function word or a role and one of them is a name or no dictionary word."""
    if "ชื่อเล่น" not in text and "ickname" not in text:
        return
    th = get_thai_lexicon()
    lex = get_lexicon()
    for m in _FULL_NAME_BEFORE_NICKNAME.finditer(text):
        words = m.group("n").split()
        if any(w in th.stopwords or w in lex.th_not_names or w in lex.th_soft_titles for w in words):
            continue
        if not any(th.is_name(w) or w not in th.words for w in words):
            continue
        if any(h.start <= m.start("n") and m.end("n") <= h.end for h in hits):
            continue
        hits.append(Hit(m.start("n"), m.end("n"), PERSON, 0.75, "alias"))


#: session 13 — a nickname standing before the bracketed full name: "Skhokho" (Siyabonga …),
#: "Big Dutch" (Wouter …), a list line's "- Nutmeg (Phimphaka Pimsen)".
_EN_NICK_BEFORE = re.compile(
    r"(?:[\"“‘'](?P<q>[A-Z][\w'’\-]*(?:[^\S\n][A-Za-z][\w'’\-]*){0,2})[\"”’']"
    r"|(?P<w>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?))[^\S\n]*\([^\S\n]*\Z"
)
_LIST_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*•]|\d{1,2}[.)])?[^\S\n]*\Z")


def _add_english_nicknames_before(text: str, hits: list[Hit], persons: list[int], links: list) -> None:
    """A quoted nickname, or a capitalised word that is no role or kin word, right before "(" and a
    full name in Latin letters is what that person is called. Unquoted, an English word (Nutmeg,
    Snow) counts only where it opens a line or a list item; a role (Sponsor, Mother) never does."""
    from assistant.redact.given_names import english_words
    from assistant.redact.recognizers.word_name_en import person_word

    for i in persons:
        h = hits[i]
        full = text[h.start:h.end]
        if " " not in full.strip() or not _LATIN.search(full):
            continue
        m = _EN_NICK_BEFORE.search(text, max(0, h.start - 40), h.start)
        if not m:
            continue
        if m.group("q"):
            nick, start = m.group("q"), m.start("q")
            ok = person_word(nick.split()[0]) or len(nick.split()) > 1
        else:
            nick, start = m.group("w"), m.start("w")
            ok = person_word(nick) and (
                nick.lower() not in english_words() or _LIST_LINE_START.search(text, 0, m.start()) is not None
            )
        if ok and nick.lower() not in get_lexicon().en_roles:
            hits.append(Hit(start, start + len(nick), PERSON, 0.75, "alias"))
            links.append((i, len(hits) - 1))


#: Words that open a clause (the slot rule's verbs) or a role, never a nickname standing before a
#: bracketed name.
_NOT_NICK_OPENERS = (*CLAUSE_PREFIXES, "นัก", "ผู้", "เจ้าหน้าที่", "พนักงาน", "คุย", "ส่ง", "เยี่ยม", "พบ")


def _nickname_before_full_name(text: str, start: int, word: str, inside: str, roles: set[str]) -> bool:
    """ปั้น (นายวัชระพล ชาลีเคร), ไตเติ้ล (ณัฐชนน ตั้งสกุลเจริญ): one word standing alone before a
    bracket that holds a full name (a title, or given and family name) is that person's nickname —
    unless it is a role, a relation, a function word or opens a clause (มาด้วย (นายX), ผู้ป่วย (…))."""
    th = get_thai_lexicon()
    lex = get_lexicon()
    if not (2 <= len(word) <= 16) or (start > 0 and not re.match(r"[\s:;,]", text[start - 1])):
        return False
    # a full name (a title, or given and family name), or a listed given name alone: โอ๊ต (ธนวัฒน์)
    full = " " in inside.strip() or inside.startswith(tuple(lex.th_strong_titles)) or (
        inside in th.given_names and inside not in th.words
    )
    if not full or word in roles or word in th.stopwords or word in lex.th_not_names or word.startswith(_NOT_NICK_OPENERS):
        return False
    if word.startswith(tuple(lex.th_soft_titles | _th_relation_nouns())):
        return False  # หลวงพี่เลี้ยง, พ่อแม่เด็ก: a title or kin word opens it (the loop above reads those)
    if re.search(r"\d[^\S\n]*$", text[max(0, start - 6):start]):
        return False  # อายุ 15 ปี (ด.ช. …): a count's unit, not a nickname
    return not any(t in th.stopwords or t in lex.th_not_names for t in th.tokenize(word))


_TH_PAREN_PLACE = re.compile(rf"[^\S\n]*\(([{THAI_LETTERS}]{{2,20}})\)")


def _add_branch_places(text: str, hits: list[Hit]) -> None:
    """Green Arrow Freight (บางนา), บ.X (ลาดกระบัง): a bracketed district or province right after
    an organisation says where that workplace is — a place of its own (LOCATION)."""
    if "(" not in text:
        return
    from assistant.redact.recognizers.location_th import PLACES
    from assistant.redact.recognizers.organization_th_public import _provinces

    for h in [h for h in hits if h.type == ORGANIZATION]:
        m = _TH_PAREN_PLACE.match(text, h.end)
        if m and (m.group(1) in PLACES or m.group(1) in _provinces()):
            hits.append(Hit(m.start(1), m.end(1), LOCATION, 0.7, "alias"))


def _th_relation_nouns() -> frozenset[str]:
    """Thai relation nouns (ลูกชาย, พ่อเลี้ยง …), shared with the bare-name recognizer."""
    from assistant.redact.recognizers.person_th_bare import RELATION_NOUNS

    return RELATION_NOUNS


def get_lexicon_strong(value: str) -> bool:
    """The name starts with a formal title (นาย, ด.ญ. …): a bracket after it is usually a nickname."""
    return any(value.startswith(t) for t in get_lexicon().th_strong_titles)


# --------------------------------------------------------------------------- 3b. coordination
_AND = r"[^\S\n]+(?:and|&|or)[^\S\n]+"
_COORD_BEFORE = re.compile(rf"(?<![A-Za-z\-'’])({NAME_TOKEN}){_AND}$")
_COORD_AFTER = re.compile(rf"{_AND}({NAME_TOKEN})(?![A-Za-z])")


def add_coordinated(text: str, hits: list[Hit]) -> None:
    """"Faith and Will", "Sage and Rowan": a capitalised word joined by and/& to a known
    English name is a name too, even when it is also an ordinary word (Will, Sage, Hope)."""
    for h in [h for h in hits if h.type == PERSON and _LATIN.search(text[h.start:h.end])]:
        before = _COORD_BEFORE.search(text, max(0, h.start - 30), h.start)
        after = _COORD_AFTER.match(text, h.end)
        for m in (before, after):
            if m and (is_name_token(m.group(1)) or is_word_name(m.group(1))):
                hits.append(Hit(m.start(1), m.end(1), PERSON, 0.6, "alias"))


_TH_SEP = r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:และ|กับ|หรือ)[^\S\n]*|[^\S\n]*(?:และ|กับ|หรือ)[^\S\n]+)"
_TH_COORD_AFTER = re.compile(rf"{_TH_SEP}([{THAI_LETTERS}]+)")
_TH_COORD_BEFORE = re.compile(rf"(?<![{THAI_LETTERS}])([{THAI_LETTERS}]+){_TH_SEP}$")
#: session 11 — a Thai word after a numeral is its classifier or unit (40 นาที, ต้น…; 2 ข้าง, ฝน…):
#: not the first item of a list of names.
_NUMERAL_BEFORE = re.compile(r"\d[^\S\n]*$")
_TH_ITEM_END = re.compile(r"(?:[^\S\n]|[,;:)\n.]|$)")
#: "นางสาวกุลธิดา สุขใจ (จ๋า)", "Nattapong (เบียร์)": one Thai word in brackets right after a name
#: is that person's nickname.
_TH_BRACKET_AFTER = re.compile(rf"[^\S\n]*\(([{THAI_LETTERS}]+)\)")


#: session 19 — "namely" opening a list of people: ได้แก่ ต้าร์ อาร์ม โอ๊ต ฯลฯ
_TH_NAMELY = re.compile(r"ได้แก่[^\S\n]*:?[^\S\n]*")
_TH_LIST_ITEM = re.compile(rf"([{THAI_LETTERS}]{{2,12}})(?![{THAI_LETTERS}])(?:[^\S\n]*\([^()\n]{{1,20}}\))?")
_TH_LIST_SEP = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]*(?:และ|กับ)[^\S\n]*|[^\S\n]+")
_TH_LIST_END = re.compile(r"[^\S\n]*(?:ฯลฯ|$|\n)")
#: What a list of people is a list of, said before ได้แก่ (friends, a gang, pupils, grandchildren).
_TH_PEOPLE_NOUNS = ("เพื่อน", "ก๊วน", "นักเรียน", "หลาน", "ลูก", "พี่น้อง", "เด็ก", "สมาชิก", "แก๊ง", "กลุ่ม", "คน")


def _add_thai_listed(text: str, hits: list[Hit], words) -> None:
    """Session 19: the items after ได้แก่ ("namely") in a list of people that ends with ฯลฯ or the
    line, written with spaces only (ก๊วนเพื่อน ได้แก่ ต้าร์ อาร์ม โอ๊ต ฯลฯ, หลาน 3 คน ได้แก่ ดาว (ป.6)
    บิว (ป.3) และน้องเก่ง): every lone word is a name when a people noun comes before ได้แก่ or an
    item is already known as a person. Nicknames are ordinary words (ดาว, พีช), so the list is the cue.
    Beside person_th_frames._names_list (comma lists whose items are mostly listed names): this one
    needs the other recognizers' hits, so it runs here."""
    people = [(h.start, h.end) for h in hits if h.type == PERSON]
    for cue in _TH_NAMELY.finditer(text):
        items: list[tuple[int, int]] = []
        pos = cue.end()
        while (m := _TH_LIST_ITEM.match(text, pos)) and len(items) < 12:
            items.append(m.span(1))
            sep = _TH_LIST_SEP.match(text, m.end())
            if not sep or _TH_LIST_END.match(text, m.end()):
                pos = m.end()
                break
            pos = sep.end()
        if len(items) < 2 or not _TH_LIST_END.match(text, pos):
            continue
        before = text[max(0, cue.start() - 40):cue.start()]
        known = any(s < pe and ps < e for s, e in items for ps, pe in people)
        if not known and not _people_head(before):
            continue
        for s, e in items:
            word = text[s:e]
            if any(s < pe and ps < e for ps, pe in people):
                continue
            if words.list_item(word):
                hits.append(Hit(s, e, PERSON, 0.6, "alias"))


def _people_head(before: str) -> bool:
    """A people noun heads the words before ได้แก่ (ก๊วนเพื่อนแถวหมู่บ้าน, หลาน 3 คนตามลำพัง), not
    one inside a relative clause (ผลไม้ที่เด็กชอบ: the list is of fruit)."""
    for noun in _TH_PEOPLE_NOUNS:
        k = before.rfind(noun)
        if k >= 0 and not before[:k].endswith(("ที่", "ให้", "ของ", "ซึ่ง")):
            return True
    return False


def add_thai_coordinated(text: str, hits: list[Hit]) -> None:
    """"ฝ้าย, โอม และ มิ้นท์", "บีม กับ โบ๊ท": a lone Thai word listed with a known person is a
    person too (nicknames are ordinary words, so the list is the cue). Repeats along the list."""
    from assistant.redact.recognizers.person_th_bare import bare_names

    words = bare_names()
    _add_thai_listed(text, hits, words)
    seen = {(h.start, h.end) for h in hits}
    for h in [h for h in hits if h.type == PERSON]:
        m = _TH_BRACKET_AFTER.match(text, h.end)
        if m and words.bracket_nickname(m.group(1)) and m.span(1) not in seen:
            seen.add(m.span(1))
            hits.append(Hit(m.start(1), m.end(1), PERSON, 0.6, "alias"))
    todo = [h for h in hits if h.type == PERSON and _THAI.search(text[h.start:h.end])]
    while todo:
        h = todo.pop()
        found: list[tuple[int, int]] = []
        m = _TH_COORD_AFTER.match(text, h.end)
        ok = words.list_item if m and "," in m.group(0) else words.lone_word
        if m and _TH_ITEM_END.match(text, m.end(1)) and ok(m.group(1)) and words.single_word(m.group(1)):
            found.append(m.span(1))
        m = _TH_COORD_BEFORE.search(text, max(0, h.start - 40), h.start)
        ok = words.list_item if m and "," in m.group(0)[len(m.group(1)):] else words.lone_word
        if (
            m
            and ok(m.group(1))
            and words.single_word(m.group(1))
            and (m.start(1) == 0 or not text[m.start(1) - 1].isalnum())
            and not _NUMERAL_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1))
        ):
            found.append(m.span(1))
        for s, e in found:
            if (s, e) not in seen and " " not in text[s:e]:
                seen.add((s, e))
                new = Hit(s, e, PERSON, 0.6, "alias")
                hits.append(new)
                todo.append(new)


_TH_LECTURER = re.compile(rf"(?<![{THAI_LETTERS}])อ\.[^\S\n]?([{THAI_LETTERS}]{{3,20}})")
_TH_PAIR = re.compile(
    rf"(?:คือ|ชื่อ)[^\S\n]*(?P<a>[{THAI_LETTERS}]{{2,12}})[^\S\n]*(?:กับ|และ)[^\S\n]*(?P<b>[{THAI_LETTERS}]{{2,12}})(?![{THAI_LETTERS}])"
)
_TH_ADMIN_AFTER = re.compile(r"[^\S\n]*(?:จ\.|จังหวัด|ต\.|ตำบล)")


#: session 16 — "or" between a full name and the nickname it is known by (ธนพลหรือโอ๊ตอายุ24).
_TH_OR = re.compile(rf"[^\S\n]?หรือ[^\S\n]?(?=[{THAI_LETTERS}])")
_TH_AGE_OR_PHONE_AFTER = re.compile(r"[^\S\n]*(?:อายุ|\(|\d{1,2}[^\S\n]*(?:ปี|ขวบ)|0[689]\d)")


def _add_thai_aka(text: str, hits: list[Hit], th) -> None:
    """A Thai person's span followed by หรือ and one word: the word is what they are called
    (จักรพันธ์หรือบอยอายุ19, ธีรพงษ์หรือไมค์ทำงาน…) unless it opens a clause, says what someone
    did or how they are, or is a role (แม่หรือพ่อ, ยาหรือไม่)."""
    from assistant.redact.recognizers.person_th import describes_person, is_occupation

    lex = get_lexicon()
    for h in [h for h in hits if h.type == PERSON and _THAI_CHUNK.match(text, h.end - 1)]:
        m = _TH_OR.match(text, h.end)
        if not m:
            continue
        chunk = _THAI_CHUNK.match(text, m.end())
        word = th.tokenize(chunk.group(0))[0] if chunk else ""
        if len(word) < 2 or word in th.stopwords or word in lex.th_clause_openers or word in lex.th_role_nouns:
            continue
        end = m.end() + len(word)
        titled = word in lex.th_soft_titles or word in lex.th_strong_titles
        if (titled and not _TH_AGE_OR_PHONE_AFTER.match(text, end)) or word in lex.th_not_names:
            continue  # หรือนาย…: a title opens the name; หรือทิด|อายุ22: the title word is the nickname
        if th.acts(word) or describes_person(word, th.words) or is_occupation(word):
            continue
        if word in th.words and not th.is_name(word) and not _TH_AGE_OR_PHONE_AFTER.match(text, end):
            # a dictionary word: a nickname only when the clause goes on as one (ไมค์|ทำงาน…)
            rest = th.tokenize(text[end:chunk.end()])
            if not rest or not th.acts(rest[0]):
                continue
        hits.append(Hit(m.end(), end, PERSON, 0.6, "alias"))


def add_thai_cued(text: str, hits: list[Hit]) -> None:
    """Thai cues with no name hit to lean on:
    - two lone words joined by กับ/และ right after คือ/ชื่อ, one name-shaped: คือ ท็อป กับ แบงค์;
    - a kin or role word with one word in brackets: พ่อ (ปั๊ป), แม่ (นก) — the nickname;
    - "อ." (อาจารย์) before a listed given name that is not also a word: อ.ธิดารัตน์ — but not
      "อ. อายุ" nor the district "อ.X" of an address (followed by จ./ต.), reported whole there.
    """
    from assistant.redact.recognizers.person_th_bare import bare_names

    lex = get_lexicon()
    th = get_thai_lexicon()
    words = bare_names()
    kin = "|".join(re.escape(t) for t in sorted(lex.th_soft_titles | lex.th_strict_titles, key=len, reverse=True))
    for m in re.finditer(rf"(?:{kin})(?:ชาย|สาว)?[^\S\n]*\(([{THAI_LETTERS}]{{2,12}})\)", text):
        if words.bracket_nickname(m.group(1)) and m.group(1) not in lex.th_soft_titles:
            hits.append(Hit(m.start(1), m.end(1), PERSON, 0.6, "alias"))
    # "คนที่แกล้งคือ ท็อป กับ แบงค์": two name-shaped words joined after คือ/ชื่อ
    for m in _TH_PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        pair = (a, b)
        if all(words.lone_word(w) and words.single_word(w) for w in pair) and any(map(words.name_shaped, pair)):
            hits.append(Hit(m.start("a"), m.end("a"), PERSON, 0.6, "alias"))
            hits.append(Hit(m.start("b"), m.end("b"), PERSON, 0.6, "alias"))
    _add_thai_aka(text, hits, th)
    for m in _TH_LECTURER.finditer(text):
        chunk = m.group(1)
        for k in range(len(chunk), 3, -1):
            if chunk[:k] in th.given_names:
                if chunk[:k] not in th.words and not _TH_ADMIN_AFTER.match(text, m.start(1) + k):
                    hits.append(Hit(m.start(), m.start(1) + k, PERSON, 0.6, "rule"))
                break


#: What shows that a spaced word after a Thai given name closes a full name. Strong: an age, a
#: bracket, a house, village (ม.9, หมู่ 4) or phone number. Weak: a comma, the line end or a short clause opener.
_TH_FAMILY_STRONG = re.compile(
    r"[^\S\n]*(?:\(?\d{1,3}[^\S\n]*(?:ปี|ขวบ)|อายุ|บ้านเลขที่|เลขที่|โทร|\+?\d{2,4}[- ]?\d|[)(]"
    r"|ม\.[^\S\n]?\d|หมู่(?:ที่)?[^\S\n]?\d)"  # ลุงX Y ม.9 บ้าน…: a village number closes the name
)
_TH_FAMILY_WEAK = re.compile(
    r"[^\S\n]*[,;:/]|[^\S\n]*\n|[^\S\n]*$|[^\S\n](?:ที่|เป็น|อยู่|ไม่|บอก|เล่า|แจ้ง|ช่วย|รายงาน|ขอ|ทำงาน|ไป|มา|ถูก|โดน|ปี[^\S\n]?\d)"
    # a Latin word after the name: a score or an English note goes on (ยายหีด หนูเอียด Barthel 60)
    r"|[^\S\n][A-Za-z]"
)
#: A double-barrelled family name with a Latin part: เอื้อวงศ์ตระกูล-Hollinshead.
_LATIN_BARREL = re.compile(r"-[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![A-Za-z])")
#: session 32 — a hyphenated family name in Thai letters (ดร.คอลิด อัล-ฟัยยูมี, an Arabic article
#: joined to the name): the part after the hyphen is the name's, whatever words it holds (…ยู|มี).
_THAI_BARREL = re.compile(r"-[\u0E01-\u0E4E]{2,16}(?=[\s,;:()\"”']|$)")
_TH_LOANWORD_MARK = re.compile("[\u0e4a\u0e4b]")
_TH_CHUNK_CLOSED = re.compile(r"[^\S\n]|[,;:()\n]|$")
#: Nominalisers that open a description, not a family name (ความดันสูง, การเงิน).
_TH_NOMINAL = ("ความ", "การ", "ราย")


#: Verbs that take มา/ไป to say where something went: with it they are a clause, not a name.
_MOVING_VERBS = frozenset({
    "ส่ง", "พา", "เอา", "นำ", "ขน", "กลับ", "เดิน", "วิ่ง", "ขึ้น", "ลง", "ออก", "เข้า", "ตาม", "ย้าย", "หนี",
    "โทร", "ไล่", "ขับ", "บิน", "ข้าม", "ถอย", "หอบ", "อุ้ม", "จูง",
})


def _moving_clause(chunk: str, th) -> bool:
    """A verb of moving or sending, then มา/ไป: ส่งมา, พาไป, กลับมา."""
    tokens = th.tokenize(chunk)
    return len(tokens) == 2 and tokens[1] in ("มา", "ไป") and tokens[0] in _MOVING_VERBS


def _th_family_ok(chunk: str, th, lex, *, strong: bool) -> bool:
    """A spaced Thai chunk that can be a family name: not a dictionary word (unless a listed
    family name), no function word, title, relation or verb among its pieces (name pieces such as
    สุข, ใจ excepted at the start). After a weak cue it must also show a name piece or a piece
    the dictionary does not know (ยายจันทร์ รายได้น้อย is a description)."""
    from assistant.redact.recognizers.person_th import (
        _CLAUSE_PREFIXES,
        _RELATION_NOUNS,
        _WHEN_WORDS,
        DESCRIPTION_OPENERS,
    )

    if chunk in th.family_names:
        return True
    if not 4 <= len(chunk) <= 16 or chunk in th.words or chunk.startswith(
        (*_CLAUSE_PREFIXES, *_TH_NOMINAL, *DESCRIPTION_OPENERS, *_WHEN_WORDS)  # พญ.X วันศุกร์: when, not who
    ):
        return False
    tokens: list[str] = []
    for t in th.tokenize(chunk):
        if tokens and len(t) == 1:
            tokens[-1] += t
        else:
            tokens.append(t)
    if len(tokens) > 4:
        return False
    hard = th.stopwords | lex.th_not_surnames | _RELATION_NOUNS
    named_rest = any(
        t in lex.th_name_pieces or t in th.family_names or th.is_name(t) or (len(t) >= 2 and t not in th.words)
        for t in tokens[1:]
    )
    titles = lex.th_soft_titles | lex.th_strong_titles
    for i, t in enumerate(tokens):
        if t in titles and i == 0:
            return False  # a second titled person, not a family name (ปิน|ตา|วงค์ keeps its ตา)
        if t in lex.th_name_pieces or t in th.family_names:
            continue
        if i == 0 and t in th.stopwords and len(tokens) > 1 and t not in lex.th_not_surnames:
            continue  # พึ่ง|บุญมาก: a particle-looking first piece of a family name
        if t in titles:
            continue  # ตา, อา inside a family name (ปิน|ตา|วงค์): its first piece was checked
        # the first piece of a compound family name may be an ordinary word when a name piece
        # follows it (สาย|แสงจันทร์), not a body part or a symptom's object (ปวด|เข่า)
        if t in hard or (t in lex.th_not_names and not (i == 0 and (len(t) <= 2 or named_rest))):
            return False
    if strong:
        return True
    return any(
        t in lex.th_name_pieces or t in th.family_names or th.is_name(t) or (len(t) >= 2 and t not in th.words)
        for t in tokens
    )


def _word_family_name(chunk: str, th) -> bool:
    """session 34 — a family name the dictionary holds as one word (อรอุมา ทองเหลือง, ธิดารัตน์
    ยอดดี): both halves common in family names, no title, clause or description opening it."""
    from assistant.redact.surname_pieces import two_word_family_name

    return (
        chunk in th.words and 4 <= len(chunk) <= 12 and not _opens_no_family_name(chunk, clauses=True)
        and not chunk.endswith(SENTENCE_PARTICLES) and two_word_family_name(chunk)
    )


#: Degree words that end a description, not a family name (ใจดีมาก, ขี้อายจัง).
_TH_DEGREE_END = ("มาก", "จัง", "จริง", "สุดๆ", "เกิน", "ไป", "ขึ้น", "ลง")


def _clause_subject(span: str, chunk: str, th) -> bool:
    """A full name may stand before a clause only when its given name is a long one of its own
    (ครูพิมพ์ลภัส, not ครูแพรว or ยายหอม: a nickname is what a description follows, ยายหอม
    ยิ้มแย้ม ตอบ…) — family names are often dictionary words too (แย้มสรวล, ศรีบุญเรือง) — and the
    chunk does not end in a degree word (ใจดีมาก) or name a cue (ชื่อจริง)."""
    given = span.strip()
    given = given[len(next((t for t in thai_titles() if given.startswith(t)), "")):].strip()
    return not (
        len(given) < 5 or given in th.words or chunk.endswith(_TH_DEGREE_END)
        or chunk.startswith(("ชื่อ", "นามสกุล", "เรียก"))  # หลานคนโต ชื่อจริง X: a cue, not a name
    )


def _clause_follows(text: str, pos: int, th) -> bool:
    """A spaced ordinary word after the chunk opens the clause the named person is the subject of
    (ครูX Y ทำแผล, ป้าX Y ดูแลสามี, วิทยากร: ครูX Y หัวข้อ…): the chunk closed the name."""
    if pos >= len(text) or text[pos] != " ":
        return False
    m = _THAI_CHUNK.match(text, pos + 1)
    if not m:
        return False
    first = th.tokenize(m.group(0))[0]
    return len(first) >= 2 and first in th.words and not th.is_name(first) and first not in th.family_names


def extend_thai_family(text: str, hits: list[Hit]) -> None:
    """Grow a Thai person span over the family name the recognizers left out.

    WHY: newmm cuts unknown given names (ผาย|คำ, จันทร์|ตา) and many family names hold pieces that
    are ordinary words (หลัง|ยา|หน่าย, วงศ์|ไพศาล|สุข), so title-led recognizers stop early. A
    spaced non-dictionary chunk after a given name, itself followed by an age, a bracket, a comma,
    the line end, a number or a short clause opener, closes a full name. A short rest of the
    given-name chunk (≤ 4 letters) is taken only when such a family name follows.
    """
    lex = get_lexicon()
    th = get_thai_lexicon()
    for h in hits:
        if h.type != PERSON or not _THAI.search(text[h.start:h.end]):
            continue
        end = h.end
        if " " in text[h.start:h.end].strip():  # a full name already: only a second barrel
            m = _LATIN_BARREL.match(text, end) or _THAI_BARREL.match(text, end)
            h.end = m.end() if m else end
            continue
        if end < len(text) and _THAI.match(text[end]):
            rest = _THAI_CHUNK.match(text, end)
            word = rest.group(0) if rest else ""
            if (
                not word or len(word) > 4 or word in lex.th_not_surnames
                or word.startswith(("เป็น", "ได้", "ไม่", "จะ", "ให้", "มี", "ไป", "มา"))
            ):
                continue
            end = rest.end()
            if _TH_LOANWORD_MARK.search(word) and _TH_CHUNK_CLOSED.match(text, end):
                h.end = end  # บังดา|โอ๊ะ: a piece spelled with ๊/๋ finishes a foreign given name
        if end >= len(text) or text[end] != " ":
            if end > h.end:
                continue
            m = _LATIN_BARREL.match(text, end)
            if m:
                h.end = m.end()
            continue
        m = _THAI_CHUNK.match(text, end + 1)
        if not m:
            continue
        stop = m.end()
        barrel = _LATIN_BARREL.match(text, stop)
        strong = bool(barrel or _TH_FAMILY_STRONG.match(text, stop))
        closed = strong or _TH_FAMILY_WEAK.match(text, stop) or (
            _clause_subject(text[h.start:h.end], m.group(0), th) and _clause_follows(text, stop, th)
        )
        # (session 18) อ.ธิดารัตน์ ส่ง|มา: "sent (him) here", not a family name (ทอง|มา is one)
        if not closed or _moving_clause(m.group(0), th) or not (
            _th_family_ok(m.group(0), th, lex, strong=strong)
            or (not text[h.start:end].endswith(SENTENCE_PARTICLES) and _pieced_family_name(m.group(0), th, strong=strong))
            or _word_family_name(m.group(0), th)
        ):
            continue
        h.end = barrel.end() if barrel else stop


#: session 14 — a strong title, a given name glued to it, one space, a family name, then what
#: closes a full name in a list or a form (a bracket, an age): นายสามารถ มั่นยืนยง (Sam) 44 ปี.
_TITLED_FULL_NAME = re.compile(
    r"(?<![\u0E00-\u0E7F])(?:นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง)"
    r"[\u0E01-\u0E4E]{2,20}[^\S\n](?P<f>[\u0E01-\u0E4E]{3,20})"
    r"(?=[^\S\n]*(?:\(|\d{1,3}[^\S\n]*(?:ปี|ขวบ)|อายุ))"
)
#: Roles written with นาย/นาง that name no one, beyond those cut from a hit (_TH_TITLE_ROLES): a
#: mayor, a doctor's title, a capitalist, officers, a nurse, a beauty queen, a model, a heroine.
_TH_TITLE_ROLES_MORE = (
    "นายก", "นายอำเภอ", "นายแพทย์", "นายทุน", "นายพล", "นายร้อย", "นายสิบ", "นายทหาร", "นายตำรวจ",
    "นางพยาบาล", "นางงาม", "นางแบบ", "นางเอก", "นางฟ้า",
)


def add_titled_full_names(text: str, hits: list[Hit]) -> None:
    """session 14 — a full name after a strong title whose given name is also a word (สามารถ
    "able", สมหวัง "fulfilled"), which the rules would not take after a title alone, when a
    bracket or an age closes it and its family name is no dictionary word or is built of
    family-name pieces (not a role written with the title: นายจ้าง, นางพยาบาล)."""
    from assistant.redact.surname_pieces import surname_like

    if not _THAI.search(text):
        return
    words = get_thai_lexicon().words
    for m in _TITLED_FULL_NAME.finditer(text):
        family = m.group("f")
        if text.startswith((*_TH_TITLE_ROLES, *_TH_TITLE_ROLES_MORE), m.start()):
            continue
        if _opens_no_family_name(family, clauses=False):
            continue  # นางป่านคำ หญิงชาวไทใหญ่ 27 ปี: who she is, not her family name
        if family in words and not surname_like(family):
            continue
        if not any(h.start <= m.start() and m.end() <= h.end for h in hits):
            hits.append(Hit(m.start(), m.end(), PERSON, 0.75, "rule"))


def _opens_no_family_name(chunk: str, *, clauses: bool) -> bool:
    """A chunk after a given name that opens as a title, a noun of action, a description, a time
    or (``clauses``) a verb is not a family name, whatever pieces it is made of."""
    from assistant.redact.recognizers.person_th import (
        _CLAUSE_PREFIXES,
        _WHEN_WORDS,
        DESCRIPTION_OPENERS,
    )

    return chunk.startswith(
        (*thai_titles(), *(_CLAUSE_PREFIXES if clauses else ()), *_TH_NOMINAL, *DESCRIPTION_OPENERS, *_WHEN_WORDS)
    )


def _pieced_family_name(chunk: str, th, *, strong: bool) -> bool:
    """session 14 — a family name of ordinary words (มีมาก, ธรรมสอน) that _th_family_ok turns
    away: every piece one that family names are built of, no title opening it, and no verb
    opening it unless an age or a bracket closes the name (ลุงเชิด มีมาก (70 ปี))."""
    from assistant.redact.surname_pieces import surname_like

    if not 4 <= len(chunk) <= 16 or chunk in th.words or _opens_no_family_name(chunk, clauses=not strong):
        return False  # ยายX ช่วยเลี้ยงอยู่: a clause opens with a verb, whatever its pieces
    return surname_like(chunk)


# --------------------------------------------------------------------------- 4. propagation


#: Words a family name follows glued: a side of the family, a clan, a household (ญาติฝั่งทองนาค).
_FAMILY_FRAMES = ("ฝั่ง", "ตระกูล", "ครอบครัว", "สกุล", "พวก")


def propagate(text: str, hits: list[Hit]) -> list[Hit]:
    """Other mentions of known names: English tokens case-sensitively, Thai names as written."""
    hits = fix_thai_bounds(text, hits, Hit)
    extend_thai_family(text, hits)
    lex = get_lexicon()
    th = get_thai_lexicon()
    en_tokens: set[str] = set()
    th_forms: set[str] = set()
    th_given: dict[str, int] = {}  # Thai given names (พิมพ์ชนก) → first position, for short forms
    modal_forms: set[str] = set()  # known names that are also common capitalised words (Will)
    word_forms: dict[str, int] = {}  # ordinary-word nickname → where it was first seen as a name
    family_forms: set[str] = set()  # family names seen in a full name: alone only as a word of their own
    lower_tokens: set[str] = set()  # names a rule read in lower case (dictated notes)
    for h in hits:
        if h.type != PERSON:
            continue
        value = text[h.start:h.end]
        if _THAI.search(value):
            core = value.strip()
            titled = False
            for title in sorted(lex.th_strong_titles | lex.th_soft_titles, key=len, reverse=True):
                if core.startswith(title):
                    core = core[len(title):].strip()
                    titled = True
                    break
            if not titled and (dotted := _TH_ROLE_ABBREV.match(core)):
                core, titled = core[dotted.end():], True  # อสม.ลำดวน, จนท.ก้อย: the role is a cue
            if titled:  # stacked kin cues (แม่|น้อง|ตะวัน, ป้า|พี่|…): the bare name spreads too
                core = _strip_stacked_title(core, lex)
            if titled or (len(core) >= 3 and core not in th.words):
                th_forms.add(value.strip())
                if titled and len(core.split()) == 2:
                    th_forms.add(core)  # (session 32) the full name again without its title: เฮง ดารา|อีกครั้ง
                given = core.split()[0] if core.split() else ""
                if len(given) >= 5 and _THAI.search(given):
                    th_given.setdefault(given, h.start)
            else:  # a bare nickname that is also a word (นก, จูน): only as a whole word
                named = bool(_EXPLICIT_NICKNAME_BEFORE.search(text, max(0, h.start - 16), h.start))
                _add_word_form(word_forms, core, h.start, th, lex, named=named)
            for i, part in enumerate(core.split()):
                if len(part) >= 3 and part not in th.words and _THAI.search(part):
                    (th_forms if i == 0 else family_forms).add(part)
                elif _THAI.search(part) and i == 0:
                    # a family name that is a phrase (ใจสู้, ใจเย็น) is not used alone in Thai
                    # notes: "เริ่มใจสู้ขึ้น" is the phrase, so only given names spread as words
                    _add_word_form(word_forms, part, h.start, th, lex)
        if _caps_nickname(text, value):
            en_tokens.add(value)  # "goes by MJ" … "MJ's mobile"
        for tok in re.findall(rf"[{NAME_CHARS}]+", value):
            tok = re.sub(r"['’]s$", "", tok)
            if is_name_token(tok, allow_month=True):
                en_tokens.add(tok)
            elif is_word_name(tok):
                modal_forms.add(tok)
            elif tok.islower() and len(tok) >= 3:
                lower_tokens.add(tok)
    out: list[Hit] = []
    for tok in sorted(modal_forms):  # "Will" as a name, but not "Will call Fri"
        for start, end in occurrences(text, tok, not_after=LATIN_OR_HYPHEN, not_before=LATIN):
            if not _MODAL_USE.match(text, end):
                out.append(Hit(start, end, PERSON, 0.65, "propagated"))
    for tok in sorted(en_tokens):
        month = tok in MONTH_NAMES
        for start, end in occurrences(text, tok, not_after=LATIN_OR_HYPHEN, not_before=LOWER):
            if not (month and followed_by_number(text, end)):  # "May 5" is a date
                out.append(Hit(start, end, PERSON, 0.7, "propagated"))
    out.extend(_dictated_mentions(text, lower_tokens))
    out.extend(_dictated_word_name_mentions(text, lower_tokens))
    out.extend(_lower_case_mentions(text, en_tokens))
    for form in sorted(th_forms):
        if len(form) < 2:
            continue
        for start, end in occurrences(text, form):
            out.append(Hit(start, end, PERSON, 0.7, "propagated"))
    for form in sorted(family_forms - th_forms):
        # a family name that is also a phrase (ใจสู้): glued into a clause on both sides
        # (เริ่มใจสู้ขึ้น) it is the phrase; with a space or a mark on one side it is the name
        for start, end in occurrences(text, form):
            if not (_THAI.match(text, start - 1) if start else False) or not _THAI.match(text, end) or (
                text.endswith(_FAMILY_FRAMES, 0, start)  # (session 32) ญาติฝั่ง|ทองนาค|คนอื่น: whose family
            ):
                out.append(Hit(start, end, PERSON, 0.7, "propagated"))
    if th_given:
        out.extend(_thai_short_forms(text, th_given, th))
    if word_forms:
        bounds = _ThaiWordBounds(text, th)
        for form, first in word_forms.items():
            particle = form in th.stopwords  # หน่อย, เอง: a name only where a clause starts
            for start, end in occurrences(text, form):
                if particle and start > 0 and not text[start - 1].isspace():
                    continue
                # before the mention that made it a name, only where a clause or a cell opens
                # with it ("(ปาล์มส่งมาให้)", "2) มะขวิดกับ…"), never glued after a word (ขายหมูปิ้ง)
                if start < first and start > 0 and _THAI.match(text, start - 1):
                    continue
                if start != first and (bounds.is_word(start, end) or bounds.is_word_before_particle(start, end)):
                    out.append(Hit(start, end, PERSON, 0.65, "propagated"))
    return extend_names(text, hits + out)


def _dictated_mentions(text: str, tokens: set[str]) -> list[Hit]:
    """Session 13: in a note dictated in lower case, the other mentions of a lower-case name a rule
    found ("seen noina at the drop in … goes by noina"), where the name is no English word."""
    if not tokens:
        return []
    from assistant.redact.recognizers.person_en_dictated import dictated_lower

    names = [t for t in sorted(tokens) if _no_english_word(t)]
    if not names or not dictated_lower(text):
        return []
    return _whole_word_mentions(text, names)


#: The person doing the telling or the coming and going, right after a name in a dictated note.
_REPORTING_AFTER = re.compile(
    r"[^\S\n]+(?:said|says|told|tells|asked|asks|reported|reports|returned|came|comes|feels|felt|"
    r"agreed|denied|denies|cried|admitted|explained|wants|wanted)(?![A-Za-z])"
)


def _dictated_word_name_mentions(text: str, tokens: set[str]) -> list[Hit]:
    """Session 27 (set 88): a dictated given name that is also a word (hope, jade, ivy), found in
    the note as a person ("about hope ashworth-kaur"), is the same person where it stands as the
    subject of a reporting verb ("hope said", "hope returned") — never "lost all hope"."""
    from assistant.redact.given_names import word_names
    from assistant.redact.recognizers.person_en_dictated import dictated_lower

    names = sorted(t for t in tokens if t.capitalize() in word_names())
    if not names or not dictated_lower(text):
        return []
    return [
        Hit(start, end, PERSON, 0.6, "propagated")
        for tok in names
        for start, end in occurrences(text, tok, not_after=LATIN_OR_HYPHEN, not_before=LATIN)
        if _REPORTING_AFTER.match(text, end)
    ]


def _lower_case_mentions(text: str, tokens: set[str]) -> list[Hit]:
    """Session 19: a name found written with its capital ("Siti, 29, from …") is the same person
    where a hurried or speech-to-text line writes it in lower case ("she accuses siti of …"),
    when the lower-case form is no English word (tanner, rose and mark are words: left alone)."""
    from assistant.redact.given_names import english_words

    words = english_words()
    names = [
        low for tok in sorted(tokens)
        if (low := tok.lower()) != tok and len(low) >= 3 and low.isalpha() and _no_english_word(low)
        and not (low.endswith("s") and low[:-1] in words)  # Miles, the name; miles, the distance
    ]
    return _whole_word_mentions(text, names)


def _no_english_word(word: str) -> bool:
    """Neither a dictionary word nor an inflection of one (went, the)."""
    from assistant.redact.given_names import english_word_forms, english_words

    return word not in english_words() and word not in english_word_forms()


def _whole_word_mentions(text: str, names: list[str]) -> list[Hit]:
    """Every mention of each name as written, as a word of its own."""
    return [
        Hit(start, end, PERSON, 0.6, "propagated")
        for tok in names
        for start, end in occurrences(text, tok, not_after=LATIN_OR_HYPHEN, not_before=LATIN)
    ]


_TH_ROLE_ABBREV = re.compile(rf"[{THAI_LETTERS}]{{2,5}}\.(?=[{THAI_LETTERS}]{{2}})")


def _strip_stacked_title(core: str, lex) -> str:
    """A second kin title glued after the first one (แม่น้องตะวัน → ตะวัน) is a cue, not the name."""
    title = next(
        (t for t in sorted(lex.th_soft_titles, key=len, reverse=True)
         if core.startswith(t) and len(core) - len(t) >= 2 and " " not in core[:len(t) + 1]),
        "",
    )
    return core[len(title):] if title else core


_TH_REPORTING = re.compile(r"[^\S\n]*(?:บอก|เล่า|พูด|แจ้ง|ถาม|ตอบ|ว่า|ร้องไห้|ยอมรับ|อยาก|ไม่อยาก|รู้สึก)")


def _thai_short_forms(text: str, given: dict[str, int], th) -> list[Hit]:
    """A shortened nickname used alone after the full name: พิม for พิมพ์ชนก, ธนา for ธนากร.

    A word-token that is a strict prefix (≥ 3 letters) of a Thai given name already found in the
    text, later than it. An ordinary word (พิมพ์ "print") counts only as the subject of a
    reporting verb (พิมพ์บอกว่า), so everyday uses stay.
    """
    out: list[Hit] = []
    first = min(given.values())
    for chunk in _THAI_CHUNK.finditer(text, first):
        pos = chunk.start()
        for tok in th.tokenize(chunk.group(0)):
            s, e = pos, pos + len(tok)
            pos = e
            if len(tok) < 3:
                continue
            for name, at in given.items():
                if (
                    s > at
                    and len(tok) <= len(name) - 2
                    and name.startswith(tok)
                    and (tok not in th.words or _TH_REPORTING.match(text, e))
                ):
                    out.append(Hit(s, e, PERSON, 0.6, "propagated"))
                    break
    return out


#: A common word used as itself, not as a name: followed by a lowercase word that is not a
#: third-person or past verb ("Will try", "Will follow up"), unlike "Will works", "Will yelled".
_MODAL_USE = re.compile(r"[^\S\n]+(?![a-z]+(?:s|ed)\b)[a-z]")


#: session 17 — the note says outright that the next word is the nickname (ชื่อเล่น ชาย, ชื่อเล่นว่าสาว).
_EXPLICIT_NICKNAME_BEFORE = re.compile(r"ชื่อเล่น[^\S\n]*(?:ว่า|คือ)?[^\S\n]*[\"“]?\Z")


def _add_word_form(forms: dict[str, int], word: str, pos: int, th, lex, named: bool = False) -> None:
    """Remember a nickname that is also an ordinary word (ขิม, จูน, เบนซ์), unless it is a
    function word or verb (ต่อ, เปลี่ยน), whose later uses are almost never the person. A word
    that is never a name elsewhere (ชาย, สาว) is one here when the note said it is the nickname
    (``named``: ชื่อเล่น ชาย): its later uses as a whole word are the person."""
    if len(word) < 2 or (word in lex.th_not_names and not named) or " " in word:
        return
    forms[word] = min(pos, forms.get(word, pos))


class _ThaiWordBounds:
    """Word boundaries of the Thai chunks of a text (newmm), computed once per chunk on demand:
    "จูนพักกับน้า" → จูน|พัก|กับ|น้า, so จูน is a word there and not inside มิถุนายน."""

    def __init__(self, text: str, th) -> None:
        self._text = text
        self._th = th
        self._cache: dict[int, set[int]] = {}

    def is_word(self, start: int, end: int) -> bool:
        cuts = self._cuts(start, end)
        return cuts is not None and start in cuts and end in cuts

    def is_word_before_particle(self, start: int, end: int) -> bool:
        """Starts a word and a spoken particle follows: newmm reads "บอสนะ" as บอ|สนะ."""
        cuts = self._cuts(start, end)
        return cuts is not None and start in cuts and bool(_TH_PARTICLE_AFTER.match(self._text, end))

    def _cuts(self, start: int, end: int) -> set[int] | None:
        m = None
        for m in _THAI_CHUNK.finditer(self._text, max(0, start - 200), end + 200):
            if m.start() <= start and end <= m.end():
                break
        else:
            return None
        if m.start() not in self._cache:
            cuts, pos = {m.start()}, m.start()
            for tok in self._th.tokenize(m.group(0)):
                pos += len(tok)
                cuts.add(pos)
            self._cache[m.start()] = cuts
        return self._cache[m.start()]


#: Spoken particles and clause-final words that newmm may glue to a name before them.
_TH_PARTICLE_AFTER = re.compile(rf"(?:นะ|ค่ะ|คะ|ครับ|จ้ะ|จ้า|เลย|ด้วย)(?:[^{THAI_LETTERS}]|$)")


_TOKEN_BEFORE = re.compile(rf"({NAME_TOKEN}) $")
_TOKEN_AFTER = re.compile(rf" ({NAME_TOKEN})(?![A-Za-z])")
#: Name particles inside a full name: Maria de Lourdes Ixcoy, Ludwig van Beek, Omar bin Said.
_PARTICLES_AFTER = re.compile(
    rf"((?: {_PARTICLES})+) ({NAME_TOKEN})(?![A-Za-z])"
)


#: session 22 — a letter's greeting before a name is no name of its own ("Dear Dr. Orawan").
_SALUTATIONS = frozenset({"Dear", "Dearest", "Hi", "Hello", "Hey", "Attn", "Attention"})


def extend_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Grow English person spans over an adjacent name token ("Brooklyn" + found "Hayes")."""
    for h in hits:
        if h.type != PERSON or not _LATIN.search(text[h.start:h.end]):
            continue
        m = _TOKEN_BEFORE.search(text, max(0, h.start - 40), h.start)
        if m and m.end() == h.start and is_name_token(m.group(1)) and m.group(1) not in _SALUTATIONS:
            h.start = m.start(1)
        for _ in range(3):
            m = _TOKEN_AFTER.match(text, h.end)
            if m and is_name_token(m.group(1)):
                h.end = m.end(1)
                continue
            m = _PARTICLES_AFTER.match(text, h.end)
            if m and is_name_token(m.group(2)):
                h.end = m.end(2)
                continue
            break
    return hits


# --------------------------------------------------------------------------- 5. merging
def _thai_family_after(text: str, h: Hit) -> bool:
    """A Thai person hit right after another (one space between) that is a family name, not a
    second titled person: คุณชลลดา + พึ่งบุญมาก is one name, ยายหอม + ลุงชม two."""
    value = text[h.start:h.end]
    if not _THAI.search(value) or " " in value:
        return False
    lex = get_lexicon()
    return not value.startswith(tuple(lex.th_soft_titles | lex.th_strong_titles))


def merge(text: str, hits: list[Hit]) -> list[Hit]:
    """Union overlapping hits (and person hits separated by one space) into single spans."""
    if not hits:
        return []
    hits = sorted(hits, key=lambda h: (h.start, -h.end))
    groups: list[list[Hit]] = [[hits[0]]]
    end = hits[0].end
    for h in hits[1:]:
        last = groups[-1]
        adjacent_names = (
            h.type == PERSON
            and all(x.type == PERSON for x in last)
            and h.start == end + 1
            and text[end] == " "
            and (_LATIN.search(text[h.start:h.end]) is not None or _thai_family_after(text, h))
        )
        if h.start < end or adjacent_names:
            last.append(h)
            end = max(end, h.end)
        else:
            groups.append([h])
            end = h.end
    merged: list[Hit] = []
    for g in groups:
        s = min(h.start for h in g)
        e = max(h.end for h in g)
        writer = [h for h in g if h.source == "writer"]
        best = max(writer or g, key=lambda h: (h.end - h.start, TYPE_PRIORITY.get(h.type, 0), h.score))
        source = "writer" if writer else best.source
        merged.append(Hit(s, e, best.type, max(h.score for h in g), source))
    return _join_bracketed_nicknames(text, merged)


#: session 22 — "Ronan (Ro) McLaughlin", "Mr Alexander (Sandy) Baird": the nickname in brackets
#: between a given and a family name.
_NICK_OPEN = re.compile(r"\s*\(")
_NICK_CLOSE = re.compile(r"\)[^\S\n]")


def _join_bracketed_nicknames(text: str, hits: list[Hit]) -> list[Hit]:
    """One name, not three: a person, a bracketed person, a person, with nothing else between.
    Why: the pieces were each covered, but the brackets between them showed where a name had a
    nickname, and a reader is better served by one placeholder for the one person."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if i + 2 < len(hits) and all(x.type == PERSON for x in hits[i:i + 3]):
            nick, family = hits[i + 1], hits[i + 2]
            if _NICK_OPEN.fullmatch(text, h.end, nick.start) and _NICK_CLOSE.fullmatch(text, nick.end, family.start):
                out.append(Hit(h.start, family.end, PERSON, max(h.score, nick.score, family.score), h.source))
                i += 3
                continue
        out.append(h)
        i += 1
    return out
