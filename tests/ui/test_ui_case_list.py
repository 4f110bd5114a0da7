""""People and places in this case": a list the writer keeps once per client reference and that is
hidden in every note for that client, on top of what the analyzer finds."""

from __future__ import annotations

import pytest

from assistant.errors import StorageError
from assistant.store import NoteRepository
from ui.i18n import t

JOTTINGS_EN = "Noi came alone today. Her sister Lek drove her. Slept 5 h a night."
JOTTINGS_EN_2 = "Noi said school was better; Lek is away. Walk with mum planned."


def _sent(at) -> str:
    """The text the drafter would receive (the preview's code block)."""
    return next(c.value for c in at.code)


def _alerts(at, kind: str) -> list[str]:
    return [a.value for a in getattr(at, kind)]


def _note(app, jottings: str, ref: str | None = None, lang: str = "en"):
    at = app(lang=lang)
    at.session_state["d_skip_resume"] = True
    at.text_area(key="d_jottings").input(jottings).run()
    if ref is not None:
        at.text_input(key="d_client_ref").input(ref).run()
    assert not at.exception
    return at


def _save_list(at, text: str):
    at.text_area(key="d_case_terms").input(text).run()
    at.button(key="d_case_save").click().run()
    assert not at.exception
    return at


class Outage:
    """One repository method fails while ``on`` (a flag, so the test's isolation stays)."""

    def __init__(self, monkeypatch, method: str) -> None:
        self.on = True
        real = getattr(NoteRepository, method)

        def maybe_fail(repo, *args, **kwargs):
            if self.on:
                raise StorageError("The note could not be saved or read. Your text is still on "
                                   "screen; try again.")
            return real(repo, *args, **kwargs)

        monkeypatch.setattr(NoteRepository, method, maybe_fail)

    def off(self) -> None:
        self.on = False


def test_the_list_appears_only_once_a_client_reference_is_entered(app):
    at = _note(app, JOTTINGS_EN)
    assert not [e for e in at.expander if e.label == t("case.title", "en")]
    at.text_input(key="d_client_ref").input("K.T.").run()
    assert [e for e in at.expander if e.label == t("case.title", "en")]
    assert at.text_area(key="d_case_terms").value == ""


@pytest.mark.parametrize("lang", ["en", "th"])
def test_saving_the_list_hides_its_values_in_the_preview_at_once(app, repo, lang):
    at = _note(app, JOTTINGS_EN, "K.T.", lang)
    assert "Noi" in _sent(at) and "Lek" in _sent(at)  # the analyzer alone has no cue for them
    _save_list(at, "Noi\n  Lek  \n\nnoi\n")
    assert "Noi" not in _sent(at) and "Lek" not in _sent(at)
    assert t("case.saved", lang, n=2, m=2) in _alerts(at, "success")
    assert at.text_area(key="d_case_terms").value == "Noi\nLek"  # cleaned as stored
    assert repo.case_terms("K.T.") == ["Noi", "Lek"]
    # the note itself records them as hand-added, so the draft's redaction holds them too
    assert {"Noi", "Lek"} <= set(repo.get(repo.list_notes()[0].id).state.redaction_add)


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_stored_list_is_applied_to_the_client_s_next_note(app, repo, lang):
    repo.set_case_terms("K.T.", ["Noi", "Lek"])
    repo.set_case_terms("P.S.", ["Walk"])
    at = _note(app, JOTTINGS_EN_2, "K.T.", lang)
    sent = _sent(at)
    assert "Noi" not in sent and "Lek" not in sent
    assert "Walk" in sent  # another client's list is not this one's
    assert t("case.applied", lang, n=2) in _alerts(at, "info")
    assert at.text_area(key="d_case_terms").value == "Noi\nLek"
    assert next(e for e in at.expander if e.label == t("case.title", lang))


def test_a_value_released_in_this_note_stays_released(app, repo):
    repo.set_case_terms("K.T.", ["Noi", "Walk"])
    at = _note(app, JOTTINGS_EN_2, "K.T.")
    assert "Walk" not in _sent(at)
    at.multiselect(key="d_release").select("Walk").run()  # not a name in this note
    assert "Walk" in _sent(at) and "Noi" not in _sent(at)
    # switching client and back, or reopening the note elsewhere, does not hide it again
    at.text_input(key="d_client_ref").input("P.S.").run()
    at.text_input(key="d_client_ref").input("K.T.").run()
    assert "Walk" in _sent(at) and "Noi" not in _sent(at)
    _save_list(at, "Noi\nWalk")
    assert "Walk" in _sent(at)
    again = app(note=repo.list_notes()[0].id)
    assert not again.exception
    assert "Walk" in _sent(again) and "Noi" not in _sent(again)


