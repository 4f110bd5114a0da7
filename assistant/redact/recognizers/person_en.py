"""English names anchored on context: honorifics (Ms. Farrell), roles and kin words
(mom Pranee Thongchai, kids Sadaf 14, Omid 11), an age in brackets (Eli (12)), a speaker label
(Dawn: "…"), and Thai role words before a Latin-script name (ภรรยา Srey Pov).

Names are case-sensitive ("cl frank about THC" and "little joy" stay); initials ("Ms. B.",
"C.H.") never match because a name token needs a lowercase letter.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import (
    COMMON_CAP,
    NAME_PARTICLES,
    NAME_TOKEN,
    is_name_token,
    name_seq_at,
    titled_family_name_end,
)
from assistant.redact.recognizers.address_en import _STREET
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.organization import _SUFFIX
from assistant.redact.regex_gate import alternation, gate_patterns
from assistant.redact.types import PERSON
from assistant.text.find import name_occurrences

_LIST_SEP = re.compile(
    r"[^\S\n]*(?:\((?:age\s*)?\d{1,3}\)|\d{1,3}(?:[^\S\n]*(?:y|yo|y/o|yrs?|years?)\b)?)?"
    r"[^\S\n]*(?:,|\+|&|\band\b)[^\S\n]*"
)
_SPEAKER = re.compile(rf"(?m)(?:^|(?<=[.;!?][^\S\n]))(?P<n>{NAME_TOKEN})(?=:[^\S\n]*[\"“])")
_AGE_AFTER = re.compile(  # "Eli (12)", and with a note before the age: "Ahanu (Navajo, 17)"
    rf"(?<![A-Za-z])(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,2}})"
    rf"(?=[^\S\n]*\((?:[A-Za-z][\w\-/]*,?[^\S\n]+){{0,3}}(?:age[^\S\n]*)?\d{{1,2}}\))"
)
_SPEECH = (
    r"says|said|reports|reported|states|stated|denies|denied|discussed|shared|disclosed|admitted|"
    r"agreed|declined|cried|presented|arrived|attended|explained|expressed|endorsed|appeared|"
    r"feels|felt|reports|complains|complained|asked|texted|called|missed|refused|wants|wanted|"
    # actions only a person does (round 6): "Kwabena yelled", "Efosa drove her in"
    r"yelled|yells|shouted|punched|threatened|rang|phoned|emailed|visited|drove|drives|hopes|hoped|"
    r"thinks|thought|knows|knew|misses|blocked|helped|helps|slept|sleeps|drank|drinks|cries|sobbed|"
    r"laughed|smiled|hugged|joined|quit|moved|works|worked|lives|lived"
)
#: The same verbs as a pattern for one word (read by the dictated family-name rule and the learned
#: taggers' span guard: "joy| denies").
SPEECH_VERB = re.compile(rf"(?:{_SPEECH})")
#: A name as a line or sentence label: "Abena: tired, not sleeping." (field labels are words).
_LABEL_SPEAKER = re.compile(rf"(?m)(?:^|(?<=[.;!?][^\S\n]))[^\S\n]*(?P<n>{NAME_TOKEN})(?=:[^\S\n])")
#: session 24 — a chat pasted with its message times: "[21:02] Arm: …", "21:05 Beam หัวหน้าห้อง: …".
_TIMED_SPEAKER = re.compile(
    rf"(?m)^[^\S\n]*\[?(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?,?[^\S\n]+)?\d{{1,2}}[:.]\d{{2}}(?:[^\S\n]?[AaPp]\.?[Mm]\.?)?\]?"
    rf"[^\S\n]*[-–]?[^\S\n]*(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN})?)(?=(?:[^\S\n]+[\u0E00-\u0E7F.]{{2,20}})?:[^\S\n])"
)
#: A state written right after a bare name ("Kwabena tearful.", "Ifeoma quiet, engaged").
_STATE_AFTER = re.compile(
    rf"(?<![A-Za-z\-'’])(?P<n>{NAME_TOKEN})[^\S\n]+(?:quiet|tearful|withdrawn|absent|late|engaged|"
    r"disengaged|upset|calm|agitated|anxious|silent|sleepy|distracted|irritable|cooperative|guarded|"
    r"bright|animated|chatty|talkative|restless|teary|angry|defensive|subdued|settled|unsettled|"
    r"dysregulated|pleasant|sullen)(?=[^\S\n]*(?:[.,;:!]|$|\n|and\b|but\b|today\b|throughout\b|again\b|at\b|in\b|during\b|when\b|with\b|all\b|this\b))"
)
#: A name as the subject of a reporting verb: "Gwendolyn Price discussed", "Rosa says".
_SUBJECT = re.compile(
    rf"(?<![A-Za-z\-'’])(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,2}})(?:['’]s)?(?=[^\S\n]+(?:{_SPEECH})\b)"
)
#: A nickname in quotes inside a full name: Reginald 'Reggie' Boone.
_QUOTED_NICK = re.compile(
    rf"(?<![A-Za-z])(?P<n>{NAME_TOKEN}[^\S\n]+['\"‘“]{NAME_TOKEN}['\"’”][^\S\n]+{NAME_TOKEN})"
)
#: A name followed by an age: "Amara Nwosu, 13," / "Sok Dara 32 y".
_NAME_AGE = re.compile(
    rf"(?<![A-Za-z])(?P<n>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})(?=,?[^\S\n]*\d{{1,2}}(?:[^\S\n]*(?:y|yo|y/o|yrs?)\b|,))"
)
_JOINED = re.compile(
    rf"(?<![A-Za-z])(?P<a>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})[^\S\n]*[+&][^\S\n]*(?P<b>{NAME_TOKEN})"
)

#: "Agnieszka & Bartosz Zielinski", "Tamsin and Kojo Asante": a first name joined to a full name.
_JOINED_REV = re.compile(
    rf"(?<![A-Za-z])(?P<a>{NAME_TOKEN})(?:[^\S\n]*[+&][^\S\n]*|[^\S\n]+and[^\S\n]+)(?P<b>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})(?![A-Za-z])"
)
#: A list of three or more capitalised single words: "present Keanu, Destin, Marcelo, Ayo".
_ITEM = rf"{NAME_TOKEN}(?![^\S\n]*\d)"
_LIST = re.compile(
    rf"(?<![A-Za-z\-'’])(?P<l>{_ITEM}(?:,[^\S\n]*{_ITEM}){{1,}},?[^\S\n]*(?:and[^\S\n]+|&[^\S\n]*)?{_ITEM})(?![A-Za-z])"
)
#: Two capitalised words inside a sentence (after a lowercase word or a comma), nothing
#: capitalised after: "plan for DeShawn Pettaway, released". Jottings rarely capitalise
#: anything else that way (organisations and places carry their own words and rules).
_MID_BIGRAM = re.compile(
    rf"(?<=[a-z0-9,][^\S\n])(?P<n>{NAME_TOKEN}[^\S\n]{NAME_TOKEN})(?![A-Za-z])(?![^\S\n]+[A-Z])"
)

#: A full name right before a birth date or age: "Destiny Okonkwo, born 2 June 2008", "… DOB 3/9".
_BIRTH_AFTER = re.compile(
    rf"(?<![A-Za-z])(?P<n>{NAME_TOKEN}(?:[^\S\n](?:{NAME_PARTICLES}[^\S\n])*{NAME_TOKEN}){{1,4}})"
    r"(?=,?[^\S\n]*(?:\(?(?:born|DOB|D\.O\.B\.?|d\.o\.b\.?|b\.[^\S\n]*\d|aged?[^\S\n]+\d)))"
)
#: A form label before a name: "New referral: Destiny Okonkwo", "Name: Anh Thu Tran".
_LABEL_NAME = re.compile(
    rf"(?i:(?<![A-Za-z])(?:(?:new[^\S\n]+)?referral|name|full[^\S\n]+name|client[^\S\n]+name|subject|"
    rf"re|child|young[^\S\n]+person|yp))[^\S\n]*:[^\S\n]*(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{1,3}})(?![A-Za-z])"
)
#: One capitalised word alone in brackets that is not an English word: "Advocate at Eastside
#: Tenant Union (Efua)", "Kwabena (Kobby)". Languages and nationalities in brackets are words.
_BRACKET_NAME = re.compile(rf"(?<=\()(?P<n>{NAME_TOKEN})(?=\))")
#: A name right after a verb whose object or reported subject is a person: "Nkechi said Ife has
#: been calling", "told Roz", "texted Kemi". Only words that are no English word count
#: (``_not_a_description``), so "said Monday", "told Police" stay.
_OBJECT = re.compile(
    rf"(?<![A-Za-z])(?:said|says|told|tells|asked|asks|texted|texts|messaged|rang|phoned|emailed|"
    rf"blocked|punched|slapped|visited|visits|hugged|dumped|married|divorced|dating|dates)[^\S\n]+(?P<n>{NAME_TOKEN})(?![A-Za-z])"
)
#: A nickname in quotes opening a bracket: Rosario Dela Cruz ("Charing"), … ("Lindy", mother).
_QUOTED_BRACKET = re.compile(rf"(?<=[A-Za-z])[^\S\n]*\([^\S\n]*[\"“'‘](?P<n>{NAME_TOKEN})[\"”'’][^\S\n]*[),;]")
#: A short middle word between two names, even one that is also a weekday: Anh Thu Nguyen-Tran.
_SHORT_MIDDLE = re.compile(  # a lookahead, so "Client Kim Thu" does not hide "Kim Thu Pham-Le"
    rf"(?<![A-Za-z\-'’])(?=(?P<all>(?P<a>{NAME_TOKEN})[^\S\n][A-Z][a-z]{{1,3}}[^\S\n](?P<b>{NAME_TOKEN})(?![A-Za-z])(?![^\S\n]*\d)))"
)


_PARTICLE_RE = re.compile(NAME_PARTICLES)
_PARTICLES_LEAD = re.compile(
    rf"(?:(?:[A-Z]\.[^\S\n]?){{1,2}}[^\S\n]*)?(?:{NAME_PARTICLES}[^\S\n]+)*(?=[A-Z][a-z])"
)
#: "Name: OKAFOR, Chidi": a form writes the surname in capitals, then the given name.
_CAPS_SURNAME_FIRST = re.compile(
    r"(?i:(?<![A-Za-z])(?:name|client|pt|patient|child|referral|re))[^\S\n]*:[^\S\n]*"
    rf"(?P<n>[A-Z]{{2,}}(?:[\-'’][A-Z]{{2,}})?,[^\S\n]*{NAME_TOKEN})"
)
#: "Kofi MENSAH": a known given name, then a surname in capitals (not an acronym we keep).
_CAPS_SURNAME_AFTER = re.compile(rf"(?<![A-Za-z])(?P<g>{NAME_TOKEN})[^\S\n](?P<s>[A-Z]{{3,}}(?:-[A-Z]{{2,}})?)(?![A-Za-z0-9\-])")


#: round 16 — a whole name in capitals after a form or speaker label: "Client: DWI WULANDARI,".
_CAPS_FULL_AFTER_LABEL = re.compile(
    r"(?i:(?<![A-Za-z])(?:name|client|pt|patient|child|referral|spouse|applicant|claimant|mother|father|"
    r"husband|wife|partner|guardian|caller|employer))[^\S\n]*:[^\S\n]*"
    r"(?P<n>[A-Z]{2,}(?:[\-'’][A-Z]{2,})?(?:[^\S\n][A-Z]{2,}(?:[\-'’][A-Z]{2,})?){1,3})(?![A-Za-z0-9])"
)
#: round 16 — a single name after a "name in use" / "preferred name" / "known as" form field.
_USE_NAME_LABEL = re.compile(
    rf"(?i:(?<![A-Za-z])(?:name[^\S\n]+in[^\S\n]+use|preferred[^\S\n]+name|chosen[^\S\n]+name|known[^\S\n]+as|"
    rf"nickname|goes[^\S\n]+by|aka))[^\S\n]*:[^\S\n]*(?P<n>{NAME_TOKEN})(?![A-Za-z])"
)
#: session 16 — what a group calls someone: "who everyone calls lucky", "everybody calls him Golf",
#: "the girls call Nok". One word, in any case (speech-to-text leaves nicknames lower case), unless
#: it is a pronoun, an article or a word of how often (_NOT_CALLED: "they call him every night").
_CALLED_BY_GROUP = re.compile(
    r"(?i:(?<![A-Za-z])(?:everyone|everybody|people|friends|the[^\S\n]+(?:girls|boys|kids|others|family|staff|"
    r"workers|other[^\S\n]+\w+))[^\S\n]+(?:all[^\S\n]+)?(?:calls?|called)[^\S\n]+(?:(?:him|her|them)[^\S\n]+)?)"
    r"(?P<n>[A-Za-z][a-z'’\-]+)(?![A-Za-z])"
)
#: session 16 — a word nickname made a name by what stands beside it: a kin noun before it and
#: an age in brackets after it (son Bank (17)), or a bracket giving the full name and an age
#: (Bank (Thanakorn S., 16, …)).
_KIN_WORD_AGED = re.compile(
    r"(?i:(?<![A-Za-z])(?:son|daughter|brother|sister|cousin|nephew|niece|grandson|granddaughter|grandchild|"
    r"stepson|stepdaughter|child|boyfriend|girlfriend|partner|husband|wife|friend))[^\S\n]+"
    r"(?P<n>[A-Z][a-z]+)[^\S\n]*\((?:aged?[^\S\n]*)?\d{1,2}(?:[^\S\n]*(?:y|yo|yrs?|years?))?[^\S\n]*[,)]"
)
_WORD_THEN_FULL_NAME_AGED = re.compile(
    r"(?<![A-Za-z])(?P<n>[A-Z][a-z]+)[^\S\n]*\([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]*\.?){1,2},[^\S\n]*\d{1,2}(?!\d)"
)
#: What follows "everyone calls" that is no name: a pronoun, an article, a time word, a call's kind.
_NOT_CALLED = frozenset({
    "it", "this", "that", "the", "a", "an", "him", "her", "them", "me", "us", "you", "every", "each", "all", "back",
    "out", "in", "on", "at", "for", "to", "about", "again", "often", "daily", "weekly", "sometimes", "always",
    "never", "home", "mum", "mom", "dad", "and", "but", "when", "because", "crazy", "names", "police", "911",
})
#: round 16 — a surname in capitals right after a found name: "Gulsoom REZAYEE", "Ana Lucia OKORO".
_CAPS_TAIL = re.compile(r"[^\S\n](?P<s>[A-Z]{3,}(?:[\-'’][A-Z]{2,})?)(?![A-Za-z0-9\-])")
#: round 18 — a nickname in quotes between a given name and a surname initial: Thanakrit "Pao" W.
_QUOTED_NICK_INITIAL = re.compile(
    rf"(?<![A-Za-z])(?P<g>{NAME_TOKEN})[^\S\n]+[\"“'‘](?P<n>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)[\"”'’][^\S\n]+[A-Z]\.(?![A-Za-z])"
)
#: round 19 — a Japanese or Korean honorific glued by a hyphen: "Kuroda-san", "Ishikawa-sensei",
#: "Mori-kun", "Kim-ssi". The suffix marks a person whatever the word is; the name alone is the span.
_HONORIFIC_SUFFIX = re.compile(
    rf"(?<![A-Za-z\-'’])(?P<n>{NAME_TOKEN})-(?:san|sama|sensei|senpai|sempai|kun|chan|dono|shi|ssi|nim)(?![A-Za-z])"
)
#: round 19 — a log line opened by a name and a clock time: "Ruoxi 0900 w/ Putri translating",
#: "Kaveh @ 14:30 walk-in". Only a word no dictionary knows may open it ("Lunch 1230", "Meds 0800").
_LINE_OPENER_TIME = re.compile(
    rf"(?m)^[^\S\n]*(?:[-*•][^\S\n]*)?(?P<n>{NAME_TOKEN})[^\S\n]+(?:@[^\S\n]*)?"
    r"(?:(?:[01]\d|2[0-3])[:.]?[0-5]\d(?:[^\S\n]?(?:hrs?|h))?|1?\d(?::[0-5]\d)?[^\S\n]?(?:am|pm))(?![\w:./])"
)
#: Day and month abbreviations that open a log line before a time ("Thurs 0900", "Sept 1400").
_CALENDAR_WORDS = frozenset({
    "Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
})
#: round 19 — a lower-case echo of a found name in a careless note ("Ruoxi 0900 …, ruoxi eng weak").
_LOWER_ECHO_MIN = 4
_IN_CAPS_PHRASE_BEFORE = re.compile(r"[A-Z][a-z]+[^\S\n]$")
_CAPS_AFTER = re.compile(r"[^\S\n][A-Z][a-z]")
#: round 18 — a name in Cyrillic letters (Russian, Ukrainian, Kazakh clients): a product note is
#: written in Thai or English, so capitalised Cyrillic words are a name spelled in its own script
#: (often in brackets after its Latin spelling: Ms. Ksenia Volodina (Ксения Володина)).
_CYRILLIC_NAME = re.compile(r"(?<![\w\-])[А-ЯЁЄІЇҐ][а-яёєіїґ'’]+(?:-[А-ЯЁЄІЇҐ][а-яёєіїґ]+)?(?:[^\S\n][А-ЯЁЄІЇҐ][а-яёєіїґ'’]+(?:-[А-ЯЁЄІЇҐ][а-яёєіїґ]+)?){0,2}(?![\w\-])")
#: round 18 — words of a job title ("w/ Deputy Head", "Head of Year", "Assistant Principal"): after a
#: role cue such a run names a post, not a person.
_JOB_TITLE_WORDS = frozenset({
    "Deputy", "Head", "Assistant", "Acting", "Senior", "Principal", "Headteacher", "Lead", "Leader",
    "Manager", "Director", "Coordinator", "Co-ordinator", "Officer", "Chair", "Vice", "Team", "Year",
    "House", "Form", "Tutor", "Chief", "Executive", "Supervisor", "Dean", "Pastoral", "Safeguarding",
    "Designated", "Duty", "Matron", "Warden", "Registrar", "Consultant", "Charge", "Nurse", "Key",
    "Worker", "Keyworker", "Caseworker", "Practice", "Clinical", "Service", "Deputies", "Heads",
})
_OCCUPATION_WORDS = frozenset({
    # session 10: people named by their work when a note capitalises it ("Cleaner says…", "Spoke to
    # Pharmacist"): a probe of 62 such words in five frames read 63 of 310 as names. Occupations
    # that are also common surnames (Baker, Butler, Cook, Mason, Porter, Carpenter…) are left out.
    "Caretaker", "Cleaner", "Janitor", "Concierge", "Deacon", "Bursar", "Paramedic", "Sergeant",
    "Custody", "Translator", "Interpreter", "Practitioner", "Pharmacist", "Dietitian", "Lifeguard",
    "Bouncer", "Driver", "Courier", "Postman", "Postwoman", "Receptionist", "Dispatcher", "Midwife",
    "Physio", "Physiotherapist", "Psychologist", "Psychiatrist", "Counsellor", "Counselor", "Therapist",
    "Paralegal", "Solicitor", "Barrister", "Chaplain", "Security", "Guard", "Handyman", "Housekeeper",
    "Nanny", "Babysitter", "Childminder", "Carer", "Caregiver", "Landlord", "Landlady", "Gaffer",
    "Foreman", "Technician", "Mechanic", "Electrician", "Plumber", "Doctor", "Dentist", "Optician",
    "Teacher", "Lecturer", "Inspector", "Detective", "Constable", "Clerk", "Cashier", "Waiter", "Waitress",
    "Chef", "Mentor", "Advocate", "Volunteer", "Sponsor", "Guardian", "Warden", "Matron", "Consultant",
    "Registrar", "Nurse",
})
_JOB_TITLE_WORDS = _JOB_TITLE_WORDS | _OCCUPATION_WORDS


def occupation_alone(value: str) -> bool:
    """The whole value is an occupation word or two, none a given name ("Cleaner", "Custody
    Sergeant"): a post written with a capital, naming no one. (Older post words such as Dean or
    Chief are also given names and nicknames, so they are not read this way.)"""
    from assistant.redact.given_names import given_names

    words = value.split()
    return bool(words) and all(w in _OCCUPATION_WORDS and w not in given_names() for w in words)


def job_title_words(value: str) -> bool:
    """Every capitalised word of ``value`` is a job-title word and joining words are "of"/"the"/"&":
    "Deputy Head", "Head of Year", "Assistant Principal" name a post, not a person."""
    words = value.strip(" .,;:").split()
    caps = [w for w in words if w not in ("of", "the", "&", "and")]
    return bool(caps) and all(w in _JOB_TITLE_WORDS for w in caps)


#: round 16 — Cantonese/Hokkien kin words written with "Ah": Ah Ma/Mah (grandmother), Ah Gong/Kong,
#: Ah Yeh (grandfather), Ah Po/Por, Ah Pa/Ba. Like Mom, a kin word, not a name.
AH_KIN = re.compile(r"Ah[^\S\n](?:Ma|Mah|Mak|Maa|Po|Por|Pa|Ba|Gong|Kong|Yeh|Yeah|Ma'|Mm)")


#: A body's head right after a capitalised role word and the words after it (Child Development
#: Unit, Family Support Team): the run names the body.
_BODY_HEAD_AFTER = re.compile(
    r"[^\S\n]+(?:Unit|Service|Services|Team|Centre|Center|Clinic|Department|Dept|Office|Programme|Program|"
    r"Project|Network|Partnership|Board|Panel|Hub|Trust)(?![\w'’\-])(?![^\S\n]+\d)"
)


def _caps_name_ok(value: str) -> bool:
    """Every word has a vowel, none is a protected acronym or honorific, and not every word is an
    English word ("NO SHOW", "SEE NOTES" are not names)."""
    from assistant.redact.given_names import english_words, given_names

    lex = get_lexicon()
    words = re.split(r"[^\S\n]", value)
    if any(not re.search(r"[AEIOUY]", w) or w.lower() in lex.protected_lower or w.lower() in lex.en_roles for w in words):
        return False
    return any(w.lower() not in english_words() or w.capitalize() in given_names() for w in words)


def _caps_tail_ok(surname: str) -> bool:
    from assistant.redact.given_names import english_words

    lex = get_lexicon()
    return (
        bool(re.search(r"[AEIOUY]", surname)) and surname.lower() not in english_words()
        and surname.lower() not in lex.protected_lower and surname.rstrip(".") not in lex.en_honorifics
    )


def _label_is_name(token: str) -> bool:
    """A line label that is a name, not a field abbreviation ("Uni:", "Addr:", "Occ:")."""
    from assistant.redact.given_names import given_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    if not is_name_token(token) or _ordinary(token):
        return False
    return token in given_names() or (len(token) >= 4 and _not_a_description(token))


def _caps_surname(given: str, surname: str) -> bool:
    """A listed given name, and a capitalised word with vowels that is no English word (SOAP)
    and no protected acronym."""
    from assistant.redact.given_names import english_words, given_names

    lex = get_lexicon()
    return (
        given in given_names()
        and surname.lower() not in english_words()  # "Sara SOAP note", "Tom PLAN"
        and bool(re.search(r"[AEIOUY]", surname))
        and surname.lower() not in lex.protected_lower
        and surname.rstrip(".") not in lex.en_honorifics
    )


def _topic_not_person(text: str, start: int, end: int) -> bool:
    """After "re" (regarding), ordinary words or a numbered thing are a topic, not a person:
    "re Mindfulness", "re Ward 4"; a given name is still a person ("re Grace's attendance")."""
    from assistant.redact.given_names import given_names, word_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    if re.match(r"[^\S\n]*\d", text[end:]):
        return True
    words = [re.sub(r"['’]s$", "", w) for w in text[start:end].split()]
    return all(_ordinary(w) and w not in given_names() and w not in word_names() for w in words)


def _not_a_description(value: str) -> bool:
    """"boss is Mexican", "teacher was Catholic": an English word after "is" describes, it does
    not name. A known given name is still a name (Faith, Will are handled by the word-name rule)."""
    from assistant.redact.given_names import given_names
    from assistant.redact.recognizers.proper_noun_en import is_unknown_word

    first = value.split()[0]
    return first in given_names() or len(value.split()) > 1 or is_unknown_word(first)


#: Words that make a capitalised pair a place or an organisation, not a person.
_PLACE_WORD = re.compile(
    rf"(?:{_STREET}|{_SUFFIX}|Park|Lake|River|Hill|Hills|Valley|Heights|Beach|County|City|Falls|"
    r"Disorder|Syndrome|Disease|Therapy|Anxiety|Depression|Scale|Inventory|Test|Program)$"
)


#: round 14 — a ward list names the patient after the bed: "* Bed 3, ward 7C - Erzsebet Szabo,".
_BED_LIST_NAME = re.compile(
    r"(?i:(?<![A-Za-z])(?:bed|rm|room|bay|side[^\S\n]room|cubicle)[^\S\n]*\d{1,3}[A-Za-z]?"
    r"(?:[^\S\n]*,?[^\S\n]*(?:ward|bay|unit)[^\S\n]*[\w\-]{1,5})?)[^\S\n]*(?:[-–—:]|\|)[^\S\n]*"
    rf"(?P<n>{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,2}})(?![A-Za-z])"
)
#: round 14 — a line opened by a word no dictionary knows, then a verb in -ing: "Ngaio arguing
#: with her ex again." Dictionary words ("Plan", "Mood"), drugs and roles never open it.
_LINE_OPENER_ING = re.compile(
    rf"(?m)^[^\S\n]*(?:[-*•][^\S\n]*)?(?P<n>{NAME_TOKEN})[^\S\n]+(?:(?:is|was|still|keeps|kept)[^\S\n]+)?(?P<v>[a-z]{{2,}}ing)(?![A-Za-z])"
)

#: round 15 — a nickname in quotes right after a role or kin word: Sponsor "Big Dutch",
#: brother 'Little Moss'. Nicknames are often ordinary words, so every word must be capitalised.
_QUOTED_AFTER_ROLE = re.compile(r"[\"“'‘](?P<n>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[\"”'’](?![A-Za-z])")


#: Words that make "<capitalised role> <word>" an office, not a person: report to Student Affairs.
_OFFICE_WORDS = frozenset({
    "Affairs", "Services", "Service", "Support", "Advocacy", "Relations", "Welfare", "Wellbeing",
    "Success", "Life", "Records", "Accounts", "Admissions", "Housing", "Liaison", "Union", "Council",
    "Office", "Centre", "Center", "Desk", "Hub", "Experience", "Engagement", "Safeguarding",
    # round 19 — office words written short in jottings: "informed Intl Affairs", "Student Svcs"
    "Intl", "Int'l", "Svcs", "Svc", "Servs", "Dept", "Depts", "Admin", "Govt", "Natl",
    "Assoc", "Univ", "Ctr", "Ctre", "Mgmt", "Programs", "Programmes", "Operations", "Ops", "Compliance",
})


#: Public name for other modules (ner.py): the office words above.
OFFICE_WORDS = _OFFICE_WORDS


def _chat_speakers(text: str) -> set[str]:
    """round 15 — labels that open two or more lines of a copied chat ("Orn: sorry for late msg")
    in a text with at least two different line labels: a chat log's speakers are people, even a
    short name no list knows. Dictionary words ("Plan:"), protected acronyms and words without a
    vowel ("Hx:") are field labels."""
    counts: dict[str, int] = {}
    for m in _LABEL_SPEAKER.finditer(text):
        counts[m.group("n")] = counts.get(m.group("n"), 0) + 1
    lex = get_lexicon()
    found = {
        tok for tok, n in counts.items()
        if len(counts) >= 2 and n >= 2 and len(tok) >= 3 and re.search(r"[aeiouy]", tok.lower()) and is_name_token(tok)
        and not _ordinary_word(tok) and tok.lower() not in lex.protected_lower
    }
    # session 24 — with message times before the labels the paste is surely a chat: a label that
    # speaks twice is a person even when it is a word (Arm, Beam), unless it names a role
    # (Mum:, Teacher:, Me:) or is a protected term
    timed: dict[str, int] = {}
    for m in _TIMED_SPEAKER.finditer(text):
        timed[m.group("n")] = timed.get(m.group("n"), 0) + 1
    chat = len(timed) >= 2 and sum(timed.values()) >= 3
    found |= {
        tok for tok, n in timed.items()
        # in a chat a label that speaks twice may be a word (Arm, Beam); once, or with no chat
        # around it ("09/4 10:12 Min Thu: …"), only words that are names and nothing else count
        if ((chat and n >= 2) or all(is_name_token(w) and not _ordinary_word(w) for w in tok.split()))
        and len(tok) >= 2 and re.search(r"[aeiouy]", tok.lower()) and tok.lower() not in lex.en_roles
        and tok.lower() not in lex.protected_lower and tok.lower() not in _NOT_SPEAKERS
    }
    return found


#: Chat labels that are no one's name: the writer, the service, the system.
_NOT_SPEAKERS = frozenset({"me", "you", "admin", "system", "bot", "unknown", "caller", "client", "worker", "staff", "team"})


def _unknown_word(word: str) -> bool:
    from assistant.redact.recognizers.person_en_lower import _ordinary

    return not _ordinary(word)


def _ordinary_word(word: str) -> bool:
    from assistant.redact.recognizers.person_en_lower import _ordinary

    return _ordinary(word)


def _service_of_words(value: str) -> bool:
    """Two dictionary words, neither a given name: a service named with ordinary words
    ("referral to Orange Door", "Open Arms", "Safe Steps"), not a person."""
    from assistant.redact.given_names import given_names

    people = given_names()
    words = value.split()
    return len(words) >= 2 and all(_ordinary_word(w) and w not in people for w in words)


#: Kin and partner words: after them an ordinary word may still be a nickname (Wife June,
#: Boyfriend Arm), unlike after a role that names a service (Carer Payment, Victim Support).
_KIN_ROLES = frozenset({
    "mother", "father", "mom", "mum", "dad", "mama", "papa", "wife", "husband", "partner", "boyfriend",
    "girlfriend", "bf", "gf", "son", "daughter", "sister", "brother", "sis", "bro", "aunt", "auntie",
    "aunty", "uncle", "cousin", "nephew", "niece", "grandma", "grandpa", "gran", "granny", "nan", "nana",
    "grandmother", "grandfather", "friend", "bestie", "fiance", "fiancé", "fiancee", "fiancée", "ex",
})


#: Nouns that name a scheme or a service after a role word (Carer Payment, Carer Gateway,
#: Volunteer Week, Parent Portal); a nickname after a role is rarely one of them (Carer Mercy).
_SCHEME_NOUNS = frozenset({
    "Payment", "Payments", "Allowance", "Gateway", "Support", "Assessment", "Grant", "Benefit", "Credit",
    "Pension", "Leave", "Week", "Day", "Line", "Hub", "Portal", "Network", "Register", "Card", "Scheme",
    "Plan", "Programme", "Program", "Service", "Services", "Centre", "Center", "Team", "Group", "Forum",
    "Fund", "Package", "Passport", "Helpline", "Connect", "Link", "Pathway", "Pathways", "Partnership",
})


#: session 41 — one word after a role names a programme when it is an abstract noun or a plural
#: (Victim Awareness, Victim Compensation, Baby Blues) or a place kind (Teen Club, Guidance base).
_ABSTRACT_OR_PLURAL = re.compile(r"(?:ness|tion|sion|ment|ity|ance|ence|ship|ics|ism|[^s]s)$")
_VENUE_NOUNS = frozenset({"Club", "Space", "Room", "Class", "Base", "Desk", "Corner", "Circle", "Zone", "Cafe", "Café"})


def _programme_word(role: str, value: str) -> bool:
    """A capitalised role that is no kin word, then a scheme's noun (Carer Payment, Carer
    Gateway, Volunteer Week) or (session 41) a run of ordinary words holding no given name
    (Victim Awareness, Victim Compensation, Child Development Division): the name of a scheme, a
    service or an office, not of a carer. A given name that is also a word (Carer Mercy) stays."""
    from assistant.redact.given_names import given_names, word_names

    if role.strip(" :(").lower() in _KIN_ROLES:
        return False
    words = value.split()
    if value.strip() in _SCHEME_NOUNS:
        return True
    if len(words) == 1 and not _ABSTRACT_OR_PLURAL.search(words[0]) and words[0] not in _VENUE_NOUNS:
        return False  # one plain word after a role is a nickname as often as not (Client Ploy, Boss Chat)
    people, word_people = given_names(), word_names()
    return all(_ordinary_word(w) and w not in people and w not in word_people for w in words)


class EnglishNameRecognizer(RegexRecognizer):
    """Context-anchored English personal names (PERSON)."""

    def __init__(self) -> None:
        super().__init__("EnglishNameRecognizer", ())
        self.supported_entities = [PERSON]
        lex = get_lexicon()
        hon = "|".join(sorted(lex.en_honorifics, key=len, reverse=True))
        roles = alternation(sorted(lex.en_roles, key=len, reverse=True))
        # (?=[A-Za-z]) first: positions in Thai text fail at once, before the long alternations
        # Mdm/Madam (Singapore, Malaysia, Hong Kong) and Mme sit beside the lexicon's honorifics
        # session 7: a full stop may glue the name on (Mr.Obiechina-Platt)
        self._honorific = re.compile(
            rf"(?<![A-Za-z])(?=[A-Z])(?:{hon}|Mdm|Madam|Mme|Mdme)(?:\.?[^\S\n]+|\.(?=[A-Z][a-z]))"
        )
        self._role = re.compile(
            # (session 30: and who is on call or on duty in that role — "Nurse on call: Musu")
            rf"(?i)(?<![A-Za-z])(?=[A-Za-z])(?:{roles})(?:(?<=/)|(?![A-Za-z]))(?:[^\S\n]+on[^\S\n]+(?:call|duty)(?=[^\S\n]*:))?"
            r"[^\S\n]*[:(]?[^\S\n]*(?:of[^\S\n]+|to[^\S\n]+)?"
        )
        #: "sponsor is Roz", "RA was Minh Nguyen", "keyworker = Dale": the name is the complement.
        self._role_is = re.compile(
            rf"(?i)(?<![A-Za-z])(?=[A-Za-z])(?:{roles})(?![A-Za-z])[^\S\n]+(?:is|was|=|-)[^\S\n]+(?=[A-Z])"
        )
        self._people_cue = re.compile(
            rf"(?i)(?<![A-Za-z])(?=[A-Za-z])(?:{roles}|present|attending|attended|absent|including|incl\.?)(?![A-Za-z])[^.;\n]*$"
        )
        th_roles = "|".join(re.escape(r) for r in lex.th_roles_before_latin)
        self._th_role = re.compile(rf"(?:{th_roles})[^\S\n]*(?=[A-Z])")
        gate_patterns(vars(self))  # the cue patterns above get first-character gates too

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in self._honorific.finditer(text):
            lead = _PARTICLES_LEAD.match(text, m.end())  # Ms. van der Berg, Dr. J. Okafor
            span = name_seq_at(text, lead.end() if lead else m.end(), allow_month=True)
            if span:
                out.append(self.result(PERSON, m.start(), titled_family_name_end(text, *span), 0.9))
        for m in self._role.finditer(text):
            span = name_seq_at(text, m.end(), allow_month=True)
            if not span:
                quoted = _QUOTED_AFTER_ROLE.match(text, m.end())
                if quoted:
                    out.append(self.result(PERSON, quoted.start("n"), quoted.end("n"), 0.75))
                continue
            if m.group(0)[:1].isupper() and self._office_word(text[span[0]:span[1]]):
                continue  # "report to Student Affairs": a capitalised role word naming an office
            if m.group(0)[:1].isupper() and _programme_word(m.group(0), text[span[0]:span[1]]):
                continue  # (session 18) "gets Carer Payment", "Carer Gateway": a scheme, not a carer's name
            if self._job_title(text, span[0], span[1]):
                continue  # "w/ Deputy Head", "to Head of Year": a post, not a person
            if m.group(0)[:1].isupper() and _BODY_HEAD_AFTER.match(text, span[1]):
                continue  # (session 31) "the Child Development Unit": a body's name, not a child's
            if m.group(0).strip(" :(").lower() == "re" and _topic_not_person(text, span[0], span[1]):
                continue  # "re Mindfulness", "re Ward 4": what the note is about
            while span:
                out.append(self.result(PERSON, span[0], span[1], 0.8))
                sep = _LIST_SEP.match(text, span[1])
                span = name_seq_at(text, sep.end(), allow_month=True) if sep else None
        for m in self._role_is.finditer(text):
            span = name_seq_at(text, m.end())
            if span and _not_a_description(text[span[0]:span[1]]):
                out.append(self.result(PERSON, span[0], span[1], 0.75))
        for m in _CAPS_SURNAME_FIRST.finditer(text):
            out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in _CAPS_SURNAME_AFTER.finditer(text):
            if _caps_surname(m.group("g"), m.group("s")):
                out.append(self.result(PERSON, m.start("g"), m.end("s"), 0.65))
        speakers = _chat_speakers(text)
        for m in _LABEL_SPEAKER.finditer(text):
            if m.group("n") in speakers or _label_is_name(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.6))
        for word in speakers:  # a chat's speakers, wherever the chat or the note names them again
            for start, end in name_occurrences(text, word):
                out.append(self.result(PERSON, start, end, 0.6))
        for m in _STATE_AFTER.finditer(text):
            if is_name_token(m.group("n")) and _not_a_description(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.6))
        for regex, score in ((_BIRTH_AFTER, 0.8), (_LABEL_NAME, 0.75), (_BRACKET_NAME, 0.6)):
            for m in regex.finditer(text):
                if self._all_names(text, m.start("n"), m.end("n")) and _not_a_description(m.group("n")):
                    out.append(self.result(PERSON, m.start("n"), m.end("n"), score))
        for m in _OBJECT.finditer(text):
            if is_name_token(m.group("n")) and _not_a_description(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.6))
        for m in _QUOTED_BRACKET.finditer(text):
            if is_name_token(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in _SHORT_MIDDLE.finditer(text):
            if is_name_token(m.group("a")) and is_name_token(m.group("b")):
                out.append(self.result(PERSON, m.start("all"), m.end("all"), 0.6))
        for m in self._th_role.finditer(text):
            span = name_seq_at(text, m.end(), allow_month=True)
            if span:
                out.append(self.result(PERSON, span[0], span[1], 0.85))
        for regex, score in ((_SPEAKER, 0.75), (_AGE_AFTER, 0.75), (_SUBJECT, 0.65), (_NAME_AGE, 0.65)):
            for m in regex.finditer(text):
                if regex is _SUBJECT and _service_of_words(m.group("n")):
                    continue  # "Open Arms declined": a service named with ordinary words
                self._add_trimmed(text, m.start("n"), m.end("n"), score, out)
        for m in _QUOTED_NICK.finditer(text):
            out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.8))
        for m in _QUOTED_NICK_INITIAL.finditer(text):
            if is_name_token(m.group("g")):  # the frame alone makes the quoted word a nickname (Bank, Mint)
                out.append(self.result(PERSON, m.start("g"), m.end("g"), 0.75))
                for start, end in name_occurrences(text, m.group("n")):
                    if not _IN_CAPS_PHRASE_BEFORE.search(text, max(0, start - 30), start) and not _CAPS_AFTER.match(text, end):
                        out.append(self.result(PERSON, start, end, 0.75))  # "Bank posted", not "Bangkok Bank"
        for m in _LINE_OPENER_TIME.finditer(text):
            n = m.group("n")
            if is_name_token(n) and n not in _CALENDAR_WORDS and _unknown_word(n):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.6))
        for m in _HONORIFIC_SUFFIX.finditer(text):
            if m.group("n") not in COMMON_CAP and m.group("n").lower() not in get_lexicon().en_roles:
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.8))
        for m in _CYRILLIC_NAME.finditer(text):
            out.append(self.result(PERSON, m.start(), m.end(), 0.7))
        for regex in (_JOINED, _JOINED_REV):
            for m in regex.finditer(text):
                if self._all_names(text, m.start("a"), m.end("a")) and self._all_names(text, m.start("b"), m.end("b")):
                    out.append(self.result(PERSON, m.start("a"), m.end("a"), 0.6))
                    out.append(self.result(PERSON, m.start("b"), m.end("b"), 0.6))
        for m in _LIST.finditer(text):
            if not self._people_cue.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "watched Netflix, Hulu, Disney" is not a list of people
            items = list(re.finditer(NAME_TOKEN, m.group("l")))
            names = [i for i in items if is_name_token(i.group(0))]
            if len(names) >= 3 and len(names) >= len(items) - 1:
                for i in names:
                    out.append(self.result(PERSON, m.start("l") + i.start(), m.start("l") + i.end(), 0.6))
        for m in _MID_BIGRAM.finditer(text):
            before = text[max(0, m.start() - 40):m.start()].split()
            if before and before[-1][:1].isupper() and not before[-1].endswith(","):
                continue  # part of a longer capitalised phrase (Major Depressive Disorder)
            if (self._all_names(text, m.start("n"), m.end("n")) and not _PLACE_WORD.search(m.group("n"))
                    and not _service_of_words(m.group("n"))
                    and not any(w in _OFFICE_WORDS for w in m.group("n").split())):  # Intl Affairs
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.6))
        for m in _BED_LIST_NAME.finditer(text):
            if self._all_names(text, m.start("n"), m.end("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.7))
        for m in _LINE_OPENER_ING.finditer(text):
            if is_name_token(m.group("n")) and _unknown_word(m.group("n")) and _ordinary_word(m.group("v")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.6))
        for m in _CAPS_FULL_AFTER_LABEL.finditer(text):
            if _caps_name_ok(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in _USE_NAME_LABEL.finditer(text):
            if is_name_token(m.group("n")) and _not_a_description(m.group("n")):
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in (*_KIN_WORD_AGED.finditer(text), *_WORD_THEN_FULL_NAME_AGED.finditer(text)):
            out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        for m in _CALLED_BY_GROUP.finditer(text):
            if m.group("n").lower() not in _NOT_CALLED:
                out.append(self.result(PERSON, m.start("n"), m.end("n"), 0.75))
        return self._finish(text, out)

    def _finish(self, text: str, out: list[RecognizerResult]) -> list[RecognizerResult]:
        """round 16 — boundaries: a capitals surname right after a found name joins it (Gulsoom
        REZAYEE); an "Ah" kin word (Ah Ma, Ah Gong) is dropped like Mom."""
        kept: list[RecognizerResult] = []
        for r in out:
            if AH_KIN.fullmatch(text, r.start, r.end):
                continue
            tail = _CAPS_TAIL.match(text, r.end)
            if tail and not text[r.start:r.end].isupper() and _caps_tail_ok(tail.group("s")):
                r = self.result(PERSON, r.start, tail.end(), r.score)
            kept.append(r)
        kept.extend(self._lower_echoes(text, kept))
        return kept

    def _lower_echoes(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """round 19 — the lower-case spelling of a word of a found name elsewhere in the same note
        ("ruoxi eng weak"), when the name is no dictionary word (so "patience needed" stays)."""
        names = {tok for r in found for tok in text[r.start:r.end].split()}
        out: list[RecognizerResult] = []
        for name in names:
            if len(name) < _LOWER_ECHO_MIN or not is_name_token(name) or not _unknown_word(name):
                continue
            for start, end in name_occurrences(text, name.lower()):
                out.append(self.result(PERSON, start, end, 0.6))
        return out

    @staticmethod
    def _job_title(text: str, start: int, end: int) -> bool:
        """Every word of the found run is a job-title word ("Deputy Head")."""
        return job_title_words(text[start:end])

    @staticmethod
    def _office_word(value: str) -> bool:
        """One word that names a kind of office (Student Affairs, Client Services); a kin or
        partner word before an ordinary word is still a name (Wife June, Boyfriend Arm)."""
        return value in _OFFICE_WORDS or any(w in _OFFICE_WORDS for w in value.split()[1:])

    @staticmethod
    def _all_names(text: str, start: int, end: int) -> bool:
        """Every word in [start, end) is a real name token (not a role, month or common word);
        lower-case particles between them (de los, van, bin) are part of the name."""
        words = text[start:end].split()
        return bool(words) and all(is_name_token(t) or (0 < i < len(words) - 1 and _PARTICLE_RE.fullmatch(t)) for i, t in enumerate(words))

    def _add_trimmed(
        self, text: str, start: int, end: int, score: float, out: list[RecognizerResult]
    ) -> None:
        """Add the last run of real name tokens inside [start, end) (drops "Then", "Grandma")."""
        pos = start
        while pos < end:
            span = name_seq_at(text, pos)
            if span and span[1] >= end:
                out.append(self.result(PERSON, span[0], end, score))
                return
            nxt = text.find(" ", pos, end)
            if nxt < 0:
                return
            pos = nxt + 1


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
