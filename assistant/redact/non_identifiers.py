"""The last check on every span: what reached the end of the pipeline but identifies no one.

1. A Thai person span that is a clause or a role is no name.

Why: two dozen Thai name rules each guard the word after their cue, but each guard is its own
list, and a span can reach the end of the pipeline as "บอกว่า" (said that), "พี่คุย" (I'll talk),
"ยายอายุ" (grandma, aged …) or "(ประธาน)" (the chair) — a cue word plus a clause, or a bracketed
role. Hidden, they cost the note its meaning and the keep strings their survival. This check runs
once on every Thai person span, whatever rule found it: with its title taken off, a span that
opens with a verb or a function word and is made only of such words, or is made only of role
nouns, is dropped (Malay, Hmong and Chinese names open with syllables spelled like verbs:
รอยาลี, จะก่อ, เล่าซั้ว — their other syllables are no words). A writer's own
redaction is never dropped.

2. (session 13) A Thai body named only by its kind (รพ.จังหวัด "the provincial hospital",
   รพ.อำเภอ), a Glasgow coma score read as an ID (E4V5M6) and money read as an address (RM300)
   name no one either.
3. (session 13) "Hope she stays put", "Will he come back?": a given name that is also a verb or a
   modal, before a subject pronoun, is the verb.
4. (session 22, keep10) A Thai body's head with a clause straight after it names no body: ทำบุญที่
   วัด|แล้วจะหาย ("make merit at the temple and it will go away"), เจ้าของอู่|บอกว่า, มูลนิธิ|โทรคุยทุก
   …, ร้าน|ต่อหน้าทุกคน — the writer meant "the temple", "the garage", "the foundation".
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.redact.drug_names import is_drug_name
from assistant.redact.given_names import all_given_names, spoken_to_not_spoken
from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.dob import TH_MONTH_OPENING
from assistant.redact.resolve import _BODY_CLAUSE_WORDS, thai_titles
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import (
    ADDRESS,
    CASE_NUMBER,
    ID_NUMBER,
    LOCATION,
    ORGANIZATION,
    PERSON,
    PHONE,
)
from assistant.text.find import WORD_HYPHEN_APOSTROPHE, occurrences

_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
#: A Thai vowel or final letter written three times or more (ค่าาา, จ้าาา, มากกกก).
_DRAWN_OUT = re.compile(r"([\u0E01-\u0E2E\u0E30-\u0E39\u0E40-\u0E44])\1\1")
#: Sentence particles, which a name never holds (they end what someone says); not เนาะ, อะ, ฮะ,
#: which are syllables of Malay names too (มีเนาะ, บินอะหมัด).
_CHAT_PARTICLES = frozenset({"วะ", "ว่ะ", "ค่ะ", "คะ", "ค่า", "ครับ", "คับ", "จ้า", "จ้ะ", "เด้อ", "นะคะ", "นะครับ"})
#: session 13 — words that open a kind of work or of place, never a person's name.
_KIND_OPENERS = frozenset({
    "โรงงาน", "ร้าน", "บริษัท", "ตลาด", "สวน", "ไร่", "ฟาร์ม", "แคมป์", "โรงแรม", "นวด", "วิ่ง", "ขาย",
    "รับจ้าง", "ค่าย", "ศูนย์", "เรือ", "ปั๊ม", "อู่", "ล้ง", "โรงเรียน", "โรงพยาบาล",
    # session 23 (keep11): a disease or a symptom glossed in brackets, heat stroke (โรคลมแดด)
    "โรค", "อาการ",
})


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """What a clause may be made of: openers, the not-name words and role nouns (built once)."""
    lex = get_lexicon()
    return lex.th_clause_openers | lex.th_not_names | lex.th_role_nouns


def _dictionary_pieces(core: str) -> list[str]:
    """``core`` cut greedily into the longest dictionary words, or [] where a piece is no word."""
    pieces, pos = [], 0
    while pos < len(core):
        word = _first_word(core, pos)
        if not word:
            return []
        pieces.append(word)
        pos += len(word)
    return pieces


def clause_or_role(value: str) -> bool:
    """``value`` (a Thai person span) is a clause or a role, not a name."""
    core, titled = _without_title(value.strip(" ()[]\"'“”"))
    if not core or _LATIN_OR_DIGIT.search(core):
        return False
    lex = get_lexicon()
    if core in lex.th_role_nouns:
        return True
    pieces = _dictionary_pieces(core)
    if len(pieces) >= 2 and pieces[0] in lex.th_clause_openers and all(p in _clause_words() for p in pieces):
        return True  # (session 22) บอกว่า, cut บอ|กว่า by the name tokenizer, is บอก|ว่า (a one-word
        # nickname that is also a verb — ต่อ, ต้อง — is left to the checks below)
    if _DRAWN_OUT.search(core):
        return True  # แต๊งกิ้วค่าาา: a vowel drawn out is chat, never a name
    th = get_thai_lexicon()
    toks = [t for t in th.tokenize(core) if t.strip()]
    if not toks:
        return False
    if len(toks) >= 2 and any(t in _CHAT_PARTICLES for t in toks[1:]) and not titled:
        return True  # อิหยัง|วะ|ชีวิต: a sentence particle inside — speech, not a name
    if toks[0] in _KIND_OPENERS and len(toks) >= 2 and all(t in th.words for t in toks):
        return True  # โรงงาน|แกะ|กุ้ง, นวด|สปา|โรงแรม, วิ่ง|ด่าน: a kind of work or place in ordinary words
    # every word a clause word: a syllable of another kind (รอ|ยา|ลี, จะ|ก่อ, มี|มี่) is a name's
    clause = _clause_words()
    return (toks[0] in lex.th_clause_openers and all(t in clause for t in toks)) or all(
        t in lex.th_role_nouns for t in toks
    )


_GENERIC_THAI_BODIES = frozenset({
    "รพ.จังหวัด", "โรงพยาบาลจังหวัด", "รพ.อำเภอ", "โรงพยาบาลอำเภอ", "รพ.ชุมชน", "โรงพยาบาลชุมชน",
    "รพ.ศูนย์", "โรงพยาบาลศูนย์", "รพ.ทั่วไป", "รพ.เอกชน", "รพ.รัฐ", "รพ.สต.", "อบต.", "เทศบาล", "อำเภอ",
})
_COMA_SCORE = re.compile(r"E[1-4]V[1-5T]M[1-6]")
#: Money with its currency's code or sign (RM300, S$450, HK$9,000): an amount, never an address.
_MONEY = re.compile(r"(?:RM|S\$|HK\$|NT\$|A\$|NZ\$|US\$|Rp|₩|€|£|\$)[^\S\n]?\d[\d,.]*[kK]?")


#: A given name that is also a verb taking a clause, or a modal, then a subject pronoun: the verb
#: ("Hope she stays put tonight", "Will he come back?").
_VERB_NAMES = frozenset({"Hope", "Trust", "Wish", "Pray", "Will", "May"})
#: Thai words for mother, grandparents and elders, written in Latin letters in English notes
#: after a possessive (her Mae, his Yai): the relative, not a nickname; a name after one (her Yai
#: Boonmee) stays a name.
_THAI_KIN_LATIN = frozenset({"Mae", "Yai", "Ya", "Ta", "Por", "Pho", "Lung", "Pa", "Na", "Khun Mae", "Khun Yai"})
_POSSESSIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:her|his|my|their|your|our)[^\S\n]+$", re.IGNORECASE)
#: A verb that gives the name someone goes by (calls her Zosia, named his Bobo).
_NAMING_VERB_BEFORE = re.compile(r"(?<![A-Za-z\-])(?:call|calls|called|calling|name|names|named)[^\S\n]+\w+[^\S\n]+$", re.IGNORECASE)
_ONE_LATIN_WORD = re.compile(r"[A-Z][a-zà-ÿ]+")
#: A clause ends right after the word (helped her Tupuna.), no noun follows it.
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|\n|$)")
_SUBJECT_AFTER = re.compile(r"[^\S\n]+(?:I|you|he|she|it|we|they)(?![A-Za-z])")
#: session 33 (keep20) — a given name that is also a verb taking an object, then the object: the
#: verb ("Mark him present", "Chase the referral", "Drew the house"); a name is never followed by
#: an object pronoun or a determiner of its own.
_OBJECT_VERB_NAMES = frozenset({"Mark", "Chase", "Drew", "Hope"})
_OBJECT_AFTER = re.compile(r"[^\S\n]+(?:him|her|them|me|us|the|this|that|these|those|each|every)(?![A-Za-z])")
#: session 23 (keep11) — a feeling that is also a given name, said to be expressed or evident:
#: "Hope was expressed about going home", "Joy was evident at bath time".
_FEELING_NAMES = frozenset({"Hope", "Faith", "Joy", "Grace", "Patience", "Mercy", "Trust", "Peace", "Love"})
_EXPRESSED_AFTER = re.compile(
    r"[^\S\n]+(?:(?:was|were|is|being)[^\S\n]+)?(?:expressed|voiced|evident|apparent)(?![A-Za-z])"
)
#: session 29 (keep sets) — what a belief does for someone, said at a sentence's start: Faith is
#: what got her sober, Faith helps, Hope comes from the church ("Carer Mercy helps" is a person).
_BELIEF_DOES = re.compile(
    r"[^\S\n]+(?:is[^\S\n]+(?:what|important|central|a[^\S\n]+big[^\S\n]+part)|helps|comes[^\S\n]+from|keeps[^\S\n]+(?:her|him|them|me))(?![A-Za-z])"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*[^\S\n]+|\n[^\S\n]*(?:[-•*]|\d+[.)])?[^\S\n]*)\Z")
#: session 29 — grace said before a meal (says Grace before tea, Grace before each meal).
_GRACE_SAID = re.compile(r"(?:(?<![A-Za-z])(?:says?|said|saying)[^\S\n]+)?Grace(?=[^\S\n]+before[^\S\n]+(?:tea|meals?|each|every|dinner|lunch|breakfast|supper|eating|food))")


#: session 18 (keep8) — a cause then a country: a national charity or helpline that a note names
#: as a resource (Dementia Australia, Diabetes UK, Relationships Australia, Age UK), which tells
#: nothing of where a client lives or who they are.
_NATIONAL_CAUSE = re.compile(
    r"(?P<c>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)[^\S\n](?:Australia|UK|Canada|New Zealand|NZ|Aotearoa|Ireland|"
    r"Scotland|Wales|England|America|USA|International)"
)


_COMPASS_REGION = re.compile(r"(?:North|South|East|West|Midwest|North[- ]?(?:East|West)|South[- ]?(?:East|West)|Northeast|Northwest|Southeast|Southwest)")


#: session 29 — a ministry or department named only by what it does (Ministry of Social Services,
#: Ministry of Human Resources and Emiratisation, Department of Labour): a government's, named with
#: no place, so it says nothing of where the client is (LABELLING: national bodies are kept).
_MINISTRY_OF = re.compile(
    r"(?:[Tt]he[^\S\n]+)?(?:Ministry|Department|Dept\.?)[^\S\n]+of[^\S\n]+(?P<w>[A-Z][a-z]+(?:(?:[^\S\n]+(?:and|&|for|of|the))?[^\S\n]+[A-Z][a-z]+){0,5})"
)


def _ministry_of_ordinary_words(value: str) -> bool:
    from assistant.redact.recognizers.person_en_lower import _ordinary

    m = _MINISTRY_OF.fullmatch(value)
    return bool(m) and all(
        (_ordinary(w) or w.endswith(_POLICY_SUFFIXES)) and w not in all_given_names()
        for w in m.group("w").split() if w[0].isupper()
    )


def _national_cause_body(value: str) -> bool:
    """Every word before the country is an everyday English word, and none is a given name."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    m = _NATIONAL_CAUSE.fullmatch(value)
    return bool(m) and all(_ordinary(w) and w not in all_given_names() for w in m.group("c").split())


