"""Is a spaced Thai chunk made the way Thai family names are made?

Why: Thai family names are compounds of a few thousand pieces (ศรี, ทอง, ธรรม, วงศ์, มี, มาก …),
many of them ordinary words, so a chunk such as มีมาก or ธรรมสอน after a titled given name fails
every "not a dictionary word" check and the name was cut before its family name (the largest
kind of Thai miss on text by unseen authors: a person found only in part). PyThaiNLP's list of
9,836 family names, cut by its default tokenizer, says which pieces family names are built of
and how often; a chunk all of whose pieces recur there is shaped like a family name, while
clauses carry pieces that no family name has (ดื่ม, รับ, ดูแล, ไม่, ใน). Built once, in about
0.3 s, from an installed word list; nothing about a note is kept.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

#: A piece must recur in this many family names; 2 keeps ตอ|แล|มา and drops ดื่ม (0), รับ (0).
MIN_PIECE_COUNT = 2
#: Family names are one to four pieces long.
MAX_PIECES = 4


@lru_cache(maxsize=1)
def _piece_counts() -> Counter[str]:
    from pythainlp.corpus import thai_family_names
    from pythainlp.tokenize import word_tokenize

    counts: Counter[str] = Counter()
    for name in thai_family_names():
        counts.update(word_tokenize(name, engine="newmm"))
    return counts


def surname_like(chunk: str) -> bool:
    """Two to four pieces, each recurring in PyThaiNLP's family names (a chunk that is one word
    of the dictionary is left to the callers' own checks)."""
    from pythainlp.tokenize import word_tokenize

    pieces = word_tokenize(chunk, engine="newmm")
    if not 2 <= len(pieces) <= MAX_PIECES:
        return False
    counts = _piece_counts()
    return all(counts[p] >= MIN_PIECE_COUNT for p in pieces)



#: session 34 — each half of a one-word family name must recur this often in the list.
MIN_HALF_COUNT = 10


def two_word_family_name(chunk: str) -> bool:
    """A chunk the dictionary holds as ONE word (ทองเหลือง "brass", ยอดดี, มั่นคง) that splits into
    two halves each common in family names (ทอง|เหลือง, ยอด|ดี, มั่น|คง). Family names are often
    such compounds, so after a found given name, closed as a full name is closed, the word is the
    family name; descriptions (สบายดี, ทำงาน, อยู่บ้าน, ปลอดภัย) have a half family names rarely hold."""
    counts = _piece_counts()
    return any(
        counts[chunk[:i]] >= MIN_HALF_COUNT and counts[chunk[i:]] >= MIN_HALF_COUNT
        for i in range(2, len(chunk) - 1)
    )
