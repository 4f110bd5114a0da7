"""Notes dictated entirely in lower case: names, bodies, places and street addresses.

Why: speech-to-text and hurried typing give whole notes with no capitals, so every rule that
waits for a capital letter is silent (round 21: most English misses of opened set 16). The note's
case style is decided ONCE (``dictated_lower``); only in such a note do these frames run, and each
needs a word no dictionary, drug or role list knows (``_unknown``), so ordinary words survive:
- a role, kin word or title, or a reporting verb, then a name run: unknown words joined by
  particles (mac, ní, ó, bin, binte, van, de …) and hyphens — "client ruairi mac an tsaoi
  came", "she says tavita faleolo-sapolu hasnt"; after a reporting verb two words are needed;
- a possessive written without its apostrophe: "his cousin brandos place", "tavitas mum";
- a body by its kind word: "mcgarrys chemists", "rathmoyle family practice", "ebenezer
  congregational otara" (an unknown word leads; a place word may follow the kind);
- a place after in/from/near: an unknown word and a compass word ("in otara south");
- a street address: number, an unknown street word, a street kind, compass, town, district number
  ("14 glenview park west cork 4");
- (session 7) any other unknown word, in a note written in English: a name standing alone
  ("tavake quiet but engaged"). On four blind sets this caught 5 more English identifiers for 1
  keep string lost; jargon no list knows (vaping, crypto) is the price, and the writer releases it.
"""

from __future__ import annotations

import re

from assistant.redact.given_names import english_words
from assistant.redact.names_en import LATIN_LOWER
from assistant.redact.recognizers.person_en import SPEECH_VERB
from assistant.redact.recognizers.person_en_lower import _FUNCTION, _unknown
from assistant.redact.spoken_numbers import HOUSE_STREET_KINDS, after_address_cue
from assistant.redact.types import ADDRESS, LOCATION, ORGANIZATION, PERSON
from assistant.text.find import LATIN_HYPHEN_APOSTROPHE, occurrences
from assistant.text.language import letter_counts

#: Contractions dictated without their apostrophe: they are no names.
_CONTRACTIONS = frozenset({
    "hes", "shes", "hasnt", "havent", "hadnt", "didnt", "doesnt", "dont", "wont", "cant", "isnt", "wasnt",
    "werent", "arent", "couldnt", "wouldnt", "shouldnt", "im", "ive", "youre", "theyre", "theyve", "thats",
    "whats", "theres", "lets", "ill", "shell", "hell", "itll", "theyll", "youll", "id", "youd", "theyd",
    "wed", "aint", "gonna", "wanna", "gotta", "tues", "thurs", "weds",
})
#: Particles inside family names in many cultures (Irish, Scottish, Malay, Dutch, Iberian, Arabic).
_PARTICLES = frozenset({
    "mac", "mc", "nic", "ní", "ni", "ó", "o", "ua", "bin", "binti", "binte", "bt", "bte", "van", "von", "der",
    "den", "de", "da", "dos", "das", "del", "della", "di", "du", "le", "la", "al", "el", "ibn", "abu", "ap",
    "ter", "ten",
})
#: Titles and callings dictated in lower case before a name (not in the role lexicon).
_TITLES = (
    "rev", "revd", "reverend", "fr", "father", "pastor", "minister", "imam", "sheikh", "rabbi", "sr", "sister",
    "br", "brother", "deacon", "elder", "bishop", "dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "nurse",
    "coach", "aunty", "auntie", "uncle", "nana", "koro", "kuia", "whaea", "matua", "tala", "faifeau",
)
_REPORTING = ("says", "said", "told", "reports", "reported", "states", "stated", "asked", "thinks", "feels")
_WORD = r"[a-zà-öø-ÿāēīōūáéíóú][a-zà-öø-ÿāēīōūáéíóú'’\-]*"

