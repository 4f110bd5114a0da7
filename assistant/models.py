"""The pydantic contract between the stages, the LLM, the storage and the UI.

Every stage takes and returns one of these models, so a stage can be tested, replaced or run
remotely without knowing the others. Field descriptions are written for a model to read as well:
the note models are sent to the LLM as its JSON schema.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.criteria import Criterion


class Language(StrEnum):
    """Language of a text: Thai, English, or both mixed in one text."""

    EN = "en"
    TH = "th"
    MIXED = "mixed"


class Severity(StrEnum):
    """How much a finding matters; ``error`` blocks approval unless the writer gives a reason."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class NoteFormat(StrEnum):
    """The note formats the drafter can produce."""

    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"


class RestoreMode(StrEnum):
    """How identifiers come back into the draft after the model has answered.

    ``initials`` is the default because the guidance asks for non-identifying references.
    """

    FULL = "full"
    INITIALS = "initials"
    PLACEHOLDERS = "placeholders"


# --------------------------------------------------------------------------- session and input


class SessionMeta(BaseModel):
    """What the writer knows about the session; all optional so rough jottings still draft."""

    model_config = ConfigDict(extra="forbid")

    date: dt.date | None = Field(default=None, description="Date of the session.")
    start_time: dt.time | None = Field(default=None, description="Start time of the session.")
    duration_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    session_type: str | None = Field(
        default=None, description="e.g. individual, family, group, phone, home visit."
    )
    present: list[str] = Field(
        default_factory=list, description="Who was present, as roles or initials."
    )
    client_ref: str | None = Field(
        default=None, description="Client reference: initials or a case code, never a full name."
    )
    written_at: dt.datetime | None = Field(
        default=None, description="When the note was written (defaults to now at approval)."
    )


class Jottings(BaseModel):
    """Rough session jottings as the writer typed them, with the session's metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str
    session: SessionMeta = Field(default_factory=SessionMeta)
    language: Language | None = Field(
        default=None, description="Detected when None; decides the draft's language by default."
    )


# --------------------------------------------------------------------------- redaction


class Span(BaseModel):
    """A character range in a Python ``str`` (``text[start:end]``)."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end must not be before its start")
        return self


class DetectedEntity(Span):
    """Something identifying found in a text (by the analyzer, or marked by the writer)."""

    type: str = Field(description="PERSON, PHONE, EMAIL, ID_NUMBER, ADDRESS, DATE_OF_BIRTH, …")
    text: str
    score: float = 1.0
    source: Literal["analyzer", "writer"] = "analyzer"


class RedactedEntity(DetectedEntity):
    """A detected entity together with the placeholder that replaced it."""

    placeholder: str


class PlaceholderEntry(BaseModel):
    """One pseudonym: the identifier it stands for and the spellings seen for it."""

    placeholder: str
    type: str
    value: str = Field(description="The longest (most complete) spelling seen in the text.")
    variants: list[str] = Field(default_factory=list)
    initials: str = Field(description="Non-identifying form used by the initials restore mode.")


class PlaceholderMap(BaseModel):
    """Placeholder → identifier for one text; stays on this machine, never sent, never logged."""

    entries: dict[str, PlaceholderEntry] = Field(default_factory=dict)

    def __repr__(self) -> str:  # never let a value reach a log through repr()
        return f"PlaceholderMap({len(self.entries)} entries)"

    __str__ = __repr__


class RedactedText(BaseModel):
    """A text with every identifier replaced by a stable placeholder such as ``[PERSON_1]``."""

    language: Language
    redacted_text: str
    entities: list[RedactedEntity] = Field(default_factory=list)
    mapping: PlaceholderMap = Field(default_factory=PlaceholderMap)
    released: list[str] = Field(
        default_factory=list,
        description="Values the writer released as not identifying; the leak guard lets them pass.",
    )

    def __repr__(self) -> str:
        return f"RedactedText(language={self.language!s}, entities={len(self.entities)})"

    __str__ = __repr__


class RestoreResult(BaseModel):
    """A model answer with placeholders turned back into identifiers, and what did not match."""

    text: str
    invented: list[str] = Field(
        default_factory=list, description="Placeholders in the answer that were never issued."
    )
    dropped: list[str] = Field(
        default_factory=list, description="Issued placeholders that the answer does not contain."
    )


# --------------------------------------------------------------------------- note content


class SmartGoal(BaseModel):
    """A goal with its five SMART properties, each empty when the jottings do not support it.

    An empty property is a gap the checker reports; the drafter must never invent one.
    """

    statement: str = Field(description="The goal in one sentence, as it appears in the note.")
    specific: str | None = Field(
        default=None, description="S: the observable behaviour the goal names."
    )
    measurable: str | None = Field(
        default=None, description="M: the measure: a number, frequency, scale score or percentage."
    )
    achievable: str | None = Field(
        default=None, description="A: why it is realistic, e.g. agreed with the client, a small step."
    )
    relevant: str | None = Field(
        default=None, description="R: the client concern it serves."
    )
    time_bound: str | None = Field(
        default=None, description="T: the date or time frame by which it is reviewed."
    )

    def smart_letters(self) -> dict[str, bool]:
        """Which of S, M, A, R, T the goal states (a letter is met when its field is non-empty)."""
        return {
            "S": bool(self.specific and self.specific.strip()),
            "M": bool(self.measurable and self.measurable.strip()),
            "A": bool(self.achievable and self.achievable.strip()),
            "R": bool(self.relevant and self.relevant.strip()),
            "T": bool(self.time_bound and self.time_bound.strip()),
        }


