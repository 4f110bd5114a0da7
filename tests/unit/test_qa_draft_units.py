"""QA pass 2 on the Draft page, unit level: what a writer on Windows and a writer who reads the
interface in another language than the note meet in the checker and the pipeline."""

from __future__ import annotations

import pytest
from fakes.openai_server import Reply, fake_llm  # noqa: F401 - fixture

from assistant.check import check_text
from assistant.models import Finding
from assistant.pipeline import Services
from assistant.settings import Settings

#: Goals in the layouts the drafter and writers use: a labelled line, a numbered list under a
#: label, a Thai labelled line with a follow-up, a Thai list.
_GOAL_NOTES = [
    "Plan:\nGoal: feel better soon\nNext session 12 May 2026.\n",
    "Plan:\nGoals:\n1. feel better\n2. sleep more\n",
    "แผน:\nเป้าหมาย: รู้สึกดีขึ้น\nนัดครั้งต่อไป 3 มิ.ย. 2569\n",
    "แผน:\nเป้าหมาย:\n1. นอนหลับให้ดีขึ้น\n2. ไปโรงเรียนให้มากขึ้น\n",
    "P: Goals:\n- attend class more often\n- talk to a teacher when upset",
]


def _goal_spans(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start:f.end]) for f in check_text(text).findings
            if f.criterion == "goals" and f.start is not None]


@pytest.mark.parametrize("note", _GOAL_NOTES)
def test_a_goal_finding_on_a_windows_note_highlights_the_goal_not_its_line_break(note):
    windows = note.replace("\n", "\r\n")
    spans = _goal_spans(windows)
    assert spans, "each of these goals is vague and should be flagged"
    assert all(not quoted.endswith(("\r", "\n")) for _, quoted in spans), spans
    # the same goals, the same words highlighted, whatever the line endings
    assert spans == _goal_spans(note)


class _NoIdentifiers:
    """The analyzer seam: the grounding check under test needs no identifier detection."""

    def analyze(self, *_args, **_kwargs):
        return []


@pytest.fixture
def services() -> Services:
    svc = Services(Settings())
    svc._analyzer = _NoIdentifiers()  # keep this unit test light
    return svc


def _grounding(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.source == "grounding"]


@pytest.mark.parametrize(
    ("note", "jottings", "locale", "word"),
    [
        # an English note read by a Thai-interface writer: the warning is in Thai
        ("S: Client reports PHQ-9 = 17 today.\nP: Next session 12 May 2026.",
         "client low mood, next session 12 May 2026", "th", "ไม่พบในบันทึกย่อ"),
        # a Thai note read by an English-interface writer: the warning is in English
        ("S: ผู้รับบริการเล่าว่า PHQ-9 = 17\nP: นัดครั้งต่อไป 12 พ.ค. 2569",
         "อารมณ์เศร้า นัด 12 พ.ค. 2569", "en", "Not in your jottings"),
    ],
)
def test_grounding_warnings_speak_the_interface_language_like_the_rule_findings(
        services, note, jottings, locale, word):
    report = services.check(note, locale=locale, jottings_text=jottings)
    grounded = _grounding(report.findings)
    assert grounded, "the score 17 is not in the jottings"
    assert all(word in f.message for f in grounded), [f.message for f in grounded]


# ------------------------------------------------------------------ drafting with a model


@pytest.fixture(scope="module")
def analyzer():
    from assistant.redact import get_analyzer

    return get_analyzer()


@pytest.fixture
def model_services(fake_llm, analyzer):  # noqa: F811 - the imported fixture
    svc = Services(Settings(
        llm_model="fake-model", llm_base_url=fake_llm.base_url, llm_api_key="test-key",
        llm_timeout_s=2.0, llm_max_retries=0, llm_retry_backoff_s=0.01))
    svc._analyzer = analyzer  # one analyzer for the module
    return svc


