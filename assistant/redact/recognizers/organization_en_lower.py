"""Named workplaces, schools, churches and shops in a note dictated all in lower case
(ORGANIZATION): "packing at northstar spice packers", "older boy at evergreen park elementary",
"body sent home through wat pa santi yangju".

Why: with no capitals the English rules see no name, and only "works at" + a word no dictionary
knows was read as a workplace; a development set of organisations lost a fifth of its English ones
in three dictated notes. Here a phrase after a preposition that ends in the head word of a body is
one when its other words name it rather than describe it:
- a business head (packers, plastics, co, corner …) with a word no English dictionary holds (a
  family, brand or Thai name: hanjin pipes, baan suan corner) — or, for a company-only head
  (packers, plastics, staffing …), any word that is not a kind of goods or a describing word;
- a school, church or hospital head with no word that only says what kind it is (the local church,
  sunday school, primary school, community college stay);
- a Thai temple, "wat" + a name holding a word no English dictionary holds.
Only in a note ``dictated_lower`` decides is dictated; a capitalised note has its own rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.types import LOCATION, ORGANIZATION

#: Heads only a company has (its name is whatever precedes them).
_COMPANY_HEADS = frozenset({
    "packers", "plastics", "pipes", "foods", "farms", "motors", "tires", "tyres", "textiles", "garments",
    "logistics", "industries", "enterprises", "holdings", "trading", "imports", "exports", "electronics",
    "engineering", "staffing", "advisory", "consulting", "solutions", "products", "supplies", "fisheries",
    "seafoods", "apparel", "co", "ltd", "inc", "llc", "pty", "bhd", "sdn", "gmbh", "corp", "company",
    "enterprise",  # (session 29) abeka fishing enterprise
})
#: Heads of a shop or workplace: a name word no dictionary knows must come with them.
_BUSINESS_HEADS = frozenset({
    "corner", "cafe", "café", "restaurant", "kitchen", "bakery", "salon", "spa", "garage", "factory",
    "mill", "mart", "store", "market", "shop", "stitching", "wash", "lab", "house", "group", "project",
    "services", "foundation", "association", "society", "fellowship", "mission", "ministries",
    "palace",  # (session 29) ntombi's hair palace
})
#: Heads of a school, church, mosque or hospital: named by any words that are not kinds.
_INSTITUTION_HEADS = frozenset({
    "elementary", "university", "college", "academy", "school", "church", "chapel", "cathedral",
    "mosque", "masjid", "hospital", "clinic", "wittaya", "witthaya", "polytechnic", "institute",
    # (session 29) a Scottish church, and a senior or junior high named by its town (accra girls
    # senior high): "high" alone has no name before it (in high spirits, the local high school)
    "kirk", "high",
})
#: session 20 — unions and councils: named by two words or more (gage park tenants union).
_UNION_HEADS = frozenset({"union", "council", "cooperative", "co-op"})
#: session 24 — services named by the place they serve and what they do (galway migrant support
#: hub, leeds refugee network): a listed place, then at least one more word, then the head.
_SERVICE_HEADS = frozenset({"hub", "service", "centre", "center", "network", "programme", "program", "partnership"})
#: session 20 — who a body is to the client, written before its name instead of a preposition
#: (the landlord sterling crest holdings, her employer hanjin pipes).
_BODY_ROLES = frozenset({"landlord", "employer", "agency", "company", "firm", "broker", "sponsor"})
#: Words that say what kind of body it is, not which one (the local church, night school, a
#: bubble tea shop, community college, thai temple).
_KIND_WORDS = frozenset({
    "local", "nearby", "new", "old", "big", "small", "same", "other", "primary", "secondary", "high",
    "middle", "junior", "senior", "elementary", "public", "private", "state", "catholic", "christian",
    "baptist", "methodist", "anglican", "buddhist", "muslim", "islamic", "thai", "community", "sunday",
    "night", "day", "weekend", "evening", "morning", "summer", "language", "international", "english",
    "special", "mental", "health", "dental", "medical", "nursing", "law", "art", "arts", "bible", "grad",
    "boarding", "driving", "dance", "music", "cooking", "beauty", "nail", "hair", "massage", "bubble",
    "tea", "coffee", "noodle", "rice", "fish", "chicken", "shrimp", "seafood", "sewing", "garment",
    "tire", "tyre", "phone", "pawn", "grocery", "convenience", "food", "car", "hand", "body", "repair",
    "laundry", "print", "printing", "cake", "fruit", "vegetable", "flower", "meat", "karaoke", "game",
    "gaming", "internet", "mobile", "furniture", "hardware", "clothes", "clothing", "shoe", "gold",
    "family", "free", "cheap", "24", "hour", "corner", "general", "district", "city", "county", "main",
    "women's", "children's", "kids", "youth", "adult", "elderly", "care", "day-care", "daycare", "pre",
    "nursery", "kindergarten", "training", "vocational", "technical", "trade", "open", "online", "that",
    "village", "temple", "camp", "refugee", "migrant", "hmong's", "her", "his", "their", "our", "my",
    # (session 29) what a clinic treats: the district tb clinic
    "tb", "hiv", "sti", "std", "arv", "anc", "mch", "opd", "ent", "eye", "skin", "pain", "memory",
    "diabetes", "fertility", "methadone", "walk-in", "urgent", "antenatal", "prenatal", "postnatal",
    "chest", "well-baby", "immunisation", "immunization", "vaccination", "sexual", "maternity",
})
#: What ends a name going left: prepositions, articles, pronouns, conjunctions, roles.
_STOPS = frozenset({
    "at", "in", "on", "from", "to", "with", "for", "through", "via", "by", "near", "into", "onto",
    "about", "around", "a", "an", "the", "this", "that", "these", "those", "his", "her", "their",
    "our", "my", "your", "its", "some", "any", "another", "every", "each", "he", "she", "they", "we",
    "i", "you", "it", "and", "or", "but", "so", "because", "is", "was", "are", "were", "be", "been",
    "goes", "go", "went", "works", "work", "worked", "attends", "attend", "called", "said", "says",
    "not", "no", "also", "now", "then", "still", "there", "here", "where", "who", "which", "when",
    # what one does with a school or a job: wants to leave school, back to work
    "leave", "leaving", "left", "quit", "quitting", "skip", "skipping", "skipped", "start", "starting",
    "started", "finish", "finished", "finishing", "miss", "missing", "missed", "change", "changing",
    "hate", "hates", "like", "likes", "love", "loves", "attending", "join", "joining", "joined", "enrol",
    "enroll", "enrolled", "back", "drop", "dropped", "dropping", "out", "after", "before", "during",
    "since", "until", "till", "off", "get", "got", "going", "come", "coming", "stay", "staying",
})
#: session 29 — a body said to be someone's: "her school is …", "his church was …".
_OWN_BODIES = frozenset({"school", "college", "church", "mosque", "employer", "workplace", "club", "team"})
_PREPOSITIONS = frozenset({"at", "from", "to", "with", "for", "through", "via", "by", "near", "of", "into"})
_SPACES = re.compile(r"[^\S\n]+")
_WORD = re.compile(r"[a-z0-9][a-z0-9'’&\-]*")
_WAT = re.compile(r"(?<![a-z])wat[^\S\n]+")
#: A Thai village romanised in lower case: "ban" + a word that opens Thai place names + up to two
#: name words no English dictionary holds (ban nong pling; "ban nong bua instead" stops at instead).
_LANDFORMS = frozenset({
    "nong", "non", "khok", "don", "huai", "huay", "na", "pa", "tha", "bang", "khlong", "mae", "thung", "sai",
    "wang", "nam", "pho", "si", "sri", "sa", "rai", "kut", "muang", "ton", "kaeng", "pha", "doi", "san", "hat",
    "ko", "koh", "bo", "khuan", "noen", "pong", "lam", "wiang", "nuea", "tai", "yai", "noi", "mai", "klang",
    "laem", "khao", "pak", "phu", "ao",  # (session 29) cape, hill, mouth, mountain, bay: ban laem hin khao
})
_BAN = re.compile(r"(?<![a-z])ban[^\S\n]+(?P<h>" + "|".join(sorted(_LANDFORMS, key=len, reverse=True)) + r")(?![a-z\-])")


#: session 20 — a body whose head comes first, as universities and Malaysian or Indonesian
#: hospitals are named (university of tasmania, hospital pulau pinang): its name is a place or
#: words no English dictionary holds (the department of health, hospital visit stay).
_HEAD_FIRST = re.compile(
    r"(?<![a-z])(?:(?:university|institute|college|academy|polytechnic)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"|(?:hospital|klinik|sekolah|masjid|universiti|politeknik|kolej)[^\S\n]+)"
    r"(?P<n>[a-z]{3,}(?:[^\S\n]+[a-z]{3,}){0,2})(?![a-z])"
)
#: session 20 — a police station named by its town: "sai yok police station".
_STATION = re.compile(r"(?<![a-z])(?P<n>[a-z]{3,}(?:[^\S\n]+[a-z]{2,}){0,2})[^\S\n]+police[^\S\n]+station(?![a-z])")


#: session 20 — a district, province or road named by words no English dictionary holds, in
#: lower case (meanchey district, donegall road); "the main road", "our district" stay.
_LOWER_PLACE = re.compile(
    r"(?<![a-z])(?P<n>(?!(?:the|our|his|her|their|this|that|and|main|same|new|old)[^a-z])[a-z]{3,}"
    r"(?:[^\S\n]+[a-z]{3,})?)[^\S\n]+(?:district|province|road|street|lane|avenue)(?![a-z])"
)


def _place(words: str) -> bool:
    """A town, province or country the gazetteer lists (sai yok, tasmania)."""
    from assistant.redact.gazetteer import latin_place_names

    return words.title() in latin_place_names()


def kind_of_body(words: list[str]) -> bool:
    """Words that only say what kind of body it is (night school, community college, thai temple):
    every word but a closing head word is a kind word."""
    if words and words[-1] in _COMPANY_HEADS | _BUSINESS_HEADS | _INSTITUTION_HEADS:
        words = words[:-1]
    return all(w in _KIND_WORDS for w in words)


@lru_cache(maxsize=1)
def _english() -> tuple[frozenset[str], frozenset[str]]:
    from assistant.redact.given_names import english_word_forms, english_words

    return english_words(), english_word_forms()


def _foreign(word: str) -> bool:
    """No English word in any form (a family, brand or Thai name)."""
    words, forms = _english()
    w = re.sub(r"['’]s$", "", word.strip("'’"))  # (session 29) a possessive is its name: ntombi's
    stems = {w, w[:-1] if w.endswith("s") else w}
    return len(w) >= 3 and w.isalpha() and not any(s in words or s in forms for s in stems)


class LowercaseOrganizationRecognizer(EntityRecognizer):
    """Bodies named in a lower-case dictated English note (ORGANIZATION)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ORGANIZATION], name="LowercaseOrganizationRecognizer")

    def load(self) -> None:
        pass

    @staticmethod
    def _named_by_town(text: str) -> list[RecognizerResult]:
        """(session 35) In a note with capitals, a lower-case body named by a town the gazetteer
        lists or a word no dictionary holds: "the university of auckland", "sai yok police
        station" (not "university of tasmania": WordNet holds Tasmania, the gazetteer does not)."""
        if "university" not in text and "college" not in text and "police station" not in text:
            return []
        out = [
            RecognizerResult(ORGANIZATION, m.start(), m.end(), 0.6)
            for m in _HEAD_FIRST.finditer(text)
            if " of " in m.group(0) and all(_foreign(w) or _place(w) for w in m.group("n").split())
        ]  # (not "hospital X": in a capitalised note that is "the hospital van", "hospital normal")
        out.extend(
            RecognizerResult(ORGANIZATION, m.start("n"), m.end(), 0.6)
            for m in _STATION.finditer(text) if _place(m.group("n"))
        )
        return out

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        from assistant.redact.recognizers.person_en_dictated import dictated_lower

        if not dictated_lower(text):
            return self._named_by_town(text)
        out: list[RecognizerResult] = []
        tokens = list(_WORD.finditer(text))
        for i, tok in enumerate(tokens):
            head = tok.group()
            if (
                head in _COMPANY_HEADS or head in _BUSINESS_HEADS or head in _INSTITUTION_HEADS or head in _UNION_HEADS
                or head in _SERVICE_HEADS
            ):
                start = self._name_start(text, tokens, i)
                if start is not None:
                    out.append(RecognizerResult(ORGANIZATION, tokens[start].start(), tok.end(), 0.6))
        for m in _HEAD_FIRST.finditer(text):  # university of tasmania, hospital pulau pinang
            words = m.group("n").split()
            if all(_foreign(w) or _place(w) for w in words):
                out.append(RecognizerResult(ORGANIZATION, m.start(), m.end(), 0.6))
        for m in _STATION.finditer(text):  # sai yok police station
            words = m.group("n").split()
            if _place(" ".join(words)) or all(_foreign(w) for w in words):
                out.append(RecognizerResult(ORGANIZATION, m.start("n"), m.end(), 0.6))
        for m in _LOWER_PLACE.finditer(text):  # meanchey district, donegall road
            words = m.group("n").split()
            if all(_foreign(w) for w in words) or _place(m.group("n")):
                out.append(RecognizerResult(LOCATION, m.start(), m.end(), 0.6))
        for m in _WAT.finditer(text):
            end = self._temple_end(text, m.end())
            if end is not None:
                out.append(RecognizerResult(ORGANIZATION, m.start(), end, 0.6))
        for m in _BAN.finditer(text):  # a Thai village: ban nong pling, ban don daeng
            end = m.end("h")
            for w in islice(_WORD.finditer(text, m.end("h")), 2):
                if not _SPACES.fullmatch(text, end, w.start()) or not (
                    _foreign(w.group()) or w.group() in _LANDFORMS
                ):
                    break
                end = w.end()
            if end > m.end("h"):
                out.append(RecognizerResult(LOCATION, m.start(), end, 0.6))
        return out

    @staticmethod
    def _name_start(text: str, tokens: list[re.Match[str]], i: int) -> int | None:
        """Index of the first name word before the head at ``i``, or None when the words there
        describe a kind of body or no preposition opens the phrase."""
        from assistant.redact.lexicon import get_lexicon

        roles = get_lexicon().en_roles
        head = tokens[i].group()
        j = i
        while j > 0 and i - j < 5:
            prev, cur = tokens[j - 1], tokens[j]
            word = prev.group()
            if not _SPACES.fullmatch(text, prev.end(), cur.start()) or word in _STOPS or word in roles:
                break
            j -= 1
        while j < i and tokens[j].group() == "of":
            j += 1
        names = [t.group() for t in tokens[j:i]]
        opener = tokens[j - 1].group() if j else ""
        if opener == "the" and j >= 2 and tokens[j - 2].group() in _PREPOSITIONS:
            opener = tokens[j - 2].group()  # (session 20) the rep from the gage park tenants union
        if opener in ("is", "was") and j >= 2 and tokens[j - 2].group() in _OWN_BODIES:
            opener = "at"  # (session 29) her school is accra girls senior high: whose body it is, said
        if not names or names[-1] == "of" or j == 0 or (opener not in _PREPOSITIONS and opener not in _BODY_ROLES):
            return None
        if not _SPACES.fullmatch(text, tokens[j - 1].end(), tokens[j].start()):
            return None
        inner = [w for w in names if w != "of"]
        if head in _UNION_HEADS:
            named = len(inner) >= 2 and not any(w in _KIND_WORDS for w in inner)  # not "the teachers union"
        elif head in _INSTITUTION_HEADS:
            # (session 29) one naming word among kind words is a name: symbiosis junior college
            named = any(w not in _KIND_WORDS for w in inner)
        elif head in _COMPANY_HEADS:
            named = any(w not in _KIND_WORDS for w in inner)
        elif head in _SERVICE_HEADS:
            named = len(inner) >= 2 and _place(inner[0])
        else:
            named = any(_foreign(w) for w in inner)
        return j if named else None

    @staticmethod
    def _temple_end(text: str, pos: int) -> int | None:
        """wat pa santi yangju: up to four words after "wat" before a stop or a mark, one of them
        no English word."""
        end, foreign, n = None, False, 0
        for m in _WORD.finditer(text, pos):
            if n and not _SPACES.fullmatch(text, end, m.start()):
                break
            word = m.group()
            if word in _STOPS or n == 4:
                break
            foreign = foreign or _foreign(word)
            end, n = m.end(), n + 1
        return end if end is not None and foreign else None
