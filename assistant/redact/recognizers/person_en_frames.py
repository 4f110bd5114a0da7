"""Round 20 — plain English frames every author uses, stated generally rather than fitted to one set.

Why: nineteen rounds each fitted one opened set, yet very common frames still failed at first
sight. Each frame below names WHAT stands beside an identifier, never which identifier:

1. a name with an age: "Kirra, 23,", "kids Zinhle 6, Bongani 3" — the word must be a known given
   name or no English word ("Level 2", "Room 7", "Week 3" stay);
2. a given name with a surname initial ("Somsak K.") and initials with a surname ("T. Nakamura",
   "M.-L. Okafor") — the name word again no English word ("Vitamin D.", "Plan A. Client" stay);
3. a kin or role word then a name, in lower case too: "wife joy says", "son pita … pita 12",
   "CHW Rosa", "Interpreter - Bounmy -". A lower-case word that is also an English word needs a
   second cue: a reporting verb after it, or the same word with an age elsewhere in the note;
4. signature lines: "— intake officer: T. Nakamura", "SW: Odalys Ferreira", "Signed: X";
5. a named venue whose kind word is lower-case: "Esperanza free clinic", "Brackenridge park",
   "The Anchor pub", "Eastside Y" — never "the free clinic" or "Sunday market".
Found lower-case names spread to their other whole-word occurrences in the same note.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import all_given_names, given_names
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import COMMON_CAP, MONTH_NAMES, NAME_TOKEN, is_name_token
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.organization import is_generic_org
from assistant.redact.recognizers.person_en import _SPEECH, _unknown_word, job_title_words
from assistant.redact.recognizers.person_en_lower import _ordinary
from assistant.redact.regex_gate import alternation, gate_patterns
from assistant.redact.types import LOCATION, ORGANIZATION, PERSON
from assistant.text.find import LATIN, name_occurrences, occurrences

#: session 26 — a name given in quotes after "name (is|as)", "calls him/herself", "introduced
#: him/herself as": what the person said they are called, whatever the word (gives his name as "Mikey").
_QUOTED_AS_NAME = re.compile(
    r"(?i:\b(?:his|her|their|my)[^\S\n]+(?:real[^\S\n]+|first[^\S\n]+|full[^\S\n]+)?name[^\S\n]+(?:is|as|was)|calls[^\S\n]+(?:him|her|them)sel(?:f|ves)|calls[^\S\n]+(?:him|her)"
    r"|introduced[^\S\n]+(?:him|her|them)sel(?:f|ves)[^\S\n]+as|signs?[^\S\n]+(?:off[^\S\n]+)?as)"
    r"[^\S\n]*[\"“‘'](?P<n>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[\"”’']"
)
#: Units and scale words after a number: "50 mg", "3 hours" are no age.
_UNIT = (
    r"(?:mg|mcg|ml|kg|g|lbs?|cm|mm|km|hrs?|hours?|mins?|minutes?|days?|wks?|weeks?|months?|mths?|am|pm|%|x|times"
    # session 24 — servings and doses: "Fortisip 1 bottle", "Ensure 2 cans", "Panadol 2 tabs"
    r"|bottles?|cans?|sachets?|tabs?|tablets?|capsules?|caps?|cups?|glass(?:es)?|scoops?|serves?|servings?|puffs?"
    r"|doses?|drops?|units?|packs?|packets?|cigs?|cigarettes?|drinks?|beers?|pieces?)"
)
_AGE_END = rf"(?![^\S\n]*{_UNIT}(?![A-Za-z]))(?=[^\S\n]*(?:[,;)]|\.(?!\d)|$|\n|and\b|&|\+|y\b|yo\b|y/o|yrs?\b|years?\b|[a-z]|[-–—][^\S\n]))"

#: 1. "Kirra, 23," / "Zinhle 6, Bongani 3." / "Talulah 16 y".
#: session 36 (set 118) — a chat group's members listed by display name, each in quotes and then
#: "=" and who they are ("Noi Korea 🇰🇷" = elder daughter, "🌼 Pim 🌼" = granddaughter, "ยายหอม" =
#: แม่ของแม่): the quoted display name, emoji and all, is that person's name.
_QUOTED_IS_KIN = re.compile(
    r"[\"“](?P<n>[^\"”\n=]{2,30}?)[\"”][^\S\n]*=[^\S\n]*(?:(?:her|his|the|pt'?s|client'?s)[^\S\n]+)?"
    r"(?:(?:elder|older|younger|eldest|youngest|step-?)[^\S\n]*)?"
    r"(?:daughter|son|granddaughter|grandson|grandchild|mother|father|mum|mom|dad|sister|brother|aunt|uncle|niece|"
    r"nephew|cousin|wife|husband|partner|grandmother|grandfather|grandma|grandpa|neighbou?r|friend|"
    r"ลูก|หลาน|แม่|พ่อ|ยาย|ตา|ปู่|ย่า|ป้า|ลุง|น้า|อา|พี่|น้อง|สามี|ภรรยา|แฟน|เพื่อน)"
)
_NAME_AGE = re.compile(
    rf"(?<![A-Za-z\-'’.])(?P<n>{NAME_TOKEN})(?:,[^\S\n]*|[^\S\n]+)\d{{1,2}}(?![\d:/\-]|\.\d){_AGE_END}"
)
#: 1b. (session 12) a numbered or bulleted list of people: "3. Noi - cousin of #1", "- Dao: nail tech".
_LIST_PERSON = re.compile(
    rf"(?m)^[^\S\n]*(?:\d{{1,2}}[.)]|[-*•])[^\S\n]+(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN})?)[^\S\n]*(?:[-–—:][^\S\n]|,[^\S\n])"
)
#: 2. "Somsak K." — a given name then a surname initial (the initial is part of the name).
_GIVEN_INITIAL = re.compile(rf"(?<![A-Za-z\-'’.])(?P<n>{NAME_TOKEN}[^\S\n]+[A-Z]\.)(?![A-Za-z]|[^\S\n]?[A-Z]\.)")
#: 2. "T. Nakamura", "J. Abernathy-Cole", "M.-A. Oduya".
_INITIALS_SURNAME = re.compile(
    rf"(?<![A-Za-z.\-'’])(?P<n>[A-Z]\.(?:-?[A-Z]\.)?[^\S\n]?(?P<s>{NAME_TOKEN}))(?![A-Za-z\-'’])"
)
#: 3. Kin and relation words that introduce a person in lower case ("wife joy", "her boy tevita").
_KIN = (
    "son", "daughter", "wife", "husband", "partner", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee",
    "mum", "mom", "mother", "dad", "father", "stepdad", "stepmum", "stepmom", "brother", "sister", "bro", "sis",
    "aunt", "aunty", "auntie", "uncle", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandma",
    "grandpa", "nana", "gran", "granny", "grandmother", "grandfather", "boy", "girl", "baby", "kid", "friend",
    "mate", "neighbour", "neighbor", "flatmate", "roommate", "stepson", "stepdaughter", "twin", "ex",
)
_KIN_LOWER = re.compile(
    rf"(?<![A-Za-z\-'’])(?:{alternation(sorted(_KIN, key=len, reverse=True))})[^\S\n]+(?P<n>[a-z][a-z'’\-]{{1,14}}[a-z])(?![A-Za-z\-'’])"
)
#: Words that follow a kin word without naming anyone ("wife also says", "son still wants").
_NOT_NAME_AFTER_KIN = frozenset({
    "also", "still", "then", "now", "never", "always", "just", "often", "really", "too", "only", "already",
    "later", "usually", "sometimes", "again", "even", "reportedly", "apparently", "allegedly", "probably",
    "and", "or", "is", "was", "has", "had", "who", "that", "not", "did", "does", "will", "would", "can",
    "could", "he", "she", "they", "it", "we", "you", "his", "her", "their", "the", "a", "an", "at", "in",
    "on", "of", "to", "for", "from", "with", "about", "says", "said", "wants", "lives", "works", "came",
    "went", "got", "gets", "goes", "feels", "thinks", "home", "here", "there", "today", "tonight", "first",
    "last", "next", "well", "both", "all", "each", "one", "two", "three", "age", "aged", "recently", "once",
    "being", "doing", "having", "getting", "going", "coming", "staying", "living", "working", "as", "so",
    "but", "if", "when", "while", "because", "since", "who's", "whos", "visits", "visited", "called",
})
_SPEECH_AFTER = re.compile(rf"[^\S\n]+(?:{_SPEECH})(?![A-Za-z])")
#: 3. Role words that the lexicon's role list lacks, before a capitalised name ("CHW Rosa").
_EXTRA_ROLES = ("chw", "cultural broker", "broker", "navigator", "peer support", "peer worker", "promotora",
                "health worker", "liaison", "mentor", "sponsor", "outreach worker", "support worker",
                # session 8: staff abbreviations and contact labels before a name (SW Helen, VHV Nid,
                # Staff: Supaporn, contact: Arthit)
                "sw", "msw", "vhv", "ot", "staff", "contact", "contact person", "key worker")
#: 4. Signature lines: an optional dash, a role or "signed", then the name to the end of the line.
_SIGN_LABEL = (
    r"signed|sig|signature|sign-off|written[^\S\n]+by|reviewed[^\S\n]+by|by|author|sw|cm|worker|caseworker|"
    r"case[^\S\n]+worker|key[^\S\n]?worker|counsell?or|intake[^\S\n]+(?:officer|worker)|officer|clinician|therapist|"
    r"nurse|advocate|practitioner|social[^\S\n]+worker|psychologist|supervisor|staff|duty[^\S\n]+worker|"
    r"writer|recorder|(?:prepared|recorded|compiled|noted)[^\S\n]+by"  # (session 41)
)
_NAME_RUN = rf"(?:[A-Z]\.(?:-?[A-Z]\.)?[^\S\n]?)?{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,2}}"
_SIGNATURE = re.compile(
    rf"(?im)^[^\S\n]*(?:[—–\-~]+[^\S\n]*)?(?:{_SIGN_LABEL})[^\S\n]*(?::|[—–\-])?[^\S\n]*(?-i:(?P<n>{_NAME_RUN}))"
    r"(?-i:[^\S\n]+[A-Z]{2,4})?[^\S\n]*(?:[,(|][^\n]*)?$"  # (session 41: a role's initials after it, Ratchanee SW)
)
#: session 41 (sets 118, 138, keep30) — a letter's closing, then the writer's name opening the next
#: line, alone or with a bracket, a comma or a dash after it (Best regards,⏎Anchalee (psychologist)).
_CLOSING_SIGN_OFF = re.compile(
    r"(?im)^[^\S\n]*(?:(?:best|kind|warm|warmest|many)[^\S\n]+(?:regards|thanks)|regards|thank[^\S\n]+you|thanks|"
    r"sincerely|yours[^\S\n]+(?:sincerely|faithfully|truly)|cheers|with[^\S\n]+thanks|best|take[^\S\n]+care)"
    rf"[^\S\n]*[,.!]?[^\S\n]*\n[^\S\n]*(?-i:(?P<n>{_NAME_RUN}))[^\S\n]*(?:[,(|—–\-][^\n]*)?$"
)
def _signed_name(value: str) -> bool:
    """A signature's name run: its words (initials aside) are name tokens, one at least a name,
    and together no job title."""
    words = [w for w in value.split() if not re.fullmatch(r"(?:[A-Z]\.-?)+", w)]
    return bool(words) and all(is_name_token(w) for w in words) and not job_title_words(value) and any(
        _named(w) for w in words)


#: session 41 (set 138) — a name in capitals as a document spells it, after the spelling or the
#: document word (ในบัตรผ่านแดนสะกด SREY NEANG, passport KHAMPHONE XAYAVONG, หนังสือเดินทางสะกด …).
_DOCUMENT_SPELLING = re.compile(
    r"(?:สะกด(?:ว่า)?|(?<![A-Za-z])(?i:passport|spelled|spelt)|หนังสือเดินทาง|พาสปอร์ต)[^\S\n]*[:：]?[^\S\n]*"
    r"(?P<n>[A-Z][A-Z'’\-]+(?:[^\S\n][A-Z][A-Z'’\-]+){1,3})(?![\w'’\-])"
)


def _spelled_name(value: str) -> bool:
    """Each word has a vowel and is no protected term, and not every word is an English word."""
    from assistant.redact.given_names import english_words

    words = value.split()
    protected = get_lexicon().protected_lower
    return all(re.search(r"[AEIOUY]", w) and w.lower() not in protected for w in words) and not all(
        w.lower() in english_words() for w in words)


#: session 26 — a sign-off line: a dash, the writer's name, their role in brackets ("– Wanida
#: (liaison officer)"), nothing else on the line.
_DASH_SIGN_OFF = re.compile(
    rf"(?m)^[^\S\n]*[—–\-~]+[^\S\n]*(?P<n>{_NAME_RUN})[^\S\n]*\((?:[A-Za-z][a-z]*[^\S\n]?){{1,4}}\)[^\S\n]*$"
)
#: 5. A named venue with its kind in lower case (or a pantry/food bank, whose kind names it).
_VENUE_KIND = (
    r"free[^\S\n]+clinic|clinic|pub|bar|bakery|cafe|café|club|gym|pantry|food[^\S\n]+bank|church|mosque|temple|"
    r"restaurant|diner|salon|academy|motel|hotel|store|shop|market|park|bridge|playground|skatepark|reserve|"
    # session 24 — where people sleep rough, work or meet: "Chéticamp wharf", "Tarach riverbed",
    # "Kelana Jaya LRT station", "Hitsats camp"
    r"wharf|jetty|pier|riverbed|riverbank|creek|beach|foreshore|waterfront|interchange|station|terminal|camp|"
    r"settlement|township|underpass|esplanade|lookout"
)
_LOCATION_KINDS = frozenset({
    "park", "bridge", "playground", "skatepark", "reserve", "wharf", "jetty", "pier", "riverbed", "riverbank",
    "creek", "beach", "foreshore", "waterfront", "interchange", "station", "terminal", "camp", "settlement",
    "township", "underpass", "esplanade", "lookout",
})
_VENUE = re.compile(
    rf"(?<![A-Za-z\-'’])(?P<n>(?:The[^\S\n]+)?(?P<w>[A-Z][\w'’\-]+(?:[^\S\n][A-Z][\w'’\-]+){{0,2}})[^\S\n]+"
    rf"(?P<k>(?i:{_VENUE_KIND})))(?![A-Za-z])"
)
#: session 40 — what a verb takes and a venue's name never does (park the car, bar the door).
OBJECT_AFTER_VERB = re.compile(r"[^\S\n]+(?:the|a|an|his|her|their|my|its|it|them|him|me|us)(?![A-Za-z])")
#: "Eastside Y": a YMCA branch named by its district.
_Y_BRANCH = re.compile(r"(?<![A-Za-z\-'’])(?P<n>[A-Z][a-z]{3,}[^\S\n]Y)(?![\w'’\-.])")
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Weekend",
                       "Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thurs", "Fri", "Sat", "Sun"})
#: Openers that start a sentence, not a name ("Parent club", "Local park").
_OPENERS = frozenset({"The", "A", "An", "Our", "Their", "His", "Her", "My", "Local", "Same", "New", "Old", "Any",
                      "Every", "This", "That", "Next", "Last", "Free", "School", "Youth", "Community", "Church",
                      "Parent", "Parents", "Kids", "Teen", "Public", "County", "City", "State", "Walk-in"})


def _may_name_after_role(token: str) -> bool:
    """A capitalised word after a role that is not a common capitalised word, a weekday, a month,
    a post or a protected term: what the role frames then ask of it differs."""
    return (
        is_name_token(token) and token not in COMMON_CAP and token not in _WEEKDAYS and token not in MONTH_NAMES
        and not job_title_words(token) and token.lower() not in get_lexicon().protected_lower
    )


def _named(token: str) -> bool:
    """A word that can only be a name here: a name token that is a listed given name or no word."""
    return is_name_token(token) and (token in given_names() or _unknown_word(token))


@lru_cache(maxsize=1)
def _roles_alternation() -> str:
    """The lexicon's roles plus the extra ones, longest first, as one regex alternation."""
    return alternation(sorted(set(get_lexicon().en_roles) | set(_EXTRA_ROLES), key=len, reverse=True))


