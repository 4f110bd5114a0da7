"""Addresses written in Latin script, one rule per address FORM (round 7 merged the US rules and
the lead's international rules here, so each form has exactly one place):

1. street address: number, street name, street type, then unit, town, state and postcode when
   given — US, UK, Australian/NZ (5/22 Kembla St), Canadian, Indian (14/2 Gandhi Nagar 3rd Cross,
   Vellore 632006) — optionally after a named building (Brookfield House, 9 Quarry Lane …);
2. street type written first (Calle Sombra, Jalan Ampang, Thanon …); Taiwan's form (No. 5, Ln. 33,
   Minsheng Rd., Zhongli Dist., Taoyuan City 320); a street type glued to the name (Lindenstraße 12,
   Björkgatan 7 lgh 1204, 114 32 Stockholm);
3. a named building with a unit or room (Pine Terrace Apartments, unit 210; Baan Suan Dok
   Mansion, room 508; Carver Hall 214), or with its soi/road number (Ivory Park Residence,
   Ladprao 71);
4. a unit or room first, then the building and locality (Room 7, Shivaji Chawl, Lower Parel,
   Mumbai 400013);
5. Singapore HDB blocks (Blk 58 Tampines St 21 #11-402 Singapore 520058);
6. Thai addresses romanised (34 Moo 6, Ban Nong Khiat, Tambon Wang Daeng, Phichit; Soi …);
7. PO boxes; 8. a strict UK or Canadian postcode on its own.

Why the tails matter: an address counts as redacted only when all of it is covered, and a town
plus postcode left behind still locates the client.
"""

from __future__ import annotations

import re

from assistant.redact.names_en import COMMON_CAP, SUBJECT_OPENERS
from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.spoken_numbers import HOUSE_STREET_KINDS
from assistant.redact.types import ADDRESS

# ------------------------------------------------------------------ shared pieces
_W = r"[A-Z][\w'’\-]*"
_CAP = r"[A-Z][\w'’.\-]*"
#: Numbered streets (W 38th St, 3rd Cross).
_ORD = r"\d{1,3}(?:st|nd|rd|th)"
#: Street types that end a US-style street name; person rules also read this list (a capitalised
#: pair ending in one is a street, not a person), so it holds no common surnames (Hill, Green).
_STREET = (
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|"
    r"Ter|Terrace|Cir|Circle|Pkwy|Parkway|Hwy|Highway|Trail|Trl|Loop|Sq|Square|Row|Close|"
    r"Crescent|Cres|Grove|Gardens|Walk|Path|Pike|Run|Alley|Route|Rte)\.?(?:\s[NSEW]{1,2}\b)?"
)
#: Every street type a numbered address may end in: the US list plus UK, Australian, Canadian
#: and Indian usage (Mews, Pde, Wynd, Rise, 3rd Cross, 5th Main, Gandhi Nagar).
_STREET_TYPES = (
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|"
    r"Ter|Terrace|Cir|Circle|Circuit|Cct|Pkwy|Parkway|Hwy|Highway|Trail|Trl|Loop|Sq|Square|Row|"
    r"Close|Cl|Crescent|Cres|Grove|Gr|Gardens|Gdns|Walk|Path|Pike|Run|Alley|Route|Rte|Mews|Parade|"
    r"Pde|Esplanade|Esp|Concourse|Broadway|Hill|Rise|Green|Vale|Wharf|Quay|Gate|View|Heights|"
    r"Promenade|Wynd|Drove|Chase|Croft|Fold|Park|Ring|Link|Central|"
    r"Cross|Main|Nagar|Colony|Layout|Marg|Salai|Enclave|Vihar|Chowk|Gali|Extension|Extn)\.?"
    r"(?:\s[NSEW]{1,2}\b)?"
)
#: A unit after the street or building: Apt 3C, unit 12, Flat 2, Suite 400, room 508, #07-219.
_UNIT = (
    # (session 31: a room in a hostel or hotel after the street — ul. Rozybakieva 247, hostel room 311)
    r"(?:,?\s*(?:#\d{1,3}-\d{1,5}|(?:(?i:(?:hostel|hotel|dorm)[^\S\n]+room|apt|apartment|unit|flat|suite|ste|fl|floor|rm|room)|#)\.?\s*#?[A-Za-z0-9\-]{1,6}"
    r")\b)"  # round 21: the Singapore floor-unit "#07-1153" first, so it is taken whole
)
#: Postcodes: UK (BT42 3RH), Canadian (M5V 2A5), US ZIP(+4), AU/NZ (4), Singapore/India (6).
#: session 9 — Ireland's Eircode (D06 H2R4): a routing key, a space, four letters and digits.
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[^\S\n][0-9AC-FHKNPRTV-Y]{4}"
_POSTCODE = (
    rf"(?:{_EIRCODE}|[A-Z]{{1,2}}\d[A-Z\d]?\s?\d[A-Z]{{2}}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{{5}}(?:-\d{{4}})?|\d{{4,6}})"
)
_STATE = r"(?:[A-Z]{2,3}|Qld|Vic|Tas|Singapore)"
#: A town word: capitalised, but not the start of a postcode (LE2, BS5) or a state code before one.
_TOWN = r"(?![A-Z]{1,2}\d|[A-Z]{2,3}\s+\d)[A-Z][\w'’\-]*"
#: Words that open a sentence or clause, never a district after an address (", Mom says").
_SENTENCE_WORDS = "|".join(sorted(SUBJECT_OPENERS | {
    "Mom", "Mum", "Dad", "Client", "Pt", "Patient", "Family", "Child", "Kids", "And", "But", "Then", "Next",
    "Plan", "Review",
    # (session 35) a clause about who lives there: "12 King Rd. Lives with mum …"
    "Lives", "Living", "Moved", "Stays", "Staying", "Works", "Has", "Is", "Was", "His", "Her", "Their",
}))
#: ", Town[ Town][, Town][, STATE] [POSTCODE]" — words on the same line only.
#: round 19 — dictated with no commas: "… Fremont Ave N Minneapolis MN 55412", "… Kirk Rd Leeds
#: LS6 2AB". Only a state code and a ZIP, or a UK postcode, closing the town words makes it a tail.
_TAIL_NO_COMMA = (
    rf"[^\S\n]+{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}[^\S\n]+"
    rf"(?:{_STATE}[^\S\n]+\d{{4,5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?[^\S\n]?\d[A-Z]{{2}})(?![\w/])"
)
_TAIL = (  # a postal district number after the town belongs to it when a comma follows (Dublin 6, D06 H2R4)
    rf"(?:{_TAIL_NO_COMMA}|(?:,[^\S\n]*{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}(?:[^\S\n]\d{{1,2}}(?=,))?){{0,3}}"
    rf"(?:,?[^\S\n]+(?:{_STATE}[^\S\n]+)?{_POSTCODE}(?![\w/]))?)"
)
#: Before the house number: "Flat 3, ", "Unit 5, ", "Lot ", the Australian "5/" unit and the Canadian "1402-" unit (1402-88 Rue …).
#: round 18 — and the Scottish tenement flat position "4/2" (floor/door) before the house number.
_LEAD = (
    # (session 22: the Canadian "#208, 3115 34 Ave NW" — a suite number with a hash before it)
    r"(?:(?i:flat|unit|apt|apartment|suite)\.?\s*\d{1,4}[A-Za-z]?,?\s+|#\d{1,4}[A-Za-z]?,[^\S\n]+|(?i:lot)\s+)?"
    r"(?:\d{1,2}/\d{1,2}[^\S\n]+(?=\d{1,5}[A-Za-z]?[^\S\n])|\d{1,4}[A-Za-z]?/|\d{1,5}-(?=\d{1,6}[\s,]))?"
)
#: Named buildings: halls, houses, condos, chawls and societies.
_BUILDING_HEAD = (
    r"(?:Apartments|Apts|Towers?|Residences?|Residency|Estates?|Flats|Manor|Court|Lodge|House|"
    r"Mansions?|Hall|Villas?|Condo|Condominium|Place|Plaza|Suites|Dorm|Hostel|Motel|Chawl|Society|"
    r"Building|Bldg|Nivas|Niwas|Bhavan|Bhawan|Sadan|Complex|Heights|Block|Lofts?|Studios|Dormitory)"
)
_BUILDING = rf"{_W}(?:[^\S\n]{_W}){{0,3}}[^\S\n]{_BUILDING_HEAD}"
#: Street types written BEFORE the name: Calle Sombra, Avenida Central, Rue Dupont, Jalan Ampang.
_TYPE_FIRST = (
    r"(?:Calle|Camino|Avenida|Av\.|Via|Vía|Rua|Rue|Jalan|Jln\.?|Jl\.|Lorong|Lrg\.?|Persiaran|Lebuh|Thanon|"
    r"Calzada|Paseo|Carrer|Ulica|ul\.)"
)
#: Malaysian / Indonesian order: the postcode BEFORE the town ("…, 50200 Kuala Lumpur").
_PC_TOWN = rf"(?:(?<=\s\d{{5}})[^\S\n]+{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}})?"

