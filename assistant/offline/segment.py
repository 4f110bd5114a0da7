"""Split rough jottings (English, Thai or mixed) into small statements with exact spans.

Why this shape: jottings are not prose. Writers separate facts with newlines, ``;``, dashes and
arrows; English writers also use full stops and commas, Thai writers put a space between clauses
(Thai has no spaces between words, so a space is a clause boundary). We split at three levels:

* **line** — a newline;
* **chunk** — a hard separator inside a line (``;``, ``—``, ``→``, ``->``, `` - ``, ``|``) or an
  English sentence end (``.``, ``!``, ``?`` not after an abbreviation, initial or Thai letter);
* **fragment** — a soft separator inside a chunk: a comma, or a space between two Thai letters.

Splitting finely is safe because the drafter merges neighbouring fragments of one chunk back
together (by span, so the original wording and spacing return) whenever they land in the same
section. Nothing is split inside quotes, parentheses or placeholders such as ``[PERSON_1]``.

A label before a colon at the start of a chunk ("plan:", "ทำ:", "Obs:") is recognised through
``labels.yaml``; it applies to the rest of the chunk's English sentence or Thai line, and a label
alone on its line applies to the following lines up to a blank line or the next label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.offline.cues import cues, label_key

_PROTECT = re.compile(
    r'"[^"\n]*"'  # straight double quotes
    r"|“[^”\n]*”"  # curly double quotes
    r"|«[^»\n]*»"
    r"|\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"  # parentheses, one level of nesting
    r"|\[[^\[\]\n]*\]"  # placeholders and bracketed prompts
)
_HARD = re.compile(r"\s*(?:;|→|⇒|->|=>|\s[—–]\s|\s-\s|\s\|\s)\s*")
_EN_END = re.compile(r"(?<=[^\s.])[.!?]+(?=\s|$)")
_ARROW = re.compile(r"→|⇒|->|=>")
_COMMA = re.compile(r",\s+|，\s*|、\s*")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E4E]")
_THAI_SPACE = re.compile(r"(?<=[\u0E01-\u0E4E.])\s+(?=[\u0E01-\u0E4E])")
_BULLET = re.compile(r"\s*(?:[-*•·▪◦]|\d{1,2}[.)])\s+")
_LABEL = re.compile(
    r"([^\W\d_][^:：\n\d\[\]\"“(]{0,28}?)\s*(?:\([^()\n]{1,30}\))?\s*[:：](?!\d)\s*"
)

#: Words whose full stop never ends a sentence (titles, Latin abbreviations, street types).
_ABBREV = frozenset(
    ("mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "eg", "ie", "e.g", "i.e", "approx",
     "apt", "ave", "rd", "ct", "blvd", "inc", "co", "ltd", "dept", "a.m", "p.m", "u.s", "misc")
)  # fmt: skip
#: Words whose full stop ends a sentence unless a number follows ("Jan. 5", "No. 3", "Wed. 10am").
_ABBREV_BEFORE_NUMBER = frozenset(
    ("no", "nos", "fig", "vol", "ext", "tel", "ph", "gr", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
     "thur", "thurs", "fri", "sat", "sun")
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Fragment:
    """The smallest statement unit: ``text[start:end]`` of the jottings, with where it sits.

    ``label`` is the category (S, O, A, P, I, R, G) of the writer's label in scope, if any.
    """

    start: int
    end: int
    line: int
    chunk: int
    sentence: int
    label: str | None = None
    #: True when a space between Thai clauses (not a comma) separates it from the previous one:
    #: the two read as one statement if they land in the same section.
    after_space: bool = False
    #: True when an arrow ("→", "->") leads into it: it continues or results from what precedes.
    after_arrow: bool = False

    def text_of(self, source: str) -> str:
        """The fragment's text in ``source``."""
        return source[self.start : self.end]