@lru_cache(maxsize=1)
def _role_before() -> re.Pattern[str]:
    """A role, then an optional dash or colon, before a capitalised name."""
    alt = _roles_alternation()
    return re.compile(
        # (session 28) a space or a mark between: the role glued to a capital is one word (ReSoMal)
        rf"(?i:(?<![A-Za-z])(?:{alt}))(?:[^\S\n]*[—–\-:][^\S\n]*|[^\S\n]+)(?P<n>{NAME_TOKEN})(?![A-Za-z\-'’])"
    )


@lru_cache(maxsize=1)
def _role_and() -> re.Pattern[str]:
    """session 10 — a kin or role word, "and"/"&"/"with", then a capitalised word: "Mum and Sione
    came in", "Dad & Chidera" — the word is the other person."""
    alt = _roles_alternation()
    return re.compile(
        rf"(?i:(?<![A-Za-z])(?:{alt}))[^\S\n]+(?:and|&|with|\+)[^\S\n]+(?P<n>{NAME_TOKEN})(?![A-Za-z\-'’])"
    )


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern[str]:
    """A capitalised word, a comma, then "the/her/our" + a role: the word is the person the role
    describes ("Buddy, the volunteer from church", "Tendai, the caseworker")."""
    alt = _roles_alternation()
    return re.compile(
        rf"(?<![A-Za-z\-'’])(?P<n>{NAME_TOKEN}),[^\S\n]+(?i:the|her|his|their|our|my|a)[^\S\n]+(?i:{alt})(?![A-Za-z])"
    )


