"""Span boundaries: grow a found span over the parts of the same identifier its rule stopped short
of, just before overlapping spans are merged.

Why: on text by writers the rules had never seen, two in five misses were identifiers only PARTLY
covered (session 6, three blind sets): an address whose village or district sat between two found
pieces, a business whose head word (คาร์แคร์, คาราโอเกะ) was left outside its owner's name, a
workplace whose branch town stood after it, a phone number without its extension, a display name
without its tag. The part left over still points at the person, and a placeholder beside a town
reads worse than one span. Each rule here starts from a span a recognizer already found and
takes in only what the identifier's own grammar allows after (or before) it, on the same line —
never an ordinary word of the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from assistant.redact.given_names import given_names
from assistant.redact.names_en import SUBJECT_OPENERS
from assistant.redact.recognizers.address_th import glued_unit_end
from assistant.redact.recognizers.dob import EN_MONTH_WORD, TH_MONTH_OPENING
from assistant.redact.recognizers.location_gazetteer import TOO_WIDE
from assistant.redact.recognizers.online_id import GAME_NAMES, TH_CLAUSE_WORDS
from assistant.redact.recognizers.person_en_frames import OBJECT_AFTER_VERB
from assistant.redact.recognizers.person_th_frames import SENTENCE_PARTICLES
from assistant.redact.resolve import Hit
from assistant.redact.thai_lexicon import THAI_LETTERS, base_letters, get_thai_lexicon
from assistant.redact.types import (
    ADDRESS,
    CASE_NUMBER,
    ID_NUMBER,
    LOCATION,
    ONLINE_ID,
    ORGANIZATION,
    PERSON,
    PHONE,
)

# ------------------------------------------------------------------ known places


def is_known_thai_place(name: str) -> bool:
    """A Thai district, town, province or sub-district name (the sub-district only when it is not
    an ordinary word or a given name: many are, แสงสว่าง "light")."""
    from assistant.redact.gazetteer import distinct_local_place_names, thai_place_names
    from assistant.redact.recognizers.location_th import PLACES
    from assistant.redact.recognizers.organization_th_public import _provinces

    return (
        name in PLACES or name in _provinces() or name in thai_place_names()
        or name in distinct_local_place_names()
    )


# ------------------------------------------------------------------ address runs

#: บ้าน + whose home it is (บ้านแม่ที่ อ.X "mother's house in district X"): a home, no village.
_HOME_OF = "(?:แม่|พ่อ|ยาย|ตา|ป้า|ลุง|น้า|อา|ย่า|ปู่|พี่|น้อง|เพื่อน|ญาติ|ลูก|สามี|แฟน|ตัวเอง|เช่า|พัก|เดิม|เกิด)"
#: Parts of a Thai address run, each a marker and its value: หมู่ 9, ม.3, บ.ห้วยทราย, ต.นาดี,
#: อ.ภูซาง, จ.พะเยา, ถ.รัชดาภิเษก, ซ.7, แขวง…, อาคารซี, ชั้น 4, ห้อง 804. บ้าน needs its name glued
#: (บ้านนาคำ; "บ้าน เพื่อน" is a home).
_TH_PART = re.compile(
    rf"(?:(?:บ\.|ม\.|ต\.|อ\.|จ\.|ถ\.|ซ\.|หมู่ที่|หมู่|ตำบล|อำเภอ|จังหวัด|ถนน|ซอย|แขวง|เขต|อาคาร|ตึก|ชั้น|ห้อง|หมู่บ้าน)"
    rf"[^\S\n]?|บ้าน(?!{_HOME_OF}))[{THAI_LETTERS}\d][{THAI_LETTERS}\d/\-]*"
)
#: Between two parts: spaces, a comma, or an abbreviation's full stop and a comma ("Subd., Brgy.").
_GAP = re.compile(r"[^\S\n]{1,3}|\.?,[^\S\n]{0,2}")
#: An address that names a road or a building and ends in a Thai name (…อาคาร B คอนโดX ลาดพร้าว).
_ENDS_IN_NAMED_ROAD = re.compile(rf"(?:ซอย|ซ\.|ถนน|ถ\.|คอนโด|อาคาร|หมู่บ้าน)[^\n]*[^\S\n][{THAI_LETTERS}]{{3,}}$")
#: session 12 — a flat or unit, or a five-digit postcode before its town, after a Latin street
#: address (Frobenstraße 12, 2nd floor, 10783 Berlin).
_LATIN_PART = re.compile(
    r"(?:[Aa]pt\.?|[Ff]lat|[Uu]nit)[^\S\n]*\d{1,4}[A-Za-z]?(?![\w/])"
    r"|\d{5}[^\S\n]+[A-Z][a-zäöüßéè]+(?:[\-][A-Z][a-zäöüß]+)?"
)
#: A floor identifies nothing alone (writers keep "7th floor"): taken only between two parts.
_LATIN_FLOOR = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)|ground|top|first|second|third)[^\S\n]+floor(?![A-Za-z])")
#: A Thai postcode (five digits); after a Latin town, four digits too (Valenzuela City 1440, NSW 2770).
_POSTCODE = re.compile(r"\d{5}(?![\d.:/])")
_POSTCODE_4 = re.compile(r"\d{4}(?![\d:/]|\.\d)")
#: A postal district after a Latin town, then a comma (Dublin 8, D08 X2K7).
_DISTRICT_NUMBER = re.compile(r"\d{1,2}(?=,)")
_THAI_CHUNK = re.compile(rf"[{THAI_LETTERS}]+")


def join_address_runs(text: str, hits: list[Hit]) -> None:
    """27 ม.3 | บ.ห้วยทรายขาว | ต.ป่าสัก อ.ภูซาง: an address span grows over the address parts,
    place names, postcode and found place spans that follow it on its line; one building or
    estate name may stand between two parts (ห้อง 804 อาคารซี ลุมพินีเพลส ถ.รัชดาภิเษก)."""
    if not any(h.type == ADDRESS for h in hits):
        return
    places = {}
    for h in hits:
        if h.type in (ADDRESS, LOCATION):
            places[h.start] = max(places.get(h.start, h.end), h.end)
    for a in [h for h in hits if h.type == ADDRESS]:
        pos = end = a.end
        free = False
        while (gap := _GAP.match(text, pos)) is not None:
            at = gap.end()
            if at in places:
                pos = end = places[at]
                continue
            part = _TH_PART.match(text, at) or _LATIN_PART.match(text, at) or _POSTCODE.match(text, at)
            if not part and text[pos - 1:pos].isalpha() and text[pos - 1:pos].isascii() and gap.group(0) == " ":
                part = _POSTCODE_4.match(text, at) or _DISTRICT_NUMBER.match(text, at)
            if not part and text[at:at + 1].isdigit() and _ENDS_IN_NAMED_ROAD.search(text, a.start, pos):
                part = _PLACE_NUMBER.match(text, at)  # …คอนโดX ลาดพร้าว| 48: the lane of the road just named
            if part:
                pos = end = part.end()
                continue
            floor = _LATIN_FLOOR.match(text, at)
            if floor and not free:
                free, pos = True, floor.end()  # Frobenstraße 12, 2nd floor|, 10783 Berlin
                continue
            chunk = _THAI_CHUNK.match(text, at)
            if chunk and is_known_thai_place(chunk.group(0)):
                pos = end = chunk.end()
                continue
            if chunk and not free and _a_name_not_a_clause(chunk.group(0)):
                free, pos = True, chunk.end()  # taken only if an address part follows it
                continue
            break
        if end > a.end:
            hits.append(Hit(a.start, end, ADDRESS, a.score, "alias"))


def _a_name_not_a_clause(chunk: str) -> bool:
    """ลุมพินีเพลส, not มีลูก or ตั้งแต่เด็ก: no function word in it and not an everyday word."""
    th = get_thai_lexicon()
    if len(chunk) < 3 or chunk in th.words:
        return False
    return not any(tok in th.stopwords for tok in th.tokenize(chunk))


# ------------------------------------------------------------------ branches of workplaces

_AFTER_ORG_TOWN = re.compile(rf"[^\S\n]([{THAI_LETTERS}]{{2,30}})")
_AFTER_ORG_BRANCH = re.compile(rf"[^\S\n]*\((สาขา[^\S\n]?)?([{THAI_LETTERS}]{{2,30}})\)")


#: session 10 — a branch written without brackets (สนง.คุมประพฤติจังหวัดX สาขาY) and a body "at"
#: its town (สอท. ณ กรุงปารีส).
_AFTER_ORG_NAMED_BRANCH = re.compile(rf"[^\S\n]?สาขา[^\S\n]?([{THAI_LETTERS}]{{2,30}})")
_AFTER_ORG_AT = re.compile(rf"[^\S\n]ณ[^\S\n]((?:กรุง|นคร|เมือง)?[{THAI_LETTERS}]{{2,30}})")


def attach_branch_places(text: str, hits: list[Hit]) -> None:
    """ศรีสมุทรฟู้ดส์ บางปะกง, "X Aged Care (สาขาลาดพร้าว)": a town, district or province right after
    a workplace names its branch; workplace and town become one span. The town must be a known
    place standing whole — a place hit there or a known name — never an ordinary word (X ทุกวัน).
    After the word สาขา ("branch") the branch's own name may be any name-shaped chunk."""
    located = {(h.start, h.end) for h in hits if h.type == LOCATION}
    for h in [h for h in hits if h.type == ORGANIZATION]:
        m = _AFTER_ORG_BRANCH.match(text, h.end)
        if m and (m.group(1) or is_known_thai_place(m.group(2))):
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
            continue
        m = _AFTER_ORG_NAMED_BRANCH.match(text, h.end)
        if m and (is_known_thai_place(m.group(1)) or _a_name_not_a_clause(m.group(1))):
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
            continue
        m = _AFTER_ORG_AT.match(text, h.end)
        if m and (
            (m.start(1), m.end(1)) in located or is_known_thai_place(m.group(1))
            or m.group(1).startswith(("กรุง", "นคร", "เมือง"))
        ):
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
            continue
        _attach_town_after(text, h, hits, located)
        _attach_latin_town_after(text, h, hits)
    # session 12 — a condo or building address, then its area (คอนโด Seaview Palm Residence| จอมเทียน)
    for h in [h for h in hits if h.type == ADDRESS and re.search(r"[A-Za-z]$", text[h.start:h.end])]:
        _attach_town_after(text, h, hits, located)
    # session 30 (set 99) — a Thai dorm or building where someone lives, then its district
    # (พักหอดีดีเพลส| องครักษ์)
    # (session 40, sets 84, 112, 115, 126: any Thai place — นิคมอุตสาหกรรมX| ระยอง, อันซาน| เกาหลีใต้)
    for h in [h for h in hits if h.type == LOCATION and _TH_LETTER.match(text, h.end - 1)]:
        if not _closes_a_home_address(text, h):
            _attach_town_after(text, h, hits, located)


def _closes_a_home_address(text: str, h: Hit) -> bool:
    """What stands after a place and is not taken with it: ในเมือง, กลางเมือง "in town" (sub-districts
    only after ต.), and the province closing a village's or town's chain (บ้านโนนยาง ห้องแซง| ยโสธร),
    too wide to name anyone — a site's province stays with the site (two estates of one name)."""
    from assistant.redact.recognizers.organization_th_public import _provinces

    m = _AFTER_ORG_TOWN.match(text, h.end)
    if m is None:
        return False
    if m.group(1) in TOO_WIDE:
        return True
    place = text[h.start:h.end]
    return m.group(1) in _provinces() and (place.startswith("บ้าน") or is_known_thai_place(place))


#: Thai building words a lodging's name ends with (หอดีดีเพลส, ลำดวนแมนชั่น).
_BUILDING_ENDS = ("เพลส", "แมนชั่น", "แมนชัน", "อพาร์ทเมนท์", "อพาร์ตเมนต์", "อพาร์ทเม้นท์", "เรสซิเดนซ์", "คอนโด", "เฮาส์")


#: session 13 — one to three capitalised words after a body's name in Latin letters.
_AFTER_ORG_LATIN = re.compile(r"[^\S\n]([A-Z][A-Za-z'’\-]+(?:[^\S\n][A-Z][A-Za-z'’\-]+){0,2})")
_PHRASE_CLOSES = re.compile(r"[^\S\n]*(?:$|[,.;:)(\n]|[-–—][^\S\n]|[^\sA-Za-z]|[a-z])", re.MULTILINE)


def _attach_latin_town_after(text: str, h: Hit, hits: list[Hit]) -> None:
    """Thai Christian Fellowship| Manchester: a known town right after a body's Latin name and
    closing the phrase is its branch or seat: one span — unless the town is also an everyday
    English word or a given name (Reading, Orange, Victoria)."""
    if not re.search(r"[A-Za-z]$", text[h.start:h.end]):
        return
    m = _AFTER_ORG_LATIN.match(text, h.end)
    if not m:
        return
    from assistant.redact.recognizers.location_gazetteer import latin_town, word_town

    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        end = m.start(1) + len(name)
        if latin_town(name) and _PHRASE_CLOSES.match(text, end):
            if not (n == 1 and word_town(name)):
                hits.append(Hit(h.start, end, ORGANIZATION, h.score, "alias"))
            return


def _attach_town_after(text: str, h: Hit, hits: list[Hit], located: set[tuple[int, int]]) -> None:
    """The span and the known town (or part of a town) standing after it, one space apart."""
    m = _AFTER_ORG_TOWN.match(text, h.end)
    if m and ((m.start(1), m.end(1)) in located or _known_or_its_part(m.group(1))):
        hits.append(Hit(h.start, m.end(1), h.type, h.score, "alias"))
    elif m and "\u0e01" <= text[h.end - 1] <= "\u0e4e" and (end := _town_before_clause(m.group(1))):
        hits.append(Hit(h.start, m.start(1) + end, h.type, h.score, "alias"))


#: session 30 (set 96) — what goes on after a body's town glued to it in running Thai
#: (มัสยิดดารุลอามาน ทุ่งใส|อยู่ด้วย): being there, coming, going, with whom, every day.
_AFTER_GLUED_TOWN = frozenset({"อยู่", "มา", "ไป", "ด้วย", "ทุก", "และ", "กับ", "ก็", "จะ", "ได้", "แล้ว", "ที่", "เพื่อ"})


def _town_before_clause(run: str) -> int:
    """Where a known town glued before a clause word ends in ``run`` (ทุ่งใส|อยู่ด้วย); 0 if none."""
    tokens = get_thai_lexicon().tokenize(run)
    pos = 0
    for token, after in pairwise(tokens):
        pos += len(token)
        if after in _AFTER_GLUED_TOWN and pos >= 4:
            return pos if _known_or_its_part(run[:pos]) else 0
    return 0


#: Which part of a town (พัทยาใต้ "South Pattaya", หาดใหญ่เหนือ): the town and its part are one place.
_TOWN_PARTS = ("เหนือ", "ใต้", "กลาง", "ตะวันออก", "ตะวันตก")


def _known_or_its_part(name: str) -> bool:
    if is_known_thai_place(name):
        return True
    part = next((p for p in _TOWN_PARTS if name.endswith(p) and len(name) > len(p) + 2), None)
    return part is not None and is_known_thai_place(name[: -len(part)])


# ------------------------------------------------------------------ names inside bigger names

#: Business heads glued before an owner's name (คาร์แคร์พี่หนุ่ม, คาราโอเกะเจ๊หมวย, ร้านป้าแดง):
#: Thai shops are named for their owner, and the head is part of that name.
_BUSINESS_HEADS = (
    "คาราโอเกะ", "คาร์แคร์", "ร้าน", "อู่", "แพปลา", "โรงแรม", "รีสอร์ท", "รีสอร์ต", "ฟาร์ม", "คลินิก",
    "ปั๊ม", "ยิม", "สปา", "บาร์", "ผับ", "มินิมาร์ท", "ค่ายมวย", "โรงสี", "โรงกลึง", "เต็นท์รถ",
)


@lru_cache(maxsize=1)
def _village_tail() -> re.Pattern[str]:
    """บ้าน + a landform word + more, ending where the name was found (บ้านห้วย|ลุงแก้ว)."""
    from assistant.redact.recognizers.location_th import TOPO_HEADS

    heads = "|".join(sorted(TOPO_HEADS, key=len, reverse=True))
    return re.compile(rf"บ้าน(?:{heads})[{THAI_LETTERS}]*$")


def _village_name_only(run: str) -> bool:
    """บ้านห้วย|ลุงแก้ว, not a run-on clause: บ้านห้วยกองก้าดโทรมาแจ้งยายบอกว่า|พะตีเลาะ. What lies
    between บ้าน and the name is short and holds no function word (ว่า, มา, แจ้ง …)."""
    th = get_thai_lexicon()
    return len(run) <= 16 and not any(t in th.stopwords for t in th.tokenize(run[len("บ้าน"):]))


def absorb_name_heads(text: str, hits: list[Hit]) -> None:
    """A name found glued after a business head or inside a village name takes the head in:
    คาร์แคร์|พี่หนุ่ม → one organisation, บ้านห้วย|ลุงแก้ว → one place. บ้าน alone before a name
    (บ้านป้าแดง) is someone's house: the name stays alone."""
    for h in [h for h in hits if h.type == PERSON]:
        run = re.search(rf"[{THAI_LETTERS}]+$", text[max(0, h.start - 40):h.start])
        if not run:
            continue
        before = run.group(0)
        head = next((b for b in sorted(_BUSINESS_HEADS, key=len, reverse=True) if before.endswith(b)), None)
        if head:
            hits.append(Hit(h.start - len(head), h.end, ORGANIZATION, h.score, "alias"))
            continue
        village = _village_tail().search(before)
        if village and _village_name_only(village.group(0)):
            hits.append(Hit(h.start - len(village.group(0)), h.end, LOCATION, h.score, "alias"))