#: Heads of a Thai body that a note also uses alone for "the shop", "the temple", "the garage".
_THAI_BODY_HEADS = (
    "มูลนิธิ", "โรงงาน", "โรงเรียน", "บริษัท", "คลินิก", "สมาคม", "ศูนย์", "ร้าน", "วัด", "อู่",
    # session 33 (keep21): the health post near home, the hospital about the bill, the police but…
    "รพ.สต.", "โรงพยาบาล", "สถานีตำรวจ",
)
#: What opens a clause after such a head: a verb of telling, calling, arranging, a time or a
#: particle — no body's name starts so.
#: resolve's clause words for a body run on in a Thai note, less the verbs a centre is named by
#: (ศูนย์รับเรื่อง…, ศูนย์ส่งต่อ…), and more of arranging, telling and time.
_CLAUSE_AFTER_HEAD = (_BODY_CLAUSE_WORDS - {"รับ", "ส่ง"}) | {
    "บอกว่า", "จัด", "ครั้ง", "ครั้งหน้า", "คุย", "ต่อหน้า", "เอง", "ลด", "อีก", "ทุก", "เคย",
    "ใกล้", "เยี่ยม", "แต่", "เรื่อง", "ภายใน",
}


def _head_then_clause(value: str) -> bool:
    head = next((h for h in _THAI_BODY_HEADS if value.startswith(h)), None)
    if head is None or len(value) == len(head) or not _THAI_LETTER.match(value, len(head)):
        return False
    # the longest dictionary word at the start (the name tokenizer cuts แล้ว|จะ as แล้|วจะ): a clause
    # word only when no longer word opens there (มาลัยทอง, ส่งเสริมเด็ก are names)
    return _first_word(value, len(head)) in _CLAUSE_AFTER_HEAD


