"""Span boundaries for Thai names and places (round 21).

Half the Thai misses were PARTIAL spans: the name was found but its span stopped short, so a
piece of it leaked (ด.ช.จะ|ก่อ, อ่องเมียว|ทุน, บ้านห้วยน้ำ|ริน). Thai has no spaces between
words, so a span must reach the edges of the word the writer wrote, not the tokenizer's cut:

* after a formal title the given name starts right after the title, even when its first
  syllable is a function word (จะ, มะ);
* a short piece left between the span's end and the next space or mark is the rest of the name,
  unless it is a particle or a clause word (ค่ะ, ไป, มา, บอก …);
* a spelling variant of a found name (one letter or tone mark apart) standing as its own word is
  the same person;
* a kin word glued to an in-law word (แม่สามี "mother-in-law") is a relation, never a name.

Works on hits duck-typed (start, end, type, score, source) so resolve.py can call it without an
import cycle. No regex is compiled from client text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.redact.lexicon import get_lexicon
from assistant.redact.thai_lexicon import THAI_LETTERS
from assistant.redact.types import LOCATION, PERSON

_RUN_TAIL = re.compile(rf"[{THAI_LETTERS}]+")
_RUN_HEAD = re.compile(rf"[{THAI_LETTERS}]+$")
_BOUNDARY = re.compile(r"(?:[^\S\n]|[\n,;:()/\"”'’.!?]|$)")
_TONES = re.compile("[\u0e48-\u0e4b]")
#: Particles and clause words that may follow a name glued (แดงค่ะ, ต้นไป, นิดบอก): never name pieces.
_NOT_TAIL = frozenset({
    "ค่ะ", "คะ", "ครับ", "นะ", "จ้ะ", "จ้า", "จ๊ะ", "ด้วย", "ไป", "มา", "อยู่", "แล้ว", "เอง", "ก็", "ได้",
    "ไหม", "มั้ย", "หรอ", "เลย", "ซิ", "สิ", "ล่ะ", "น่ะ", "ว่า", "ที่", "บอก", "จะ", "ไม่", "และ", "กับ",
    "ของ", "ให้", "หน่อย", "นี้", "นั้น", "ด้วยกัน", "กัน", "ทุก", "อีก", "ยัง", "เป็น", "มี", "ถูก", "โดน",
    "คน", "ตัว", "ปี", "วัน", "หนึ่ง", "สอง", "เดียว", "ป่วย", "ไข้", "ตาย", "ตี", "กิน", "นอน", "ร้อง",
    "พูด", "เล่า", "ฟัง", "ดู", "รู้", "ทำ", "ช่วย", "รอ", "หาย", "ออก", "เข้า", "ถึง", "ต่อ", "แต่",
    "คือ", "เคย", "ยืน", "นั่ง", "ขอ", "ซื้อ", "ขาย", "โทร",  # (session 18) ของบีม|คือ นาง…: "is"
})
#: Words that turn a kin word into an in-law or step relation (แม่สามี, พ่อตา, พี่สะใภ้).
_IN_LAW = frozenset({"สามี", "ภรรยา", "ผัว", "เมีย", "สะใภ้", "เขย", "เลี้ยง", "บุญธรรม", "ยาย", "ตา"})
_KIN_HEADS = ("แม่", "พ่อ", "พี่", "น้อง", "ลูก", "ป้า", "ลุง", "น้า", "อา")
#: Kin titles after which a cut-off first syllable still belongs to the name (แม่กัน|วรา).
_KIN_TITLES = ("แม่", "พ่อ", "ยาย", "ตา", "ลุง", "ป้า", "พี่", "น้อง", "น้า", "ย่า", "ปู่")
_SOFT_LEFTOVER_BAD = frozenset({
    "ไม่", "ได้", "ให้", "ไป", "มา", "ก็", "ว่า", "ที่", "และ", "กับ", "บอก", "จะ", "ชื่อ", "ของ", "สาว", "ชาย",
    "เขย", "เลี้ยง", "คน", "เขา", "เรา", "ผม", "หนู", "มัน", "ยัง", "เคย", "โดน", "ถูก", "เป็น", "มี",
})


def _tail_end(text: str, end: int) -> int:
    """End of the written word when a span stops inside it; ``end`` when the rest is a word of its own."""
    m = _RUN_TAIL.match(text, end)
    if not m or not _BOUNDARY.match(text, m.end()):
        return end
    rest = m.group(0)
    if "\u0e31" <= rest[0] <= "\u0e4e" and not "\u0e40" <= rest[0] <= "\u0e46":
        return m.end()  # the span stopped mid-syllable (before a vowel or tone mark)
    if len(rest) > 3 or rest in _NOT_TAIL:
        return end
    return m.end()


def _title_start(text: str, start: int, strong: tuple[str, ...]) -> int:
    """Start of the given name when a span starts inside the word right after a title."""
    m = _RUN_HEAD.search(text, max(0, start - 24), start)
    head = m.group(0) if m else ""
    before = text[max(0, start - 12):start]
    for title in strong:  # ด.ช.จะ|ก่อ: the dotted title ends in a mark, the leftover is the name
        k = before.rfind(title)
        if k >= 0 and 1 <= len(before) - k - len(title) <= 3:
            left = before[k + len(title):]
            if _RUN_TAIL.fullmatch(left):
                return start - len(left)
    value = text[start:start + 8]
    if value.startswith(_KIN_TITLES) or any(value.startswith(t) for t in strong):
        return start  # the span already opens with its title
    for title in _KIN_TITLES:  # แม่กัน|วรา: a kin title, a cut first syllable, the name
        k = head.rfind(title)
        left = head[k + len(title):] if k >= 0 else ""
        if k >= 0 and 2 <= len(left) <= 3 and left not in _SOFT_LEFTOVER_BAD and (k == 0 or len(head) - k <= 6):
            return start - len(left)
    return start


def _kin_compound(value: str) -> bool:
    return any(value.startswith(k) and value[len(k):] in _IN_LAW for k in _KIN_HEADS)


def _one_apart(a: str, b: str) -> bool:
    """Same name spelled one letter or tone mark apart (อ่องเมียวทุน / อองเมียวทุน)."""
    a2, b2 = _TONES.sub("", a), _TONES.sub("", b)
    if a2 == b2:
        return a != b
    if len(a2) != len(b2):
        return False
    return sum(x != y for x, y in zip(a2, b2, strict=True)) == 1


def fix_thai_bounds(text: str, hits: list, make_hit: Callable) -> list:
    """Grow Thai PERSON/LOCATION spans to the written word, drop kin compounds, add spelling variants."""
    if not any("\u0e01" <= ch <= "\u0e5b" for ch in text[:4000]):
        return hits
    lex = get_lexicon()
    strong = tuple(sorted((t for t in lex.th_strong_titles if t.endswith(".")), key=len, reverse=True))
    out = []
    names: set[str] = set()
    for h in hits:
        if h.type not in (PERSON, LOCATION) or not _RUN_TAIL.search(text, h.start, h.end):
            out.append(h)
            continue
        value = text[h.start:h.end]
        if h.type == PERSON and _kin_compound(value.strip()):
            continue
        h.end = _tail_end(text, h.end)
        if h.type == PERSON:
            h.start = _title_start(text, h.start, strong)
            m = _RUN_HEAD.search(text, h.start, h.end)
            whole = _RUN_HEAD.search(text, max(0, h.start - 24), h.end)
            if m and whole and len(m.group(0)) >= 5 and whole.start() == m.start():
                names.add(m.group(0))
        out.append(h)
    if names:
        covered = [(h.start, h.end) for h in out]
        for run in _RUN_TAIL.finditer(text):
            word = run.group(0)
            if not 5 <= len(word) <= 16 or any(s <= run.start() and run.end() <= e for s, e in covered):
                continue
            if any(_one_apart(word, n) for n in names) and (
                run.start() == 0 or not "\u0e01" <= text[run.start() - 1] <= "\u0e5b"
            ):
                out.append(make_hit(run.start(), run.end(), PERSON, 0.7, "propagated"))
    return out
