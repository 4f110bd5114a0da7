"""From raw recognizer hits to the final, non-overlapping identifier list.

Steps, each for a reason:
1. NER hits are cleaned (split at "+", "w/", lowercase words; drop ones without a real name
   token) because the small English model is noisy on jottings.
2. Protected terms (scales, drugs, eponyms, platforms) are cut out of name/organisation/place
   hits: "Alzheimer's", "Beck Depression Inventory", "TikTok" must survive.
3. Aliases: a name in brackets right after a name, or a kin-titled name right before a
   bracketed name, is a person too (นายสุเทพ พรมมา (ลุงเทพ), ป้าพร (นางพรทิพย์ …)).
4. Propagation: once a name is known, its other mentions are names too (May → "May says"),
   case-sensitively in English so "she may not come" and "little joy" stay.
5. Overlapping hits are merged into one span, typed by the longest member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import MONTH_NAMES, NAME_TOKEN_RE, is_name_token
from assistant.redact.recognizers.organization import is_generic_org
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import LOCATION, ORGANIZATION, PERSON, TYPE_PRIORITY

_THAI = re.compile(rf"[{THAI_LETTERS}]")
_LATIN = re.compile(r"[A-Za-z]")
_SOFT_NAMED = (PERSON, ORGANIZATION, LOCATION)


@dataclass
class Hit:
    """A candidate identifier: [start, end) in the text, its type, score and origin."""

    start: int
    end: int
    type: str
    score: float
    source: str = "rule"  # "ner", "rule", "alias", "propagated"


# --------------------------------------------------------------------------- 1. NER cleaning
def clean_ner(text: str, hits: list[Hit]) -> list[Hit]:
    """Split NER spans into runs of real name tokens; drop the rest."""
    out: list[Hit] = []
    for h in hits:
        if h.source != "ner":
            out.append(h)
            continue
        span = text[h.start:h.end]
        runs: list[tuple[int, int]] = []
        for m in re.finditer(r"\S+", span):
            tok = m.group(0).rstrip(".,;:!?)\"'’").lstrip("(\"'‘")
            tok = re.sub(r"['’]s$", "", tok)
            lead = m.group(0).find(tok) if tok else 0
            s, e = h.start + m.start() + lead, h.start + m.start() + lead + len(tok)
            if tok and is_name_token(tok):
                if runs and text[runs[-1][1]:s] == " ":
                    runs[-1] = (runs[-1][0], e)
                else:
                    runs.append((s, e))
        for s, e in runs:
            n_tokens = len(text[s:e].split())
            if n_tokens == 1 and _sentence_initial(text, s) and not _used_mid_sentence(text, text[s:e]):
                continue  # "Seen C.H. today": a capitalised first word, not a name
            if h.type == ORGANIZATION and (n_tokens < 2 or is_generic_org(text[s:e])):
                continue
            if n_tokens == 1 and e - s <= 4 and text[e:e + 1] == ".":
                continue  # an abbreviation such as "Cont.", not a name
            out.append(Hit(s, e, h.type, h.score, "ner"))
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|[\"“(]\s*)$")


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START.search(text, max(0, pos - 4), pos)) or pos == 0


def _used_mid_sentence(text: str, token: str) -> bool:
    """The capitalised word also appears where capitals are not automatic (so it is a name)."""
    for m in re.finditer(rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-z])", text):
        if not _sentence_initial(text, m.start()):
            return True
    return False


# --------------------------------------------------------------------------- 2. protected terms
def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of protected terms (case-insensitive, whole words)."""
    return [m.span() for m in get_lexicon().protected_re.finditer(text)]