#: session 22 — a prairie city's numbered grid street, known by its quadrant ("3115 34 Ave NW").
_GRID_NUMBER = r"\d{1,3}(?=[^\S\n]+(?:St|Street|Ave|Avenue|Dr|Drive|Rd|Road)\.?[^\S\n]+[NS][EW](?![\w]))"
#: session 22 — which floor of the house, in brackets after the street ("87 Hampshire St (upper)").
_FLOOR_REMARK = r"(?:[^\S\n]\((?:upper|lower|rear|front|basement|downstairs|upstairs|attic|(?:top|ground|first|second|third) floor)\))"
#: session 22 — a North American rural route, its box, the road and the town ("RR 3, 4178 Route 20,
#: Margate PE C0B 1M0", "RR 1 Box 212A, Viper, KY 41774").
_RURAL_ROUTE = re.compile(
    # a box or a numbered road must follow: "RR 20" alone is a respiratory rate
    rf"(?<![\w])(?:RR|R\.R\.|Rural Route)[^\S\n]?\d{{1,2}}(?:,?[^\S\n]+Box[^\S\n]+\d{{1,5}}[A-Z]?"
    rf"|,[^\S\n]*\d{{1,6}}[^\S\n]+(?:Route|Rte|Hwy|Highway|Road|Rd)[^\S\n]+\d{{1,4}}){_TAIL}"
)

