"""Clarity: a new colleague must follow the note quickly — no private shorthand, no endless sentences, no shouting."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.check.context import CheckContext
from assistant.check.matchers import PhraseRule, per_check
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity
from assistant.text.thai import has_thai

_EN_ABBR = re.compile(
    r"(?<![\w\-/])(?:[A-Z][A-Za-z]?[A-Z]+[a-z]?|[A-Z]{2,})(?:-[A-Z0-9]{1,4})?s?(?![\w])"
)
_TH_ABBR = re.compile(r"(?<![ก-๙.])(?:[ก-ฮ][ก-ฮะ-ฺเ-์]{0,3}\.){1,3}(?![ก-๙]*\.)")
_SUFFIX = re.compile(r"-[A-Z0-9]+$")
_ROMAN = re.compile(r"[IVX]+")
_ALL_CAPS = re.compile(r"(?<![\w-])[A-Z]{3,}(?![\w-])")
_VOWELS = re.compile(r"[AEIOU]")
_WORDS_EN = re.compile(r"[A-Za-z0-9'’-]+")


def _defined(ctx: CheckContext, abbr: str) -> bool:
    """True when the note expands the abbreviation: ``words (ABBR)`` or ``ABBR (words)``."""
    memo = ctx.cache.setdefault("abbr_defined", {})
    assert isinstance(memo, dict)
    if abbr not in memo:
        # string search, not a regex per abbreviation: dynamic patterns would flush re's cache
        text = ctx.text
        defined = f"({abbr})" in text or f"( {abbr} )" in text
        pos = text.find(abbr + " (")
        while not defined and pos >= 0:
            inner = text[pos + len(abbr) + 2 : text.find(")", pos + len(abbr) + 2)]
            defined = len(inner) >= 4 and not any(ch.isdigit() for ch in inner)
            pos = text.find(abbr + " (", pos + 1)
        memo[abbr] = defined
    return bool(memo[abbr])


#: Short words an expansion may skip ("English as a Second Language" → ESL).
_SKIP_WORDS = frozenset({"of", "and", "as", "a", "an", "the", "for", "to", "in", "on", "&"})


def _spelled_out(ctx: CheckContext, abbr: str) -> bool:
    """True when the note writes the words the acronym stands for ("Advance care plan … ACP"),
    in any order of first use: the reader can expand it from the note itself."""
    letters = [ch.lower() for ch in _SUFFIX.sub("", abbr).rstrip("s") if ch.isalpha()]
    if len(letters) < 2 or len(letters) > 6:
        return False
    words = ctx.cache.get("abbr_words")
    if words is None:
        words = [w for w in _WORDS_EN.findall(ctx.text) if not w.isupper()]
        ctx.cache["abbr_words"] = words
    assert isinstance(words, list)
    for i, first in enumerate(words):
        if first[0].lower() != letters[0] or (len(letters) == 2 and not first[0].isupper()):
            continue  # a two-letter acronym needs a capitalised first word: too easy by chance
        k, j = 1, i + 1
        while k < len(letters) and j < len(words):
            w = words[j].lower()
            if w[0] == letters[k]:
                k += 1
            elif w not in _SKIP_WORDS:
                break
            j += 1
        if k == len(letters):
            return True
    return False


def _accepted(ctx: CheckContext, abbr: str) -> bool:
    acc = ctx.config.accepted_abbreviations
    base = abbr.rstrip(".")
    candidates = {abbr, base, base.rstrip("s"), _SUFFIX.sub("", base), abbr + "."}
    return any(c in acc for c in candidates)


@per_check("abbr")
def undefined_abbreviations(ctx: CheckContext) -> list[tuple[int, int, str]]:
    """(start, end, form) of abbreviations and shorthand a newcomer could not expand (cached)."""
    text = ctx.text
    out: list[tuple[int, int, str]] = []
    shouted = {s for s, _ in shouting_spans(ctx)}
    for m in _EN_ABBR.finditer(text):
        form = m.group(0)
        if m.start() in shouted or _accepted(ctx, form) or _defined(ctx, form.rstrip("s")):
            continue
        if _spelled_out(ctx, form):
            continue
        if ctx.in_quote(m.start(), m.end()) or _ROMAN.fullmatch(form):
            continue
        if (
            ctx.section_of(m.start()) is None
            and ctx.parsed.sections
            and _heading_like(ctx, m.start())
        ) or _service_line(ctx, m.start()):
            continue
        out.append((m.start(), m.end(), form))
    for m in _TH_ABBR.finditer(text):
        form = m.group(0)
        core = form.replace(".", "")
        nxt = text[m.end() : m.end() + 1]
        if len(core) <= 1 or nxt.isdigit() or _accepted(ctx, form) or _defined(ctx, form):
            continue
        out.append((m.start(), m.end(), form))
    covered = bytearray(len(text) + 1)
    for a, b, _ in out:
        covered[a:b] = b"\x01" * (b - a)
    for s, e in ctx.config.shorthand.finditer(text):
        if ctx.in_quote(s, e) or covered[s]:
            continue
        out.append((s, e, text[s:e]))
    out.sort()
    return out


def _heading_like(ctx: CheckContext, offset: int) -> bool:
    ls, _ = ctx.line_at(offset)
    return ls == 0  # the title line of a pasted note


#: A word that makes a header line the name of a service or organisation.
_SERVICE_WORD = re.compile(
    r"\b(?:services?|clinic|cent(?:re|er)|unit|team|office|hospital|department|programme|program"
    r"|school|university|college|agency|ward)\b",
    re.IGNORECASE,
)


def _service_line(ctx: CheckContext, offset: int) -> bool:
    """True on a title line naming the service ("HSE Primary Care Psychology Service", "NHS
    Talking Therapies Clinic"): an opening line without a label colon or a sentence end that names a
    service word. Why (round 9): the organisation's own acronym is how its staff name it; flagging
    it was a false warning on a good note, and no marked defect sat on such a line."""
    ls, le = ctx.line_at(offset)
    if ctx.text[:ls].count("\n") >= 3:
        return False  # the opening lines only
    line = ctx.text[ls:le].strip()
    if ":" in line or line.endswith((".", "!", "?")) or len(line.split()) > 10:
        return False
    return _SERVICE_WORD.search(line) is not None


def _title_line(text: str, offset: int) -> bool:
    """True when ``offset`` is on a title or heading line written in capitals ("TELEHEALTH
    PROGRESS NOTE", "PLAN:"): capitals there are typography, not shouting (round 3: a capitalised
    title raised three warnings on a good note). A title is the note's first line; a heading ends
    with a colon. Either way every letter on the line is a capital and it has at most 6 words."""
    ls = text.rfind("\n", 0, offset) + 1
    le = text.find("\n", offset)
    line = text[ls : le if le >= 0 else len(text)].strip()
    letters = [c for c in line if c.isalpha()]
    # every letter a capital: a Thai letter (no case) or a lower-case one makes it running text
    if not letters or not all(c.isupper() for c in letters) or len(line.split()) > 6:
        return False
    return line.endswith((":", "：")) or not text[:ls].strip()


def shouting_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """ALL-CAPS words that are shouted rather than abbreviations."""
    text = ctx.text
    caps = list(_ALL_CAPS.finditer(text))
    out = []
    for i, m in enumerate(caps):
        w = m.group(0)
        if _accepted(ctx, w) or w in ctx.config.expansions:
            continue
        if _title_line(text, m.start()):
            continue
        after = text[m.end() : m.end() + 2]
        neighbour = any(
            abs(o.start() - m.end()) <= 1 or abs(m.start() - o.end()) <= 1
            for j, o in enumerate(caps)
            if j != i
        )
        # round 11: a spoken word has a vowel inside it (AGAIN, NEVER); an acronym whose vowels
        # stand only at its ends (IGCSE, OSCE-like) is a code, not a shouted word
        wordlike = len(w) >= 5 and len(_VOWELS.findall(w)) >= 2 and bool(_VOWELS.search(w[1:-1]))
        if (
            after.startswith("!")
            or wordlike
            or (neighbour and len(_VOWELS.findall(w)) >= 1 and len(w) >= 4)
        ):
            out.append(m.span())
    return out


#: Words per distinct all-capitals acronym below which a note reads as a string of codes.
_DENSE_WORDS_PER_ACRONYM = 30


def _needs_spelling_out(ctx: CheckContext, found: list[tuple[int, int, str]]) -> bool:
    """A warning, not a hint, when three or more distinct forms are unexplained AND the note is
    telegraphic: private shorthand (pt, c/o, f/u, wks, ผป.) among them, or capitals packed densely.
    A few programme or service acronyms in an otherwise full, well-written note are a hint only
    (they made good notes look unclear on held-out set 2)."""
    distinct = {f for _, _, f in found}
    if len(distinct) < 3:
        return False
    if any(not _ALL_CAPS_FORM.fullmatch(f) for f in distinct):
        return True
    return _words(ctx, 0, len(ctx.text)) < _DENSE_WORDS_PER_ACRONYM * len(distinct)


_ALL_CAPS_FORM = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]{1,4})?s?")


@register
class UndefinedAbbreviation(Rule):
    """Abbreviations and shorthand outside the accepted list, never spelled out (UDS, ck'd, f/u, ผปค.).

    Why: a colleague new to the case cannot expand private shorthand.
    """

    id = "clarity.undefined-abbreviation"
    criterion = Criterion.CLARITY
    message = frozen(
        {
            "en": "'{term}' is an abbreviation a new reader may not know.",
            "th": "«{term}» เป็นคำย่อที่ผู้อ่านใหม่อาจไม่เข้าใจ",
        }
    )
    advice = frozen(
        {
            "en": "Write the term in full at first use, with the abbreviation in brackets if it recurs.",
            "th": "เขียนคำเต็มเมื่อใช้ครั้งแรก และใส่คำย่อในวงเล็บถ้าใช้ซ้ำ",
        }
    )
    examples = frozen(
        {
            "en": (
                "UDS + bup, PDMP ck'd, RTC 2 wks.",
                "Urine drug screen positive for buprenorphine; prescription monitoring database checked; return in 2 weeks.",
            ),
            "th": ("ผปค. ยังไม่พา นร. ไป รพจ. ตาม นด.", "ผู้ปกครองยังไม่พานักเรียนไปโรงพยาบาลจิตเวชตามนัด"),
        }
    )
    config_keys = ("abbreviations.accepted", "abbreviations.shorthand")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        found = undefined_abbreviations(ctx)
        severity = Severity.WARNING if _needs_spelling_out(ctx, found) else Severity.INFO
        for s, e, form in found:
            expansion = ctx.config.expansions.get(form) or ctx.config.expansions.get(form.lower())
            if expansion:
                yield self.finding(
                    ctx, s, e, severity=severity, term=form, suggestion=expansion, replacement=True
                )
            else:
                yield self.finding(ctx, s, e, severity=severity, term=form)


@register
class Shouting(Rule):
    """Words in ALL CAPITALS used for emphasis (AGAIN, NEVER).

    Why: capitals read as shouting and add emotion, not information.
    """

    id = "clarity.shouting"
    criterion = Criterion.CLARITY
    message = frozen(
        {
            "en": "'{term}' is written in capitals, which reads as shouting.",
            "th": "«{term}» เขียนด้วยตัวพิมพ์ใหญ่ทั้งคำ อ่านแล้วเหมือนตะโกน",
        }
    )
    advice = frozen(
        {
            "en": "Use normal case and state the fact plainly.",
            "th": "ใช้ตัวพิมพ์ปกติและเขียนข้อเท็จจริงตรง ๆ",
        }
    )
    examples = frozen(
        {
            "en": (
                "Client was late AGAIN and did NOT bring the form.",
                "Client arrived 20 minutes late and did not bring the form.",
            ),
            "th": ("ผู้รับบริการมาสาย AGAIN", "ผู้รับบริการมาสาย 20 นาที (ครั้งที่ 3 ในเดือนนี้)"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s, e in shouting_spans(ctx):
            if ctx.in_quote(s, e):
                continue
            word = ctx.text[s:e]
            yield self.finding(ctx, s, e, term=word, suggestion=word.lower(), replacement=True)


def _words(ctx: CheckContext, s: int, e: int) -> int:
    piece = ctx.text[s:e]
    if has_thai(piece):
        return ctx.config.tokenizer.word_count(piece)
    return len(_WORDS_EN.findall(piece))


@register
class LongSentence(Rule):
    """A very long sentence (over 30 English words, or 40 Thai words in one clause).

    Why: long sentences force re-reading and hide the main fact.
    """

    id = "clarity.long-sentence"
    criterion = Criterion.CLARITY
    severity = Severity.INFO
    message = frozen(
        {
            "en": "This sentence has {n} words; split it so each sentence carries one fact.",
            "th": "ประโยคนี้ยาว {n} คำ ควรแบ่งให้แต่ละประโยคมีใจความเดียว",
        }
    )
    advice = frozen(
        {
            "en": "One fact per sentence; put the main point first.",
            "th": "หนึ่งประโยคหนึ่งใจความ และขึ้นต้นด้วยประเด็นหลัก",
        }
    )
    examples = frozen(
        {
            "en": (
                "She said the landlord called and then her son got sick and she missed work and then the bus was late and she cried.",
                "Client reports the landlord called on Monday. Her son was ill, and she missed two days of work.",
            ),
            "th": (
                "ผู้รับบริการเล่าว่าหลังจากไปพบเจ้าของห้องเช่าเมื่อวันอังคารที่แล้วซึ่งพี่สาวเป็นคนนัดให้และไปด้วยเพราะช่วยจ่ายค่าเช่ามาตั้งแต่ต้นปีทำให้รู้สึกว่าไม่ยุติธรรม",
                "ผู้รับบริการเล่าว่าไม่ได้เงินมัดจำคืน รู้สึกว่าไม่ยุติธรรม",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s, e in ctx.sentences:
            if ctx.in_quote(s, e):
                continue
            if len(ctx.text[s:e]) < 60:
                continue  # too short to pass the lower bound in either language
            n = _words(ctx, s, e)
            thai = has_thai(ctx.text[s:e])
            info_at, warn_at = (40, 60) if thai else (30, 45)
            if n > warn_at and not _short_clauses(ctx, s, e, warn_at):
                yield self.finding(ctx, s, e, severity=Severity.WARNING, n=n)
            elif n > info_at:  # (a long list of short ";" clauses is a hint only)
                yield self.finding(ctx, s, e, n=n)


def _short_clauses(ctx: CheckContext, s: int, e: int, limit: int) -> bool:
    """True when semicolons split the sentence into clauses each shorter than ``limit`` words.
    Why: "did X; arranged Y; talked about Z" is a list a reader takes in clause by clause (round 4:
    the only warning on a good note); a hint is enough."""
    sentence = ctx.text[s:e]
    parts = sentence.split(";")
    if len(parts) < 2:
        # an inline numbered list "will (1) tell …, (2) call …, and (3) visit …" is read item by
        # item like a ";" list (round 8: a hospice plan's only warning)
        parts = _INLINE_ITEM.split(sentence)
        if len(parts) < 3:
            return False
    return all(len(p.split()) <= limit * 2 // 3 for p in parts)


#: "(1)", "(2)", "1)", "(a)", «(๑)» opening an item inside a sentence.
_INLINE_ITEM = re.compile(r"(?:^|\s)\(?(?:\d{1,2}|[a-e]|[๑-๙])\)\s")


_AND_EN = re.compile(r"\band\b", re.IGNORECASE)
_THEN_EN = re.compile(r"\b(?:and then|then)\b", re.IGNORECASE)
_CHAIN_TH = re.compile(r"แล้วก็|แล้ว|จากนั้น|ก็เลย|และ")


@register
class RunOnChain(Rule):
    """A run-on chain of events joined by "and … and then …" (แล้ว … แล้วก็ …).

    Why: narrated chains bury the clinically relevant fact and blur who did what.
    """

    id = "clarity.run-on-chain"
    criterion = Criterion.CLARITY
    message = frozen(
        {
            "en": "A chain of clauses joined by 'and'/'then' is hard to follow.",
            "th": "ประโยคเชื่อมเหตุการณ์ต่อกันยาวด้วย «แล้ว/และ» ทำให้อ่านยาก",
        }
    )
    advice = frozen(
        {
            "en": "Keep the facts that matter for care as separate sentences or a short list.",
            "th": "แยกข้อเท็จจริงที่สำคัญต่อการดูแลเป็นประโยคสั้น ๆ หรือรายการ",
        }
    )
    examples = frozen(
        {
            "en": (
                "She cancelled dinner and her husband was upset and they argued and then she cried.",
                "She cancelled a family dinner to avoid the highway. She reports an argument with her husband afterwards.",
            ),
            "th": (
                "ทะเลาะกับสามีแล้วสามีก็ออกจากบ้านไปแล้วลูกก็ร้องไห้แล้วก็โทรหาแม่",
                "ผู้รับบริการเล่าว่าทะเลาะกับสามีเรื่องเงิน สามีออกจากบ้านไป 2 วัน",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s, e in ctx.sentences:
            piece = ctx.text[s:e]
            if has_thai(piece):
                if len(_CHAIN_TH.findall(piece)) < 4:
                    continue  # cheap check before tokenising
                tokens = ctx.config.tokenizer.tokens(piece) if len(piece) < 2000 else piece.split()
                chain = sum(1 for t in tokens if _CHAIN_TH.fullmatch(t))
                if chain >= 4:
                    yield self.finding(ctx, s, e)
            elif _words(ctx, s, e) >= 25 and (
                len(_AND_EN.findall(piece)) >= 4 or len(_THEN_EN.findall(piece)) >= 2
            ):
                yield self.finding(ctx, s, e)


@register
class VagueSummary(PhraseRule):
    """A summary that records nothing checkable (stuff, etc., same as usual, meds ok, ก็โอเค, ฯลฯ).

    Why: a new reader cannot tell what was discussed or what changed; the guidance asks that a
    note be understood quickly by someone who was not there.
    """

    id = "clarity.vague-summary"
    criterion = Criterion.CLARITY
    list_name = "vague_summaries"
    message = frozen(
        {
            "en": "'{term}' summarises without content; say what was discussed or what changed.",
            "th": "«{term}» เป็นการสรุปกว้างๆ ที่ไม่บอกเนื้อหา ควรระบุว่าคุยเรื่องอะไร หรืออะไรเปลี่ยนไป",
        }
    )
    advice = frozen(
        {
            "en": "Name each topic and one fact about it, e.g. 'rent arrears of 2 months; eviction notice dated 3 May'.",
            "th": "ระบุแต่ละเรื่องพร้อมข้อเท็จจริง เช่น «ค้างค่าเช่า 2 เดือน ได้รับหนังสือแจ้งให้ออกลงวันที่ 3 พ.ค.»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Talked about school, friends and stuff. Mood ok.",
                "Discussed two missed exams and a falling-out with her best friend; she rated her mood 4/10.",
            ),
            "th": (
                "คุยเรื่องบ้าน เรื่องงาน ฯลฯ โดยรวมก็โอเค",
                "คุยเรื่องค่าเช่าค้าง 2 เดือน และงานกะดึก ผู้รับบริการให้คะแนนความเครียด 6/10",
            ),
        }
    )
