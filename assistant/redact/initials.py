"""Non-identifying short forms used by the ``initials`` restore mode: "J.M.", "Ms. F.",
"นาย ส.", and a neutral label for things that have no initials (phones, IDs, addresses).

Thai names take the initial of the given name only ("นางสาว ณ."), the form Thai services use
in notes and the guidance's own example; English names take every initial ("J.M.")."""

from __future__ import annotations

import re

from assistant.redact.lexicon import get_lexicon
from assistant.redact.types import LOCATION, ORGANIZATION, PERSON

_THAI = re.compile(r"[\u0E00-\u0E7F]")
_LEADING_VOWELS = "เแโใไ"
_EN_LABELS = {
    "PHONE": "[phone number]", "EMAIL": "[email]", "ID_NUMBER": "[ID number]",
    "ADDRESS": "[address]", "DATE_OF_BIRTH": "[date of birth]", "CASE_NUMBER": "[case number]",
    "ONLINE_ID": "[online account]", "ORGANIZATION": "[organisation]", "LOCATION": "[place]",
    "PERSON": "[person]",
}
_TH_LABELS = {
    "PHONE": "[เบอร์โทรศัพท์]", "EMAIL": "[อีเมล]", "ID_NUMBER": "[เลขประจำตัว]",
    "ADDRESS": "[ที่อยู่]", "DATE_OF_BIRTH": "[วันเกิด]", "CASE_NUMBER": "[เลขที่เอกสาร]",
    "ONLINE_ID": "[บัญชีออนไลน์]", "ORGANIZATION": "[หน่วยงาน]", "LOCATION": "[สถานที่]",
    "PERSON": "[บุคคล]",
}
_TH_ORG_HEADS = ("โรงเรียน", "บริษัท", "โรงพยาบาล", "รพ.", "สภ.", "มหาวิทยาลัย", "วิทยาลัย")


def _thai_initial(word: str) -> str:
    """First consonant of a Thai word (skipping a leading vowel), with a dot."""
    for ch in word:
        if "\u0e01" <= ch <= "\u0e2e" and ch not in _LEADING_VOWELS:
            return ch + "."
    return ""


def split_title(value: str) -> tuple[str, str]:
    """(title, rest) for a person's name written with an English or Thai title."""
    lex = get_lexicon()
    m = re.match(r"(?P<t>[A-Z][a-z]{0,5}\.?)\s+(?P<r>.+)", value)
    if m and m.group("t").rstrip(".") in lex.en_honorifics | lex.name_opening_honorifics:
        return m.group("t"), m.group("r")
    for title in sorted(lex.th_strong_titles | lex.th_soft_titles, key=len, reverse=True):
        if value.startswith(title) and len(value) > len(title):
            return title, value[len(title):].strip()
    # a Burmese or Karen honorific in Thai script counts as a title only when spaced (ซอ ลาเฮ ทู):
    # glued, it may be the name's own first syllable (ซอบรี)
    for title in lex.th_name_opening_honorifics:
        if value.startswith(title + " ") and len(value) > len(title) + 1:
            return title, value[len(title):].strip()
    return "", value


def initials(value: str, type: str, *, thai_labels: bool | None = None) -> str:
    """A non-identifying short form of ``value`` (an identifier of ``type``).

    ``thai_labels`` chooses the language of neutral labels such as "[ที่อยู่]"; by default it
    follows the script of the value.
    """
    value = value.strip()
    thai = bool(_THAI.search(value))
    labels = _TH_LABELS if (thai if thai_labels is None else thai_labels) else _EN_LABELS
    if type == PERSON:
        title, rest = split_title(value)
        parts = [p for p in re.split(r"[\s]+", rest) if p]
        if thai:
            given = next((p for p in parts if _THAI.search(p)), "")
            letters = _thai_initial(given) or "".join(
                p[0].upper() + "." for p in parts if p[:1].isalpha()
            )
        else:
            letters = "".join(p[0].upper() + "." for p in parts if p[:1].isalpha())
        if not letters:
            return labels[PERSON]
        return f"{title} {letters}" if title else letters
    if type == ORGANIZATION and thai:
        for head in _TH_ORG_HEADS:
            if value.startswith(head):
                rest = value[len(head):].strip()
                return f"{head} {_thai_initial(rest)}" if rest else head
    if type in (ORGANIZATION, LOCATION) and not thai:
        words = [w for w in re.split(r"[\s\-]+", value) if w[:1].isupper()]
        if words:
            return "".join(w[0] + "." for w in words)
    return labels.get(type, f"[{type.lower()}]")