#: Words an address shortens with a dot (Co. Sligo, Mt. Albert, St. Kilda): that dot ends no sentence.
_ADDRESS_ABBREVIATIONS = ("Co", "St", "Rd", "Ave", "Dr", "Mt", "No", "Apt", "Ste", "Blk", "Fl")
_ABBREVIATION_DOT = "(?:" + "|".join(f"(?<={w})" for w in _ADDRESS_ABBREVIATIONS) + r")\."
_NO_ABBREVIATION = "".join(f"(?<!{w})" for w in _ADDRESS_ABBREVIATIONS)
#: session 22 — the rest of a line labelled as an address ("Address: Cloonagashel, Ballintogher, Co.
#: Sligo F91 KX27"): rural and townland addresses have no house number or street type, but the
#: label says what the line is. It must hold a digit or two comma-separated capitalised parts, so
#: "Address: not given", "Address: NFA" and "Address: same as above" stay.
_LABELLED_ADDRESS = re.compile(
    r"(?<![\w])(?i:(?:home|postal|current|residential|permanent|usual|client'?s?)[^\S\n]+)?(?i:address)"
    r"[^\S\n]*[:：][^\S\n]*(?P<v>[A-Z0-9#](?:[^\n|.]|\.(?=\S)|" + _ABBREVIATION_DOT + r"){5,110}?)"
    r"(?=[^\S\n]*(?:\n|$|\|)|" + _NO_ABBREVIATION + r"\.(?:[^\S\n]|$)|\.[^\S\n]+(?:" + _SENTENCE_WORDS + r")(?![\w]))"
)


def _address_line(value: str) -> bool:
    if any(c.isdigit() for c in value):
        return True
    parts = [p.strip() for p in value.split(",")]
    return len(parts) >= 3 and all(p[:1].isupper() for p in parts if p)


