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
