"""Phone numbers in the national forms of the UK, Australia, New Zealand, Ireland, Germany, India and
Singapore.

Why a second phone recognizer: those countries write a trunk ``0`` and group the digits in
ways the North-American and Thai rules do not cover ("07700 900 381", "02 9412 7780",
"(03) 9123 4567", "0113 496 0123", "021 123 4567"). One shape covers them all: a leading
``0`` group (bracketed or not) and one to three more groups of 2–5 digits, 9–11 digits in all.
Service numbers that many callers share (UK 0800/0808 freephone, 03xx/084x/087x) are helplines,
not a person's number, and stay.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import PHONE

_TRUNK_GROUPED = re.compile(
    r"(?<![\d/.+\-])(?P<first>\(0\d{1,4}\)|0\d{1,4})(?:[^\S\n]?[\s.\-][^\S\n]?\d{2,5}){1,3}(?![\d/]|\.\d)"
)
_SHARED_SERVICE = re.compile(r"\(?0(?:800|808|3\d\d|84\d|87\d)\b")


#: session 17 — German mobiles (015x, 016x, 017x) run to twelve digits: 0152 3398 4410.
_GERMAN_MOBILE = re.compile(r"\(?01[5-7]\d")


def _personal_number(value: str) -> bool:
    """9–11 digits (12 for a German mobile), not a freephone/shared-cost service line, not an
    international 00 prefix."""
    digits = sum(c.isdigit() for c in value)
    longest = 12 if _GERMAN_MOBILE.match(value) else 11
    return 9 <= digits <= longest and not value.lstrip("(").startswith("00") and not _SHARED_SERVICE.match(value)


#: Indian mobiles: ten digits from 6–9 written 5+5 ("98410 27736"), or after +91.
_INDIA_MOBILE = re.compile(
    r"(?<![\d/.+\-])(?:\+91[^\S\n\-]?)?[6-9]\d{4}[^\S\n\-]\d{5}(?![\d/]|\.\d)"
    r"|(?<![\d/.\-])\+91[^\S\n\-]?[6-9]\d{9}(?![\d/])"
)

#: Singapore numbers: eight digits from 8 or 9 (mobiles) written 4+4 ("9186 2035"), or after +65.
_SINGAPORE = re.compile(r"(?<![\d/.+\-:])(?:\+65[^\S\n\-]?)?[89]\d{3}[^\S\n\-]\d{4}(?![\d/:]|\.\d)")

#: Hong Kong and Singapore local numbers are eight digits with no trunk 0 (6473 0918, 2781 6630):
#: alone they look like any number, so only right after a phone cue (cell, tel, mobile, HP,
#: WhatsApp, เบอร์…, โทร).
_CUED_EIGHT = re.compile(
    r"(?=[CcTtMmPpHhWwเโ])(?:(?<![A-Za-z])(?:[Cc]ell(?:phone)?|[Tt]el|TEL|[Pp]hone|[Mm]obile|[Mm]ob|HP|hp|[Pp]h|"
    r"[Ww]hats[Aa]pp|[Cc]ontact)\.?|เบอร์(?:โทร)?[\u0e01-\u0e4e]{0,12}|โทร\.?)"
    r"[^\S\n]*(?:no\.?|number|[:#])?[^\S\n]*(?P<v>[2-9]\d{3}[^\S\n\-]?\d{4})(?![\d/:]|[.,]\d)"
)

#: session 35 (set 114) — any local grouping right after a phone word: (46) 412-553, 0676/5519283,
#: (92) 99184-2273, 912 770 315, 6617-4380, 17624831; also inside a bracket after whose it is
#: ("phone (her partner's, 621 447 903)"). Six digits or more, not a date or a time.
#: session 37 (sets 117, 120, keep26): also after "contact" and a new SIM's number, and with "is"
#: between (Her mobile is 0157 55501294, Officer contact: 71 555 630, her new SIM, 3916 2207).
_STRONG_CUE = r"cell(?:phone)?|tel(?:ephone)?|phone|mobile|mob|landline|hp|ph|whats[^\S\n]?app|viber"
_CUE_TAIL = (
    r"\.?[^\S\n]*(?i:no\.?|number|nr\.?|[:#]|is)?[^\S\n]*(?:\([^()\d\n]{1,30}(?:,|\):)[^\S\n]*)?"
)
_CUED_ANY = re.compile(
    rf"(?<![A-Za-z])(?i:{_STRONG_CUE}|contact|sim)(?:,)?{_CUE_TAIL}"
    r"(?P<v>\(?\d[\d()]*(?:[^\S\n]?[\-./ ][^\S\n]?\(?\d+\)?){0,4})(?![\d/:]|[.,]\d)"
)
#: session 37 — five digits right after a phone word: a small island's whole number (Cook Islands,
#: St Helena, Niue write 51744, 55 412); not an amount or a dose after it, nor a service's short
#: number (800xx, 1xxxx: the labour ministry by phone 80060).
_CUED_FIVE = re.compile(
    rf"(?<![A-Za-z])(?i:{_STRONG_CUE}|number){_CUE_TAIL}"
    r"(?P<v>(?!800|1)(?:(?<![\d\-])\d{2}[^\S\n]?\d{3}|\d{5}))(?![\d/:\-]|[.,]\d|[^\S\n]*(?i:baht|บาท|dollars|mg|ml|kg|%|x\b))"
)
#: session 39 (set 131) — a local number after a verb of calling, with at most three words (a
#: name, a relative) and "on"/"at" between: "ring Rosemay 5873 2406", "call mum on 454 1876",
#: "texted her aunt at 7710-5528". The verb says what the digits are, as a phone word does.
_CALL_VERB = r"call(?:ed|ing|s)?|ring(?:s|ing)?|rang|text(?:ed|ing|s)?|phon(?:ed|ing)|sms(?:ed)?|whatsapp(?:ed)?"
_LOCAL_NUMBER = r"\(?\d[\d()]*(?:[^\S\n]?[\-. ][^\S\n]?\(?\d+\)?){0,3}"
_CALL_CUED = re.compile(
    rf"(?<![A-Za-z])(?i:{_CALL_VERB})(?:[^\S\n]+(?!(?i:on|at|back|in|re)\b)[A-Za-z][\w'’]*){{0,3}}"
    rf"[^\S\n]+(?i:on[^\S\n]+|at[^\S\n]+)?(?P<v>{_LOCAL_NUMBER})(?![\d/:]|[.,]\d)"
)
#: session 39 — a relative's line in a contact list: "Dad: 7710 5528", "Nan - 612 9043".
_KIN_LINE = re.compile(
    r"(?m)^[^\S\n]*(?:[-•*][^\S\n]*)?(?:Mum|Mom|Mother|Dad|Father|Nan|Nana|Gran|Grandma|Grandmother|Grandad|"
    r"Grandpa|Aunt|Auntie|Aunty|Uncle|Sister|Brother|Carer|Guardian|Partner|Husband|Wife)"
    rf"[^\S\n]*[:\-–][^\S\n]*(?P<v>{_LOCAL_NUMBER})(?![\d/:]|[.,]\d)"
)
_DATE_OR_TIME = re.compile(r"\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{2,4})?|\d{1,2}[:.]\d{2}")


def _cued_number(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    return 6 <= digits <= 15 and not _DATE_OR_TIME.fullmatch(value.strip())


#: Thousands grouped by threes (2 450 000, 1.250.000): an amount, not a number to dial.
_THOUSANDS = re.compile(r"\d{1,3}(?:[ .,]\d{3}){2,}")


def _not_an_amount(value: str) -> bool:
    return _THOUSANDS.fullmatch(value.strip()) is None


#: session 8 — a number dictated as words by speech-to-text ("nine one seven five five five zero
#: one eight eight", "oh seven seven double oh nine…"): seven or more digit words in a row.
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_WORD_DIGITS = re.compile(
    rf"(?<![A-Za-z\-])(?i:{_DIGIT_WORD}(?:[^\S\n]*[,\-]?[^\S\n]*{_DIGIT_WORD}){{6,}})(?![A-Za-z])"
)


def _dialable(value: str) -> bool:
    """Seven or more digits, "double oh" counting two and "triple five" three (a count of words
    alone would under-read "oh seven seven double oh nine…")."""
    words = re.findall(r"[a-z]+", value.lower())
    digits = sum(1 for w in words if w not in ("double", "triple")) + sum(
        {"double": 1, "triple": 2}.get(w, 0) for w in words
    )
    return digits >= 7


_RULES = (
    Rule(PHONE, _WORD_DIGITS, 0.75, validate=_dialable),
    Rule(PHONE, _CUED_EIGHT, 0.75, group="v"),
    Rule(PHONE, _CUED_ANY, 0.7, group="v", validate=_cued_number),
    Rule(PHONE, _CUED_FIVE, 0.65, group="v"),
    Rule(PHONE, _CALL_CUED, 0.65, group="v", validate=lambda v: _cued_number(v) and _not_an_amount(v)),
    Rule(PHONE, _KIN_LINE, 0.65, group="v", validate=_cued_number),
    Rule(PHONE, _SINGAPORE, 0.7),
    Rule(PHONE, _TRUNK_GROUPED, 0.75, validate=_personal_number),
    Rule(PHONE, _INDIA_MOBILE, 0.75),
)


class TrunkZeroPhoneRecognizer(RegexRecognizer):
    """UK/AU/NZ/IE national phone numbers with a trunk 0 (PHONE)."""

    def __init__(self) -> None:
        super().__init__("TrunkZeroPhoneRecognizer", _RULES)


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
