"""QA pass 2 on the Draft page, as a Thai school counsellor and an English hospital social worker
meet it: the real pipeline (Presidio and the Thai recognizers, the rule checker, grounding), the
interface language switched away from the note's, and a model server that answers."""

from __future__ import annotations

import re

import pytest
from fakes.openai_server import FakeOpenAIServer, Reply, fake_llm  # noqa: F401 - fixture

from ui.i18n import t

_THAI = re.compile(r"[\u0E00-\u0E7F]")
_ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}(?: [A-Za-z]{2,}){2,}")  # three English words in a row

EN_JOTTINGS = ("Met client at ward 5 on 12 Nov 2026, 30 min. He said he cannot pay rent.\n"
               "His phone 081-234-5678. Used motivational interviewing; he agreed to call the "
               "housing office.\nNext session 19 Nov 2026.\n")
TH_JOTTINGS = ("พบนักเรียนที่ห้องแนะแนว 15/11/2569 เวลา 10.00 น. 40 นาที เล่าว่าเพื่อนล้อเรื่องน้ำหนัก\n"
               "เบอร์ผู้ปกครอง 081-234-5678 ใช้การฟังอย่างตั้งใจ นักเรียนรับปากจะคุยกับครูประจำชั้น\n"
               "นัดครั้งต่อไป 22/11/2569\n")


@pytest.fixture
def real_app(app, monkeypatch):
    """The app on the real pipeline, not the fake (one analyzer per process)."""
    from assistant.pipeline import Services
    from ui import resources

    monkeypatch.setattr(resources, "services_factory", Services.from_settings)
    return app


def _drafted(app, jottings: str, lang: str, **widgets):
    at = app(lang=lang)
    at.session_state["d_skip_resume"] = True
    at.text_area(key="d_jottings").input(jottings).run()
    for key, value in widgets.items():
        at.selectbox(key=key).select(value).run()
    at.button(key="d_run").click().run()
    assert not at.exception
    return at


def _sections(at) -> dict[str, str]:
    return {ta.key: ta.value for ta in at.text_area if str(ta.key).startswith("sec_")}


def _apply_buttons(at, rule: str):
    return [b for b in at.button if str(b.key).startswith("d_find_apply_") and rule in b.key]


@pytest.mark.parametrize(("jottings", "ui", "in_note_language"), [
    (EN_JOTTINGS, "th", lambda s: not _THAI.search(s)),
    (TH_JOTTINGS, "en", lambda s: not _ENGLISH_WORDS.search(s)),
])
def test_a_one_click_fix_writes_in_the_note_s_language_whatever_the_interface(
        real_app, jottings, ui, in_note_language):
    """A writer who reads the interface in Thai fixes an English note (and the other way round):
    the words put into the note are the note's language, and the suggestion shown says so."""
    at = _drafted(real_app, jottings, ui, d_restore="full")  # the phone comes back in full
    buttons = _apply_buttons(at, "confidentiality.contact-details")
    assert buttons, "a phone number in the note is a contact detail with a one-click fix"
    before = _sections(at)
    buttons[0].click().run()
    assert not at.exception
    after = _sections(at)
    changed = [k for k in after if after[k] != before.get(k)]
    assert changed, "the suggestion was applied to a section"
    for key in changed:
        assert "081-234-5678" not in after[key]
        assert in_note_language(after[key]), after[key]
    assert t("findings.applied", ui) in [s.value for s in at.success]


@pytest.mark.parametrize(("jottings", "ui"), [(EN_JOTTINGS, "th"), (TH_JOTTINGS, "en")])
def test_a_fact_typed_into_a_section_is_questioned_in_the_interface_language(real_app, jottings,
                                                                              ui):
    """Grounding ("not in your jottings") speaks the writer's language like every other finding."""
    at = _drafted(real_app, jottings, ui)
    key = next(k for k in _sections(at) if k != "sec__next")
    at.text_area(key=key).input(_sections(at)[key] + " PHQ-9 = 23").run()
    assert not at.exception
    current = at.session_state["d_current"]
    grounded = [f for f in current.report.findings if f.source == "grounding"]
    assert grounded and all(current.text[f.start:f.end] for f in grounded)
    expected = "ไม่พบในบันทึกย่อ" if ui == "th" else "Not in your jottings"
    assert all(expected in f.message for f in grounded), [f.message for f in grounded]


_SOAP = {
    "subjective": "Client reports he cannot pay rent this month.",
    "objective": "Calm, engaged. Seen on the ward for 30 min.",
    "assessment": "Housing stress; no risk indicators reported.",
    "plan": "Client to call the housing office; review next session.",
    "interventions": [{"name": "Motivational interviewing",
                       "client_response": "Agreed to call the housing office."}],
    "goals": [],
    "next_session": "19 Nov 2026",
}


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_draft_page_drafts_with_the_configured_model(real_app, fake_llm, monkeypatch, lang):  # noqa: F811
    """The page stamps the time the note is written and sends the session details: none of it
    may stop the request, so a configured model is really used."""
    for name, value in {"ASSISTANT_LLM_MODEL": "fake-model", "OPENAI_BASE_URL": fake_llm.base_url,
                        "OPENAI_API_KEY": "test-key", "ASSISTANT_LLM_MAX_RETRIES": "0",
                        "ASSISTANT_LLM_TIMEOUT_S": "5"}.items():
        monkeypatch.setenv(name, value)
    fake_llm.enqueue(Reply.json(_SOAP))
    at = real_app(lang=lang)
    at.session_state["d_skip_resume"] = True
    at.text_input(key="d_client_ref").input("HN 6501234").run()
    at.text_area(key="d_jottings").input(EN_JOTTINGS).run()
    at.button(key="d_run").click().run()
    assert not at.exception
    assert len(fake_llm.chat_requests) == 1
    assert "6501234" not in str(fake_llm.chat_requests[0])
    codes = [n["code"] for n in at.session_state["d_notices"]]
    assert "model_failed_offline_used" not in codes and "offline_draft" not in codes
    assert at.session_state["d_current"].backend == "model:fake-model"
    assert _sections(at)["sec_subjective"] == _SOAP["subjective"]


def test_clearing_the_jottings_after_a_draft_keeps_the_draft_on_screen(app, repo):
    """Select-all and delete in the jottings box (to paste them again, or by slip) must not make
    the drafted and edited note disappear, nor after a reload."""
    at = app(lang="th")
    at.session_state["d_skip_resume"] = True
    at.text_area(key="d_jottings").input("พบนักเรียน เล่าว่านอนไม่หลับ 3 คืน").run()
    at.button(key="d_run").click().run()
    at.text_area(key="sec_plan").input("นัดครั้งต่อไป 22/11/2569 ติดตามการนอน").run()
    at.text_area(key="d_jottings").input("").run()
    assert not at.exception
    assert t("draft.empty", "th") in [i.value for i in at.info]
    assert at.text_area(key="sec_plan").value == "นัดครั้งต่อไป 22/11/2569 ติดตามการนอน"
    assert "d_run" not in [b.key for b in at.button]  # nothing to draft from
    reopened = app(lang="th", note=at.session_state["note_id"])
    assert reopened.text_area(key="sec_plan").value == "นัดครั้งต่อไป 22/11/2569 ติดตามการนอน"