def test_a_list_changed_for_the_client_reaches_a_reopened_note(app, repo):
    at = _note(app, JOTTINGS_EN_2, "K.T.")
    note_id = repo.list_notes()[0].id
    assert "Lek" in _sent(at)
    repo.set_case_terms("K.T.", ["Lek"])  # edited while writing another note of this client
    again = app(note=note_id)
    assert "Lek" not in _sent(again)
    assert t("case.applied", "en", n=1) in _alerts(again, "info")


@pytest.mark.parametrize("lang", ["en", "th"])
def test_a_storage_error_on_save_shows_a_message_and_keeps_the_list(app, repo, monkeypatch,
                                                                     lang):
    at = _note(app, JOTTINGS_EN, "K.T.", lang)
    outage = Outage(monkeypatch, "set_case_terms")
    _save_list(at, "Noi\nLek")
    errors = _alerts(at, "error")
    assert any("could not be saved" in e for e in errors)
    if lang == "th":
        assert any(t("error.StorageError", "th") in e for e in errors)
    assert at.text_area(key="d_case_terms").value == "Noi\nLek"  # nothing lost
    assert at.text_area(key="d_jottings").value == JOTTINGS_EN
    outage.off()
    at.button(key="d_case_save").click().run()
    assert not at.exception and not _alerts(at, "error")
    assert repo.case_terms("K.T.") == ["Noi", "Lek"]
    assert "Noi" not in _sent(at)


def test_a_storage_error_on_reading_the_list_leaves_the_page_working(app, repo, monkeypatch):
    repo.set_case_terms("K.T.", ["Noi"])
    outage = Outage(monkeypatch, "case_terms_record")
    at = _note(app, JOTTINGS_EN, "K.T.")
    assert any("could not be saved or read" in e for e in _alerts(at, "error"))
    assert at.text_area(key="d_jottings").value == JOTTINGS_EN
    assert at.button(key="d_run")  # drafting is still possible
    at.text_area(key="d_case_terms").input("Lek").run()  # typed while the list is unreadable
    outage.off()
    at.run()
    assert at.text_area(key="d_case_terms").value == "Noi\nLek"  # stored first, typed kept
    assert "Noi" not in _sent(at)


@pytest.mark.parametrize("lang", ["en", "th"])
def test_a_list_over_the_limits_is_refused_in_the_writer_s_language(app, repo, lang):
    at = _note(app, JOTTINGS_EN, "K.T.", lang)
    _save_list(at, "Noi\nx")
    assert any(t("input.case_terms_too_short", lang, limit=2) in e for e in _alerts(at, "error"))
    assert at.text_area(key="d_case_terms").value == "Noi\nx"
    assert repo.case_terms("K.T.") == []


@pytest.fixture
def real_app(app, monkeypatch):
    """The app on the real pipeline (Presidio and the Thai recognizers), not the fake."""
    from assistant.pipeline import Services
    from ui import resources

    monkeypatch.setattr(resources, "services_factory", Services.from_settings)
    return app


def test_a_thai_nickname_the_analyzer_misses_is_hidden_once_listed(real_app, repo):
    """«ส้ม» (orange) is an ordinary word: with no cue the analyzer rightly leaves it; the writer
    knows it is the client's nickname."""
    jottings = "วันนี้ส้มมาคนเดียว เล่าว่านอนไม่หลับ 3 คืน"
    at = _note(real_app, jottings, "ก.ท.", "th")
    assert "ส้ม" in _sent(at)
    _save_list(at, "ส้ม")
    assert "ส้ม" not in _sent(at)
    assert "[PERSON_1]" in _sent(at)
    assert "นอนไม่หลับ" in _sent(at)  # only the listed value goes
    # the next note of this client hides it from the start
    nxt = _note(real_app, "ส้มบอกว่าสัปดาห์นี้นอนได้ดีขึ้น", "ก.ท.", "th")
    assert "ส้ม" not in _sent(nxt)
