"""One error boundary for every page: a plain message, the writer's text kept.

``AssistantError`` messages are written to be shown; anything else becomes a generic message and
is logged by type only, because an exception's text may quote client data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import streamlit as st
from streamlit.runtime.scriptrunner import RerunException, StopException

from assistant.errors import AssistantError
from ui.i18n import has, t

log = logging.getLogger("ui")


def error_message(exc: BaseException, lang: str) -> str:
    """The message to show for ``exc`` in ``lang`` (never a traceback, never client text)."""
    if isinstance(exc, AssistantError):
        key = f"error.{type(exc).__name__}"
        if lang != "en" and has(key, lang):
            return f"{t(key, lang)}\n\n{exc.message}"
        return exc.message
    return t("error.generic", lang)


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