#: session 14 — kinds of body a Thai writer names after a person, a temple or a place, glued
#: before that name (กองทุน|แม่ดอกรัก, ธนาคาร|กายอุปกรณ์|วัดศรีมงคล, ครัวชุมชน|เจ๊จุก).
_BODY_HEADS = (
    "กองทุน", "ครัวชุมชน", "ชมรม", "สมาคม", "มูลนิธิ", "สหกรณ์", "ธนาคาร", "เครือข่าย", "วิสาหกิจชุมชน",
    "สหภาพแรงงาน", "สหภาพ",
)
#: Every kind word a business's or a body's name may follow.
_KIND_HEADS = (*_BUSINESS_HEADS, *_BODY_HEADS)
#: A name in quotes after its kind (ร้านคาราโอเกะ "ดาวเหนือ"): the quotes are part of the span.
_QUOTE_OPEN, _QUOTE_CLOSE = "\"“'‘", "\"”'’"
#: Words that may stand between the kind of body and the name (who it serves, where it is).
_BODY_LINK_WORDS = frozenset({"ใน", "แห่ง", "เพื่อ"})


def absorb_body_heads(text: str, hits: list[Hit]) -> None:
    """A found name (a person, a temple, a place) glued after a kind of body, with at most three
    ordinary words between (what the body does or who it serves), is the body's name: the
    span takes the head in and becomes one organisation. A clause between (ไปวัด|กับ|ยายX,
    กลุ่มเพื่อน|ของ|น้องX) stops it: no function word but ใน/แห่ง/เพื่อ may stand there."""
    th = get_thai_lexicon()
    for h in [h for h in hits if h.type in (PERSON, ORGANIZATION, LOCATION)]:
        closing = text[h.end:h.end + 1]
        quoted = h.start >= 2 and text[h.start - 1] in _QUOTE_OPEN and bool(closing) and closing in _QUOTE_CLOSE
        if quoted:  # ร้านคาราโอเกะ "ดาวเหนือ": the head, a space, the name in quotes
            base = max(0, h.start - 41)
            run = re.search(rf"[{THAI_LETTERS}]+[^\S\n]?$", text[base:h.start - 1])
            words = run.group(0).rstrip() if run else ""
            head = next((b for b in _KIND_HEADS if words.endswith(b)), None)
            if head:  # the span opens at the first of the kind words in a row (ร้าน|คาราโอเกะ)
                opening = len(words) - len(head)
                while prev := next((b for b in _KIND_HEADS if words[:opening].endswith(b)), None):
                    opening -= len(prev)
                hits.append(Hit(base + run.start() + opening, h.end + 1, ORGANIZATION, h.score, "alias"))
            continue
        run = re.search(rf"[{THAI_LETTERS}]+$", text[max(0, h.start - 40):h.start])
        if not run:
            continue
        before = run.group(0)
        best = max((before.rfind(b) for b in _BODY_HEADS), default=-1)
        if best < 0:
            continue
        head = next(b for b in _BODY_HEADS if before.startswith(b, best))
        between = before[best + len(head):]
        tokens = [t for t in th.tokenize(between) if t.strip()] if between else []
        if len(tokens) > 3 or any(t in th.stopwords and t not in _BODY_LINK_WORDS for t in tokens):
            continue
        hits.append(Hit(h.start - len(before) + best, h.end, ORGANIZATION, h.score, "alias"))


#: session 33 — the kind of a body written FIRST, as French, Spanish, Portuguese, Dutch and German
#: notes (and English notes from those countries) write it: Association Nour El Hayat, Centre
#: Hospitalier Mère-Enfant, Hospital Ernesto Sequeira, Fundación Amigos del Río. A name found right
#: after such a head is the body's name, not a person or a place of its own.
#: Kinds of body written first that both steps below read (one list, so a head added for one is
#: there for the other).
_HEADS_WRITTEN_FIRST = (
    "Association", "Associação", "Asociación", "Centre", "Centro", "Fundación", "Fundação", "Clinique", "Hôpital",
    "Hospital", "École", "Ecole", "Lycée", "Collège", "Escuela", "Colegio", "Instituto",
)
_LATIN_HEAD_FIRST = re.compile(
    r"(?<![\w\-])(?:" + "|".join((*_HEADS_WRITTEN_FIRST, "Fondation", "ONG", "Institut", "Foyer", "Maison", "Hogar",
                                   "Stichting", "Verein", "Junta", "Paróquia", "Parroquia", "Église", "Iglesia",
                                   "Igreja", "Mosquée", "Mezquita", "Complexe", "Groupe")) + r")"
    r"(?:[^\S\n]+(?:de|du|des|d['’]|del|da|do|dos|das|la|el|los|las|le|les))?[^\S\n]*\Z"
)


def absorb_latin_head_first(text: str, hits: list[Hit]) -> None:
    """A name found right after a body's kind written first (Association| Nour El Hayat) takes the
    head in and becomes one organisation."""
    for h in [h for h in hits if h.type in (PERSON, LOCATION) and h.source != "writer"]:
        if not text[h.start:h.start + 1].isupper():
            continue
        m = _LATIN_HEAD_FIRST.search(text, max(0, h.start - 24), h.start)
        if m and m.end() == h.start and m.start() < h.start - 1:
            hits.append(Hit(m.start(), h.end, ORGANIZATION, h.score, "alias"))


#: session 36 (set 117) — capitalised words right before a body's found name, after a preposition
#: or an article (in| University Hospital Kerry, the| Royal Canadian Legion Branch 8, at the|
#: Salvation Army Bridge Program): the rules found the name from its end, and the words before it
#: are its first words. Capitalised words only — an acronym there is often a scheme or a service
#: said beside the body (NDIS, CAMHS) — and no title, calendar word or pronoun.
_LEAD_WORDS = re.compile(
    r"(?:^|(?<=[\s(]))(?P<before>in|at|from|the|to|through|with|by|for|via|into|of)[^\S\n]+"
    r"(?P<run>[A-Z][a-z'’]+(?:[^\S\n]+(?:[A-Z][a-z'’]+|of|and|&)){0,3})[^\S\n]+\Z"
)
_NOT_LEAD_WORDS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "I", "The", "Our", "My", "His", "Her", "Their"})


def absorb_capitalised_lead_words(text: str, hits: list[Hit]) -> None:
    from assistant.redact.names_en import CALENDAR_WORDS

    for h in [h for h in hits if h.type == ORGANIZATION and h.source != "writer"]:
        if not text[h.start:h.start + 1].isupper():
            continue
        m = _LEAD_WORDS.search(text, max(0, h.start - 60), h.start)
        if not m or m.end() != h.start:
            continue
        words = m.group("run").split()
        if words[-1] in ("of", "and", "&") or any(w in _NOT_LEAD_WORDS or w in CALENDAR_WORDS for w in words):
            continue
        hits.append(Hit(m.start("run"), h.end, ORGANIZATION, h.score, "alias"))


#: session 34 (set 111) — a body's kind in the language of the place, then words saying what it
#: does, then the place it serves: Centar za socijalni rad Zenica, Szkoła Podstawowa nr 11 w
#: Przemyślu, Tribunale per i minorenni di Palermo, Școala Gimnazială nr. 1 Dărmănești. Heads that
#: are also English words (Centre, Hospital) take the gap only with a linking word of those
#: languages in it (Centre de jour pour personnes âgées de Mansourah), so "Hospital staff in
#: Bangkok" stays as it is.
_FOREIGN_HEADS = (
    *_HEADS_WRITTEN_FIRST,
    "Centar", "Centrul", "Centru", "Dom", "Puskesmas", "Shkolla", "Școala", "Scoala", "Szkoła",
    "Szkola", "Tribunale", "Tribunal", "Gjykata", "Markaz", "Mudiriyat", "Servizi", "Servizio", "Shërbimi",
    "Comunità", "Unidad", "Asosiasaun", "Associazione", "Asociația",
    "Osnovna", "Srednja", "Dječji", "Opća", "Bolnica", "Spital", "Szpital", "Liceo",
    "Scuola", "Ospedale", "Juzgado", "Fiscalía", "Defensoría",
)
_ENGLISH_HEADS = frozenset({"Centre", "Hospital", "Association", "Instituto"})
_GAP_WORD = r"(?:[a-zà-ÿ\u0100-\u017f'’]+\.?|[A-ZÀ-Ý\u0100-\u017f][a-zà-ÿ\u0100-\u017f'’]+|nr\.?|N[°º]|no\.|\d{1,4}|[IVX]{1,4})"
_HEAD_GAP = re.compile(
    rf"(?<![\w\-])(?P<h>{'|'.join(_FOREIGN_HEADS)})(?P<mid>(?:[^\S\n]+{_GAP_WORD}){{1,7}}?)[^\S\n]+\Z"
)
_FOREIGN_LINKS = frozenset({
    "de", "du", "des", "d'", "d’", "za", "per", "di", "w", "we", "pour", "para", "pa", "ba", "și", "si", "für",
    "del", "della", "dei", "degli", "do", "da", "dos", "das", "i", "e", "y", "na", "u", "po", "lil",
})
#: An acronym written before the place a branch of a service serves: CREAS Caruaru, DSD Umlazi,
#: KMP Przemyśl, NjMF Shkodër, BP3MI NTB (two to six letters or digits, two capitals at least).
_ACRONYM_BEFORE = re.compile(r"(?<![\w\-/.])(?P<a>(?=(?:[a-z0-9]*[A-Z]){2})[A-Z][A-Za-z0-9]{1,5})[^\S\n]+\Z")
_ACRONYM_THEN_WORD = re.compile(
    r"(?<![\w\-/.])(?P<a>(?=(?:[a-z0-9]*[A-Z]){2})[A-Z][A-Za-z0-9]{1,5})[^\S\n]+"
    r"(?P<w>[A-ZÀ-Ý\u0100-\u017f][\wÀ-ÿ\u0100-\u017f'’\-]{2,})(?![\w\-])"
)
#: Roles and titles written as acronyms before a person: never a body.
_ROLE_ACRONYMS = frozenset({
    "RN", "PO", "PC", "DC", "DS", "DI", "SW", "CM", "GP", "OT", "PT", "HR", "DW", "CDW", "VHV", "MD", "NP",
    "PA", "ED", "TA", "RA", "AP", "CEO", "DOB", "NB", "HV", "ID", "PS", "SSW", "CSW", "YOS", "APS", "FOB", "POP", "POA",
})
#: A dash between a body and the place its branch is in: Markaz Al-Zaytouna lil-Tifl – Nablus.
_DASH_GAP = re.compile(r"[^\S\n]+[–—-][^\S\n]+\Z")


def absorb_foreign_heads(text: str, hits: list[Hit]) -> None:
    """A place or name found after a body's kind written in its own language (with the words
    between), after an acronym of a service, or after a body and a dash, is that body's branch:
    one ORGANIZATION from the head to the place."""
    from assistant.redact.given_names import english_words

    bodies = [h for h in hits if h.type == ORGANIZATION]
    for h in [h for h in hits if h.type in (PERSON, LOCATION) and h.source != "writer"]:
        if not text[h.start:h.start + 1].isupper():
            continue
        window = text[max(0, h.start - 90):h.start]
        base = h.start - len(window)
        m = _HEAD_GAP.search(window)
        if m and "\n" not in m.group(0):
            mid = m.group("mid").split()
            english_mid = all(w.lower().strip(".") in english_words() for w in mid if w.isalpha())
            if (m.group("h") not in _ENGLISH_HEADS and not english_mid) or any(w in _FOREIGN_LINKS for w in mid):
                start = base + m.start()
                legal = _ACRONYM_BEFORE.search(text, max(0, start - 8), start)  # JU Centar …: its legal form
                if legal and legal.group("a").upper() not in _ROLE_ACRONYMS:
                    start = legal.start()
                hits.append(Hit(start, h.end, ORGANIZATION, h.score, "alias"))
                continue
        a = _ACRONYM_BEFORE.search(window)
        if a and h.type == LOCATION and a.group("a").upper() not in _ROLE_ACRONYMS:
            hits.append(Hit(base + a.start(), h.end, ORGANIZATION, h.score, "alias"))
            continue
        d = _DASH_GAP.search(window)
        if d and h.type == LOCATION:
            body = next((b for b in bodies if b.end == base + d.start()), None)
            if body is not None:
                hits.append(Hit(body.start, h.end, ORGANIZATION, h.score, "alias"))
    # the same acronym before a place the note names elsewhere ("grew up in Cahul … the DASPF
    # Cahul"): a capitalised word after a capital is not spread as a place, so it is looked up here
    places = {text[h.start:h.end] for h in hits if h.type == LOCATION}
    if not places:
        return
    for m in _ACRONYM_THEN_WORD.finditer(text):
        if m.group("w") not in places or m.group("a").upper() in _ROLE_ACRONYMS:
            continue
        if not any(x.start <= m.start() and m.end() <= x.end for x in hits):
            hits.append(Hit(m.start(), m.end(), ORGANIZATION, 0.6, "alias"))


#: session 34 (sets 101, 108, 111) — a form's address field: the value runs to the end of the line
#: (Address: calle 45 No. 6213 e/ 62 y 64, reparto Pueblo Griffo; Morada: roça Sundy, sanzala de
#: baixo, casa n.º 14 …). Only labels that can mean nothing but an address ("Home:" often opens a
#: description of the house; "Residence:" a permit).
_ADDRESS_FIELD = re.compile(
    r"(?im)^[^\S\n]*(?:[-•*|][^\S\n]*)?(?:(?:current|registered|permanent|home|postal|mailing|street|family)[^\S\n]+)?"
    r"(?:address(?:[^\S\n]+(?:now|abroad|in[^\S\n]+[a-z]+))?|adresse|adres|endereço|morada|dirección|direccion|domicilio|"
    r"indirizzo|adresa)[^\S\n]*(?:\([^)\n]{0,30}\))?[^\S\n]*[:|][^\S\n]*(?P<v>[^\n|]+)"
)
#: Where an address field's value stops: a bracket, a column gap, a stop after a long word or a
#: number (not after an abbreviation: Edf., Mcal., bât.), or a clause about who lives there.
_FIELD_VALUE_END = re.compile(
    r"[^\S\n]+\(|[^\S\n]{2,}|;|[^\S\n][–—][^\S\n]|(?:[A-Za-zÀ-ÿ]{5,}|\d[A-Za-z]{0,3})\.(?=[^\S\n]|$)"
    r"|,[^\S\n]+(?=(?:lives|living|stays|staying|with|where|which|who|since|but|moved)(?![A-Za-z]))"
)

#: A stop, then a capitalised English word (She, The, Lives): the next sentence, even after an
#: abbreviation (12 King Rd. She …); Edf. Hoi Fai, Mcal. Estigarribia, St. Bernard go on.
_NEXT_SENTENCE = re.compile(r"\.[^\S\n]+(?P<w>[A-Z][a-z]+)(?![\w\-])(?P<v>(?=[^\S\n]+[a-z]))?")
_SENTENCE_OPENERS = SUBJECT_OPENERS | {
    "It", "This", "That", "His", "Her", "Their", "Our", "My", "A", "An",
    "Mum", "Mom", "Dad", "Client", "Family", "Lives", "Moved", "Has", "Is", "Was",  # (not No: Sok. No: 7)
}


def _opens_sentence(m: re.Match, vocabulary: frozenset[str]) -> bool:
    """A pronoun or an article, or an English word in a common inflection that is no given name
    and has a lower-case word after it (not "No: 7", a house number's label)."""
    word = m.group("w")
    if word in _SENTENCE_OPENERS:
        return True
    low = word.lower()
    return m.group("v") is not None and word not in given_names() and any(
        w in vocabulary for w in (low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("ed") else low)
    )


def take_address_fields(text: str, hits: list[Hit]) -> None:
    """An address field's whole value, once a piece of it was found or it holds a number."""
    from assistant.redact.given_names import english_words

    if not any(h.type in (LOCATION, ADDRESS, PERSON, ORGANIZATION) for h in hits):
        return
    for m in _ADDRESS_FIELD.finditer(text):
        s, e = m.span("v")
        stop = _FIELD_VALUE_END.search(text, s, e)
        if stop:  # (a stop after a word or a number keeps the word: …Birmingham B11 4HR|.)
            e = stop.end() - 1 if stop.group(0).endswith(".") else stop.start()
        sentence = _NEXT_SENTENCE.search(text, s, e)
        if sentence and _opens_sentence(sentence, english_words()):
            e = sentence.start() + 1  # 12 King Rd.| She lives …: an abbreviation's stop ends the address too
        while e > s and text[e - 1] in " ,.":
            e -= 1
        value = text[s:e]
        if len(value) < 6 or _THAI_LETTER_AT.search(value):
            continue
        inside = [h for h in hits if s <= h.start < e and h.type in (LOCATION, ADDRESS, PERSON, ORGANIZATION)]
        if inside or re.search(r"\d", value):
            hits.append(Hit(s, e, ADDRESS, 0.6, "rule"))
            # the field's own label (Morada, Endereço) read as a name names no one
            hits[:] = [h for h in hits if not (m.start() <= h.start and h.end <= s and h.source != "writer")]


# ------------------------------------------------------------------ name-opening honorifics


@lru_cache(maxsize=1)
def _opening_honorific_patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...], frozenset[str]]:
    """(Latin honorific before a span, Thai honorific before a span, kin words and titles that
    may stand before a Thai honorific, the titles a name may already open with)."""
    from assistant.redact.lexicon import get_lexicon
    from assistant.redact.recognizers.person_th_bare import RELATION_NOUNS

    lex = get_lexicon()
    latin = "|".join(sorted(lex.name_opening_honorifics, key=len, reverse=True))
    thai = "|".join(lex.th_name_opening_honorifics)
    kin = tuple(sorted(RELATION_NOUNS | lex.th_soft_titles | lex.th_strong_titles, key=len, reverse=True))
    return (
        re.compile(rf"(?<![A-Za-z'’\-.])(?:{latin})[^\S\n]+$"),
        re.compile(rf"(?:{thai})[^\S\n]?$"),
        kin,
        lex.en_honorifics | lex.name_opening_honorifics,
    )


def _own_token(before: str, honorific: str) -> bool:
    """Session 24 — ครั้งนี้|มิ ซานดา: glued after a word but with a space before the name, the
    honorific is one when the dictionary cuts it off as a token of its own (อุณหภูมิ ends a word)."""
    lex = get_thai_lexicon()
    tokens = lex.tokenize(before + honorific)
    return (
        len(tokens) >= 2 and tokens[-1] == honorific
        and not lex.acts(tokens[-2])  # เล่น|ซอ สมชาย: the fiddle one plays, not an honorific
    )


