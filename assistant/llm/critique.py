"""Model critique of a (redacted) note against the ten qualities, turned into findings.

Why the quotes: a model cannot give reliable character offsets, but it can copy words. Each
critique item quotes the note; :func:`locate_quotes` finds those words in the checked text
(exactly, then ignoring case and spacing) so model findings carry the same spans as rule
findings, and :func:`merge_findings` drops those the rules already reported.
"""

from __future__ import annotations

import logging
import re

from pydantic import BaseModel, Field

from assistant.criteria import Criterion
from assistant.llm.client import ModelClient, Progress
from assistant.llm.prompts import language_instruction, load_prompt, user_message
from assistant.llm.structured import structured_call
from assistant.models import Finding, Language, RedactedText, Severity

log = logging.getLogger(__name__)

_CLOSING = "Review the note above as instructed. Answer with the JSON object only."


class CritiqueItem(BaseModel):
    """One problem the model found: the note's words, the quality, and a better wording."""

    quote: str | None = Field(
        description="Exact words copied from the note that show the problem; null for an absence."
    )
    criterion: Criterion = Field(description="Which of the ten qualities the problem concerns.")
    severity: Severity
    message: str = Field(description="What is wrong, in one sentence.")
    suggestion: str | None = Field(description="Better wording or what to add; null if none.")


class CritiqueAnswer(BaseModel):
    """The critique's answer schema: a list of items (possibly empty)."""

    items: list[CritiqueItem]


def critique_messages(
    redacted_note: RedactedText, language: Language
) -> tuple[list[dict[str, str]], str, str]:
    """(messages, prompt id, prompt version) for a critique request."""
    prompt = load_prompt("critique")
    messages = [
        {
            "role": "system",
            "content": prompt.render(language_instruction=language_instruction(language)),
        },
        {
            "role": "user",
            "content": user_message("note", redacted_note.redacted_text, closing=_CLOSING),
        },
    ]
    return messages, prompt.id, prompt.version


def critique_with_model(
    redacted_note: RedactedText,
    *,
    client: ModelClient,
    language: Language,
    progress: Progress | None = None,
) -> list[CritiqueItem]:
    """Ask the model to critique the note; items keep the note's words (placeholders included)."""
    messages, prompt_id, prompt_version = critique_messages(redacted_note, language)
    result = structured_call(
        client,
        messages,
        CritiqueAnswer,
        schema_name="critique",
        progress=progress,
        max_items=10,
    )
    log.info(
        "model critique: items=%d mode=%s attempts=%d prompt=%s@%s",
        len(result.value.items), result.mode, result.attempts, prompt_id, prompt_version,
    )  # fmt: skip
    return result.value.items


# --------------------------------------------------------------------------- spans

_QUOTE_CHARS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})


def _find(quote: str, text: str) -> tuple[int, int] | None:
    """The span of ``quote`` in ``text``: exact, then ignoring case, spacing and quote styles."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    # Same length mapping keeps offsets valid: curly quotes become straight ones.
    plain_text = text.translate(_QUOTE_CHARS)
    words = quote.translate(_QUOTE_CHARS).strip(" \"'.,;:").split()
    if not words:
        return None
    pattern = r"\s*".join(re.escape(w) for w in words)
    match = re.search(pattern, plain_text, re.IGNORECASE)
    if match is None:
        # Thai runs words together: a quote may drop or add a space anywhere.
        chars = [c for c in "".join(words) if not c.isspace()]
        match = re.search(r"\s*".join(re.escape(c) for c in chars), plain_text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def locate_quotes(items: list[CritiqueItem], text: str) -> list[Finding]:
    """Findings (``source="model"``) for critique items, spanned where their quote is in ``text``.

    An item without a quote is an absence and gets no span. An item whose quote cannot be
    found is dropped: the model misquoted the note, so its point cannot be shown or trusted.
    """
    findings: list[Finding] = []
    dropped = 0
    for item in items:
        start = end = None
        if item.quote and item.quote.strip():
            span = _find(item.quote, text)
            if span is None:
                dropped += 1
                continue
            start, end = span
        findings.append(
            Finding(
                rule=f"model.{item.criterion.value}",
                criterion=item.criterion,
                severity=item.severity,
                start=start,
                end=end,
                message=item.message,
                suggestion=item.suggestion,
                replacement=bool(item.suggestion and start is not None),
                source="model",
            )
        )
    if dropped:
        log.info("critique items dropped (quote not found): %d", dropped)
    return findings


def _overlaps(a: Finding, b: Finding) -> bool:
    if a.start is None or b.start is None:
        return a.start is None and b.start is None
    a_end = a.end if a.end is not None else a.start
    b_end = b.end if b.end is not None else b.start
    if a.start == a_end or b.start == b_end:  # empty spans: touching counts
        return a.start <= b_end and b.start <= a_end
    return a.start < b_end and b.start < a_end


def merge_findings(rule_findings: list[Finding], model_findings: list[Finding]) -> list[Finding]:
    """Rule findings plus the model findings they do not already cover, in text order.

    A model finding duplicates a rule finding when both name the same criterion and their spans
    overlap (or both are absences). Rules win because their wording and fixes are curated.
    """
    kept = [
        m
        for m in model_findings
        if not any(r.criterion == m.criterion and _overlaps(r, m) for r in rule_findings)
    ]
    merged = [*rule_findings, *kept]
    return sorted(merged, key=lambda f: (f.start is None, f.start or 0))
