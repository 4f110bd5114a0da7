"""English given names that are also ordinary words (Will, Faith, Hope, Sage, Honor, Patience).

Such a capitalised word is a name only with STRONG person context, because "Hope is she stays
sober", "Will follow up" and "Faith-based group" are common in jottings:
- a reporting or action verb in the third person / past right after ("Will says", "Honor told");
- a possessive followed by a kin or role noun ("Will's mom", "Sage's partner");
- an age ("Hope (12)", "Faith, 34,") or a bracketed role ("Faith (mom)");
- a title before ("Ms. Hope"), "named/called/goes by X", or a kin/role noun before ("bf Will").
- (round 6) a pronoun bracket ("Sage (they/them)"), a possessive + adjective + role ("Sage's best
  friend"), a state right after ("Phoenix quiet."), an affiliation and a verb ("Dawn at Kinnect
  did …", "Rose from the intake team called"), a modal after ("Destiny will start", not at a line
  start), or a surname that is no English word ("Destiny Okonkwo").
A list joined to a known name ("Faith and Will") is handled in ``resolve.add_coordinated``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import given_names, word_names
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import MONTH_NAMES, NAME_TOKEN_RE, is_name_token
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import alternation, gate_all, gate_patterns
from assistant.redact.types import PERSON

WORD_NAME_SCORE = 0.7
#: Verbs that only a person does, in forms a modal "Will"/"Can" is never followed by.
VERBS_AFTER = (
    r"says|said|told|tells|reports|reported|states|stated|shared|shares|disclosed|admits|admitted|"
    r"denies|denied|asked|asks|cried|yells|yelled|shouted|argued|argues|works|worked|lives|lived|"
    r"wants|wanted|feels|felt|texted|called|left|refused|agreed|declined|attended|arrived|missed|"
    r"expressed|explained|complained|complains|seemed|appeared|laughed|hit|hits|drinks|drank|"
    r"rang|phoned|emailed|visited|visits|drives|drove|runs|helped|helps|joined|offered|brought|"
    r"thinks|thought|knows|knew|sings|cooks|sleeps|stays|stayed|moved|blocked|threatened|screamed|"
    r"punched|kicked|stole|married|divorced|passed|died|picked|dropped|collects|collected"
)
#: A state written right after a bare name in jottings: "Phoenix quiet.", "Sage tearful, engaged".
_STATES = (
    r"quiet|tearful|withdrawn|absent|late|engaged|disengaged|upset|calm|agitated|anxious|silent|"
    r"sleepy|distracted|irritable|cooperative|guarded|flat|bright|animated|chatty|talkative|restless|"
    r"present|teary|angry|defensive|subdued|settled|unsettled|dysregulated|pleasant|polite|sullen"
)
#: Holidays and dates after "at/from" are times, not workplaces ("Hope at Christmas was hard").
_TIMES = (
    r"(?:Christmas|Xmas|Easter|Thanksgiving|Ramadan|Eid|Diwali|Hanukkah|Songkran|Halloween|New[^\S\n]Year|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|first|last|home|night)"
)
#: Lowercase words that end an affiliation ("Rose from the intake team called").
_TEAM_WORDS = (
    r"team|office|service|services|desk|unit|clinic|school|church|council|agency|housing|department|"
    r"dept|group|program|programme|centre|center|shelter|court|hospital|ward|practice|surgery|work"
)
#: Roles that, written before a word-name, do not make it a person ("with Hope", "re Will").
_WEAK_ROLES = frozenset({"with", "w/", "met", "meet", "re", "called", "named", "aka"})


def is_word_name(token: str) -> bool:
    """A given name that is also an English word, and not a role, protected term or month."""
    lex = get_lexicon()
    low = token.lower()
    return (
        token in word_names()
        and bool(NAME_TOKEN_RE.fullmatch(token))
        and token not in MONTH_NAMES
        and low not in lex.protected_lower
        and low not in lex.en_roles
        # (a Thai nickname may be a body's word too: Bank, once found as a name, is that person)
        and (low not in lex.en_generic_org_words or token in lex.latin_thai_nicknames)
        and token.rstrip(".") not in lex.en_honorifics
    )


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = get_lexicon()
    roles = alternation(sorted(lex.en_roles - _WEAK_ROLES, key=len, reverse=True))
    hon = alternation(h.rstrip(".") for h in sorted(lex.en_honorifics, key=len, reverse=True))
    tok = r"(?P<n>[A-Z][a-z]+)"
    # (session 20: a determiner makes it the word, "The Bank told her", "her Will says")
    determiners = "".join(
        rf"(?<!\b{d} )" for d in ("[Tt]he", "[Aa]", "[Aa]n", "[Hh]er", "[Hh]is", "[Tt]heir", "[Oo]ur", "[Mm]y", "[Tt]his")
    )
    after = re.compile(
        rf"(?<![A-Za-z\-'’]){determiners}{tok}(?:"
        rf"[^\S\n]+(?:{VERBS_AFTER})\b"
        rf"|['’]s[^\S\n]+(?i:{roles})\b"
        r"|[^\S\n]*\((?:age[^\S\n]*)?\d{1,2}\)"
        r"|,[^\S\n]*\d{1,2}(?:[^\S\n]*(?:y|yo|y/o|yrs?)\b|,)"
        rf"|[^\S\n]*\((?i:{roles})\)"
        r")"
    )
    before = re.compile(
        rf"(?:(?<![A-Za-z])(?:{hon})\.?|(?i:(?<![A-Za-z])(?:named|called|goes[^\S\n]+by|name[^\S\n]+is|{roles})))"
        rf"[^\S\n]+{tok}(?![A-Za-z\-])"
    )
    return after, before


@lru_cache(maxsize=1)
def _more_cues() -> tuple[re.Pattern[str], ...]:
    """Round-6 cues: pronouns, possessive + adjective + role, a surname, a state, an affiliation."""
    lex = get_lexicon()
    roles = alternation(sorted(lex.en_roles - _WEAK_ROLES, key=len, reverse=True))
    tok = r"(?P<n>[A-Z][a-z]+)"
    return (
        # "Sage (they/them)", "River (she/her), 15"
        re.compile(rf"(?<![A-Za-z\-'’]){tok}[^\S\n]*\((?:she|he|they|ze|xe|she/they|he/they)/[a-z]{{2,6}}\)"),
        # "Sage's best friend", "Will's older brother"
        re.compile(rf"(?<![A-Za-z\-'’]){tok}['’]s[^\S\n]+[a-z\-]{{2,12}}[^\S\n]+(?i:{roles})\b"),
        # "Phoenix quiet.", "Hope tearful, engaged"
        re.compile(rf"(?<![A-Za-z\-'’]){tok}[^\S\n]+(?:{_STATES})(?=[^\S\n]*(?:[.,;:!]|$|\n|and\b|but\b|today\b|throughout\b|again\b|at\b|in\b|during\b|when\b|with\b|all\b|this\b))"),
        # "Dawn at Kinnect did the referral", "Rose from the intake team called"
        re.compile(
            rf"(?<![A-Za-z\-'’]){tok}[^\S\n]+(?:from|at|@)[^\S\n]+(?:the[^\S\n]+)?(?!{_TIMES})"
            rf"(?:[A-Z][\w'’&\-]*(?:[^\S\n][A-Z][\w'’&\-]*){{0,3}}|(?:[a-z]+[^\S\n]+){{0,2}}(?:{_TEAM_WORDS}))"
            rf"[^\S\n]+(?:{VERBS_AFTER}|did|does|will|would|is|was|has|had|can|could)\b"
        ),
        # "Destiny will start", "Rose would like": a modal after a name that is not itself a modal
        re.compile(rf"(?<![A-Za-z\-'’]){tok}(?=[^\S\n]+(?:will|would|could|should|might|must)[^\S\n]+[a-z])"),
    )


#: A word-name followed by a surname that is no English word: "Destiny Okonkwo", "Hope Delacroix-Burns".
_WITH_SURNAME = re.compile(r"(?<![A-Za-z\-'’])(?P<n>[A-Z][a-z]+)[^\S\n]+(?P<s>[A-Z][a-z]+(?:[\-'’][A-Z][a-z]+)?)(?![A-Za-z])")
#: State words that are also verbs, which a modal opens ("Will present at the MAPPA review").
_VERB_STATES = ("present", "calm")
#: Modal and auxiliary words that are also names: never a name before another modal.
_MODAL_NAMES = frozenset({"Will", "Can", "May", "Might", "Must", "Shall", "Should", "Would", "Could"})


class WordNameRecognizer(RegexRecognizer):
    """Given names that are also ordinary words, with strong person context (PERSON)."""

    def __init__(self) -> None:
        super().__init__("WordNameRecognizer", ())
        self.supported_entities = [PERSON]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for regex in _cues():
            for m in regex.finditer(text):
                if is_word_name(m.group("n")):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        for i, regex in enumerate(_more_cues()):
            for m in regex.finditer(text):
                tok = m.group("n")
                if i == 4 and (tok in _MODAL_NAMES or _sentence_start(text, m.start())):
                    continue  # "Will would …"; "Hope will help" at a line start is the noun
                if i == 2 and tok in _MODAL_NAMES and text.startswith(_VERB_STATES, m.end("n") + 1):
                    continue  # (session 32) "Will present at the review": the modal and a verb
                if is_word_name(tok):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        for m in _WITH_SURNAME.finditer(text):
            if is_word_name(m.group("n")) and _surname(m.group("s")):
                out.append(self.result(PERSON, m.start("n"), m.end("s"), WORD_NAME_SCORE))
        for m in _NICKNAME.finditer(text):  # "(goes by Chencho)": any capitalised name token
            tok = m.group("n")
            if is_word_name(tok) or is_name_token(tok) or tok.isupper() or ("-" in tok and person_word(tok)) or (
                # (session 19) after a cue that only ever introduces a nickname ("nickname Bank",
                # "goes by Golf"), any capitalised word: Thai nicknames are English words
                _NICKNAME_ONLY.match(m.group(0)) and tok not in _NOT_A_NICKNAME and "\t" not in m.group(0)
            ):  # (a tab: a table's header cells "Goes by<TAB>Phone", not a sentence)
                out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        for m in _QUOTED_NICKNAME.finditer(text):
            if person_word(m.group("n").split()[0]) or len(m.group("n").split()) > 1:
                out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        lower = [m for m in _LOWER_NICKNAME.finditer(text) if m.group("n") not in _NOT_LOWER_NICKNAME]
        if lower:
            from assistant.redact.recognizers.person_en_dictated import dictated_lower

            if dictated_lower(text):  # typed notes write nicknames with a capital
                out.extend(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE) for m in lower)
        for regex in _strong_frames():
            for m in regex.finditer(text):
                if person_word(m.group("n")) and not _form_label(text, m):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        for m in _QUOTED.finditer(text):
            if _role_before(text, m.start()) and person_word(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        for m in _SURNAME_INITIAL.finditer(text):
            if m.group("n") in word_names() or m.group("n") in given_names():
                out.append(self.result(PERSON, m.start("n"), m.end("n"), WORD_NAME_SCORE))
        return out


def person_word(token: str) -> bool:
    """Any capitalised word that a strong person frame may hold, including names no list has
    (Reign, Story, Honour, Blessing) and word-names that are also service words (Justice):
    not a sentence word, role, protected term or honorific."""
    from assistant.redact.names_en import COMMON_CAP

    lex = get_lexicon()
    low = token.lower()
    return (
        bool(NAME_TOKEN_RE.fullmatch(token))
        and (token not in COMMON_CAP or token in word_names())  # "Will (staff, …)"
        and low not in lex.protected_lower
        and low not in lex.en_roles
        and token.rstrip(".") not in lex.en_honorifics
        and low not in _NOT_PERSON_WORDS
        and (low not in lex.en_generic_org_words or token in word_names())
    )


#: Capitalised field words that may stand before a pronoun or descriptor bracket.
_NOT_PERSON_WORDS = frozenset({
    "pronouns", "pronoun", "uses", "prefers", "identifies", "name", "names", "student", "youth",
    "group", "staff", "present", "absent", "attendees", "twins", "siblings", "kids", "children",
})


#: round 19 — a staff member named with a bracketed post: "Gracious (key worker, Sorrel House)",
#: "Wanpen (EN) handing over", "Mercy (peer mentor)". Nurse and care grades are capital
#: abbreviations (RN, EN, AIN, HCA …) and count only in capitals: "(en)" is no grade.
_STAFF_ROLES = (
    r"key[^\S\n]?workers?|support[^\S\n]workers?|care[^\S\n]workers?|peer[^\S\n](?:mentor|worker|supporter)s?|"
    r"case[^\S\n]?(?:manager|worker)s?|youth[^\S\n]worker|outreach[^\S\n]worker|family[^\S\n]worker|"
    r"night[^\S\n](?:staff|nurse|shift)|agency[^\S\n](?:staff|nurse)|"
    r"(?-i:RN|EN|EEN|AIN|PCA|PCW|CNA|LPN|LVN|HCA|RGN|RMN|CSW|SSW|CPN|RSW|LCSW|MSW|NUM|CNS)(?![A-Za-z])"
)


#: A form's label closed by its colon after the bracket: "Contact (daughter): 06 …".
_BRACKET_NEXT = re.compile(r"[^\S\n]*\(")
_LABEL_CLOSE = re.compile(r"[a-zà-ÿ]+(?:[^\S\n][a-zà-ÿ]+)?\)[^\S\n]*:")


def _form_label(text: str, m: re.Match) -> bool:
    """(session 33) An everyday word that is no given name, then a relation in a bracket closed
    by a colon, labels a form's field (Contact (daughter): …, Emergency (aunt): …) — the name, when
    there is one, comes after the colon. A pronoun bracket (Reign (he/him, …):) is no label."""
    from assistant.redact.given_names import is_english_word

    word = m.group("n")
    # (session 34) only a bracket right after the word: a naming phrase ("known as Legend") has
    # none of its own, and a relation bracket on a later line labels another field
    bracket = _BRACKET_NEXT.match(text, m.end("n"))
    return (
        bracket is not None and _LABEL_CLOSE.match(text, bracket.end()) is not None
        and is_english_word(word.lower()) and word not in given_names() and word not in word_names()
    )


@lru_cache(maxsize=1)
def _strong_frames() -> tuple[re.Pattern[str], ...]:
    """Round-7 frames in which a capitalised word is a person whatever the word is:
    - a pronoun bracket, alone or with more after it: "Sunny (they/them, legal name …)";
    - a naming phrase: "legal name Prakarn", "birth name …", "deadname …", "known as …";
    - a descriptor bracket: "(twins, Yr 4)", "(staff, Harbourside Youth Trust)", "(mum)".
    (A quoted name after a kin or role word, stepdad 'Boyet', is ``_QUOTED`` + ``_role_before``.)"""
    lex = get_lexicon()
    roles = alternation(sorted(lex.en_roles - _WEAK_ROLES, key=len, reverse=True))
    tok = r"(?P<n>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
    return (
        re.compile(
            rf"(?<![A-Za-z\-'’]){tok}[^\S\n]*\((?:she|he|they|ze|xe|she/they|he/they)/[a-z]{{2,6}}[,;)]"
        ),
        re.compile(
            r"(?i:(?<![A-Za-z])(?:legal|birth|given|real|chosen|preferred|dead|former|old)[^\S\n]?name"
            # (session 33: or known to whom first — "known to everyone on the island as Minty")
            r"|deadname|known(?:[^\S\n]+[a-z]+){0,5}?[^\S\n]+as)"
            rf"[^\S\n]*[:=]?[^\S\n]*['\"‘“]?{tok}(?![A-Za-z])"
        ),
        re.compile(
            rf"(?<![A-Za-z\-'’]){tok}[^\S\n]*\((?i:twins?|triplets|staff|volunteer|worker|{_STAFF_ROLES}|{roles})"
            r"(?:[,;:][^()\n]{0,50})?\)"
        ),
    )


#: A quoted capitalised word; a kin or role word must come right before it (checked in code:
#: one regex per quote is far cheaper than trying every role word at every position).
_QUOTED = re.compile(r"(?<=[\s:,(])['\"‘“](?P<n>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)['\"’”]")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w/\-]*)[^\S\n]*[:,]?[^\S\n]*$")


def _role_before(text: str, pos: int) -> bool:
    """The word before ``pos`` is a kin or role word: stepdad 'Boyet', ex-partner "Dazza"."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return bool(m) and m.group(1).lower() in get_lexicon().en_roles - _WEAK_ROLES


