"""English street addresses: number, street name, street type, then unit and town if present;
also Australian unit/number forms, UK postcodes, street-type-first names (Calle Sombra),
Thai addresses written in English (88/41 Moo 5, Soi …) and rooms in named halls."""

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
    r"Crescent|Cres|Grove|Gardens|Walk|Path|Pike|Run|Alley|Route|Rte)\.?(?:\s[NSEW]{1,2}\b)?"
)
_UNIT = r"(?:,?\s*(?:(?i:apt|apartment|unit|suite|ste|fl|floor|rm|room)|#)\.?\s*#?[A-Za-z0-9\-]{1,6}\b)"
#: Postcodes: US ZIP (+4), Australian/NZ 4 digits, UK outward+inward (BT42 3RH, SW1A 1AA),
#: Canadian (M5V 2A5).
_POST = r"(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w])"
#: Town, then a state/territory code (OR, NSW, QLD) and a postcode when given.
_TOWN = rf"(?:,\s*{_TOWNW}(?:\s{_TOWNW}){{0,2}}(?:,?\s*[A-Z]{{2,3}}\b)?(?:,?\s*{_POST})?)"
#: Australian "unit/number" (5/22 Kerrigan St) and a leading "Flat 3," / "Unit 5,".
_LEAD = r"(?:(?i:flat|unit|apt|apartment|suite)\.?\s*\d{1,4}[A-Za-z]?,?\s+|(?i:lot)\s+)?(?:\d{1,4}[A-Za-z]?/)?"
#: Street types written BEFORE the name: Calle Sombra, Avenida Central, Rue Dupont, Jalan Ampang.
_TYPE_FIRST = r"(?:Calle|Camino|Avenida|Av\.|Via|Vía|Rua|Rue|Jalan|Jl\.|Thanon|Calzada|Paseo|Carrer|Ulica|ul\.)"
#: Thai addresses in English: house no. (88/41) with Moo (village no.) or Soi (lane), then road,
#: sub-district, district, province and postcode as comma-separated parts.
_TH_PART = r"(?:(?:Moo|M\.)\s?\d{1,2}|Soi\s+[A-Z0-9][\w\-]*(?:\s[A-Z0-9][\w\-]*){0,3}|[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}(?:\s\d{5})?)"
_TH_ADDRESS = (
    rf"(?<![\w/])\d{{1,4}}(?:/\d{{1,4}})?,?\s+(?:(?:Moo|M\.)\s?\d{{1,2}}|Soi\s+[A-Z0-9][\w\-]*(?:\s[A-Z0-9][\w\-]*){{0,3}})"
    rf"(?:,?\s+{_TH_PART}){{0,6}}"
)
#: A room in a named hall of residence or block: Whitman Hall 312, Kerr House rm 4B.
_HALL_ROOM = (
    rf"(?<![\w])[A-Z][\w'’\-]*(?:\s{_CAP}){{0,2}}\s(?:Hall|House|Residence|Dorm|Tower|Block|Lodge)"
    r"\s(?:(?i:room|rm)\.?\s?|#)?(?!(?:19|20)\d\d\b)\d{2,4}[A-Z]?(?![\w:/]|\.\d)"
)

_RULES = (
    Rule(ADDRESS, re.compile(
        rf"(?<![\w/]){_LEAD}\d{{1,6}}(?:-\d{{1,4}})?[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:(?:{_CAP}|{_ORD})\s+){{0,3}}(?:{_CAP}|{_ORD})\s+{_STREET}(?![\w])"
        rf"(?:\s\d{{1,4}}(?![\w/.]))?{_UNIT}?{_TOWN}?"  # County Rd 14
    ), 0.85),
    # a named building with a unit: Pine Terrace Apartments, unit 210
    Rule(ADDRESS, re.compile(
        rf"(?<![\w])[A-Z][\w'’\-]*(?:\s{_CAP}){{0,3}}\s(?:Apartments|Apts|Towers|Residences|Estates|Flats|Manor|Court)"
        rf"{_UNIT}"
    ), 0.85),
    Rule(ADDRESS, re.compile(r"(?i)\bP\.?\s?O\.?\s?Box\s+\d{1,6}\b"), 0.85),
    Rule(ADDRESS, re.compile(
        rf"(?<![\w/]){_LEAD}\d{{1,6}}[A-Za-z]?,?\s+{_TYPE_FIRST}\s+{_CAP}(?:\s{_CAP}){{0,3}}{_UNIT}?{_TOWN}?"
    ), 0.85),
    Rule(ADDRESS, re.compile(_TH_ADDRESS), 0.85),
    Rule(ADDRESS, re.compile(_HALL_ROOM), 0.75),
)


class EnglishAddressRecognizer(RegexRecognizer):
    """Street addresses in English (ADDRESS)."""

    def __init__(self) -> None:
        super().__init__("EnglishAddressRecognizer", _RULES)
