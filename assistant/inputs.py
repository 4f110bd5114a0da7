"""Turning whatever the writer gave us into text we can work on, or a clear refusal.

Bad input must never crash a stage further down: here, at the edge, bytes become ``str`` (UTF-8,
UTF-16 with a BOM, or the Thai legacy code pages TIS-620/cp874 still produced by older Windows
tools), binary data is refused, and size and language are checked. Every refusal is an
``InputError`` whose message says what to do; none quotes the text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from assistant.errors import InputError
from assistant.text.language import foreign_latin_text, supported_share

#: A surrogate code point standing alone: never text, only bytes that failed to decode (the
#: analyzer reads the same pattern to stay safe when called without these checks).
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: Share of control characters above which a "text" is taken to be binary data.
_BINARY_CONTROL_SHARE = 0.05
#: Below this share of Thai/Latin letters the text is in a language we do not support.
_MIN_SUPPORTED_SHARE = 0.5


def decode_bytes(data: bytes) -> str:
    """Decode uploaded or piped bytes, refusing binary files with a plain reason."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("The file is not readable UTF-16 text.") from exc
    if b"\x00" in data[:8192]:
        raise InputError(
            "This looks like a binary file (for example a Word document or an image), not text. "
            "Paste the text, or save it as plain text (.txt) first."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp874")  # superset of TIS-620, the Thai legacy encoding
    except UnicodeDecodeError as exc:
        raise InputError(
            "The text is not in a supported encoding. Save it as UTF-8 and try again."
        ) from exc
    if not _plausible_thai(text):
        raise InputError("The text is not in a supported encoding. Save it as UTF-8 and try again.")
    return text


#: A Thai vowel or tone mark that does not follow a Thai letter: never in real Thai, typical of
#: a Latin-1 file wrongly decoded as TIS-620 (é → ้).
_STRAY_THAI_MARK = re.compile(r"(?<![\u0E01-\u0E3A\u0E47-\u0E4E])[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]")


def _plausible_thai(text: str) -> bool:
    """True when legacy-decoded text reads as Thai rather than as mis-decoded Western bytes."""
    has_thai = any("\u0e01" <= ch <= "\u0e2e" for ch in text)
    return has_thai and _STRAY_THAI_MARK.search(text) is None


def validate_text(text: str, *, max_chars: int, what: str = "text") -> str:
    """Return ``text`` unchanged if it can be processed; raise ``InputError`` if not.

    The text is not normalised: every offset the product reports indexes exactly what the writer
    gave, so a highlight lands where the writer sees it. Each refusal carries a ``reason`` code
    so the interface can give it in Thai as well as in English.
    """
    if not isinstance(text, str):
        raise InputError(f"The {what} must be text.")
    # "The jottings are …", "The note is …": the English sentence agrees with its subject
    be, has_, does = ("are", "contain", "do") if what.endswith("s") else ("is", "contains", "does")
    if not text.strip():
        raise InputError(f"The {what} {be} empty. Paste or type something first.", reason="empty",
                         params={"what": what})
    if len(text) > max_chars:
        raise InputError(
            f"The {what} {be} too long ({len(text):,} characters; the limit is {max_chars:,}). "
            "Split it into one session per note.",
            reason="too_long", params={"what": what, "n": len(text), "limit": max_chars},
        )
    if LONE_SURROGATE.search(text):
        # session 26 — bytes decoded with surrogate escapes (a pipe, a file in another encoding)
        raise InputError(
            f"The {what} {has_} characters that are not valid text (the encoding is broken). "
            "Save it as UTF-8 and paste it again.",
            reason="encoding", params={"what": what},
        )
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v"
    )
    if controls / len(text) > _BINARY_CONTROL_SHARE or "\x00" in text:
        raise InputError(
            f"The {what} {has_} binary data, not readable text. Paste plain text instead.",
            reason="binary", params={"what": what},
        )
    if not any(ch.isalpha() for ch in text):
        # emoji, numbers or punctuation alone: nothing a note could be drafted or checked from
        raise InputError(
            f"The {what} {has_} no words in Thai or English. Type the session in words.",
            reason="no_words", params={"what": what},
        )
    if supported_share(text) < _MIN_SUPPORTED_SHARE or foreign_latin_text(text):
        raise InputError(
            f"The {what} {does} not look like Thai or English. Notes can be written in Thai, "
            "English, or both.",
            reason="language", params={"what": what},
        )
    return text
