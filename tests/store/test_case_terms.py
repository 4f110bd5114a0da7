"""The per-client list of people and places ("who and where is in this case").

The writer enters it once per client reference and every note for that client hides those values;
the values are identifying, so they are sealed at rest when a key is configured and never reach the
audit log or an error message.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from assistant.errors import InputError, StorageError
from assistant.store import MapCipher, NoteRepository
from assistant.store.case_terms import MAX_TERM_CHARS, MAX_TERMS, normalise_case_terms

PEOPLE = ["Noi", "บ้านหนองแวง", "ส้ม", "Ta Jaidee", "โรงเรียนวัดบางพลี"]


def _raw_row(repo: NoteRepository) -> tuple:
    with repo.engine.connect() as conn:
        ref, plain, sealed, count = conn.execute(text(
            "SELECT client_ref, terms_plain, terms_sealed, term_count FROM case_terms"
        )).one()
    if isinstance(plain, str):  # SQLite hands raw JSON back as text
        plain = json.loads(plain)
    return ref, plain, sealed, count


def test_list_round_trips_in_order_with_when_it_changed(repo):
    assert repo.case_terms("K.T.") == []
    assert repo.case_terms_record("K.T.") is None
    saved = repo.set_case_terms("K.T.", PEOPLE, actor="Worker A")
    assert saved.values == PEOPLE and saved.client_ref == "K.T."
    got = repo.case_terms_record("K.T.")
    assert got.values == PEOPLE
    assert got.updated_at is not None and got.updated_at.tzinfo is not None
    assert repo.case_terms(" K.T. ") == PEOPLE  # the reference is matched as the writer means it


def test_list_is_replaced_as_a_whole_and_can_be_emptied(repo):
    repo.set_case_terms("K.T.", PEOPLE)
    repo.set_case_terms("K.T.", ["ส้ม"])
    assert repo.case_terms("K.T.") == ["ส้ม"]
    repo.set_case_terms("K.T.", [])
    assert repo.case_terms("K.T.") == []
    assert repo.case_terms_record("K.T.").values == []


def test_each_client_has_its_own_list(repo):
    repo.set_case_terms("K.T.", ["Noi", "ส้ม"])
    repo.set_case_terms("P.S.", ["Somsri"])
    assert repo.case_terms("K.T.") == ["Noi", "ส้ม"]
    assert repo.case_terms("P.S.") == ["Somsri"]
    assert repo.case_terms("K.T.X") == []


def test_values_are_sealed_at_rest_when_a_key_is_set(db_url):
    from assistant.store import open_engine

    repo = NoteRepository(open_engine(db_url), MapCipher(MapCipher.generate_key()))
    repo.set_case_terms("K.T.", ["Zephyrine", "บ้านหนองแวง"])
    ref, plain, sealed, count = _raw_row(repo)
    assert ref == "K.T." and plain is None and count == 2
    raw = bytes(sealed)
    assert b"Zephyrine" not in raw and "บ้านหนองแวง".encode() not in raw
    assert repo.case_terms("K.T.") == ["Zephyrine", "บ้านหนองแวง"]
    # another key cannot open it, and says so plainly (without the values)
    stranger = NoteRepository(repo.engine, MapCipher(MapCipher.generate_key()))
    with pytest.raises(StorageError) as err:
        stranger.case_terms("K.T.")
    assert "Zephyrine" not in str(err.value)
    repo.engine.dispose()


def test_without_a_key_the_list_is_stored_as_the_notes_are(engine):
    keyless = NoteRepository(engine, MapCipher(None))
    keyless.set_case_terms("K.T.", ["Noi"])
    _ref, plain, sealed, _count = _raw_row(keyless)
    assert sealed is None and plain == ["Noi"]
    assert keyless.case_terms("K.T.") == ["Noi"]
    # a key configured later still reads it, and the next save seals it
    keyed = NoteRepository(engine, MapCipher(MapCipher.generate_key()))
    assert keyed.case_terms("K.T.") == ["Noi"]
    keyed.set_case_terms("K.T.", ["Noi", "ส้ม"])
    _ref, plain, sealed, _count = _raw_row(keyed)
    assert plain is None and sealed


def test_a_sealed_list_without_the_key_is_refused_plainly(engine):
    keyed = NoteRepository(engine, MapCipher(MapCipher.generate_key()))
    keyed.set_case_terms("K.T.", ["Noi"])
    with pytest.raises(StorageError, match="ASSISTANT_ENCRYPTION_KEY"):
        NoteRepository(engine, MapCipher(None)).case_terms("K.T.")


def test_values_are_stripped_deduplicated_and_empty_lines_dropped(repo):
    saved = repo.set_case_terms("K.T.", [
        "  Noi ", "", "   ", "ส้ม", "noi", "NOI", "ส้ม ", "Ta   Jaidee", "\tบ้านหนองแวง\n",
    ])
    # Latin names are hidden caselessly, so one spelling is enough; inner runs of spaces collapse
    assert saved.values == ["Noi", "ส้ม", "Ta Jaidee", "บ้านหนองแวง"]


def test_text_area_content_is_one_value_per_line():
    assert normalise_case_terms("Noi\r\nส้ม\n\n  โรงเรียนวัดบางพลี  \n") == [
        "Noi", "ส้ม", "โรงเรียนวัดบางพลี"]


@pytest.mark.parametrize("values, reason", [
    ([f"Name{i:04d}" for i in range(MAX_TERMS + 1)], "case_terms_too_many"),
    (["ส" * (MAX_TERM_CHARS + 1)], "case_terms_too_long"),
    (["x"], "case_terms_too_short"),
])
def test_caps_are_refused_with_a_message_that_never_holds_the_values(repo, values, reason):
    repo.set_case_terms("K.T.", ["Noi"])
    with pytest.raises(InputError) as err:
        repo.set_case_terms("K.T.", values)
    assert err.value.reason == reason
    assert not any(v in err.value.message for v in values)
    assert repo.case_terms("K.T.") == ["Noi"]  # nothing half-saved


def test_the_cap_counts_distinct_values(repo):
    values = ["Noi"] * (MAX_TERMS + 5)
    assert repo.set_case_terms("K.T.", values).values == ["Noi"]


def test_a_client_reference_is_needed(repo):
    with pytest.raises(InputError) as err:
        repo.set_case_terms("   ", ["Noi"])
    assert err.value.reason == "case_terms_no_client"
    assert repo.case_terms("  ") == []


def test_audit_event_holds_counts_never_the_values(repo):
    repo.set_case_terms("K.T.", ["Zephyrine", "บ้านหนองแวง"], actor="Worker A")
    repo.set_case_terms("K.T.", ["Zephyrine"], actor="Worker A")
    events = [e for e in repo.audit_events() if e.event == "case_terms_saved"]
    assert [e.detail for e in events] == [{"count": 2, "added": 2, "removed": 0},
                                          {"count": 1, "added": 0, "removed": 1}]
    dumped = " ".join(f"{e.detail} {e.actor} {e.note_id}" for e in events)
    assert "Zephyrine" not in dumped and "หนองแวง" not in dumped


def test_values_are_never_logged(repo, caplog):
    caplog.set_level("DEBUG")
    repo.set_case_terms("K.T.", ["Zephyrine"])
    repo.case_terms("K.T.")
    assert "Zephyrine" not in caplog.text


def test_a_database_from_before_the_list_upgrades_and_keeps_its_notes(db_url):
    from assistant.store import DraftState, make_engine, migrate

    engine = make_engine(db_url)
    migrate(engine, "0001_initial")
    old = NoteRepository(engine)
    note_id = old.create_note(DraftState(jottings="Client reports poor sleep."))
    migrate(engine)  # what the app does on its next start
    repo = NoteRepository(engine)
    assert repo.get(note_id).state.jottings == "Client reports poor sleep."
    repo.set_case_terms("K.T.", ["Noi"])
    assert repo.case_terms("K.T.") == ["Noi"]
    engine.dispose()
