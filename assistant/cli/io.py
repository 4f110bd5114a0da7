"""Reading the input file or standard input, with the size limit applied before reading it all."""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.errors import InputError
from assistant.inputs import decode_bytes, validate_text

#: Worst case of UTF-8 bytes per character (Thai is 3), used to refuse huge files unread.
_BYTES_PER_CHAR = 4


def read_input(source: str, *, max_chars: int, what: str = "text") -> str:
    """The text at ``source`` (a path, or ``-`` for stdin), validated, or an ``InputError``."""
    limit = max_chars * _BYTES_PER_CHAR + 1
    if source == "-":
        data = sys.stdin.buffer.read(limit)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"File not found: {source}")
        if path.is_dir():
            raise InputError(f"{source} is a folder, not a text file.")
        try:
            if path.stat().st_size > limit:
                raise InputError(
                    f"The file is too large (the limit is {max_chars:,} characters). "
                    "Split it into one session per note."
                )
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"Cannot read {source}: {exc.strerror or type(exc).__name__}") from exc
    text = decode_bytes(data)
    return validate_text(text, max_chars=max_chars, what=what)