def take_opening_honorifics(text: str, hits: list[Hit]) -> None:
    """Ko| Zeyar Thwin, แม่มะ|ขิ่นซานดา: a person found right after an honorific that opens a
    Burmese, Karen, Shan or Mon name takes it in (writers label these both inside and outside the
    name; the initials form keeps it as a title). A name that already has a title keeps its own;
    in Thai script the honorific must stand apart, or follow a kin word or title, since the same
    syllables end ordinary words."""
    latin, thai, kin, titles = _opening_honorific_patterns()
    for h in [h for h in hits if h.type == PERSON]:
        value = text[h.start:h.end]
        if value.split(maxsplit=1)[0].rstrip(".") in titles:
            continue
        before = text[max(0, h.start - 10):h.start]
        if value[:1].isascii() and value[:1].isupper() and (m := latin.search(before)):
            hits.append(Hit(h.start - len(m.group(0)), h.end, PERSON, h.score, "alias"))
        elif re.match(rf"[{THAI_LETTERS}]", value) and (m := thai.search(before)):
            opening = h.start - len(m.group(0))
            rest = text[max(0, opening - 12):opening]
            spaced = m.group(0)[-1:].isspace()
            if (
                not rest or not re.search(rf"[{THAI_LETTERS}]$", rest) or rest.endswith(kin)
                or (spaced and _own_token(rest, m.group(0).strip()))
            ):
                hits.append(Hit(opening, h.end, PERSON, h.score, "alias"))


# ------------------------------------------------------------------ small tails

_LATIN_START = re.compile(r"[A-Z]")
#: Digits glued to a name: no person's name, a handle's (Shadowmoon99, Nong2009).
_GLUED_DIGITS = re.compile(r"\d{1,4}(?![\w.:/])")
_EXTENSION = re.compile(r"[^\S\n]*(?:ต่อ|ext\.?|Ext\.?|x|extension)[^\S\n]*\d{1,5}(?!\d)")
_TAG = re.compile(r"[^\S\n][A-Z]{2,3}(?![A-Za-z0-9])")
#: The emoji a display name carries (pictographs, dingbats, a star, a heart).
_EMOJI_CHARS = "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764"
_EMOJI = re.compile(f"[{_EMOJI_CHARS}]+")
#: session 36 (set 63) — a Latin word glued after the emoji of a display name, then the sender's
#: colon, inside a line (แม่เปิดแชทให้ดูนก🌷Korea:แม่จ๋า…): the display name goes on to the colon.
_LATIN_AFTER_EMOJI = re.compile(r"([A-Za-z][A-Za-z0-9_.]{0,15})(?=[^\S\n]*:)")
_ADMIN_ABBREV = ("อ.", "ต.", "จ.")
#: A lane number after a place (Lat Phrao soi 71, ลาดพร้าว ซ.71, ซอย 101/1).
_LANE = re.compile(r"[^\S\n]+(?:[Ss]oi|SOI|ซอย|ซ\.)[^\S\n]*\d{1,3}(?:/\d{1,3})?(?![\d/])")
#: The lane's number when the span already ends in its soi word (Lat Phrao Soi| 64).
_SOI_NUMBER = re.compile(r"[^\S\n]*\d{1,3}(?:/\d{1,3})?(?![\d/:.,]\d)")
_ENDS_IN_SOI = re.compile(r"(?:[Ss]oi|SOI|ซอย|ซ\.)$")
#: A community's or estate's number after its name (ชุมชนล็อค 1-2-3, หมู่บ้านพฤกษา 12).
_PLACE_NUMBER = re.compile(
    r"[^\S\n]?\d{1,3}(?:-\d{1,3}){0,3}(?![\d/:.])"
    # not a date or a count: ชุมชนX 14 ส.ค., หมู่บ้านX 3 หลัง, 2 ปี
    r"(?![^\S\n]*(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค|ม\.|มกรา|กุมภา|มีนา|"
    r"เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา|ปี|คน|วัน|ครั้ง|หลัง|เดือน|ราย|ครอบครัว|ชั่วโมง|นาที|น\.|"
    r"คืน|สัปดาห์|อาทิตย์|ทุ่ม|โมง|ขวบ|บาท))"
)
#: A street's abbreviated kind ending a span, whose full stop belongs to it (Potsdamer Str.).
_STREET_ABBREV = re.compile(r"(?<![A-Za-z])(?:Str|St|Rd|Ave|Blvd|Pl|Sq|Ln|Dr)$")
_STREET_KIND = re.compile(r"[^\S\n](?:Str|Rd|Ave|Blvd)$")
#: Bangkok's Rama roads (พระราม 2, Rama IV): the number after พระราม/Rama is the road's.
_ENDS_IN_RAMA = re.compile(r"(?:พระราม|Rama)$")
_RAMA_NUMBER = re.compile(r"[^\S\n]?(?:[1-9]|IX|IV|V?I{1,3}|VI{0,3})(?![\dA-Za-z])")
_NUMBERED_KINDS = ("ชุมชน", "หมู่บ้าน", "แฟลต", "คอนโด", "แคมป์")
#: A side lane after a soi (ซอยลาดพร้าว 101 แยก 42): the same address.
_SIDE_LANE = re.compile(r"[^\S\n]*แยก[^\S\n]*\d{1,3}(?!\d)")
#: A state, territory or province code after a town (Mesa AZ, Hamilton ON, Dubbo NSW): US, Canada,
#: Australia, where notes write the town that way.
_REGION_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
    "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
    "WY", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
    "NSW", "VIC", "QLD", "TAS", "ACT",
})
_REGION = re.compile(r",?[^\S\n](?:\(([A-Z]{2,3})\)|([A-Z]{2,3})(?![A-Za-z0-9]))")
#: A Thai road or district in Latin letters, then its lane number (Lat Phrao 48, Bang Na 12/1): the
#: address is the lane, not the district — but not a count of years, people or times.
_LATIN_LANE_NUMBER = re.compile(
    r"[^\S\n]\d{1,3}(?:/\d{1,3})?(?![\d/:]|[.,]\d)"
    r"(?![^\S\n]*(?i:years?|yrs?|y/?o|months?|mths?|weeks?|wks?|days?|hours?|hrs?|mins?|minutes?|km|am|pm|%|x|times|people|kids|children|mg)(?![A-Za-z])"
    r"|[^\S\n]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"  # a date: Bang Phli 3 Feb
)
#: A surname initial after a given name (Ray K., the anonymity of 12-step groups): one capital
#: and its full stop, written straight after the name.
_INITIAL = re.compile(r"[^\S\n][A-Z]\.(?![A-Za-z])")
#: A place's or body's capitalised kind word left outside its span: Tuba| City, Crescent Recovery|
#: House, Bridges Recovery| Home.
_PLACE_KIND = re.compile(
    r"[^\S\n]+(?:City|Town|County|Township|Borough|Village|Heights|Springs|Falls|Hills|Valley|Beach|Bay|"
    r"Island|Islands|Creek|Harbour|Harbor|East|West|North|South|Central|"
    # session 10: a place's administrative kind (Guishan District, Umeå kommun, Fukuoka Prefecture)
    r"District|Prefecture|Province|Municipality|Region|kommun|kommune|kunta|gemeente|Gemeinde)(?![A-Za-z])"
)
_BODY_KIND = re.compile(
    r"[^\S\n]+(?:House|Home|Centre|Center|Hall|Lodge|Place|Trust|Project|Maternity|Hospital|Clinic|"
    r"School|College|Academy|Church|Assembly|Mosque|Temple|Gurdwara|Chapel|Unified|"
    # session 10: a company's region (Nimbus Freight Asia)
    r"Asia|Pacific|International|Global|Worldwide)(?![A-Za-z])"
)
#: session 10 — a company's legal form after its name, in many countries' spellings (Norrskog
#: Bär AB, Kaiser Logistik GmbH, Lim Bros Sdn Bhd): whatever the name was read as, it is a company.
_LEGAL_FORM = re.compile(
    r"[^\S\n]+(?:AB|ASA|AS|Oyj|Oy|GmbH|AG|SAS|SARL|SA|S\.A\.|S\.L\.|SL|BV|B\.V\.|NV|N\.V\.|Pty\.?(?:[^\S\n]Ltd\.?)?|"
    r"Sdn\.?[^\S\n]Bhd\.?|Bhd\.?|Ltda\.?|LLP|PLC|plc|KK|K\.K\.|Co\.,?[^\S\n]Ltd\.?|Ltd\.?|Inc\.?|LLC|Corp\.?|SpA|S\.p\.A\.|Srl|"
    r"e\.[^\S\n]?V\.|gGmbH|eG)"
    r"(?![A-Za-z])"
)
#: session 10 — a body's kind in lower case after a capitalised name, a word or two between
#: (St Barnabas Thai| fellowship, Nong Lu border| health post).
_CAP_BODY_LOWER_KIND = re.compile(
    r"(?:[^\S\n]+[A-Za-z]{3,}){0,2}[^\S\n]+(?:fellowship|congregation|parish|church|mission|ministry|"
    r"health centre|health center|health post|clinic|foundation|temple|mosque|masjid|"
    # session 12: a Thai village school named in English (Ban Khok Klang school)
    r"school|primary school|secondary school|college|hospital)(?![A-Za-z])"
)
#: session 8 — in a lower-case dictated note, a found name word then a body's kind (brackenfield|
#: university, moei| valley learning centre): the name and its kind are one organisation.
_LOWER_BODY_KIND = re.compile(
    r"(?:[^\S\n]+[a-z]{3,}){0,2}[^\S\n]+(?:university|uni|college|centre|center|project|clinic|school|academy|"
    r"church|mission|shelter|foundation|ministry|hospital|learning centre|health post)(?![A-Za-z])"
)
_CAPITALISED_START = re.compile(r"[A-Z][a-z]")
_LOWER_SPAN = re.compile(r"[a-z][a-z'’\-]*(?:[^\S\n][a-z][a-z'’\-]*){0,2}")
#: session 14 — a number of one to three digits (and a letter) right after a place's or a body's
#: Latin name ends that name (Al Barsha 2, Ward 9, Tuas South Ave 1) — unless it counts or dates
#: something (3 years, 12 May, 2 times, 10:30, 3.5 km): see ``_name_number``.
_NUMBER_AFTER = re.compile(r"[^\S\n](\d{1,3}[A-Za-z]?)(?![\dA-Za-z])")
_COUNTS_OR_DATES = re.compile(
    r"(?:[:./,\-]\d|[^\S\n]*%|[^\S\n]+(?:years?|yrs?|y/?o|months?|mos?|weeks?|wks?|days?|hours?|hrs?|"
    r"min(?:ute)?s?|times|x|am|pm|mg|kg|km|ml|people|persons|kids|children|students|members|nights|"
    r"baht|THB|USD|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|of|to|and|or|[-–])(?![A-Za-z]))",
    re.IGNORECASE,
)


def _name_number(text: str, end: int) -> int | None:
    """Where a number that ends a place's name stops, or None."""
    m = _NUMBER_AFTER.match(text, end)
    if not m or _COUNTS_OR_DATES.match(text, m.end()):
        return None
    return m.end()


#: session 14 — a place's kind in lower case after its name, with one word between ("shelter" and a
#: faculty before its university were tried too: older sets keep them as generic words).
#: Session 40 (sets 59, 84, 96, 125, 135): a bazaar, a landing, a port, a reservoir, a museum, a
#: locality (veng), and a lorry park or taxi rank — where people meet or are dropped.
_LOWER_PLACE_KIND = re.compile(
    r"(?:[^\S\n]+(?:riverside|night|fresh|wet|floating|morning|walking|border|refugee|labour|labor|"
    r"migrant|fishing|fish|main|central|old))?[^\S\n]+(?:market|camp|bazaar|bazar|landing|port|reservoir|museum|veng)"
    r"(?![A-Za-z])(?![^\S\n]+(?:a|an|the|his|her|their|my)[^\S\n])"
    r"|[^\S\n]+(?:lorry|taxi|bus|motor)[^\S\n]+(?:park|rank|stop|stand)(?![A-Za-z])"
)
#: session 14 — a business's kind in lower case after its name, with what it makes or sells
#: between (Ruam Chok garment factory, Jay Noi's noodle shop, Chamao Golden Fruit farm).
_LOWER_BUSINESS_KIND = re.compile(
    r"(?:['’]s)?(?:[^\S\n]+[a-z]{3,}){0,2}[^\S\n]+(?:factory|shop|farm|stall|restaurant|salon|garage|"
    r"company|workshop|kitchen|cafe|café|bakery|orchard|plantation|mill|laundry|"
    r"canteen|eatery|agency|cooperative|co-op|fishers[^\S\n]+group|traders)(?![A-Za-z])"
)
#: session 16 — speech-to-text capitalises a body's name but not its kind word (Maple Crest
#: elementary, Golden Lotus nail spa, Wiley Park medical centre, Morley meat packers): the kind
#: word, with up to two words between, belongs to the name. The school grades (high, primary,
#: elementary) follow a body or place only: "Tom high again" is a person and a state.
_SPOKEN_BODY_KIND = re.compile(
    r"(?:['’]s)?(?:(?:[^\S\n]+[A-Za-z]{3,}){0,2}?[^\S\n]+(?:church|mosque|temple|gurdwara|synagogue|center|centre|"
    r"surgery|clinic|school|academy|college|poultry|seafoods|packers|grill|tours|car[^\S\n]wash|"
    r"logistics|diner|bistro|pharmacy|daycare|nursery|kindergarten|"
    # session 19: where hospitality workers work (Lukthung Palace karaoke, Salty Palms hostel)
    r"karaoke|pub|hostel|guesthouse|resort|hotel|motel)"
    # a kind that is also a verb or a word on its own needs a word before it: nail spa, iron works
    r"|(?:[^\S\n]+[A-Za-z]{3,}){1,2}?[^\S\n]+(?:spa|works|foods|motors|dental))(?![A-Za-z])"
)
#: session 17 — a lower-case kind word right after a body or place already found (Southside
#: packing, Mega Jaya construction, Roosevelt Elementary annex, St Joseph's Ballymun junior, Elder
#: Park flats, Kingsburg vineyards, Govan hub): the business, school branch or estate named. Only
#: after an organisation's or place's span, never a person's ("Tom packing his bag").
_BODY_KIND_AFTER = re.compile(
    r"[^\S\n]+(?:packing|packers|construction|seafood|foods|annex|junior|infants|flats|apartments|"
    r"vineyards?|orchards?|hub|amateurs|municipality)(?![A-Za-z\-])"
)
_SPOKEN_SCHOOL_GRADE = re.compile(r"[^\S\n]+(?:elementary|primary|secondary|middle|high)(?![A-Za-z\-])(?![^\S\n]+(?:on|off|risk|as|up|again|too)\b)")
#: session 16 — a place's kind word in lower case after its name (Iloilo city, Washington state).
_SPOKEN_PLACE_KIND = re.compile(r"[^\S\n]+(?:city|state|province|county|district|town|village|island|region)(?![A-Za-z])")
#: Lower-case kind words a capitalised span of these types takes, and the type the whole gets
#: (None: the span's own): Maple Crest| elementary, Kapalama Heights| high (session 16);
#: Southside| packing, Roosevelt Elementary| annex (session 17); Iloilo| city (session 16).
_LOWER_KIND_TAILS: tuple[tuple[tuple[str, ...], re.Pattern[str], str | None], ...] = (
    ((ORGANIZATION, LOCATION), _SPOKEN_SCHOOL_GRADE, ORGANIZATION),
    ((ORGANIZATION, LOCATION), _BODY_KIND_AFTER, None),
    ((LOCATION,), _SPOKEN_PLACE_KIND, LOCATION),
)
#: A UK postcode closing an address, with the district words before it, in any case (… road
#: bordesley green b9 4uy): the whole run is the address.
_UK_POSTCODE_TAIL = re.compile(
    r"(?:,?[^\S\n]+[A-Za-z][a-z]+){0,3},?[^\S\n]+[A-Za-z]{1,2}\d[A-Za-z\d]?[^\S\n]?\d[A-Za-z]{2}(?![A-Za-z\d])"
)
#: A number's check letter glued on (Medi-Cal 90417736C, NI QQ123456C): part of the number.
#: (session 39, set 131) or printed apart (G7 442 118 B, OIS 25 0611 R, QQ 12 34 56 C): one capital,
#: then the clause's end or a lower-case word; not "I" or "A", which open a clause ("Case no.
#: 2025-0441 I think …").
_CHECK_LETTER = re.compile(
    r"[A-Z](?![A-Za-z\d])|[^\S\n][B-HJ-Z](?=[^\S\n]*(?:$|[,.;:)\n])|[^\S\n]+[a-z])", re.MULTILINE
)
#: A named body's "for …" tail: Duljo Haven for Women, Mission House for Migrant Women.
#: (never a day or month: "Harbourside Clinic for Monday review")
_CALENDAR_WORD = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"
)
#: (session 36: nor a thing the body is asked for — "FSVU for Interim Protection Order", "hub for the
#: School Lunch Program": an order, a programme, a grant is what is sought, not whom it serves)
_SOUGHT_THINGS = (
    r"(?:Orders?|Programs?|Programmes?|Schemes?|Grants?|Allowances?|Payments?|Benefits?|Assessments?"
    r"|Reviews?|Applications?|Registrations?|Appointments?|Forms?|Cards?|Vouchers?|Passes|Pass|Checks?|Plans?)"
)
_FOR_TAIL = re.compile(
    rf"[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?{_CALENDAR_WORD}(?!(?:[A-Z][a-z]+[^\S\n]+){{0,3}}{_SOUGHT_THINGS}\b)"
    rf"[A-Z][a-z]+(?:[^\S\n]+(?:and|&|of)?[^\S\n]*[A-Z][a-z]+){{0,3}}"
)
#: "Ma." before a Filipino given name is María written short (Ma. Divinagracia).
_MA_BEFORE = re.compile(r"(?:Ma|Mª)\.?[^\S\n]+$")
#: session 9 — a Thai company's legal tail and the recruitment-agency word in its name
#: (บ.สยามปาล์มออยล์ จก., บ.รุ่งทวีผล จัดหางาน).
_TH_COMPANY_TAIL = re.compile(r"[^\S\n]?(?:จัดหางาน(?:[^\S\n]?(?:จก\.|จำกัด))?|จก\.|จำกัด(?:[^\S\n]?\(มหาชน\))?)")
_TH_COMPANY_HEADS = ("บ.", "บริษัท", "บจก.", "หจก.", "บมจ.")
#: session 9 — a further spaced short syllable of a Burmese name already found in two parts
#: (นายซอ ลวิน|อู, นายจอ มิน|ทุน).
_SPACED_SYLLABLE = re.compile(  # (not a word before a number: อายุ 31, ท้อง 5 เดือน, ป.5)
    rf"[^\S\n]([{THAI_LETTERS}]{{1,6}})(?=[^\S\n]*[,;:()\n]|[^\S\n]+[^\d\s]|$)"
)
#: session 10 — English words written in Thai letters that go on a company's, hotel's or
#: building's name after a space (บริษัท ไฮแลนด์สตีล| เอเชีย, โรงแรมบลูวาฬ| บีช รีสอร์ท,
#: บ้านสวนจันทร์| แมนชั่น): the name is not finished before them, however many follow.
_TH_NAME_TAIL = re.compile(
    r"(?:[^\S\n](?:เอเชีย|อินเตอร์(?:เนชั่นแนล)?|อินเตอร์เนชันแนล|กรุ๊ป|กรุป|อิเล็กทรอนิกส์|อิเล็คทรอนิกส์|เทรดดิ้ง|"
    r"ซัพพลาย|เซอร์วิส|เซอร์วิสเซส|คอร์ปอเรชั่น|โฮลดิ้ง|โฮลดิ้งส์|อินดัสทรี|อินดัสตรี|เอ็นจิเนียริ่ง|"
    r"แมนูแฟคเจอริ่ง|โลจิสติกส์|ฟู้ด|ฟู้ดส์|สตีล|เท็กซ์ไทล์|การ์เมนท์|ไทยแลนด์|รีสอร์ท|รีสอร์ต|บีช|แกรนด์|"
    r"พาเลซ|อินน์|เรสซิเดนซ์|เรสซิเด้นซ์|แมนชั่น|ทาวเวอร์|พลาซ่า|วิลล่า|การ์เด้น|ซิตี้|โฮเทล|เพลส|"
    r"คอนโดมิเนียม|อพาร์ทเม้นท์|อพาร์ตเมนต์|เฮาส์|เฮ้าส์|ลอดจ์|โฮสเทล|สวีท|ไฮทส์|วิว|ปาร์ค|คอมเพล็กซ์|"
    r"ซีเคียวริตี้|ซีเคียวริตี|ซิเคียวริตี้|การ์ด|มาร์ท|มาร์เก็ต|ยูไนเต็ด|คลับ)"
    rf"(?![{THAI_LETTERS}]))+"
)
#: session 9 — a school named after a temple or run by a municipality: โรงเรียน|วัดX, ร.ร.|เทศบาลX.
_SCHOOL_BEFORE = re.compile(r"(?:โรงเรียน|ร\.ร\.|รร\.?)(?:เทศบาล)?$")
#: session 9 — Md./Mohd. (Muhammad written short, Bangladesh and Malaysia) opens the name after it.
_MD_BEFORE = re.compile(r"(?<![A-Za-z])(?:Md|Mohd|Muhd|Mhd)\.?[^\S\n]+$")
#: session 9 — "son of", "daughter of" between a name and the father's (Singapore, Malaysia):
#: Selvakumar s/o Arumugam, Kavitha a/p Muniandy — one name.
#: One to three capitalised words (what finishes a name after a joining word or a lineage mark).
_CAPITALISED_RUN = r"[A-Z][A-Za-z'’\-]+(?:[^\S\n][A-Z][A-Za-z'’\-]+){0,2}"
_LINEAGE = re.compile(rf"[^\S\n]+(?:[sSdD]/[oO]|[aA]/[lLpP])[^\S\n]+{_CAPITALISED_RUN}")
#: session 9 — capitals glued before a found number belong to it (JHBZWE001244190).
_GLUED_CAPS_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,8}|[a-z])$")  # session 16: one lower-case letter too (upn h8012…)
#: session 10 — the rest of a hyphenated word the span stops inside (Jun-|jun Manalastas,
#: Maison Lumière|-d'Aube): a name never ends or starts mid-word.
_HYPHEN_AFTER = re.compile(r"-(?:[a-z]{1,2}['’])?[A-Za-z][a-z'’]+(?![A-Za-z])")
_HYPHEN_BEFORE = re.compile(r"(?<![A-Za-z\-])[A-Z][a-z]+-$")
#: session 10 — a town (and its postal district) closing an address (… apt 3 toronto, … park
#: tallaght dublin 24): a listed place, in any case, right after the address.
#: A postal district number after a town (Dublin| 20): not a time, a count or a date.
_DISTRICT = (
    r"[^\S\n]\d{1,2}(?![\d:./,]\d)(?![^\S\n]*(?i:min|mins|minutes|hrs?|hours?|am|pm|years?|yrs?|y/?o|kids|"
    r"children|people|times|days?|weeks?|months?)(?![A-Za-z]))"
)
_ADDRESS_TOWN = re.compile(rf",?[^\S\n]+([A-Za-z][a-z]+(?:[^\S\n][A-Za-z][a-z]+)?)(?:{_DISTRICT})?")
#: session 10 — a body "of" a place: Circuit Court of| Cook County, University of| …
_BODY_OF_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:[A-Z][a-z]+|and|&)[^\S\n]+){0,4}(?:Court|University|Church|Bank|Department|Ministry|Council|"
    r"Diocese|Archdiocese|Borough|Municipality|Government|Office|Port|College|Institute|Board)"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
)