#: A given name with a surname initial: "Penny R.", "Patience K. will ring" — the given name
#: identifies; a lone initial pair ("J.M.", "Ms. B.") never matches (the token needs letters).
_SURNAME_INITIAL = re.compile(
    r"(?<![A-Za-z.\-'’])(?P<n>[A-Z][a-z]{2,})[^\S\n]+[A-Z]\.(?![A-Za-z]|[^\S\n]?[A-Z]\.)"
)


def _sentence_start(text: str, pos: int) -> bool:
    return bool(re.search(r"(?:^|[.!?;:\n]\s*)$", text[max(0, pos - 3):pos])) or pos == 0


def _surname(token: str) -> bool:
    """A capitalised name token that is not an English word, role or protected term."""
    from assistant.redact.given_names import english_words

    return is_name_token(token) and all(p.lower() not in english_words() for p in re.split(r"[\-'’]", token))


#: A nickname cue: the next capitalised word is what the person is called.
_NICKNAME = re.compile(
    r"(?i:(?<![A-Za-z])(?:goes[^\S\n]+by|nicknamed|a\.k\.a\.?|prefers[^\S\n]+to[^\S\n]+be[^\S\n]+called|"
    # session 7: "a man calling himself "Big"", "friends named as "Jo"", "who calls herself Dee"
    r"call(?:ing|s|ed)[^\S\n]+(?:him|her|them)sel(?:f|ves)|named[^\S\n]+as|\(?nick(?:name)?:?(?=[^\S\n])|"
    # session 8: "signs emails 'Pimmy'", "signs off as Dee"
    r"signs?[^\S\n]+(?:(?:her|his|their)[^\S\n]+)?(?:e-?mails|texts|messages|letters|off)(?:[^\S\n]+as)?|"
    # session 13: "aka Pete" without dots, "(also) known as", "(prefers "Mook")"
    r"aka(?=[^\S\n])|(?:also[^\S\n]+)?known[^\S\n]+as|\(prefers))"
    # session 13: a hyphenated nickname (Jun-Jun) or one in capitals (JJ) is one too
    r"[^\S\n]+['\"‘“]?(?P<n>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]{2,3}(?![A-Za-z]))(?![A-Za-z\-])"
)
#: Cues that introduce nothing but what a person is called ("known as" may name a place); also
#: read by resolve, which spreads a name so introduced to its other mentions.
NICKNAME_ONLY_CUE = r"(?<![A-Za-z])\(?nick(?:name)?d?:?|(?<![A-Za-z])goes[^\S\n\t]+by|(?<![A-Za-z])aka|a\.k\.a\.?"
_NICKNAME_ONLY = re.compile(rf"(?i:{NICKNAME_ONLY_CUE})")
_NOT_A_NICKNAME = frozenset({"The", "A", "An", "His", "Her", "Their", "Mr", "Mrs", "Ms", "Dr", "Bus", "Car", "Train", "Taxi"})
#: session 13 — a quoted nickname of one to three words after a naming cue ("Big Dutch").
_QUOTED_NICKNAME = re.compile(
    r"(?i:(?<![A-Za-z])(?:goes[^\S\n]+by|nicknamed|a\.?k\.?a\.?|(?:also[^\S\n]+)?known[^\S\n]+as|prefers|"
    r"call(?:ing|s|ed)(?:[^\S\n]+(?:him|her|them)sel(?:f|ves))?|named))[^\S\n]+[\"“‘']"
    r"(?P<n>[A-Z][\w'’\-]*(?:[^\S\n][A-Za-z][\w'’\-]*){0,2})[\"”’']"
)
#: session 13 — in a note dictated in lower case the nickname is lower case too ("aka pete",
#: "calls himself rocco"); the word after the cue is the name unless it is a function word or
#: a way of travelling ("goes by bus").
_LOWER_NICKNAME = re.compile(
    r"(?<![a-z])(?:goes[^\S\n]+by|nicknamed|a\.?k\.?a\.?|call(?:ing|s)[^\S\n]+(?:him|her|them)sel(?:f|ves))"
    r"[^\S\n]+(?P<n>[a-z][a-z'\-]{2,})(?![a-z])"
)
_NOT_LOWER_NICKNAME = frozenset({
    "the", "his", "her", "their", "its", "a", "an", "that", "this", "name", "names", "bus", "car", "train",
    "taxi", "foot", "bike", "boat", "grab", "motorbike", "van", "tuk", "plane", "phone", "text", "post",
    "mail", "email", "fast", "quickly", "slowly", "and", "but", "or", "with", "without", "another", "one",
})


gate_patterns(globals())
_cues = gate_all(_cues)  # type: ignore[assignment]
_more_cues = gate_all(_more_cues)
_strong_frames = gate_all(_strong_frames)  # same matches, fewer positions tried (see regex_gate)
