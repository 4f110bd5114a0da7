"""Identifier types the product uses, and how Presidio's own entity names map onto them.

One vocabulary for the whole app (placeholders, the checker, the corpus): a Presidio name that
is not in ``PRESIDIO_TO_TYPE`` is dropped, so a new built-in recognizer cannot silently widen
what gets redacted.
"""

from __future__ import annotations

PERSON = "PERSON"
PHONE = "PHONE"
EMAIL = "EMAIL"
ID_NUMBER = "ID_NUMBER"
ADDRESS = "ADDRESS"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
CASE_NUMBER = "CASE_NUMBER"
ONLINE_ID = "ONLINE_ID"
ORGANIZATION = "ORGANIZATION"
LOCATION = "LOCATION"

ALL_TYPES: tuple[str, ...] = (
    PERSON, PHONE, EMAIL, ID_NUMBER, ADDRESS, DATE_OF_BIRTH, CASE_NUMBER, ONLINE_ID,
    ORGANIZATION, LOCATION,
)

PRESIDIO_TO_TYPE: dict[str, str] = {
    **{t: t for t in ALL_TYPES},
    "PHONE_NUMBER": PHONE,
    "EMAIL_ADDRESS": EMAIL,
    "US_SSN": ID_NUMBER,
    "CREDIT_CARD": ID_NUMBER,
    "IBAN_CODE": ID_NUMBER,
    "IP_ADDRESS": ONLINE_ID,
    "URL": ONLINE_ID,
}

#: When two detections overlap and have the same length, the higher priority type wins.
TYPE_PRIORITY: dict[str, int] = {
    EMAIL: 10, ONLINE_ID: 9, PHONE: 9, ID_NUMBER: 8, CASE_NUMBER: 8, DATE_OF_BIRTH: 7,
    ADDRESS: 6, ORGANIZATION: 5, PERSON: 4, LOCATION: 3,
}

#: What the leak guard writes over each placeholder before it re-scans a request (one per
#: character, so offsets hold): a sign no rule reads as a word, a space or a digit. A span a
#: tagger finds over it is no identifier — the value behind it is already redacted.
PLACEHOLDER_FILLER = "¤"