#: (session 19) a lower-case run inside a capitalised word ("S|unday") is no word of its own: in a
#: speech-to-text note capitals remain
_TOKEN = re.compile(r"(?<![A-Za-z])" + _WORD + r"|\d+(?:st|nd|rd|th)(?![a-z])|\d+[a-z]?|[^\sA-Za-z\d]")
_ORG_KINDS = frozenset({
    "chemist", "chemists", "pharmacy", "pharmacies", "practice", "surgery", "clinic", "church", "congregational",
    "congregation", "parish", "chapel", "mosque", "masjid", "temple", "gurdwara", "marae", "school", "college",
    "academy", "high", "primary", "kindy", "kindergarten", "creche", "daycare", "preschool", "bakery", "cafe",
    "garage", "motors", "supermarket", "dairy", "takeaways", "butchers", "hospital", "hospice",
    # session 23 (set 74): jails, councils, farms and works named by their place ("braemar downs dairies")
    "jail", "prison", "council", "dairies", "farms", "orchard", "orchards", "vineyard", "vineyards", "winery",
})
#: Words that may stand between a body's name and its kind ("rathmoyle family practice").
_ORG_INNER = frozenset({
    "family", "medical", "health", "community", "park", "road", "street", "st", "village", "valley",
    "hill", "heights", "united", "methodist", "catholic", "baptist", "anglican", "presbyterian",
    "adventist", "free", "wesleyan", "uniting", "assembly", "girls", "boys", "grammar", "intermediate",
    "memorial", "general", "district", "central",
    # session 23: the place a council or a jail is named by ("west coast town council", "… county jail")
    "county", "town", "city", "shire", "borough", "coast", "downs", "west", "east", "north", "south",
})
_COMPASS = frozenset({"east", "west", "north", "south", "central", "upper", "lower", "heights"})
#: The spoken rule's street kinds, and those that are also everyday words: after a digit they name
#: a street ("14 kowhai park", "3 ocean view").
_STREET_KINDS = HOUSE_STREET_KINDS | {"park", "sq", "view", "heights", "walk", "green"}
_PLACE_CUES = frozenset({"in", "from", "near", "around"})
#: Words of a flat or unit said after its street.
_UNIT_WORDS = frozenset({"apartment", "apt", "unit", "suite", "flat", "number", "no"})


_PLACEHOLDER = re.compile(r"\[[A-Z_]+_\d+\]")


def dictated_lower(text: str) -> bool:
    """True when the note is written without capitals: among its words of 3+ letters, fewer than
    one in 25 starts with a capital that is followed by a lower-case letter (acronyms such as
    AUDIT or PPS do not count), and there are at least 8 such words."""
    # a placeholder ([PERSON_1]) stands for a name and counts as one capitalised word, so that
    # redacting a note never turns it into dictation for the leak guard's re-scan
    text = _PLACEHOLDER.sub("Name", text)
    words = re.findall(r"[A-Za-z][a-z]{2,}|[A-Z]{3,}", text)
    if len(words) < 8:
        return False
    titled = sum(1 for w in words if w[0].isupper() and w[1:2].islower())
    return titled * 25 < len(words)


def _speech_to_text(text: str) -> bool:
    """An English note, with no Thai in it, whose sentences open in lower case: at least two in
    three, the first included (a typed sentence with few capitals, "He asked for a te reo Māori
    speaker at the hui", is not dictation; a Thai note's lower-case English terms are not either).
    Decided by sentence openings only, and an opening that is no letter counts as a capital, so
    that redacting a note can never turn it into dictation: the leak guard re-scans the redacted
    text and must not find words the first scan did not."""
    thai, latin, _ = letter_counts(text)
    if thai or not latin:
        return False
    opens = re.findall(r"(?:^|[.!?][^\S\n]+|\n)[^\S\n]*(?:[-*•][^\S\n]*)?(\S)", text)
    lower = [c.isascii() and c.islower() for c in opens]
    if len(opens) >= 2:
        return lower[0] and sum(lower) * 3 >= len(opens) * 2
    # one run-on sentence with no full stop ("ok so talked to jerome again outside …"): dictation
    # when no letter in it is a capital and nothing in it was redacted already (¤, [PERSON_1])
    return bool(lower) and lower[0] and not re.search(r"[A-Z¤\[]", text) and len(text.split()) >= 12


def lower_case_note(text: str) -> bool:
    """A note written without capitals (``dictated_lower``) or by speech-to-text, whose sentences
    open in lower case (``_speech_to_text``): in both, names, places and bodies come in lower case
    as often as not, so the lower-case frames run (session 19: a speech-to-text note's "in mumbai",
    "at the university of tasmania", "client pabitra lama" went unseen, its capitals being few)."""
    return dictated_lower(text) or _speech_to_text(text)


def _one_letter_short(word: str) -> bool:
    """A dictionary word with one letter dropped (studnt, kidny, apointment): a typo in a hurried
    note, not a name. Only for words of five letters or more, and only for the frameless rule:
    a name may be a word short of a word (Marie, marine), which a frame can still tell."""
    if len(word) < 5:
        return False
    vocab = english_words()
    letters = "abcdefghijklmnopqrstuvwxyz"
    return any(word[:i] + c + word[i:] in vocab for i in range(len(word) + 1) for c in letters)


