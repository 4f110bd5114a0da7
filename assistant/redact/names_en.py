"""What an English personal-name token looks like, shared by the name rules and propagation."""

from __future__ import annotations

import re
import unicodedata

from assistant.redact.lexicon import get_lexicon

_LOW = "a-zß-öø-ÿ\u0100-\u017fа-яёєіїґ"  # Latin-1 and Latin Extended-A lowercase (Petrović, Wróbel); Cyrillic
_UP = "A-ZÀ-ÖØ-ÞĄĆČĎĐĘĚŁŃŇŐŒŘŚŠŤŮŰŹŻŽĀĒĪŌŪ"  # macrons: Māori and Pacific names (Ōtara, Ēmere)
#: round 18 — Cyrillic capitals too: a Russian or Ukrainian name in its own script (Ксения, Олена)
_UP += "А-ЯЁЄІЇҐ"
#: session 7 — Vietnamese: the letters with two diacritics (ả, ầ, ễ, ị …, U+1EA0–U+1EF9) and ơ/ư
#: (Nguyễn Thị Hương, Bảo Trần). The block alternates capital and small letter; both stand in
#: both classes, since a name token's case is decided by its first letter.
_VI = "\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0"
_UP += _VI
_LOW += _VI
#: session 30 (set 98) — Maltese capitals (Ħamrun, Ġużeppi, Ċensu) and the Romanian letters with a
#: comma below (Bălți, Ștefan, Mureș), which lie outside Latin Extended-A.
_UP += "ĊĠĦȘȚ"
_LOW += "șț"
#: The capital and small letters a name token may start and go on with (for place and name cues).
NAME_UPPER, NAME_LOWER = _UP, _LOW