#: … and after an address that already ends in its town (… Chapelizod, Dublin| 20).
_DISTRICT_AFTER = re.compile(_DISTRICT)
_LAST_WORD = re.compile(r"([A-Za-z][a-z]+)$")


def _address_town_end(text: str, end: int) -> int:
    """Where a listed town (and its district number) after an address ends; ``end`` if none."""
    places = _lower_places()
    last = _LAST_WORD.search(text, max(0, end - 30), end)
    if last and _town_here(last.group(1), places) and (m := _DISTRICT_AFTER.match(text, end)):
        return m.end()
    for _ in range(2):
        m = _ADDRESS_TOWN.match(text, end)
        if not m:
            break
        name = m.group(1)
        if not _town_here(name, places):
            first = name.split()[0]
            if " " not in name or not _town_here(first, places):
                break
            end = m.start(1) + len(first)
            continue
        end = m.end()
    return end


def _town_here(name: str, places: frozenset[str]) -> bool:
    """A listed town, not a function word (… apt 3 with her mother)."""
    from assistant.redact.given_names import english_word_forms

    return len(name) >= 4 and name.lower() in places and name.lower() not in english_word_forms()


@lru_cache(maxsize=1)
def _lower_places() -> frozenset[str]:
    from assistant.redact.gazetteer import latin_place_names

    return frozenset(n.lower() for n in latin_place_names())


#: Tails a Latin span of a type takes as they are, keeping its type: a surname initial, a place's
#: or a body's kind word, a body's "for …".
_LATIN_TAILS = {
    PERSON: (_INITIAL,),
    LOCATION: (_PLACE_KIND,),
    ORGANIZATION: (_BODY_KIND, _FOR_TAIL),
}
#: A landmark's kind word after its name, with a reign number between (Rama VIII bridge).
_LANDMARK = re.compile(
    r"[^\S\n]+(?:(?:[IVX]{1,5}|\d{1,3})[^\S\n]+)?(?:bridge|pier|market|beach|canal|intersection|junction|"
    r"flyover|underpass|night market|fish market|wet market|floating market|fresh market|BTS|MRT|"
    # session 7: where someone sleeps, is held or is found (the Ballymun flats, Casuarina prison,
    # the Boulder skate park; not "station": a fuel brand names a petrol station, the Caltex station)
    r"flats|estate|prison|jail|gaol|remand centre|skate park|park|motel|hostel|camp|township|"
    # session 10: where people gather, trade or shelter (Loi Kroh plaza, Bree Street taxi rank)
    r"plaza|complex|taxi rank|compound|settlement|border market|border crossing|border checkpoint|checkpoint|"
    # session 12: where a street child sells or a worker eats (Kalare food court, Hua Mak hawker centre)
    r"food court|hawker centre|hawker center|night bazaar|bazaar|"
    # session 16: where someone is picked up or waits (the Boronda road bus stop)
    r"(?:road[^\S\n]+|street[^\S\n]+)?bus[^\S\n]+stop|bus[^\S\n]+station|train[^\S\n]+station)(?![A-Za-z])"
)


def _ordinary_between(tail: str) -> bool:
    """The words between a lower-case name and its kind are part of a name, not a clause: no
    function word or verb among them ("brackenfield university", not "jordan went to the clinic")."""
    from assistant.redact.given_names import english_word_forms
    from assistant.redact.lexicon import get_lexicon

    words = tail.split()[:-1]
    if tail.split()[-2:] in (["learning", "centre"], ["health", "post"]):
        words = words[:-1]
    forms = english_word_forms()  # function words and irregular inflections (went, to, the)
    roles = get_lexicon().en_roles  # (session 19) "Bank's mother Sunee works": a relation, then a clause
    return all(w not in forms and not w.endswith(("ed", "ing")) and w.lower() not in roles for w in words)


#: Words that open romanised Thai place names (Bang Na, Lat Phrao, Huai Khwang, Khlong Toei).
_THAI_PLACE_WORD_LATIN = re.compile(
    r"(?i)\b(?:bang|lat|huai|nong|khlong|ban|thung|don|sam|phra|din|min|rat|wang|pak|tha|sai|bueng|chom|lak|yan|"
    r"sathon|phaya)\b"
)


def _thai_place_in_latin(name: str) -> bool:
    """A listed place whose name is romanised Thai (two or more words, a Thai place word in it):
    Lat Phrao, Bang Na, Huai Khwang — not Dallas or Chiang (a city alone takes no lane)."""
    from assistant.redact.gazetteer import latin_place_names

    return len(name.split()) >= 2 and name in latin_place_names() and bool(_THAI_PLACE_WORD_LATIN.search(name))


#: session 17 — a body's or place's span that stops on a joining word (Assembly of, Friends for,
#: Sisters and): the capitalised words after it finish the name.
_DANGLING_JOIN = re.compile(r"[^\S\n](?:of|for|and|&|de|del|du)\Z")
_CAPITALISED_WORDS_AFTER = re.compile(rf"[^\S\n](?:the[^\S\n])?{_CALENDAR_WORD}{_CAPITALISED_RUN}")

#: session 17 — a body's kind word closing its span, and "of (the) Name" after it.
_ENDS_IN_BODY_WORD = re.compile(
    r"(?:Center|Centre|Association|Society|Council|Federation|Alliance|Foundation|Network|Coalition|"
    r"Church|Union|League|Committee|Institute|Mall|Sisters|Friends|Daughters|Brothers|"
    # session 19: Lighthouse Samoan Assembly| of God, Ministry| of Health, Office| of Refugee Resettlement
    r"Assembly|Ministry|Office|Department|Bureau|Commission|Tribunal|Court|Congregation)\Z"
)
_OF_NAME_AFTER = re.compile(rf"[^\S\n]of{_CAPITALISED_WORDS_AFTER.pattern}")


def _rest_of_body_name(text: str, h: Hit) -> re.Match[str] | None:
    """The capitalised words that finish a body's or place's name cut short: after a joining
    word its span stops on (Malamalama Samoan Assembly of| God), or "of (the) Name" after the
    body word that closes it (Hmong Elders Center| of the Twin Cities)."""
    if _DANGLING_JOIN.search(text, h.start, h.end):
        return _CAPITALISED_WORDS_AFTER.match(text, h.end)
    if _ENDS_IN_BODY_WORD.search(text, h.start, h.end):
        return _OF_NAME_AFTER.match(text, h.end)
    return None


#: session 37 (set 123) — the state written after a foreign town: เมืองมุดง รัฐมอญ, ตุมปัต รัฐกลันตัน,
#: Thanbyuzayat, Mon State, Kota Bharu, Kelantan State.
_STATE_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:รัฐ(?!บาล|วิสาหกิจ|สภา|มนตรี|ประศาสน|ธรรมนูญ|สวัสดิการ)[\u0E01-\u0E4E]{2,16}(?![\u0E01-\u0E4E])"
    r"|[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?[^\S\n](?:State|Province|Region)(?![A-Za-z]))"
)


def extend_tails(text: str, hits: list[Hit]) -> None:
    """053-771-240 ต่อ 118 (a phone's extension); "Sokha Chhim PP" (a display name's tag);
    ฟ้าใส🌙 (emoji written into a display name); อ.|แม่สาย (a district's abbreviation); Lat Phrao
    soi 71, ลาดพร้าว ซ.71 (a lane number); Rama VIII bridge, Saphan Taksin pier (a landmark's kind
    word in lower case: a Latin place the name rules read as a person becomes the place it is);
    Mesa AZ (a town's state code); Ray K. (a surname initial)."""
    for h in list(hits):
        if h.type in (ORGANIZATION, LOCATION) and (m := _rest_of_body_name(text, h)):
            hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
        if h.type == PHONE and (m := _EXTENSION.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), PHONE, h.score, "alias"))
        elif h.type == ONLINE_ID and " " in text[h.start:h.end] and (m := _TAG.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), ONLINE_ID, h.score, "alias"))
        if h.type == PERSON and _LATIN_START.match(text, h.start) and (m := _GLUED_DIGITS.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), ONLINE_ID, h.score, "alias"))  # Shadowmoon|99: a handle
        if h.type in (ONLINE_ID, PERSON) and (m := _EMOJI.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
            if n := _LATIN_AFTER_EMOJI.match(text, m.end()):  # …นก🌷Korea: a sender quoted inside a line
                hits.append(Hit(h.start, n.end(1), h.type, h.score, "alias"))
        if h.type in (LOCATION, PERSON, ORGANIZATION) and (m := _LANDMARK.match(text, h.end)) and (
            _LATIN_START.match(text, h.start)
            or (_LOWER_SPAN.fullmatch(text, h.start, h.end) and _ordinary_between(text[h.end:m.end()]))
        ) and not (h.type == PERSON and OBJECT_AFTER_VERB.match(text, m.end())):  # (session 40) Jane| park the car
            hits.append(Hit(h.start, m.end(), LOCATION, h.score, "alias"))  # a place read as a name
        if (
            h.type in (LOCATION, PERSON, ADDRESS) and (m := _LANE.match(text, h.end))
            and (h.type != PERSON or _LATIN_START.match(text, h.start))
        ):
            hits.append(Hit(h.start, m.end(), LOCATION if h.type == PERSON else h.type, h.score, "alias"))
        if h.type in (LOCATION, ADDRESS, PERSON) and _ENDS_IN_SOI.search(text, h.start, h.end) and (m := _SOI_NUMBER.match(text, h.end)):
            # (a Latin lane a name rule read as a person, "Lat Phrao Soi" 64, is the place it is)
            hits.append(Hit(h.start, m.end(), LOCATION if h.type == PERSON else h.type, h.score, "alias"))
        if h.type in (LOCATION, ORGANIZATION, ADDRESS) and _ENDS_IN_RAMA.search(text, h.start, h.end) and (
            m := _RAMA_NUMBER.match(text, h.end)
        ):  # คลินิกX พระราม| 4, Lotus's Rama| 4: the road's reign number is part of the branch
            hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
        if text.startswith(".", h.end) and (
            (h.type in (ORGANIZATION, LOCATION, ADDRESS) and _STREET_ABBREV.search(text, h.start, h.end))
            or (h.type == PERSON and _STREET_KIND.search(text, h.start, h.end))
        ):  # Potsdamer Str|.: the abbreviation's dot (a street a name rule read is the place it is)
            hits.append(Hit(h.start, h.end + 1, LOCATION if h.type == PERSON else h.type, h.score, "alias"))
        if h.type == LOCATION and text.startswith(_NUMBERED_KINDS, h.start) and (m := _PLACE_NUMBER.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), LOCATION, h.score, "alias"))
        if h.type in (ADDRESS, LOCATION) and (m := _SIDE_LANE.match(text, h.end)) and re.search(
            r"(?:ซอย|ซ\.|[Ss]oi)", text[h.start:h.end]
        ):
            hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
        if h.type == LOCATION and _LATIN_START.match(text, h.start) and (m := _REGION.match(text, h.end)) and (
            (m.group(1) or m.group(2)) in _REGION_CODES
        ):
            hits.append(Hit(h.start, m.end(), LOCATION, h.score, "alias"))
        if h.type == LOCATION and (m := _STATE_AFTER.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), LOCATION, h.score, "alias"))  # เมืองมุดง รัฐมอญ: the town's state
        if (
            h.type in (LOCATION, PERSON) and _LATIN_START.match(text, h.start)
            and (m := _LATIN_LANE_NUMBER.match(text, h.end)) and _thai_place_in_latin(text[h.start:h.end])
        ):
            hits.append(Hit(h.start, m.end(), LOCATION, h.score, "alias"))
        if (
            h.type in (PERSON, LOCATION, ORGANIZATION) and _LOWER_SPAN.fullmatch(text, h.start, h.end)
            and (m := _LOWER_BODY_KIND.match(text, h.end)) and _ordinary_between(text[h.end:m.end()])
        ):
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
        if (
            h.type in (PERSON, ORGANIZATION, LOCATION) and _LATIN_START.match(text, h.start)
            and (m := _LOWER_BUSINESS_KIND.match(text, h.end))
            and _ordinary_between(text[h.end:m.end()].lstrip("'’s"))
        ):  # session 14: Ruam Chok| garment factory, Jay Noi|'s noodle shop — the business named
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
        if (
            h.type in (LOCATION, ADDRESS, ORGANIZATION) and re.search(r"[A-Za-z]$", text[h.start:h.end])
            and (stop := _name_number(text, h.end)) is not None
        ):  # session 14: Al Barsha| 2, Municipality Ward| 9 — the number ends the place's name
            hits.append(Hit(h.start, stop, h.type, h.score, "alias"))
        if (
            h.type in (PERSON, ORGANIZATION, LOCATION) and _LATIN_START.match(text, h.start)
            and (m := _LOWER_PLACE_KIND.match(text, h.end)) and _ordinary_between(text[h.end:m.end()])
        ):  # session 14: Kolok| riverside market, mae la| camp — the place named
            hits.append(Hit(h.start, m.end(), LOCATION, h.score, "alias"))
        if (
            h.type in (PERSON, ORGANIZATION, LOCATION) and _CAPITALISED_START.match(text, h.start)
            and (m := _SPOKEN_BODY_KIND.match(text, h.end)) and _ordinary_between(text[h.end:m.end()].lstrip("'’s"))
        ):  # session 16: Golden Lotus| nail spa, Wiley Park| medical centre
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
        if _CAPITALISED_START.match(text, h.start):
            for types, tail, kind in _LOWER_KIND_TAILS:
                if h.type in types and (m := tail.match(text, h.end)):
                    hits.append(Hit(h.start, m.end(), kind or h.type, h.score, "alias"))
        if _LATIN_START.match(text, h.start):
            for tail in _LATIN_TAILS.get(h.type, ()):
                if m := tail.match(text, h.end):
                    hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
        if h.type == PERSON and _LATIN_START.match(text, h.start) and (m := _MA_BEFORE.search(text, max(0, h.start - 5), h.start)):
            hits.append(Hit(m.start(), h.end, PERSON, h.score, "alias"))
        if h.type == PERSON and " " in text[h.start:h.end].strip():
            end = _foreign_syllables_end(text, h.start, h.end)
            if end > h.end:
                hits.append(Hit(h.start, end, PERSON, h.score, "alias"))
        if h.type == ORGANIZATION and text.startswith(("วัด", "เทศบาล"), h.start) and (
            m := _SCHOOL_BEFORE.search(text, max(0, h.start - 12), h.start)
        ):
            hits.append(Hit(m.start(), h.end, ORGANIZATION, h.score, "alias"))  # โรงเรียน|วัดX: the school
        if h.type in (ORGANIZATION, LOCATION, ADDRESS) and _THAI_CHUNK.match(text, h.start) and (m := _TH_NAME_TAIL.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
        if h.type == ORGANIZATION and text.startswith(_TH_COMPANY_HEADS, h.start) and (m := _TH_COMPANY_TAIL.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
        if h.type == PERSON and _LATIN_START.match(text, h.start) and (m := _MD_BEFORE.search(text, max(0, h.start - 7), h.start)):
            hits.append(Hit(m.start(), h.end, PERSON, h.score, "alias"))
        if h.type == PERSON and _LATIN_START.match(text, h.start) and (m := _LINEAGE.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), PERSON, h.score, "alias"))
        if h.type in (ID_NUMBER, CASE_NUMBER) and text[h.start:h.start + 1].isdigit() and (
            m := _GLUED_CAPS_BEFORE.search(text, max(0, h.start - 8), h.start)
        ):
            hits.append(Hit(m.start(), h.end, h.type, h.score, "alias"))
        if h.type == ADDRESS and (end := _address_town_end(text, h.end)) > h.end:
            hits.append(Hit(h.start, end, ADDRESS, h.score, "alias"))
        if h.type in (PERSON, LOCATION, ORGANIZATION) and _LATIN_START.match(text, h.start):
            _extend_latin_name(text, h, hits)
        if h.type == ADDRESS and (m := _UK_POSTCODE_TAIL.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), ADDRESS, h.score, "alias"))
        if h.type in (ID_NUMBER, CASE_NUMBER) and text[h.end - 1:h.end].isdigit() and (m := _CHECK_LETTER.match(text, h.end)):
            hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
        if h.type == LOCATION and h.start >= 2 and text[h.start - 2:h.start] in _ADMIN_ABBREV and (
            h.start == 2 or not re.match(rf"[{THAI_LETTERS}.]", text[h.start - 3])
        ):
            hits.append(Hit(h.start - 2, h.end, LOCATION, h.score, "alias"))


