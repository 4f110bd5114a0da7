"""Names written in lower case in terse jottings: "f/u w/ mum (kemi)", "uncle femi", "tunde's
yot worker is dave".

Why: workers typing fast drop capitals, and every other English name rule needs one. Lower-case
words are mostly ordinary words, so a lower-case name needs a strong frame:
- a role or kin word, then the word in brackets: "mum (kemi)" — when it is no English word;
- a role or kin word, then the word (optionally "is"): "uncle femi", "worker is dave" — when it
  is a known given name that is no English word (``given_names``);
- the word in the possessive before a role: "tunde's yot worker" — when it is no English word;
- a role, the word and an age ("cl journey (14)"), or a kin word, a word-name and the end of the
  clause ("foster mum hazel.") — even though the word is also an ordinary word.
- (round 14, dictated notes with no capitals at all) a role, kin word or title ("doctor", "dr")
  then a word no dictionary or drug list knows: "wife adwoa", "doctor chinenye okeke-agulu"; a
  second unknown word after it is the family name. After a loose role ("client", "pt", "with")
  both words must be unknown: "client fiifi agyeman-duah".
Once found, the same lower-case word elsewhere in the text is that person too ("says tunde back").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import english_word_forms, english_words, given_names, word_names
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import LATIN_LOWER
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.regex_gate import alternation, gate_all, gate_patterns
from assistant.redact.types import ADDRESS, LOCATION, ORGANIZATION, PERSON
from assistant.text.find import name_occurrences

LOWER_NAME_SCORE = 0.6
_WORD = r"[a-z][a-z'’\-]{1,14}[a-z]"
#: Roles that do not introduce a person's name ("with", "re", "met" …): too loose for lower case.
_LOOSE = frozenset({"with", "w/", "met", "meet", "re", "called", "named", "aka", "cl", "pt", "client",
                    "patient", "resident", "kids", "members", "participants", "peers", "attendees"})
#: Jotting abbreviations that no dictionary lists (they are not names either).
_ABBREVIATIONS = frozenset({
    "appt", "abt", "wks", "hrs", "yrs", "mths", "meds", "tmrw", "tmw", "govt", "mgmt", "approx", "etoh",
    "thc", "info", "convo", "dept", "asap", "pls", "thx", "aka", "etc", "esp", "incl", "nxt", "prev",
    "mins", "secs", "yo", "dob", "nok", "sw", "dx", "hx", "tx", "rx", "sx", "fx", "cps", "aps",
    "uni", "addr", "occ", "emp", "sch", "tel", "mob", "hosp", "gp", "ref", "obs", "sig", "nb", "fyi",
    # spoken and texting words a dictated or hurried note keeps (not in a dictionary either)
    "gonna", "wanna", "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "cuz", "coz", "cos", "tho",
    "lol", "omg", "tbh", "idk", "btw", "imo", "physio", "psych", "rehab", "bday", "hiv", "covid",
    "okay", "ok", "yeah", "yep", "nope", "hmm", "umm", "uhm", "aww", "sesh", "telehealth",
    # session 7: jotting shorthand and everyday words newer than the word list
    "neg", "pos", "cttee", "nite", "tonite", "juvie", "hotline", "helpline", "crypto", "vape", "vaping",
    "vapes", "bio", "ppl", "smth", "sth", "txt", "txts", "msg", "msgs", "pic", "pics", "vid", "vids", "app",
    "apps", "wifi", "online", "selfie", "selfies", "lockdown", "vax", "vaxxed", "meds'", "uni's", "bf's",
    "gf's", "wk", "mth", "yr", "hr", "min", "sec", "approx.", "poss", "prob", "probs", "def", "diff",
    "convos", "fam", "bro", "sis", "bestie", "sim", "sims", "situationship", "ghosted", "ghosting", "doomscrolling",
    # session 38: contractions typed or dictated with no apostrophe
    "doesnt", "didnt", "dont", "isnt", "wasnt", "werent", "arent", "hasnt", "havent", "hadnt", "couldnt",
    "wouldnt", "shouldnt", "mustnt", "neednt", "aint", "shes", "hes", "theyre", "youre", "thats", "theres",
    "whats", "ive", "im", "youve", "weve", "theyve", "itll", "youll", "theyll", "shell", "id", "ids",
})


def _ordinary(word: str) -> bool:
    """An English word in any common inflection, an abbreviation, a role or a protected term."""
    lex = get_lexicon()
    vocab = english_words()
    w = word.lower().replace("’", "'")
    stems = {w, re.sub(r"'s$", "", w), w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
             w[:-2] if w.endswith("ed") else w, w[:-3] if w.endswith("ing") else w}
    for end in ("ies", "ied"):  # cries → cry, worried → worry
        if w.endswith(end) and len(w) > 4:
            stems.add(w[: -len(end)] + "y")
    # a doubled final consonant before -ed/-ing: admitted → admit, stopping → stop
    for end in ("ed", "ing"):
        stem = w[: -len(end)]
        if w.endswith(end) and len(stem) > 3 and stem[-1] == stem[-2]:
            stems.add(stem[:-1])
    if "-" in w.strip("-") and all(_ordinary(part) for part in w.split("-") if part):
        return True  # a compound of words: couch-surfing, drop-in, work-up
    forms = english_word_forms()
    return (
        any(s in vocab or s in forms for s in stems)
        or w in _ABBREVIATIONS
        # a role or protected term in the plural too (carers allowance, young carers assessment)
        or any(s in lex.protected_lower or s in lex.en_roles for s in stems)
        or not re.search(r"[aeiouy]", w)
    )


#: session 20 — word-names that are what a family is paid or owes (foster child grant; old age
#: grant, the electricity bill): after a kin or role word at a clause end they are the thing.
_THINGS_PAID = frozenset({
    "grant", "grants", "bill", "bills", "award", "will",
    # session 26: what a student or worker holds ("her student visa.", "his worker permit.")
    "visa", "visas", "permit", "card", "loan", "pass", "fees", "union", "council",
})
#: Words that describe rather than name, even with an age after them ("cl female (14)").
_DESCRIPTORS = frozenset({
    "male", "female", "boy", "girl", "man", "woman", "teen", "adult", "kid", "child", "baby", "infant",
    "toddler", "youth", "minor", "student", "pupil", "twins", "sibling", "new", "old", "aged", "age",
})


@lru_cache(maxsize=1)
def _frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two frames strong enough for ordinary words: a role, the word and an age ("cl journey
    (14)"); a kin/role word, a word-name and the clause end ("foster mum hazel.")."""
    lex = get_lexicon()
    roles = alternation(sorted(lex.en_roles - {"with", "w/", "met", "meet", "re"}, key=len, reverse=True))
    aged = re.compile(
        rf"(?<![A-Za-z])(?:{roles})[^\S\n]+(?P<n>[a-z]{{3,14}})(?=[^\S\n]*(?:\((?:age[^\S\n]*)?\d{{1,2}}\)|,[^\S\n]*\d{{1,2}}\b))"
    )
    strict = alternation(sorted(lex.en_roles - _LOOSE, key=len, reverse=True))
    ending = re.compile(rf"(?<![A-Za-z])(?:{strict})[^\S\n]+(?P<n>[a-z]{{3,14}})(?=[^\S\n]*(?:[.,;)]|$))", re.MULTILINE)
    return aged, ending


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = get_lexicon()
    roles = alternation(sorted(lex.en_roles - _LOOSE, key=len, reverse=True))
    bracket = re.compile(rf"(?<![A-Za-z])(?:{roles})[^\S\n]*\([^\S\n]*(?P<n>{_WORD})[^\S\n]*\)")
    plain = re.compile(rf"(?<![A-Za-z])(?:{roles})[^\S\n]+(?:(?:is|was|=)[^\S\n]+)?(?P<n>{_WORD})(?![A-Za-z])")
    possessive = re.compile(
        rf"(?<![A-Za-z\-'’])(?P<n>{_WORD})['’]s[^\S\n]+(?:[a-z]{{2,12}}[^\S\n]+)?(?:{roles})(?![A-Za-z])"
    )
    return bracket, plain, possessive


