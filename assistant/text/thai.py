"""Thai text helpers: script detection and word tokens (PyThaiNLP ``newmm``).

Dates, times, Buddhist-era years, month names and Thai digits live in
:mod:`assistant.text.dates`; this module only knows how Thai is written as words.
"""

from __future__ import annotations

import itertools
import re

# --------------------------------------------------------------------------- tokens


_TH_CHAR = re.compile(r"[\u0E00-\u0E7F]")


def has_thai(text: str) -> bool:
    """True when the text holds at least one Thai character."""
    return _TH_CHAR.search(text) is not None


class ThaiTokenizer:
    """PyThaiNLP ``newmm`` word tokens with a per-instance cache.

    Built with a custom dictionary so lexicon phrases come out as whole tokens (see
    :func:`build_tokenizer`). Thai is tokenised chunk by chunk (a chunk is a run without
    whitespace); chunks repeat a lot across notes, so the cache makes repeated checks cheap.
    """

    def __init__(self, custom_dict: object | None = None, cache_size: int = 50_000) -> None:
        self._dict = custom_dict
        self._cache: dict[str, tuple[int, ...]] = {}
        self._cache_size = cache_size

    def boundaries(self, chunk: str) -> tuple[int, ...]:
        """Offsets inside ``chunk`` where a token starts or ends (0 and len included)."""
        hit = self._cache.get(chunk)
        if hit is not None:
            return hit
        from pythainlp.tokenize import word_tokenize  # heavy import: only when Thai is seen

        cuts = [0]
        pos = 0
        for token in word_tokenize(
            chunk, custom_dict=self._dict, engine="newmm", keep_whitespace=True
        ):
            pos += len(token)
            cuts.append(pos)
        result = tuple(cuts)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[chunk] = result
        return result

    def tokens(self, chunk: str) -> list[str]:
        """The tokens of ``chunk`` (cached)."""
        cuts = self.boundaries(chunk)
        return [chunk[a:b] for a, b in itertools.pairwise(cuts) if chunk[a:b].strip()]

    def word_count(self, text: str) -> int:
        """Words in a text: Thai chunks by tokens, other runs by whitespace."""
        count = 0
        for chunk in text.split():
            count += len(self.tokens(chunk)) if has_thai(chunk) else 1
        return count

    def is_boundary(self, text: str, offset: int) -> bool:
        """True when ``offset`` in ``text`` falls between two tokens (not inside a Thai word)."""
        if offset <= 0 or offset >= len(text):
            return True
        left, right = text[offset - 1], text[offset]
        if left.isspace() or right.isspace():
            return True
        if not (_TH_CHAR.match(left) and _TH_CHAR.match(right)):
            return True  # a script change or punctuation is a boundary
        start = (
            max(
                text.rfind(" ", 0, offset), text.rfind("\n", 0, offset), text.rfind("\t", 0, offset)
            )
            + 1
        )
        ends = [
            i
            for i in (text.find(" ", offset), text.find("\n", offset), text.find("\t", offset))
            if i >= 0
        ]
        end = min(ends) if ends else len(text)
        return (offset - start) in self.boundaries(text[start:end])

    def starts_word(self, text: str, offset: int) -> bool:
        """True when a dictionary word (of two or more letters) begins at ``offset``."""
        if offset >= len(text) or not _TH_CHAR.match(text[offset]):
            return True
        if self._dict is None:
            return self.is_boundary(text, offset)
        return any(len(w) >= 2 for w in self._dict.prefixes(text[offset : offset + 30]))


def build_tokenizer(extra_words: frozenset[str] = frozenset()) -> ThaiTokenizer:
    """A tokenizer whose dictionary keeps ``extra_words`` whole.

    Dictionary compounds that merely glue a lexicon phrase to a neighbour word (``คนขี้บ่น`` =
    ``คน`` + ``ขี้บ่น``) are removed so the phrase becomes its own token; words where the phrase
    is only a substring (``บ้าน`` ⊃ ``บ้า``) stay, which is what keeps such traps from firing.
    """
    if not extra_words:
        return ThaiTokenizer()
    from pythainlp.corpus import thai_words
    from pythainlp.util import dict_trie

    words = set(thai_words())
    terms = sorted((w for w in extra_words if has_thai(w) and " " not in w), key=len, reverse=True)
    if terms:
        pattern = re.compile("|".join(re.escape(t) for t in terms))
        drop = set()
        for word in words:
            for m in pattern.finditer(word):
                if m.end() - m.start() == len(word):
                    continue
                rest = word[: m.start()] + word[m.end() :]
                if (m.start() == 0 or m.end() == len(word)) and (
                    rest in words or rest in extra_words
                ):
                    drop.add(word)
                    break
        words -= drop
    # a phrase that is another phrase plus a dictionary word (มี + กลิ่นสุรา) is left out, so
    # both phrases keep their own token boundaries
    plain = sorted((w for w in extra_words if has_thai(w) and " " not in w), key=len)
    added: set[str] = set()
    for w in plain:
        glued = any(
            (w.startswith(t) and w[len(t) :] in words) or (w.endswith(t) and w[: -len(t)] in words)
            for t in added
            if t != w
        )
        if not glued:
            added.add(w)
    words |= added
    return ThaiTokenizer(dict_trie(words))