_THAI_LETTER = re.compile(f"[{THAI_LETTERS}]")


def _first_word(text: str, pos: int) -> str:
    """The longest dictionary word at ``pos`` (the name tokenizer cuts บอกว่า as บอ|กว่า)."""
    words = get_thai_lexicon().words
    return next((text[pos:pos + k] for k in range(min(len(text) - pos, 14), 0, -1) if text[pos:pos + k] in words), "")


def _title_inside_a_word(text: str, start: int, value: str) -> bool:
    """(session 22, keep10) A title that opens a longer word, then a clause: นายหน้า|ที่พามาทำงาน (the
    broker who brought her), นายจ้าง|บอกว่า (the employer said) — no title and name. A name after
    such a word stays one: นายกมล is นาย + กมล, not นายก + มล, because มล opens no clause, and
    นางหงส์ แซ่ลิ้ม has a family name after it."""
    title = next((t for t in ("นาย", "นาง") if value.startswith(t)), None)
    if title is None:
        return False
    word = _first_word(text, start)
    if len(word) <= len(title):
        return False
    rest = start + len(word)
    while rest < len(text) and text[rest] in " \t":
        rest += 1  # นางหงส์ แซ่ลิ้ม: a family name after a space makes the word a name again
    if rest >= len(text) or not _THAI_LETTER.match(text, rest):
        return True
    return _first_word(text, rest) in _CLAUSE_AFTER_HEAD


#: session 23 (keep11) — an article before, a lower-case noun after: "the Grace period", "a Dawn
#: walk", "the Brave Talker chart", "a Worry Tree sheet" name a thing, not a person. Not "that"
#: ("reports that Mint talks" is a clause); a family's own words (the Rose family, the Hope twins)
#: and a verb after (that Ning cannot) are people.
_DETERMINER_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?:the|a|an|this|our|your|their|its)[^\S\n]+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[^\S\n]+(?P<w>[a-z][a-z\-]+)")
_PEOPLE_AFTER = frozenset({
    "family", "families", "household", "kids", "children", "twins", "brothers", "sisters", "girls", "boys",
    "siblings", "parents", "clan", "case", "and", "or", "who", "was", "is", "had", "has", "said", "says",
    "can", "cannot", "could", "will", "would", "should", "must", "might", "may", "did", "does", "do",
})
#: Heads of a job title written with capitals (Ward Manager, Labour Attaché, Consultant Old Age
#: Psychiatrist): the capitalised words before one, when no name follows it, are the job's.
_JOB_HEADS = frozenset({
    "Manager", "Pathologist", "Psychiatrist", "Psychologist", "Attaché", "Attache", "Officer", "Nurse",
    "Coordinator", "Co-ordinator", "Therapist", "Consultant", "Lead", "Advisor", "Adviser", "Practitioner",
    "Specialist", "Director", "Supervisor", "Assistant", "Counsellor", "Counselor", "Registrar", "Physician",
    "Surgeon", "Paediatrician", "Pediatrician", "Navigator", "Liaison", "Administrator", "Worker",
})
#: (session 43: one space, and no colon after — "Volunteer: Cleopatra Joseph   Supervisor: nurse"
#: is a form's next field across a column gap, not a job's head closing the name)
_CAP_WORD_AFTER = re.compile(r"[^\S\n](?P<w>[A-Z][\w'’\-]*)(?![\w'’\-]|:)")
#: The capitalised word right before a span (Labour| Attaché).
_CAP_BEFORE = re.compile(r"[A-Z][\w'’\-]*[^\S\n]+$")
#: The word right before a span, to see whether it is a personal title (Dr |Maria Nurse).
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])(?P<w>[A-Za-z]+)\.?[^\S\n]+$")


