"""The only module that knows the order of the stages: input → redact → draft → restore → check.

Stages are pure and never import each other; ``Services`` holds what is expensive to build (the
identifier analyzer, the checker's lexicons, the model client) once per process, and passes each
stage what it needs from another (the analyzer to the leak guard and the confidentiality rule).
Failures of the model never lose the writer's work: they end in the offline draft with a notice,
unless the caller asked for no fallback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from assistant.errors import AssistantError, LeakBlocked, ModelOutputInvalid, ModelUnavailable
from assistant.formats import render_note
from assistant.inputs import validate_text
from assistant.models import (
    AnyNote,
    CheckReport,
    Finding,
    Jottings,
    Language,
    NoteBase,
    NoteFormat,
    PlaceholderMap,
    RedactedText,
    RestoreMode,
    RestoreResult,
    SessionMeta,
    Span,
    TokenUsage,
)
from assistant.settings import Settings
from assistant.text.language import locale_of, note_language

if TYPE_CHECKING:  # pragma: no cover - typing only
    from assistant.redact import IdentifierAnalyzer

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


class Notice(BaseModel):
    """Something the writer must know about how a result was produced; ``code`` is stable for i18n."""

    code: str
    level: Literal["info", "warning", "error"] = "info"
    message: str
    reason: str | None = Field(
        default=None,
        description="The failure's kind (an AssistantError class name such as LeakBlocked): the "
        "message is English, so another interface language says why from this.",
    )


class DraftOutcome(BaseModel):
    """A restored, checked draft and everything the UI and the store need to know about it."""

    backend: str
    offline: bool
    fmt: NoteFormat
    language: Language
    note: AnyNote
    session: SessionMeta
    text: str = Field(description="The rendered note; every finding's span indexes this text.")
    report: CheckReport
    notices: list[Notice] = Field(default_factory=list)
    usage: TokenUsage | None = None
    restore: RestoreResult | None = None
    redaction: RedactedText
    prompt_version: str | None = None


class ReviewOutcome(BaseModel):
    """Findings on a pasted note: the rules always, the model's critique when one is configured."""

    report: CheckReport
    critique_used: bool = False
    backend: str = "rules"
    notices: list[Notice] = Field(default_factory=list)