# ------------------------------------------------------------------ the forms
#: 1. number + street + type, with unit and tail; optionally a named building first.
_STREET_ADDRESS = re.compile(
    # (session 22: one line — "Date: Thu 13 Nov 2025\n\nDear Dr. Orawan" is no "2025 … Dr.")
    rf"(?<![\w/])(?:{_BUILDING},?[^\S\n]+)?{_LEAD}\d{{1,6}}(?:-\d{{1,4}})?[A-Za-z]?[^\S\n]+(?:[NSEW]\.?[^\S\n]+)?"
    rf"(?:(?:{_CAP}|{_ORD})[^\S\n]+){{0,3}}(?:{_CAP}|{_ORD}|\d{{1,3}}[A-Z]|{_GRID_NUMBER})[^\S\n]+{_STREET_TYPES}(?![\w])"  # 98A Ave
    rf"(?:\s\d{{1,4}}(?![\w/.]))?{_UNIT}?{_FLOOR_REMARK}?{_TAIL}"  # County Rd 14
)
#: 2. street type first.
_TYPE_FIRST_ADDRESS = re.compile(
    rf"(?<![\w/])(?:No\.?[^\S\n]*)?{_LEAD}\d{{1,6}}[A-Za-z]?,?\s+{_TYPE_FIRST}\s+{_CAP}(?:\s{_CAP}){{0,3}}"
    rf"(?:[^\S\n]\d{{1,3}}(?![\w/]))?{_UNIT}?{_TAIL}"  # Jalan Bunga Raya 4: the street's own number
    rf"{_PC_TOWN}"
)
#: 2b'. session 9 — Indonesia's and Poland's order: street type and name, then the number ("Jl.
#: Kenanga Raya No. 45, Bandung 40115", "ul. Krótka 9 m. 3, 30-001 Kraków").
_TYPE_FIRST_NUMBER_AFTER = re.compile(
    rf"(?<![\w/]){_TYPE_FIRST}[^\S\n]+{_CAP}(?:[^\S\n]{_CAP}){{0,3}},?[^\S\n]+(?:No\.?[^\S\n]*)?\d{{1,5}}[A-Za-z]?"
    rf"(?:/\d{{1,4}})?(?:[^\S\n]+m\.[^\S\n]*\d{{1,4}})?{_UNIT}?"
    # Poland's postcode before the town (ul. Lipowa 12/4, 00-950 Warszawa)
    rf"(?:,[^\S\n]*\d{{2}}-\d{{3}}[^\S\n]+{_TOWN}(?:[^\S\n]{_TOWN})?|{_TAIL})"
)
#: 2c. session 9 — Taiwan's English form: floor, number, lane, alley and section before the road,
#: then district, city and postcode ("4F, No. 112-3, Sec. 2, Zhongshan Rd., Xitun Dist.,
#: Taichung City 407"), as migrant workers' dormitories are written.
_TW_ADDRESS = re.compile(
    rf"(?<![\w])(?:\d{{1,2}}F(?:-\d{{1,2}})?,[^\S\n]*)?No\.[^\S\n]*\d{{1,4}}(?:-\d{{1,3}})?,"
    rf"(?:[^\S\n]*(?:Ln|Aly|Sec|Lane|Alley|Section)\.?[^\S\n]*\d{{1,4}},)*"
    rf"[^\S\n]*(?:(?:{_CAP}|{_ORD})[^\S\n]+){{0,3}}(?:{_CAP}|{_ORD})[^\S\n]+{_STREET_TYPES}(?![\w])"
    rf"(?:,[^\S\n]*(?:Sec|Section)\.?[^\S\n]*\d{{1,2}})?"
    rf"(?:,[^\S\n]*{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}[^\S\n]+(?:Dist|District|Township|Vil|Village)\.?)?"
    rf"(?:,[^\S\n]*{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}(?:[^\S\n]+(?:City|County))?)?"
    rf"(?:[^\S\n]+\d{{3}}(?:\d{{2,3}})?(?![\w]))?"
)
#: 2d. session 9 — a street whose type is glued to its name, as in German, Nordic and Dutch
#: (Lindenstraße 12, Björkgatan 7 lgh 1204, 114 32 Stockholm; Keizersgracht 140). Suffixes that
#: end English words (…ring, …gate, …gade, …kade) are left out: "Bring 2", "Brigade 4".
#: session 20 — and written apart (Weseler Str. 112, Berliner Straße 5), a Dutch house number's
#: addition (Zamenhofdreef 88-bis) and the Dutch postcode's letters (3562 JW Utrecht).
_GLUED_STREET = re.compile(
    r"(?<![\w])[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:straße|strasse|gasse|platz|allee|damm|ufer|weg|gatan|gata|vägen|väg|"
    r"gränd|veien|vei|vej|vænget|straat|laan|gracht|plein|dijk|dreef|singel|steeg|katu|kuja"
    r"|[^\S\n](?:Str\.|Straße|Strasse|Allee|Platz|Gasse"
    # session 31: Baltic and Central European kinds written apart (Sõpruse pst, Brīvības iela, Váci utca)
    r"|utca|út|ulica|ulice|iela|gatvė|tänav|tn\.?|pst\.?|puiestee|mnt\.?|maantee|tee))"
    # (session 31: an Austrian house number with its stair and door, 95/1/4)
    r"[^\S\n]+\d{1,4}[a-zA-Z]?(?:/\d{1,4}){0,2}(?:-(?:bis|[A-Za-z]|\d{1,3})(?![\w]))?(?![\w]|[:.]\d)"
    r"(?:[^\S\n]+(?:lgh|whg|leil)\.?[^\S\n]*\d{1,5})?"
    rf"(?:,?[^\S\n]+(?:[A-Z]{{1,2}}-)?(?:\d{{3}}[^\S\n]\d{{2}}|\d{{4}}[^\S\n][A-Z]{{2}}|\d{{4,5}})[^\S\n]+{_TOWN}(?:[^\S\n]{_TOWN})?|{_TAIL})"
)
#: 2e. session 31 — a Colombian grid address: the street's kind and number, then "#" or "No." and
#: the crossing street's number with the metres from it (Calle 45 Sur # 12-34, Carrera 7 Bis #
#: 45-12, Cra. 15 No. 93-60), a flat or house after it, then the barrio and town.
_GRID_ADDRESS = re.compile(
    r"(?<![\w])(?:Calle|Cl\.|Carrera|Cra\.?|Kr\.?|Avenida(?:[^\S\n]+(?:Calle|Carrera))?|Av\.|Diagonal|Dg\.|"
    r"Transversal|Tv\.)[^\S\n]+\d{1,3}[A-Z]?(?:[^\S\n]+(?:Bis|Sur|Norte|Este|Oeste|[A-Z])(?![\w])){0,2}[^\S\n]*"
    r"(?:#|No\.?|N[°º]\.?|Nro\.?)[^\S\n]*\d{1,3}[A-Z]?[^\S\n]*-[^\S\n]*\d{1,3}(?:[^\S\n]+(?:Sur|Norte|Este))?(?![\w])"
    r"(?:,?[^\S\n]*(?i:apto|apartamento|apt|casa|torre|int|interior|piso)\.?[^\S\n]*[A-Za-z0-9\-]{1,5}(?![\w]))*"
    rf"{_TAIL}"
)
#: 2f. session 31 — a Central Asian or Russian address by its micro-district or street, then house
#: (d. = dom), block and flat (kv. = kvartira): "mkr. Aksai-4, d. 12, kv. 56", "ul. Abaya, d. 3, kv.
#: 10". At least one house or flat part must follow: "pr." alone is many things.
_CIS_ADDRESS = re.compile(
    rf"(?<![\w])(?:mkr|mkrn|mikr|m-n|md|ul|pr|prosp|pr-t|per|bul|sh|kv-l)\.[^\S\n]*{_CAP}(?:[^\S\n]{_CAP})?"
    r"(?:-\d{1,3}[A-Za-z]?)?(?:,?[^\S\n]*\d{1,4}[A-Za-z]?(?=,))?"
    r"(?:,?[^\S\n]*(?:d|dom|korp|k|kv|str|ap)\.[^\S\n]*\d{1,4}[A-Za-z]?(?:/\d{1,3})?(?![\w])){1,3}"
)
#: 2g. session 31 — a French-Canadian civic number before the street's kind, dictated in lower
#: case, closed by its flat ("4520 rue saint-urbain app 11", "3310 boul saint-michel app 22"): the
#: flat word ends the street's name, which has no capital to show where it stops.
_CIVIC_LOWER = re.compile(
    r"(?<![\w/])\d{1,5}[a-z]?,?[^\S\n]+(?:rue|boul|boulevard|bd|av|avenue|ch|chemin|rang|montée|côte)\.?[^\S\n]+"
    r"(?:[a-zà-ÿ'’\-]+[^\S\n]+){0,3}?[a-zà-ÿ'’\-]+[^\S\n]+(?:app|apt|appt|apartement|appartement|unit|suite|#)\.?[^\S\n]*"
    r"[A-Za-z0-9\-]{1,5}(?![\w])"
    r"(?:[^\S\n]+[a-zà-ÿ'’\-]+(?:[^\S\n]+[a-zà-ÿ'’\-]+)?[^\S\n]+[a-z]\d[a-z][^\S\n]?\d[a-z]\d(?![\w]))?"
)
#: 2h. session 31 — a neighbourhood by its kind, then the house, lot or block in it, as Latin
#: America, Lusophone and Francophone Africa write it ("Reparto San Antonio, casa B-22", "Cité
#: Soprim, lot 47", "bairro chamanculo rua 14 casa 9"): the house part makes the name an address.
_HOUSE_PART = (
    r"(?i:casa|lote?|manzana|mz|mza|parcela|quadra|qd|bloco|villa[^\S\n]+n[°º]|n[°º])\.?[^\S\n]*"
    r"[A-Za-z]?\d{1,4}[A-Za-z]?(?:-[A-Za-z0-9]{1,3})?(?![\w])"
)
_LOCALITY_HOUSE = re.compile(
    r"(?<![\w])(?i:barrio|bairro|colonia|reparto|cité|quartier|sector|urbanización|urbanizacion|"
    r"fraccionamiento|asentamiento|población|poblacion|residencial|conjunto|secteur)[^\S\n]+"
    r"[\w'’\-]+(?:[^\S\n][\w'’\-]+){0,3}?"
    rf"(?:,?[^\S\n]+(?:(?i:rua|calle|rue|avenida|av\.)[^\S\n]+\d{{1,4}}[A-Za-z]?(?![\w])|{_HOUSE_PART})){{1,3}}"
    rf"{_TAIL}"
)
#: session 20 — an address given as numbered parts only, then its area, as in the Gulf and Hong
#: Kong ("Flat 22, Building 1187, Road 4025, Block 340, Juffair").
_PART = (
    r"(?:(?i:flat|unit|apt|apartment|suite|room|rm|house|villa|building|bldg|road|rd|street|st|block|blk|"
    r"avenue|ave|floor|fl|plot|lot|door|way|zone|area)\.?[^\S\n]*(?:(?i:no)\.?[^\S\n]*)?"
    r"[A-Za-z]?\d{1,5}[A-Za-z]?(?:[/\-][A-Za-z0-9]{1,5})?|\d{1,2}/F|H\.?[^\S\n]?No\.?[^\S\n]*\d{1,5}(?:/[A-Za-z0-9]{1,4})?)"
)
_PARTS_ADDRESS = re.compile(
    rf"(?<![\w]){_PART}(?:,[^\S\n]*{_PART}){{2,}},[^\S\n]*{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}{_TAIL}"
)
#: 2i. session 33 — a numbered dwelling first (compound, lot, plot, house, building, villa, stand,
#: erf, way), then two parts or more after commas, named or numbered, the last one named: "Compound
#: 9, Kunjang Kerr Jabel, Tallinding", "Way 3421, House 1187, Al Khuwair, Muscat", "Lot 9,
#: Shadwell Housing Estate, Basseterre", "Building 54, Neighbourhood 7, 2nd District, 6th of October
#: City". Gambia, Oman, the Gulf, Egypt and the islands write addresses so, with no street kind for
#: the street rules to end on. A part that a timetable or a ward holds (Period 3, Room 12, Bed 4,
#: Year 9) is no address part: "Block 2, Period 3, Room 12" is a school day.
_DWELLING = (
    r"(?i:compound|lot|plot|house|building|bldg|villa|stand|erf|way)\.?[^\S\n]*(?:(?i:no)\.?[^\S\n]*)?"
    r"[A-Za-z]?\d{1,5}[A-Za-z]?(?:[/\-][A-Za-z0-9]{1,5})?(?:[^\S\n]+[a-z]+){0,2}"
)
_NOT_ADDRESS_PART = (
    r"(?!(?:Period|Room|Rm|Bed|Ward|Year|Yr|Grade|Class|Form|Lesson|Term|Week|Day|Session|Level|Page|Table|"
    r"Question|Step|Module|Unit|Group|Team|Bay|Gate|Platform|Seat|Row)(?![\w'’\-]))"
)
_NAMED_PART = (
    rf"{_NOT_ADDRESS_PART}(?:{_ORD}|[A-Z])[\w'’\-]*(?:[^\S\n]+(?:of|the|de|del|la|al|el|{_ORD}|[A-Z][\w'’\-]*|\d{{1,4}}(?![\w/])))"
    r"{0,5}"
)
_DWELLING_PARTS = re.compile(
    rf"(?<![\w]){_DWELLING}(?:,[^\S\n]*(?:{_PART}|{_ORD}[^\S\n]+(?i:district|sector|zone)|{_NAMED_PART})){{1,4}}"
    rf"(?<=[\w'’]),[^\S\n]*{_NAMED_PART}"
)
#: session 37 (set 120) — the same with one named part only, where the line or clause ends after it:
#: "Stand 4471, Mkoba 14, lives with …", "house 14, Ajeltake, the second house …", "| Lot 4, Look Out |".
#: Only the dwellings that number a plot of land (not a building, villa or way, which also name a
#: school's building 2 or a way out).
_DWELLING_ONE_PART = re.compile(
    r"(?<![\w])(?i:compound|lot|plot|house|stand|erf)\.?[^\S\n]*(?:(?i:no)\.?[^\S\n]*)?"
    r"[A-Za-z]?\d{1,5}[A-Za-z]?(?:[/\-][A-Za-z0-9]{1,5})?,[^\S\n]*"
    rf"{_NOT_ADDRESS_PART}(?!(?:{_SENTENCE_WORDS})(?![\w'’\-]))[A-Z][\w'’\-]*(?:[^\S\n]+[A-Z0-9][\w'’\-]*){{0,2}}"
    r"(?=[^\S\n]*(?:[,.(|\n]|[^\S\n]-[^\S\n]|$))"
)
#: Numbered parts before an address a rule or the tagger found ("Flat B3, 6/F, | Wing Cheong
#: Building, …", "Room 5F-12, | 88 Zhongshan Rd", "H.No. 12/B, | Sai Krupa Chawl"): they belong to
#: it (resolve.add_address_parts).
PARTS_BEFORE = re.compile(rf"(?:{_PART},[^\S\n]*)+$")
#: 2b. a Philippine address: purok/sitio, barangay, then town and province ("Purok 4, Brgy. Sta.
#: Cruz Norte, Calauan, Laguna"); a barangay alone is a LOCATION (location_en).
_PH_ADDRESS = re.compile(
    rf"(?<![\w.])(?:(?:Purok|Sitio|Zone)[^\S\n]+[\w\-]{{1,12}},?[^\S\n]+)?(?:Brgy\.?|Bgy\.?|Barangay)[^\S\n]+"
    rf"{_CAP}(?:[^\S\n]{_CAP}){{0,3}}(?:,[^\S\n]*{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}){{1,3}}"
)
#: 3a. a named building with its unit or room: "…Apartments, unit 210", "…Mansion, room 508".
_BUILDING_UNIT = re.compile(rf"(?<![\w])(?:The\s)?{_BUILDING}{_UNIT}")
#: 3b. a room in a named hall or block with no unit word: Whitman Hall 312, Kerr House rm 4B.
_HALL_ROOM = re.compile(
    rf"(?<![\w])[A-Z][\w'’\-]*(?:\s{_CAP}){{0,2}}\s(?:Hall|House|Residence|Dorm|Tower|Block|Lodge)"
    r"\s(?:(?i:room|rm)\.?\s?|#)?(?!(?:19|20)\d\d\b)\d{2,4}[A-Z]?(?![\w:/]|\.\d)"
)
#: 3c. a named residence and its soi or road number: Ivory Park Residence, Ladprao 71.
_BUILDING_SOI = re.compile(  # round 15: a house number first (14 Palm Breeze Villas Soi …), soi 101/1
    rf"(?<![\w/])(?:\d{{1,4}}(?:/\d{{1,4}})?[^\S\n]+)?(?:{_W}[^\S\n]){{1,3}}(?:Residence|Residences|Condo|Condominium|Mansion|Place|Tower|"
    r"Apartment|Apartments|Court|Villas?|Heights|Lodge|Flats|Lofts?|Dormitory),?"
    rf"(?:[^\S\n]+(?:Soi[^\S\n]+)?{_W}(?:[^\S\n]{_W})?[^\S\n]+\d{{1,3}}(?:/\d{{1,3}})?(?![\w/]))"
    # …, Soi Ekkachai 48, Bang Bon: the district after the soi belongs to the address
    rf"(?:(?<=\d),[^\S\n]*(?!(?:{_SENTENCE_WORDS})\b){_TOWN}(?:[^\S\n]{_TOWN})?(?=[^\S\n]*(?:[.,;)\n]|$)))?"
    rf"{_UNIT}?"  # The Ashbury Residences Sukhumvit 49, unit 1904: the unit belongs to the address
)
#: 3d. round 15 — an Indian house number written "#47," or "No. 47," before a numbered cross or
#: main road, then the locality, town and PIN: "#47, 2nd Cross, Kuvempu Nagar, Mysuru 570023".
_HASH_NUMBER_ADDRESS = re.compile(
    rf"(?<![\w#])(?:#|No\.?[^\S\n]*)\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?,[^\S\n]*"
    rf"(?:(?:{_CAP}|{_ORD})[^\S\n]+){{0,3}}(?:{_CAP}|{_ORD})[^\S\n]+{_STREET_TYPES}(?![\w]){_TAIL}"
)
#: 4. unit first, then the building and its locality: Room 7, Shivaji Chawl, Lower Parel, Mumbai 400013.
_UNIT_FIRST = re.compile(
    r"(?<![\w])(?:(?i:room|rm|flat|unit|apt|house|door|plot)|H\.?[^\S\n]?No)\.?[^\S\n]*(?:(?i:no)\.?[^\S\n]*)?"
    rf"\d{{1,4}}[A-Za-z]?(?:[/\-]\d{{1,4}})?,[^\S\n]*{_BUILDING}{_TAIL}"
)
#: 5. Singapore HDB blocks.
_HDB = re.compile(
    rf"(?<![\w])(?:Blk|Block)\.?[^\S\n]*\d{{1,4}}[A-Z]?[^\S\n]+(?:{_W}[^\S\n]+){{1,3}}?{_STREET_TYPES}?"
    rf"(?:[^\S\n]*\d{{1,3}})?(?:[^\S\n]*#\d{{1,3}}-\d{{1,5}})?(?:,?[^\S\n]*Singapore[^\S\n]+\d{{6}})?"
)
#: 6. Thai addresses romanised: house number + Moo (village no.) or Soi, then the named parts
#: (Ban, Tambon, Amphoe, province) and a postcode.
_TH_PART = (
    rf"(?:(?:Moo|M\.)\s?\d{{1,2}}|(?:Ban|Soi|Tambon|T\.|Amphoe|Amphur|A\.|Khet|Khwaeng|Changwat|Mueang|Muang)?"
    rf"[^\S\n]*{_W}(?:[^\S\n][A-Z0-9][\w\-]*){{0,3}}(?:[^\S\n]\d{{1,5}})?)"
)
_TH_ROMANISED = re.compile(
    rf"(?<![\w/])(?:\d{{1,4}}(?:/\d{{1,4}})?,?[^\S\n]+(?:(?:Moo|M\.)[^\S\n]?\d{{1,2}}|Soi[^\S\n]+[A-Z0-9][\w\-]*(?:[^\S\n][A-Z0-9][\w\-]*){{0,3}})"
    # (session 36: "M.4" alone is also the school grade Mathayom 4 — "Enrolled M.4 at a Thai government
    # school" — so a bare M. opens an address only when a named unit follows it)
    rf"|Moo[^\S\n]*\d{{1,2}}|M\.[^\S\n]*\d{{1,2}}(?=,?[^\S\n]+(?:Ban|Soi|Tambon|T\.|Amphoe|Amphur|A\.)[^\S\n]*[A-Z]))"
    rf"(?:,?[^\S\n]+{_TH_PART}){{0,6}}"
)
#: 6a. session 29 (set 96) — the same dictated in lower case (17/2 moo 4 tambon bo hin amphoe sikao
#: trang 92150): a house number and its village number open it, each unit word takes one or two
#: name words, and a province and postcode may close it.
_TH_UNIT_LOWER = r"(?:tambon|amphoe|amphur|ban|soi|changwat|khet|khwaeng|t\.|a\.)"
_TH_ROMANISED_LOWER = re.compile(
    rf"(?<![\w/])\d{{1,4}}(?:/\d{{1,4}})?,?[^\S\n]+moo[^\S\n]?\d{{1,2}}(?!\d)"
    rf"(?:,?[^\S\n]+{_TH_UNIT_LOWER}[^\S\n]+[a-z]+(?:[^\S\n](?!{_TH_UNIT_LOWER}[^\S\n])[a-z]+)?){{0,5}}"
    rf"(?:,?[^\S\n]+[a-z]+[^\S\n]+\d{{5}}(?!\d)|[^\S\n]+\d{{5}}(?!\d))?"
)
#: 6b. a Thai locality word with its name and no house number: Soi Ladprao 101, Tambon Non Thai.
_TH_LOCALITY = re.compile(
    rf"(?<![\w])(?:Soi|Tambon|Amphoe|Amphur|Khet|Khwaeng)[^\S\n]+{_W}(?:[^\S\n]{_W}){{0,2}}(?:[^\S\n]\d{{1,3}})?"
)
#: 7. PO boxes.
_PO_BOX = re.compile(r"(?i)\bP\.?\s?O\.?\s?Box\s+\d{1,6}\b")
#: 7b. round 18 — a rural box with its community, province and postcode ("Box 311, Stanley
#: Mission, SK S0J 2P0"): without "PO" the town after the comma makes it an address.
_BOX_TOWN = re.compile(rf"(?<![\w])(?:P\.?\s?O\.?\s?)?Box[^\S\n]+\d{{1,6}},[^\S\n]*{_TOWN}(?:[^\S\n]{_TOWN}){{0,2}}{_TAIL}")
#: 9. round 18 — a camp or settlement address: the camp's name, its block and plot ("Hagadera,
#: blk E4, plot 17", "Kakuma 3, block F2"). The name must be no dictionary word (validator), so
#: "Ward 7, block 2" or "Year 9, blk C" stay. Session 40 (sets 111, 135, keep23): up to three units
#: (village, sector, block …; a section or phase only with a dwelling after it, as a plan or a
#: reading scheme has them too: EHCP section F, Little Wandle phase 2), a block with a hyphen (C-4),
#: a tukul or hut, a camp written as "Camp" and its number (Camp 15, Camp 4 Ext) or with its kind
#: (Nakivale camp, Dadaab IDP site), and units with no camp before them when a shelter, plot or house
#: closes them (Block C-14, shelter 221).
_CAMP_UNIT = (
    r"(?i:village|blk|block|zone|sector|section|phase)\.?[^\S\n]*"
    r"(?:[A-Z](?:-?\d{1,3}[A-Z]?)?|\d{1,3}[A-Z]?(?:-\d{1,3})?)(?![\w])"
)
_CAMP_DWELLING = (
    r"(?i:plot|shelter|house|hse|compound|tent|tukul|hut)\.?[^\S\n]*(?:(?i:no)\.?[^\S\n]*)?\d{1,4}[A-Z]?(?![\w])"
)
_CAMP_NUMBERED = r"Camp[^\S\n]\d{1,2}[A-Z]?(?:[^\S\n]Ext(?:ension)?\.?)?"
_CAMP_NAME = (
    rf"(?:{_CAMP_NUMBERED}|{_W}(?:[^\S\n](?:[Cc]amp|[Ss]ettlement|IDP[^\S\n]site|[Ss]ite))?(?:[^\S\n]\d{{1,2}})?)"
)
_CAMP_UNITS = rf"{_CAMP_UNIT}(?:,?[^\S\n]+{_CAMP_UNIT}){{0,2}}"
_CAMP_BLOCK = re.compile(
    rf"(?<![\w]){_CAMP_NAME},?[^\S\n]+{_CAMP_UNITS}(?:,?[^\S\n]+{_CAMP_DWELLING})?"
    rf"|(?<![\w]){_CAMP_UNITS},?[^\S\n]+{_CAMP_DWELLING}"
)
_CAMP_OPENS = re.compile(rf"{_CAMP_NUMBERED}|{_CAMP_UNIT}")
_CAMP_CLOSES = re.compile(rf"{_CAMP_DWELLING}\Z")
_PLAN_UNIT = re.compile(r"(?i:section|phase)(?![\w])")