_SOAP = {
    "subjective": "Client reports poor sleep since the move.",
    "objective": "PHQ-9 = 14, tearful at the start.",
    "assessment": "Sleep difficulty linked to the move.",
    "plan": "Wind-down routine; review next session.",
    "interventions": [{"name": "Sleep hygiene psychoeducation"}],
    "goals": [],
    "next_session": "12 Mar 2026",
}
_SOAP_TH = {
    "subjective": "ผู้รับบริการเล่าว่านอนไม่หลับตั้งแต่ย้ายบ้าน",
    "objective": "9Q = 11",
    "assessment": "ปัญหาการนอนสัมพันธ์กับการย้ายบ้าน",
    "plan": "ฝึกผ่อนคลายก่อนนอน ทบทวนครั้งหน้า",
    "interventions": [{"name": "ให้ความรู้เรื่องสุขอนามัยการนอน"}],
    "goals": [],
    "next_session": "12 มี.ค. 2569",
}


@pytest.mark.parametrize(("jottings", "ref", "answer"), [
    ("check-in w/ Jane Miller, 25 min. can't sleep since the move, PHQ-9 = 14. "
     "did sleep hygiene psychoeducation. f/u 12 Mar 2026.", "C-2291", _SOAP),
    ("พบ ด.ญ. มะลิ ใจงาม 40 นาที เล่าว่านอนไม่หลับตั้งแต่ย้ายบ้าน 9Q = 11 นัด 12 มี.ค. 2569",
     "นร. 4471", _SOAP_TH),
])
def test_a_draft_from_the_draft_page_reaches_the_model(model_services, fake_llm, jottings, ref,  # noqa: F811
                                                        answer):
    """The Draft page stamps when the note is written and carries the client reference; neither
    is needed to draft, and neither may stop the request (the writer cannot redact them)."""
    import datetime as dt

    from assistant.models import Jottings, SessionMeta

    fake_llm.enqueue(Reply.json(answer))
    written = dt.datetime.now().astimezone().replace(microsecond=0)
    session = SessionMeta(date=dt.date(2026, 3, 5), duration_minutes=25, client_ref=ref,
                          written_at=written)
    outcome = model_services.draft(Jottings(text=jottings, session=session))
    assert [n.code for n in outcome.notices if n.level == "warning"] == []
    assert not outcome.offline and outcome.backend == "model:fake-model"
    assert len(fake_llm.chat_requests) == 1
    sent = str(fake_llm.chat_requests[0])
    assert ref not in sent  # a case reference identifies the client; the model has no use for it
    # the note keeps what the writer gave: the timeliness check still sees when it was written
    assert outcome.session.written_at == written and outcome.session.client_ref == ref


@pytest.mark.parametrize(("reply", "reason"), [("busy", "ModelUnavailable"),
                                                ("broken", "ModelOutputInvalid")])
def test_a_model_failure_notice_names_its_kind_for_another_interface_language(
        model_services, fake_llm, reply, reason):  # noqa: F811
    """The English notice carries the failure's own sentence; the Thai interface shows its own
    sentence, so the notice must say which kind of failure it was (busy, unusable answer,
    identifiers left) for a Thai writer to know what to do."""
    from assistant.models import Jottings

    fake_llm.enqueue(*[Reply.status(429) if reply == "busy" else Reply.broken_json()] * 4)
    outcome = model_services.draft(Jottings(text="client slept 5 h, PHQ-9 = 14, next 12 Mar 2026"))
    failed = [n for n in outcome.notices if n.code == "model_failed_offline_used"]
    assert [n.reason for n in failed] == [reason]


def test_a_thai_notice_keeps_the_reason_the_english_one_gives():
    from ui.components.notices import notice_text
    from ui.i18n import t

    english = "Request blocked before sending: the text still contains identifying information."
    thai = notice_text("model_failed_offline_used", english, "th", reason="LeakBlocked")
    assert t("notice.model_failed_offline_used", "th") in thai
    assert t("error.LeakBlocked", "th") in thai
    assert notice_text("model_failed_offline_used", english, "en", reason="LeakBlocked") == english
    # an unknown kind adds nothing rather than an English word
    assert notice_text("model_failed_offline_used", english, "th", reason="Other") == t(
        "notice.model_failed_offline_used", "th")