def cut_protected(text: str, hits: list[Hit], protected: list[tuple[int, int]]) -> list[Hit]:
    """Remove protected terms from name-like hits; keep the largest remaining piece."""
    out: list[Hit] = []
    for h in hits:
        if h.type not in _SOFT_NAMED or h.source == "writer":
            out.append(h)
            continue
        pieces = [(h.start, h.end)]
        for ps, pe in protected:
            nxt = []
            for s, e in pieces:
                if pe <= s or ps >= e:
                    nxt.append((s, e))
                    continue
                if s < ps:
                    nxt.append((s, ps))
                if pe < e:
                    nxt.append((pe, e))
            pieces = nxt
        best = None
        for s, e in pieces:
            seg = text[s:e]
            s2 = s + (len(seg) - len(seg.lstrip(" ,.;:+&/-")))
            e2 = e - (len(seg) - len(seg.rstrip(" ,.;:+&/-")))
            if e2 - s2 >= 2 and (_THAI.search(text[s2:e2]) or NAME_TOKEN_RE.search(text[s2:e2])) and (
                best is None or e2 - s2 > best[1] - best[0]
            ):
                best = (s2, e2)
        if best:
            out.append(Hit(best[0], best[1], h.type, h.score, h.source))
    return out


# --------------------------------------------------------------------------- 3. aliases
_PAREN_AFTER = re.compile(r"[^\S\n]*\(([^()\n\d]{2,30})\)")


