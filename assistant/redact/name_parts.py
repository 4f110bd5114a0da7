"""Which parts of a personal name the writer listed identify the person on their own.

Why: the writer lists a person once ("Kelechi Okonkwo-Adeyemi", "ด.ญ.ต้นข้าว บุญมาก") in the case
list, a remembered addition or ``--add``, but notes name people several ways — the given name
alone, a title and the family name, a Thai given name glued to the next word. The writer meant
the person, not one spelling, so each distinctive part is hidden too (and ``pseudonyms.assign``
gives it the full name's placeholder). Two limits keep this from hiding ordinary text:

* only values shaped like a personal name are split — never an organisation, a place or an
  address the writer listed (their words are ordinary: Primary, School, Drive, วัด, บ้าน);
* a part that is also an ordinary word is hidden only where it is written as a name: in English
  with its capital (Will said… but not …he will come), in Thai not at all (ฝน is also "rain",
  and Thai has no capitals to tell them apart).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.redact.initials import split_title
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import NAME_PARTICLES, NAME_TOKEN_RE

_THAI_WORD = re.compile(r"[\u0E01-\u0E4E]{2,}")
_INITIAL = re.compile(r"[A-Z]\.?")
_PARTICLE = re.compile(NAME_PARTICLES)
#: Words of listed places and businesses (beside the lexicon's generic organisation words): a
#: value holding one is not a person's name, so it is hidden whole and never split.
_EN_PLACE_WORDS = frozenset({
    "road", "rd", "street", "st", "avenue", "ave", "drive", "lane", "ln", "way", "place", "crescent",
    "close", "terrace", "boulevard", "highway", "soi", "moo", "village", "town", "city", "park",
    "bridge", "station", "market", "temple", "wat", "hotel", "condo", "tower", "towers", "mall",
    "plaza", "apartments", "ltd", "inc", "co", "company", "farm", "factory", "garage", "cafe",
    "restaurant", "shop", "store", "estate", "house", "hall", "street's", "mosque", "masjid",
})


@dataclass(frozen=True)
class NamePart:
    """A part to hide alone; ``exact_case`` when it is also an ordinary word (Will, Hope)."""

    text: str
    exact_case: bool


def person_name_parts(value: str) -> list[str]:
    """The parts of ``value`` to hide alone, in order (empty when ``value`` is not split)."""
    return [p.text for p in name_parts(value)]


def name_parts(value: str) -> list[NamePart]:
    """As :func:`person_name_parts`, with how each part may be matched."""
    _, rest = split_title(value.strip())
    tokens = [t.strip("()\"“”'‘’,") for t in rest.split()]
    tokens = [t for t in tokens if t]
    if len(tokens) < 2 or len(tokens) > 5 or any(ch.isdigit() for ch in rest):
        return []
    if all(_THAI_WORD.fullmatch(t) for t in tokens):
        return _thai_parts(tokens)
    return _latin_parts(tokens)


def _latin_parts(tokens: list[str]) -> list[NamePart]:
    lex = get_lexicon()
    names = [t for t in tokens if not _INITIAL.fullmatch(t) and not _PARTICLE.fullmatch(t)]
    for token in names:
        low = token.lower()
        if not NAME_TOKEN_RE.fullmatch(token) or low in lex.en_generic_org_words or low in _EN_PLACE_WORDS:
            return []
    words = _english_words()
    return [NamePart(t, exact_case=t.lower() in words) for t in names]


def _thai_parts(tokens: list[str]) -> list[NamePart]:
    from assistant.redact.recognizers.location_th import KIND_OPENERS, TOPO_HEADS
    from assistant.redact.thai_lexicon import get_thai_lexicon

    if tokens[0].startswith((*KIND_OPENERS, *TOPO_HEADS, "โรงเรียน", "มหาวิทยาลัย", "สถาน", "มูลนิธิ")):
        return []
    th = get_thai_lexicon()
    return [
        NamePart(t, exact_case=False) for t in tokens
        if t not in th.words and t not in th.stopwords
    ]


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from assistant.redact.given_names import english_words
    from assistant.redact.names_en import COMMON_CAP

    return english_words() | {w.lower() for w in COMMON_CAP}
