"""Export controls: copy as plain text (for an EHR) and download Markdown, text and DOCX."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from assistant.export import Addendum, to_docx, to_markdown, to_plain_text
from ui.i18n import t


def show_exports(text: str, lang: str, *, key: str, title: str, base_name: str,
                 addenda: list[Addendum] | None = None,
                 on_download: Callable[..., None] | None = None, args: tuple = ()) -> None:
    """The plain text in a copyable block and three download buttons.

    ``on_download(kind, *args)`` runs after a download (``kind`` is ``markdown``, ``text`` or
    ``docx``), so the page can write it to the audit log.
    """
    addenda = addenda or []

    def click(kind: str) -> dict:
        if on_download is None:
            return {"on_click": "ignore"}
        return {"on_click": on_download, "args": (kind, *args)}

    plain = to_plain_text(text, addenda)
    st.markdown(f"**{t('export.copy', lang)}**")
    st.code(plain, language=None, wrap_lines=True)
    cols = st.columns(3)
    cols[0].download_button(
        t("export.markdown", lang), to_markdown(text, title=title, addenda=addenda),
        file_name=f"{base_name}.md", mime="text/markdown", key=f"{key}_md", **click("markdown"),
    )
    cols[1].download_button(
        t("export.text", lang), plain, file_name=f"{base_name}.txt", mime="text/plain",
        key=f"{key}_txt", **click("text"),
    )
    cols[2].download_button(
        t("export.docx", lang), to_docx(text, title=title, addenda=addenda),
        file_name=f"{base_name}.docx",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        key=f"{key}_docx", **click("docx"),
    )