def _ordinary_words(value: str) -> bool:
    """Every word an English word (a job's head counts: Attaché)."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = re.findall(r"[A-Za-z][\w'’\-]*", value)
    return bool(words) and all(w in _JOB_HEADS or _ordinary(w) for w in words)


#: session 39 (keep28) — "the Toshao walked me over", "the Induna says", "the Alkalo: willing to
#: call a meeting": an article, one capitalised word, then a verb or a colon, and the word is never
#: written without the article in the note (a name is, somewhere). English puts no
#: article before a person's name; where it does, a word about the family follows (the Kowalczyk
#: family, the Lumbala kid) or the name is plural (the Nguyens), and those are not matched here.
_THE_BEFORE = re.compile(r"(?:^|(?<=[^A-Za-z]))(?:the|The)[^\S\n]$")
_ONE_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{2,}")
_WORD_AFTER = re.compile(r"[^\S\n]+(?P<w>[a-z]+(?:'t)?)(?![\w'’-])")


def _role_after_the(text: str, start: int, end: int) -> bool:
    from assistant.redact.given_names import is_verb_form

    value = text[start:end]
    if not _ONE_CAPITALISED_WORD.fullmatch(value) or value.endswith("s") or value in all_given_names():
        return False  # a listed given name after "the" may still be someone (measured: blind names)
    # (text.find, not a pattern built from the word: no client word in re's cache)
    for pos, _end in occurrences(text, value, not_after=WORD_HYPHEN_APOSTROPHE, not_before=WORD_HYPHEN_APOSTROPHE):
        if _THE_BEFORE.search(text, max(0, pos - 4), pos) is None:
            return False  # written bare somewhere else in the note: a name, not a title
    if text.startswith(":", end):
        return True  # a role in a list of who was met; "two streets from the Klipspruit." is a place
    after = _WORD_AFTER.match(text, end)
    return after is not None and is_verb_form(after.group("w"))


def _thing_or_job(text: str, start: int, end: int) -> bool:
    """An English "person" made of ordinary words that names a thing or a job: an article before
    and a lower-case noun after it, or a job's head noun closing the capitalised run it stands in
    with no name after (Ward| Manager, Consultant| Old Age Psychiatrist, Labour |Attaché)."""
    from assistant.redact.body_heads_en import PERSONAL_TITLES

    value = text[start:end]
    if not value[:1].isupper() or not _ordinary_words(value):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 8), start)
    if value.split()[0].rstrip(".") in PERSONAL_TITLES or (before is not None and before.group("w") in PERSONAL_TITLES):
        return False  # (session 31) Dr Maria| Nurse: a title says the run is a person, not a job
    noun = _NOUN_AFTER.match(text, end)
    if noun and noun.group("w") not in _PEOPLE_AFTER and _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return True
    words = value.split()
    titled = len(words) > 1 or _CAP_BEFORE.search(text, max(0, start - 30), start) is not None
    head = words[-1] if words[-1] in _JOB_HEADS and titled else None
    pos = end
    for _ in range(3):  # or up to three capitalised words after the span, the last a job's head
        if head is not None:
            break
        nxt = _CAP_WORD_AFTER.match(text, pos)
        if nxt is None or not _ordinary_words(nxt.group("w")):
            return False
        pos = nxt.end()
        if nxt.group("w") in _JOB_HEADS:
            head = nxt.group("w")
    return head is not None and _CAP_WORD_AFTER.match(text, pos) is None


#: session 30 (keep18) — what a capitalised word is when the sentence says so: a language spoken,
#: written or interpreted (speaks Kriol at home, interview was in Pijin, some Bhojpuri, Tok Pisin
#: used throughout), a medicine by its dose (on Alendronat weekly, Coartem 80/480 mg), a food by
#: its measure or meal (a tin of Kunserva, Weet-Bix and Milo for breakfast), a policy by its
#: ending (Emiratisation, Saudisation). None of them names anyone, whatever word it is.
_LANGUAGE_BEFORE = re.compile(
    r"(?:,[^\S\n]*some|(?<![A-Za-z])(?i:speaks?|speaking|spoke|fluent[^\S\n]+in|conducted[^\S\n]+in|words[^\S\n]+in|phrases[^\S\n]+in|(?:translated|interpreted)[^\S\n]+(?:in)?to|"
    r"written[^\S\n]+in|book[^\S\n]+in|prays?[^\S\n]+in|sings?[^\S\n]+in|(?:with|and)[^\S\n]+some|mother[^\S\n]+tongue(?:[^\S\n]+is)?))"
    r"[^\S\n]+$"
)
_SPEAKS_OPENING = re.compile(r"(?:Speaks|Speaking|Spoke|Understands|Prays[^\S\n]+in|Sings[^\S\n]+in)[^\S\n]+")
_LANGUAGE_AFTER = re.compile(
    r"[^\S\n]+(?i:speaker|interpreter|translator|translation|version|used[^\S\n]+throughout)(?![A-Za-z])"
)
_DOSE_AFTER = re.compile(
    r"[^\S\n]+\d+(?:[.,/]\d+)*[^\S\n]?(?:mg|mcg|µg|g|ml|mL|IU|units?)(?![A-Za-z])"
    r"|[^\S\n]+(?:weekly|daily|nocte|bd|tds|qds|od|prn|once[^\S\n]+a[^\S\n]+(?:day|week))(?![A-Za-z])"
)
_ON_BEFORE = re.compile(r"(?<![A-Za-z])(?:on|started|stopped|takes|taking)[^\S\n]+$")
#: session 32 — treated with a medicine with no dose written (treated with Coartem, prescribed
#: Epclusa): the frame is the clinician's, and no one is treated with a person.
_TREATED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:treated[^\S\n]+with|prescribed|a[^\S\n]+course[^\S\n]+of|switched[^\S\n]+to)[^\S\n]+$"
)
#: session 32 — a currency after an amount (3,000 Ariary a day, 200 Kwacha): the unit of a sum.
#: Only after a sum of three digits or more, and none that is also a given name (Lev, Som, Yuan,
#: Won, Lei, Dong, Rand, Mark).
_AMOUNT_BEFORE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?[^\S\n]+$")
_CURRENCIES = frozenset({
    "Ariary", "Kwacha", "Cedi", "Cedis", "Naira", "Shilling", "Shillings", "Baht", "Kyat", "Riel",
    "Rupiah", "Ringgit", "Peso", "Pesos", "Rupee", "Rupees", "Taka", "Dirham", "Dirhams",
    "Dinar", "Dinars", "Lari", "Tenge", "Manat", "Leones", "Birr", "Nakfa", "Pula", "Loti",
    "Emalangeni", "Lilangeni", "Vatu", "Pa'anga", "Lempira", "Lempiras", "Quetzal",
    "Quetzales", "Colón", "Colones", "Córdoba", "Córdobas", "Bolívar", "Bolívares", "Soles", "Guaraní",
    "Guarani", "Reais", "Zloty", "Złoty", "Forint", "Koruna", "Leva", "Hryvnia", "Rubles",
    "Roubles", "Shekel", "Shekels", "Afghani", "Afghanis", "Ngultrum", "Rufiyaa", "Ouguiya",
    "Dalasi", "Francs", "Euros", "Pounds", "Dollars", "Yen", "Renminbi", "Rial", "Riyal",
    "Riyals", "Rials", "Gourde", "Gourdes", "Sucre", "Kuna",
})
_MEASURE_OF_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:tins?|cans?|cups?|mugs?|bowls?|glass|glasses|bottles?|packets?|packs?|jars?|"
    r"plates?|slices?|spoons?|sachets?|tubs?|cartons?)[^\S\n]+of[^\S\n]+$"
)
_MEAL_AFTER = re.compile(r"[^\S\n]+for[^\S\n]+(?:breakfast|lunch|dinner|supper|snacks?)(?![A-Za-z])")
#: More items of a list after the span (Weet-Bix| and Milo for breakfast), and before it after
#: an eating verb (loves Weet-Bix and |Milo): one eats or drinks a food, not a person.
_ITEM = r"[A-Z][\w'’\-]*"
_ITEM_GAP = r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|or|&)[^\S\n]+)"
_MORE_ITEMS = re.compile(_ITEM_GAP + _ITEM)
_EATS_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:eats?|ate|eating|has|had|having|loves?|likes?|wants?|drinks?|drank|gets?|got)[^\S\n]+(?:{_ITEM}{_ITEM_GAP})*$"
)
#: A policy named by its ending (Emiratisation, Saudisation); also read in a ministry's name.
_POLICY_SUFFIXES = ("isation", "ization")
_POLICY_ENDING = re.compile(rf"[A-Z][a-z]+(?:{'|'.join(_POLICY_SUFFIXES)})s?")
#: A named test by the word after it (Rosenberg self-esteem 12/30, the Conners scale, Vineland
#: questionnaire): the eponym names the instrument.
_INSTRUMENT_AFTER = re.compile(
    r"[^\S\n]+(?:self-esteem|scale|inventory|questionnaire|checklist|subscale)(?![A-Za-z])"
)


def _language_medicine_or_food(text: str, start: int, end: int) -> bool:
    """The sentence says the capitalised word is a language, a medicine, a food, a policy or a
    named test."""
    value = text[start:end]
    if _POLICY_ENDING.fullmatch(value):
        return True
    before = text[max(0, start - 40):start]
    if len(value.split()) <= 2 and (_LANGUAGE_BEFORE.search(before) or _LANGUAGE_AFTER.match(text, end)):
        # (session 34) "Spoke Sarah re meds": a given name after the verb is who was spoken to —
        # unless it is also a language's name (Karen, Lao, Malay, Mon, Shan)
        return not spoken_to_not_spoken(value)
    # (session 32) the speaking verb read into the span at a line's start: "Speaks Bemba at home"
    spoken = _SPEAKS_OPENING.match(value)
    if spoken and 1 <= len(value[spoken.end():].split()) <= 2:
        return not any(w in all_given_names() for w in value[spoken.end():].split())
    if " " in value:
        return False
    if is_drug_name(value):
        return True  # session 40: Lantus, Spiriva, Bactrim (drug_names)
    if _INSTRUMENT_AFTER.match(text, end):
        return True
    if value in _CURRENCIES and _AMOUNT_BEFORE.search(before):
        return True
    if _TREATED_BEFORE.search(before) and value not in all_given_names():
        return True
    dose = _DOSE_AFTER.match(text, end)
    if dose and (dose.group().strip()[0].isdigit() or _ON_BEFORE.search(before)):
        return True  # Coartem 80/480 mg; a frequency alone only after "on" (on Alendronat weekly)
    if _MEASURE_OF_BEFORE.search(before):
        return True
    pos = end
    while (m := _MORE_ITEMS.match(text, pos)) is not None:
        pos = m.end()
    return _MEAL_AFTER.match(text, pos) is not None and _EATS_BEFORE.search(text, max(0, start - 60), start) is not None


#: session 24 — what a capitalised run ending in these nouns names: a card, a pass, a benefit, an
#: award (Pension Concession Card, Carer Allowance, Bronze Medal), not a person.
_DOCUMENT_OR_BENEFIT = frozenset({
    "Card", "Pass", "Package", "Voucher", "Certificate", "Licence", "License", "Permit", "Visa", "Medal",
    "Concession", "Allowance", "Pension", "Payment", "Benefit", "Supplement", "Rebate", "Subsidy", "Scheme",
    # session 26: a qualification or a school's policy (Welsh Baccalaureate, Child Safeguarding Policy)
    "Baccalaureate", "Diploma", "Policy", "Procedure", "Procedures", "Protocol",
})


def _document_or_benefit(value: str) -> bool:
    """Two capitalised words or more, the last a document's or a benefit's noun and the first no
    listed given name: Pension Concession Card names a card, not its holder."""
    words = value.split()
    return len(words) >= 2 and words[-1] in _DOCUMENT_OR_BENEFIT and words[0] not in all_given_names()


#: Nouns that close the name of a public fund or scheme (Scottish Welfare Fund, Old Age Security,
#: Thinking Skills Programme). "Program" and "Project" are left out: a local service names itself
#: so (Horizon Men's Program) and that does point at where a client goes.
_SCHEME_HEADS = frozenset({
    "Fund", "Scheme", "Grant", "Allowance", "Credit", "Insurance", "Security", "Bursary", "Programme",
    "Benefit", "Pension", "Payment", "Subsidy", "Rebate", "Package",
})
#: Whom a scheme is for, written before its noun (Vulnerable Child Grant, Young Carer Grant): role
#: words elsewhere, but here part of the scheme's name.
_SCHEME_FOR = frozenset({"Child", "Children", "Youth", "Family", "Carer", "Carers", "Student", "Students", "Baby", "Parent", "Parents"})
_SPAN_NUMBER = re.compile(r"\d+(?:[-–]\d+)?")


def _scheme_of_ordinary_words(value: str) -> bool:
    """A fund or scheme named only by everyday words (Student Hardship Fund, National Health
    Insurance, 16-19 Bursary Fund) is one anyone may apply to, so it tells nothing of who the
    client is; a fund named by a place or a person (Nam Wa Education Fund) stays a body."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = value.split()
    if len(words) < 2 or words[-1] not in _SCHEME_HEADS:
        return False
    names = all_given_names()
    # (a scheme's own nouns are no names there: Child Grant Programme, not Mr Grant)
    return all(
        _SPAN_NUMBER.fullmatch(w) or w in _SCHEME_HEADS or (w[:1].isupper() and _ordinary(w) and w not in names)
        for w in words[:-1]
    )


