"""The one door to a model server: the only module that imports ``openai``.

Why a wrapper: every outbound request must pass the leak guard, transport failures must become
``ModelUnavailable`` with a message a writer can act on, retries must follow ``Settings`` (and be
reported as progress), and nothing here may log a prompt or an answer. Keeping the SDK behind
this class also keeps the rest of the package testable against a loopback fake server.

The client speaks one request at a time in one structured-output *mode*:

* ``json_schema`` — ``response_format={"type": "json_schema", ...}`` (strict schema),
* ``json_object`` — ``response_format={"type": "json_object"}`` (schema given in the prompt),
* ``tools`` — one forced function call whose parameters are the schema,
* ``text`` — no constraint at all (schema given in the prompt; last rung for servers such as
  LM Studio that refuse ``json_object``).

Choosing among them is ``structured.py``'s job; a server refusing a mode raises
:class:`ModeRejected` here so the caller can step down.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import openai
from pydantic import BaseModel

from assistant.errors import ModelUnavailable
from assistant.models import TokenUsage
from assistant.settings import Settings

log = logging.getLogger(__name__)

MODES: tuple[str, ...] = ("json_schema", "json_object", "tools", "text")

#: Placeholder key for local servers, which ignore it; the SDK refuses an empty key.
_UNUSED_KEY = "unused"
#: Longest server-requested wait we honour; beyond it the normal backoff applies.
_MAX_RETRY_AFTER_S = 30.0
_MAX_BACKOFF_S = 8.0

Progress = Callable[[str], None]
TokenCallback = Callable[[str], None]


class Guard(Protocol):
    """What the client needs from the leak guard: raise ``LeakBlocked`` on identifying text."""

    def check(self, *texts: str) -> None: ...


class ModeRejected(Exception):
    """The server refused the request shape of a structured-output mode (HTTP 400/422).

    Internal signal for the mode ladder; never shown to a user, carries no server text.
    """

    def __init__(self, mode: str, status_code: int) -> None:
        super().__init__(f"server refused mode {mode} (HTTP {status_code})")
        self.mode = mode
        self.status_code = status_code


class _Interrupted(Exception):
    """A streamed answer ended without a finish reason (the connection was lost mid-answer)."""


class ChatReply(BaseModel):
    """The parts of one completion the callers need, independent of the SDK's types."""

    content: str | None = None
    tool_arguments: str | None = None
    finish_reason: str | None = None
    refusal: str | None = None
    usage: TokenUsage | None = None
    model: str | None = None

    def __repr__(self) -> str:  # never let model text reach a log through repr()
        return f"ChatReply(finish_reason={self.finish_reason!r}, chars={len(self.content or '')})"

    __str__ = __repr__


def strict_schema(model_cls: type[BaseModel]) -> dict[str, Any]:
    """The strict JSON schema the SDK's ``parse()`` would send for ``model_cls``."""
    return openai.lib.type_to_response_format_param(model_cls)["json_schema"]["schema"]


def _emit(progress: Progress | None, stage: str) -> None:
    if progress is not None:
        progress(stage)