_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀĒĪŌŪ][^\W\d_]*(?:[\-'’][^\W\d_]+)*"
#: A given name, an optional quoted nickname, then a particle that only family names carry (or
#: a capitalised name straight after the nickname) and one or two capitalised words.
_PARTICLE_NAME = re.compile(
    rf"(?<![^\W\d_])(?P<g>{_CAP_WORD})(?:[^\S\n]+[\"“‘'](?P<k>[A-Z][a-z]{{2,14}})[\"”’'])?[^\S\n]+"
    rf"(?:(?:bin|binti|binte|bte|bt|bint|ibn|a/l|a/p|Ní|Nic|Mac|Mc|Ó|Ua|Uí|Bean[^\S\n]+Uí)[^\S\n]+{_CAP_WORD}"
    rf"(?:[^\S\n]+{_CAP_WORD})?"
    rf"|(?(k){_CAP_WORD}|(?!)))(?![^\W\d_])"
)


#: session 10 — a roster line: who came and who did not (Present: Thanadet (front office), Mo
#: Farah; Apologies: Gwen). Each item's leading capitalised words are a person when the first is
#: a given name or no English word; roles and services stay ("Present: Class teacher, SW").
_ROSTER = re.compile(
    r"(?m)(?:^|[.;][^\S\n]+)[^\S\n]*(?i:present|attendees|attended|attending|absent|apologies|participants|"
    r"in[^\S\n]attendance|members[^\S\n]present|did[^\S\n]not[^\S\n]attend|dna)[^\S\n]*[:：][^\S\n]*(?P<items>[^\n]+)"
)
_ROSTER_ITEM = re.compile(r"[^,;/\n]+")
_ROSTER_NAME = re.compile(rf"(?:and[^\S\n]+)?(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,2}})(?![A-Za-z\-'’])")


#: session 35 — a birth name after "née" (or German "geb."): Mrs Rattana Penrose (née Sangthong),
#: Joan Baker nee Hill. The word says a family name follows, so it may be any word.
#: session 43 (sets 147, 153) — a greeting that opens a message or a chat line, the one greeted,
#: then a comma, "!" or the line's end: "Hi Sione,", "Kia ora Mereana,", "Thanks Tevita,".
_GREETING = re.compile(
    r"(?:^|(?<=\n)|(?<=:[^\S\n])|(?<=\][^\S\n]))[^\S\n]*(?:Dear|Dearest|Hi|Hello|Hey|Hiya|Morning|"
    r"Good[^\S\n]+(?:morning|afternoon|evening)|Thanks|Thank[^\S\n]+you|Cheers|Kia[^\S\n]+ora|Aloha|Talofa|"
    r"Bula|Mālō|Malo|Salaam|Salam|Habari|Sannu|Dumela|Sawubona|Molweni|Mingalaba)"
    rf"[^\S\n]+(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN})?)(?=[^\S\n]*(?:[,!]|$))",
    re.MULTILINE,
)
#: Titles and kin words a greeting may put before the name, or greet alone ("Thanks Ajarn,"): not
#: a name themselves (Thai, Malay, Pacific and English forms of teacher, elder sibling, aunt …).
_GREETED_TITLES = frozenset({
    "Khun", "Kru", "Khru", "Ajarn", "Aj", "Phi", "Pee", "Nong", "Kak", "Kakak", "Abang", "Bang", "Pak", "Bu",
    "Ibu", "Mak", "Cik", "Encik", "Puan", "Aunty", "Auntie", "Aunt", "Uncle", "Sister", "Brother", "Pastor",
    "Father", "Mama", "Papa", "Nana", "Koro", "Kuia", "Elder", "Teacher", "Coach", "Doctor", "Nurse",
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Madam", "Sir", "Mae", "Yai", "Ta", "Lung", "Pa", "Na",
})
_NEE = re.compile(
    r"(?<![A-Za-z])(?:née|nee|Née|Nee|geb\.|geborene)[^\S\n]+"
    r"(?P<n>[A-Z][A-Za-z'’\-]+(?:[^\S\n][A-Z][A-Za-z'’\-]+)?)(?![A-Za-z])"
)


class EnglishFrameRecognizer(RegexRecognizer):
    """Round-20 general frames (PERSON, ORGANIZATION, LOCATION)."""

    def __init__(self) -> None:
        super().__init__("EnglishFrameRecognizer", ())
        self.supported_entities = [PERSON, ORGANIZATION, LOCATION]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not re.search(r"[A-Za-z]", text):
            return []
        out: list[RecognizerResult] = []
        for m in _NEE.finditer(text):  # (née Sangthong)
            out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.8))
        for m in _GREETING.finditer(text):  # Hi Sione, / Kia ora Mereana,
            words = m.group("n").split()
            if words[0] in _GREETED_TITLES:
                continue  # "Thanks Ajarn,", "Hi Aunty Mele": a title, and the title rules read the rest
            if all(_named(w) for w in words):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in _QUOTED_AS_NAME.finditer(text):  # gives his name as "Mikey"
            out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        if "=" in text:
            for m in _QUOTED_IS_KIN.finditer(text):  # "Noi Korea 🇰🇷" = elder daughter
                if re.search(r"[A-Za-z\u0E01-\u0E4E]", m.group("n")):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in _NAME_AGE.finditer(text):
            if _named(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        for m in _LIST_PERSON.finditer(text):
            if all(_named(w) for w in m.group("n").split()):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        for m in _GIVEN_INITIAL.finditer(text):
            if _named(m.group("n").split()[0]):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.8))
        for m in _INITIALS_SURNAME.finditer(text):
            if _named(m.group("s")) and not job_title_words(m.group("s")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.8))
        for m in _role_before().finditer(text):
            tok = m.group("n")
            if text[m.end("n"):m.end("n") + 1] == "." and len(tok) <= 4:
                continue  # Contact: Adv. Nusrat…: a title's abbreviation, the name comes after it
            if (_may_name_after_role(tok)
                    and (tok in given_names() or _unknown_word(tok) or "-" in text[m.start():m.start("n")]
                         or text[m.start():m.start("n")].strip(" -—–").lower() in _EXTRA_ROLES)):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        for m in _role_and().finditer(text):
            tok = m.group("n")
            if _may_name_after_role(tok) and tok.lower() not in get_lexicon().en_roles and _named(tok):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        for pattern, score in ((_SIGNATURE, 0.8), (_DASH_SIGN_OFF, 0.75), (_CLOSING_SIGN_OFF, 0.75)):
            for m in pattern.finditer(text):
                if _signed_name(m.group("n")):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), score))
        for m in _DOCUMENT_SPELLING.finditer(text):
            if _spelled_name(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in _role_after().finditer(text):  # session 8 — "Buddy, the volunteer from church"
            word = m.group("n")  # a word name (Buddy, Sunny) counts here: the role says it is a person
            if (_named(word) or word in all_given_names()) and word not in COMMON_CAP:
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        out.extend(self._roster(text))
        out.extend(self._lower_kin(text))
        out.extend(self._venues(text))
        out.extend(self._particle_names(text))
        return out

    def _roster(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for line in _ROSTER.finditer(text):
            for item in _ROSTER_ITEM.finditer(text, line.start("items"), line.end("items")):
                m = _ROSTER_NAME.match(text, item.start() + len(item.group(0)) - len(item.group(0).lstrip()))
                if not m or m.end() > item.end():
                    continue
                first = m.group("n").split()[0]
                if _named(first) and first not in COMMON_CAP and not job_title_words(m.group("n")):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        return out

    def _particle_names(self, text: str) -> list[RecognizerResult]:
        """Round 21 — a name joined by a family-name particle or carrying a quoted nickname:
        "Rosnah binte Ismail", "Séamus "Shay" Ó Floinn", "Aoife Nic Giolla Bhríde".
        The particles here belong to personal names only, so the whole run is one PERSON; a
        quoted nickname is that person too wherever it stands alone."""
        out: list[RecognizerResult] = []
        for m in _PARTICLE_NAME.finditer(text):
            if not _named(m.group("g")):
                continue
            out.append(self.result(PERSON, m.start(), m.end(), 0.8))
            nick = m.group("k")
            if nick and nick not in COMMON_CAP:
                # session 24 — Thanapat "Boss" Wongsiri: between a given and a family name the quotes
                # say it is what the person is called, even when it is an English word
                for start, end in occurrences(text, nick, not_after=LATIN, not_before=LATIN):
                    out.append(self.result(PERSON, start, end, 0.75))
        return out

    def _lower_kin(self, text: str) -> list[RecognizerResult]:
        """A lower-case word after a kin word: a name when no dictionary knows it, or when a
        reporting verb follows it, or when the note also gives it an age; then every whole-word
        occurrence is that person."""
        names: set[str] = set()
        for m in _KIN_LOWER.finditer(text):
            word = m.group("n")
            if word in _NOT_NAME_AFTER_KIN or word.endswith(("ly", "ing", "ed")):
                continue
            if not _ordinary(word) or _speaks(text, word) or _has_age(text, word):
                names.add(word)
        out: list[RecognizerResult] = []
        for word in names:
            for start, end in name_occurrences(text, word):
                out.append(self.result(PERSON, start, end, 0.65))
        return out

    def _venues(self, text: str) -> list[RecognizerResult]:
        """Named venues with a lower-case kind word, and YMCA branches."""
        out: list[RecognizerResult] = []
        protected = get_lexicon().protected_lower
        for m in _VENUE.finditer(text):
            words = m.group("w").split()
            kind = m.group("k")
            if any(w in _WEEKDAYS or w in MONTH_NAMES or w.lower() in protected for w in words):
                continue
            if words[0] in _OPENERS or all(w in COMMON_CAP for w in words):
                continue
            the = m.group("n").startswith("The ")
            owner = words[-1].endswith(("'s", "’s"))
            if not (kind[0].isupper() or the or owner or any(_named(w) for w in words)):
                continue
            if kind[0].isupper() and is_generic_org(m.group("n")):
                continue  # Eating Disorders Clinic: a kind of clinic, every word says what kind
            if len(words) == 1 and words[0] in given_names() and OBJECT_AFTER_VERB.match(text, m.end()):
                continue  # session 40: "let Jane park the car", "Tom bar the door": the kind is a verb
            typ = LOCATION if kind.lower() in _LOCATION_KINDS else ORGANIZATION
            out.append(self.result(typ, m.start("n"), m.end("n"), 0.7))
        for m in _Y_BRANCH.finditer(text):
            w = m.group("n")[:-2]
            if w not in _WEEKDAYS and w not in COMMON_CAP and w not in _OPENERS:
                out.append(self.result(ORGANIZATION, m.start("n"), m.end("n"), 0.65))
        return out


def _speaks(text: str, word: str) -> bool:
    """A reporting verb follows the word somewhere in the note: "daughter joy has been staying
    out … joy denies it" (session 24: not only right after the kin word)."""
    return any(_SPEECH_AFTER.match(text, end) for _start, end in name_occurrences(text, word))


def _has_age(text: str, word: str) -> bool:
    """The lower-case word stands right before an age somewhere in the note ("pita 12 refusing")."""
    return any(_AGE_AFTER_WORD.match(text, end) for _start, end in name_occurrences(text, word))


_AGE_AFTER_WORD = re.compile(rf"[^\S\n]*,?[^\S\n]*\(?\d{{1,2}}\)?(?![\d:/\-]|\.\d){_AGE_END}")

gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