#: session 31 — heads of a public service's unit, named by what the unit does (Asylum Service, Child
#: Development Unit, Probation and Aftercare Service, Anti-Human Trafficking Unit).
_SERVICE_UNIT_HEADS = frozenset({
    "Service", "Services", "Unit", "Department", "Dept", "Office", "Agency", "Authority", "Bureau",
    "Commission", "Division", "Directorate", "Desk", "Section", "Team",
})
#: What such units do, beyond the generic words of bodies' names (lexicon.en_generic_org_words).
_SERVICE_FUNCTION_WORDS = frozenset({
    "aftercare", "asylum", "development", "registry", "registration", "civil", "migration", "trafficking",
    "anti-human", "anti-trafficking", "anti-fraud", "fraud", "guidance", "population", "relations",
    "integrated", "post-guardianship", "independent", "decision", "intact", "fishery", "correctional",
    "corrections", "detention", "enforcement", "investigation", "investigations", "inspection", "labor",
    "statistics", "revenue", "taxation", "customs", "border", "passport", "passports", "visa", "visas",
    "citizenship", "naturalisation", "naturalization", "refugee", "protection", "prosecution", "victim",
    "witness", "liaison", "outreach", "assessment", "placement", "placements", "adoption", "fostering",
    "guardianship", "custody", "inclusion", "attendance", "welfare", "disability", "ageing", "aging",
})
#: Words joining the function words of such a unit's name (Probation and Aftercare Service).
_SERVICE_NAME_JOINERS = frozenset({"and", "&", "of", "for", "the", "on"})


