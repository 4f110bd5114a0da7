"""What only a real browser shows: a form cleared by the browser on submit. A supervisor who
types an addendum and forgets their name must get the reason and keep the addendum's text (a
form with ``clear_on_submit`` blanks it in the browser even when the server refuses it)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests_browser_helpers import wait_idle

from assistant.models import Language, NoteFormat, SessionMeta, SoapNote
from assistant.settings import Settings
from assistant.store import DraftState, open_repository
from ui.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ADDENDUM = "Correction: the EPDS score was 12, not 11."


def _approved_note(data_dir) -> str:
    repo = open_repository(Settings(data_dir=data_dir))
    note = SoapNote(subjective="Client reports better sleep.", objective="EPDS 11.",
                    assessment="Improving.", plan="Review in 2 weeks.")
    state = DraftState(jottings="sleep better", session=SessionMeta(
        date=dt.date(2026, 11, 20), client_ref="Q.A.")).with_note(note, NoteFormat.SOAP)
    note_id = repo.create_note(state)
    repo.approve(note_id, author="Worker B", final_text="Subjective:\nClient reports better "
                 "sleep.", fmt=NoteFormat.SOAP, note=note, session_meta=state.session,
                 language=Language.EN, findings=[])
    return note_id


def test_a_refused_addendum_keeps_its_text_in_the_browser(page, server):
    from playwright.sync_api import expect

    repo_note = _approved_note(server.data_dir)
    page.goto(f"{server.url}/notes")
    wait_idle(page)
    box = page.get_by_label(t("notes.addendum_text"), exact=True)
    box.fill(ADDENDUM)
    page.get_by_role("button", name=t("notes.addendum_add")).click()
    wait_idle(page)
    expect(page.get_by_text(t("notes.addendum_need_author"))).to_be_visible()
    assert page.get_by_label(t("notes.addendum_text"), exact=True).input_value() == ADDENDUM
    # with a name it is saved, and the box is ready for the next one
    page.get_by_label(t("approve.author")).fill("Supervisor C")
    page.get_by_role("button", name=t("notes.addendum_add")).click()
    wait_idle(page)
    expect(page.get_by_text(t("notes.addendum_done"))).to_be_visible()
    assert page.get_by_label(t("notes.addendum_text"), exact=True).input_value() == ""
    repo = open_repository(Settings(data_dir=server.data_dir))
    assert [a.text for a in repo.get(repo_note).addenda] == [ADDENDUM]
