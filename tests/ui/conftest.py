"""AppTest fixtures: the real app entry point with the pipeline replaced by ``FakeServices``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from ui_fakes import FakeServices  # noqa: E402

from ui import resources  # noqa: E402

APP = str(REPO_ROOT / "ui" / "app.py")


@pytest.fixture
def fake(monkeypatch):
    """The services double every page of this test gets."""
    st.cache_resource.clear()
    holder: dict[str, FakeServices] = {}

    def factory(settings):
        holder.setdefault("svc", FakeServices(settings))
        return holder["svc"]

    monkeypatch.setattr(resources, "services_factory", factory)
    FakeServices.fail_draft = False
    FakeServices.explode = False
    FakeServices.fallback = False
    FakeServices.leak = False
    FakeServices.critique = False
    FakeServices.extra_notices = []
    yield lambda: holder.setdefault("svc", FakeServices(resources.get_settings()))
    st.cache_resource.clear()


@pytest.fixture
def app(fake):
    """A fresh app session (a new browser tab) on this test's database."""

    def make(page: str | None = None, lang: str = "en", **query) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=30)
        at.session_state["ui_lang"] = lang
        for k, v in query.items():
            at.query_params[k] = v
        at.run()
        if page:
            at.switch_page(f"app_pages/{page}.py").run()
        return at

    return make


@pytest.fixture
def repo(fake):
    return resources.get_repository()
