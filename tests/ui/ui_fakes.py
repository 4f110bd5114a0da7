"""A stand-in for ``assistant.pipeline.Services`` so page tests run fast and deterministically.

It follows the real API's shapes (RedactedText, DraftOutcome, CheckReport) with tiny regex
logic: two capitalised words are a PERSON, a Thai-style phone number is a PHONE; the word
"lazy"/"ขี้เกียจ" is an error-level objectivity finding with a one-click replacement; a numbered
goal line without a digit is a goals warning (so goal edits visibly re-check).
"""

from __future__ import annotations

import re
from typing import ClassVar

from assistant.errors import LeakBlocked, ModelUnavailable
from assistant.formats import note_class, render_note
from assistant.inputs import validate_text
from assistant.models import (
    CheckReport,
    Finding,
    Language,
    NoteFormat,
    PlaceholderEntry,
    PlaceholderMap,
    RedactedEntity,
    RedactedText,
    SessionMeta,
    SmartGoal,
)
from assistant.pipeline import DraftOutcome, Notice, ReviewOutcome
from assistant.settings import Settings

_PATTERNS = (("PERSON", re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")),
             ("PHONE", re.compile(r"\b0\d{1,2}-\d{3}-\d{4}\b")))
_JUDGEMENTAL = {"lazy": "tired", "ขี้เกียจ": "ไม่ได้ทำการบ้าน"}


class FakeServices:
    """Deterministic pipeline double.

    ``fail_draft`` raises ModelUnavailable (a caller that asked for no fallback); ``fallback``
    behaves like the real pipeline after a model failure (offline draft + notices); ``leak``
    raises LeakBlocked; ``extra_notices`` are added to every draft; ``critique`` makes
    ``review`` merge a model finding as a configured model would.
    """

    fail_draft = False
    explode = False
    fallback = False
    leak = False
    critique = False
    extra_notices: ClassVar[list[Notice]] = []

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.drafts = 0

    backend_label = "offline"

    def warm(self) -> None:
        return None

    def preview_redaction(self, text, *, add=(), release=()):
        validate_text(text, max_chars=self.settings.max_input_chars, what="jottings")
        spans: list[tuple[int, int, str, str]] = []
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(text):
                if m.group(0) not in release:
                    spans.append((m.start(), m.end(), kind, "analyzer"))
        for item in add:
            for m in re.finditer(re.escape(str(item)), text):
                spans.append((m.start(), m.end(), "PERSON", "writer"))
        spans.sort()
        entities, mapping, out, cursor, counters = [], {}, [], 0, {}
        seen: dict[str, str] = {}
        for start, end, kind, source in spans:
            if start < cursor:
                continue
            value = text[start:end]
            if value not in seen:
                counters[kind] = counters.get(kind, 0) + 1
                seen[value] = f"[{kind}_{counters[kind]}]"
                mapping[seen[value]] = PlaceholderEntry(
                    placeholder=seen[value], type=kind, value=value,
                    initials="".join(w[0] + "." for w in value.split()))
            out.append(text[cursor:start] + seen[value])
            entities.append(RedactedEntity(start=start, end=end, type=kind, text=value,
                                           source=source, placeholder=seen[value]))
            cursor = end
        out.append(text[cursor:])
        return RedactedText(language=Language.EN, redacted_text="".join(out), entities=entities,
                            mapping=PlaceholderMap(entries=mapping))

    def check(self, text, *, locale=None, **_kw):
        findings = []
        for word, better in _JUDGEMENTAL.items():
            for m in re.finditer(word, text):
                findings.append(Finding(
                    rule="objectivity.judgemental-term", criterion="objectivity",
                    severity="error", start=m.start(), end=m.end(),
                    message="Judgemental term." if locale != "th" else "คำตัดสิน",
                    suggestion=better, replacement=True))
        goals = re.search(r"(?:Goals|เป้าหมาย):\n((?:\d+\. .*\n?)+)", text)
        for m in re.finditer(r"^\d+\. (.*)$", goals.group(1) if goals else "", re.M):
            if not re.search(r"\d", m.group(1)):
                start = goals.start(1) + m.start(1)
                findings.append(Finding(
                    rule="goals.not-measurable", criterion="goals", severity="warning",
                    start=start, end=start + len(m.group(1)),
                    message="Goal has no measure." if locale != "th" else "เป้าหมายไม่มีตัววัด"))
        if "Next session" not in text and "นัดครั้งต่อไป" not in text:
            findings.append(Finding(rule="interventions.next-session", criterion="interventions",
                                    severity="warning", message="No next session date."))
        overall = max(0.0, 1 - 0.2 * len(findings))
        return CheckReport(findings=findings, overall=overall,
                           scores={"objectivity": overall})

    def recheck(self, note, session, *, jottings_text=None, locale=None, **_kw):
        text = render_note(note, session, locale or "en")
        return text, self.check(text, locale=locale)

    def draft(self, jottings, *, fmt=None, language=None, restore_mode=None, redaction=None,
              no_fallback=False, progress=None):
        say = progress or (lambda _s: None)
        say("redacting")
        if self.explode:
            raise RuntimeError("secret client text must not be shown")
        if self.fail_draft:
            raise ModelUnavailable("The model server could not be reached.")
        if self.leak:
            raise LeakBlocked(["PERSON"])
        notices = list(self.extra_notices)
        if self.fallback:
            notices.append(Notice(code="model_failed_offline_used", level="warning",
                                  message="The model server could not be reached. The offline "
                                  "drafter was used instead; your jottings are kept."))
        self.drafts += 1
        fmt = fmt or NoteFormat.SOAP
        language = language or Language.EN
        redaction = redaction or self.preview_redaction(jottings.text)
        say("drafting offline")
        cls = note_class(fmt)
        first, *_ = [name for name, *_ in cls.SECTIONS]
        note = cls(**{first: "Client reports feeling lazy this week."},
                   goals=[SmartGoal(statement="Walk 10 minutes daily", specific="walk",
                                    measurable="10 minutes")])
        session = SessionMeta.model_validate(jottings.session.model_dump())
        locale = "th" if language == Language.TH else "en"
        say("checking")
        text, report = self.recheck(note, session, locale=locale)
        return DraftOutcome(
            backend="offline", offline=True, fmt=fmt, language=language, note=note,
            session=session, text=text, report=report,
            notices=[*notices, Notice(code="offline_draft", message="Offline draft.")],
            redaction=redaction)

    def review(self, text, *, locale=None, no_fallback=False, progress=None):
        validate_text(text, max_chars=self.settings.max_input_chars, what="note")
        report = self.check(text, locale=locale)
        if not self.critique:
            return ReviewOutcome(report=report,
                                 notices=[Notice(code="critique_offline", message="Rules only.")])
        first = text.split(".")[0]
        model = Finding(rule="model.critique", criterion="relevance", severity="info", start=0,
                        end=len(first), source="model",
                        message="The opening does not say why the session happened.")
        merged = CheckReport(findings=[model, *report.findings], overall=report.overall,
                             scores=report.scores)
        return ReviewOutcome(report=merged, critique_used=True, backend="model:fake")