def fold_accents(name: str) -> str:
    """The name without combining marks (Medellín → Medellin, Ciarán → Ciaran): name and place
    lists hold most names in plain letters, and an accent does not make a name another word."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
#: Lower-case Latin letters with accents (Latin-1 and Extended-A, no ß): a lower-case name found by
#: a rule keeps them (jennelyn pacaña, zoë). One class for the lower-case rules and the resolver.
LATIN_LOWER = "a-zà-öø-ÿ\u0100-\u017f"
#: A capitalised name token: Jane, McKay, O'Brien-Watts, D'Andre, Kessler-Oduya, Piñon, Łukasz.
#: Never an initial ("B."): a lowercase letter must follow the capital.
#: Korean given names are romanised as two syllables joined by a hyphen, the second in lower
#: case (Ji-woo, Seo-yeon, Min-jun); ``is_name_token`` accepts them only when both halves are
#: Korean-shaped syllables, so "Walk-in", "Follow-up" and "Self-harm" never count.
#: round 18 — up to five letters before the hyphen: Thai and Lao given names are written the same
#: way (Ngoen-kham, Bua-phan, Duang-chan).
_HYPHEN_LOWER = rf"[{_UP}][a-z]{{1,5}}-[a-z]{{2,5}}(?![A-Za-z\-])"
NAME_TOKEN = (
    rf"(?:{_HYPHEN_LOWER}|(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:[\-'’][{_UP}][{_LOW}]+)?)"
)
_KO_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndrmbsjthp])?[yw]?(?:ae|eo|eu|oe|ui|oo|ee|a|e|i|o|u)(?:ng|[nklmph])?"
)


#: Cantonese and other Chinese given names are romanised the same way in Hong Kong, Macau and
#: Singapore (Yuk-lan, Mei-kuen, Siu-fong, Wai-man, Ka-yan): an initial from the Cantonese/Wade-Giles
#: set (no bare c or r: "Co-op", "Re-do"), one to three vowels, then an optional nasal or stop.
_ZH_SYLLABLE = re.compile(
    r"(?:ng|gw|kw|ch|sh|ts|hs|zh|[bpmfdtnlgkhwzsjyqx])?[aeiouy]{1,3}(?:ng|[nmptk])?"
)
#: round 18 — a romanised Thai or Lao syllable (RTGS spelling): ngoen, kham, phan, duang, chai.
_TH_SYLLABLE = re.compile(
    r"(?:ng|kh|th|ph|ch|[bdfhjklmnprstwy])?[lrw]?(?:uea|oe|ue|ua|ia|ai|ao|oi|ui|ae|aa|ee|oo|a|e|i|o|u)(?:ng|[nmktpiwy])?"
)
#: English short words that close a hyphenated compound (Set-up, Top-up, Log-in, Sit-in).
_COMPOUND_TAILS = frozenset({"up", "in", "on", "off", "out", "by", "to", "go", "day", "way", "ups", "ins", "ons"})


def _korean_given(token: str) -> bool:
    """Both halves of "Ji-woo" are romanised Korean syllables, or of "Mei-kuen" Chinese ones."""
    first, _, second = token.lower().partition("-")
    if second in _COMPOUND_TAILS:
        return False
    if _KO_SYLLABLE.fullmatch(first) and _KO_SYLLABLE.fullmatch(second) and len(first) <= 4:
        return True
    if len(first) >= 3 and len(second) >= 3 and _TH_SYLLABLE.fullmatch(first) and _TH_SYLLABLE.fullmatch(second):
        from assistant.redact.recognizers.person_en_lower import _ordinary

        if not _ordinary(first) and not _ordinary(second):  # "Drop-in", "Pre-teen" are English compounds
            return True
    return bool(_ZH_SYLLABLE.fullmatch(first)) and bool(_ZH_SYLLABLE.fullmatch(second))
#: Letters of a name-ish word, for loose scans (propagation, extension).
NAME_CHARS = r"A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f'’\-"
NAME_TOKEN_RE = re.compile(NAME_TOKEN)
#: Lower-case particles inside a full name: Maria de los Angeles Ruiz, Ludwig van Beek.
NAME_PARTICLES = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|los|las|y|bin|binti|ibn|al|el)"
_SEQ_RE = re.compile(
    rf"{NAME_TOKEN}(?:[^\S\n](?:{NAME_PARTICLES}[^\S\n])*{NAME_TOKEN}){{0,4}}(?![A-Za-z])"
)

#: Capitalised words that start sentences or label fields, never names on their own.
COMMON_CAP = frozenset(
    ["The", "A", "An", "And", "But", "Or", "So", "Then", "When", "While", "If", "He", "She", "They", "We", "You", "I", "It", "His", "Her", "Their", "Our", "My", "This", "That", "These", "Those", "There", "Here", "Today", "Tomorrow", "Yesterday", "Tonight", "Last", "Next", "Per", "Re", "No", "Yes", "Not", "Also", "Both", "Each", "All", "Some", "Any", "None", "Said", "Says", "Says", "Asked", "Reports", "Reported", "Denies", "Denied", "Client", "Patient", "Worker", "Staff", "Team", "Plan", "Goal", "Goals", "Notes", "Note", "Session", "Visit", "Call", "Home", "School", "Work", "Mother", "Father", "Sister", "Brother", "Son", "Daughter", "Wife", "Husband", "Grandma", "Grandpa", "Mom", "Dad", "Baby", "Kids", "Discussed", "Explained", "Agreed", "Gave", "Told", "Met", "Saw", "Called", "Referred", "Will", "Would", "Could", "Should", "Can", "Did", "Does", "Do", "Done", "Has", "Have", "Had", "Was", "Were", "Is", "Are", "Be", "Been", "Being", "After", "Before", "During", "Since", "Until", "Because", "About", "With", "Without", "From", "For", "Into", "Onto", "Over", "Under", "Again", "Still", "Just", "Only", "Even", "Very", "Ok", "Okay", "Good", "Bad", "New", "Old", "Safety", "Risk", "Mood", "Sleep", "Appetite", "Affect", "Presented", "Follow", "Review", "Assessment", "Subjective", "Objective", "Response", "Intervention", "Behavior", "Data", "Address", "Phone", "Email", "Tel", "Cell", "Mobile", "Fax", "Dx", "Hx", "Rx", "Tx", "Obs", "Pt", "Cl", "Issue", "Employer", "Family", "Caregiver", "Next", "Done", "Insurance", "Court", "Judge", "Doctor", "Hospital", "Clinic", "Agency", "Police", "Pharmacy", "Landlord", "Teacher", "Nurse", "Parent", "Parents", "Group", "Member", "Members", "Everyone", "Nobody", "Someone", "Anyone", "Both", "Neither", "Writer", "Counselor", "Counsellor", "Therapist", "Caseworker", "Intake", "Referral", "Discharge", "Admission", "Outreach",
     # jotting verbs that open a line ("Seen at home", "Lives with", "Staying w/ aunt")
     "Signposted", "Signpost", "Contacted", "Linked",
     "Seen", "Lives", "Living", "Staying", "Stays", "Talked", "Went", "Uses", "Prefers", "Drinks", "Attends", "Visits", "Texts", "Started", "Screened", "Mandated", "Enrolled", "Updated", "Admitted", "Reviewed", "Transported", "Presents", "Returned", "Moved", "Works", "Worked", "Working", "Spoke", "Phoned", "Rang", "Emailed", "Arrived", "Came", "Attended", "Sees", "Saw",
     # round 16: a handover list's bed label ("Bed 4 —") and a state department's first word
     # ("Territory Families notified") open a line or a clause, never a name
     "Bed", "Beds", "Territory", "Commonwealth"]
)


#: Pronouns and the article that open English sentences: never a name's first word or a place
#: after an address. Each reader adds what its own context needs (boundaries: kin words and the
#: verbs of a where-someone-lives clause; address tails: note headings; body names: No, Will, Can).
SUBJECT_OPENERS = frozenset({"She", "He", "They", "We", "I", "The"})


#: Weekdays, months and holy days written in full: a calendar word, never a body's or a place's
#: name word ("at Sunday school", "Case note - Monday").
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
MONTHS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
})
CALENDAR_WORDS = WEEKDAYS | MONTHS | {"Christmas", "Easter", "Ramadan", "Eid", "Songkran", "Lent", "Sabbath"}
#: The same weekdays and months as notes shorten them (Fri, Sept).
CALENDAR_ABBREVIATIONS = frozenset({
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
})
#: Months that are also first names: a name only where context says so (wife June, May says).
MONTH_NAMES = frozenset({"April", "May", "June", "August"})
#: Calendar abbreviations that are also given names or name syllables (Jun Wei, Sun Li, Mar Lyn):
#: a name only inside a cued name followed by another name token.
CALENDAR_GIVEN = frozenset({"Jun", "Jan", "Mar", "Sun", "Wed"})
#: Weekday abbreviations that are also Burmese name syllables (Aung Kyaw Thu, Hnin Wai Mon, Zaw
#: Min Sat): part of a name when they end a run of two or more name tokens and no time follows.
WEEKDAY_SYLLABLES = frozenset({"Mon", "Thu", "Sat", "Sun", "Tue"})


#: Endings of -ly adverbs that open a jotted sentence ("Previously worked for …"); names in -ly
#: (Emily, Kimberly, Beverly, Stanley, Bradley) end otherwise.
_ADVERB_ENDINGS = ("ally", "ously", "ently", "antly", "ately", "edly", "ively", "fully", "ably",
                   "ibly", "ingly", "ctly", "stly", "utely", "ually")


#: Endings of clinical and professional job titles; no given name or surname is built so.
_SPECIALIST_ENDINGS = (
    "ologist", "iatrist", "iatrician", "physician", "clinician", "technician", "optician", "dietician",
    "electrician", "therapist", "ographer", "opath", "ometrist",
    # round 19 — the subjects and departments they work in: "Ajarn Kornkanok (Pharmacology)"
    "ology", "ologies", "iatry", "iatrics", "ography", "otherapy", "ometry",
)


#: round 17 — one closed compound of an English word and a channel word names a service, not a
#: place or person: Freephone, Helpline, Childline, Webchat, Textline ("bed offered via Freephone").
_CHANNEL_END = re.compile(r"([A-Za-z]{3,})(?:phone|line|call|chat|text|mail)s?")


def is_channel_word(value: str) -> bool:
    """"Freephone", "Childline": an ordinary word glued to phone/line/chat/… is a service, unless
    the whole word is a given name (Madeline)."""
    m = _CHANNEL_END.fullmatch(value.strip())
    if m is None:
        return False
    from assistant.redact.given_names import given_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    return _ordinary(m.group(1)) and value.strip() not in given_names()


def is_name_token(token: str, *, allow_month: bool = False) -> bool:
    """A capitalised token that is not a protected term, role, honorific or common word."""
    lex = get_lexicon()
    low = token.lower()
    if re.fullmatch(_HYPHEN_LOWER, token) and not _korean_given(token):
        return False
    if token.startswith("My") and token[2:3].isupper():
        return False  # an app or ID-card brand (MyKad, MyChart, MyGov): no name is built "My" + Name
    if len(low) > 7 and low.endswith(_SPECIALIST_ENDINGS):
        return False  # a specialist's job title (Neurologist, Paediatrician, Physiotherapist)
    if len(low) > 6 and low.endswith(("phone", "line", "chat")) and is_channel_word(token):
        return False  # a service named by its channel (Freephone, Childline, Webchat)
    if len(low) > 6 and low.endswith(("care", *_ADVERB_ENDINGS)):
        # a care service compound (Eldercare, Homecare) or a sentence-opening adverb
        # (Previously, Reportedly, Initially); no given name or surname is built that way
        return False
    return (
        bool(NAME_TOKEN_RE.fullmatch(token))
        and (allow_month or token not in MONTH_NAMES)
        and token not in COMMON_CAP
        and low not in lex.protected_lower
        and low not in lex.en_roles
        and low not in lex.en_generic_org_words
        and token.rstrip(".") not in lex.en_honorifics
    )


_FOLLOWED_BY_NUMBER = re.compile(r"[^\S\n]*\d")


def followed_by_number(text: str, pos: int) -> bool:
    """A number follows ``pos`` on the same line: "May 5", "Thu 9am" date something."""
    return bool(_FOLLOWED_BY_NUMBER.match(text, pos))


def weekday_syllable_ends_name(text: str, run_start: int, start: int, end: int) -> bool:
    """``text[start:end]`` is a weekday-spelled syllable ending a run of two or more name words
    that begins at ``run_start`` ("Aung Kyaw Thu"), not a day with a time after it ("… Thu 9am")."""
    return (
        text[start:end] in WEEKDAY_SYLLABLES
        and len(text[run_start:start].split()) >= 2
        and not followed_by_number(text, end)
    )


#: round 19 — surnames spelled like a capitalised pronoun (the Hmong clan name Her): right after a
#: given name inside a sentence, a capitalised "Her" cannot be the pronoun (which would be lower
#: case there), so it ends the name when punctuation, a line end or a number follows it.
PRONOUN_SURNAMES = frozenset({"Her"})
_AFTER_PRONOUN_SURNAME = re.compile(r"[^\S\n]*(?:[,;.)(:/\n]|$|\d|-[^\S\n])")


def pronoun_surname_ends_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is "Her" after a name, closing the phrase: "Youa Her, …", "Kia Her (interp)"."""
    return text[start:end] in PRONOUN_SURNAMES and bool(_AFTER_PRONOUN_SURNAME.match(text, end))