#: Titles written in lower case by dictation ("doctor okafor", "mrs adeyemi").
_LOWER_TITLES = ("doctor", "dr", "mr", "mrs", "ms", "miss", "prof", "nurse", "sister")


@lru_cache(maxsize=1)
def _unknown_after_role() -> re.Pattern[str]:
    lex = get_lexicon()
    roles = sorted((lex.en_roles | set(_LOWER_TITLES)) - {"w/", "aka", "named", "called", "re"}, key=len, reverse=True)
    # session 7: letters with accents too (jennelyn pacaña, zoë)
    word = rf"[{LATIN_LOWER}][{LATIN_LOWER}'’\-]{{1,18}}[{LATIN_LOWER}]"
    return re.compile(
        rf"(?<![A-Za-z'’\-])(?P<r>{'|'.join(re.escape(r) for r in roles)})[^\S\n]+(?:(?:is|was|=)[^\S\n]+)?"
        rf"(?P<n>{word})(?:[^\S\n]+(?P<s>{word}))?(?![A-Za-z0-9'’\-])"
    )


#: Function words and common irregular verbs the word list leaves out.
_FUNCTION = frozenset({
    "the", "and", "his", "her", "him", "hers", "their", "them", "they", "she", "our", "your", "its", "this",
    "that", "these", "those", "with", "from", "into", "onto", "for", "was", "were", "has", "had", "have",
    "does", "did", "done", "says", "said", "went", "gone", "got", "gets", "came", "comes", "took", "told",
    "saw", "seen", "left", "felt", "kept", "been", "being", "who", "whom", "whose", "which", "what", "when",
    "where", "why", "how", "also", "just", "still", "then", "than", "there", "here", "not", "too", "very",
    "about", "again", "today", "tonight", "yesterday", "tomorrow", "since", "until", "while", "would",
    "could", "should", "might", "must", "will", "shall", "can", "cannot", "won't", "didn't", "doesn't",
    "isn't", "wasn't", "hasn't", "haven't", "aren't", "don't", "can't", "himself", "herself", "themselves",
})


