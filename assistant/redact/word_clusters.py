"""Brown clusters of English words: which words the web uses alike.

Why: the English tagger learns from ~1,000 synthetic notes, so most names, brands and places it
meets were never in its training; its word features say nothing about them. A Brown cluster
groups words by the company they keep in a large corpus (Manchester with Medellin and Lagos,
Sarah with Fatima and Nguyen, Sony with Adidas), so a frame learnt for one word carries to the
others in its cluster. Held-out development sets 46, 47, 49 and keep5 (left out of training):
the tagger alone found 194 → 210 of 402 English identifiers, and the whole analyzer 475 → 478
of 506 with keep 496 → 497 of 523 (session 14). Adding the same features to the Latin words of
the Thai tagger lost 4 Thai identifiers there, so only the English tagger reads them.

The clusters are spaCy's English lexeme clusters from ``spacy-lookups-data`` (an installed
package; nothing is downloaded). The table stores each path as an integer whose bits, read from
the lowest, are the path from the root of the cluster tree.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

#: Prefix lengths of the path used as features: coarse to fine, as in Ratinov & Roth (2009).
PREFIXES = (4, 6, 10, 14)


@lru_cache(maxsize=1)
def _paths() -> dict[str, str]:
    import spacy_lookups_data

    table = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_cluster.json.gz"
    with gzip.open(table, "rt", encoding="utf-8") as fh:
        raw: dict[str, int] = json.load(fh)
    # 0 means "no cluster" (words too rare to place); keep the finest prefix we read
    return {word: bin(code)[2:][::-1][: PREFIXES[-1]] for word, code in raw.items() if code}


def cluster_path(word: str) -> str | None:
    """The word's path in the cluster tree as a bit string, as written or lower-cased; None when
    the corpus had too little of it (most clients' names)."""
    paths = _paths()
    return paths.get(word) or paths.get(word.lower())


def cluster_features(word: str) -> list[str]:
    """Prefixes of the word's cluster path (``bc4=0110`` …), or ``bc-`` for an unplaced word."""
    path = cluster_path(word)
    if not path:
        return ["bc-"]
    return [f"bc{n}={path[:n]}" for n in PREFIXES if len(path) >= n]
