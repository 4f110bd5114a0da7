"""A Thai shop, farm or rented room named by its owner: ร้านชำป้าสายใจ, ร้านก๋วยเตี๋ยวป้าหวาน,
ไร่มันเฮียเปา, ห้องเช่าเจ๊หมวย.

Why: the owner's name after a kin or trade title (ป้า, เจ๊, เฮีย…) is found as a person, but the
shop's head and its goods stayed in the clear around it, so the reader still had "the grocery of
Auntie ___" — a landmark by a client's home — and the body itself was never named as one. The
organisation rule reads the same run only when it ends cleanly; glued to the next clause of a
run-on note (…ป้าสายใจ|ไปทาง…) it let the whole run go. Here the person found decides where the
name ends, and only kind words (what the shop sells) may stand between the head and the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from assistant.redact.thai_lexicon import THAI_LETTERS

_THAI_RUN = re.compile(rf"[{THAI_LETTERS}]*")

#: Titles a Thai owner is called by in the name of a shop (kin words, trade titles, the Chinese-Thai
#: and southern Muslim ones: เถ้าแก่, อาม่า, บัง, ก๊ะ), and a mechanic's ช่าง (อู่ช่างหนุ่ม).
OWNER_TITLES = (
    "เถ้าแก่", "อาม่า", "อาแปะ", "อาซิ้ม", "เจ๊", "เฮีย", "ป้า", "ลุง", "ยาย", "ตา", "น้า", "อา", "แม่", "พ่อ",
    "พี่", "เสี่ย", "บัง", "ก๊ะ", "ช่าง",
)
#: Heads read here beyond the organisation rule's own: a kitchen, a salt field, a rented room.
_EXTRA_HEADS = ("ห้องเช่า", "นาเกลือ", "ครัว")
#: Crops a farm is named by that the organisation rule's kind words leave out: มัน (cassava) is
#: also "it", which no shop's name may hold there; between a farm and its owner it is the crop.
FARM_CROPS = frozenset({"มัน", "เกลือ", "พริก", "กระเทียม", "หอม"})
#: Heads that name where someone lives or a site (a place, not a body).
PLACE_HEADS = frozenset({"ห้องเช่า", "หอพัก", "แฟลต", "คอนโด", "ตลาด", "แคมป์คนงาน", "ท่าเรือ"})


@lru_cache(maxsize=1)
def shop_heads() -> tuple[str, ...]:
    """The organisation rule's heads and this module's own, longest first (ร้านอาหาร before ร้าน)."""
    from assistant.redact.recognizers.organization_th import HEADS

    return tuple(sorted({*HEADS, *_EXTRA_HEADS}, key=len, reverse=True))


def owner_shop_spans(
    text: str,
    persons: Iterable[tuple[int, int]],
    heads: tuple[str, ...],
    tokenize: Callable[[str], list[str]],
    is_kind: Callable[[str], bool],
    word_start: Callable[[str, int], bool],
) -> list[tuple[int, int, bool]]:
    """(start, end, is_place) of each head + kind words + a titled person glued after them.

    ``heads`` longest first; a head must start the run of Thai letters or a word by ``word_start``
    (ไปซื้อของที่|ร้านชำ…; เจ้าของ|ร้าน too), so the head inside a longer word is not read."""
    out: list[tuple[int, int, bool]] = []
    for start, end in persons:
        if not text.startswith(OWNER_TITLES, start):
            continue
        before = text[max(0, start - 30):start]
        found = None
        for head in heads:
            k = before.rfind(head)
            if k < 0:
                continue
            middle = before[k + len(head):]
            if not _THAI_RUN.fullmatch(middle):
                continue  # a space or a mark between: the person may open the next clause
            if all(is_kind(t) or t in FARM_CROPS for t in tokenize(middle) if t):
                found = (k, head)
                break
        if found is None:
            continue
        k, head = found
        head_start = start - len(before) + k
        if head_start > 0 and _THAI_RUN.fullmatch(text[head_start - 1]) and not word_start(text, head_start):
            continue
        out.append((head_start, end, head in PLACE_HEADS))
    return out

