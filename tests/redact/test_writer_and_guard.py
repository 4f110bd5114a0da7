"""Writer control (add/release before sending) and the outbound leak guard."""

from __future__ import annotations

import pytest

from assistant.errors import LeakBlocked
from assistant.models import DetectedEntity, Span
from assistant.redact import LeakGuard, redact

TEXT = "cl Nadia Osei reports her cousin Kofi visits from Tamale monthly. Nadia denies SI."


def test_when_writer_adds_a_missed_string_then_every_occurrence_is_redacted(analyzer):
    text = "Pt stays at the Blue Lotus hostel; Blue Lotus staff kind."
    result = redact(text, analyzer, add=["Blue Lotus"])
    assert "Blue Lotus" not in result.redacted_text
    assert all(e.source == "writer" for e in result.entities if e.text == "Blue Lotus")


def test_when_writer_adds_a_span_with_a_type_then_that_type_is_used(analyzer):
    text = "Pt stays at the Blue Lotus hostel."
    start = text.index("Blue Lotus")
    mark = DetectedEntity(start=start, end=start + 10, type="LOCATION", text="Blue Lotus", source="writer")
    result = redact(text, analyzer, add=[mark])
    assert result.entities[0].type == "LOCATION" and result.entities[0].placeholder == "[LOCATION_1]"


def test_when_writer_releases_a_value_then_it_stays_in_the_text(analyzer):
    result = redact(TEXT, analyzer, release=["Kofi"])
    assert "Kofi" in result.redacted_text
    assert "Nadia" not in result.redacted_text


def test_when_writer_releases_a_span_then_only_that_detection_is_dropped(analyzer):
    start = TEXT.index("Nadia")
    result = redact(TEXT, analyzer, release=[Span(start=start, end=start + 5)])
    assert result.redacted_text.startswith("cl Nadia Osei") or "Osei" not in result.redacted_text
    assert result.redacted_text.count("Nadia") == 1  # the later mention is still redacted


def test_when_writer_marks_a_span_outside_the_text_then_a_safe_error_is_raised(analyzer):
    from assistant.errors import InputError

    with pytest.raises(InputError) as err:
        redact("short", analyzer, add=[Span(start=2, end=50)])
    assert "short" not in str(err.value)


@pytest.mark.parametrize(
    ("outbound", "etype"),
    [
        ("Client [PERSON_1] said call me on 081-234-5678.", "PHONE"),
        ("Draft a note for client Harriet Pemberton-Lowe.", "PERSON"),
        ("ผู้รับบริการ นางสาวพรทิพย์ แสงดาว มาตามนัด", "PERSON"),
    ],
)
def test_when_outbound_text_still_identifies_someone_then_guard_blocks_with_types_only(analyzer, outbound, etype):
    with pytest.raises(LeakBlocked) as err:
        LeakGuard(analyzer).check("You are a careful assistant.", outbound)
    assert etype in err.value.found_types
    message = str(err.value)
    for fragment in ("081-234", "Harriet", "Pemberton", "พรทิพย์"):
        assert fragment not in message


def test_when_outbound_text_is_redacted_then_guard_passes(analyzer):
    result = redact(TEXT + " Cell 412 555 0187, email nadia.o@example.com", analyzer)
    LeakGuard(analyzer).check(
        "Write a SOAP note. Keep placeholders like [PERSON_1] unchanged.",
        result.redacted_text,
        mapping=result.mapping,
    )


def test_when_outbound_text_has_a_known_value_in_another_form_then_guard_blocks(analyzer):
    result = redact("client Lena Marchetti, cell 412 555 0187", analyzer)
    guard = LeakGuard(analyzer)
    # a family name alone in lower case: no rule or tagger can tell it is a name
    assert analyzer.analyze("summary for marchetti") == []
    with pytest.raises(LeakBlocked) as err:
        guard.check("summary for marchetti", mapping=result.mapping)
    assert err.value.found_types == ["PERSON"]
    with pytest.raises(LeakBlocked) as err:
        guard.check("summary for lena marchetti", mapping=result.mapping)
    assert err.value.found_types == ["PERSON"]
    with pytest.raises(LeakBlocked) as err:
        guard.check("call (412) 5550-187", mapping=result.mapping)
    assert "PHONE" in err.value.found_types


def test_a_name_part_that_is_a_word_does_not_block_the_word(analyzer):
    """Session 42: the guard reads each part of a full name alone, in any case, only when the part
    is no English word — the client Will Kowalczyk does not block "Will call mum"."""
    result = redact("client Will Kowalczyk, seen today", analyzer)
    guard = LeakGuard(analyzer)
    guard.check("[PERSON_1] said he will call mum. Will call back Friday.", mapping=result.mapping)
    with pytest.raises(LeakBlocked):
        guard.check("plan agreed with kowalczyk family", mapping=result.mapping)
