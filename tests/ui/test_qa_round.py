"""QA round on the Review and Notes pages, as their users meet them: a supervisor adding an
addendum without a name, a Thai reader of a note drafted in English, the note's language named in
words, and the review page's progress that speaks of a finished note, not a draft."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.models import Language, NoteFormat, SessionMeta, SoapNote
from assistant.store import DraftState, NoteRepository
from ui.i18n import t

_ENGLISH_SENTENCE = re.compile(r"[A-Za-z]{3,}(?: [A-Za-z]{2,}){2,}")  # three English words in a row


def _approved(repo, language: Language = Language.TH) -> str:
    note = SoapNote(subjective="ผู้รับบริการเล่าว่านอนหลับดีขึ้น", objective="PHQ-9 = 10",
                    assessment="ดีขึ้น", plan="นัด ๒ สัปดาห์")
    state = DraftState(jottings="นอนหลับดีขึ้น", session=SessionMeta(
        date=dt.date(2026, 11, 20), client_ref="ก.ข.")).with_note(note, NoteFormat.SOAP)
    note_id = repo.create_note(state)
    repo.approve(note_id, author="ครู ก.", final_text="S: ผู้รับบริการเล่าว่านอนหลับดีขึ้น",
                 fmt=NoteFormat.SOAP, note=note, session_meta=state.session,
                 language=language, findings=[])
    return note_id


def _add_addendum(at, lang: str) -> None:
    at.button[[b.label for b in at.button].index(t("notes.addendum_add", lang))].click().run()


@pytest.mark.parametrize("lang", ["en", "th"])
def test_addendum_without_a_name_is_refused_in_the_interface_language(app, repo, monkeypatch,
                                                                       lang):
    note_id = _approved(repo)
    calls = []
    monkeypatch.setattr(NoteRepository, "add_addendum",
                        lambda self, *a, **k: calls.append(a))  # must not be reached
    at = app("notes", lang=lang)
    addendum_key = "n_add_text"
    at.text_area(key=addendum_key).input("แก้ไข: EPDS = ๑๒ (ไม่ใช่ 11)")
    author_key = "n_add_author"
    at.text_input(key=author_key).input("   ")
    _add_addendum(at, lang)
    assert not at.exception and calls == []
    errors = [e.value for e in at.error]
    assert errors == [t("notes.addendum_need_author", lang)]
    # not reported as a storage failure, and said in Thai when the interface is Thai
    assert t("error.StorageError", lang) not in errors[0]
    if lang == "th":
        assert not _ENGLISH_SENTENCE.search(errors[0])
    assert at.text_area(key=addendum_key).value == "แก้ไข: EPDS = ๑๒ (ไม่ใช่ 11)"
    assert repo.get(note_id).addenda == []


def test_empty_addendum_is_refused_without_touching_the_store(app, repo):
    note_id = _approved(repo)
    at = app("notes", lang="th")
    author_key = "n_add_author"
    at.text_input(key=author_key).input("ครู ข.")
    _add_addendum(at, "th")
    assert [e.value for e in at.error] == [t("notes.addendum_empty", "th")]
    assert repo.get(note_id).addenda == []


def test_a_saved_addendum_clears_the_box_for_the_next_one(app, repo):
    note_id = _approved(repo)
    at = app("notes", lang="th")
    addendum_key = "n_add_text"
    at.text_area(key=addendum_key).input("แก้ไข: นัดครั้งต่อไป ๔ ธ.ค. ๒๕๖๙")
    author_key = "n_add_author"
    at.text_input(key=author_key).input("ครู ข.")
    _add_addendum(at, "th")
    assert not at.exception
    assert [a.text for a in repo.get(note_id).addenda] == ["แก้ไข: นัดครั้งต่อไป ๔ ธ.ค. ๒๕๖๙"]
    assert t("notes.addendum_done", "th") in [s.value for s in at.success]
    box = at.text_area(key="n_add_text")
    assert box.value == ""


@pytest.mark.parametrize(("lang", "language", "name"),
                         [("th", Language.TH, "ไทย"), ("en", Language.EN, "English"),
                          ("th", Language.EN, "English")])
def test_an_approved_notes_language_is_named_not_coded(app, repo, lang, language, name):
    _approved(repo, language)
    at = app("notes", lang=lang)
    meta = next(c.value for c in at.caption if t("notes.meta_format", lang, fmt="SOAP") in c.value)
    assert meta.endswith(t("notes.meta_language", lang, lang=name))
    assert not re.search(r"\b(?:th|en)\b", meta)


def test_a_draft_checked_in_english_shows_its_findings_in_thai_on_the_thai_notes_page(app, repo):
    at = app(lang="en")
    at.text_area(key="d_jottings").input("Client felt lazy, phone 081-234-5678.").run()
    at.button(key="d_run").click().run()
    assert not at.exception
    assert repo.get(repo.list_notes()[0].id).state.report is not None  # checked in English
    at = app("notes", lang="th")
    md = " ".join(m.value for m in at.markdown)
    assert "คำตัดสิน" in md and "Judgemental term." not in md


@pytest.mark.parametrize("lang", ["en", "th"])
def test_review_progress_speaks_of_checking_the_note_not_a_draft(app, fake, lang):
    svc = fake()
    real = svc.review

    def review(text, *, progress=None, **kw):  # the real pipeline reports "checking"
        (progress or (lambda _s: None))("checking")
        return real(text, **kw)

    svc.review = review
    at = app("review", lang=lang)
    at.text_area(key="r_text").input("O: Client was lazy.").run()
    at.button(key="r_run").click().run()
    shown = [m.value for m in at.status[0].markdown]
    assert shown and t("stage.checking", lang) not in shown  # "Checking the draft"
    assert shown == [t("review.running", lang)]