def _protected(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PROTECT.finditer(line)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


def _is_sentence_end(line: str, match: re.Match[str]) -> bool:
    """A full stop ends a sentence unless it closes an abbreviation, an initial or Thai text."""
    mark = match.group(0)
    if mark[0] in "!?":
        return True
    before = line[: match.start()]
    word = re.search(r"([A-Za-z.]+)$", before)
    if not word:
        # digits ("at 11:05.") end a sentence; Thai abbreviations (ม.ค., รพ.) do not
        return not _THAI_LETTER.match(before[-1:] or " ")
    token = word.group(1).lower().strip(".")
    if len(token) == 1 and word.group(1)[-1:].isupper():
        return False  # an initial: "Ava R. posted"
    if token in _ABBREV_BEFORE_NUMBER:
        return not re.match(r"\s*\d", line[match.end() :])
    return token not in _ABBREV


_HARD_CUT, _COMMA_CUT, _SPACE_CUT = 2, 1, 0


def _is_change(line: str, match: re.Match[str]) -> bool:
    """An arrow or dash between two numbers is a change or a range ("80% -> 40%"), not a cut."""
    before = line[: match.start()].rstrip()
    after = line[match.end() :].lstrip()
    return bool(re.search(r"[\d๐-๙]%?$", before)) and bool(re.match(r"[\d๐-๙]", after))


def _cuts(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, kind) of every separator in the line, outside protected spans."""
    cuts: list[tuple[int, int, int]] = []
    for m in _HARD.finditer(line):
        if not _inside(m.start(), spans) and m.start() > 0 and not _is_change(line, m):
            cuts.append((m.start(), m.end(), _HARD_CUT))
    for m in _EN_END.finditer(line):
        if not _inside(m.start(), spans) and _is_sentence_end(line, m):
            cuts.append((m.start(), m.end(), _HARD_CUT))
    for m in _COMMA.finditer(line):
        if not _inside(m.start(), spans):
            cuts.append((m.start(), m.end(), _COMMA_CUT))
    for m in _THAI_SPACE.finditer(line):
        if not _inside(m.start(), spans):
            cuts.append((m.start(), m.end(), _SPACE_CUT))
    cuts.sort()
    merged: list[tuple[int, int, int]] = []
    for a, b, kind in cuts:
        if merged and a <= merged[-1][1]:  # overlapping separators: one cut, the strongest
            pa, pb, pk = merged[-1]
            merged[-1] = (pa, max(pb, b), max(pk, kind))
        else:
            merged.append((a, b, kind))
    return merged


def _label_at(line: str, pos: int) -> tuple[str | None, int, bool]:
    """(category, content start, label-is-stripped) for a label starting at ``pos``.

    Unknown labels ("Tel:", "Caregiver:") are content, not structure: category None, nothing
    skipped.
    """
    m = _LABEL.match(line, pos)
    if not m:
        return None, pos, False
    key = label_key(m.group(1))
    category = cues().labels.get(key)
    if category is None:
        return None, pos, False
    strip = key in cues().strip_labels
    return category, (m.end() if strip else pos), strip


def segment(text: str) -> list[Fragment]:
    """Every fragment of the jottings, in order; empty and punctuation-only pieces dropped."""
    out: list[Fragment] = []
    block_label: str | None = None
    chunk_no = 0
    sentence_no = 0
    offset = 0
    for line_no, raw in enumerate(text.split("\n")):
        line_start = offset
        offset += len(raw) + 1
        if not raw.strip():
            block_label = None
            continue
        bullet = _BULLET.match(raw)
        pos = bullet.end() if bullet else len(raw) - len(raw.lstrip())
        category, content, _ = _label_at(raw, pos)
        if category is not None and not raw[content:].strip(" \t:：-—"):
            block_label = category  # a label alone on its line heads the lines below
            continue
        if category is None and not bullet and block_label is not None and _LABEL.match(raw, pos):
            block_label = None  # an unknown label line ends the block ("Tel: …" after "Plan:")
        spans = _protected(raw)
        pieces: list[tuple[int, int, int, bool]] = []  # (start, end, cut kind before, arrow)
        prev, before, arrow = pos, _HARD_CUT, False
        for a, b, kind in _cuts(raw, spans):
            if b <= prev:
                continue
            if a > prev:
                pieces.append((prev, a, before, arrow))
                before, arrow = kind, False
            else:  # separators back to back: the strongest decides
                before = max(before, kind)
            arrow = arrow or bool(_ARROW.search(raw[a:b]))
            prev = b
        if prev < len(raw):
            pieces.append((prev, len(raw), before, arrow))
        scope = block_label
        sentence_no += 1
        for start, end, kind, arrow in pieces:
            new_chunk = kind == _HARD_CUT
            while start < end and raw[start].isspace():
                start += 1
            if new_chunk:
                chunk_no += 1
                if _ends_sentence_before(raw, start, spans):
                    sentence_no += 1
                    scope = block_label  # an English sentence end closes an inline label
                cat, content, _ = _label_at(raw, start)
                if cat is not None:
                    scope = cat
                    start = content
            s, e = _trim(raw, start, end)
            if s >= e:
                continue
            out.append(
                Fragment(
                    line_start + s,
                    line_start + e,
                    line_no,
                    chunk_no,
                    sentence_no,
                    scope,
                    after_space=kind == _SPACE_CUT,
                    after_arrow=arrow,
                )
            )
    return out


def _ends_sentence_before(line: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    head = line[:pos].rstrip()
    return bool(head) and head[-1] in ".!?" and not _THAI_LETTER.match(head[-2:-1] or " ")


_TRIM_CHARS = " \t\r,;:.-–—|→"


def _trim(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in _TRIM_CHARS:
        start += 1
    while end > start and line[end - 1] in _TRIM_CHARS:
        # keep a full stop that belongs to an abbreviation or a Thai abbreviation ("น.", "Mr.")
        if line[end - 1] == "." and end - start > 1 and _keeps_dot(line[start:end]):
            break
        end -= 1
    return start, end


def _keeps_dot(piece: str) -> bool:
    word = re.search(r"(\S+)\.$", piece)
    if not word:
        return False
    token = word.group(1)
    if _THAI_LETTER.search(token[-1:]):
        return True
    last = token.split(".")[-1].lower()
    return last in _ABBREV or (len(last) == 1 and last.isupper())
