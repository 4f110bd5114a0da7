"""One error boundary for every page: a plain message, the writer's text kept.

``AssistantError`` messages are written to be shown; anything else becomes a generic message and
is logged by type only, because an exception's text may quote client data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import streamlit as st
from streamlit.runtime.scriptrunner import RerunException, StopException

from assistant.errors import AssistantError, InputError
from ui.i18n import has, t

log = logging.getLogger("ui")


def error_message(exc: BaseException, lang: str) -> str:
    """The message to show for ``exc`` in ``lang`` (never a traceback, never client text)."""
    if isinstance(exc, InputError) and has(f"input.{exc.reason}", lang):
        return input_refusal(exc, lang)
    if isinstance(exc, AssistantError):
        key = f"error.{type(exc).__name__}"
        if lang != "en" and has(key, lang):
            return f"{t(key, lang)}\n\n{exc.message}"
        return exc.message
    return t("error.generic", lang)


def input_refusal(exc: InputError, lang: str) -> str:
    """Why the text was refused, said in ``lang`` from the refusal's code (the library's own
    message is English only); the heading says the text cannot be used, the line says why."""
    params = dict(exc.params)
    what = str(params.get("what", "text"))
    params["what"] = t(f"input.what_{what}", lang) if has(f"input.what_{what}", lang) else what
    reason = t(f"input.{exc.reason}", lang, **params)
    return reason if lang == "en" else f"{t('error.InputError', lang)}\n\n{reason}"


def failure_message(exc: BaseException, lang: str, doing: str) -> str:
    """The message for a failure caught in a widget callback, where ``guarded`` cannot reach: an
    ``AssistantError`` is expected and said as it is; anything else is logged by type only."""
    if not isinstance(exc, AssistantError):
        log.error("%s failed: %s", doing, type(exc).__name__)
    return error_message(exc, lang)


def guarded(body: Callable[[], None], lang: str) -> None:
    """Run a page body; show a plain error instead of a traceback if it fails."""
    try:
        body()
    except (RerunException, StopException):
        raise  # Streamlit's own control flow (st.rerun, st.stop, st.switch_page)
    except AssistantError as exc:
        log.info("page stopped by %s", type(exc).__name__)
        st.error(error_message(exc, lang))
    except Exception as exc:
        log.error("unexpected error in page: %s", type(exc).__name__)
        st.error(error_message(exc, lang))
