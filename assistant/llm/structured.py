"""Get one validated pydantic object out of a model, whatever the server supports.

Why this exists: servers differ in which structured-output modes they accept (OpenAI and
llama.cpp take ``json_schema``; LM Studio refuses ``json_object``; some accept a schema and
ignore it). So every answer is validated with pydantic whatever the server claims; a server
that refuses a mode (HTTP 400/422) makes ``auto`` step down the ladder
``json_schema → json_object → tools → text``, and the mode that worked is remembered per base
URL for the life of the process. A wrong answer is asked for ONCE more with the validation
error appended; then :class:`ModelOutputInvalid` tells the pipeline to draft offline.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import ModelOutputInvalid, ModelUnavailable
from assistant.llm.client import (
    MODES,
    ModelClient,
    ModeRejected,
    Progress,
    TokenCallback,
    strict_schema,
)
from assistant.models import TokenUsage

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

#: base URL → the mode that last worked there (``auto`` starts from it next time).
_WORKING_MODE: dict[str, str] = {}
_LOCK = threading.Lock()

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)\n?\s*```", re.DOTALL)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)


def reset_mode_memory() -> None:
    """Forget every remembered mode (for tests, or after the writer changes server)."""
    with _LOCK:
        _WORKING_MODE.clear()


def remembered_mode(base_url: str) -> str | None:
    """The mode that last worked for ``base_url`` in this process, if any."""
    with _LOCK:
        return _WORKING_MODE.get(base_url)


def mode_ladder(setting: str, base_url: str) -> tuple[str, ...]:
    """The modes to try, in order: one fixed mode, or ``auto``'s ladder from the remembered one."""
    if setting != "auto":
        return (setting,)
    start = remembered_mode(base_url)
    return MODES[MODES.index(start) :] if start in MODES else MODES


# --------------------------------------------------------------------------- schema


def wire_schema(
    model_cls: type[BaseModel], order: Sequence[str] = (), *, max_items: int | None = 8
) -> dict[str, Any]:
    """The strict JSON schema sent for ``model_cls``, portable across servers.

    Built as ``parse()`` would (every property required, ``additionalProperties: false``) but
    with every ``default`` removed (Azure and older OpenAI reject them), the top-level
    properties reordered so grammar-constrained servers generate the sections first, and
    top-level lists capped with ``maxItems``: a small local model under a grammar was seen
    repeating list items until it hit the token limit.
    """
    schema = copy.deepcopy(strict_schema(model_cls))
    _strip_defaults(schema)
    props = schema.get("properties", {})
    if max_items is not None:
        for prop in props.values():
            if prop.get("type") == "array":
                prop["maxItems"] = max_items
    if order:
        ranked = [k for k in order if k in props] + [k for k in props if k not in order]
        schema["properties"] = {k: props[k] for k in ranked}
        schema["required"] = list(schema["properties"])
    return schema


def _strip_defaults(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("default", None)
        for value in node.values():
            _strip_defaults(value)
    elif isinstance(node, list):
        for value in node:
            _strip_defaults(value)


def schema_hint(schema: dict[str, Any]) -> str:
    """Instruction added for modes where the server does not receive the schema itself.

    Titles and descriptions are dropped (the task prompt already describes every field) so
    the fixed instructions stay small enough for 4k-context local models.
    """
    compact = _without_keys(schema, {"title", "description"})
    return (
        "Reply with ONE JSON object only (no prose, no code fences) that matches this JSON "
        "Schema:\n" + json.dumps(compact, ensure_ascii=False, separators=(",", ":"))
    )


def _without_keys(node: Any, drop: set[str]) -> Any:
    if isinstance(node, dict):
        return {
            k: _without_keys(v, drop)
            for k, v in node.items()
            # "properties" maps field names, which may themselves be called "title"
            if k not in drop or not isinstance(v, str)
        }
    if isinstance(node, list):
        return [_without_keys(v, drop) for v in node]
    return node


# --------------------------------------------------------------------------- parsing


def extract_json(raw: str) -> str:
    """The JSON object inside an answer, without the wrapping some models add.

    Reasoning models put ``<think>…</think>`` first; others wrap the object in a Markdown
    fence or a sentence ("Here is the note: {…}"). Only the wrapping is removed; the object
    itself is still validated strictly.
    """
    text = _THINK.sub("", raw).strip()
    if fenced := _FENCE.search(text):
        text = fenced.group(1).strip()
    if not text.startswith("{") and "{" in text and "}" in text:
        text = text[text.index("{") : text.rindex("}") + 1]
    return text


def parse_answer(raw: str, model_cls: type[T]) -> T:
    """Validate a raw answer (see :func:`extract_json` for the wrapping tolerated)."""
    return model_cls.model_validate_json(extract_json(raw))


def describe_validation_error(exc: ValidationError, limit: int = 8) -> str:
    """Validation errors as short lines for the re-ask (field path and problem, no input values)."""
    lines = []
    for err in exc.errors(include_input=False, include_url=False)[:limit]:
        where = ".".join(str(p) for p in err["loc"]) or "(whole answer)"
        lines.append(f"- {where}: {err['msg']}")
    extra = exc.error_count() - limit
    if extra > 0:
        lines.append(f"- … and {extra} more")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the call


@dataclass(frozen=True)
class StructuredResult(Generic[T]):
    """A validated answer and how it was obtained."""

    value: T
    attempts: int
    mode: str
    usage: TokenUsage | None
    model: str


def _add_usage(total: TokenUsage | None, more: TokenUsage | None) -> TokenUsage | None:
    if more is None:
        return total
    if total is None:
        return more.model_copy()
    return TokenUsage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        completion_tokens=total.completion_tokens + more.completion_tokens,
        total_tokens=total.total_tokens + more.total_tokens,
    )