def _extend_latin_name(text: str, h: Hit, hits: list[Hit]) -> None:
    """A capitalised name, place or body: the rest of a hyphenated word either side (Jun-jun,
    Lumière-d'Aube); a company's legal form or a body's lower-case kind after it (Norrskog Bär AB,
    St Barnabas Thai fellowship); a body "of" it before it (Circuit Court of Cook County)."""
    if m := _HYPHEN_AFTER.match(text, h.end):
        hits.append(Hit(h.start, m.end(), h.type, h.score, "alias"))
    if m := _HYPHEN_BEFORE.search(text, max(0, h.start - 20), h.start):
        hits.append(Hit(m.start(), h.end, h.type, h.score, "alias"))
    if m := _LEGAL_FORM.match(text, h.end):
        hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
    if (m := _CAP_BODY_LOWER_KIND.match(text, h.end)) and _ordinary_between(text[h.end:m.end()]):
        hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))
    if m := _BODY_OF_BEFORE.search(text, max(0, h.start - 70), h.start):
        hits.append(Hit(m.start(), h.end, ORGANIZATION, h.score, "alias"))


def _short_foreign_syllable(word: str, th) -> bool:
    """A syllable of a Burmese or Vietnamese name written in Thai: at most three base letters,
    no particle, function word or word that ends a name."""
    return (
        base_letters(word) <= 3 and word not in SENTENCE_PARTICLES and word not in th.stopwords
        and not word.startswith(("ไม่", "ได้", "จะ", "ยัง", "เป็น", "อยู่", "มา", "ไป"))
    )


def _foreign_syllables_end(text: str, start: int, end: int) -> int:
    """Extend a two-part Thai-script name whose last part is a short syllable the dictionary does
    not know (ลวิน, มิน) over up to two more spaced short syllables."""
    th = get_thai_lexicon()
    last = text[start:end].split()[-1]
    if not re.fullmatch(rf"[{THAI_LETTERS}]+", last) or last in th.words or base_letters(last) > 3:
        return end
    for _ in range(2):
        m = _SPACED_SYLLABLE.match(text, end)
        if not m or not _short_foreign_syllable(m.group(1), th):
            break
        end = m.end(1)
    return end


# ------------------------------------------------------------------ dictated names

_LOWER_NAME = re.compile(r"[a-z][a-z'’\-]*(?:[^\S\n][a-z][a-z'’\-]*)*")
_ONE_WORD_GAP = re.compile(r"[^\S\n]([a-z]{2,12})[^\S\n]")
_WORD_THEN_AGE = re.compile(r"[^\S\n]([a-z]{2,12})[^\S\n]\d{1,3}(?![\d:/.,]\d)")


def _name_piece(word: str) -> bool:
    """A dictated word that can be part of a name: no function word, and a listed given name or
    no English word (lee, yang, vang, xiong)."""
    from assistant.redact.given_names import all_given_names, english_word_forms
    from assistant.redact.recognizers.person_en_lower import _ordinary

    return word not in english_word_forms() and (word.title() in all_given_names() or not _ordinary(word))


def join_dictated_name_parts(text: str, hits: list[Hit]) -> None:
    """mai| lee |vang, choua| yang 77: in a note dictated in lower case, two pieces of a name
    found apart are one name when the one word between them can be a name; and the word between a
    name and an age is its family name."""
    people = sorted((h for h in hits if h.type == PERSON and _LOWER_NAME.fullmatch(text, h.start, h.end)),
                    key=lambda h: h.start)
    for a, b in pairwise(people):
        gap = _ONE_WORD_GAP.fullmatch(text, a.end, b.start)
        if gap and _name_piece(gap.group(1)):
            hits.append(Hit(a.start, b.end, PERSON, max(a.score, b.score), "alias"))
    for h in people:
        m = _WORD_THEN_AGE.match(text, h.end)
        if m and _name_piece(m.group(1)):
            hits.append(Hit(h.start, m.end(1), PERSON, h.score, "alias"))


# ------------------------------------------------------------------ Thai names in pieces

_TH_LETTER = re.compile(rf"[{THAI_LETTERS}]")
#: What may stand after the word that ends a name: a space, a mark, a line end.
_AFTER_NAME_WORD = re.compile(r"[^\S\n]|[,;:()\[\]\"'“”\n/]|$")
#: The most letters a glued remainder may have to be part of the name (หน่อ|พอแฮ, นา|รูลา).
_MAX_REST = 6


@lru_cache(maxsize=1)
def _name_piece_blocks() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words that are never a piece of a name, titles that open a new one)."""
    from assistant.redact.lexicon import get_lexicon
    from assistant.redact.recognizers.person_th import _CLAUSE_PREFIXES, _RELATION_NOUNS

    lex = get_lexicon()
    titles = lex.th_soft_titles | lex.th_strong_titles | set(lex.th_name_opening_honorifics)
    blocks = frozenset(
        get_thai_lexicon().stopwords | lex.th_not_names | set(_CLAUSE_PREFIXES) | set(SENTENCE_PARTICLES)
        | set(_RELATION_NOUNS)
    )
    return blocks, tuple(sorted(titles, key=len, reverse=True))


def _name_rest(rest: str, after_title: bool = False) -> bool:
    """The letters glued to a name's piece can be the rest of it: no title opens them, and none of
    their syllables is a function word or a clause's verb — after a title standing alone, only the
    whole rest must not be one (หน่อ|พอแฮ: พอ "enough" opens a Karen name)."""
    from assistant.redact.recognizers.person_th import _CLAUSE_PREFIXES

    blocks, titles = _name_piece_blocks()
    if rest.startswith(titles):
        return False
    if rest in blocks or rest.startswith(_CLAUSE_PREFIXES):
        return False
    if after_title:
        return True
    if len(rest) >= 4 and rest in get_thai_lexicon().words:
        return False  # a word of its own glued after the name (ครูอ้อน|ลาป่วย "is on sick leave")
    return not any(tok in blocks for tok in get_thai_lexicon().tokenize(rest))


_STRONG_TH_TITLE = re.compile(r"(?:นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|น\.ส\.)")


def _family_after(text: str, h: Hit, pos: int, people: list[Hit]) -> Hit | None:
    """The family name right after ``pos`` and one space, when ``h`` opens with a formal title:
    a person's span there that no title opens."""
    if not _STRONG_TH_TITLE.match(text, h.start) or text[pos:pos + 1] != " ":
        return None
    _, titles = _name_piece_blocks()
    return next(
        (p for p in people if p.start == pos + 1 and p is not h and not text.startswith(titles, p.start)), None
    )


#: session 23 — what follows a run-on full name besides a field word: who calls her what, where
#: she studies, lives or was born (…ใจคำ|คนในหมู่บ้านเรียก…, …ใจคำ|เรียนม.2).
_AFTER_A_RUN_ON_NAME = frozenset({"คน", "คนใน", "เกิด", "เรียน", "บ้าน", "ชื่อเล่น", "เป็น", "อยู่", "มา", "ไป", "ที่"})


def take_closing_kham(text: str, hits: list[Hit]) -> None:
    """คำ ("gold") closes many Northern and Isan family names (ใจคำ, แก้วคำ, บุญคำ), and the
    tokenizer reads it as คำ "word", so a run-on full name stops before it (ด.ญ.กัญญาณัฐใจ|คำ|อายุ๑๔).
    A Thai person's span glued to คำ takes it when a field word follows (อายุ, เกิด, โทร …) or the
    chunk ends there — not คำนวณ, คำพูด (a word of its own)."""
    from assistant.redact.lexicon import get_lexicon

    for h in hits:
        if h.type != PERSON or h.end - h.start < 6 or not text.startswith("คำ", h.end):
            continue
        if not _TH_LETTER.match(text, h.end - 1) or " " in text[h.start:h.end].strip():
            continue  # a spaced full name ends where its family name ends
        rest = _THAI_CHUNK.match(text, h.end + 2)
        nxt = get_thai_lexicon().tokenize(rest.group(0))[0] if rest and rest.group(0) else ""
        if not nxt or nxt in get_lexicon().th_not_surnames or nxt in _AFTER_A_RUN_ON_NAME:
            h.end += 2


def join_spaced_family_names(text: str, hits: list[Hit]) -> None:
    """session 23 — นางสาวอรอุมา|ตาสิทธิ์: a family name that opens like a kin title (ตา, ป้า) is
    found as a second person, and the two spans leave the space between them uncovered. A person
    with a formal title (นาย, นาง, นางสาว, ด.ช. …) followed after one space by a single-word person
    spelled like a family name (listed, or with a thanthakhat and unknown to the dictionary) is one
    full name. After a kin word it may be two people (ยายมา ตาสิทธิ์), so it is left."""
    from assistant.redact.lexicon import get_lexicon

    strong = tuple(get_lexicon().th_strong_titles)
    words = get_thai_lexicon().words
    family = get_thai_lexicon().family_names

    people = sorted((h for h in hits if h.type == PERSON and _TH_LETTER.search(text, h.start, h.end)),
                    key=lambda h: h.start)
    starting = {h.start: h for h in people}
    for first in people:
        second = starting.get(first.end + 1)
        if second is None:
            continue
        value = text[second.start:second.end]
        if (
            text[first.end] == " " and _TH_LETTER.match(text, first.end - 1)
            and " " not in text[first.start:first.end] and _THAI_CHUNK.fullmatch(value)
            and text.startswith(strong, first.start)
            and (value in family or ("\u0e4c" in value and value not in words and len(value) >= 5))
        ):
            first.end = second.end


#: session 36 — the most pieces a family name glued to the next clause is read over, and the
#: words besides function words and clause verbs that open what follows it (an age, a relative
#: clause, work, birth, school).
_GLUED_FAMILY_PIECES = 3
_GLUED_CLAUSE_WORDS = ("อายุ", "ซึ่ง", "ทำงาน", "เกิด", "เรียน", "ดื่ม", "ดูแล", "เสีย")


def _one_word_person_then_space(text: str, h: Hit) -> bool:
    """A Thai person span of one word (its title included) with one space after it: where a
    family name may follow."""
    return (
        h.type == PERSON and h.source != "writer" and text[h.end:h.end + 1] == " "
        and _TH_LETTER.match(text, max(h.end - 1, 0)) is not None and " " not in text[h.start:h.end].strip()
    )


def take_glued_family_names(text: str, hits: list[Hit]) -> None:
    """session 36 (sets 22, 55, 107, 109) — run-on Thai notes space the given from the family name
    but glue the family name to the clause after it (ยายเสงี่ยม ทองย้อย|ที่บ้าน…, ลุงประยงค์
    นาคสวัสดิ์|ติดเตียง…): a person found by the given name alone takes the first one to three
    words after the space when they are a listed family name, or made of family-name pieces and
    no dictionary word (surname_pieces), and the next word opens a clause (a function word or a
    clause verb). A clause straight after the space (ยายคำ ไม่สบาย…, ป้าแดง ใจดีมาก) has no
    family name to take: its first word is a function word, or no clause word follows."""
    from assistant.redact.recognizers.person_th import _CLAUSE_PREFIXES
    from assistant.redact.surname_pieces import surname_like

    th = get_thai_lexicon()
    blocks, titles = _name_piece_blocks()
    openers = (*_CLAUSE_PREFIXES, *_GLUED_CLAUSE_WORDS)
    for h in hits:
        if not _one_word_person_then_space(text, h):
            continue
        chunk = _THAI_CHUNK.match(text, h.end + 1)
        if not chunk:
            continue
        tokens = [t for t in th.tokenize(chunk.group()) if t]
        if len(tokens) < 2 or tokens[0] in blocks or tokens[0].startswith(titles):
            continue
        for k in range(1, min(_GLUED_FAMILY_PIECES, len(tokens) - 1) + 1):
            family, nxt = "".join(tokens[:k]), tokens[k]
            if any(t in blocks for t in tokens[:k]):
                break
            if len(family) < 4 or not (nxt in th.stopwords or nxt.startswith(openers)):
                continue
            if family in th.family_names or (surname_like(family) and family not in th.words):
                h.end += 1 + len(family)
            break


#: session 43 — what may stand after a family name that stands alone: a space, a mark, the end.
#: Documents, rights and schemes open no family name (บัตรทอง, สิทธิบัตรทอง, ใบรับรอง).
_NOT_FAMILY_OPENERS = ("บัตร", "สิทธิ", "ใบ", "เอกสาร", "กองทุน", "เบี้ย", "เงิน")
#: Words that close a clause, never a family name: very, already, at all, up, down, too.
_CLAUSE_ENDINGS = ("มาก", "แล้ว", "เลย", "ขึ้น", "ลง", "ด้วย", "จัง", "นะ", "ค่ะ", "ครับ")
_STANDS_ALONE = re.compile(r"(?:[^\S\n]|[\n,;:()/|.]|$)")


def take_spaced_family_names(text: str, hits: list[Hit]) -> None:
    """session 43 (sets 126, keep27, keep32) — a person found by the given name, then one space and
    a word standing alone that is a listed family name no dictionary reads as a verb or an
    adjective (ป้าสุดใจ ทองคำ, ยายเรไร ทองคำเปลว), or one made of family-name pieces that the
    dictionary does not hold: the full name. A clause after the space (ป้าแดง ใจดีมาก, ยายคำ
    ไม่สบาย) is no family name: its word is a verb, an adjective or a function word."""
    from assistant.redact.surname_pieces import surname_like
    from assistant.redact.thai_lexicon import orchid_tags

    th = get_thai_lexicon()
    blocks, titles = _name_piece_blocks()
    tags = orchid_tags()
    for h in hits:
        if not _one_word_person_then_space(text, h):
            continue
        chunk = _THAI_CHUNK.match(text, h.end + 1)
        if not chunk or len(chunk.group()) < 4 or not _STANDS_ALONE.match(text, chunk.end()):
            continue
        family = chunk.group()
        first = th.tokenize(family)[0]
        if first in blocks or family.startswith(titles) or family in th.stopwords or th.acts(family):
            continue
        if family.startswith(_NOT_FAMILY_OPENERS) or family.endswith(_CLAUSE_ENDINGS):
            continue  # สิทธิ|บัตรทอง: a card or a right; ป้าแดง|ใจดีมาก: a clause, "very kind"
        if (family in th.family_names and not tags.get(family, "").startswith("V")) or (
            surname_like(family) and family not in th.words
        ):
            h.end = chunk.end()