#: A whole lower-case word (not the tail of a capitalised one: "Answer" is no "nswer").
_WHOLE_WORD = re.compile(
    rf"(?<![A-Za-zÀ-ÿ\u0100-\u017f0-9'’\-])[{LATIN_LOWER}][{LATIN_LOWER}'’\-]{{1,18}}[{LATIN_LOWER}]"
    r"(?![A-Za-zÀ-ÿ\u0100-\u017f0-9\-])"
)


def standalone_unknown_words(text: str) -> list[tuple[str, int, int]]:
    """(PERSON, start, end) of each word no dictionary, drug or abbreviation list knows, in a
    note dictated to speech-to-text: a name standing alone ("tavake quiet but engaged"), which
    no frame finds. Unknown words next to each other are one name; a possessive ends it."""
    if not _speech_to_text(text):
        return []
    out: list[tuple[str, int, int]] = []
    last_end = -1
    for m in _WHOLE_WORD.finditer(text):
        word = m.group(0)
        if not _name_word(word) or _one_letter_short(word):
            continue
        if out and re.fullmatch(r"[^\S\n]+", text[last_end:m.start()]) and not text[out[-1][1]:last_end].endswith(("'s", "’s")):
            out[-1] = (PERSON, out[-1][1], m.end())  # "ruairi tsaoi": one name
        else:
            out.append((PERSON, m.start(), m.end()))
        last_end = m.end()
    return out


def _name_word(word: str) -> bool:
    # (session 19) a token that opens with a digit (16yo, 5mos) is an age or a count, never a name
    return word[:1].isalpha() and word not in _CONTRACTIONS and word not in _FUNCTION and _unknown(word)


def _street_word(word: str, cued: bool) -> bool:
    """A word of a street's name: a name word, or after an address cue any content word."""
    return _name_word(word) or (cued and (word.isalpha() or _ORDINAL.fullmatch(word) is not None) and word not in _FUNCTION and word not in _STREET_KINDS)


#: A street's ordinal in digits, as a spoken one is rewritten ("south 5th street", "72nd avenue").
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _given_word(word: str) -> bool:
    """A lower-case word that is a listed given name though also an English word (devon, grace)."""
    from assistant.redact.given_names import all_given_names

    return word.isalpha() and word not in _FUNCTION and word.capitalize() in all_given_names()


def _name_run(tokens: list[re.Match[str]], i: int) -> int:
    """Index after a name run starting at token i (i when there is none): unknown words, and a
    particle only when an unknown word follows it."""
    j = i
    while j < len(tokens):
        w = tokens[j].group(0)
        if _name_word(w):
            j += 1
        elif w in _PARTICLES and j > i and j + 1 < len(tokens) and _name_word(tokens[j + 1].group(0)):
            j += 2
        elif (w in _PARTICLES and j > i and j + 2 < len(tokens) and tokens[j + 1].group(0).isalpha()
              and tokens[j + 1].group(0) not in _FUNCTION and _name_word(tokens[j + 2].group(0))):
            j += 3  # a word after the particle that is also a dictionary word: "mac con ruaidh"
        else:
            break
    return j


def _span(tokens: list[re.Match[str]], i: int, j: int) -> tuple[int, int]:
    return tokens[i].start(), tokens[j - 1].end()


