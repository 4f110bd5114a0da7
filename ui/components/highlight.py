"""Text with marked spans, as safe HTML (every character of the writer's text is escaped).

Used for the redaction preview (what will be hidden) and for findings shown against the note.
Newlines become ``<br>`` so the whole block is one HTML line that Markdown leaves alone.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import streamlit as st

STYLES = {
    "redact": "background:#ffe08a;color:#000;border-radius:3px;padding:0 2px",
    "error": "background:#ffc9c9;color:#000;border-bottom:2px solid #d00;border-radius:2px",
    "warning": "background:#ffe8b3;color:#000;border-bottom:2px solid #d98b00;border-radius:2px",
    "info": "background:#d6e9ff;color:#000;border-bottom:2px dotted #1c64c8;border-radius:2px",
    "tag": "font-size:0.7em;font-weight:600;vertical-align:super;margin-left:2px",
}


@dataclass(frozen=True)
class Mark:
    """A span to highlight: ``style`` is a key of ``STYLES``; ``tag`` is shown after it."""

    start: int
    end: int
    style: str
    title: str = ""
    tag: str = ""


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def highlight_html(text: str, marks: list[Mark], max_height_rem: float | None = None) -> str:
    """``text`` as HTML with each mark wrapped; overlapping marks keep the first one."""
    out: list[str] = []
    cursor = 0
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        start, end = max(mark.start, cursor), min(mark.end, len(text))
        if start >= end:
            continue
        out.append(_esc(text[cursor:start]))
        title = f' title="{html.escape(mark.title)}"' if mark.title else ""
        tag = f'<span style="{STYLES["tag"]}">{html.escape(mark.tag)}</span>' if mark.tag else ""
        out.append(
            f'<mark style="{STYLES.get(mark.style, STYLES["info"])}"{title}>'
            f"{_esc(text[start:end])}</mark>{tag}"
        )
        cursor = end
    out.append(_esc(text[cursor:]))
    body = "".join(out)
    scroll = f"max-height:{max_height_rem}rem;overflow-y:auto;" if max_height_rem else ""
    return (
        '<div class="marked-text" style="white-space:pre-wrap;line-height:1.7;'
        f"{scroll}border:1px solid rgba(128,128,128,.35);border-radius:6px;"
        f'padding:.6rem .8rem">{body}</div>'
    )


def show_marked(text: str, marks: list[Mark], max_height_rem: float | None = None) -> None:
    """Render marked text in the page (scrolling inside a box when ``max_height_rem`` is set)."""
    st.markdown(highlight_html(text, marks, max_height_rem), unsafe_allow_html=True)