def _restore_strings(value: Any, fn: Callable[[str], str]) -> Any:
    """Apply ``fn`` to every string inside a JSON-like structure (dicts, lists, strings)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_restore_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _restore_strings(v, fn) for k, v in value.items()}
    return value


class Services:
    """Per-process holder of the expensive parts; all public methods are safe to call from the UI."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._analyzer: IdentifierAnalyzer | None = None
        self._check_config: Any = None
        self._client: Any = None

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Services:
        """Build services from settings (read from the environment when not given)."""
        return cls(settings or Settings())

    # ------------------------------------------------------------------ lazily built parts

    @property
    def analyzer(self) -> IdentifierAnalyzer:
        """The identifier analyzer (Presidio + Thai recognizers), built once and warmed."""
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    from assistant.redact import get_analyzer

                    self._analyzer = get_analyzer()
        return self._analyzer

    @property
    def check_config(self) -> Any:
        """The checker's lexicons and thresholds, loaded once from bundled or organisation files."""
        if self._check_config is None:
            from assistant.check import load_config

            self._check_config = load_config(
                self.settings.rules_data_dir, self.settings.timeliness_threshold_hours
            )
        return self._check_config

    def model_client(self, allow: Sequence[str] = ()) -> Any:
        """The guarded model client; only exists when a model is configured.

        ``allow`` holds values the writer released from redaction: a client whose guard lets
        exactly those through is built for that request.
        """
        if self.settings.offline:
            raise ModelUnavailable(
                "No model is configured. Set ASSISTANT_LLM_MODEL (and OPENAI_BASE_URL for a local "
                "server) to use one."
            )
        from assistant.llm import ModelClient
        from assistant.redact.guard import LeakGuard

        if allow:  # a per-request client whose guard honours the writer's releases
            return ModelClient(self.settings, LeakGuard(self.analyzer, allow=allow))
        if self._client is None:
            self._client = ModelClient(self.settings, LeakGuard(self.analyzer))
        return self._client

    @property
    def backend_label(self) -> str:
        """What drafts with: ``offline`` or ``model:<name>``."""
        return "offline" if self.settings.offline else f"model:{self.settings.llm_model}"

    def warm(self) -> None:
        """Build the heavy parts now (at start-up) rather than on the writer's first click."""
        _ = self.analyzer
        _ = self.check_config

    # ------------------------------------------------------------------ stages

    def validate(self, text: str, what: str = "text") -> str:
        """Refuse empty, binary, oversized or unsupported-language text with a clear message."""
        return validate_text(text, max_chars=self.settings.max_input_chars, what=what)

    def preview_redaction(
        self,
        text: str,
        *,
        add: Sequence[Span | str] = (),
        release: Sequence[Span | str] = (),
    ) -> RedactedText:
        """What will be hidden before anything is sent; the writer may add or release spans."""
        from assistant.redact import redact

        self.validate(text, "jottings")
        return redact(text, self.analyzer, add=add, release=release)

    def check(
        self, text: str, *, locale: str | None = None, jottings_text: str | None = None,
        redaction: RedactedText | None = None, restore_mode: RestoreMode | None = None,
        session: SessionMeta | None = None,
    ) -> CheckReport:
        """Rule findings (plus grounding against jottings when given), scored.

        ``session`` holds what the writer typed into the session form: facts the grounding check
        accepts as the writer's own, like the jottings.
        """
        from assistant.check import check_text

        report = check_text(
            text,
            identifier_finder=self.analyzer.analyze,
            locale=locale,
            config=self.check_config,
        )
        if jottings_text is None:
            return report
        grounding = self._ground(text, jottings_text, redaction, restore_mode, session, locale)
        return self._merged_report(report, grounding, locale)

    def recheck(
        self,
        note: NoteBase,
        session: SessionMeta,
        *,
        jottings_text: str | None = None,
        locale: str | None = None,
        redaction: RedactedText | None = None,
        restore_mode: RestoreMode | None = None,
    ) -> tuple[str, CheckReport]:
        """Render an edited note and check it again (fast enough to run on every edit)."""
        text = render_note(note, session, locale or "en")
        return text, self.check(
            text,
            locale=locale,
            jottings_text=jottings_text,
            redaction=redaction,
            restore_mode=restore_mode,
            session=session,
        )

    def draft(
        self,
        jottings: Jottings,
        *,
        fmt: NoteFormat | None = None,
        language: Language | None = None,
        restore_mode: RestoreMode | None = None,
        redaction: RedactedText | None = None,
        no_fallback: bool = False,
        progress: Progress | None = None,
    ) -> DraftOutcome:
        """Jottings → redacted → drafted (model or offline) → restored → checked."""
        say = progress or (lambda _stage: None)
        fmt = fmt or self.settings.note_format
        restore_mode = restore_mode or self.settings.restore_mode
        text = self.validate(jottings.text, "jottings")

        say("redacting")
        if redaction is None:
            redaction = self.preview_redaction(text)
        language = language or jottings.language or note_language(redaction.redacted_text)
        if language == Language.MIXED:
            language = note_language(redaction.redacted_text)
        session = self._session(jottings)

        notices: list[Notice] = []
        note, usage, backend, prompt_version = None, None, "offline", None
        if not self.settings.offline:
            say("drafting with the model")
            try:
                from assistant.llm import draft_with_model

                result = draft_with_model(
                    redaction,
                    client=self.model_client(allow=redaction.released),
                    fmt=fmt,
                    language=language,
                    session=_for_model(session, self.analyzer, redaction.mapping),
                    progress=say,
                )
                note, usage = result.note, result.usage
                backend = f"model:{result.model}"
                prompt_version = f"{result.prompt_id}@{result.prompt_version}"
            except (ModelUnavailable, ModelOutputInvalid, LeakBlocked) as exc:
                if no_fallback:
                    raise
                log.warning("model draft failed (%s); using the offline drafter", type(exc).__name__)
                notices.append(
                    Notice(
                        code="model_failed_offline_used",
                        level="warning",
                        reason=type(exc).__name__,
                        message=f"{exc.message} The offline drafter was used instead; your "
                        "jottings are kept.",
                    )
                )
        if note is None:
            say("drafting offline")
            from assistant.offline import draft_offline

            note = draft_offline(
                redaction.redacted_text, fmt=fmt, language=language, session=session
            )
            notices.append(
                Notice(
                    code="offline_draft",
                    level="info",
                    message="Offline draft: sorted from your jottings without a model. Check every "
                    "section and complete the bracketed prompts before approving.",
                )
            )

        say("restoring identifiers")
        note, restored = self._restore_note(note, redaction, restore_mode)
        if restored.invented:
            notices.append(
                Notice(
                    code="placeholders_invented",
                    level="warning",
                    message=f"The draft contains {len(restored.invented)} placeholder(s) that were "
                    "not in your jottings; they were left as they are. Check who they refer to.",
                )
            )
        if restored.dropped:
            notices.append(
                Notice(
                    code="placeholders_dropped",
                    level="info",
                    message=f"{len(restored.dropped)} identifier(s) from your jottings do not appear "
                    "in the draft.",
                )
            )

        say("checking")
        locale = locale_of(language)
        rendered = render_note(note, session, locale)
        report = self.check(
            rendered,
            locale=locale,
            jottings_text=text,
            redaction=redaction,
            restore_mode=restore_mode,
            session=session,
        )
        return DraftOutcome(
            backend=backend,
            offline=backend == "offline",
            fmt=fmt,
            language=language,
            note=note,
            session=session,
            text=rendered,
            report=report,
            notices=notices,
            usage=usage,
            restore=restored,
            redaction=redaction,
            prompt_version=prompt_version,
        )

    def review(
        self, text: str, *, locale: str | None = None, no_fallback: bool = False,
        progress: Progress | None = None,
    ) -> ReviewOutcome:
        """Rule findings on a pasted note, merged with the model's critique when available."""
        say = progress or (lambda _stage: None)
        text = self.validate(text, "note")
        say("checking")
        report = self.check(text, locale=locale)
        if self.settings.offline:
            return ReviewOutcome(
                report=report,
                notices=[
                    Notice(
                        code="critique_offline",
                        message="Rule check only: no model is configured for a written critique.",
                    )
                ],
            )
        from assistant.llm import critique_with_model, locate_quotes, merge_findings
        from assistant.restore import restore

        say("redacting")
        redaction = self.preview_redaction(text)
        language = note_language(redaction.redacted_text)
        say("asking the model for a critique")
        try:
            items = critique_with_model(
                redaction, client=self.model_client(), language=language, progress=say
            )
        except (ModelUnavailable, ModelOutputInvalid, LeakBlocked) as exc:
            if no_fallback:
                raise
            return ReviewOutcome(
                report=report,
                notices=[
                    Notice(
                        code="critique_failed",
                        level="warning",
                        reason=type(exc).__name__,
                        message=f"{exc.message} Showing the rule check only.",
                    )
                ],
            )
        mapping = redaction.mapping
        for item in items:
            if item.quote:
                item.quote = restore(item.quote, mapping, RestoreMode.FULL).text
            item.message = restore(item.message, mapping, RestoreMode.INITIALS).text
            if item.suggestion:
                item.suggestion = restore(item.suggestion, mapping, RestoreMode.INITIALS).text
        model_findings = locate_quotes(items, text)
        merged = merge_findings(report.findings, model_findings)
        return ReviewOutcome(
            report=self._rescored(merged, locale),
            critique_used=True,
            backend=self.backend_label,
        )

    # ------------------------------------------------------------------ helpers

    def _session(self, jottings: Jottings) -> SessionMeta:
        """The writer's session details, completed from the jottings where the writer left gaps."""
        from assistant.offline import session_from_jottings

        given = jottings.session
        found = session_from_jottings(jottings.text)
        data = given.model_dump()
        for key, value in found.model_dump().items():
            if data.get(key) in (None, [], "") and value not in (None, [], ""):
                data[key] = value
        return SessionMeta.model_validate(data)

    def _restore_note(
        self, note: NoteBase, redaction: RedactedText, mode: RestoreMode
    ) -> tuple[AnyNote, RestoreResult]:
        """Put identifiers back into every string of the note; report invented/dropped placeholders."""
        from assistant.restore import restore

        invented: set[str] = set()
        dropped = set(redaction.mapping.entries)  # narrowed by every string that uses one

        def one(value: str) -> str:
            result = restore(value, redaction.mapping, mode)
            invented.update(result.invented)
            dropped.intersection_update(result.dropped)
            return result.text

        restored = type(note).model_validate(_restore_strings(note.model_dump(), one))
        return restored, RestoreResult(text="", invented=sorted(invented), dropped=sorted(dropped))

    def _ground(
        self,
        text: str,
        jottings_text: str,
        redaction: RedactedText | None,
        mode: RestoreMode | None,
        session: SessionMeta | None = None,
        locale: str | None = None,
    ) -> list[Finding]:
        """Trace the draft's facts to the jottings, as the writer sees both (identifiers restored).

        ``locale`` is the one the rule findings get, so every message in a report speaks the
        writer's interface language, not the note's."""
        from assistant.formats import render_header
        from assistant.grounding import ground

        reference = jottings_text
        if session is not None:  # the session form is the writer's own record, like the jottings
            reference += "\n" + render_header(session, "en") + "\n" + render_header(session, "th")
        issued: list[str] = []
        if redaction is not None:
            from assistant.restore import restore

            issued = list(redaction.mapping.entries)
            if mode is not None and mode != RestoreMode.FULL:
                restored = restore(redaction.redacted_text, redaction.mapping, mode).text
                reference = f"{reference}\n{restored}"
        return ground(text, reference, issued_placeholders=issued, locale=locale)

    def _merged_report(
        self, report: CheckReport, extra: list[Finding], locale: str | None
    ) -> CheckReport:
        if not extra:
            return report
        findings = sorted(
            [*report.findings, *extra],
            key=lambda f: (f.start if f.start is not None else -1, f.rule),
        )
        return self._rescored(findings, locale)

    def _rescored(self, findings: list[Finding], locale: str | None) -> CheckReport:
        from assistant.check.scoring import score

        return score(findings, self.check_config.scoring, locale or "en")