def _camp_name(value: str) -> bool:
    """The first word of a camp address is a name, not an ordinary word (Ward, Year, Level) — or
    the camp's number (Camp 15), or a unit when a dwelling closes the address (Block C-14, shelter 221)."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    if _PLAN_UNIT.search(value) and not _CAMP_CLOSES.search(value):
        return False
    if value.startswith("Camp") and _CAMP_OPENS.match(value):
        return True
    if _CAMP_OPENS.match(value) and _CAMP_CLOSES.search(value):
        return True
    first = re.split(r"[\s,]", value, maxsplit=1)[0]
    return not _ordinary(first.lower())


#: 8. strict postcodes on their own (UK with its space, Canada): no word or scale takes this shape.
_STRICT_POSTCODE = re.compile(
    rf"(?<![\w-])(?:[A-Z]{{1,2}}\d[A-Z\d]?[^\S\n]\d[A-Z]{{2}}|[A-Z]\d[A-Z][^\S\n]\d[A-Z]\d|{_EIRCODE})(?![\w-])"
)

#: session 23 — a street written in lower case after an address cue ("lives at 26 penhill close",
#: "the address is 42 ravenhurst bay", and a spoken number rewritten in digits): quick notes and
#: dictation leave a street's name uncapitalised, and the capitalised form above then saw nothing.
#: The cue and a lower-case street kind (the kinds a spoken house number comes before) make it an
#: address; the tail is read as for the form above.
_LOWER_STREET_KINDS = "(?:" + "|".join(sorted(HOUSE_STREET_KINDS, key=lambda k: (-len(k), k))) + ")"
_CUED_LOWER_STREET = re.compile(
    r"(?i:(?<![A-Za-z])(?:lives|living|staying|stays|moved|moving|address(?:[^\S\n]+on[^\S\n]+file)?"
    r"(?:[^\S\n]+(?:is|was|now))?:?|at|to|from))[^\S\n]+"
    rf"(?:(?i:at|to|in)[^\S\n]+)?(?P<v>{_LEAD}\d{{1,5}}[a-z]?[^\S\n]+(?:[A-Za-z][a-z'’\-]+[^\S\n]+){{1,3}}"
    rf"{_LOWER_STREET_KINDS}(?![\w]){_UNIT}?{_TAIL})"
)
#: Words that make the run a phrase, not a street's name ("at 3 of the road works", "to 2 other st").
_NOT_STREET_WORDS = frozenset({
    "the", "a", "an", "of", "in", "on", "and", "or", "to", "for", "with", "my", "his", "her", "their", "our",
    "your", "its", "other", "different", "same", "next", "last", "main", "more", "less", "times", "days",
    "weeks", "months", "years", "hours", "minutes", "mins", "km", "miles", "blocks", "doors", "houses",
})


def _lower_street(value: str) -> bool:
    words = value.split()
    return not any(w.lower() in _NOT_STREET_WORDS for w in words[1:-1]) and not value[:1].isupper()


_RULES = (
    Rule(ADDRESS, _CUED_LOWER_STREET, 0.8, group="v", validate=_lower_street),
    Rule(ADDRESS, _STREET_ADDRESS, 0.85),
    Rule(ADDRESS, _TYPE_FIRST_ADDRESS, 0.85),
    Rule(ADDRESS, _TYPE_FIRST_NUMBER_AFTER, 0.85),
    Rule(ADDRESS, _TW_ADDRESS, 0.85),
    Rule(ADDRESS, _GLUED_STREET, 0.85),
    Rule(ADDRESS, _GRID_ADDRESS, 0.85),
    Rule(ADDRESS, _CIS_ADDRESS, 0.85),
    Rule(ADDRESS, _CIVIC_LOWER, 0.8),
    Rule(ADDRESS, _LOCALITY_HOUSE, 0.8),
    Rule(ADDRESS, _PARTS_ADDRESS, 0.8),
    Rule(ADDRESS, _DWELLING_PARTS, 0.8),
    Rule(ADDRESS, _DWELLING_ONE_PART, 0.7),
    Rule(ADDRESS, _PH_ADDRESS, 0.8),
    Rule(ADDRESS, _BUILDING_UNIT, 0.85),
    Rule(ADDRESS, _HALL_ROOM, 0.75),
    Rule(ADDRESS, _BUILDING_SOI, 0.8),
    Rule(ADDRESS, _UNIT_FIRST, 0.8),
    Rule(ADDRESS, _HASH_NUMBER_ADDRESS, 0.85),
    Rule(ADDRESS, _HDB, 0.85),
    Rule(ADDRESS, _TH_ROMANISED, 0.85),
    Rule(ADDRESS, _TH_ROMANISED_LOWER, 0.8),
    Rule(ADDRESS, _TH_LOCALITY, 0.8),
    Rule(ADDRESS, _PO_BOX, 0.85),
    Rule(ADDRESS, _RURAL_ROUTE, 0.85),
    Rule(ADDRESS, _LABELLED_ADDRESS, 0.8, group="v", validate=_address_line),
    Rule(ADDRESS, _BOX_TOWN, 0.85),
    Rule(ADDRESS, _CAMP_BLOCK, 0.8, validate=_camp_name),
    Rule(ADDRESS, _STRICT_POSTCODE, 0.7),
)


class EnglishAddressRecognizer(RegexRecognizer):
    """Addresses in Latin script, every form in one place (ADDRESS)."""

    def __init__(self) -> None:
        super().__init__("EnglishAddressRecognizer", _RULES)

    def analyze(self, text, entities, nlp_artifacts=None):
        """Rules, then a leading sentence word is cut off: a building's name never opens with
        one ("Lives Baan Suan Dok Mansion, room 508" → the building and room only); "The" stays,
        as it is part of a building's name (The Ashbury Residences)."""
        out = super().analyze(text, entities, nlp_artifacts)
        for r in out:
            m = _LEADING_WORD.match(text, r.start, r.end)
            while m and m.group(1) in COMMON_CAP and m.group(1) != "The" and m.end() < r.end:
                r.start = m.end()
                m = _LEADING_WORD.match(text, r.start, r.end)
        return out


_LEADING_WORD = re.compile(r"([A-Z][a-z]+)[^\S\n]+(?=[A-Z\d])")


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