def _service_of_function_words(value: str) -> bool:
    """A public service's unit named only by what it does (Asylum Service, Probation and Aftercare
    Service): every country or hospital has one, so it tells nothing of where the client is; a
    unit named by a place, a person or a brand word (Riverside Family Centre, Horizon Youth
    Service) stays a body."""
    from assistant.redact.lexicon import get_lexicon

    words = value.split()
    if len(words) < 2 or words[-1] not in _SERVICE_UNIT_HEADS or words[0] in all_given_names():
        return False
    generic = get_lexicon().en_generic_org_words
    lows = [w.lower() for w in words[:-1]]
    return all(w in generic or w in _SERVICE_FUNCTION_WORDS or w in _SERVICE_NAME_JOINERS for w in lows) and any(
        w not in _SERVICE_NAME_JOINERS for w in lows
    )


#: Freephone and shared-cost prefixes, national (UK/NZ/ZA 0800, 0808, 0508; AU/IE/SG/MY 1800,
#: 1300, 1850, 1890) and after a country code (+44 800, +64 800, +61 1800 …).
_FREEPHONE = re.compile(r"(?:0800|0808|0500|0508|1800|1300|1850|1890)\d{3,7}|13\d{4}")
_NANP_FREEPHONE = re.compile(r"1?8(?:00|88|77|66|55|44|33)\d{7}")
_COUNTRY_CODES = ("44", "64", "27", "61", "353", "65", "60", "63")


def _freephone(value: str) -> bool:
    """A toll-free or shared-cost number (0808 808 8000, 1300 78 99 78, 1-800-273-8255): a service's
    line — a helpline, a government desk — which no client or family member has. Session 25:
    no labelled phone in any open set had one of these shapes; 23 keep strings did."""
    digits = re.sub(r"\D", "", value)
    groups = re.findall(r"\d+", value)
    if digits.startswith(("080", "050")) and not (groups and 4 <= len(groups[0]) < len(digits)):
        return False  # 080-123-4567, 0801234567: a Thai mobile; a freephone is written 0800 123 456
    if value.lstrip().startswith("+"):
        code = next((c for c in _COUNTRY_CODES if digits.startswith(c)), None)
        if code is None:
            return _NANP_FREEPHONE.fullmatch(digits) is not None
        digits = "0" + digits[len(code):] if digits[len(code):].startswith(("8", "5")) else digits[len(code):]
    return _FREEPHONE.fullmatch(digits) is not None or _NANP_FREEPHONE.fullmatch(digits) is not None


#: A capitalised word (an apostrophe's possessive too) and the run of them ending at a span.
_CAP_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]*[^\S\n]+){1,4}$")
_CAP_RUN_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w'’\-]*){1,4}")


def _inside_a_scheme_name(text: str, start: int, end: int) -> bool:
    """A "person" that is part of a capitalised run naming a grant or benefit (Child Support| Grant,
    Setting Up| Home Allowance): the run ends in a scheme's noun and every other word is an
    everyday word, none a given name, a title or a role ("Officer Grant" is a person)."""
    from assistant.redact.body_heads_en import PERSONAL_TITLES
    from assistant.redact.recognizers.person_en_lower import _ordinary

    before = _CAP_RUN_BEFORE.search(text, max(0, start - 60), start)
    after = _CAP_RUN_AFTER.match(text, end)
    words = ((before.group() if before else "") + text[start:end] + (after.group() if after else "")).split()
    if len(words) < 2:
        return False
    # the run ends in the scheme's noun (Child Support Grant| for two kids; not First Plains Credit
    # Union, a bank)
    last = len(words) - 1
    if words[last] not in _SCHEME_HEADS and words[last] not in _DOCUMENT_OR_BENEFIT:
        return False
    lex = get_lexicon()
    names = all_given_names()
    role = words[last - 1]  # Officer Grant, Dr Pension: a title before a surname
    # (session 32) whom a scheme is for is no title before a surname (Vulnerable Child Grant)
    titled = role.rstrip(".") in PERSONAL_TITLES or (role.lower() in lex.en_roles and role not in _SCHEME_FOR)
    return not titled and all(
        (_ordinary(w) and w not in names) or w in _SCHEME_HEADS for w in words[:last]
    )


#: Nouns of a place in a building or a stage in school, read as a surname before their number
#: (Medicine Ward 5, Class 10, Bay 3).
_NUMBERED_NOUNS = frozenset({
    "Ward", "Bay", "Bed", "Room", "Class", "Year", "Grade", "Level", "Unit", "Block", "Wing", "Floor",
    "Stage", "Step", "Phase", "Form", "Standard", "Section", "Cell", "Pod", "Module", "Week",
})
_NUMBER_AFTER = re.compile(r"[^\S\n]+[0-9]")
#: A ward named by whom or what it treats (Male Ward, Children's Ward, Surgical Ward).
_WARD_OF_KIND = re.compile(
    r"(?:Male|Female|Men's|Women's|Children's|Medical|Surgical|Maternity|Paediatric|Pediatric|Psychiatric|"
    r"Geriatric|Orthopaedic|Orthopedic|Isolation|General|Acute|Private|Labour|Labor|Burns)[^\S\n]+Wards?"
)
#: Going to, missing or attending the Catholic service (goes to Mass, misses Mass, after Sunday Mass).
_WORSHIP_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:to|attends?|attended|attending|misses|missed|miss|after|before|sunday|morning|evening|"
    r"midnight|daily|weekly|at)[^\S\n]+$"
)
_TH_MONTH_AFTER = re.compile(rf"[^\S\n]?{TH_MONTH_OPENING}")
#: session 25 (keep13) — a fan's team: after supporting, following or watching, a capitalised run
#: ending in a plural noun (Kaizer Chiefs, the Matildas, Orlando Pirates) or a club word.
_FAN_BEFORE = re.compile(
    r"(?i:(?:supports?|supporting|supporter[^\S\n]+of|fan[^\S\n]+of|fans[^\S\n]+of|follows|cheers?[^\S\n]+for|"
    # (session 29) or watching them play (wants to watch the Reggae Boyz)
    r"cheering[^\S\n]+for|watch(?:es|ed|ing)?|see))[^\S\n]+(?:the[^\S\n]+)?$"
)
#: session 29 (keep17) — or a supporter named after the team (an Orlando Pirates supporter).
_FAN_AFTER = re.compile(r"[^\S\n]+(?i:supporters?|fans?)\b")
_FAN_OPENING_WORDS = frozenset({"Supports", "Supporting", "Follows"})
_FAN_OPENING = re.compile(r"(?:Supports|Supporting|Follows)[^\S\n]+[A-Z]")
_TEAM_END = re.compile(r"(?:United|City|Rovers|Wanderers|Athletic|Albion|Boyz)$")