def _for_model(session: SessionMeta, analyzer: IdentifierAnalyzer, mapping: PlaceholderMap) -> SessionMeta:
    """What the model is told about the session: no ``written_at`` (when the writer saved the
    note is the timeliness check's business, and its ISO timestamp reads as a document number to
    the leak guard, which then refused every draft from the Draft page), no ``client_ref`` (a case
    reference identifies the client, and the writer cannot redact a session field), and of "who
    was present" the entries that name no one ("mother") as typed, those naming someone the
    jottings name too with the jottings' placeholder ("mother ([PERSON_1])", so the model knows who
    was in the room), and none of the rest: a name the jottings never mention has no placeholder
    the writer saw in the preview. The stored note keeps all three as the writer gave them."""
    placeholder_of = {
        v.strip().casefold(): e.placeholder for e in mapping.entries.values() for v in (e.value, *e.variants)
    }
    present = [p for p in (_present_for_model(p, analyzer, placeholder_of) for p in session.present) if p]
    return session.model_copy(update={"written_at": None, "client_ref": None, "present": present})


def _present_for_model(entry: str, analyzer: IdentifierAnalyzer, placeholder_of: dict[str, str]) -> str | None:
    """``entry`` with every identifier in it replaced by the jottings' placeholder for the same
    spelling (``placeholder_of``: spelling, casefolded → placeholder); ``None`` when any
    identifier in it has none."""
    out = entry
    for found in sorted(analyzer.analyze(entry), key=lambda e: -e.start):
        placeholder = placeholder_of.get(found.text.strip().casefold())
        if placeholder is None:
            return None
        out = out[:found.start] + placeholder + out[found.end:]
    return out


def safe_message(exc: BaseException) -> str:
    """A message for the user that never carries client text or a traceback."""
    if isinstance(exc, AssistantError):
        return exc.message
    return (
        "Something went wrong inside the assistant; your text is kept. "
        f"(internal error: {type(exc).__name__})"
    )
