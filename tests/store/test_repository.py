"""The note store as a writer relies on it: nothing lost, approvals never overwritten."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from assistant.errors import ApprovedNoteImmutable, StorageError
from assistant.models import (
    Finding,
    Language,
    NoteFormat,
    PlaceholderEntry,
    PlaceholderMap,
    SessionMeta,
    Severity,
    SoapNote,
)
from assistant.store import (
    ApprovalBlocked,
    DraftState,
    MapCipher,
    NoteRepository,
    open_engine,
)
from assistant.store.tables import AuditRow, NoteVersionRow, VersionFindingRow

TH_JOTTINGS = "ผู้รับบริการเล่าว่านอนไม่หลับ 3 คืน PHQ-9 = 14 นัดครั้งหน้า 5 ธ.ค. 2569"
EN_JOTTINGS = "Client reports sleeping 4 h a night; PHQ-9 14. Next session in one week."


def _state(jottings: str = EN_JOTTINGS, **kw) -> DraftState:
    session = SessionMeta(date=dt.date(2026, 11, 28), start_time=dt.time(14, 0),
                          duration_minutes=50, session_type="individual", client_ref="K.T.")
    return DraftState(jottings=jottings, session=session, **kw)


def _drafted(state: DraftState) -> DraftState:
    note = SoapNote(subjective="Client reports poor sleep.", objective="PHQ-9 score 14.",
                    assessment="Moderate depressive symptoms.", plan="Review in one week.")
    return state.with_note(note, NoteFormat.SOAP).model_copy(
        update={"text": "S: Client reports poor sleep.", "step": "drafted"})


def _finding(severity: Severity = Severity.WARNING) -> Finding:
    return Finding(rule="objectivity.judgemental-term", criterion="objectivity",
                   severity=severity, start=0, end=4, section="objective",
                   message="Judgemental term.", suggestion="describe the behaviour",
                   replacement=True)


def _approve(repo: NoteRepository, note_id: str, findings=(), reason=None, author="Worker A"):
    rec = repo.get(note_id)
    note = rec.state.get_note()
    return repo.approve(note_id, author=author, final_text=rec.state.text or "x",
                        fmt=NoteFormat.SOAP, note=note, session_meta=rec.state.session,
                        language=Language.EN, findings=list(findings), override_reason=reason)


@pytest.mark.parametrize("jottings", [EN_JOTTINGS, TH_JOTTINGS], ids=["en", "th"])
def test_draft_round_trips_every_field(repo, jottings):
    note_id = repo.create_note(_state(jottings))
    state = _drafted(repo.get(note_id).state)
    repo.save_draft(note_id, state)
    got = repo.get(note_id)
    assert got.state == state
    assert got.state.get_note().objective == "PHQ-9 score 14."
    assert got.status == "draft"


def test_reopening_after_restart_shows_last_state(db_url):
    first = NoteRepository(open_engine(db_url))
    note_id = first.create_note(_state())
    first.save_draft(note_id, _drafted(first.get(note_id).state))
    first.engine.dispose()
    second = NoteRepository(open_engine(db_url))  # a new process would do exactly this
    assert second.get(note_id).state.step == "drafted"
    assert [n.id for n in second.list_notes()] == [note_id]
    second.engine.dispose()


def test_approval_records_who_when_text_format_and_findings(repo):
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    before = dt.datetime.now(dt.UTC)
    version = _approve(repo, note_id, findings=[_finding()])
    assert version.version == 1 and version.approved_by == "Worker A"
    assert version.approved_at >= before - dt.timedelta(seconds=5)
    assert version.final_text == "S: Client reports poor sleep."
    assert version.fmt == NoteFormat.SOAP
    assert [f.rule for f in version.findings] == ["objectivity.judgemental-term"]
    assert version.session.written_at is not None
    listed = repo.list_notes()
    assert listed[0].status == "approved" and listed[0].current_version == 1
    assert repo.list_notes(status="draft") == []


def test_error_findings_block_approval_unless_a_reason_is_given(repo):
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    with pytest.raises(ApprovalBlocked):
        _approve(repo, note_id, findings=[_finding(Severity.ERROR)])
    with pytest.raises(ApprovalBlocked):
        _approve(repo, note_id, findings=[_finding(Severity.ERROR)], reason="   ")
    assert repo.get(note_id).status == "draft"
    version = _approve(repo, note_id, findings=[_finding(Severity.ERROR)],
                       reason="Reviewed with supervisor")
    assert version.override_reason == "Reviewed with supervisor"
    events = [e.event for e in repo.audit_events(note_id)]
    assert "approved" in events and "approval_override" in events


def test_approval_needs_an_author(repo):
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    with pytest.raises(StorageError):
        _approve(repo, note_id, author="  ")


@pytest.mark.parametrize("prompt", ["[Add: date and time of the next session]", "[เพิ่ม: การประเมิน]"])
def test_a_note_still_holding_a_drafter_prompt_cannot_be_approved(repo, prompt):
    # the UI explains this before the click; the repository is where the rule holds for every caller
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    rec = repo.get(note_id)
    with pytest.raises(StorageError):
        repo.approve(note_id, author="Worker A", final_text=f"S: Client reports poor sleep.\nP: {prompt}",
                     fmt=NoteFormat.SOAP, note=rec.state.get_note(), session_meta=rec.state.session,
                     language=Language.EN, findings=[])
    assert repo.get(note_id).status != "approved"


def test_approved_note_cannot_be_saved_over_or_approved_again(repo):
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    _approve(repo, note_id)
    with pytest.raises(ApprovedNoteImmutable):
        repo.save_draft(note_id, _state(jottings="changed"))
    with pytest.raises(ApprovedNoteImmutable):
        _approve(repo, note_id)
    with pytest.raises(ApprovedNoteImmutable):
        repo.discard_draft(note_id)


def test_orm_refuses_to_modify_or_delete_an_approved_version(repo):
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    _approve(repo, note_id, findings=[_finding()])
    with Session(repo.engine) as s:
        row = s.scalars(select(NoteVersionRow)).one()
        row.final_text = "overwritten"
        with pytest.raises(ApprovedNoteImmutable):
            s.flush()
        s.rollback()
        s.delete(s.scalars(select(NoteVersionRow)).one())
        with pytest.raises(ApprovedNoteImmutable):
            s.flush()
        s.rollback()
        with pytest.raises(ApprovedNoteImmutable):
            s.execute(update(NoteVersionRow).values(final_text="bulk"))
        finding = s.scalars(select(VersionFindingRow)).one()
        finding.message = "changed"
        with pytest.raises(ApprovedNoteImmutable):
            s.flush()
    assert repo.get(note_id).latest.final_text == "S: Client reports poor sleep."


@pytest.mark.parametrize("statement", [
    "UPDATE note_versions SET final_text = 'overwritten'",
    "DELETE FROM note_versions",
    "UPDATE version_findings SET message = 'changed'",
    "DELETE FROM audit_log",
    "UPDATE audit_log SET actor = 'someone else'",
])
def test_database_triggers_refuse_raw_sql_changes(repo, statement):
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    _approve(repo, note_id, findings=[_finding()])
    with pytest.raises(DBAPIError, match="append-only"), repo.engine.begin() as conn:
        conn.execute(text(statement))
    assert repo.get(note_id).latest.final_text == "S: Client reports poor sleep."


def test_raw_sql_can_still_add_rows_to_append_only_tables(repo):
    """The triggers stop changes, not inserts: the audit log keeps growing."""
    repo.record_event(None, "exported", fmt="docx")
    assert repo.audit_events()[-1].event == "exported"


def test_correction_is_a_new_version_linked_to_the_old_one(repo):
    note_id = repo.create_note(_state())
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    _approve(repo, note_id)
    state = repo.new_version(note_id, actor="Worker A")
    assert state.step == "drafted" and state.get_note().plan == "Review in one week."
    corrected = state.model_copy(update={"text": "S: corrected text"})
    repo.save_draft(note_id, corrected)
    v2 = _approve(repo, note_id)
    rec = repo.get(note_id)
    assert [v.version for v in rec.versions] == [1, 2]
    assert v2.parent_version == 1
    assert rec.versions[0].final_text == "S: Client reports poor sleep."
    assert rec.versions[1].final_text == "S: corrected text"
    assert rec.current_version == 2


def test_addendum_attaches_to_the_approved_version_only(repo):
    note_id = repo.create_note(_state(TH_JOTTINGS))
    repo.save_draft(note_id, _drafted(repo.get(note_id).state))
    with pytest.raises(StorageError):
        repo.add_addendum(note_id, "ข้อมูลเพิ่มเติม", "ผู้เขียน")
    _approve(repo, note_id)
    repo.add_addendum(note_id, "แก้ไข: คะแนน PHQ-9 คือ 15", "ผู้เขียน ก.")
    rec = repo.get(note_id)
    assert [(a.version, a.text) for a in rec.addenda] == [(1, "แก้ไข: คะแนน PHQ-9 คือ 15")]
    assert rec.latest.final_text == "S: Client reports poor sleep."


def test_placeholder_map_is_encrypted_at_rest(db_url):
    secret_name = "Somchai Jaidee"
    mapping = PlaceholderMap(entries={"[PERSON_1]": PlaceholderEntry(
        placeholder="[PERSON_1]", type="PERSON", value=secret_name, initials="S.J.")})
    repo = NoteRepository(open_engine(db_url), MapCipher(MapCipher.generate_key()))
    note_id = repo.create_note(_state(), placeholder_map=mapping)
    with repo.engine.connect() as conn:
        raw = conn.execute(text("SELECT placeholder_map FROM notes")).scalar_one()
    assert raw and secret_name.encode() not in bytes(raw)
    assert repo.placeholder_map(note_id).entries["[PERSON_1]"].value == secret_name
    # without a key the map is simply not stored
    keyless = NoteRepository(repo.engine, MapCipher(None))
    other = keyless.create_note(_state(), placeholder_map=mapping)
    assert keyless.placeholder_map(other) is None
    assert keyless.get(other).has_placeholder_map is False
    repo.engine.dispose()


def test_audit_log_holds_ids_and_counts_never_note_text(repo):
    marker = "Zephyrine Quillfeather 081-234-5678"
    note_id = repo.create_note(_state(jottings=marker))
    state = _drafted(repo.get(note_id).state).model_copy(update={"text": marker})
    repo.save_draft(note_id, state)
    _approve(repo, note_id, findings=[_finding(Severity.ERROR)], reason="ok")
    repo.add_addendum(note_id, marker, "Worker A")
    with Session(repo.engine) as s:
        rows = s.scalars(select(AuditRow)).all()
    assert {r.event for r in rows} >= {"note_created", "step_drafted", "approved",
                                       "addendum_added"}
    dumped = " ".join(f"{r.event} {r.detail} {r.actor}" for r in rows)
    assert "Zephyrine" not in dumped and "081" not in dumped


def test_a_draft_never_approved_can_be_discarded(repo):
    note_id = repo.create_note(_state())
    repo.discard_draft(note_id)
    assert repo.list_notes() == []
    with pytest.raises(StorageError):
        repo.get(note_id)


def test_invalid_encryption_key_is_reported_plainly():
    with pytest.raises(StorageError, match="Fernet"):
        MapCipher("not-a-key")


def _for_client(client_ref: str | None, add: list[str], release: list[str] = ()) -> DraftState:
    state = _state()
    return state.model_copy(update={
        "session": state.session.model_copy(update={"client_ref": client_ref}),
        "redaction_add": add, "redaction_release": list(release),
    })


def test_what_a_writer_hid_for_a_client_is_remembered_for_that_client_only(repo):
    """A name the analyzer missed is typed once per client, not once per note."""
    first = repo.create_note(_for_client("K.T.", ["Noi", "บ้านหนองแวง"]))
    repo.create_note(_for_client("K.T.", ["Noi", "Ta Jaidee"]))
    repo.create_note(_for_client("P.S.", ["Somsri"]))
    repo.create_note(_for_client(None, ["Lek"]))
    assert repo.remembered_additions("K.T.") == ["Noi", "บ้านหนองแวง", "Ta Jaidee"]
    assert repo.remembered_additions("P.S.") == ["Somsri"]
    assert repo.remembered_additions("Z.Z.") == []
    assert repo.remembered_additions("  ") == []
    # the note being written does not remember itself
    assert "บ้านหนองแวง" not in repo.remembered_additions("K.T.", exclude_note_id=first)


def test_a_value_the_writer_later_released_for_the_client_is_not_remembered(repo):
    repo.create_note(_for_client("K.T.", ["Noi", "Walk"]))
    repo.create_note(_for_client("K.T.", ["Noi"], release=["Walk"]))
    assert repo.remembered_additions("K.T.") == ["Noi"]
