"""Towns, districts, sub-districts and countries known by name (``gazetteer``), in a place frame.

Why: a place named after "lives in / works at / moved to / comes from" has no shape of its own —
อยู่ลังสวน, ย้ายมาแม่สอด, ไปทำงานที่ Qatar, "moving down to porirua" — so the shape rules miss it
unless the name is one they list. The gazetteer knows thousands; the frame keeps ordinary words
that are also place names (ตลาด, ชนบท, Reading, Mobile) from being taken elsewhere.

Three frames, one per script situation:
- Thai script after a Thai place cue (อยู่, ที่, ไป, จาก, กลับ, ย้ายมา, ฝั่ง, ใน …): the longest known
  name that ends on a word boundary. Names that only a Wikipedia title of a local body vouches for
  must not be dictionary words or given names (a tambon called แสงสว่าง "light" stays a word).
- Latin script after a Thai place cue (ที่ Kyoto, ใน Leeds): the longest known name of one to three
  capitalised words, unless it is an ordinary English word.
- English text after in/at/from/to/near: a known name, capitalised — or, in a note dictated all in
  lower case, written lower case — that is not an ordinary English word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import fold_accents
from assistant.redact.recognizers.location_th import KIND_OPENERS, ends_thai_word
from assistant.redact.types import LOCATION

#: Thai words that put a place right after them: live, at, go, come from, return, move, the side of.
_TH_FRAME = re.compile(
    r"(?:อยู่|ที่|ไป|มา|ทำงาน|จาก|กลับ|ย้าย|บ้านเกิด|ใน|ถึง|แถว|ย่าน|เข้า|หนี|ข้าม|ติด|ฝั่ง|ละแวก|ใกล้|"
    # session 17: the town's own centre, edge or campus, a home town, a junction (ในตัวปากช่อง,
    # ฝั่งตะวันออกของสามพราน, ภูมิลำเนาแก้งคร้อ, วิทยาเขตกำแพงแสน, ชุมทางทุ่งสง)
    r"ตัวเมือง|ตัวอำเภอ|ตัว|ของ|ริม|รอบ|ภูมิลำเนา(?:เดิม)?|วิทยาเขต|ชุมทาง|แถบ|บริเวณ)[^\S\n]?"
)
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
#: session 28 — a word joining a second place to a first (แหลมฉบังและปากช่อง, สายปากเกร็ด-บางกะดี):
#: what follows it is read with the same frame as the first.
_TH_AND = re.compile(r"[^\S\n]?(?:และ|หรือ|กับ|ถึง|[-–/,])[^\S\n]?")
#: session 28 — a town's part by its compass side (พัทยาใต้, ตลาดหลวงเหนือ): one place, not a town and
#: "under" or "north".
_TH_SIDE = re.compile("ใต้|เหนือ|กลาง|ตะวันออก|ตะวันตก")
#: A province's name one space after a town, its head word optional (มหาชัย สมุทรสาคร, … จ.สมุทรสาคร).
_PROVINCE_AFTER = re.compile(r"[^\S\n]+(?:จ\.|จังหวัด)?([\u0e01-\u0e4e]+)")
#: session 29 — a village word opening a whole Thai word (บ้านโนนยาง), and a whole Thai word one
#: space after the last name of a chain.
_VILLAGE_RUN = re.compile(r"(?<![\u0e01-\u0e4e])บ้าน([\u0e01-\u0e4e]{3,})(?![\u0e01-\u0e4e])")
_NEXT_WORD = re.compile(r"[^\S\n]([\u0e01-\u0e4e]+)(?![\u0e01-\u0e4e.])")
#: (session 31: accented letters inside a name — Pointe-à-Pitre, Trois-Rivières — had ended the run)
_LATIN_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’\-]+(?:[^\S\n][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’\-]+){0,2}")
#: session 13 — a capitalised word, a comma, then a capitalised word: where a town may follow a
#: named body or a smaller place.
_AFTER_CAPITALISED_COMMA = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?:['’]s)?,[^\S\n]+(?=[A-Z][a-z])")
#: session 28 — a town, then the office or branch a service has there (Catford office).
_TOWN_BEFORE_OFFICE = re.compile(
    r"(?<![\w'’\-])(?P<t>[A-Z][a-z]{2,}(?:[^\S\n][A-Z][a-z]{2,})?)[^\S\n]+(?:office|branch|depot|hub|outreach)(?![A-Za-z])"
)
#: What may follow a town that closes its phrase.
_CLOSES = re.compile(r"[^\S\n]*(?:$|[,.;:)\n]|[-–—][^\S\n])", re.MULTILINE)
#: English place frames: a preposition or a move verb right before the name.
_EN_FRAME = re.compile(
    r"(?<![A-Za-z])(?:in|at|from|to|near|around|outside|via|towards|toward)[^\S\n]+(?=[A-Za-z])", re.IGNORECASE
)
#: session 11 — a verb of residence or origin right before the preposition (moved from, lives in,
#: grew up in, born in, comes from, back to): the words after it name where someone lives.
_RESIDES = re.compile(
    r"(?<![a-z])(?:moved|moving|moves|move|grew[^\S\n]+up|raised|born|lives|living|lived|live|comes|came|"
    r"coming|relocated|settled|stays|stayed|staying|originally|family|back|"
    # session 12: a people's name says where from (she is thai from hat yai, lao from pakse)
    r"thai|lao|laotian|burmese|khmer|cambodian|filipina|filipino|vietnamese|karen|shan|hmong|malay|"
    r"malaysian|chinese|indian|nepali|bangladeshi|indonesian)[^\S\n]+(?:back[^\S\n]+)?$"
)
#: Listed towns that are words a note uses after such a verb (moved to university, born in march):
#: months, seasons, kinds of place and activities.
_NOT_A_TOWN_AFTER_MOVE = frozenset({
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "spring", "summer", "autumn", "winter", "university", "college", "temple",
    "school", "church", "hospital", "airport", "central", "reading", "mobile", "split", "nice",
    "orange", "bay", "bar", "bath", "best", "bend", "bell", "boom", "brick", "clay", "home", "hope",
})
_LOWER_RUN = re.compile(r"[a-z][a-z'’\-]+(?:[^\S\n][a-z][a-z'’\-]+){0,2}")
#: Names the frames must never take: the country the notes are written in, and Bangkok, which
#: with ten million people identifies no one (the province policy of ``location_th``).
TOO_WIDE = frozenset({
    "ไทย", "ประเทศไทย", "เมืองไทย", "กรุงเทพ", "กรุงเทพฯ", "กรุงเทพมหานคร", "กทม", "Thailand", "Bangkok",
    # session 9: sub-districts named like the phrase "in town", "town centre" (อยู่ในเมือง): read
    # only with ต./ตำบล before them, by the sub-district rule
    "ในเมือง", "กลางเมือง", "ชานเมือง", "หัวเมือง", "ในเวียง",
})


#: A kind word that also opens many district names: the name is a district when no dictionary
#: knows it as a phrase (ท่าม่วง, ท่ายาง; but ท่าน้ำ). Not สวน: สวนกล้วย, สวนส้ม are orchards.
_TOWN_OPENERS = ("ท่า",)


@lru_cache(maxsize=1)
def _thai_names() -> tuple[frozenset[str], frozenset[str], int]:
    """(names a place frame may take, names that may stand alone, longest length), decided once
    per process rather than per match.

    A frame may take a listed town or district unless it is a dictionary word of under five
    letters, a stopword or a given name (สอง is a district and "two", เลย a province and a
    particle; เวียงจันทน์ is a place), and a sub-district only when no dictionary or name list
    knows it as anything else. A name standing alone must be a town or district of four letters or
    more that is neither a dictionary word nor a given name."""
    from pythainlp.corpus import countries, provinces

    from assistant.redact.gazetteer import distinct_local_place_names, thai_place_names
    from assistant.redact.thai_lexicon import everyday_words, get_thai_lexicon

    th = get_thai_lexicon()
    listed = everyday_words()
    # provinces and countries have their own policy and frames in ``location_th`` (a country as a
    # nationality, ชาวลาว, ฝั่งพม่า, is no place of residence)
    elsewhere = TOO_WIDE | set(provinces()) | set(countries())

    def keep(name: str) -> bool:
        # บ้านใหม่, ตลาดเก่า, วัดกลาง: a home, market or temple word opens the name — the village,
        # organisation and address rules read those with their own frames
        if name.startswith(_TOWN_OPENERS) and name not in listed:
            return name not in elsewhere  # session 17: ท่าม่วง, ท่ายาง are districts, not piers
        return name not in elsewhere and not name.startswith(KIND_OPENERS)

    trusted = frozenset(filter(keep, thai_place_names()))
    checked = frozenset(filter(keep, distinct_local_place_names()))
    framed = checked | get_lexicon().th_work_towns | {
        n for n in trusted
        if not th.is_name(n) and not (n in listed and len(n) < 5) and n not in th.stopwords
    }  # (session 41: and the towns workers move to, framed whatever else the word is)
    alone = frozenset(n for n in trusted if len(n) >= 4 and n not in listed and not th.is_name(n))
    return frozenset(framed), alone, max(map(len, trusted | checked))


@lru_cache(maxsize=1)
def _joinable_units() -> frozenset[str]:
    """District, sub-district and town names (either list, words too: มหาชัย, แหลมฉบัง) that a
    place beside them vouches for; not stopwords, kinds of place or the too-wide names."""
    from assistant.redact.gazetteer import thai_unit_names
    from assistant.redact.thai_lexicon import get_thai_lexicon

    stop = get_thai_lexicon().stopwords
    return frozenset(
        n for n in thai_unit_names()
        if len(n) >= 4 and n not in TOO_WIDE and n not in stop and not n.startswith(KIND_OPENERS)
    )


def _starts_thai_word(text: str, start: int, end: int) -> bool:
    """The name opens a word: no Thai letter before it, or the tokenizer cuts there."""
    if start == 0 or not _THAI_RUN.match(text, start - 1):
        return True
    from assistant.redact.thai_lexicon import get_thai_lexicon

    lead = max(0, start - 15)
    pos = lead
    for tok in get_thai_lexicon().tokenize(text[lead:end]):
        if pos >= start:
            return pos == start
        pos += len(tok)
    return pos == start


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """Thai provinces by their names as written (สมุทรสาคร), for a town standing before one."""
    from pythainlp.corpus import provinces

    return frozenset(p for p in provinces() if p not in TOO_WIDE)


@lru_cache(maxsize=1)
def _latin_names() -> frozenset[str]:
    """Known names, each also without its accents (session 13: writers type Medellín as
    "medellin", São Paulo as "Sao Paulo")."""
    from assistant.redact.gazetteer import latin_place_names
    from assistant.redact.given_names import english_word_forms, english_words

    names = latin_place_names() - TOO_WIDE
    words, forms = english_words(), english_word_forms()
    # a folded name that is an English word (Côme → "come") is only ever the word
    folded = {f for n in names if (f := fold_accents(n)) != n and f.lower() not in words and f.lower() not in forms}
    return frozenset(names | folded)


def _lower_case_spans(text: str) -> list[tuple[int, int]]:
    """Where a note is written in lower case: the whole note when it is dictated, or (session 31)
    each English block of a mixed note that is (a transcribed voice note inside a Thai record)."""
    from assistant.redact.learned_ner import english_blocks
    from assistant.redact.recognizers.person_en_dictated import lower_case_note

    if lower_case_note(text):
        return [(0, len(text))]
    if not _THAI_RUN.search(text):
        return []  # Thai letters, as everywhere in this recognizer (Thai digits alone make no Thai note)
    return [(s, e) for s, e in english_blocks(text) if lower_case_note(text[s:e])]


def latin_town(name: str) -> bool:
    """A town, district, state or country the gazetteer knows by this Latin name."""
    return name in _latin_names()


#: Towns whose names are also everyday English words (the lemma tables list famous towns too —
#: Manchester, Paris — so they cannot tell these apart).
_WORD_TOWNS = frozenset({
    "reading", "bath", "mobile", "orange", "split", "nice", "hope", "sale", "deal", "march", "wells",
    "bury", "street", "marathon", "gap", "mission", "union", "independence", "liberty", "eagle", "derby",
    "cork", "college", "university", "temple", "church", "villa", "central", "home", "bay", "bar", "bend",
    "bell", "boom", "brick", "clay", "best", "batman", "male", "man", "bonus", "vista", "paradise",
    "providence", "concord", "harmony", "unity", "victory", "angel", "ocean", "surprise", "friendship",
    "jersey", "guernsey",
})


def word_town(name: str) -> bool:
    """A town's name that is also an everyday English word, a month, a season or a given name."""
    from assistant.redact.given_names import english_word_forms, given_names

    low = name.lower()
    return low in _WORD_TOWNS or low in _NOT_A_TOWN_AFTER_MOVE or low in english_word_forms() or name in given_names()


