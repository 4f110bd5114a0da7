"""Other mentions of a place already found once: a Thai village or community found inside a longer
span, and (session 43, ``latin_place_mention_spans``) a Latin-script town found as a span of its own.

Why: a village is often found once where a rule can see it — inside an address run
(๑๐๗ หมู่ ๑๒ บ้านหนองคอนไทย ต.หนองคอน …) or a body's name (รพ.สต.บ้านหนองคอนไทย) — and then named
again glued into a run-on sentence (อาสาสมัครบ้านหนองคอนไทยผลัดมาช่วย) where no frame marks it.
Name propagation covers people only, so the second mention went out. A village's name of three
syllables or more is not an everyday phrase: where the same letters stand again, word-bounded, they
are the same place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.redact.thai_lexicon import THAI_LETTERS

#: A village or community head and its name (four letters or more: บ้านนา, a house by the fields,
#: is a phrase), up to a space, a mark or the end of the span.
_VILLAGE = re.compile(rf"(?:หมู่บ้าน|บ้าน|ชุมชน)[{THAI_LETTERS}]{{4,24}}(?![{THAI_LETTERS}])")


#: A Thai place found as a span of its own: one word-run, long enough not to be a phrase.
_THAI_PLACE = re.compile(rf"[{THAI_LETTERS}]{{6,30}}")


def village_names(
    text: str, spans: list[tuple[int, int]], is_word: Callable[[str], bool], places: list[tuple[int, int]] = ()
) -> set[str]:
    """Village and community names written whole inside the found spans, and Thai places found
    whole (หนองไผ่ล้อม), not everyday phrases."""
    names: set[str] = {
        text[s:e] for s, e in places if _THAI_PLACE.fullmatch(text, s, e) and not is_word(text[s:e])
    }
    for start, end in spans:
        for m in _VILLAGE.finditer(text, start, end):
            if m.end() <= end and not is_word(m.group(0)):
                names.add(m.group(0))
    return names


def place_mention_spans(
    text: str,
    spans: list[tuple[int, int]],
    is_word: Callable[[str], bool],
    word_bounded: Callable[[int, int], bool],
    places: list[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Mentions of those names outside every span, on word boundaries (so บ้านนาหอ is not read
    inside บ้านนาหอยาว)."""
    out: list[tuple[int, int]] = []
    for name in sorted(village_names(text, spans, is_word, places)):
        k = text.find(name)
        while k >= 0:
            e = k + len(name)
            if not any(s <= k and e <= t for s, t in spans) and word_bounded(k, e):
                out.append((k, e))
            k = text.find(name, k + 1)
    return out


#: session 43 — a Latin-script place found as a span of its own: capitalised words (Motherwell,
#: Ōtara, Santa Rosa), four letters at least.
_LATIN_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zà-öø-ÿ\u0100-\u017f'’\-]{3,}(?:[^\S\n][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+){0,2}")


def latin_place_mention_spans(
    text: str, places: list[tuple[int, int]], taken: list[tuple[int, int]], is_word: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Other whole-word mentions of a Latin-script place a rule or the model found once ("Site:
    Motherwell satellite office" … "Lives NU 8, Motherwell"): English notes name the client's
    town in a heading or an address and again in a sentence no frame marks. Only places none of
    whose words English uses (``is_word`` on the lower-cased word), so a town named Hope or Bath
    is not looked for in the note's ordinary words."""
    from assistant.text.find import LATIN_HYPHEN_APOSTROPHE, occurrences

    names = {
        text[s:e] for s, e in places
        if _LATIN_PLACE.fullmatch(text, s, e) and not any(is_word(w.lower().strip("'’")) for w in text[s:e].split())
    }
    out: list[tuple[int, int]] = []
    for name in sorted(names):
        for k, e in occurrences(text, name, not_after=LATIN_HYPHEN_APOSTROPHE, not_before=LATIN_HYPHEN_APOSTROPHE):
            if not any(s < e and k < t for s, t in taken):
                out.append((k, e))
    return out