class Intervention(BaseModel):
    """What the worker did in the session and how the client responded to it."""

    name: str = Field(description="The intervention, named, e.g. 'CBT thought record', 'psychoeducation'.")
    detail: str | None = Field(default=None, description="What was done, briefly.")
    client_response: str | None = Field(
        default=None, description="How the client responded, as observed or reported; None if not recorded."
    )


class NoteBase(BaseModel):
    """What every note format carries besides its own sections."""

    goals: list[SmartGoal] = Field(default_factory=list)
    interventions: list[Intervention] = Field(default_factory=list)
    next_session: str | None = Field(
        default=None, description="Date/time of the next contact, as written in the jottings."
    )

    #: (field name, English heading, Thai heading) in display order; set by each format.
    SECTIONS: ClassVar[tuple[tuple[str, str, str], ...]] = ()

    def section_items(self) -> list[tuple[str, str]]:
        """(field name, text) for each section in order."""
        return [(name, getattr(self, name)) for name, _, _ in self.SECTIONS]


class SoapNote(NoteBase):
    """A SOAP progress note (the guidance's example structure)."""

    subjective: str = Field(
        default="",
        description="S: the client's own statements and reports, attributed (e.g. 'Client reports…', quotes).",
    )
    objective: str = Field(
        default="",
        description="O: facts observed or measured in the session: behaviour, scores, documents. No opinions.",
    )
    assessment: str = Field(
        default="", description="A: the worker's professional assessment, tied to S and O."
    )
    plan: str = Field(
        default="",
        description="P: interventions done, the client's response, next steps and the next session date.",
    )

    SECTIONS = (
        ("subjective", "Subjective", "S (Subjective)"),
        ("objective", "Objective", "O (Objective)"),
        ("assessment", "Assessment", "A (Assessment)"),
        ("plan", "Plan", "P (Plan)"),
    )


class DapNote(NoteBase):
    """A DAP note: Data, Assessment, Plan."""

    data: str = Field(default="", description="D: what the client said and what was observed.")
    assessment: str = Field(default="", description="A: the worker's professional assessment.")
    plan: str = Field(default="", description="P: next steps, homework and the next session.")

    SECTIONS = (
        ("data", "Data", "D (Data)"),
        ("assessment", "Assessment", "A (Assessment)"),
        ("plan", "Plan", "P (Plan)"),
    )


class BirpNote(NoteBase):
    """A BIRP note: Behaviour, Intervention, Response, Plan."""

    behavior: str = Field(default="", description="B: the client's presentation and reports.")
    intervention: str = Field(default="", description="I: what the worker did.")
    response: str = Field(default="", description="R: how the client responded.")
    plan: str = Field(default="", description="P: next steps and the next session.")

    SECTIONS = (
        ("behavior", "Behavior", "B (Behavior)"),
        ("intervention", "Intervention", "I (Intervention)"),
        ("response", "Response", "R (Response)"),
        ("plan", "Plan", "P (Plan)"),
    )


AnyNote = SoapNote | DapNote | BirpNote


# --------------------------------------------------------------------------- findings


class Finding(BaseModel):
    """One gap against the guidance, from the rules, the grounding check or the model critique.

    ``start``/``end`` index the checked text (a Python ``str``); both are None for an absence
    (e.g. "no next session date"). ``suggestion`` is a concrete better wording; when
    ``replacement`` is true it can replace ``text[start:end]`` with one click.
    """

    rule: str = Field(description="Stable rule id, e.g. 'objectivity.judgemental-term'.")
    criterion: Criterion
    severity: Severity
    start: int | None = None
    end: int | None = None
    section: str | None = Field(default=None, description="Section the span is in, e.g. 'objective'.")
    message: str
    suggestion: str | None = None
    replacement: bool = Field(
        default=False, description="True when suggestion can replace the span verbatim."
    )
    source: Literal["rules", "grounding", "model"] = "rules"

    def contract_dict(self) -> dict[str, object]:
        """The CLI's JSON shape for a finding (extra fields kept; the contract keys come first)."""
        return self.model_dump(mode="json")


class CheckReport(BaseModel):
    """Findings for one text, a 0..1 score per criterion, and the overall score."""

    findings: list[Finding] = Field(default_factory=list)
    scores: dict[Criterion, float] = Field(default_factory=dict)
    overall: float = 1.0
    explanation: dict[Criterion, list[str]] = Field(
        default_factory=dict, description="Per criterion, what each finding cost."
    )


class TokenUsage(BaseModel):
    """Tokens used by a model call, when the server reports them."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