class GazetteerLocationRecognizer(EntityRecognizer):
    """Known place names in a place frame, Thai and Latin script (LOCATION)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[LOCATION], name="GazetteerLocationRecognizer")

    def load(self) -> None:  # the name sets load on first use (cached per process)
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if _THAI_RUN.search(text):
            for m in _TH_FRAME.finditer(text):
                self._thai_name(text, m.end(), out)
                self._latin_name(text, m.end(), out)
            self._joined_or_provinced(text, out)
            for m in _THAI_RUN.finditer(text):
                self._standalone(text, m, out)
        if re.search("[A-Za-z]", text):
            if "," in text:
                self._after_comma(text, out)
            self._before_office(text, out)
            lower = None
            for m in _EN_FRAME.finditer(text):
                if text[m.end()].isupper():
                    self._latin_name(text, m.end(), out)
                else:
                    if lower is None:
                        lower = _lower_case_spans(text)
                    if any(s <= m.start() < e for s, e in lower):
                        resides = bool(_RESIDES.search(text, max(0, m.start() - 24), m.start())) or (
                            _after_a_dictated_name(text, m.start())
                        )
                        self._lower_name(text, m.end(), out, resides)
        return out

    def _before_office(self, text: str, out: list[RecognizerResult]) -> None:
        """Session 28 (set 92): a known town before the office, branch or depot of the service
        writing the note (Catford office, Springdale office): where the client is seen. Not an
        English word or a given name (Central office, Victoria branch)."""
        from assistant.redact.given_names import all_given_names

        for m in _TOWN_BEFORE_OFFICE.finditer(text):
            name = m.group("t")
            words = name.split()
            if not latin_town(name) or _has_everyday_word(words):
                continue
            if len(words) == 1 and name in all_given_names():
                continue
            out.append(RecognizerResult(LOCATION, m.start("t"), m.end("t"), 0.6))

    def _after_comma(self, text: str, out: list[RecognizerResult]) -> None:
        """Session 13: "Brookhaven Middle School, Dearborn", "Zola, Soweto": a known town after a
        capitalised name and a comma, closing the phrase (a line end, a comma, a stop, a bracket).
        It must be no English word and no given name: ", Reading" and ", Victoria" stay."""
        from assistant.redact.given_names import given_names

        for m in _AFTER_CAPITALISED_COMMA.finditer(text):
            run = _LATIN_RUN.match(text, m.end())
            if not run:
                continue
            name = _longest_phrase(run.group(0).split(), _latin_names().__contains__)
            if not name or not _CLOSES.match(text, m.end() + len(name)):
                continue
            words = name.split()
            # (session 28) a town WordNet lists only as a noun is no ordinary word: Centre, Drogheda
            if _has_everyday_word(words) or (
                len(words) == 1 and name in given_names()
            ):
                continue
            out.append(RecognizerResult(LOCATION, m.end(), m.end() + len(name), 0.6))

    def _thai_name(self, text: str, pos: int, out: list[RecognizerResult]) -> None:
        run = _THAI_RUN.match(text, pos)
        if not run:
            return
        framed, _, longest = _thai_names()
        chunk = run.group(0)[:longest]
        for size in range(len(chunk), 2, -1):
            if chunk[:size] in framed:
                side = _TH_SIDE.match(text, pos + size)
                if side and ends_thai_word(text, pos, side.end()):
                    out.append(RecognizerResult(LOCATION, pos, side.end(), 0.6))
                elif ends_thai_word(text, pos, pos + size):
                    out.append(RecognizerResult(LOCATION, pos, pos + size, 0.6))
                return
        # a town's side (ที่พัทยาใต้): a listed name the frame alone would not take (a family name
        # too) is one place with its compass side
        units = _joinable_units()
        for size in range(min(len(chunk), 24), 3, -1):
            if chunk[:size] not in units:
                continue
            side = _TH_SIDE.match(text, pos + size)
            if side and ends_thai_word(text, pos, side.end()):
                out.append(RecognizerResult(LOCATION, pos, side.end(), 0.55))
                return

    def _joined_or_provinced(self, text: str, out: list[RecognizerResult]) -> None:
        """Session 28: a place named with no frame of its own, beside one that is known.

        - After a known place and a joining word (ทำงานที่นิคมแหลมฉบังและปากช่อง, รถตู้สายปากเกร็ด-
          บางกะดี): the second name is read as the first was.
        - Before its province (ทีม outreach มหาชัย สมุทรสาคร): a town a frame would take, standing
          whole before a space and a province's name, is a place of that province."""
        units = _joinable_units()
        for m in _TH_AND.finditer(text):
            if m.end() >= len(text) or not _THAI_RUN.match(text, m.end()):
                continue
            start = m.start()
            if any(
                text[start - size:start] in units and _starts_thai_word(text, start - size, start)
                for size in range(4, min(24, start) + 1)
            ):
                self._thai_name(text, m.end(), out)
        self._after_village(text, out)
        provinces = _province_names()
        for m in _THAI_RUN.finditer(text):
            if m.group(0) not in units or m.start() == 0 or not text[m.start() - 1].isspace():
                continue
            after = _PROVINCE_AFTER.match(text, m.end())
            if after and after.group(1) in provinces and after.group(1) != m.group(0):
                out.append(RecognizerResult(LOCATION, m.start(), m.end(), 0.55))

    def _after_village(self, text: str, out: list[RecognizerResult]) -> None:
        """Session 29 (set 93): a home address written as names alone, smallest first, after a
        village (ภูมิลำเนา: บ้านโนนยาง ห้องแซง เลิงนกทา; บ้านหนองคล้า ทองหลาง บ้านนา). Each whole
        word after it, one space apart, that names a sub-district or district is one more place of
        the chain — ordinary words too (ทองหลาง is a tree), since the village vouches for them. The
        chain stops at the first word that is not one, and at a province (too wide to name anyone)."""
        from assistant.redact.gazetteer import thai_place_names
        from assistant.redact.thai_lexicon import everyday_words

        words = everyday_words()
        units = _joinable_units()
        districts = thai_place_names()
        wide = _province_names() | TOO_WIDE
        for m in _VILLAGE_RUN.finditer(text):
            if m.group(0) in words or m.group(1) in words:
                continue
            pos = m.end()
            while (nxt := _NEXT_WORD.match(text, pos)) is not None:
                name = nxt.group(1)
                if name in wide or not (name in units or name in districts):
                    break
                out.append(RecognizerResult(LOCATION, nxt.start(1), nxt.end(1), 0.55))
                pos = nxt.end()

    def _standalone(self, text: str, run: re.Match[str], out: list[RecognizerResult]) -> None:
        """A Thai word standing alone between spaces or marks (ส.เจริญซีฟู้ด มหาชัย, "(แม่สอด)"):
        a district or town name the dictionary does not know as a word is a place with no frame."""
        if run.group(0) in _thai_names()[1]:
            out.append(RecognizerResult(LOCATION, run.start(), run.end(), 0.55))

    def _latin_name(self, text: str, pos: int, out: list[RecognizerResult]) -> None:
        run = _LATIN_RUN.match(text, pos)
        if not run:
            return
        name = _longest_phrase(run.group(0).split(), _latin_names().__contains__)
        if name:
            end = pos + len(name)
            # "Orange Door": a capitalised word after it makes the place the start of a longer name
            if not re.match(r"[A-Za-z0-9]|[^\S\n][A-Z]", text[end:end + 2]):
                out.append(RecognizerResult(LOCATION, pos, end, 0.6))

    def _lower_name(self, text: str, pos: int, out: list[RecognizerResult], resides: bool = False) -> None:
        """In a note dictated in lower case: "to porirua" — the title-cased name is known and the
        word is no ordinary English word (a dictated "in reading" stays reading). After a verb of
        residence (``resides``: moved from lagos, lives in ibadan) a town the lemma tables also
        list is a place too, unless it is a month, a season or a word notes use there."""
        from assistant.redact.given_names import english_word_forms, english_words

        run = _LOWER_RUN.match(text, pos)
        if not run:
            return
        names, words, forms = _latin_names(), english_words(), english_word_forms()
        town_nouns = _town_nouns()

        def ordinary(w: str) -> bool:
            if w in _FUNCTION_EN:
                return True
            if w in town_nouns:
                return False  # (session 22) a town WordNet lists as a noun: working in mumbai
            # a lemma or a rare inflection (kent, "knew") is a town after a verb of residence
            return (w in words or w in forms) and not (resides and len(w) >= 4 and w not in _NOT_A_TOWN_AFTER_MOVE)

        def known(p: str) -> bool:
            words_in = p.split()
            if p.title() not in names:
                return False
            if not any(ordinary(w) for w in words_in):
                return True
            # (session 12) a town of two short words after a residence frame: from hat yai
            return resides and len(words_in) >= 2 and not any(
                w in _FUNCTION_EN or w in _NOT_A_TOWN_AFTER_MOVE for w in words_in
            )

        phrase = _longest_phrase(run.group(0).split(), known)
        if phrase and not re.match(r"[A-Za-z0-9]", text[pos + len(phrase):pos + len(phrase) + 1]):
            out.append(RecognizerResult(LOCATION, pos, pos + len(phrase), 0.55))