def dictated_spans(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every identifier the lower-case frames find; [] for a normal note."""
    if not lower_case_note(text):
        return []
    from assistant.redact.lexicon import get_lexicon

    roles = get_lexicon().en_roles
    toks = list(_TOKEN.finditer(text))
    words = [t.group(0) for t in toks]
    out: list[tuple[str, int, int]] = []
    names: set[str] = set()
    n = len(toks)
    for i, w in enumerate(words):
        nxt = i + 1
        # 1. role / kin / title then a name run; a reporting verb needs two words
        if (w in roles or w in _TITLES or w in _REPORTING) and nxt < n:
            if words[nxt] in ("is", "was", "=") and nxt + 1 < n:
                nxt += 1
            j = _name_run(toks, nxt)
            if j == nxt and nxt + 1 < n and _given_word(words[nxt]) and (k := _name_run(toks, nxt + 1)) > nxt + 1:
                j = k  # (session 19) "patient devon achterberg": a given name that is also a word, then a name
            need = 2 if w in _REPORTING else 1
            if j - nxt >= need and (j - nxt >= 2 or len(words[nxt]) >= 4):
                names.add(text[toks[nxt].start():toks[j - 1].end()])
                names.add(words[nxt])
        # 2. a possessive without apostrophe: "cousin brandos place", "tavitas mum"
        if (w in roles and nxt + 1 < n and words[nxt].endswith("s") and len(words[nxt]) >= 5
                and words[nxt + 1] in ("place", "house", "home", "flat", "room", "car", "bach", "unit")
                and words[nxt] not in _FUNCTION):
            names.add(words[nxt][:-1])
        if (w.endswith("s") and len(w) >= 5 and nxt < n and words[nxt] in roles and words[nxt] not in _LOOSE_ROLES
                and _name_word(w) and _name_word(w[:-1])):
            names.add(w[:-1])
        # 3. a body by its kind word
        if w in _ORG_KINDS and i > 0:
            k = i
            while k > 0 and k > i - 4 and (_name_word(words[k - 1]) or words[k - 1] in _ORG_INNER):
                k -= 1
            while k < i and not _name_word(words[k]):
                k += 1
            if k < i and not (w in ("high", "primary") and i - k < 2):
                end = i + 1
                if end < n and words[end] not in _ORG_KINDS and _name_word(words[end]):
                    end += 1  # the body's place: "… congregational otara"
                out.append((ORGANIZATION, toks[k].start(), toks[end - 1].end()))
        # 4. a place after in/from/near with a compass word
        if w in _PLACE_CUES and nxt + 1 < n and _name_word(words[nxt]) and words[nxt + 1] in _COMPASS:
            out.append((LOCATION, toks[nxt].start(), toks[nxt + 1].end()))
        # 5. a street address
        # (session 21) after "at"/"address"/"to"/"from" the street's words may be dictionary words or
        # an ordinal ("at 23 kauri crescent", "at 12b topsia second lane")
        cued = after_address_cue(words, i)
        if re.fullmatch(r"\d{1,5}[a-z]?", w) and nxt + 1 < n and _street_word(words[nxt], cued):
            k = nxt + 1
            while k < n and k < nxt + 3 and words[k] not in _STREET_KINDS and _street_word(words[k], cued):
                k += 1
            if k < n and words[k] in _STREET_KINDS:
                end = k + 1
                if end < n and words[end] in _COMPASS:
                    end += 1
                flat = end + 1 < n and words[end] in _UNIT_WORDS and re.fullmatch(r"\d{1,4}[a-z]?", words[end + 1])
                if flat:
                    end += 2  # (session 23) the flat after the street: "… hillcroft avenue apartment 210"
                if not flat and end + 1 < n and words[end].isalpha() and words[end] not in _FUNCTION and (
                        words[end + 1].isdigit() and len(words[end + 1]) <= 2):
                    end += 2  # a town with its postal district: "… dublin 10"
                elif end < n and _name_word(words[end]):
                    end += 1
                out.append((ADDRESS, toks[i].start(), toks[end - 1].end()))
    for name in names:
        if name in _FUNCTION or name in _CONTRACTIONS:
            continue
        for start, end in occurrences(text, name, not_after=LATIN_HYPHEN_APOSTROPHE):
            tail = _POSSESSIVE_TAIL.match(text, end)
            if tail:
                out.append((PERSON, start, tail.end()))
    return out


#: After a name: nothing, or a possessive with or without its apostrophe ("tavitas", "tavita's"),
#: then no letter, digit or hyphen.
_POSSESSIVE_TAIL = re.compile(r"(?:['’]?s)?(?![\w\-])")
_LOOSE_ROLES = frozenset({"with", "w/", "met", "meet", "re", "called", "named", "aka", "kids", "members"})


#: session 21 — words that end a noun phrase after a name in dictated speech: pronouns, auxiliaries,
#: joining words, kin words and ages said next ("with pornthip hughes she goes by tip", "the
#: patient is lissy xavier forty four", "dad lim kok hua is malaysian").
_PHRASE_ENDERS = frozenset({
    "she", "he", "they", "his", "her", "their", "it", "we", "i", "you", "she's", "he's", "they're", "it's",
    "is", "was", "has", "had", "will", "would", "can", "could", "and", "but", "or", "so", "who", "which",
    "that", "because", "mum", "dad", "mom", "born", "aged", "age", "died", "passed", "said", "says", "told",
    "came", "went", "lives", "works", "um", "uh", "sorry",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
})
#: Words that follow a name in speech but are no family name (called maria back, met tom there).
_NOT_FAMILY = frozenset({
    "back", "home", "later", "earlier", "first", "last", "twice", "once", "alone", "together", "instead",
    "anyway", "already", "recently", "now", "yet", "well", "over", "out", "off", "sorry", "okay", "though",
    "briefly", "properly", "directly", "again", "too", "both", "all", "each", "mostly", "either", "neither",
    "said", "says", "told", "asked", "agreed", "reported", "called", "rang", "texted", "visited", "attended",
})
_WORD_AFTER = re.compile(r"[^\S\n]([a-z][a-z'’\-]{2,})(?![A-Za-z])")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([a-z]{3,})[^\S\n]\Z")
_NEXT_WORD = re.compile(r"[^\S\n]([a-z][a-z'’]*)(?![A-Za-z])")


#: A dictated title or sign-off right before a first name (mister, doctor, yours sincerely).
_TITLED_OR_SIGNED = re.compile(
    r"(?<![a-z])(?:mister|missus|mr|mrs|ms|miss|doctor|dr|yours[^\S\n]+sincerely|yours[^\S\n]+faithfully|"
    r"kind[^\S\n]+regards|warm[^\S\n]+regards)[.,]?[^\S\n]+$"
)


def family_name_spans(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The whole name, where a lower-case dictated note gives a found first name with its family
    name: a word after it that ends the phrase ("pornthip hughes she …"; a dictionary may hold a
    family name as a word, so only the phrase's end tells), and a listed given name before it
    ("visited mohammed rafiq")."""
    if not lower_case_note(text):
        return []
    from assistant.redact.given_names import all_given_names, is_english_or_inflected
    from assistant.redact.lexicon import get_lexicon

    lex = get_lexicon()
    roles, protected = lex.en_roles, lex.protected_lower
    out: list[tuple[int, int]] = []
    for start, end in names:
        value = text[start:end]
        if not value.islower() or len(value.split()) > 2 or not value.replace(" ", "").isalpha():
            continue
        if any(w in protected for w in value.split()):
            continue  # a nationality or a term read as a name ("thai| lakorn") grows no family name
        new_start, new_end = start, end
        nxt = _WORD_AFTER.match(text, end)
        if nxt:
            word = nxt.group(1)
            after = _NEXT_WORD.match(text, nxt.end())
            ends_phrase = (
                (after is not None and after.group(1) in _PHRASE_ENDERS)
                or re.match(r"[,.;:!?]|[^\S\n]*(?:\n|$)", text[nxt.end():nxt.end() + 2]) is not None
                # (session 23) after a title or a letter's sign-off the next word is the family name
                # whatever follows: "mister cornelius murphy known as …", "yours sincerely ngaire o'hara"
                or _TITLED_OR_SIGNED.search(text, max(0, start - 24), start) is not None
            )
            if (ends_phrase and word not in _FUNCTION and word not in _PHRASE_ENDERS and word not in _NOT_FAMILY
                    and word not in roles and word not in protected and word not in _CONTRACTIONS
                    and not SPEECH_VERB.fullmatch(word)  # session 24 — "joy| denies it": her verb
                    and not (word.endswith("ed") and is_english_or_inflected(word))):  # (s27) "hope| returned said"
                new_end = nxt.end()
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if before and before.group(1) not in _FUNCTION and before.group(1) not in roles and (
            before.group(1).capitalize() in all_given_names()
        ):
            new_start = before.start(1)
        if (new_start, new_end) != (start, end):
            out.append((new_start, new_end))
    return out


#: session 21 — nouns that close a body's name after it in dictated speech ("st basil's parish|
#: hall", "donegal migrant support| hub", "chesapeake immigrant| legal aid").
_BODY_TAILS = frozenset({
    "hall", "centre", "center", "hub", "office", "unit", "aid", "legal", "support", "services", "service",
    "trust", "society", "association", "network", "project", "programme", "program", "group", "alliance",
    "council", "foundation", "mission", "outreach", "house", "clinic", "school", "college", "church",
})


def body_tail_spans(text: str, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A lower-case dictated note's body, found short of the nouns that close its name: the
    span grows over up to three such nouns right after it."""
    if not lower_case_note(text):
        return []
    out: list[tuple[int, int]] = []
    for start, end in bodies:
        if not text[start:end].islower():
            continue
        new_end, pos = end, end
        for _ in range(3):
            nxt = _WORD_AFTER.match(text, pos)
            if not nxt or nxt.group(1) not in _BODY_TAILS:
                break
            new_end = pos = nxt.end()
        if new_end > end:
            out.append((start, new_end))
    return out