#: A contraction's ending ('re, 've, 'll, 'd, 'm, n't); a name's apostrophe is followed by more (o'neill).
_CONTRACTED = re.compile(r"(?:['’](?:re|ve|ll|d|m)|n['’]t)$")


def _unknown(word: str) -> bool:
    """A lower-case word no dictionary, drug list, role or abbreviation list knows, in any of its
    regular inflections (declined → decline, arguing → argue)."""
    lex = get_lexicon()
    if not word.islower() or len(word.strip("'’-")) < 3 or word in _FUNCTION or word in lex.en_roles:
        return False
    if _CONTRACTED.search(word):
        return False  # session 21 — they're, we'll, i'd, can't: a contraction, never a name
    stems = [word]
    if word.endswith(("ed", "es")):
        stems.append(word[:-1])
    if word.endswith("ing"):
        stems.append(word[:-3] + "e")
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return not any(_ordinary(s) for s in stems)


def _names_after_roles(text: str) -> set[str]:
    found: set[str] = set()
    pattern, pos = _unknown_after_role(), 0
    while (m := pattern.search(text, pos)) is not None:
        pos = m.start("n")  # "with doctor chinenye": the name word may itself open the next frame
        role, first, second = m.group("r"), m.group("n"), m.group("s")
        if not _unknown(first):
            # round 16 — "counsellor graham osei", "lawyer is peter nakamura": a given name that is
            # also a word, then a surname no dictionary knows, after a strong (not loose) role word
            if (role not in _LOOSE and second is not None and len(second) >= 4 and _unknown(second)
                    and first.isalpha() and first not in _FUNCTION and len(first) >= 3
                    and not first.endswith(("ed", "ing", "es", "ly"))):  # a verb: "prescribed zopiclone"
                found.add(f"{first} {second}")
            continue
        two = second is not None and _unknown(second)
        if not two and (role in _LOOSE or len(first) < 4):
            continue
        found.add(first)
        if two:
            found.add(f"{first} {second}")
    return found