def join_shared_family_names(text: str, hits: list[Hit]) -> None:
    """session 33 — two people of one family, each found by a given name and each followed after a
    space by the same word (น้องแพรวพรรณ คำอ้าย|ที่บ้าน…, ป้าบัวคำ คำอ้าย|ไปรับจ้าง…): that word is
    the family name they share, even glued to the clause after it. The shared part must end where
    the tokenizer ends a word in both places and be no everyday word or clause word."""
    people = [h for h in hits if h.type == PERSON and h.source != "writer" and _TH_LETTER.match(text, max(h.end - 1, 0))
              and " " not in text[h.start:h.end] and text[h.end:h.end + 1] == " "]
    after = [(h, chunk.group()) for h in people if (chunk := _THAI_CHUNK.match(text, h.end + 1))]
    joined: set[int] = set()
    for i, (a, ca) in enumerate(after):
        for b, cb in after[i + 1:]:
            if (
                id(a) in joined or id(b) in joined or a.end == b.end or (a.start < b.end and b.start < a.end)
                or text[a.start:a.end] == text[b.start:b.end]
            ):
                continue  # two people in two places; the same person named twice shares nothing
            k = _shared_family_name(text, a.end + 1, ca, b.end + 1, cb)
            if k:
                a.end += 1 + k
                b.end += 1 + k
                joined.update((id(a), id(b)))


def _shared_family_name(text: str, a: int, ca: str, b: int, cb: str) -> int:
    """Length of the longest word both chunks open with that can be a family name, or 0."""
    from assistant.redact.recognizers.location_th import ends_thai_word
    from assistant.redact.recognizers.person_th import _CLAUSE_PREFIXES
    from assistant.redact.thai_lexicon import everyday_words

    k = 0
    while k < min(len(ca), len(cb)) and ca[k] == cb[k]:
        k += 1
    blocked = _name_piece_blocks()[0]
    for n in range(k, 2, -1):
        shared = ca[:n]
        if (
            shared not in everyday_words() and shared not in blocked and not shared.startswith(_CLAUSE_PREFIXES)
            and ends_thai_word(text, a, a + n) and ends_thai_word(text, b, b + n)
        ):
            return n
    return 0


#: session 24 — Vietnamese middle names in Thai script (Văn, Thị), then one more name word: เหงียน
#: วัน ฮวา, ตรัน ถิ ลาน.
_VIET_MIDDLE = re.compile(rf"[^\S\n](?:วัน|วาน|ถิ|ถี|ดึ๊ก|ดึ๊ค|หง็อก)[^\S\n][{THAI_LETTERS}]{{2,10}}(?=[\s,.;:()]|$)")


def join_vietnamese_middle_names(text: str, hits: list[Hit]) -> None:
    """A Thai-script person's span that stops before a Vietnamese middle name (วัน = Văn, ถิ = Thị)
    and the given name after it takes both in: คุณเหงียน| วัน ฮวา is one person. The middle names
    are ordinary Thai words (วัน "day"), so they are read only right after a found person."""
    for h in [h for h in hits if h.type == PERSON and _TH_LETTER.search(text, h.start, h.end)]:
        m = _VIET_MIDDLE.match(text, h.end)
        if m:
            h.end = m.end()


def join_thai_name_pieces(text: str, hits: list[Hit]) -> None:
    """หน่อ|พอแฮ, ซิงห์ นา|รูลา, สเรย์|เนียง, อัล-|มัสรี: the tokenizer cuts an unknown name into
    dictionary syllables, so a rule or the tagger may stop inside it. A Thai person's span that
    stops inside a word standing alone (a space or a mark after it) takes the rest of that word
    when the rest is short and holds no function word, verb of a clause or title; one that starts
    inside such a word takes the letters before it on the same terms; two persons glued with no
    title between them are one; an Arabic name's hyphen joins its parts (อัล-มัสรี)."""
    people = sorted((h for h in hits if h.type == PERSON and _TH_LETTER.search(text, h.start, h.end)),
                    key=lambda h: h.start)
    for h in people:
        start, end = h.start, h.end
        if 0 < end < len(text) and _TH_LETTER.match(text, end) and _TH_LETTER.match(text, end - 1):
            m = _THAI_CHUNK.match(text, end)
            alone = text[start:end] in _name_piece_blocks()[1]  # a title with its name cut off
            if len(m.group(0)) <= _MAX_REST and _AFTER_NAME_WORD.match(text, m.end()) and _name_rest(m.group(0), alone):
                end = m.end()
            elif len(m.group(0)) <= 3 and (family := _family_after(text, h, m.end(), people)) is not None:
                # (session 18) นางซารี|นะ หมัดเส็น: a titled given name the tokenizer cut at a
                # syllable spelled like a particle or a verb, then its family name: one name
                end = family.end
        elif (
            text.startswith("-", end) and _TH_LETTER.match(text, end - 1) and (m := _THAI_CHUNK.match(text, end + 1))
            and len(m.group(0)) <= 12 and _AFTER_NAME_WORD.match(text, m.end()) and _name_rest(m.group(0))
        ):
            end = m.end()
        if 0 < start < len(text) and _TH_LETTER.match(text, start) and _TH_LETTER.match(text, start - 1):
            left = start
            while left > 0 and _TH_LETTER.match(text, left - 1):
                left -= 1
            rest = text[left:start]
            opens = left == 0 or re.match(r"[^\S\n]|[,;:(\[\"'“\n]", text[left - 1])
            if opens and len(rest) <= _MAX_REST - 1 and _name_rest(rest):
                start = left
        if (start, end) != (h.start, h.end):
            hits.append(Hit(start, end, PERSON, h.score, "alias"))
    _, titles = _name_piece_blocks()
    for a, b in pairwise(people):
        if a.end == b.start and _TH_LETTER.match(text, a.end - 1) and not text.startswith(titles, b.start):
            hits.append(Hit(a.start, b.end, PERSON, max(a.score, b.score), "alias"))
    for h in people:
        if (start := _titled_given_before(text, h.start, titles)) is not None:
            hits.append(Hit(start, h.end, PERSON, h.score, "alias"))


#: The Thai run glued before a space: where a titled given name may end (…กับตาเปลี่ยน| มีสุข).
_RUN_BEFORE_SPACE = re.compile(r"[\u0E01-\u0E4E.]{3,40} $")


def _titled_given_before(text: str, start: int, titles: tuple[str, ...]) -> int | None:
    """(session 18) A family name found alone after a space, with a title and a given name the
    rules passed over glued before it (อาศัยกับตา|เปลี่ยน มีสุข: เปลี่ยน "change" is the given
    name): where the title starts, when the given name can be one (no clause word, 2–10
    letters); None otherwise, or when a title opens the span itself."""
    if start < 4 or text[start - 1] != " " or text.startswith(titles, start) or _DOTTED_AT.match(text, start):
        return None  # (a span opening with its own title or a dotted one, อ.ธิดารัตน์, is a name of its own)
    m = _RUN_BEFORE_SPACE.search(text, max(0, start - 41), start)
    if not m:
        return None
    run = m.group(0)[:-1]
    tokens = get_thai_lexicon().tokenize(run)
    pos = len(run)
    for k in range(len(tokens) - 1, 0, -1):
        pos -= len(tokens[k])
        rest = run[pos:]
        if len(rest) > 10:
            return None
        title = tokens[k - 1]
        if title in titles and len(rest) >= 2 and all(map(_given_before_family, tokens[k:])) and not _role_compound(title + rest):
            return m.start() + pos - len(title)
    return None


_DOTTED_AT = re.compile(r"[\u0E01-\u0E2E]{1,3}\.")


def _role_compound(word: str) -> bool:
    """ครูแนะแนว, แม่ค้า: a title and a word that together name a role, not a person."""
    from assistant.redact.recognizers.person_th import is_occupation

    return word in get_thai_lexicon().words or is_occupation(word) or is_occupation(word[2:])


def _given_before_family(word: str) -> bool:
    """With a title before and a family name after, a word is a given name unless it opens a
    clause, says something (บอก, ว่า), is a particle, a relation or a field label: an ordinary
    word or a verb may be one (เปลี่ยน, สมหวัง)."""
    from assistant.redact.lexicon import get_lexicon
    from assistant.redact.recognizers.address_th import CLAUSE_WORDS
    from assistant.redact.recognizers.person_th import _CLAUSE_PREFIXES, _RELATION_NOUNS

    first = get_thai_lexicon().tokenize(word)[0]
    return not (  # (not the dictionary's stopwords: they hold เปลี่ยน, a given name here)
        first in CLAUSE_WORDS or word.startswith(tuple(_CLAUSE_PREFIXES)) or first in SENTENCE_PARTICLES
        or first in _RELATION_NOUNS or first in get_lexicon().th_not_surnames
        or first in ("เล่า", "แจ้ง", "ถาม", "พูด")  # (บอก, ว่า, โทร, ไป, มา, อยู่ are clause words)
    )


# ------------------------------------------------------------------ initials and particles

#: session 15 — initials and name particles written before a surname (B.S. Gill, G. van der
#: Heijden, the Van der Heijdens): lower-case particles only in their multi-word forms or in
#: those that are no English word (de, von, bin); "van" alone must be capitalised (Van Dijk).
_PARTICLES = (
    r"(?:[Vv]an[^\S\n]+(?:der|den|de)|[Vv]on[^\S\n]+(?:der|dem)|[Dd]e[^\S\n]+(?:la|los|las)|Van|Von|De|Da|Di|Du|Le|La"
    r"|de|da|di|du|von|dos|das|del|della|bin|binti|ibn|ter|ten)"
)
_BEFORE_SURNAME = re.compile(
    rf"(?<![A-Za-z.])(?:(?:[A-Z]\.){{1,3}}[^\S\n]?)?(?:{_PARTICLES}[^\S\n]+)$|(?<![A-Za-z.])(?:[A-Z]\.){{1,3}}[^\S\n]?$"
)


def take_initials_and_particles(text: str, hits: list[Hit]) -> None:
    """B.S.| Gill, G. van der| Heijden: the initials and particles before a capitalised
    surname's span are part of the name. A lone capital and full stop after a word that ends a
    sentence is no initial (… got a B. Somchai …): initials need a capital or a line start, a
    title or a mark before them, or a second initial."""
    for h in [h for h in hits if h.type == PERSON]:
        if not re.match(r"[A-Z]", text[h.start:h.start + 1]):
            continue
        m = _BEFORE_SURNAME.search(text, max(0, h.start - 24), h.start)
        if not m or m.end() != h.start:
            continue
        start = m.start()
        lone_initial = re.fullmatch(r"[A-Z]\.[^\S\n]?", m.group(0))
        if lone_initial:
            before = text[max(0, start - 12):start]
            if before.strip() and not re.search(r"(?:[A-Z][a-z]*\.?|[,;:(\"“\n])[^\S\n]*$", before):
                continue
        hits.append(Hit(start, h.end, PERSON, h.score, "alias"))


def settle_boundaries(text: str, hits: list[Hit]) -> None:
    """Every boundary rule, in the order their inputs need: tails and heads first, then branches
    (which read place spans), then address runs (which read everything)."""
    trim_glued_grades(text, hits)
    take_opening_honorifics(text, hits)
    join_dictated_name_parts(text, hits)
    join_thai_name_pieces(text, hits)
    take_closing_kham(text, hits)
    join_spaced_family_names(text, hits)
    join_shared_family_names(text, hits)
    take_glued_family_names(text, hits)
    take_spaced_family_names(text, hits)
    join_vietnamese_middle_names(text, hits)
    take_initials_and_particles(text, hits)
    extend_tails(text, hits)
    absorb_name_heads(text, hits)
    attach_branch_places(text, hits)
    absorb_body_heads(text, hits)
    absorb_latin_head_first(text, hits)
    absorb_capitalised_lead_words(text, hits)
    absorb_foreign_heads(text, hits)
    split_glued_districts(text, hits)
    rejoin_lone_kind_words(text, hits)
    attach_lower_states(text, hits)
    take_unit_before_address(text, hits)
    take_place_tails(text, hits)
    drop_closing_weekdays(text, hits)
    drop_holiday_names(text, hits)
    drop_leading_dates(text, hits)
    join_body_branches(text, hits)
    take_possessive_shops(text, hits)
    take_owned_businesses(text, hits)
    drop_hospital_units(text, hits)
    take_address_fields(text, hits)
    join_address_runs(text, hits)
    join_adjacent_places(text, hits)
    take_admin_markers(text, hits)
    take_record_labels(text, hits)
    take_latin_name_ends(text, hits)
    take_family_on_next_line(text, hits)
    take_village_heads(text, hits)
    take_body_numbers(text, hits)
    take_of_place_tails(text, hits)
    take_letter_prefixes(text, hits)
    take_village_landmarks(text, hits)
    take_decorated_sender_fields(text, hits)
    take_account_name_tails(text, hits)
    take_emoji_display_names(text, hits)


#: session 36 (sets 63, 118) — a chat line's sender field, after an optional time, up to its colon.
#: Session 41 (set 139): the time may carry am/pm and a date before it ([10/03/25, 8:16 pm]).
_SENDER_FIELD = re.compile(
    r"^[^\S\n]*(?P<t>\[?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[^\S\n]+)?\d{1,2}[:.]\d{2}"
    r"(?:[^\S\n]?[AaPp]\.?[Mm]\.?)?\]?[^\S\n]*)?(?P<f>[^\n:\[\]()]{2,30}?)[^\S\n]*:",
    re.MULTILINE,
)
#: Session 41 (set 139) — a display name in quotes, with its emoji: "Brenda Lynn 🌹", "Lil Ty 🔱".
_QUOTED_FIELD = re.compile(r"[\"“](?P<f>[^\"“”\n]{2,40})[\"”]")
#: Session 41 (sets 139, keep30) — a role or a unit after a timed sender's name (หมอฝน รพ.สต.,
#: ลุงหนาน ผช., Nurul SW รพ.): one or two short words, part of the display name.
_ROLE_TAIL = re.compile(r"(?:[^\S\n][^\s:]{1,8}){1,2}")
#: A display name: up to three short parts, no sentence mark, the emoji at its start or its end.
_DISPLAY_EMOJI = f"[{_EMOJI_CHARS}\uFE0F\u200D]+"  # with the variation selector and the joiner
_DISPLAY_PART = f"[^\\s!?,;{_EMOJI_CHARS}]{{1,20}}"
_DISPLAY_NAME = re.compile(
    rf"(?:{_DISPLAY_EMOJI}[^\S\n]?)?(?P<n>{_DISPLAY_PART}(?:[^\S\n]{_DISPLAY_PART}){{0,2}})(?:[^\S\n]?{_DISPLAY_EMOJI})?"
)
#: Words that say an account's name follows (English and Thai), read in the 40 characters before it.
_ACCOUNT_CUE = re.compile(
    r"(?i)(?:facebook|\bfb\b|tiktok|instagram|\big\b|\bline\b|whatsapp|messenger|telegram|snapchat|"
    r"profile|account|acct|\bpage\b|display name|the name|ไลน์|เฟซ|เพจ|บัญชี|ชื่อ|โปรไฟล์|ติ๊กต็อก|ไอจี)"
)


_CHECK_MARKS = re.compile("[\u2610-\u2612\u2713-\u2718\u2705\u274c\u274e]")


def take_decorated_sender_fields(text: str, hits: list[Hit]) -> None:
    """A display name decorated with emoji (มาลัย🌷Malai:, อรุณี🌸Aru:) is one name: when a person
    or handle was found inside a chat line's sender field and the field holds an emoji, the whole
    field is that name — the parts round the emoji are the same person's names in two scripts.
    Session 41: so is a quoted display name with an emoji ("Brenda Lynn 🌹" on Facebook) when a
    name was found inside it, or an account word comes just before it ("Brother D ✝️")."""
    for m in _SENDER_FIELD.finditer(text):
        s, e = m.start("f"), m.end("f")
        # (a ticked box, ☑ Complaint explained:, is a form's line, not a display name)
        decorated = _EMOJI.search(_CHECK_MARKS.sub("", text[s:e])) is not None
        if not decorated and not m.group("t"):
            continue  # most lines with a colon (S:, Plan:) are neither: no scan of the hits for them
        inside = [h for h in hits if h.type in (PERSON, ONLINE_ID) and s <= h.start and h.end <= e]
        if not inside:
            continue
        if decorated or (
            _ROLE_TAIL.fullmatch(text, max(h.end for h in inside), e) and min(h.start for h in inside) == s
        ):  # [08:20] หมอฝน รพ.สต.: a timed sender's role after the name
            hits.append(Hit(s, e, inside[0].type, inside[0].score, "alias"))
    for m in _QUOTED_FIELD.finditer(text):
        s, e = m.start("f"), m.end("f")
        field = _CHECK_MARKS.sub("", text[s:e])
        if not _EMOJI.search(field) or not _DISPLAY_NAME.fullmatch(field):
            continue  # a quoted message (แม่ หนูขอโทษ 🥲 ไม่ไหวแล้วจริงๆ) is no name: emoji at an end, short
        inside = [h for h in hits if h.type in (PERSON, ONLINE_ID) and s <= h.start and h.end <= e]
        if inside:
            hits.append(Hit(s, e, inside[0].type, inside[0].score, "alias"))
        elif _ACCOUNT_CUE.search(text, max(0, m.start() - 40), m.start()):
            hits.append(Hit(s, e, ONLINE_ID, 0.6, "alias"))


#: Session 42 (set 148) — words right before an account's, a page's, an online shop's or a group
#: chat's name (Thai and English); read at the end of the text before a candidate name.
_NAME_CUE_BEFORE = re.compile(
    r"(?:ชื่อบัญชี|บัญชี(?:ชื่อ)?|(?:ใช้|มี|ตั้ง)?ชื่อ(?:ใน)?(?:ไลน์|เฟซบุ๊ก|เฟซ|เฟส|ติ๊กต็อก|ไอจี|เกม|ร้าน|เพจ|ช่อง|กลุ่ม)?"
    r"(?:[^\S\n]?(?:ว่า|คือ))?|เพจ(?:ร้าน)?|ร้าน[^\S\n]?(?:Shopee|Lazada|TikTok|ออนไลน์)|ช่อง(?:[^\S\n]?(?:YouTube|ยูทูบ))?|"
    r"กลุ่มแชท|กลุ่มไลน์|ไลน์กลุ่ม|ไลน์|เฟซ|"
    r"(?<![A-Za-z])(?:LINE|Line|Facebook|FB|TikTok|Tiktok|Instagram|IG|WhatsApp|Messenger|YouTube|Shopee|Lazada)"
    r"(?:[^\S\n]+(?i:group|page|channel|shop|account|name))?(?:[^\S\n]+is)?|"
    r"(?<![A-Za-z])(?i:account|display name|group chat|page)(?:[^\S\n]+is)?)[^\S\n]*:?[^\S\n]*\Z"
)
#: "by" and the seller's Thai name closing a shop's or page's name (ผ้าทอบ้านดง by แม่จันทร์).
_SELLER_AFTER = re.compile(rf"[^\S\n]+by[^\S\n]+[{THAI_LETTERS}]{{2,20}}(?=[\s,.;:()\"”]|$)")
#: One part of such a name: no space, sentence mark, bracket, quote or emoji.
_ACCOUNT_NAME_PART = re.compile(f"[^\\s!?,;:()\"“”'‘’\\[\\]{_EMOJI_CHARS}\uFE0F\u200D]{{1,24}}")
_SPACED_EMOJI = re.compile(f"[^\\S\\n]?{_DISPLAY_EMOJI}")
#: A part that opens a clause or a message (ส่งไลน์มาว่า ขอบคุณ…, LINE ไม่ตอบ…), not a name: the clause
#: words online_id reads, and the verbs a message opens with (kin words may open a name: แม่ปู …).
_MESSAGE_OPENER = re.compile(
    "(?:" + "|".join((*TH_CLAUSE_WORDS, "ส่ง", "บอก", "ขอ", "ไม่", "กัน", "ยัง", "จะ", "ได้")) + ")"
)
#: Games and platforms named before the account in them (ชื่อในเกม ROV …): the game, not the name.
_PLATFORM_PART = frozenset({*GAME_NAMES, "LINE", "FB", "TikTok", "Facebook", "Discord"})