def name_seq_at(text: str, pos: int, *, allow_month: bool = False) -> tuple[int, int] | None:
    """The span of 1–4 name tokens starting exactly at ``pos`` (stops at the first non-name).

    With ``allow_month`` a month name counts when no number follows it ("wife June", not "June 5").
    """
    m = _SEQ_RE.match(text, pos)
    if not m:
        return None
    end = pos
    toks = list(NAME_TOKEN_RE.finditer(m.group(0)))
    for i, tm in enumerate(toks):
        tok = tm.group(0)
        if allow_month and tok in CALENDAR_GIVEN and i + 1 < len(toks) and is_name_token(toks[i + 1].group(0)):
            continue  # "Kids Jun Wei (P4)": a calendar word opening a two-part given name
        if weekday_syllable_ends_name(text, pos, pos + tm.start(), pos + tm.end()):
            end = pos + tm.end()  # "Aung Kyaw Thu", "Hnin Wai Mon": a Burmese name's last syllable
            continue
        if i > 0 and end == pos + toks[i - 1].end() and pronoun_surname_ends_name(text, pos + tm.start(), pos + tm.end()):
            end = pos + tm.end()  # "interpreter Youa Her, (651) …": the Hmong surname Her
            break
        if not is_name_token(tok, allow_month=allow_month):
            break
        if tok in MONTH_NAMES and followed_by_number(text, pos + tm.end()):
            break
        end = pos + tm.end()
    return (pos, end) if end > pos else None