def structured_call(
    client: ModelClient,
    messages: Sequence[dict[str, str]],
    out_cls: type[T],
    *,
    schema_name: str,
    order: Sequence[str] = (),
    check: Callable[[T], str | None] | None = None,
    progress: Progress | None = None,
    on_token: TokenCallback | None = None,
    max_items: int | None = 8,
) -> StructuredResult[T]:
    """Ask for an ``out_cls`` and return it validated, stepping down modes the server refuses.

    ``check`` adds a content rule beyond the schema (returns a problem description or None); a
    failed check is treated like a validation error (one re-ask).
    """
    schema = wire_schema(out_cls, order, max_items=max_items)
    modes = mode_ladder(client.settings.llm_structured_mode, client.base_url)
    if progress:
        progress("connecting")
    last_rejected: ModeRejected | None = None
    for index, mode in enumerate(modes):
        msgs = [dict(m) for m in messages]
        if mode in ("json_object", "text"):
            # Appended to the one system message: several chat templates (Gemma, Mistral)
            # refuse a second system message or one that is not first.
            if msgs and msgs[0]["role"] == "system":
                msgs[0]["content"] = msgs[0]["content"].rstrip() + "\n\n" + schema_hint(schema)
            else:
                msgs.insert(0, {"role": "system", "content": schema_hint(schema)})
        try:
            result = _ask_validated(
                client, msgs, out_cls, mode, schema_name, schema, check, progress, on_token
            )
        except ModeRejected as exc:
            last_rejected = exc
            if index + 1 < len(modes):
                if progress:
                    progress(f"retrying: server refused {mode} mode, trying {modes[index + 1]}")
                continue
            break
        if client.settings.llm_structured_mode == "auto":
            with _LOCK:
                _WORKING_MODE[client.base_url] = mode
        return result
    status = last_rejected.status_code if last_rejected else 400
    tried = ", ".join(modes)
    raise ModelUnavailable(
        f"The model server refused every structured-output mode tried ({tried}; HTTP {status})."
        " Set ASSISTANT_LLM_STRUCTURED_MODE to a mode it supports, or draft offline."
    )


def _ask_validated(
    client: ModelClient,
    messages: list[dict[str, str]],
    out_cls: type[T],
    mode: str,
    schema_name: str,
    schema: dict[str, Any],
    check: Callable[[T], str | None] | None,
    progress: Progress | None,
    on_token: TokenCallback | None,
) -> StructuredResult[T]:
    """Up to two answers in one mode: the first, and one re-ask carrying the error."""
    usage: TokenUsage | None = None
    model_name = client.model
    raw = ""
    for attempt in (1, 2):
        reply = client.chat(
            messages, mode=mode, schema_name=schema_name, schema=schema,
            progress=progress, on_token=on_token,
        )  # fmt: skip
        usage = _add_usage(usage, reply.usage)
        model_name = reply.model or model_name
        if progress:
            progress("validating")
        if reply.finish_reason == "length":
            raise ModelOutputInvalid(
                "The model's answer was cut off before it was complete. Raise "
                "ASSISTANT_LLM_MAX_TOKENS or the server's context size, or draft offline.",
                attempts=attempt,
                raw_output=reply.tool_arguments or reply.content,
            )
        if reply.finish_reason == "content_filter":
            raise ModelOutputInvalid(
                "The model server's content filter stopped the answer. Draft offline instead.",
                attempts=attempt,
                raw_output=reply.content,
            )
        if reply.refusal:
            raise ModelOutputInvalid(
                "The model declined to write this note. Draft offline instead.",
                attempts=attempt,
                raw_output=reply.refusal,
            )
        raw = (reply.tool_arguments or reply.content or "").strip()
        value, problem, reason = _problem(raw, out_cls, check)
        if value is not None:
            log.info("structured answer valid: mode=%s attempts=%d", mode, attempt)
            return StructuredResult(
                value=value, attempts=attempt, mode=mode, usage=usage, model=model_name
            )
        log.info("structured answer invalid: mode=%s attempt=%d reason=%s", mode, attempt, reason)
        if attempt == 2:
            raise ModelOutputInvalid(
                f"The model's answer was not a usable note ({reason}) after {attempt} attempts. "
                "Draft offline, or try a larger model.",
                attempts=attempt,
                raw_output=raw or None,
            )
        if progress:
            progress(f"retrying: {reason}")
        if raw:
            messages = [*messages, {"role": "assistant", "content": raw}]
        messages = [*messages, {"role": "user", "content": _reask(problem)}]
    raise AssertionError("unreachable")  # pragma: no cover


def _problem(
    raw: str, out_cls: type[T], check: Callable[[T], str | None] | None
) -> tuple[T | None, str, str]:
    """(value, "", "") for a usable answer, else (None, detail for the re-ask, short reason)."""
    if not raw:
        return None, "Your answer was empty.", "empty answer"
    try:
        value = parse_answer(raw, out_cls)
    except ValidationError as exc:
        kinds = {e["type"] for e in exc.errors()}
        reason = "broken JSON" if "json_invalid" in kinds else "answer did not match the schema"
        return None, "Your answer did not validate:\n" + describe_validation_error(exc), reason
    if check is not None and (issue := check(value)):
        return None, issue, "answer needed a correction"
    return value, "", ""


def _reask(problem: str) -> str:
    return (
        f"{problem}\nReply again with ONE corrected JSON object that matches the schema. "
        "Use only facts from the data above; keep placeholders such as [PERSON_1] exactly."
    )
