"""Addresses in the forms practitioners outside the US write, and their locality tails.

The US street rule (``address_en``) stops at the street; a client's address as written in the UK,
Australia, Singapore, Canada or the US usually runs on to a town and a postcode ("14 Larchmere
Crescent, Sheffield S11 8PW", "5/22 Kembla St, Cabramatta NSW 2166"), and an address is caught
only when all of it is covered. Thai addresses written in English (a migrant-worker or expatriate
note: "34 Moo 6, Ban Nong Khiat, Tambon Wang Daeng") and named buildings ahead of a street
("Wyndcliffe Lodge, 31 Marlowe Street") are covered here too. A postcode on its own is kept only in
the strict UK/Canadian shapes, which ordinary words and instrument names cannot take.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.types import ADDRESS

_W = r"[A-Z][\w'’\-]*"
#: A town word: capitalised, but not the start of a postcode (LE2, BS5) or a state code before one.
_TOWN = r"(?![A-Z]{1,2}\d|[A-Z]{2,3}\s+\d)[A-Z][\w'’\-]*"
_STREET_TYPES = (
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Ter|"
    r"Terrace|Cir|Circle|Circuit|Cct|Pkwy|Parkway|Hwy|Highway|Sq|Square|Row|Close|Cl|Crescent|Cres|"
    r"Grove|Gr|Gardens|Gdns|Walk|Path|Mews|Parade|Pde|Esplanade|Esp|Concourse|Broadway|Hill|Rise|"
    r"Green|Vale|Wharf|Quay|Gate|View|Heights|Promenade|Wynd|Drove|Chase|Croft|Fold|Park|Ring|Link|"
    r"Central|Trail|Loop|Alley|Route)\.?"
)
_POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"  # UK
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d"  # Canada
    r"|\d{5}(?:-\d{4})?"  # US
    r"|\d{4,6})"  # Australia / NZ (4), Singapore / India (6)
)
_STATE = r"(?:[A-Z]{2,3}|Qld|Vic|Tas|Singapore)"
_UNIT = r"(?:,?\s*(?:(?i:apt|apartment|unit|flat|suite|ste|fl|floor|room|rm)\.?\s*#?[A-Za-z0-9\-]{1,6}|#\d{1,3}-\d{1,5})\b)"
#: ", Town[, Town] [STATE] [POSTCODE]" — words on the same line only.
_TAIL = (
    rf"(?:,[^\S\n]*{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}){{0,2}}"
    rf"(?:,?[^\S\n]+(?:{_STATE}[^\S\n]+)?{_POSTCODE}(?![\w/]))?"
)
_NUMBER = r"(?:\d{1,4}/)?\d{1,5}[A-Za-z]?"
_STREET = rf"{_NUMBER}[^\S\n]+(?:{_W}[^\S\n]+){{0,3}}?{_W}[^\S\n]+{_STREET_TYPES}(?![\w])(?:[^\S\n]\d{{1,3}}(?![\w/]))?"
_BUILDING = (
    rf"{_W}(?:[^\S\n]{_W}){{0,3}}[^\S\n](?:Lodge|House|Court|Residence|Residences|Mansions|Tower|Towers|"
    r"Hall|Villa|Villas|Condo|Condominium|Apartments|Apts|Flats|Estate|Place|Park|Plaza|Suites)"
)

_RULES = (
    # a street address running on to its town and postcode, optionally after a building name
    Rule(ADDRESS, re.compile(
        rf"(?<![\w/])(?:{_BUILDING},?[^\S\n]+)?{_STREET}{_UNIT}?{_TAIL}"
    ), 0.85),
    # Singapore HDB blocks: Blk 312 Clementi Ave 4 #07-219 Singapore 120312
    Rule(ADDRESS, re.compile(
        rf"(?<![\w])(?:Blk|Block)\.?[^\S\n]*\d{{1,4}}[A-Z]?[^\S\n]+(?:{_W}[^\S\n]+){{1,3}}?{_STREET_TYPES}?"
        rf"(?:[^\S\n]*\d{{1,3}})?(?:[^\S\n]*#\d{{1,3}}-\d{{1,5}})?(?:,?[^\S\n]*Singapore[^\S\n]+\d{{6}})?"
    ), 0.85),
    # Thai addresses romanised: 34 Moo 6, Ban Nong Khiat, Tambon Wang Daeng, Phichit
    Rule(ADDRESS, re.compile(
        rf"(?<![\w/])(?:\d{{1,4}}(?:/\d{{1,4}})?,?[^\S\n]+)?(?:Moo|M\.)[^\S\n]*\d{{1,2}}"
        rf"(?:,?[^\S\n]+(?:Ban|Soi|Tambon|T\.|Amphoe|Amphur|A\.|Khet|Khwaeng|Changwat|Mueang|Muang)?[^\S\n]*{_W}"
        rf"(?:[^\S\n]{_W}){{0,3}}(?:[^\S\n]\d{{1,3}})?){{0,4}}"
    ), 0.85),
    Rule(ADDRESS, re.compile(
        rf"(?<![\w])(?:Soi|Tambon|Amphoe|Amphur|Khet|Khwaeng)[^\S\n]+{_W}(?:[^\S\n]{_W}){{0,2}}(?:[^\S\n]\d{{1,3}})?"
    ), 0.8),
    # a named residence and its soi or road number: Ivory Park Residence, Ladprao 71
    Rule(ADDRESS, re.compile(
        rf"(?<![\w])(?:{_W}[^\S\n]){{1,3}}(?:Residence|Residences|Condo|Condominium|Mansion|Place|Tower|Apartment|Apartments|Court|Villa|Lodge),?"
        rf"(?:[^\S\n]+(?:Soi[^\S\n]+)?{_W}(?:[^\S\n]{_W})?[^\S\n]+\d{{1,3}}(?![\w/]))"
    ), 0.8),
    # strict postcodes on their own (UK with its space, Canada)
    Rule(ADDRESS, re.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?[^\S\n]\d[A-Z]{2}|[A-Z]\d[A-Z][^\S\n]\d[A-Z]\d)(?![\w-])"), 0.7),
)


class InternationalAddressRecognizer(RegexRecognizer):
    """Addresses with town and postcode, romanised Thai addresses, named buildings (ADDRESS)."""

    def __init__(self) -> None:
        super().__init__("InternationalAddressRecognizer", _RULES)