def test_a_fix_with_no_counterpart_in_the_note_language_loses_its_button_not_its_advice():
    from assistant.models import CheckReport
    from ui.editing import can_apply, replacements_from

    shown = Finding(rule="confidentiality.contact-details", criterion="confidentiality",
                    severity="error", start=4, end=16, message="มีข้อมูลติดต่อ",
                    suggestion="ข้อมูลติดต่ออยู่ในระบบ", replacement=True)
    same = shown.model_copy(update={"suggestion": "contact details in the record"})
    moved = same.model_copy(update={"start": 5})
    merged = replacements_from(CheckReport(findings=[shown]), CheckReport(findings=[same]))
    assert merged.findings[0].suggestion == "contact details in the record"
    assert merged.findings[0].message == "มีข้อมูลติดต่อ"  # the reason stays in the interface's
    lost = replacements_from(CheckReport(findings=[shown]), CheckReport(findings=[moved]))
    assert not can_apply(lost.findings[0]) and lost.findings[0].suggestion == shown.suggestion


@pytest.mark.parametrize(("present", "kept", "dropped"), [
    (["client", "mother (Mrs Somsri Kaewmanee)"], ["client"], "Somsri"),
    (["ผู้รับบริการ", "แม่ (นางสมศรี แก้วมณี)"], ["ผู้รับบริการ"], "สมศรี"),
])
def test_a_name_typed_in_who_was_present_neither_reaches_the_model_nor_stops_the_draft(
        model_services, fake_llm, present, kept, dropped):  # noqa: F811
    """"Who was present" is a session field the writer cannot mark in the preview: an entry naming
    someone is left out of the request (the stored note keeps it), roles still go."""
    import datetime as dt

    from assistant.models import Jottings, SessionMeta

    fake_llm.enqueue(Reply.json(_SOAP))
    session = SessionMeta(date=dt.date(2026, 3, 5), duration_minutes=25, present=present)
    outcome = model_services.draft(Jottings(text="check-in, 25 min. can't sleep, PHQ-9 = 14.", session=session))
    assert [n.code for n in outcome.notices if n.level == "warning"] == []
    assert not outcome.offline
    sent = str(fake_llm.chat_requests[0])
    assert dropped not in sent and all(k in sent for k in kept)
    assert outcome.session.present == present


@pytest.mark.parametrize(("present", "jottings", "sent_entry", "name", "reply"), [
    (["client", "mother (Mrs Somsri Kaewmanee)"],
     "Mrs Somsri Kaewmanee brought client, 25 min. can't sleep, PHQ-9 = 14.", "mother ([PERSON_1])", "Somsri", _SOAP),
    (["ผู้รับบริการ", "แม่ (นางสมศรี แก้วมณี)"],
     "นางสมศรี แก้วมณี พามา 25 นาที นอนไม่หลับ PHQ-9 = 14", "แม่ ([PERSON_1])", "สมศรี", _SOAP_TH),
])
def test_a_person_in_who_was_present_named_in_the_jottings_goes_to_the_model_as_their_placeholder(
        model_services, fake_llm, present, jottings, sent_entry, name, reply):  # noqa: F811
    """The model should know the mother was in the room and that she is the [PERSON_1] of the
    jottings; her name still never leaves (the stored note keeps the entry as typed)."""
    import datetime as dt

    from assistant.models import Jottings, SessionMeta

    fake_llm.enqueue(Reply.json(reply))
    session = SessionMeta(date=dt.date(2026, 3, 5), duration_minutes=25, present=present)
    outcome = model_services.draft(Jottings(text=jottings, session=session))
    assert not outcome.offline
    sent = str(fake_llm.chat_requests[0])
    assert name not in sent
    assert sent_entry in sent
    assert outcome.session.present == present
