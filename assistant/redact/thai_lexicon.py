"""PyThaiNLP's bundled dictionaries (words, given and family names, stopwords) and a newmm
tokenizer whose dictionary also knows names and titles, so "นายสมบัติ" splits as นาย|สมบัติ.

Loaded once per process (the trie costs ~1–2 s); no download: the lists ship in the wheel and
``PYTHAINLP_OFFLINE=1`` makes any attempt fail loudly instead of reaching the network.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

THAI_LETTERS = "\u0e01-\u0e4e"
#: Vowels and tone marks written above or below a consonant (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ …).
_THAI_MARKS = re.compile("[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]")


def base_letters(word: str) -> int:
    """How many letters of ``word`` stand on the line: a transliterated syllable (ลวิน, ขิ่น) is
    short in base letters however many marks it carries."""
    return len(_THAI_MARKS.sub("", word))



@dataclass(frozen=True)
class ThaiLexicon:
    """Word sets and the tokenizer dictionary."""

    words: frozenset[str]
    given_names: frozenset[str]
    family_names: frozenset[str]
    stopwords: frozenset[str]
    trie: object
    #: Words ORCHID tags as action verbs (VACT) and no name list holds: ขาย, ซ่อม, ย้าย, ตก.
    action_verbs: frozenset[str] = frozenset()

    def tokenize(self, text: str) -> list[str]:
        """newmm tokens of ``text`` (whitespace kept, so offsets can be rebuilt by summing).

        Inside ``tokenize_memo()`` (one ``analyze`` call) a string already cut is not cut again:
        the Thai recognizers read the same chunks many times. Callers get their own list copy."""
        memo: dict[str, list[str]] | None = getattr(_memo_local, "memo", None)
        if memo is not None:
            hit = memo.get(text)
            if hit is None:
                hit = memo[text] = self._segment(text)
            return list(hit)
        return self._segment(text)

    def _segment(self, text: str) -> list[str]:
        from pythainlp.tokenize import word_tokenize

        return word_tokenize(text, custom_dict=self.trie, engine="newmm", keep_whitespace=True)

    def word_starts(self, text: str) -> set[int]:
        """Offsets in ``text`` where the tokenizer starts a word (0 included, ``len(text)`` not)."""
        at, out = 0, set()
        for token in self.tokenize(text):
            out.add(at)
            at += len(token)
        return out

    def clause_start(self, text: str, start: int, end: int, stop: Callable[[str], bool], after: int = 0) -> int:
        """Where a glued Thai name run on into a clause ends: the offset of the first token of
        ``text[start:end]`` that ``stop`` accepts and that begins more than ``after`` letters in
        (a road's or a body's name: ซอยรางน้ำ|ไล่ออกแล้ว, รพ.สต.โนนทอง|มารับ…); ``end`` if none."""
        pos = start
        for token in self.tokenize(text[start:end]):
            if pos > start + after and stop(token):
                return pos
            pos += len(token)
        return end

    def acts(self, token: str) -> bool:
        """An action verb or a verb phrase the dictionary keeps whole (ขาย, ขายของ, ซ่อมรถ), not a
        listed name: after a kin title it says what someone did, not who they are."""
        if token in self.action_verbs:
            return True
        if token not in self.words or token in self.stopwords or self.is_name(token):
            return False  # รวมทั้ง "including" is a function word, whatever its first syllable
        return any(
            token[:k] in self.action_verbs and token[k:] in self.words for k in range(2, len(token) - 1)
        )

    def is_name(self, token: str) -> bool:
        """In a given-name or family-name list."""
        return token in self.given_names or token in self.family_names


#: A word the Thai National Corpus counts this often is in everyday use, whatever else it names.
_EVERYDAY_FREQUENCY = 1000


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Session 26 — the words of PyThaiNLP's dictionary that are everyday words: listed by the Royal
    Society's dictionary (ORST) or frequent in the Thai National Corpus. PyThaiNLP's word list also
    holds proper names — districts such as ท่าอุเทน, อุ้มผาง, เบตง — which made a name look like a
    word; the ORST list holds พาน, สอง, ชนบท, ท่าเรือ but not those."""
    from pythainlp.corpus.common import thai_orst_words
    from pythainlp.corpus.tnc import word_freqs

    orst = thai_orst_words()
    frequent = {w for w, n in word_freqs() if n > _EVERYDAY_FREQUENCY}
    return frozenset(w for w in get_thai_lexicon().words if w in orst or w in frequent)