def _team_name(value: str) -> bool:
    """Ends in a club word or in the plural of an everyday noun (Chiefs, Pirates, Leafs); a family
    name in -s (Evans, Jones) is no plural of one."""
    from assistant.redact.given_names import is_english_word

    names = all_given_names()
    words = value.split()
    last = words[-1]
    if any(w in names for w in words if w not in _FAN_OPENING_WORDS):
        return False  # follows Tom Banks, a fan of Harry Styles: a person
    return bool(_TEAM_END.search(last)) or (
        last.endswith("s") and last[:1].isupper() and is_english_word(last[:-1].lower()) and last[:-1] not in names
    )


#: A fixture: two sides joined by v / vs / versus (Chelsea v Arsenal, Leafs vs Canadiens), in a
#: sentence that speaks of a game. "Smith v Jones" in a court's list has no such word.
_VERSUS = re.compile(r"[^\S\n]+(?:v|vs|versus)\.?[^\S\n]+", re.IGNORECASE)
_VERSUS_BEFORE = re.compile(r"(?:v|vs|versus)\.?[^\S\n]+$", re.IGNORECASE)
_GAME_WORDS = re.compile(
    r"(?i)\b(?:match|matches|game|games|final|semi-final|derby|cup|league|fixture|season|playoffs?|"
    r"footy|football|soccer|hockey|cricket|rugby|netball|basketball|ipl|watch(?:es|ed|ing)?|on tv|score[sd]?|won|lost)\b"
    r"(?![^\S\n]+(?:hearing|order|decision|report|warning|notice|determination|judgment|judgement))"
)


def _sports_side(text: str, start: int, end: int) -> bool:
    """A team named as a fan names it, or one side of a fixture in a sentence about a game."""
    value = text[start:end]
    words = value.split()
    given_first = words[0] in all_given_names()
    fan = _FAN_OPENING.match(value)  # "Supports Kaizer Chiefs" read whole at a sentence's start
    cue = _FAN_BEFORE.search(text, max(0, start - 40), start)
    # (session 27) the team's name may run on past the span (Mumbai| Indians)
    run = value + (m.group() if (m := _CAP_RUN_AFTER.match(text, end)) else "")
    cue = cue or _FAN_AFTER.match(text, start + len(run))
    if (fan or cue) and _team_name(run) and not (given_first and len(words) == 1):
        return True
    # the span is one side of "X v Y" itself, or holds the fixture whole
    side = _VERSUS_BEFORE.search(text, max(0, start - 12), start) or _VERSUS.match(text, end)
    if not (side or _VERSUS.search(value)):
        return False
    if given_first and len(words) == 1 and not side:
        return False  # (session 29) a county or club named like a person is a side only in the fixture itself (Cork v Kerry)
    if given_first and len(words) >= 2 and not _team_name(value):
        return False  # (session 29) Kerry Jones v the council … final hearing: a person in a case, not a side
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    line_end = min((i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0), default=len(text))
    return _GAME_WORDS.search(text, line_start, line_end) is not None


#: session 26 — a helpline's word closing the span or right after it (Roshni Helpline, Meic helpline).
_HELPLINE_END = re.compile(r"(?i:help[^\S\n]?line|hot[^\S\n]?line)\Z")
_HELP_CUT = re.compile(r"(?i:help|hot)\Z")
_LINE_AFTER = re.compile(r"[^\S\n]?(?i:line)(?![A-Za-z])")
_HELPLINE_AFTER = re.compile(r"[^\S\n]+\(?(?i:help[^\S\n]?line|hot[^\S\n]?line)\b")


def _names_a_helpline(text: str, h) -> bool:
    """A helpline is reached by anyone who calls it; its name (Roshni Helpline 1138, the Meic
    helpline) was read as a person or a place, but identifies no one the note is about."""
    value = text[h.start:h.end]
    if _HELP_CUT.search(value) and _LINE_AFTER.match(text, h.end):
        value += "Line"  # (session 33) the span stopped inside "Help Line" (Kamatsiaqtut Help| Line)
    if h.type == ORGANIZATION:
        return _HELPLINE_END.search(value) is not None and " " in value
    return _HELPLINE_END.search(value) is not None or _HELPLINE_AFTER.match(text, h.end) is not None


#: session 26 — a university's faculty or school named by its discipline alone (Faculty of
#: Engineering, School of Nursing): every university has one; the university names the place.
_FACULTY_OF_A_DISCIPLINE = re.compile(
    r"(?:The[^\S\n]+)?(?:Faculty|School|Department|Dept\.?)[^\S\n]+of[^\S\n]+"
    r"(?:Engineering|Nursing|Medicine|Law|Education|Arts|Science|Sciences|Social[^\S\n]+Work|Psychology|"
    r"Business|Economics|Pharmacy|Dentistry|Architecture|Humanities|Social[^\S\n]+Sciences|Health[^\S\n]+Sciences|"
    r"Agriculture|Music|Fine[^\S\n]+Arts|Computer[^\S\n]+Science|Mathematics|Public[^\S\n]+Health)"
)


