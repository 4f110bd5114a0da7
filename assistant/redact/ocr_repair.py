"""A repaired copy of text pasted from a scan: the scanner's look-alike letters put right.

Why: a writer pastes a referral or a discharge letter through their phone's text scanner, and
the scanner reads 0 as O, 1 as l, l as 1 ("D0B: 2l/O3/2OO1", "F1at 3", "Hospita1"). No number or
address pattern matches such a date or street, so the scan's identifiers would reach the model.
The recognizers read a repaired copy instead. Every repair swaps one character for one, so the
copy has the same length and every offset found in it points into the writer's own text, which
is what is redacted and restored — the writer's text is never changed.

Only a text that looks scanned is repaired: it must hold at least two tokens of the scanner's
kind. A typed note's one or two lab names (HbA1c, SpO2, B12) are not that, and stay as they are.
"""

from __future__ import annotations

import re

#: A number with look-alike letters in it: 2OO1, O3, 2l, 5O (at least one digit, only digits and
#: O o l I, bounded by no letter or digit).
_NUMBER_LIKE = re.compile(r"(?<![A-Za-z0-9])(?=[0-9OolI]*[0-9])(?=[0-9]*[OolI])[0-9OolI]{2,}(?![A-Za-z0-9])")
#: A word with a 0 or 1 inside or at its end: F1at, C0unty, Hospita1, wi11, PH0NGPHANlT.
_WORD_LIKE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*[01])(?=(?:[01]*[A-Za-z]){2})[A-Za-z][A-Za-z01]*[A-Za-z1](?![A-Za-z0-9])")
_TO_DIGITS = str.maketrans("OolI", "0011")


def _suspects(text: str) -> list[re.Match[str]]:
    """Tokens of the scanner's kind, except the clinical terms the lexicon protects (HbA1c)."""
    from assistant.redact.lexicon import get_lexicon

    protected = get_lexicon().protected_lower
    return [
        m for regex in (_NUMBER_LIKE, _WORD_LIKE) for m in regex.finditer(text)
        if m.group(0).lower() not in protected
    ]


def _word(token: str) -> str:
    """F1at → Flat, C0unty → County, PH0NGPHANlT → PHONGPHANIT: 0 is O, 1 is l (I in capitals)."""
    capitals = sum(c.isupper() for c in token) > sum(c.islower() for c in token)
    out = token.replace("0", "O" if capitals else "o").replace("1", "I" if capitals else "l")
    return out.replace("l", "I") if capitals else out


def repair_ocr(text: str) -> str:
    """The text with a scanner's look-alike letters repaired; unchanged unless it looks scanned.
    Same length as ``text``."""
    suspects = _suspects(text)
    if len(suspects) < 2:
        return text
    chars = list(text)
    for m in suspects:
        fixed = m.group(0).translate(_TO_DIGITS) if m.re is _NUMBER_LIKE else _word(m.group(0))
        chars[m.start():m.end()] = fixed
    return "".join(chars)