#: session 22 — common nouns that are also towns somewhere (in reading, at the airport, to temple):
#: what a dictated note means by them is the thing, not the town.
_COMMON_NOUN_TOWNS = frozenset({
    "acre", "agar", "airport", "aloha", "antelope", "anthem", "apex", "arbutus", "archway", "batman",
    "bender", "bimbo", "bole", "brick", "buckeye", "caldera", "cocoa", "commonwealth", "cypress",
    "delta", "dinar", "dome", "duffel", "enterprise", "fatwa", "fountain", "gondola", "godown",
    "gorgonzola", "grapevine", "groves", "hawthorn", "hickory", "hurricane", "leek", "lens", "lira",
    "luau", "mango", "marl", "mascara", "mascot", "metro", "mocha", "mojo", "moss", "mustang", "papaya",
    "paradise", "plaque", "posse", "puma", "republic", "reservoir", "riverbank", "riverside", "rugby",
    "sale", "seaside", "sedan", "semi", "shoreline", "sycamore", "tapa", "tartar", "temple", "tequila",
    "tours", "vineyard", "vista", "walnut", "warder", "weir", "wetter", "cognac", "tiffin", "ogre",
    "pita", "hercules", "jupiter", "plato", "atlantis", "turkey", "china", "jersey", "guinea", "panama",
    "pest", "para", "phon", "lakeside", "hillside", "keystone", "midstream", "parkland", "woodland",
    "university", "plantation", "providence", "independence", "boulder", "song", "bra", "cloverleaf",
    "simmering", "reading", "sens", "sida", "tanga", "roquette", "chunga", "gaur", "inca", "masai",
    "lakota", "seminole", "dole", "baud", "mach", "genet", "lede", "ono", "waw", "kobo", "saran", "tala",
    "crystal", "corona", "liberty", "eden", "flora", "fortuna", "nada", "sake", "saga", "sari", "soma", "topi",
    "fang", "kami", "marks", "quarto", "lido", "diamante", "laurel", "marina",
})


