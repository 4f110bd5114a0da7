"""Session 29: the leak guard passes a properly redacted request.

The guard writes a filler over each placeholder and re-scans; the retrained English tagger read a
line of fillers and commas (cl ¤¤¤, DOB ¤¤¤, cell ¤¤¤ …) as an address and blocked a safe request.
A span over the filler is no identifier. A value left in the clear is still caught."""

from __future__ import annotations

import pytest

from assistant.errors import LeakBlocked
from assistant.redact import LeakGuard, redact

NOTES = [
    "cl Theodora Vance, DOB 4/9/1987, cell 702-555-0199, email t.vance@example.com. "
    "ผู้รับบริการ นางสาวกาญจนา ศรีเมือง โทร 089-555-1234",
    "Client Marcus Obi, 14, lives at 22 Elm Street, Leeds, with mum Grace Obi (07700 900123).",
    "Seen with Aunty Bisi at Riverside Clinic; school: Hillcrest Academy; case 2024-118833.",
]


@pytest.mark.parametrize("text", NOTES)
def test_a_redacted_note_passes_the_guard(analyzer, text):
    result = redact(text, analyzer)
    LeakGuard(analyzer).check(result.redacted_text, mapping=result.mapping)


def test_a_value_left_in_the_clear_is_still_blocked(analyzer):
    result = redact(NOTES[0], analyzer)
    with pytest.raises(LeakBlocked):
        LeakGuard(analyzer).check(result.redacted_text + " Call 702-555-0199 again.", mapping=result.mapping)