#: round 17 — a friend named by a word in dictated lower case, placed by where they meet: "his
#: friend wisdom from class", "her best friend blessing from church". Names such as Wisdom,
#: Blessing, Mercy or Gift are ordinary words, so only this whole frame (owner + friend word +
#: word + from/at + a place of meeting) makes one a name; "friend request from work" is a thing.
_FRIEND_FROM = re.compile(
    r"(?<![A-Za-z])(?:his|her|their|my|your|a|one)[^\S\n]+(?:best[^\S\n]+|close[^\S\n]+|good[^\S\n]+)?"
    r"(?:friend|mate|buddy|bestie|classmate|teammate|schoolmate|girlfriend|boyfriend)[^\S\n]+(?P<n>[a-z]{3,14})[^\S\n]+"
    r"(?:from|at|in)[^\S\n]+(?:the[^\S\n]+)?(?:class|school|church|mosque|temple|work|practice|camp|"
    r"youth[^\S\n]+group|group|team|daycare|preschool|college|next[^\S\n]+door|down[^\S\n]+the[^\S\n]+street|"
    r"the[^\S\n]+block|the[^\S\n]+shelter|the[^\S\n]+estate|the[^\S\n]+complex)(?![A-Za-z])"
)
#: Words that make a compound with "friend" ("friend request from work") or are no name.
_FRIEND_COMPOUNDS = frozenset({
    "request", "requests", "group", "groups", "circle", "circles", "list", "lists", "zone", "ship", "network",
    "base", "count", "chat", "code", "date", "dates", "visit", "visits", "drama", "issues", "problems",
    "stuff", "time", "who", "that", "and", "she", "he", "they", "was", "is", "came", "comes", "also",
})


#: round 18 — a dictated name followed by the person's age and what they do or are: "check in
#: kaylee moosomin 15 came with her kokum", "client achol age 19 comes from malakal". A score
#: ("bdi 20 today", "pcl 48 sleeping") has no such verb after it; the words before the age must be
#: no dictionary word (the last one or two of them are the name).
_NAME_THEN_AGE = re.compile(
    r"(?<![A-Za-z'’\-])(?P<a>[a-z][a-z'’\-]{2,18})(?:[^\S\n]+(?P<b>[a-z][a-z'’\-]{2,18}))?[^\S\n]+(?:aged?[^\S\n]+)?"
    r"\d{1,2}(?:[^\S\n]*(?:yo|y/o|yrs?|years?(?:[^\S\n]+old)?))?"
    r"(?=[^\S\n]+(?:came|comes|come|is|was|lives|living|says|said|reports|arrived|attended|presented|"
    r"from|with|walked|brought|accompanied|referred|seen|met)(?![A-Za-z]))"
)


def _noun_only(word: str) -> bool:
    """A dictionary word that is no verb, adjective, adverb, role or function word (a surname
    WordNet happens to list, such as a writer's name)."""
    from assistant.redact.recognizers.location_en import _non_nouns

    return (word.isalpha() and word not in _FUNCTION and word not in _DESCRIPTORS
            and word not in get_lexicon().en_roles and word not in _non_nouns())


def _name_then_age(text: str) -> set[str]:
    found: set[str] = set()
    for m in _NAME_THEN_AGE.finditer(text):
        words = [w for w in (m.group("a"), m.group("b")) if w]
        run: list[str] = []
        for w in reversed(words):
            if not _unknown(w) and not (w.capitalize() in given_names() and not _ordinary(w)):
                break
            run.insert(0, w)
        a, b = m.group("a"), m.group("b")
        if not run and b and _unknown(a) and _noun_only(b):
            run = [a, b]  # a surname the dictionary lists as a noun: "deshawna kipling 16 came"
        if run:
            found.add(" ".join(run))
            found.add(run[0])  # the given name alone later ("kaylee says …")
    return found