@lru_cache(maxsize=1)
def _town_nouns() -> frozenset[str]:
    """Lower-case towns the English word list holds only as nouns (mumbai, hamilton, cali): the
    word list takes them from WordNet's proper nouns, so they read as English words and a dictated
    "works in mumbai" stayed; they are towns unless they are a common noun, a month or a season (a
    town that is also a given name — london, lima — is an identifier either way)."""
    from assistant.redact.given_names import noun_only_words

    names = _latin_names()
    return frozenset(
        w for w in noun_only_words()
        if len(w) >= 4 and w.title() in names and w not in _COMMON_NOUN_TOWNS and w not in _NOT_A_TOWN_AFTER_MOVE
        and not w.endswith(("ing", "ion", "ity", "ness", "ment", "ence", "ance"))
    )


def _has_everyday_word(words: list[str]) -> bool:
    """A word of the name is an ordinary English word — unless WordNet lists it only as a town
    (Drogheda, Motherwell), which makes it no everyday word."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    return any(_ordinary(w) and w.lower() not in _town_nouns() for w in words)


def _after_a_dictated_name(text: str, pos: int) -> bool:
    """dad chukwuemeka ibekwe| in lagos: the word before the preposition is no English word, so
    it ends a name, and the preposition says where that person lives or comes from."""
    from assistant.redact.given_names import is_english_word

    before = re.search(r"([a-z][a-z'’\-]{2,})[^\S\n]+$", text[max(0, pos - 30):pos])
    if not before:
        return False
    word = before.group(1)
    parts = [p for p in word.split("-") if p]
    return not any(map(is_english_word, parts))


def _longest_phrase(words: list[str], known: Callable[[str], bool]) -> str | None:
    """The longest run of the first ``words`` that ``known`` accepts ("Lat Phrao" before "Lat")."""
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if known(phrase):
            return phrase
    return None


#: Short English words that title-case into town names (Of, The…): never a place on their own.
_FUNCTION_EN = frozenset({"the", "of", "and", "a", "an", "her", "his", "my", "our", "their", "your"})
