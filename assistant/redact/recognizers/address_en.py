"""English street addresses: number, street name, street type, then unit and town if present."""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.types import ADDRESS

_CAP = r"[A-Z][\w'’.\-]*"
#: House numbers with a hyphen (Hawaiian 87-1820), and numbered streets (W 38th St).
_ORD = r"\d{1,3}(?:st|nd|rd|th)"
_TOWNW = r"[A-Z][\w'’\-]*"
_STREET = (
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|"
    r"Ter|Terrace|Cir|Circle|Pkwy|Parkway|Hwy|Highway|Trail|Trl|Loop|Sq|Square|Row|Close|"
    r"Crescent|Cres|Grove|Gardens|Walk|Path|Pike|Run|Alley|Route|Rte)\.?"
)
_UNIT = r"(?:,?\s*(?:(?i:apt|apartment|unit|suite|ste|fl|floor|rm|room)|#)\.?\s*#?[A-Za-z0-9\-]{1,6}\b)"
_TOWN = rf"(?:,\s*{_TOWNW}(?:\s{_TOWNW}){{0,2}}(?:,?\s*[A-Z]{{2}}\b)?(?:\s*\d{{5}}(?:-\d{{4}})?)?)"

_RULES = (
    Rule(ADDRESS, re.compile(
        rf"(?<![\w/])\d{{1,6}}(?:-\d{{1,4}})?[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:(?:{_CAP}|{_ORD})\s+){{0,3}}(?:{_CAP}|{_ORD})\s+{_STREET}(?![\w])"
        rf"(?:\s\d{{1,4}}(?![\w/.]))?{_UNIT}?{_TOWN}?"  # County Rd 14
    ), 0.85),
    # a named building with a unit: Pine Terrace Apartments, unit 210
    Rule(ADDRESS, re.compile(
        rf"(?<![\w])[A-Z][\w'’\-]*(?:\s{_CAP}){{0,3}}\s(?:Apartments|Apts|Towers|Residences|Estates|Flats|Manor|Court)"
        rf"{_UNIT}"
    ), 0.85),
    Rule(ADDRESS, re.compile(r"(?i)\bP\.?\s?O\.?\s?Box\s+\d{1,6}\b"), 0.85),
)


class EnglishAddressRecognizer(RegexRecognizer):
    """Street addresses in English (ADDRESS)."""

    def __init__(self) -> None:
        super().__init__("EnglishAddressRecognizer", _RULES)