class ModelClient:
    """A configured connection to one OpenAI-compatible server, guarded and retried.

    ``guard`` is required (any object with ``check(*texts)`` raising ``LeakBlocked``): the
    constructor refuses to build a client that could send unchecked text.
    """

    def __init__(
        self,
        settings: Settings,
        guard: Guard,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if guard is None or not callable(getattr(guard, "check", None)):
            raise TypeError("ModelClient needs a leak guard with a check(*texts) method")
        if not settings.llm_model:
            raise ModelUnavailable(
                "No model is configured. Set ASSISTANT_LLM_MODEL (and OPENAI_BASE_URL for a "
                "local server), or draft offline."
            )
        self.settings = settings
        self.guard = guard
        self.model = settings.llm_model
        self._sleep = sleep
        self._refused_params: set[str] = set()
        api_key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
        timeout = settings.llm_timeout_s
        self._sdk = openai.OpenAI(
            base_url=settings.llm_base_url or None,
            api_key=api_key or _UNUSED_KEY,
            timeout=openai.Timeout(timeout, connect=min(5.0, timeout)),
            max_retries=0,  # retries are ours: counted from Settings and reported as progress
        )

    @property
    def base_url(self) -> str:
        """The server's base URL (the key the mode ladder remembers its choice under)."""
        return str(self._sdk.base_url)

    def list_models(self) -> list[str]:
        """Model ids the server offers (a cheap "test connection" for the settings page).

        Sends no text, so needs no guard check; failures become ``ModelUnavailable``.
        """
        try:
            page = self._sdk.models.list()
        except openai.APIError as exc:
            raise self._unavailable(exc, 1) from None
        return [m.id for m in page.data]

    # ------------------------------------------------------------------ one request

    def chat(
        self,
        messages: Sequence[dict[str, str]],
        *,
        mode: str,
        schema_name: str,
        schema: dict[str, Any],
        progress: Progress | None = None,
        on_token: TokenCallback | None = None,
    ) -> ChatReply:
        """Send one chat completion in ``mode``; retry transport failures per Settings.

        Raises ``LeakBlocked`` before anything is sent, ``ModeRejected`` when the server refuses
        the mode's request shape, ``ModelUnavailable`` when the server cannot be used.
        """
        if mode not in MODES:
            raise ValueError(f"unknown structured-output mode: {mode}")
        self.guard.check(*(m["content"] for m in messages))
        kwargs = self._request_kwargs(list(messages), mode, schema_name, schema)
        retries = self.settings.llm_max_retries
        attempt = 0  # transport retries so far
        adapted = 0  # parameters dropped for this model (not counted as retries)
        while True:
            _emit(progress, "waiting for model")
            started = time.monotonic()
            try:
                if on_token is not None:
                    reply = self._stream(kwargs, on_token)
                else:
                    reply = self._reply(self._sdk.chat.completions.create(**kwargs))
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                log.info("model request refused: mode=%s status=%s", mode, exc.status_code)
                if _context_exceeded(exc):
                    raise ModelUnavailable(
                        "The jottings and instructions do not fit in the model's context window. "
                        "Shorten the jottings or raise the server's context size."
                    ) from None
                if adapted < 2 and self._adapt_sampling(exc, kwargs):
                    adapted += 1
                    continue  # same request without the parameter this model refuses
                if mode == "text":
                    raise ModelUnavailable(
                        f"The model server refused the request (HTTP {exc.status_code}). Check "
                        "the model name and the server's context size, then try again."
                    ) from None
                raise ModeRejected(mode, exc.status_code) from None
            except (AttributeError, TypeError, IndexError, KeyError, ValueError) as exc:
                # A 200 whose body is not a chat completion (a proxy page, another API).
                log.info("model answer not a chat completion: error=%s", type(exc).__name__)
                raise ModelUnavailable(
                    "The server's answer was not an OpenAI-compatible chat completion. Check "
                    "that OPENAI_BASE_URL points at the server's /v1 API."
                ) from None
            except (openai.APIError, _Interrupted) as exc:
                reason, wait = self._retry_reason(exc)
                log.info(
                    "model request failed: mode=%s attempt=%d error=%s duration=%.2fs",
                    mode, attempt + 1, type(exc).__name__, time.monotonic() - started,
                )  # fmt: skip
                if reason is None or attempt >= retries:
                    raise self._unavailable(exc, attempt + 1) from None
                _emit(progress, f"retrying: {reason}")
                self._sleep(wait if wait is not None else self._backoff(attempt))
                attempt += 1
                continue
            log.info(
                "model answered: mode=%s attempt=%d finish=%s duration=%.2fs tokens=%s",
                mode, attempt + 1, reply.finish_reason, time.monotonic() - started,
                reply.usage.total_tokens if reply.usage else "n/a",
            )  # fmt: skip
            return reply

    # ------------------------------------------------------------------ request shape

    def _request_kwargs(
        self, messages: list[dict[str, str]], mode: str, schema_name: str, schema: dict[str, Any]
    ) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": self.model, "messages": messages}
        if "temperature" not in self._refused_params:
            kwargs["temperature"] = self.settings.llm_temperature
        token_param = (
            "max_completion_tokens" if "max_tokens" in self._refused_params else "max_tokens"
        )
        kwargs[token_param] = self.settings.llm_max_tokens
        if mode == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "strict": True, "schema": schema},
            }
        elif mode == "json_object":
            kwargs["response_format"] = {"type": "json_object"}
        elif mode == "tools":
            kwargs["tools"] = [
                {
                    "type": "function",
                    "function": {
                        "name": schema_name,
                        "description": "Return the answer as this function's arguments.",
                        "strict": True,
                        "parameters": schema,
                    },
                }
            ]
            kwargs["tool_choice"] = {"type": "function", "function": {"name": schema_name}}
        return kwargs

    def _adapt_sampling(self, exc: openai.APIStatusError, kwargs: dict[str, Any]) -> bool:
        """Drop a sampling parameter the model refuses (reasoning models refuse ``temperature``
        and want ``max_completion_tokens``); True when the request was changed and can be resent.

        Only the server's error text is read (never logged); the change is remembered for the
        client's lifetime so later requests are right first time.
        """
        text = str(getattr(exc, "message", "") or "").lower()
        if "max_tokens" in text and "max_tokens" in kwargs:
            self._refused_params.add("max_tokens")
            kwargs["max_completion_tokens"] = kwargs.pop("max_tokens")
            return True
        if "temperature" in text and "temperature" in kwargs:
            self._refused_params.add("temperature")
            kwargs.pop("temperature")
            return True
        return False

    # ------------------------------------------------------------------ answers

    @staticmethod
    def _usage(raw: Any) -> TokenUsage | None:
        if raw is None:
            return None
        return TokenUsage(
            prompt_tokens=raw.prompt_tokens or 0,
            completion_tokens=raw.completion_tokens or 0,
            total_tokens=raw.total_tokens or 0,
        )

    def _reply(self, completion: Any) -> ChatReply:
        if not completion.choices:
            return ChatReply(usage=self._usage(completion.usage), model=completion.model)
        choice = completion.choices[0]
        message = choice.message
        arguments = None
        if message.tool_calls:
            arguments = message.tool_calls[0].function.arguments
        return ChatReply(
            content=message.content,
            tool_arguments=arguments,
            finish_reason=choice.finish_reason,
            refusal=getattr(message, "refusal", None),
            usage=self._usage(completion.usage),
            model=completion.model,
        )

    def _stream(self, kwargs: dict[str, Any], on_token: TokenCallback) -> ChatReply:
        """Stream the answer, passing content pieces to ``on_token``; assemble the same reply."""
        stream = self._sdk.chat.completions.create(
            **kwargs, stream=True, stream_options={"include_usage": True}
        )
        content: list[str] = []
        arguments: list[str] = []
        refusal: list[str] = []
        finish = None
        usage = None
        model = None
        for chunk in stream:
            model = chunk.model or model
            if chunk.usage is not None:
                usage = self._usage(chunk.usage)
            if not chunk.choices:
                continue
            choice = chunk.choices[0]
            finish = choice.finish_reason or finish
            delta = choice.delta
            if delta.content:
                content.append(delta.content)
                on_token(delta.content)
            if getattr(delta, "refusal", None):
                refusal.append(delta.refusal)
            for call in delta.tool_calls or ():
                if call.function is not None and call.function.arguments:
                    arguments.append(call.function.arguments)
                    on_token(call.function.arguments)
        if finish is None:
            raise _Interrupted  # the stream ended without a finish reason: connection lost
        return ChatReply(
            content="".join(content) if content else None,
            tool_arguments="".join(arguments) if arguments else None,
            finish_reason=finish,
            refusal="".join(refusal) if refusal else None,
            usage=usage,
            model=model,
        )

    # ------------------------------------------------------------------ failures

    @staticmethod
    def _retry_reason(exc: Exception) -> tuple[str | None, float | None]:
        """(reason to show, server-requested wait) for a retryable failure; (None, None) if not."""
        if isinstance(exc, _Interrupted):
            return "the connection dropped before the answer was complete", None
        if isinstance(exc, openai.APITimeoutError):
            return "the model did not answer in time", None
        if isinstance(exc, openai.APIConnectionError):
            return "could not connect to the model server", None
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            wait = _retry_after(exc.response.headers)
            if status == 429:
                return "the model server is busy (HTTP 429)", wait
            if status in (408, 409) or status >= 500:
                return f"the model server had an error (HTTP {status})", wait
        return None, None

    def _backoff(self, attempt: int) -> float:
        base = self.settings.llm_retry_backoff_s
        delay = min(_MAX_BACKOFF_S, base * (2**attempt))
        return delay * (1 - 0.25 * random.random())

    def _unavailable(self, exc: Exception, attempts: int) -> ModelUnavailable:
        """A user-facing message for a transport failure: what happened and what to do."""
        tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(exc, _Interrupted):
            msg = (
                f"The connection to the model server dropped before the answer was complete "
                f"({tries}). Try again."
            )
        elif isinstance(exc, openai.APITimeoutError):
            msg = (
                f"The model did not answer within {self.settings.llm_timeout_s:g} s ({tries}). "
                "Raise ASSISTANT_LLM_TIMEOUT_S or use a smaller model."
            )
        elif isinstance(exc, openai.APIConnectionError):
            msg = (
                f"Could not connect to the model server ({tries}). Check that it is running "
                "and that OPENAI_BASE_URL is right."
            )
        elif isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            msg = "The model server refused the API key. Check OPENAI_API_KEY."
        elif isinstance(exc, openai.NotFoundError):
            msg = (
                "The model server does not know this model or endpoint. Check "
                "ASSISTANT_LLM_MODEL and that OPENAI_BASE_URL ends in /v1."
            )
        elif isinstance(exc, openai.RateLimitError):
            msg = f"The model server is busy (HTTP 429, {tries}). Try again in a minute."
        elif isinstance(exc, openai.APIStatusError):
            msg = f"The model server failed (HTTP {exc.status_code}, {tries}). Try again later."
        else:
            msg = f"The model server connection failed ({type(exc).__name__}, {tries})."
        return ModelUnavailable(msg)


def _context_exceeded(exc: openai.APIStatusError) -> bool:
    """True when a 400 says the prompt is too long (stepping down modes would not help)."""
    text = str(getattr(exc, "message", "") or "").lower()
    return "context" in text and any(w in text for w in ("exceed", "too long", "length", "maximum"))


def _retry_after(headers: Any) -> float | None:
    """The server's requested wait (``retry-after-ms`` / ``retry-after``), when reasonable."""
    for header, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(header)
        if value is None:
            continue
        try:
            seconds = float(value) / divisor
        except ValueError:
            try:
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError):
                continue
        if 0 <= seconds <= _MAX_RETRY_AFTER_S:
            return seconds
    return None