def add_aliases(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Add bracketed aliases; returns (person-index, alias-index) pairs of linked hits."""
    lex = get_lexicon()
    th = get_thai_lexicon()
    roles = lex.th_soft_titles | set(lex.th_roles_before_latin) | {
        "ผู้ป่วย", "มารดา", "บิดา", "ผู้ปกครอง", "ญาติ", "ล่าม", "อาสาสมัคร", "ผู้รับบริการ", "ผู้กระทำ",
        "ชาวต่างชาติ", "ต่างชาติ", "ต่างด้าว", "แรงงานต่างด้าว", "คนไทย", "ชาวพม่า", "ชาวกัมพูชา", "ชาวลาว",
        "พม่า", "กัมพูชา", "ลาว", "เขมร", "ผู้ดูแล", "เพื่อนบ้าน", "แฟน", "สามีเก่า", "ภรรยาเก่า",
    }
    links: list[tuple[int, int]] = []
    persons = [i for i, h in enumerate(hits) if h.type == PERSON]
    by_start = {hits[i].start: i for i in persons}
    for i in persons:
        h = hits[i]
        m = _PAREN_AFTER.match(text, h.end)
        if not m:
            continue
        inner = m.group(1).strip()
        s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        e = s + len(inner)
        if e in (hits[j].end for j in persons) and s in by_start:
            links.append((i, by_start[s]))
            continue
        if _LATIN.search(inner) and not NAME_TOKEN_RE.match(inner):
            continue  # "(gma)", "(ELA)": lowercase or acronym, not a name
        if _LATIN.search(inner) and not all(is_name_token(t) for t in inner.split()):
            continue
        if inner in roles or get_lexicon().protected_re.fullmatch(inner):
            continue
        if _THAI.search(inner) and " " not in inner:
            toks = [t for t in th.tokenize(inner) if t.strip()]
            if len(toks) >= 2 and all(t in th.words and not th.is_name(t) for t in toks):
                continue  # an ordinary phrase such as (ชาวต่างชาติ), not a nickname
        hits.append(Hit(s, e, PERSON, 0.8, "alias"))
        links.append((i, len(hits) - 1))
    # kin-titled name right before a bracketed person: ป้าพร (นางพรทิพย์ พรมมา)
    for i in persons:
        h = hits[i]
        j = h.start - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j < 0 or text[j] != "(":
            continue
        k = j - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        m = re.search(rf"[{THAI_LETTERS}]+$", text[: k + 1])
        if not m:
            continue
        word = m.group(0)
        for title in sorted(lex.th_soft_titles, key=len, reverse=True):
            rest = word[len(title):]
            if (
                word.startswith(title)
                and 2 <= len(rest) <= 10
                and rest not in lex.th_not_names
                and len([t for t in th.tokenize(rest) if len(t) > 1]) == 1
            ):
                hits.append(Hit(m.start(), m.end(), PERSON, 0.75, "alias"))
                links.append((i, len(hits) - 1))
                break
    return links


# --------------------------------------------------------------------------- 4. propagation
def propagate(text: str, hits: list[Hit]) -> list[Hit]:
    """Other mentions of known names: English tokens case-sensitively, Thai names as written."""
    lex = get_lexicon()
    th = get_thai_lexicon()
    en_tokens: set[str] = set()
    th_forms: set[str] = set()
    for h in hits:
        if h.type != PERSON:
            continue
        value = text[h.start:h.end]
        if _THAI.search(value):
            th_forms.add(value.strip())
            core = value
            for title in sorted(lex.th_strong_titles | lex.th_soft_titles, key=len, reverse=True):
                if core.startswith(title):
                    core = core[len(title):].strip()
                    break
            for part in core.split():
                if len(part) >= 3 and part not in th.words and _THAI.search(part):
                    th_forms.add(part)
        for tok in re.findall(r"[A-Za-zÀ-ÿ'’\-]+", value):
            tok = re.sub(r"['’]s$", "", tok)
            if is_name_token(tok, allow_month=True):
                en_tokens.add(tok)
    out: list[Hit] = []
    for tok in en_tokens:
        not_date = r"(?![^\S\n]*\d)" if tok in MONTH_NAMES else ""  # "May 5" is a date
        for m in re.finditer(rf"(?<![A-Za-z\-]){re.escape(tok)}(?![a-z]){not_date}", text):
            out.append(Hit(m.start(), m.end(), PERSON, 0.7, "propagated"))
    for form in th_forms:
        if len(form) < 2:
            continue
        for m in re.finditer(re.escape(form), text):
            out.append(Hit(m.start(), m.end(), PERSON, 0.7, "propagated"))
    return extend_names(text, hits + out)


_TOKEN_BEFORE = re.compile(r"([A-Z][A-Za-zÀ-ÿ'’\-]+) $")
_TOKEN_AFTER = re.compile(r" ([A-Z][A-Za-zÀ-ÿ'’\-]+)(?![A-Za-z])")


def extend_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Grow English person spans over an adjacent name token ("Brooklyn" + found "Hayes")."""
    for h in hits:
        if h.type != PERSON or not _LATIN.search(text[h.start:h.end]):
            continue
        m = _TOKEN_BEFORE.search(text, max(0, h.start - 40), h.start)
        if m and m.end() == h.start and is_name_token(m.group(1)):
            h.start = m.start(1)
        m = _TOKEN_AFTER.match(text, h.end)
        if m and is_name_token(m.group(1)):
            h.end = m.end(1)
    return hits


# --------------------------------------------------------------------------- 5. merging
def merge(text: str, hits: list[Hit]) -> list[Hit]:
    """Union overlapping hits (and person hits separated by one space) into single spans."""
    if not hits:
        return []
    hits = sorted(hits, key=lambda h: (h.start, -h.end))
    groups: list[list[Hit]] = [[hits[0]]]
    end = hits[0].end
    for h in hits[1:]:
        last = groups[-1]
        adjacent_names = (
            h.type == PERSON
            and all(x.type == PERSON for x in last)
            and h.start == end + 1
            and text[end] == " "
            and _LATIN.search(text[h.start:h.end]) is not None
        )
        if h.start < end or adjacent_names:
            last.append(h)
            end = max(end, h.end)
        else:
            groups.append([h])
            end = h.end
    merged: list[Hit] = []
    for g in groups:
        s = min(h.start for h in g)
        e = max(h.end for h in g)
        writer = [h for h in g if h.source == "writer"]
        best = max(writer or g, key=lambda h: (h.end - h.start, TYPE_PRIORITY.get(h.type, 0), h.score))
        source = "writer" if writer else best.source
        merged.append(Hit(s, e, best.type, max(h.score for h in g), source))
    return merged
