"""Nothing identifying reaches logging, even with every logger at DEBUG."""

from __future__ import annotations

import logging

from assistant.errors import LeakBlocked
from assistant.redact import LeakGuard, redact

TEXT = (
    "cl Theodora Vance, DOB 4/9/1987, cell 702-555-0199, email t.vance@example.com. "
    "ผู้รับบริการ นางสาวกาญจนา ศรีเมือง โทร 089-555-1234"
)
VALUES = ["Theodora", "Vance", "4/9/1987", "702-555-0199", "t.vance@example.com", "กาญจนา", "089-555-1234"]


def test_when_redacting_and_guarding_at_debug_level_then_no_identifier_is_logged(analyzer, caplog):
    root = logging.getLogger()
    old = root.level
    root.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in list(logging.root.manager.loggerDict)]
    saved = [(lg, lg.level, lg.propagate) for lg in loggers]
    try:
        for lg in loggers:
            lg.setLevel(logging.DEBUG)
            lg.propagate = True
        with caplog.at_level(logging.DEBUG):
            result = redact(TEXT, analyzer)
            LeakGuard(analyzer).check(result.redacted_text, mapping=result.mapping)
            try:
                LeakGuard(analyzer).check(TEXT)
            except LeakBlocked as err:
                logging.getLogger("assistant").error("blocked: %s", err)
    finally:
        root.setLevel(old)
        for lg, level, prop in saved:
            lg.setLevel(level)
            lg.propagate = prop
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for value in VALUES:
        assert value not in logged
    assert "blocked" in logged  # the capture worked


def _regex_cache_keys() -> str:
    """Every pattern Python's ``re`` keeps compiled between calls (a private dict in 3.11)."""
    import re

    caches = [v for k, v in vars(re).items() if k.startswith("_cache") and isinstance(v, dict)]
    return "\n".join(str(key) for cache in caches for key in cache)


def test_when_a_note_is_redacted_then_no_name_stays_in_the_regex_cache(analyzer):
    """Patterns built from a client's words (to find a name again, a writer's addition, an
    acronym) must not outlive the call in ``re``'s module cache: a process that serves many
    writers would otherwise keep the last few hundred names in memory."""
    import re

    from assistant.redact.writer import writer_additions

    text = (
        "client marisol quintero seen today; wife marisol called. Quintavius said Quintavius Okafor "
        "was late. May 5 appointment. Will Bracewell will call. "
        "Referred to Harbourview Community Legal Service (HCLS); HCLS to follow up. "
        "ผู้รับบริการ นางสาวกาญจนา ศรีเมือง มาคนเดียว กาญจนาบอกว่านอนไม่หลับ"
    )
    re.purge()
    result = redact(text, analyzer)
    writer_additions(text, ["Harbourview", "ศรีเมือง"])
    LeakGuard(analyzer).check(result.redacted_text, mapping=result.mapping)
    cached = _regex_cache_keys()
    for value in ("marisol", "Quintavius", "Bracewell", "HCLS", "Harbourview", "กาญจนา", "ศรีเมือง"):
        assert value not in cached, value
