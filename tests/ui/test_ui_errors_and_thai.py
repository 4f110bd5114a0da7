"""The journey in Thai, notices by their code, and errors that show a plain message and keep the
writer's text (model failure, a leak stopped by the guard, the store failing to save)."""

from __future__ import annotations

import pytest

from assistant.errors import StorageError
from assistant.pipeline import Notice
from assistant.store import NoteRepository
from ui.components.notices import KNOWN_CODES, notice_text
from ui.i18n import catalogue, t

JOTTINGS_TH = "พบ Somchai Jaidee โทร 081-234-5678 ผู้รับบริการบอกว่าขี้เกียจทำการบ้าน นอนไม่หลับ"
JOTTINGS_EN = "met with Somchai Jaidee today, phone 081-234-5678. Talked about sleep and work stress."


def _start(app, lang, jottings):
    at = app(lang=lang)
    at.text_area(key="d_jottings").input(jottings).run()
    assert not at.exception
    return at


def _all_alerts(at) -> list[str]:
    return [a.value for kind in (at.info, at.warning, at.error, at.success) for a in kind]


@pytest.mark.parametrize("code", KNOWN_CODES)
def test_every_pipeline_notice_has_its_own_thai_sentence(code):
    thai = notice_text(code, "English message from the pipeline.", "th")
    assert thai == catalogue("th")[f"notice.{code}"]
    assert thai != catalogue("en")[f"notice.{code}"]
    assert notice_text(code, "English message.", "en") == "English message."


def test_unknown_notice_code_still_shows_its_message():
    assert notice_text("something_new", "Kept as written.", "th") == "Kept as written."


def test_thai_journey_with_a_model_failure_shows_thai_notices_and_keeps_the_jottings(
        app, fake, repo):
    fake().fallback = True
    fake().extra_notices = [
        Notice(code="placeholders_invented", level="warning", message="1 invented."),
        Notice(code="placeholders_dropped", message="1 dropped."),
    ]
    at = _start(app, "th", JOTTINGS_TH)
    at.button(key="d_run").click().run()
    assert not at.exception
    alerts = _all_alerts(at)
    for code in ("model_failed_offline_used", "offline_draft", "placeholders_invented",
                 "placeholders_dropped"):
        assert t(f"notice.{code}", "th") in alerts, code
    assert t("notice.model_failed_offline_used", "th") in [w.value for w in at.warning]
    assert at.text_area(key="d_jottings").value == JOTTINGS_TH
    assert repo.get(repo.list_notes()[0].id).state.jottings == JOTTINGS_TH
    # the rest of the journey, in Thai: apply a suggestion, approve
    assert at.status[0].label == t("draft.status.done", "th")
    next(b for b in at.button if b.key.startswith("d_find_apply_")).click().run()
    assert t("findings.applied", "th") in [s.value for s in at.success]
    at.text_input(key="d_author").input("ผู้เขียน ก.").run()
    at.button(key="d_approve").click().run()
    assert not at.exception
    assert repo.list_notes()[0].status == "approved"
    assert any(t("approved.immutable", "th") == c.value for c in at.caption)


def test_model_failure_in_english_names_the_reason_and_uses_the_offline_draft(app, fake):
    fake().fallback = True
    at = _start(app, "en", JOTTINGS_EN)
    at.button(key="d_run").click().run()
    warnings = [w.value for w in at.warning]
    assert any("could not be reached" in w and "jottings are kept" in w for w in warnings)
    assert "lazy" in at.text_area(key="sec_subjective").value  # the offline draft is there
    assert at.text_area(key="d_jottings").value == JOTTINGS_EN


@pytest.mark.parametrize("lang", ["en", "th"])
def test_leak_blocked_shows_a_plain_message_and_keeps_the_jottings(app, fake, repo, lang):
    fake().leak = True
    jottings = JOTTINGS_TH if lang == "th" else JOTTINGS_EN
    at = _start(app, lang, jottings)
    at.button(key="d_run").click().run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    if lang == "th":
        assert t("error.LeakBlocked", "th") in errors
    assert "PERSON" in errors or "identif" in errors.lower() or "ระบุตัวตน" in errors
    assert "Somchai" not in errors and "081-234-5678" not in errors
    assert at.text_area(key="d_jottings").value == jottings
    assert repo.get(repo.list_notes()[0].id).state.jottings == jottings


class Outage:
    """Makes one repository method fail while ``on``; ``off()`` brings the store back.

    (``monkeypatch.undo()`` would also undo the test isolation, so the switch is a flag.)
    """

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


@pytest.mark.parametrize("lang", ["en", "th"])
def test_storage_error_on_save_is_shown_and_the_writers_edits_stay(app, repo, monkeypatch, lang):
    at = _start(app, lang, JOTTINGS_EN)
    at.button(key="d_run").click().run()
    outage = Outage(monkeypatch, "save_draft")
    at.text_area(key="sec_plan").input("Review in one week.").run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("could not be saved" in e for e in errors)
    if lang == "th":
        assert any(t("error.StorageError", "th") in e for e in errors)
    # the page goes on: the edit, the other sections and the findings are still there
    assert at.text_area(key="sec_plan").value == "Review in one week."
    assert "lazy" in at.text_area(key="sec_subjective").value
    assert at.button(key="d_approve")
    outage.off()  # the store is back: the next run saves what is on screen
    at.run()
    note = repo.get(repo.list_notes()[0].id).state.get_note()
    assert note.plan == "Review in one week."


def test_storage_error_before_the_first_save_keeps_the_jottings(app, repo, monkeypatch):
    outage = Outage(monkeypatch, "create_note")
    at = _start(app, "en", JOTTINGS_EN)
    assert any("could not be saved" in e.value for e in at.error)
    assert at.text_area(key="d_jottings").value == JOTTINGS_EN
    assert not [b for b in at.button if b.key == "d_run"]  # nothing to draft into yet
    outage.off()
    at.run()
    assert repo.get(repo.list_notes()[0].id).state.jottings == JOTTINGS_EN
    assert at.button(key="d_run")


def test_an_error_while_checking_never_blanks_a_section(app, fake, repo, monkeypatch):
    at = _start(app, "en", JOTTINGS_EN)
    at.button(key="d_run").click().run()
    at.text_area(key="sec_plan").input("Plan kept.").run()
    svc = fake()
    real = svc.check
    svc.check = lambda *a, **k: 1 / 0
    at.text_area(key="sec_plan").input("Plan kept, then edited.").run()
    assert t("error.generic", "en") in [e.value for e in at.error]
    svc.check = real
    at.run()
    at.run()
    assert not at.error
    assert at.text_area(key="sec_plan").value == "Plan kept, then edited."
    assert "lazy" in at.text_area(key="sec_subjective").value
    assert repo.get(repo.list_notes()[0].id).state.get_note().plan == "Plan kept, then edited."