#: session 31 — a family name that is also a protected term or an everyday word, after a title and
#: a listed given name (Ms Anne Parkinson, Ms Hyacinth Young): one capitalised word that nothing
#: after it makes a thing (no 's, number or further capitalised word: Parkinson's, Young Carers).
_CALENDAR_NAME = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Today|Tonight|Tomorrow|Yesterday"
)
#: Words of bodies' names that are also common family names (Ms Anne Young, Mr Tom Church).
_FAMILY_NAMES_OF_BODY_WORDS = frozenset({"Young", "Church", "Day", "Law", "Bank", "Court", "Nurse", "Early", "Money"})
_FAMILY_WORD_AFTER = re.compile(r"[^\S\n](?P<s>[A-Z][a-z]{2,})(?![\w'’\-])(?![^\S\n]*(?:[A-Z0-9(]|&))")


def titled_family_name_end(text: str, start: int, end: int) -> int:
    """The end of the titled given name at ``start:end``, taking the family name after it that the
    name rules refuse as a word (Parkinson, Young): a title names a person, so the next word is
    the family name's slot."""
    from assistant.redact.given_names import all_given_names

    m = _FAMILY_WORD_AFTER.match(text, end)
    if m is None or text[start:end] not in all_given_names():
        return end
    lex = get_lexicon()
    low = m.group("s").lower()
    generic = low in lex.en_generic_org_words and m.group("s") not in _FAMILY_NAMES_OF_BODY_WORDS
    if low in lex.en_roles or generic or m.group("s") in lex.en_honorifics or (
        _CALENDAR_NAME.fullmatch(m.group("s"))
    ):
        return end
    return m.end("s")