def take_account_name_tails(text: str, hits: list[Hit]) -> None:
    """Session 42 (set 148): a found account name takes the emoji after it across a space (over the
    open sets, 58 of 64 account names followed by an emoji were labelled with it), and a shop's or
    page's name its "by" and the seller after it (บ่าวกระจูด| by แม่ขรี)."""
    for h in [h for h in hits if h.type == ONLINE_ID]:
        if (m := _SPACED_EMOJI.match(text, h.end)) and m.end() > h.end:
            hits.append(Hit(h.start, m.end(), ONLINE_ID, h.score, "alias"))
        if m := _SELLER_AFTER.match(text, h.end):
            hits.append(Hit(h.start, m.end(), ONLINE_ID, h.score, "alias"))


def take_emoji_display_names(text: str, hits: list[Hit]) -> None:
    """Session 42 (set 148): an account's, a page's, a shop's or a group chat's name typed with an
    emoji after it and no quotes (บัญชีชื่อ Tonkla Rider 🏍️, ใช้บัญชี เสือ สรรค์บุรี 🐯, ร้าน Shopee
    บุหลังซีฟู้ด 🦐, group chat M.4/2 ผึ้งน้อย 🐝) is one ONLINE_ID, emoji included: the shortest run of
    one to four parts before the emoji that an account word stands right before. A message on the
    app (ไลน์มาว่า ขอบคุณมากค่ะ 🙏: a clause word first or a polite particle last, a lower-case English
    word first) is not a name."""
    for e in _EMOJI.finditer(text):
        line_start = text.rfind("\n", 0, e.start()) + 1
        before = text[line_start:e.start()]
        stop = len(before.rstrip())
        starts = [m.start() for m in _ACCOUNT_NAME_PART.finditer(before, 0, stop)]
        for start in reversed(starts[-4:]):  # the shortest run first, up to four parts
            field = before[start:stop]
            if " ".join(field.split()) != field or not all(_ACCOUNT_NAME_PART.fullmatch(p) for p in field.split()):
                break  # one space between parts, and nothing but parts: a longer run holds the same
            if not _NAME_CUE_BEFORE.search(before, 0, start):
                continue
            parts = field.split()
            while parts and parts[0] in _PLATFORM_PART:
                parts.pop(0)
            if not parts or _message_like(parts):
                break
            s = line_start + stop - len(" ".join(parts))
            end = _SPACED_EMOJI.match(text, line_start + stop)
            if end is not None:
                hits.append(Hit(s, end.end(), ONLINE_ID, 0.65, "alias"))
            break


def _message_like(parts: list[str]) -> bool:
    """What was written on the app rather than who wrote it: a Thai clause word or function word
    first, a polite particle last (ไม่ตอบเลย, ขอบคุณมากค่ะ), or an English word in lower case first."""
    first, last = parts[0], parts[-1]
    if _TH_LETTER.match(first):
        th = get_thai_lexicon()
        return bool(_MESSAGE_OPENER.match(first)) or first in th.stopwords or last.endswith(SENTENCE_PARTICLES)
    return first[:1].islower()


def take_village_landmarks(text: str, hits: list[Hit]) -> None:
    """A village's or temple's landmark glued before it (สระน้ำ|วัดพุเตย, ดอนปู่ตา|บ้านหนองแสง) is
    part of the place: one LOCATION from the landmark word on (see location_th.VILLAGE_LANDMARKS).
    Session 40: so is a landmark facing or beside a named dam, mosque, church, pier or beach
    (ศาลาริม|เขื่อน…, ลานหน้า|มัสยิด…, ชาย|หาด…)."""
    for h in [h for h in hits if h.type in (LOCATION, ORGANIZATION) and _TH_LETTER.match(text, h.start)]:
        start = _landmark_before(text, h.start)
        if start is not None and not any(x.start <= start and h.end <= x.end for x in hits):
            hits.append(Hit(start, h.end, LOCATION, h.score, "alias"))


#: session 40 (sets 78, 84, 115, 121, 123) — a landmark word, then a word of facing or beside
#: (หน้า, ริม, ข้าง, หลัง) or none, glued before a named place of a kind a landmark stands by; ป่า
#: and ชาย only in ป่าชุมชน (community forest) and ชายหาด (beach).
_LANDMARK_BEFORE_PLACE = re.compile(r"(?P<k>ลานวัฒนธรรม|ลานจอดรถ|ลาน|ศาลา|ป่า|ชาย)(?P<r>หน้า|ริม|ข้าง|หลัง)?\Z")
_PLACES_BY_LANDMARKS = ("บ้าน", "วัด", "เขื่อน", "มัสยิด", "โบสถ์", "ท่าน้ำ", "ท่ารถ", "หาด", "ชุมชน")
_LANDMARK_ONLY_BEFORE = {"ป่า": "ชุมชน", "ชาย": "หาด"}


def _landmark_before(text: str, start: int) -> int | None:
    """Where the landmark glued before the place at ``start`` begins; None if there is none. The
    session-40 landmark must open a word of its own: หลาน "grandchild" before บ้าน… holds no ลาน."""
    from assistant.redact.recognizers.location_th import VILLAGE_LANDMARKS

    if text.startswith(("บ้าน", "วัด"), start):
        kind = next((k for k in VILLAGE_LANDMARKS if text.endswith(k, 0, start)), None)
        if kind is not None:
            return start - len(kind)
    m = _LANDMARK_BEFORE_PLACE.search(text, max(0, start - 20), start)
    if m is None or not text.startswith(_PLACES_BY_LANDMARKS, start):
        return None
    only = _LANDMARK_ONLY_BEFORE.get(m.group("k"))
    if only is not None and (m.group("r") or not text.startswith(only, start)):
        return None
    pos = m.start()
    if pos == 0 or not _TH_LETTER.match(text, pos - 1):
        return pos
    line = max(text.rfind("\n", 0, pos) + 1, pos - 20)
    return pos if pos - line in get_thai_lexicon().word_starts(text[line:pos + 8]) else None


#: session 30 (set 99) — two or three capitals and one space before a number's digits: the series
#: letters of a travel document or pass (หนังสือผ่านแดน BK 0391728, CI DB 0471826).
_LETTER_PREFIX = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,3}[^\S\n]\Z")


def take_letter_prefixes(text: str, hits: list[Hit]) -> None:
    """An ID's or a file's number found without the capitals written before it takes them in:
    the value is written with them, and with them it is one identifier."""
    for h in hits:
        if h.type in (ID_NUMBER, CASE_NUMBER) and text[h.start:h.start + 1].isdigit():
            m = _LETTER_PREFIX.search(text, max(0, h.start - 4), h.start)
            if m:
                h.start = m.start()


def take_of_place_tails(text: str, hits: list[Hit]) -> None:
    """Session 28 (set 92): a body's town after "of" is part of its name (Children's Aid Society of
    Toronto): the town makes the national kind one office."""
    from assistant.redact.resolve import of_town_after

    for h in hits:
        if h.type != ORGANIZATION or not text[h.end - 1:h.end].isalpha():
            continue
        end = of_town_after(text, h.end)
        if end and not any(o is not h and o.type != LOCATION and o.start < end and h.end < o.end for o in hits):
            h.end = end


#: session 28 (set 93) — a Thai body's number after its name, one space on (ร.ร.เด่นชัยวิทยาคม 2,
#: ฟาร์มไก่ทรัพย์สมบูรณ์ 2, โรงเรียนท่าสะอาดศึกษา ๒): the second school or farm of that name. Not a
#: count, a length of time, a date or a measure (รพ.ลำพูน 2 ครั้ง, โรงเรียนบ้านนา 3 คน, 2 มี.ค.).
_BODY_NUMBER = re.compile(r"[^\S\n]([0-9๐-๙]{1,2})(?=[^\S\n]|$|[)\],;])", re.MULTILINE)
_COUNTED = re.compile(
    r"[^\S\n]*(?:ปี|เดือน|วัน|คืน|สัปดาห์|อาทิตย์|ครั้ง|คน|ราย|ชม|ชั่วโมง|นาที|กม|กิโล|บาท|ขวบ|หลัง|ห้อง|ชั้น|ตัว|"
    r"แห่ง|โมง|ทุ่ม|เม็ด|มก|ก้อน|คัน|ลำ|ไร่|งาน|ราว|กว่า|ถึง|ต่อ|หรือ|และ|[-–/:.,%]|[0-9๐-๙]|"
    rf"{TH_MONTH_OPENING}|[A-Za-z])"
)


def take_body_numbers(text: str, hits: list[Hit]) -> None:
    for h in hits:
        if h.type != ORGANIZATION or not _TH_LETTER.match(text, h.end - 1):
            continue
        m = _BODY_NUMBER.match(text, h.end)
        if m and not _COUNTED.match(text, m.end()) and not any(
            o is not h and o.start < m.end() and m.start() < o.end for o in hits
        ):
            h.end = m.end()


#: session 27 — the village word glued before a place the tagger found without it (บ้าน|แสนสุขใหม่):
#: the head is part of the village's name; not before a province (กลับบ้าน|เชียงใหม่ is "home to
#: Chiang Mai").
_VILLAGE_HEAD_BEFORE = re.compile(r"(?:หมู่บ้าน|บ้าน|ชุมชน)\Z")


def take_village_heads(text: str, hits: list[Hit]) -> None:
    from assistant.redact.recognizers.organization_th_public import _provinces

    for h in hits:
        if h.type != LOCATION or not _TH_LETTER.match(text, h.start):
            continue
        m = _VILLAGE_HEAD_BEFORE.search(text, max(0, h.start - 8), h.start)
        if m and text[h.start:h.end] not in _provinces():
            h.start = m.start()


#: session 27 — a Thai name copied from a PDF form, the family name on the line under the given
#: name (นางละเอียด⏎ศรีบางระจัน, แม่อุ๊ยบัวคำ⏎ใจมา): a line holding one Thai word and nothing else.
_NEXT_LINE_WORD = re.compile(
    rf"\n[^\S\n]*([{THAI_LETTERS}]{{3,16}})(?=[^\S\n]*(?:\n|\Z|\()|[^\S\n]+อายุ)"
)


def take_family_on_next_line(text: str, hits: list[Hit]) -> None:
    from assistant.redact.surname_pieces import surname_like
    from assistant.redact.thai_lexicon import everyday_words

    th = None
    for h in hits:
        if h.type != PERSON or h.source == "writer" or not _TH_LETTER.search(text[h.start:h.end]):
            continue
        if " " in text[h.start:h.end].strip() or not (m := _NEXT_LINE_WORD.match(text, h.end)):
            continue
        word = m.group(1)
        th = th or get_thai_lexicon()
        if word in everyday_words() or (word in th.words and not surname_like(word)):
            continue  # อายุ, ที่อยู่, เลขประจำตัวประชาชน: the form's next label
        if word in th.family_names or surname_like(word) or word not in th.words:
            h.end = m.end(1)


#: session 27 (set 88) — how a Latin-script name goes on past where the rules stopped: an Arabic
#: article or a "son of" joined to the next part (Amir al-Hakim, Salim bin Awadh al-Amoudi), a
#: second barrel after an Irish one (O'Sullivan-McGrath), a generational suffix (Villaflor Jr.,
#: Alcantara II), and a nickname in quotes between the given and the family name (Marcus "Young M"
#: Reid).
_NAME_PART = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_PARTICLE_PART = re.compile(
    rf"[^\S\n]+(?:(?:al|el|ul|ad|ar|as|ash|at|az|ur|abd)-{_NAME_PART}"
    rf"|(?:bin|binti|bint|ibn|abu|van(?:[^\S\n]+(?:der|den))?|von|de|da|dos|das|del|della|di|du)[^\S\n]+{_NAME_PART})"
)
_SECOND_BARREL = re.compile(r"-(?:Mc|Mac|O['’])?[A-Z][a-z]+")
_SUFFIX = re.compile(r"[^\S\n]+(?:(?:Jr|Sr)\.?|II|III|IV)(?![A-Za-z])")
_QUOTED_NICK_FAMILY = re.compile(r"[^\S\n]+[\"“][^\"”\n]{1,20}[\"”][^\S\n]+(?P<f>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)")


def take_latin_name_ends(text: str, hits: list[Hit]) -> None:
    from assistant.redact.given_names import is_english_word

    for h in hits:
        if h.type != PERSON or h.source == "writer" or not re.search(r"[A-Za-z]", text[h.start:h.end]):
            continue
        while m := _PARTICLE_PART.match(text, h.end):
            h.end = m.end()
        if text[h.end - 1:h.end].isalpha() and (m := _SECOND_BARREL.match(text, h.end)) and re.search(
            r"(?:O['’]|Mc|Mac)[A-Z][a-z]+\Z", text[h.start:h.end]
        ):
            h.end = m.end()
        m = _QUOTED_NICK_FAMILY.match(text, h.end)
        if m and " " not in text[h.start:h.end].strip() and _family_word(m.group("f").lower(), is_english_word):
            h.end = m.end()
        if m := _SUFFIX.match(text, h.end):
            h.end = m.end()
        if text.startswith(".", h.end) and re.search(r"(?<![A-Za-z])(?:Jr|Sr)\Z", text[h.start:h.end]):
            h.end += 1  # Villaflor Jr.: the suffix's own full stop


def _family_word(low: str, is_english_word) -> bool:
    """No function word, verb or adjective: a family name, or a noun that is also one (Reid)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from assistant.redact.given_names import noun_only_words

    return low not in STOP_WORDS and (not is_english_word(low) or low in noun_only_words())


#: session 27 — a hospital number's own label (HN, AN, VN, MRN) right before it: without its
#: number the label says nothing, with it the two are one identifier (HN 67-004913, AN ๖๘/๐๐๑๗๓๔).
_RECORD_LABEL_BEFORE = re.compile(r"(?<![A-Za-z.])(?:HN|AN|VN|MRN|H\.N\.|A\.N\.)[^\S\n]*[.:#]?[^\S\n]*\Z")


def take_record_labels(text: str, hits: list[Hit]) -> None:
    """A hospital number's own label joins it. (Session 27 tried the bank before an account number
    too — one author writes "Bangkok Bank account 401-7-…" as the value — and dropped it: another,
    blind, keeps the bank's name as an ordinary word.)"""
    for h in hits:
        if h.type in (CASE_NUMBER, ID_NUMBER) and h.source != "writer":
            m = _RECORD_LABEL_BEFORE.search(text, max(0, h.start - 8), h.start)
            if m:
                h.start = m.start()


#: session 24 — a weekday said in the plural or alone after a body's or a place's name: when the
#: person goes there (Narcotics Anonymous| Thursdays, Bunnings| Saturdays), no part of the name.
#: Full forms only: the short ones end names too (Talat Nong Mon, Aung Kyaw Thu).
_CLOSING_WEEKDAY = re.compile(r"[^\S\n]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\Z")


#: session 33 (keep22) — a unit named after its hospital (Qikiqtani General Hospital Inpatient Unit,
#: St Jude Hospital Outpatients, Milton Cato Memorial Hospital antenatal clinic): every open author
#: labelled the hospital alone (27 of 28), and every hospital has such a unit.
_UNIT_AFTER_HOSPITAL = re.compile(
    r"(?:Hospital|Infirmary|Polyclinic|(?:Medical|Health)[^\S\n]Cent(?:re|er))"
    r"(?P<u>[^\S\n]+(?:[A-Za-z'’\-]+[^\S\n]+){0,3}?"
    r"(?i:clinic|unit|ward|outpatients?|department|dept\.?|maternity|emergency|A&E|ED|ICU|NICU|PICU|HDU|"
    r"behaviou?ral[^\S\n]+health|mental[^\S\n]+health|paediatrics|pediatrics|psychiatry))\Z"
)


def drop_hospital_units(text: str, hits: list[Hit]) -> None:
    """A body's span that runs on over a unit of its hospital ends at the hospital: the unit is
    kept for the reader (the antenatal clinic, A&E), and the hospital alone is the identifier."""
    for h in hits:
        if h.source == "writer" or h.type != ORGANIZATION or not text[h.start:h.start + 1].isascii():
            continue
        value = text[h.start:h.end]
        m = _UNIT_AFTER_HOSPITAL.search(value)
        if m and m.start("u") > 0:
            h.end = h.start + m.start("u")


#: session 41 (sets 105, 120, 125, 142) — "the" before a found name, and the possessive after it.
_THE_BEFORE = re.compile(r"(?<![A-Za-z])[Tt]he[^\S\n]+\Z")
_POSSESSIVE_AFTER = re.compile(r"(?:['’]s|(?<=s)['’])(?![A-Za-z])")


def take_possessive_shops(text: str, hits: list[Hit]) -> None:
    """A name in the possessive after "the" is a shop or a pub (the Tim's on Algonquin, the
    Bashas' in Crownpoint): people are not "the Tom's". One body, possessive included."""
    for h in [h for h in hits if h.type in (PERSON, LOCATION, ORGANIZATION) and h.source != "writer"]:
        m = _POSSESSIVE_AFTER.match(text, h.end)
        if m and _THE_BEFORE.search(text, max(0, h.start - 8), h.start):
            hits.append(Hit(h.start, m.end(), ORGANIZATION, h.score, "alias"))


