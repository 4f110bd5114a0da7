"""Notes page: approved notes listed and opened unchanged, addenda, new versions, exports;
and the Review and Training pages' states."""

from __future__ import annotations

import datetime as dt

from assistant.models import Language, NoteFormat, SessionMeta, SoapNote
from assistant.store import DraftState
from ui.i18n import t


def _approved(repo, text_suffix: str = "") -> str:
    note = SoapNote(subjective="Client reports better sleep." + text_suffix,
                    objective="PHQ-9 10.", assessment="Improving.", plan="Review in 2 weeks.")
    state = DraftState(jottings="sleep better", session=SessionMeta(
        date=dt.date(2026, 11, 20), client_ref="N.P.")).with_note(note, NoteFormat.SOAP)
    note_id = repo.create_note(state)
    repo.approve(note_id, author="Worker B", final_text="Subjective:\nClient reports better sleep.",
                 fmt=NoteFormat.SOAP, note=note, session_meta=state.session,
                 language=Language.EN, findings=[])
    return note_id


def test_empty_store_says_so(app):
    at = app("notes")
    assert t("notes.empty", "en") in [i.value for i in at.info]


def test_approved_note_is_listed_and_opens_unchanged_with_exports(app, repo):
    note_id = _approved(repo)
    at = app("notes")
    assert not at.exception
    assert at.selectbox(key="n_select").value == note_id
    assert "Subjective:\nClient reports better sleep." in [c.value for c in at.code]
    labels = {b.label for b in at.get("download_button")}
    assert {t("export.markdown", "en"), t("export.text", "en"), t("export.docx", "en")} <= labels


def test_addendum_is_added_and_the_approved_text_stays(app, repo):
    note_id = _approved(repo)
    at = app("notes", lang="th")
    at.text_area(key="n_add_text").input("แก้ไข: PHQ-9 = 11")
    at.text_input(key="n_add_author").input("ผู้เขียน ข.")
    at.button[[b.label for b in at.button].index(t("notes.addendum_add", "th"))].click().run()
    assert not at.exception
    rec = repo.get(note_id)
    assert [a.text for a in rec.addenda] == ["แก้ไข: PHQ-9 = 11"]
    assert rec.latest.final_text == "Subjective:\nClient reports better sleep."
    assert any("แก้ไข: PHQ-9 = 11" in c.value for c in at.code)  # in the EHR copy


def test_new_version_reopens_the_note_as_a_draft_and_keeps_version_one(app, repo):
    note_id = _approved(repo)
    at = app("notes")
    at.button(key="n_new_version").click().run()
    assert not at.exception
    assert at.text_area(key="sec_subjective").value == "Client reports better sleep."
    rec = repo.get(note_id)
    assert rec.status == "draft" and rec.versions[0].final_text.startswith("Subjective:")


def test_draft_notes_can_be_continued(app, repo):
    note_id = repo.create_note(DraftState(jottings="draft jottings"))
    at = app("notes")
    at.button(key="n_continue").click().run()
    assert at.text_area(key="d_jottings").value == "draft jottings"
    assert at.query_params.get("note") in (note_id, [note_id])


def test_review_of_an_empty_paste_asks_for_text(app):
    at = app("review")
    at.button(key="r_run").click().run()
    assert t("review.empty", "en") in [w.value for w in at.warning]


def test_review_shows_findings_and_scores(app):
    at = app("review")
    at.text_area(key="r_text").input("O: Client was lazy.").run()
    at.button(key="r_run").click().run()
    assert not at.exception
    assert "Judgemental term." in " ".join(m.value for m in at.markdown)
    assert at.metric


def test_training_shows_a_poor_and_a_better_note_side_by_side(app):
    at = app("training", lang="th")
    assert not at.exception
    assert t("training.pair", "th") in [s.value for s in at.subheader]
