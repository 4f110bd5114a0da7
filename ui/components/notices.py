"""Pipeline notices (``assistant.pipeline.Notice``) shown in the writer's language.

A notice's ``code`` is stable, so the Thai interface shows its own sentence for every known code;
English shows the pipeline's message, which may carry a count or the model's failure reason.
Unknown codes fall back to the pipeline's message rather than hiding the notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import streamlit as st

from ui.i18n import has, t

#: Every code ``assistant.pipeline`` emits; the i18n files carry a sentence for each.
KNOWN_CODES: tuple[str, ...] = (
    "offline_draft", "model_failed_offline_used", "placeholders_invented",
    "placeholders_dropped", "critique_offline", "critique_failed",
)


def notice_text(code: str, message: str, lang: str, reason: str | None = None) -> str:
    """The sentence to show for a notice in ``lang``.

    The English message names the failure (busy server, identifiers left, unusable answer);
    another language shows its own sentence for the code plus the failure's kind from
    ``reason``, so the writer still learns what to do."""
    key = f"notice.{code}"
    if lang != "en" and has(key, lang):
        why = f"error.{reason}" if reason else ""
        return f"{t(key, lang)}\n\n{t(why, lang)}" if why and has(why, lang) else t(key, lang)
    return message or t(key, "en")


def show_notices(notices: Iterable[Mapping[str, Any] | Any], lang: str) -> None:
    """Each notice as an info, warning or error box, by its level."""
    for notice in notices:
        data = notice if isinstance(notice, Mapping) else notice.model_dump()
        text = notice_text(str(data.get("code", "")), str(data.get("message", "")), lang,
                           data.get("reason"))
        {"error": st.error, "warning": st.warning}.get(data.get("level"), st.info)(text)