#: round 19 — Burmese and Karen names dictated in lower case ("left msg … mu htoo absences 11",
#: "her brother saw htoo moo not eating"): such names are runs of short syllables from a small
#: inventory (and the Karen titles saw/naw/mahn), and at least one syllable is spelled in a way
#: no English word is (ht-, hs-, hn-, ky-, ny-, aung, kyaw …), so "saw my mum" or "say moo" stay.
_MM_SYLLABLES = (
    "aung", "aye", "baw", "blu", "bway", "chit", "cho", "dah", "doh", "eh", "ei", "gay", "gaw", "hay",
    "hla", "hlaing", "hnin", "hsa", "hsar", "hser", "htay", "htee", "htet", "htoo", "htun", "htwe",
    "kaw", "kay", "khaing", "khin", "khu", "klee", "kler", "ko", "ku", "kyaw", "kyi", "kyu", "lah", "law",
    "lay", "ler", "lwin", "mahn", "maung", "meh", "min", "moe", "mon", "moo", "mu", "mya", "myat", "myint",
    "myo", "naing", "naw", "nay", "nee", "nu", "nwe", "nyein", "nyi", "nyunt", "ohn", "oo", "paw", "phyo",
    "phyu", "poe", "pyae", "ree", "san", "sandar", "saw", "say", "sein", "shwe", "soe", "su", "taw",
    "thant", "thaw", "thein", "thet", "thida", "thiri", "thu", "tin", "toe", "tun", "wah", "wai", "wee",
    "win", "ye", "yee", "yin", "zar", "zaw", "zin",
)
_MM_STRONG = re.compile(r"(?:ht|hs|hn|hl|ky|ny|phy|py|shw)[a-z]*|aung|kyaw|naing|thein|soe|zaw|myint|myat|maung|lwin|khaing|thant|thet|thiri|nyunt|mahn")
_MM_RUN = re.compile(
    rf"(?<![A-Za-z'’\-])(?:{alternation(_MM_SYLLABLES)})(?:[^\S\n]+(?:{alternation(_MM_SYLLABLES)})){{1,3}}(?![A-Za-z'’\-])"
)


def _myanmar_runs(text: str) -> set[str]:
    """Lower-case runs of two to four Burmese/Karen syllables with at least one unmistakable one."""
    return {m.group(0) for m in _MM_RUN.finditer(text) if any(_MM_STRONG.fullmatch(w) for w in m.group(0).split())}


class LowercaseNameRecognizer(RegexRecognizer):
    """Lower-case personal names in a strong person frame, and their other mentions (PERSON)."""

    def __init__(self) -> None:
        super().__init__("LowercaseNameRecognizer", ())
        # round 21: a note dictated all in lower case also yields its bodies, places and addresses
        self.supported_entities = [PERSON, ORGANIZATION, LOCATION, ADDRESS]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not re.search(r"(?<![A-Za-z])[a-z]{3,}", text):
            return []
        bracket, plain, possessive = _patterns()
        names = given_names()
        found: set[str] = set()
        for m in bracket.finditer(text):
            if not _ordinary(m.group("n")):
                found.add(m.group("n"))
        for m in possessive.finditer(text):
            if not _ordinary(m.group("n")):
                found.add(m.group("n"))
        for m in plain.finditer(text):
            word = m.group("n")
            if word.islower() and word.capitalize() in names and not _ordinary(word):
                found.add(word)
        aged, ending = _frames()
        lex = get_lexicon()
        for m in aged.finditer(text):
            word = m.group("n")
            if word not in _DESCRIPTORS and word not in lex.en_roles and word not in lex.protected_lower:
                found.add(word)
        for m in ending.finditer(text):
            word = m.group("n")
            if (
                word.capitalize() in word_names() and word not in lex.en_roles and word not in _THINGS_PAID
                and word.capitalize() not in lex.latin_thai_nicknames  # (baby milk.: a Thai nickname only capitalised)
            ):
                found.add(word)
        found |= _names_after_roles(text)
        found |= _name_then_age(text)
        found |= _myanmar_runs(text)
        for m in _FRIEND_FROM.finditer(text):
            word = m.group("n")
            if word not in _FRIEND_COMPOUNDS and word not in _FUNCTION and word not in lex.en_roles:
                found.add(word)
        out: list[RecognizerResult] = []
        for word in found:
            for start, end in name_occurrences(text, word):
                out.append(self.result(PERSON, start, end, LOWER_NAME_SCORE))
        from assistant.redact.recognizers.person_en_dictated import (
            dictated_spans,
            standalone_unknown_words,
        )

        for kind, start, end in (*dictated_spans(text), *standalone_unknown_words(text)):
            out.append(self.result(kind, start, end, LOWER_NAME_SCORE))
        from assistant.redact.learned_ner import english_blocks

        # (session 31) a mixed note's English paragraph dictated in lower case is read as such
        for s, e in english_blocks(text):
            block = text[s:e]
            for kind, start, end in (*dictated_spans(block), *standalone_unknown_words(block)):
                out.append(self.result(kind, s + start, s + end, LOWER_NAME_SCORE))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
_frames = gate_all(_frames)
_patterns = gate_all(_patterns)
_unknown_after_role = gate_all(_unknown_after_role)
