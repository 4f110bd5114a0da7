"""Streamlit entry point: navigation, the sidebar (language, backend) and page wiring.

Run with ``streamlit run ui/app.py``. The repository root is put on ``sys.path`` so pages can
import ``assistant`` and ``ui`` whether or not the package is installed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import streamlit as st  # noqa: E402

from ui import resources  # noqa: E402
from ui import state as S  # noqa: E402
from ui.components.safety import guarded  # noqa: E402
from ui.i18n import t  # noqa: E402

st.set_page_config(page_title="Progress notes · บันทึกความก้าวหน้า", page_icon=":material/edit_note:",
                   layout="wide")

settings = resources.get_settings()
if S.LANG_KEY not in st.session_state:
    st.session_state[S.LANG_KEY] = settings.ui_language


def sidebar() -> None:
    with st.sidebar:
        st.radio(t("sidebar.language", S.lang()), ["en", "th"], key=S.LANG_KEY,
                 format_func=lambda v: {"en": "English", "th": "ไทย"}[v], horizontal=True)
        lang = S.lang()
        if settings.offline:
            st.info(t("sidebar.offline", lang))
        else:
            st.caption(t("sidebar.model", lang, model=settings.llm_model))


guarded(sidebar, S.lang())
LANG = S.lang()
pages = [
    st.Page("app_pages/draft.py", title=t("nav.draft", LANG), icon=":material/edit_note:",
            default=True),
    st.Page("app_pages/notes.py", title=t("nav.notes", LANG), icon=":material/folder_open:", url_path="notes"),
    st.Page("app_pages/review.py", title=t("nav.review", LANG), icon=":material/fact_check:", url_path="review"),
    st.Page("app_pages/training.py", title=t("nav.training", LANG), icon=":material/school:",
            url_path="training"),
]
st.navigation(pages).run()