_lock = threading.Lock()
_cached: ThaiLexicon | None = None
_memo_local = threading.local()


@contextmanager
def tokenize_memo() -> Iterator[None]:
    """Share tokenizations across the recognizers for one text, per thread. The memo is dropped
    on exit, so no client text outlives the call (nothing identifying is kept in a cache)."""
    if getattr(_memo_local, "memo", None) is not None:  # nested: the outer call owns the memo
        yield
        return
    _memo_local.memo = {}
    try:
        yield
    finally:
        _memo_local.memo = None


#: Dictionary compounds that swallow the last syllable of the relation noun before them and so
#: hide the frame "husband called …": สามีชื่อ segments as สา|มีชื่อ ("famous"), สามีมา as สา|มีมา.
#: Left out of the segmenter's word list (they stay dictionary words for every other check);
#: มี|ชื่อ and มี|มา read the same wherever the compounds were meant.
_SWALLOWING_COMPOUNDS = frozenset({"มีชื่อ", "มีมา"})
#: Phrases about a name that the dictionary lacks, segmented whole so that the word after ชื่อ is
#: not read as a name (ไม่มีชื่อเต็มในนี้ "the full name is not given here").
_NAME_PHRASES = frozenset({"ชื่อเต็ม"})


#: Action verbs that are also common nicknames (ORCHID tags them VACT): never gated as verbs.
_NICKNAME_VERBS = frozenset({"ปัด", "เอื้อ", "ปั้น", "ยิ้ม", "ต่อ", "ชม", "ปั่น"})


@lru_cache(maxsize=1)
def orchid_tags() -> dict[str, str]:
    """Each word's most frequent part-of-speech tag in the ORCHID corpus, from the unigram tagger
    file that ships in PyThaiNLP's wheel (no download): NPRP a proper noun, NCMN a common noun,
    VACT an action verb …; a word the corpus never saw has none."""
    import json
    from importlib.resources import files

    path = files("pythainlp") / "corpus" / "pos_orchid_unigram.json"
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _orchid_action_verbs() -> frozenset[str]:
    """Words ORCHID tags VACT (an action verb). Session 16: a kin title then an action verb
    (ป้า|ขาย|ของ, ลุง|ซ่อม|รถ) says what someone did, not who they are."""
    tags = orchid_tags()
    return frozenset(w for w, tag in tags.items() if tag == "VACT" and len(w) > 1) - _NICKNAME_VERBS


def get_thai_lexicon() -> ThaiLexicon:
    """The process-wide Thai lexicon."""
    global _cached
    with _lock:
        if _cached is None:
            from pythainlp.corpus import (
                thai_family_names,
                thai_female_names,
                thai_male_names,
                thai_stopwords,
                thai_words,
            )
            from pythainlp.util import dict_trie

            from assistant.redact.lexicon import get_lexicon

            lex = get_lexicon()
            words = frozenset(thai_words())
            given = frozenset(thai_female_names() | thai_male_names())
            family = frozenset(thai_family_names())
            titles = lex.th_strong_titles | lex.th_soft_titles | set(lex.th_nickname_cues)
            trie = dict_trie(set(words | given | family | titles | _NAME_PHRASES) - _SWALLOWING_COMPOUNDS)
            verbs = _orchid_action_verbs() - given - family
            _cached = ThaiLexicon(words, given, family, frozenset(thai_stopwords()), trie, verbs)
        return _cached