def _no_identifier(text: str, h) -> bool:
    if h.source == "writer":
        return False
    value = text[h.start:h.end]
    if h.type == PHONE and _freephone(value):
        return True
    if h.type == ID_NUMBER and " " in value and _FREEPHONE.fullmatch(re.sub(r"\D", "", value)):
        return True  # an ID rule may read a helpline's grouped digits (1300 78 99 78); not a bare
        # ten-digit number that only looks like a North American freephone (a blind ID did)
    if h.type == PERSON and value in _VERB_NAMES and _SUBJECT_AFTER.match(text, h.end):
        return True
    if h.type == PERSON and value in _OBJECT_VERB_NAMES and _OBJECT_AFTER.match(text, h.end):
        return True
    if h.type == PERSON and value in _FEELING_NAMES and _EXPRESSED_AFTER.match(text, h.end):
        return True
    if h.type == PERSON and value in _FEELING_NAMES and _BELIEF_DOES.match(text, h.end) and _SENTENCE_START.search(
        text, max(0, h.start - 6), h.start
    ):
        return True
    if h.type == PERSON and value == "Grace" and _GRACE_SAID.match(text, h.start):
        return True
    if h.type == PERSON and _thing_or_job(text, h.start, h.end):
        return True
    if h.type == PERSON and _role_after_the(text, h.start, h.end):
        return True
    if h.type in (PERSON, LOCATION) and _language_medicine_or_food(text, h.start, h.end):
        return True
    if h.type == PERSON and _document_or_benefit(value):
        return True
    if h.type in (PERSON, ORGANIZATION) and _inside_a_scheme_name(text, h.start, h.end):
        return True
    if h.type == PERSON and _WARD_OF_KIND.fullmatch(value):
        return True  # (session 32) Pohnpei State Hospital, Male Ward, Bed 6: a ward, not Mr Ward
    if value == "Mass" and _WORSHIP_BEFORE.search(text, max(0, h.start - 30), h.start):
        return True  # (session 32) misses Mass, goes to Mass: the service, not Massachusetts
    if h.type == PERSON and value in _NUMBERED_NOUNS and _NUMBER_AFTER.match(text, h.end):
        return True  # Medicine Ward 5, Class 10: a place or a stage, not Mr Ward
    if h.type == PERSON and value == "เดือน" and _TH_MONTH_AFTER.match(text, h.end):
        return True  # (session 29) งานแซนโฎนตา|เดือน|กันยายน: "the month of September", not น้องเดือน
    if h.type in (PERSON, ORGANIZATION, LOCATION) and _sports_side(text, h.start, h.end):
        return True
    if h.type in (PERSON, ORGANIZATION, LOCATION) and _names_a_helpline(text, h):
        return True
    if h.type == PERSON:
        return clause_or_role(value)
    if h.type == ORGANIZATION:
        return (
            _FACULTY_OF_A_DISCIPLINE.fullmatch(value) is not None
            or value in _GENERIC_THAI_BODIES
            or _national_cause_body(value)
            or _ministry_of_ordinary_words(value)
            or _head_then_clause(value)
            or _scheme_of_ordinary_words(value)
            or _service_of_function_words(value)
        )
    if h.type == LOCATION and (m := _MINISTRY_OF.match(text, h.start)) and m.end() >= h.end and (
        _ministry_of_ordinary_words(m.group(0))
    ):
        return True  # (session 37) a tagger reads Ministry| of Social Development as a place too
    if h.type == LOCATION and _COMPASS_REGION.fullmatch(value):
        return True  # (session 18) "in the North for two weeks": a half of a country, no place
    if h.type in (ID_NUMBER, CASE_NUMBER) and _COMA_SCORE.fullmatch(value):
        return True
    return h.type in (ADDRESS, ID_NUMBER, CASE_NUMBER) and _MONEY.fullmatch(value) is not None


def drop_non_identifiers(text: str, hits: list) -> list:
    """The hits without the spans that identify no one (a writer's own are always kept), nor any
    inside a table's header line (its cells name columns)."""
    from assistant.redact.recognizers.table_columns import table_header_spans

    headers = table_header_spans(text)
    kept, dropped = [], set()
    # about half the hits repeat a span another step found too: the verdict depends only on the
    # span, its type and whether the writer made it, so each is judged once
    verdicts: dict[tuple[int, int, str, bool], bool] = {}
    for h in hits:
        key = (h.start, h.end, h.type, h.source == "writer")
        if key not in verdicts:
            verdicts[key] = _verdict(text, h, headers)
        if verdicts[key] is None:
            dropped.add(_without_title(text[h.start:h.end].strip())[0])
        elif verdicts[key]:
            kept.append(h)
    # (session 22) the other mentions found from a span that was no name are none either: นายหน้า|ที่…
    # dropped, its propagated "หน้าที่" goes too
    return [h for h in kept if not (h.source == "propagated" and h.type == PERSON and text[h.start:h.end] in dropped)]


def _verdict(text: str, h, headers: list[tuple[int, int]]) -> bool | None:
    """Keep the hit (True), drop it (False), or drop it as a title read inside a word (None: its
    other mentions go too)."""
    if h.type == PERSON and h.source != "writer" and (
        _title_inside_a_word(text, h.start, text[h.start:h.end]) or _nominalised(text[h.start:h.end])
    ):
        return None
    if h.source != "writer" and (
        (h.type == PERSON and _possessed_word(text, h.start, h.end))
        or (h.type == LOCATION and _CLAUSE_END.match(text, h.end) and _possessed_word(text, h.start, h.end))
    ):
        return None  # a tagger reads an unknown kin word as a place as often as a name (helped her
        # Tupuna.); not a place before a noun (your Williston plant)
    return not _no_identifier(text, h) and not (
        h.source != "writer" and any(s <= h.start and h.end <= e for s, e in headers)
    )


def _possessed_word(text: str, start: int, end: int) -> bool:
    """her Mae back home, his Yai who raised him (session 28); with her Seanmhair, helped her Tupuna,
    lives with his Sekuru (session 37, keep26): one capitalised word after a possessive, with no
    family name after it, is what the family calls a relative in its own language — writers put a
    possessive before a kin word, not before a name (only "calls her Zosia" does, and a listed
    given name is left to the name rules)."""
    value = text[start:end]
    if not _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start) or _CAP_WORD_AFTER.match(text, end):
        return False
    if value in _THAI_KIN_LATIN:
        return True  # the grandchildren call her Yai too: a kin word, even as what she is called
    return (
        _ONE_LATIN_WORD.fullmatch(value) is not None and value not in all_given_names()
        and not _NAMING_VERB_BEFORE.search(text, max(0, start - 24), start)
    )


def _nominalised(value: str) -> bool:
    """session 36 (keep25) — ครู|การศึกษาพิเศษ, the special-education teacher: a Thai word made a noun
    by การ/ความ (the act of, the state of) names a subject or a feeling, never a person."""
    core, _ = _without_title(value.strip())
    if not core.startswith(("การ", "ความ")):
        return False
    th = get_thai_lexicon()
    first = th.tokenize(core)[0]
    return first in th.words and first.startswith(("การ", "ความ")) and not th.is_name(first)


def _without_title(core: str) -> tuple[str, bool]:
    """``core`` without the Thai title that opens it, and whether one did."""
    for title in thai_titles():
        if core.startswith(title) and len(core) > len(title):
            return core[len(title):].strip(), True
    return core, False
