"""The writer's journey on the draft page: preview, draft, findings, apply, approve, reload."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.i18n import t

JOTTINGS = "met with Somchai Jaidee today, phone 081-234-5678. Talked about sleep and work stress."


def _goals_table(at):
    return next(d for d in at.data_editor if d.key.startswith("d_goals_ed_")).value


def _code_values(at) -> list[str]:
    return [c.value for c in at.code]


def _start(app, lang="en"):
    at = app(lang=lang)
    at.text_area(key="d_jottings").input(JOTTINGS).run()
    assert not at.exception
    return at


def _drafted(app, lang="en"):
    at = _start(app, lang)
    at.button(key="d_run").click().run()
    assert not at.exception
    return at


def test_empty_jottings_invite_typing_and_offer_no_draft_button(app, repo):
    at = app()
    assert t("draft.empty", "en") in [i.value for i in at.info]
    assert not [b for b in at.button if b.key == "d_run"]
    assert repo.list_notes() == []


def test_preview_shows_what_will_be_hidden_before_sending(app, repo):
    at = _start(app)
    sent = next(v for v in _code_values(at) if "[PERSON_1]" in v)
    assert "[PHONE_1]" in sent
    assert "Somchai" not in sent and "081-234-5678" not in sent
    # the jottings are already saved, before anything is drafted
    notes = repo.list_notes()
    assert len(notes) == 1 and repo.get(notes[0].id).state.jottings == JOTTINGS


def test_writer_can_hide_a_missed_identifier_and_release_a_wrong_one(app):
    at = _start(app)
    at.text_input(key="d_add_input").input("sleep").run()
    at.button(key="d_add_button").click().run()
    sent = next(v for v in _code_values(at) if "[PERSON" in v)
    assert "sleep" not in sent
    at.multiselect(key="d_release").select("Somchai Jaidee").run()
    sent = next(v for v in _code_values(at) if "[PHONE_1]" in v)
    assert "Somchai Jaidee" in sent


def test_draft_shows_editable_sections_goals_and_findings(app, repo):
    at = _drafted(app)
    subjective = at.text_area(key="sec_subjective")
    assert "lazy" in subjective.value
    assert {"sec_objective", "sec_assessment", "sec_plan"} <= {ta.key for ta in at.text_area}
    assert any(s.label == t("draft.status.done", "en") for s in at.status)
    assert list(_goals_table(at)["statement"]) == ["Walk 10 minutes daily"]  # editable
    letters = at.table[0].value  # each goal's SMART letters
    assert [letters[letter].iloc[0] for letter in "SMART"] == ["✓", "✓", "✗", "✗", "✗"]
    findings_md = " ".join(m.value for m in at.markdown)
    assert "Judgemental term." in findings_md and "<mark" in findings_md
    state = repo.get(repo.list_notes()[0].id).state
    assert state.step == "drafted" and state.report.findings


def test_dap_format_gives_dap_sections(app):
    at = _start(app)
    at.radio(key="d_fmt").set_value("dap").run()
    at.button(key="d_run").click().run()
    assert {"sec_data", "sec_assessment", "sec_plan"} <= {ta.key for ta in at.text_area}


def test_applying_a_suggestion_rewrites_the_span_and_rechecks(app, repo):
    at = _drafted(app)
    apply_buttons = [b for b in at.button if b.key and b.key.startswith("d_find_apply_")]
    assert apply_buttons
    apply_buttons[0].click().run()
    assert not at.exception
    assert "tired" in at.text_area(key="sec_subjective").value
    assert "lazy" not in at.text_area(key="sec_subjective").value
    assert "Judgemental term." not in " ".join(m.value for m in at.markdown)
    state = repo.get(repo.list_notes()[0].id).state
    assert "tired" in state.get_note().subjective
    assert not [f for f in state.report.findings if f.severity == "error"]


def test_editing_a_section_rechecks_at_once(app):
    at = _drafted(app)
    at.text_area(key="sec_subjective").input("Client reports sleeping 5 hours.").run()
    assert "Judgemental term." not in " ".join(m.value for m in at.markdown)


def test_model_failure_shows_a_plain_message_and_keeps_the_jottings(app, fake, repo):
    at = _start(app)
    fake().fail_draft = True
    at.button(key="d_run").click().run()
    assert not at.exception
    assert any("could not be reached" in e.value for e in at.error)
    assert at.text_area(key="d_jottings").value == JOTTINGS
    assert repo.get(repo.list_notes()[0].id).state.jottings == JOTTINGS


def test_unexpected_error_is_generic_and_never_shows_client_text(app, fake):
    at = _start(app)
    fake().explode = True
    at.button(key="d_run").click().run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert t("error.generic", "en") in errors and "secret" not in errors
    assert at.text_area(key="d_jottings").value == JOTTINGS


def test_approval_is_blocked_by_errors_until_a_reason_is_given(app, repo):
    at = _drafted(app)
    at.text_input(key="d_author").input("Worker A").run()
    at.button(key="d_approve").click().run()
    assert any(t("approve.blocked", "en", n=1) == e.value for e in at.error)
    assert repo.list_notes()[0].status == "draft"
    at.text_area(key="d_reason").input("Client's own word, quoted").run()
    at.button(key="d_approve").click().run()
    assert not at.exception
    rec = repo.get(repo.list_notes()[0].id)
    assert rec.status == "approved"
    assert rec.latest.override_reason == "Client's own word, quoted"
    assert rec.latest.approved_by == "Worker A"
    assert rec.latest.final_text.strip() in [v.strip() for v in _code_values(at)]


def test_approval_needs_a_name(app, repo):
    at = _drafted(app)
    at.button(key="d_find_apply_1_objectivity.judgemental-term_" + _first_start(repo)).click().run()
    at.button(key="d_approve").click().run()
    assert t("approve.need_author", "en") in [e.value for e in at.error]
    assert repo.list_notes()[0].status == "draft"


def _first_start(repo) -> str:
    state = repo.get(repo.list_notes()[0].id).state
    return str(state.report.findings[0].start)


def test_reopening_in_a_new_tab_restores_the_last_state(app, repo):
    at = _drafted(app)
    at.text_area(key="sec_plan").input("Review in one week.").run()
    note_id = repo.list_notes()[0].id
    again = app(note=note_id)  # a reload: new session, same URL
    assert again.text_area(key="d_jottings").value == JOTTINGS
    assert again.text_area(key="sec_plan").value == "Review in one week."
    fresh = app()  # a new tab without the URL offers the last draft
    resume = next(b for b in fresh.button if b.key == "d_resume")
    resume.click().run()
    assert fresh.text_area(key="d_jottings").value == JOTTINGS


def test_session_details_are_saved(app, repo):
    at = _start(app)
    at.date_input(key="d_date").set_value(dt.date(2026, 11, 20)).run()
    at.text_input(key="d_client_ref").input("K.T.").run()
    at.number_input(key="d_duration").set_value(50).run()
    session = repo.get(repo.list_notes()[0].id).state.session
    assert session.date == dt.date(2026, 11, 20)
    assert session.client_ref == "K.T." and session.duration_minutes == 50


def test_thai_interface_labels_the_draft_page_in_thai(app):
    at = _drafted(app, lang="th")
    assert at.title[0].value == "ร่างบันทึกความก้าวหน้า"
    assert at.button(key="d_approve").label == "อนุมัติบันทึก"


def test_identifier_map_is_stored_only_encrypted(app, monkeypatch):
    from cryptography.fernet import Fernet
    from sqlalchemy import text

    from ui import resources

    monkeypatch.setenv("ASSISTANT_ENCRYPTION_KEY", Fernet.generate_key().decode())
    _drafted(app)
    repo = resources.get_repository()
    note_id = repo.list_notes()[0].id
    assert repo.placeholder_map(note_id).entries  # the writer can still restore
    with repo.engine.connect() as conn:
        raw = bytes(conn.execute(text("SELECT placeholder_map FROM notes")).scalar_one())
    assert b"Somchai" not in raw and b"081-234-5678" not in raw


def test_without_a_key_the_identifier_map_is_not_stored(app, repo):
    _drafted(app)
    assert repo.get(repo.list_notes()[0].id).has_placeholder_map is False


def test_findings_follow_the_interface_language(app):
    at = _drafted(app)
    assert "Judgemental term." in " ".join(m.value for m in at.markdown)
    at.sidebar.radio(key="ui_lang").set_value("th").run()
    text = " ".join(m.value for m in at.markdown)
    assert "คำตัดสิน" in text and "Judgemental term." not in text


@pytest.mark.parametrize(("lang", "prompt"), [
    ("en", "[Add: the client's response to the intervention]"),
    ("th", "[เพิ่ม: การตอบสนองของผู้รับบริการต่อการช่วยเหลือ]"),
])
def test_a_note_with_an_unfilled_drafter_prompt_cannot_be_approved(app, repo, lang, prompt):
    """The offline drafter's bracketed prompts ask the writer for a fact; an approved record (and
    the EHR export) must never carry "[Add: …]" in place of one."""
    at = _drafted(app, lang)
    at.text_area(key="sec_subjective").input("Client reports feeling tired this week.").run()
    at.text_area(key="sec_plan").input(f"Walk daily.\n{prompt}").run()
    assert t("approve.prompts_remain", lang, n=1) in [w.value for w in at.warning]
    at.text_input(key="d_author").input("Worker A").run()
    at.button(key="d_approve").click().run()
    assert not at.exception
    assert t("approve.prompts_blocked", lang, n=1) in [e.value for e in at.error]
    assert repo.list_notes()[0].status == "draft"
    assert at.text_area(key="sec_plan").value == f"Walk daily.\n{prompt}"  # nothing lost
    at.text_area(key="sec_plan").input("Walk daily; client agreed and chose the time.").run()
    at.button(key="d_approve").click().run()
    assert repo.list_notes()[0].status == "approved"


def test_a_name_hidden_by_hand_for_a_client_is_hidden_in_that_client_s_next_note(app, repo):
    """The analyzer has no cue for a nickname like "Noi"; the writer hides it once per client."""
    first = app()
    first.text_area(key="d_jottings").input("Noi came with her aunt. Slept 5 h a night.").run()
    first.text_input(key="d_client_ref").input("K.T.").run()
    first.text_input(key="d_add_input").input("Noi").run()
    first.button(key="d_add_button").click().run()
    assert not any("Noi" in c for c in _code_values(first))
    assert len(repo.list_notes()) == 1

    second = app()
    second.session_state["d_skip_resume"] = True
    second.text_area(key="d_jottings").input("Noi said school was better this week.").run()
    assert any("Noi" in c for c in _code_values(second))  # not known yet: the client is not named
    second.text_input(key="d_client_ref").input("K.T.").run()
    assert not second.exception
    assert not any("Noi" in c for c in _code_values(second))
    assert t("preview.remembered", "en", n=1) in [i.value for i in second.info]
    assert len(repo.list_notes()) == 2