#: session 43 (set 153) — a small business named for its owner in the possessive: the owner, then
#: up to two capitalised words and a capitalised kind of business (Russ's Roadhouse, Johnson's
#: Coaches, Kwame's Chop Bar).
_OWNED_BUSINESS = re.compile(
    r"(?<![A-Za-z'’.])(?P<owner>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)(?:['’]s|(?<=s)['’])"
    r"(?:[^\S\n][A-Z][A-Za-z]+){0,2}[^\S\n](?P<head>[A-Z][a-z]+)(?![A-Za-z])"
)
_OWNED_HEADS = frozenset({
    "roadhouse", "variety", "coaches", "snackette", "tavern", "inn", "garage", "hardware", "bakery",
    "kitchen", "takeaway", "takeaways", "store", "stores", "shop", "pharmacy", "chemist", "supermarket",
    "cookshop", "chippy", "trading", "auto", "autos", "furniture", "diner", "bar", "pub", "cafe", "café",
    "salon", "butchery", "mart", "panelbeaters", "warung", "motel", "lodge", "guesthouse", "barbershop",
    "boutique", "laundromat", "taxis", "transport", "haulage", "hauling", "plumbing", "electrical",
    "construction", "builders", "farm", "farms", "orchard", "orchards", "nursery", "fisheries",
})


def take_owned_businesses(text: str, hits: list[Hit]) -> None:
    """A name in the possessive before a kind of business names that business, whole (Russ's
    Roadhouse): the owner was found as a person, or not at all, and the business left showing.
    The owner must be a found name or no English word, so a common noun in the possessive (Women's
    Refuge, Carer's Allowance) owns nothing."""
    from assistant.redact.given_names import is_english_word

    for m in _OWNED_BUSINESS.finditer(text):
        if m.group("head").lower() not in _OWNED_HEADS:
            continue
        a, b = m.span("owner")
        named = any(h.start <= a and b <= h.end and h.type in (PERSON, LOCATION, ORGANIZATION) for h in hits)
        if named or not any(is_english_word(w.lower()) for w in m.group("owner").split()):
            hits.append(Hit(a, m.end(), ORGANIZATION, 0.75, "alias"))


#: session 41 (sets 125, 142) — between a body and its campus or town: a comma or a dash.
_BODY_BRANCH_GAP = re.compile(r"(?:,[^\S\n]*|[^\S\n]*[–—-][^\S\n]*)")
_PHRASE_ENDS = re.compile(r"[^\S\n]*(?:$|[\n.,;:)(|]|[–—-][^\S\n])", re.MULTILINE)
_BRANCH_WORDS = re.compile(r"(?:Campus|Branch|Chapter|Conference|Office|Site|Depot|Unit|Station)\Z")


def join_body_branches(text: str, hits: list[Hit]) -> None:
    """A found body, a comma or a dash, then its found campus, branch or office (Northern College,
    Porcupine Campus) or a found place (Monash Medical Centre, Clayton): one body. A person after
    the comma (Kowalski Meats, Gary says) is no part of it."""
    from assistant.redact.given_names import given_names
    from assistant.redact.recognizers.location_gazetteer import latin_town

    for h in [h for h in hits if h.type == ORGANIZATION and h.source != "writer" and text[h.start:h.start + 1].isascii()]:
        gap = _BODY_BRANCH_GAP.match(text, h.end)
        if not gap or gap.end() == h.end:
            continue
        after = [x for x in hits if x.start == gap.end() and x.type in (ORGANIZATION, LOCATION, PERSON)]
        for x in after:
            value = text[x.start:x.end]
            branch = _BRANCH_WORDS.search(value) is not None
            place = (x.type == LOCATION or (latin_town(value) and value not in given_names())) and (
                _PHRASE_ENDS.match(text, x.end) is not None)  # not "Kowalski Meats, Gary says"
            if branch or place:
                hits.append(Hit(h.start, x.end, ORGANIZATION, h.score, "alias"))
                break


#: session 41 (set 138) — a whole date opening an address span (19 Feb 2025, Ban Huai …): the
#: learned tagger read the day as a house number; the address starts after the date.
_LEADING_DATE = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{EN_MONTH_WORD}[a-z]*\.?,?"
    r"[^\S\n]+\d{4}[^\S\n]*[,;]?[^\S\n]*"
)


def drop_leading_dates(text: str, hits: list[Hit]) -> None:
    """An address span that opens with a whole date starts after it (the date is the visit's)."""
    for h in hits:
        if h.source == "writer" or h.type != ADDRESS:
            continue
        m = _LEADING_DATE.match(text, h.start, h.end)
        if m and m.end() < h.end:
            h.start = m.end()


#: session 41 (keep sets 26, 28) — a holiday's closing word, and the bodies a day names (a day centre).
#: (session 42: after a plural's apostrophe too — Heroes'| Day, Martyrs'| Day)
_HOLIDAY_AFTER = re.compile(
    r"(?:(?<=s)['’])?[^\S\n]+(?:Day|Festival|Eve)(?![\w'’])(?![^\S\n]+(?:Centre|Center|Care|Services?|Sec\.?|Secondary|School|"
    r"Program|Programme|Hospital|Unit|Nursery|Club|Surgery|Clinic|Hospice|Opportunities))"
)


def drop_holiday_names(text: str, hits: list[Hit]) -> None:
    """A span right before "Day", "Festival" or "Eve" (Kadooment| Day, Heroes| Day) whose words are
    no listed given name is a holiday's name, not a person, place or body (Doris| Day stays)."""
    from assistant.redact.given_names import all_given_names

    names = all_given_names()
    for h in list(hits):
        if h.source == "writer" or h.type not in (PERSON, LOCATION, ORGANIZATION):
            continue
        if _HOLIDAY_AFTER.match(text, h.end) and not any(
            w in names for w in re.findall(r"[A-Za-z]+", text[h.start:h.end])
        ):
            hits.remove(h)


def drop_closing_weekdays(text: str, hits: list[Hit]) -> None:
    """A span that ends in a weekday ends before it; one left as a protected term (Narcotics
    Anonymous) is no identifier at all."""
    from assistant.redact.lexicon import get_lexicon

    protected = get_lexicon().protected_re
    for h in list(hits):
        if h.source == "writer" or h.type not in (ORGANIZATION, LOCATION, PERSON):
            continue
        m = _CLOSING_WEEKDAY.search(text, h.start, h.end)
        if m and m.start() > h.start:
            h.end = m.start()
            if protected.fullmatch(text, h.start, h.end):
                hits.remove(h)


#: session 24 — the words that say which of two villages of one name (บ้านแสนสุข|ใหม่, …|เหนือ),
#: then what may follow a place's whole name: a space, a sign, or the marker of its district.
_PLACE_TAIL_AFTER = re.compile(
    r"(?P<t>ใหม่|เก่า|เหนือ|ใต้|กลาง|น้อย|ใหญ่|ตะวันออก|ตะวันตก|พัฒนา)(?=[\s,;:()./|]|$|[อตจ]\.|อำเภอ|ตำบล|จังหวัด)"
)


def take_place_tails(text: str, hits: list[Hit]) -> None:
    """A Thai village's span that stopped before the word saying which village of that name it is
    takes the word in, when the name ends there (บ้านแสนสุข|ใหม่|อ.แม่ฟ้าหลวง)."""
    for h in hits:
        if h.type in (LOCATION, ADDRESS) and text.startswith(("บ้าน", "หมู่บ้าน", "ชุมชน"), h.start):
            m = _PLACE_TAIL_AFTER.match(text, h.end)
            if m:
                h.end = m.end("t")


#: session 24 — the marker written before a Thai district, sub-district or province.
_ADMIN_MARKER_BEFORE = re.compile(r"(?:กิ่งอ\.|อำเภอ|ตำบล|แขวง|เขต|จังหวัด|[อตจ]\.)[^\S\n]?\Z")


def take_admin_markers(text: str, hits: list[Hit]) -> None:
    """A Thai place found without the อ./ต./จ. (or อำเภอ, ตำบล …) written right before it takes the
    marker in (ที่อ.|แม่สอด → อ.แม่สอด): the marker says which kind of place the name is, and a
    placeholder beside a stray "อ." reads as if the name had been left half hidden. Not a marker
    that closes another abbreviation (รพ.สต.|บ้านโคก)."""
    for h in hits:
        if h.type != LOCATION or not _TH_LETTER.match(text, h.start):
            continue
        m = _ADMIN_MARKER_BEFORE.search(text, max(0, h.start - 10), h.start)
        if m and _free_marker(text, m.start()):
            h.start = m.start()


def _free_marker(text: str, pos: int) -> bool:
    """The marker at ``pos`` stands on its own — after a space, a sign or a function word (ที่|อ.,
    ใน|เขต…) — not at the end of a body's name (ศาลจังหวัด|…, เทศบาลตำบล|…, รพ.สต.|…)."""
    if pos == 0 or not _TH_LETTER.match(text, pos - 1):
        return pos == 0 or text[pos - 1] != "."
    lex = get_thai_lexicon()
    before = lex.tokenize(text[max(0, pos - 12):pos])
    return bool(before) and before[-1] in lex.stopwords


#: session 14 — what stands between two parts of one place: a comma, or one space; (session 24) a
#: bracket round the part of town (Kumasi, Ghana (Asawase)) or "near" (Fântânele near Arad).
_PLACE_PARTS_JOIN = re.compile(r",[^\S\n]?|[^\S\n]|(?P<bracket>[^\S\n]?\()|[^\S\n]near[^\S\n]")
#: What ends the clause after a part of town read as a person.
_PLACE_PART_END = re.compile(r"[.,;:)|\n]|\Z")
#: The last word of a body's span that makes it a place, not a body (a rule may type a district
#: after a body's name as a body: "Lao Youth Union, Chanthabouly District").
_PLACE_HEAD_LAST = re.compile(r"(?:District|Province|Region|State|County|Township|Municipality|Village)\Z")
_PLACE_HEAD_FIRST = re.compile(r"(?:เมือง|แขวง|เขต|อำเภอ|อ\.|ตำบล|ต\.|จังหวัด|จ\.|รัฐ|บ้าน)")


def join_adjacent_places(text: str, hits: list[Hit]) -> None:
    """A place written in parts side by side — a village then its district (Ban Nong Sa-at,
    Xaysetha District; บ้านโพนสะอาด เมืองไซทานี), a town then its state (Dayton, Ohio), a body
    then its district or town — is one identifier: the parts become one span, so one
    placeholder stands for it and nothing is left between two. Only a comma or one space may
    separate them: "Lagos and then Kano" stays two places."""
    by_span: dict[tuple[int, int], Hit] = {}  # one hit per span, a place's before a person's
    for h in hits:
        if h.type in (LOCATION, ADDRESS, ORGANIZATION) or _part_of_town(text, h):
            seen = by_span.get((h.start, h.end))
            if seen is None or seen.type == PERSON:
                by_span[(h.start, h.end)] = h
    placed = sorted(by_span.values(), key=lambda h: (h.start, h.end))
    joined: dict[int, Hit] = {}  # a part of town read as a person -> the place it was joined to
    for a, b in pairwise(placed):
        joint = _PLACE_PARTS_JOIN.fullmatch(text, a.end, b.start)
        if a.type == PERSON and id(a) in joined:
            a = joined[id(a)]  # Barangay 649, Baseco, Tondo: the chain goes on from the joined place
        if not joint or a.type == PERSON or a.source == "writer" or b.source == "writer":
            continue
        b_text = text[b.start:b.end]
        b_is_place = b.type in (LOCATION, ADDRESS) or bool(
            _PLACE_HEAD_LAST.search(b_text) or _PLACE_HEAD_FIRST.match(b_text)
        ) or (b.type == PERSON and joint.group(0) != " ")
        if not b_is_place:
            continue  # two bodies side by side are two bodies
        end = b.end
        if joint.group("bracket"):
            if not text.startswith(")", end):
                continue
            end += 1
        kind = ADDRESS if ADDRESS in (a.type, b.type) and a.type != ORGANIZATION else a.type
        hits.append(Hit(a.start, end, kind, max(a.score, b.score), "alias"))
        if b.type == PERSON:
            joined[id(b)] = hits[-1]


def _part_of_town(text: str, h: Hit) -> bool:
    """Session 24 — one capitalised word read as a person that no list knows as a given name and
    that ends a clause (Apapa, Jonglei, Asawase): after a place and a comma, a bracket or "near"
    it names the part of town (Eko Cold Stores, Apapa). A person there would be a listed name or
    go on with a verb (Met at Centrelink, Jess was there)."""
    value = text[h.start:h.end]
    return (
        h.type == PERSON and h.source != "writer" and " " not in value and re.match(r"[A-ZÀ-ÖØ-Þ]", value) is not None
        and value not in given_names() and _PLACE_PART_END.match(text, h.end) is not None
    )


#: session 14 — a district's or province's abbreviation glued after a village (บ้านโนนคูณ|อ.|คอนสวรรค์):
#: the village's span took the abbreviation's letter, and the district after it was left out.
_GLUED_ADMIN_AFTER = re.compile(r"\.(?P<name>(?:(?![จอต]\.)[\u0E01-\u0E4E])+)")
_THAI_LETTER_AT = re.compile(r"[\u0E01-\u0E2E]")


#: session 16 — a school grade glued after a name in a run-on list (เบนซ์|ม.1, บีม|ป.4).
_GRADE_AFTER = re.compile(r"\.[1-6](?![\d.])")


def trim_glued_grades(text: str, hits: list[Hit]) -> None:
    """A Thai person's span that ends in ม or ป with ".N" after it has taken the grade's letter:
    the name ends one letter earlier (คือเบนซ์ม.1 → เบนซ์)."""
    for h in hits:
        if (
            h.type == PERSON and h.end - h.start >= 3 and text[h.end - 1:h.end] in ("ม", "ป")
            and re.match(rf"[{THAI_LETTERS}]", text[h.end - 2]) and _GRADE_AFTER.match(text, h.end)
        ):
            h.end -= 1


def split_glued_districts(text: str, hits: list[Hit]) -> None:
    """A Thai place span ending in อ or จ with a dot and a Thai name glued after it ends one
    letter earlier, and the abbreviation with its name is a place of its own (อ.คอนสวรรค์)."""
    for h in [h for h in hits if h.type in (LOCATION, ADDRESS)]:
        if h.end - h.start < 5 or text[h.end - 1:h.end] not in ("อ", "จ") or not _THAI_LETTER_AT.match(text, h.start):
            continue
        m = _GLUED_ADMIN_AFTER.match(text, h.end)
        if not m or len(m.group("name")) < 2:
            continue
        h.end -= 1
        # (session 18) the name ends where a clause glues on: อ.ลืออำนาจ|มีลูกชายไปทำงาน…
        end = glued_unit_end(text, m.start("name"), m.end(), province=text[h.end] == "จ")
        hits.append(Hit(h.end, end, LOCATION, h.score, "alias"))


#: session 14 — a place's kind word left as a span of its own once the word before it was cut as
#: a people or a nationality (Ukrainian| Village, Hmong| Village): the place is both words.
_LONE_KIND = re.compile(r"(?:Village|Camp|Town|Estate|Settlement|Quarter|Compound|Colony|Township|Hamlet)")
_CAPS_BEFORE = re.compile(r"(?<![A-Za-z'’\-])[A-Z][A-Za-z'’\-]+(?:[^\S\n][A-Z][A-Za-z'’\-]+)?[^\S\n]\Z")


def rejoin_lone_kind_words(text: str, hits: list[Hit]) -> None:
    """A span that is only a place's kind word takes back the one or two capitalised words right
    before it on its line, unless they open a sentence (". Village" is no name of it)."""
    for h in [h for h in hits if h.type in (LOCATION, ORGANIZATION, PERSON)]:
        if not _LONE_KIND.fullmatch(text, h.start, h.end):
            continue
        m = _CAPS_BEFORE.search(text, max(0, h.start - 40), h.start)
        if not m:
            continue
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        if not before or before.endswith((".", "!", "?", "\n", ":")):
            continue  # the word opens a sentence or a line: capitalised for that reason alone
        hits.append(Hit(m.start(), h.end, LOCATION, h.score, "alias"))


#: session 14 — a dictated town and its state or country in lower case (henderson nevada).
_LOWER_WORDS_AFTER = re.compile(r",?[^\S\n]([a-z]{4,}(?:[^\S\n][a-z]{4,})?)(?![A-Za-z])")


def attach_lower_states(text: str, hits: list[Hit]) -> None:
    """In a dictated note a town's span is followed by its state or country in lower case
    (henderson nevada, dayton ohio): a known place name, once capitalised, that the gazetteer
    does not mark as an everyday word too ("reading") joins the town's span."""
    from assistant.redact.recognizers.location_gazetteer import latin_town, word_town

    for h in [h for h in hits if h.type == LOCATION]:
        if not _LOWER_SPAN.fullmatch(text, h.start, h.end):
            continue
        m = _LOWER_WORDS_AFTER.match(text, h.end)
        if not m:
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # "new south wales" before "new"; "nevada" of "nevada last"
            place = " ".join(w.capitalize() for w in words[:n])
            if latin_town(place) and not word_town(place):
                hits.append(Hit(h.start, m.start(1) + len(" ".join(words[:n])), LOCATION, h.score, "alias"))
                break


#: session 14 — a flat, unit or room and its number written before a street address, with no
#: comma (dictated: "apartment 1408 2 secord ave"): part of the address.
_UNIT_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:apartment|apt\.?|unit|flat|suite|room|rm\.?|villa|blk\.?|block)"
    r"[^\S\n]*#?\d{1,5}[A-Za-z]?,?[^\S\n]+\Z"
)


def take_unit_before_address(text: str, hits: list[Hit]) -> None:
    """An address span that opens with its street number takes the flat or unit before it."""
    for h in [h for h in hits if h.type == ADDRESS and text[h.start:h.start + 1].isdigit()]:
        m = _UNIT_BEFORE.search(text, max(0, h.start - 30), h.start)
        if m:
            hits.append(Hit(m.start(), h.end, ADDRESS, h.score, "alias"))
