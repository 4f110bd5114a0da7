"""Every page runs, in English and Thai, and the app says when no model is configured."""

from __future__ import annotations

import pytest

from ui.i18n import catalogue, t

PAGES = ["draft", "notes", "review", "training"]


@pytest.mark.parametrize("lang", ["en", "th"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_error(app, page, lang):
    at = app(page, lang=lang)
    assert not at.exception
    assert not at.error
    assert at.title[0].value == t(f"{page}.title", lang)


@pytest.mark.parametrize("lang", ["en", "th"])
def test_offline_backend_is_stated_in_the_sidebar(app, lang):
    at = app(lang=lang)
    shown = [i.value for i in at.sidebar.info]
    assert t("sidebar.offline", lang) in shown
    expected = ("Offline drafter — no model configured" if lang == "en"
                else "ผู้ร่างแบบออฟไลน์ — ยังไม่ได้ตั้งค่าโมเดล")
    assert expected in shown


def test_language_switch_changes_the_labels(app):
    at = app(lang="en")
    assert at.title[0].value == "Draft a progress note"
    at.sidebar.radio(key="ui_lang").set_value("th").run()
    assert at.title[0].value == "ร่างบันทึกความก้าวหน้า"


def test_both_languages_have_every_label():
    en, th = catalogue("en"), catalogue("th")
    assert set(en) == set(th)
    untranslated = [k for k in en if en[k] == th[k] and not k.startswith("stage.")]
    assert untranslated == []


def test_configured_model_is_named_in_the_sidebar(app, monkeypatch):
    monkeypatch.setenv("ASSISTANT_LLM_MODEL", "local-test-model")
    at = app()
    assert "Model: local-test-model" in [c.value for c in at.sidebar.caption]
    assert t("sidebar.offline", "en") not in [i.value for i in at.sidebar.info]
