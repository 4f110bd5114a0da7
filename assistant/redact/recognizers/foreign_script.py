"""Words in a script the note is not written in — Lao, Myanmar, Khmer, Arabic (Jawi), Chinese,
Japanese, Korean — copied into a Thai or English note (PERSON).

Why: a writer copies from a passport, a pink card or a chat the one thing they cannot spell in
Thai or English: the client's name or address in their own script ("ຄຳໄສ ດວງມະນີ", "မောင်မောင်",
"王小明"). No recognizer here can read those scripts, the model cannot use them for the note
either, and a whole quoted sentence in one of them is as identifying as a name. So every run of
such words on a line is redacted; it restores as written (or as its first letter in initials).
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.types import PERSON

#: Lao, Myanmar (and its extension), Khmer, Arabic (Jawi), CJK ideographs, kana, Hangul.
FOREIGN_LETTERS = (
    "\u0E80-\u0EFF\u1000-\u109F\uAA60-\uAA7F\u1780-\u17FF\u0600-\u06FF"
    "\u4E00-\u9FFF\u3040-\u30FF\uAC00-\uD7AF"
)
#: A run of such letters, words joined by single spaces (two letters at least: a stray mark is noise).
FOREIGN_SCRIPT = re.compile(f"[{FOREIGN_LETTERS}]")
_RUN = re.compile(rf"[{FOREIGN_LETTERS}]{{2,}}(?:[^\S\n][{FOREIGN_LETTERS}]+)*")


class ForeignScriptRecognizer(RegexRecognizer):
    """Runs of Lao, Myanmar, Khmer, Arabic, Chinese, Japanese or Korean script."""

    def __init__(self) -> None:
        super().__init__("ForeignScriptRecognizer", (Rule(PERSON, _RUN, 0.6),))
