"""Schools, employers and other organisations that can locate a client.

English: a run of capitalised words ending in an organisation word (School, Elementary, Center,
Roofing, Credit Union…), or after an employment cue ("works at"). Thai: โรงเรียน…, บริษัท … จำกัด,
สภ./สถานีตำรวจ…, named hospitals (generic ones such as รพ.สต. and รพ.ชุมชน stay).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import (
    CALENDAR_ABBREVIATIONS,
    COMMON_CAP,
    MONTHS,
    SUBJECT_OPENERS,
    WEEKDAYS,
)
from assistant.redact.recognizers.base import RegexRecognizer, Rule, line_around
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import ORGANIZATION

#: A capitalised word; a full stop only after St./Mt./Ft./Co. (Saint, Mount, Fort, Company), so a
#: sentence end never joins two sentences into one name.
#: session 27 — a body's head written short (Katherine Hosp., Shimo Girls Acad.): its full stop is
#: part of the name, not the sentence's.
ABBREVIATED_HEADS = ("Hosp", "Sch", "Acad", "Coll", "Univ", "Ent", "Ctr", "Inst", "Assoc", "Sec", "Ch", "Pharm", "Clin")
#: (session 27: and the abbreviated words a body's name is written with — Lamontville Sec. Sch.,
#: Manhyia Govt. Hosp., Univ. Hosp.)
_ABBREVIATED_WORD = r"(?:St|Mt|Ft|Co|Govt|Sec|Univ|Hosp|Comm|Pri|Prim|Nat|Intl|Mem|Dist|Reg)\."
_CAP = rf"(?:{_ABBREVIATED_WORD}|[A-Z][A-Za-z'’&\-]*|of|the|and|&)"
_SUFFIX = (
    r"(?:School|Schools|Academy|Elementary|Middle|High|Primary|Secondary|College|University|"
    r"Institute|Center|Centre|Clinic|Hospital|Church|Mosque|Temple|Bank|Credit Union|Company|Co\.|"
    r"Corp\.?|Corporation|Inc\.?|LLC|Ltd\.?|Group|Services|Roofing|Packaging|Glass|Motors|Foods|"
    r"Market|Supermarket|Store|Stores|Restaurant|Cafe|Café|Diner|Pharmacy|Assisted Living|"
    r"Nursing Home|Care Home|Shelter|Agency|Association|Foundation|Ministries|Construction|"
    r"Logistics|Transport|Trucking|Plumbing|Electric|Manufacturing|Farms?|Factory|Warehouse|"
    r"Hotel|Salon|Gym|Daycare|Preschool|Kindergarten|Plant|Mill|Dental|Auto|Garage|Bakery|"
    r"Laundry|Cleaners|Landscaping|Industries|Enterprises|Partners|Solutions|Systems|Club|Supply|Supplies|"
    r"Distribution|Printing|Repairs|Repair|Cleaning|Stalls|Stall|Security|Staffing|Insurance|Savings|Outlet|Mall|Plaza|Homecare|Home Care|Home Health|Program|Programme|Project|Ministry|Apartments|"
    # services, faith communities, trades and venues that employ or serve a client
    r"Pediatrics|Paediatrics|Counseling|Counselling|Psychiatry|Therapy|Medical|Healthcare|Hospice|Rehab|"
    r"Collective|Coalition|Alliance|Network|Society|Council|Cooperative|Co-op|Union|Fellowship|Parish|"
    r"Chapel|Synagogue|Cathedral|Lutheran|Baptist|Methodist|Presbyterian|Episcopal|Catholic|Montessori|"
    r"Library|Brewing|Brewery|Utilities|Hardware|Freight|Mgmt|Management|Realty|Properties|Resettlement|"
    r"Kitchen|Bistro|Grill|Tavern|Pub|Bar|Deli|Pizzeria|Studio|Fitness|Motel|Inn|Resort|Lodge|Orchards?|"
    r"Vineyards?|Dairy|Nursery|Greenhouse|Lumber|Tire|Tires|Cannery|Packing|Poultry|Meats|Textiles|"
    # care homes, legal firms, prisons, GP surgeries and small shops named the UK/AU way
    r"Aged Care|Service|Legal|Law|Solicitors|Chambers|Prison|Jail|Gaol|Correctional(?: Facility| Institution| Center| Centre)?|"
    r"CI|Surgery|Spa|Nails|Nail Bar|Barbers?|Barbershop|Trust|Homes|Regional|Memorial|"
    # round 7: any kind of business, service, court or body a note may name (a head noun is
    # enough: "Spinwell Laundromat", "Fernbrook Medical Practice", "Southmoor Youth Court")
    r"Laundromat|Launderette|Laundrette|Practice|Court|Tribunal|Aid|Relief|Partnership|Consortium|"
    r"Depot|Works|Mart|Minimart|Car Wash|Carwash|Auto Body|Body Shop|Panel Beaters|Smash Repairs|"
    r"Workshop|Yard|Haulage|Removals|Couriers|Cargo|Express|Shipping|Travel|Tours|Taxis|Cabs|"
    r"Takeaway|Canteen|Eatery|Cafeteria|Coffee|Roasters|Butchers?|Grocers?|Grocery|Newsagents?|"
    r"Chemists?|Opticians?|Hairdressers?|Beauty|Boutique|Tailors?|Apparel|Fashions?|Garments|"
    r"Plastics|Metals|Steel|Engineering|Fabrication|Builders|Contractors|Scaffolding|Joinery|"
    r"Electrical|Dealership|Tyres|Appliances|Furniture|Flooring|Carpets|Catering|Seafoods?|"
    r"Fisheries|Produce|Packers|Abattoir|Processing|Dry Cleaners|Wellness|Hostel|Hostels|"
    r"Guesthouse|Guest House|Backpackers|Caravan Park|Holiday Park|Refuge|Sanctuary|Mission|"
    r"Gurdwara|Mandir|Masjid|Madrasa|Yeshiva|Kindy|Childcare|Child Care|Creche|Playgroup|"
    # (session 29) a South Asian community's association (Riverside Tamil Sangam, Hindu Samaj)
    r"Sangam|Sangham|Samaj|Sabha|Samiti|"
    r"Tuition|Tutoring|Polytechnic|TAFE|Campus|Grammar|Infirmary|Polyclinic|Dispensary|"
    r"Physio|Physiotherapy|Chiropractic|Dentistry|Optometry|Pathology|Radiology|Diagnostics|"
    r"Imaging|Labs|Laboratory|Authority|Commission|Bureau|Precinct|Barracks|Forum|League|"
    r"Federation|Guild|Committee|Initiative|Charity|Hub|Recovery|"
    # session 8: congregations and works named the way churches and shops name themselves
    r"Assembly|Congregational|Congregation|Tabernacle|Metalworks|Ironworks|Sponsorship|"
    # round 9: labour agencies and programme brands named by a plain noun ("Kinship Connect")
    r"Manpower|Labour Hire|Labor Hire|Recruitment|Recruiters|Placements|Connect|Connections|"
    # round 13: employment agencies and traders named the Hong Kong/Singapore way
    r"Employment|Employment Agency|Trading|Traders|Import Export|Enterprise|Holdings|"
    r"Bridges|Pathways|Horizons|"
    # round 14: housing and support services named by a brand word (Northlight Queer Youth Housing)
    r"Housing|Support|"
    # round 17: corner shops named by their owner the South African/Australian/NZ way
    # ("Fadiel's Spaza", "Mogamat's Tuck Shop", "Kev's Bottle-O", "Ana's Superette")
    r"Spaza|Spaza Shop|Tuck Shop|Tuckshop|Bottle-O|Bottle Shop|Bottlo|Shebeen|Superette|Milk Bar|"
    r"Chippy|Chip Shop|Corner Shop|Cash and Carry|"
    # session 31: food places of the Caribbean and South-East Asia named by their owner or
    # their dish (Mackey's Conch Shack, Sarah's Warung, Mak Siti Kedai, Aling Nena's Carinderia)
    r"Shack|Warung|Kedai|Carinderia|Sari-sari Store|Sari-Sari Store|Food Stall|Food Truck|"
    # round 18: protection services in camps named by their kind ("Nuru Girls' Safe Space")
    r"Safe Space|Safe House|Drop-in|Drop-In|Shipmanagement|Ship Management|Manning|"
    # session 10: practices and funds named the US way (Magnolia Park Pediatric Associates)
    r"Associates|Fund|Outreach|"
    # session 23: local services named by their place and what they give (Liverpool Multicultural
    # Gambling Help); a brand or place word is required, as for Housing and Support
    # (session 25: a help desk named the same way, Bramalea Tenant Help Desk)
    r"Help Desk|Helpdesk|Help|Welfare|"
    # session 23: football and rugby clubs by their letters (Rivers United FC)
    r"FC|AFC|RFC|RLFC|JFC|"
    # session 27: heads written short in forms and hurried notes (Katherine Hosp., Shimo Girls
    # Acad., Lamontville Sec. Sch., Pure Blue Water Ent., St. Munchin's Ch.)
    r"(?:" + "|".join(ABBREVIATED_HEADS) + r")\.)"
)
#: round 18 — a named centre whose kind is written in lower case: "refer to Don Bosco youth
#: centre", "St Kizito vocational centre", "Amani women's centre". The name must hold a word no
#: dictionary knows (validator), so "the Local youth centre" or "Friday youth club" stay.
_EN_LOWER_KIND = re.compile(
    r"(?<![\w.\-])(?P<v>(?:St\.?[^\S\n])?[A-Z][a-z'’\-]+(?:[^\S\n][A-Z][a-z'’\-]+){0,2}[^\S\n]+"
    r"(?:youth|vocational|community|learning|training|skills|counsel+ing|recovery|resource|transit|"
    r"reception|day|women['’]s|children['’]s|girls['’]?|boys['’]?|health|rehab|rehabilitation|wellness)"
    r"[^\S\n]+(?:centre|center|club|hub|space|shelter|programme|program|home|clinic))(?![\w])"
)
#: round 18 — a company after an agency or broker word (in English or inside a Thai note):
#: "agency Luzon Starline Shipmanagement ไม่รับสาย". Two capitalised words at least, so "called
#: the agency Monday" stays.
_EN_AGENCY_CUE = re.compile(
    r"(?<![A-Za-z])(?i:(?:manning|recruitment|employment|placement)[^\S\n]+)?(?i:agency|broker|recruiter)[^\S\n]*:?[^\S\n]+"
    r"(?P<v>[A-Z][\w'’&\-]*(?:[^\S\n](?:[A-Z][\w'’&\-]*|&)){1,4})(?![\w'’&\-])"
)


def _lower_kind_name(value: str) -> bool:
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = [w for w in value.split() if w[:1].isupper() and w not in ("St", "St.")]
    return bool(words) and not all(_ordinary(w.lower().strip("'’")) for w in words) and not _HONORIFIC_FIRST.match(value)


def _agency_name(value: str) -> bool:
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = [w for w in value.split() if w != "&"]
    return _cued_en_org(value) and not all(_ordinary(w.lower()) for w in words)
#: A hospital named by its possessive alone: "Monash Children's", "the Royal Women's)" — the
#: possessive ends the name (no noun after it; "Women's group" is a kind of group).
_EN_POSSESSIVE_HOSPITAL = re.compile(
    r"(?<![\w.\-])(?:[A-Z][a-z][\w\-]*[^\S\n]){1,3}(?:Children|Women|Kids)['’]s(?=[^\S\n]*(?:[),;.]|$))",
    re.MULTILINE,
)
#: A police, fire or Garda station named by its street: "Anglesea St station".
_EN_STREET_STATION = re.compile(
    r"(?<![\w.\-])[A-Z][\w'’\-]*(?:[^\S\n][A-Z][\w'’\-]*)?[^\S\n](?:St|Street|Rd|Road|Ave|Lane)\.?"
    r"[^\S\n](?:(?i:garda|police|fire)[^\S\n])?(?i:station)(?![\w])"
)
#: A company's registered name: capitalised words, then its country in brackets and/or its legal
#: form — Nexora Logistics (Thailand), Orvanta Steel (ประเทศไทย) จำกัด, Halden Motors Co., Ltd.
#: The bracket and the legal form are part of the name (a bracket alone is never a person).
_EN_REGISTERED = re.compile(
    r"(?<![\w.\-])(?:[A-Z][\w&'’\-]*[^\S\n]){0,3}[A-Z][\w&'’\-]*"
    r"(?:(?:[^\S\n]\((?:Thailand|ประเทศไทย|Asia|Asia Pacific|Malaysia|Singapore|Vietnam|Myanmar|Cambodia|Laos|"
    r"Indonesia|Philippines|International)\))"
    r"(?:,?[^\S\n](?:Co\.,?[^\S\n]?Ltd\.?|Company Limited|Limited|Ltd\.?|PCL|Plc|จำกัด(?![ก-๙])(?:[^\S\n]?\(มหาชน\))?))?"
    # (session 26) จำกัด glued to more Thai is the verb "to limit": Digital Wellbeing จำกัด|เวลาเกม
    r"|,?[^\S\n](?:Co\.,[^\S\n]?Ltd\.?|Company Limited|PCL|จำกัด(?![ก-๙])(?:[^\S\n]?\(มหาชน\))?))"
)
#: A police station named after its area: "police report at Phanthai Norasing station" —
#: capitalised words (not a sentence word) right before "station"/"police station"; "the Shell
#: station" is a brand's petrol station, so an article before the name rules it out.
_EN_NAMED_STATION = re.compile(
    r"(?<![\w.\-])(?<!the[^\S\n])(?<!The[^\S\n])(?P<v>(?:[A-Z][a-z][\w'’\-]*[^\S\n]){1,3}(?:(?i:police)[^\S\n])?(?i:station))(?![\w])"
)
#: Agencies named by an abbreviation after a romanised Thai place or an English place name:
#: Wang Daeng SHPH (sub-district health-promoting hospital), Udon Thani PAO, Lak Sam PCU; and
#: community health centres / NGOs written the same way (Eastgate CHC, Harbour PHC).
_EN_ABBREV_HEAD = re.compile(
    r"(?<![\w.\-])(?:[A-Z][a-z][\w'’\-]*[^\S\n]){1,3}"
    r"(?:SHPH|HPH|PCU|PCC|PHC|CHC|PAO|SAO|TAO|NGO|CBO|FQHC|CMHC|CMHT|CAMHS|MSF|DSDW|SSO)(?![\w])"
)
#: Heads written BEFORE the name in Tagalog, Malay, Spanish, Thai (romanised), Hindi/Punjabi:
#: Bahay Silungan ng Pag-asa, Casa Esperanza, Wat Pho Chai, Yayasan Kasih, Gurdwara Singh Sabha.
_EN_TYPE_FIRST = re.compile(
    r"(?<![\w.\-])(?=[BTKCHEIFWRYSPMGA])(?:Bahay|Tahanan|Kanlungan|Casa|Hogar|Escuela|Iglesia|Clinica|Clínica|Centro|"
    r"Fundación|Fundacion|Wat|Rong Rian|Rongrian|Yayasan|Rumah|Sekolah|Klinik|Pondok|Masjid|Gurdwara|"
    r"Mandir|Ashram|Bal Bhavan|Balay|Paaralan)"
    r"(?:[^\S\n](?:ng|sa|de|del|la|las|los|el|ni|para)){0,1}"
    r"(?:[^\S\n][A-Z][\w'’\-]*(?:[^\S\n](?:ng|sa|de|del|la|las|los|el|ni|para)(?=[^\S\n][A-Z]))?){1,4}"
)
#: Sentence and field words that never open an organisation's name ("Discussed First Aid",
#: "Safety Plan Works well"): the name starts after them. Words that may open a name (The, New,
#: Good, Family, Mother …) are not in this list.
_OPENERS_OK = frozenset({
    "The", "New", "Old", "Good", "Home", "School", "Family", "Hospital", "Clinic", "Pharmacy", "Agency",
    "Police", "Court", "Group", "Team", "Work", "Insurance", "Member", "Members", "Parent", "Parents",
    "Doctor", "Nurse", "Teacher", "Mother", "Father", "Sister", "Brother", "Son", "Daughter", "Baby",
    "Kids", "Will", "Outreach", "Caregiver", "Employer", "Landlord", "Counselor", "Counsellor",
})
_NOT_ORG_START = "|".join(sorted(COMMON_CAP - _OPENERS_OK, key=len, reverse=True))
_EN_ORG = re.compile(
    rf"(?<![\w.\-])(?=[A-Z])(?!(?:{_NOT_ORG_START})\s)(?:{_ABBREVIATED_WORD}|[A-Z][A-Za-z'’&\-]*)(?:[^\S\n]{_CAP}){{0,4}}[^\S\n]{_SUFFIX}(?![\w])"
)
#: A school or hospital with its city or campus after the head, ending the clause: Kestrelmoor
#: International School Bangkok. — the city is part of the name (it tells which branch).
_EN_ORG_CITY = re.compile(
    rf"(?<![\w.\-])(?=[A-Z])(?!(?:{_NOT_ORG_START})\s)[A-Z][A-Za-z'’&\-]*(?:[^\S\n]{_CAP}){{0,4}}[^\S\n]"
    # round 18 — a centre or mission of a named body by its port or town: "Stella Maris
    # Seafarers' Centre Laem Chabang"
    r"(?:School|College|University|Academy|Hospital|Clinic|Institute|Centre|Center|Mission)"
    r"(?P<city>[^\S\n][A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)(?=[^\S\n]*(?:[.,;)\n]|$))"
)
_EN_CUE = re.compile(
    r"(?i:\b(?:(?:works|working|worked|started|starts|starting|employed|job|(?<!misses\s)(?<!missed\s)(?<!miss\s)shifts?|intern(?:ship)?|volunteers?|enrolled|attends|goes to|teaches|teaching|studies|studying"
    # session 41: the job's own verb (cleans at Walmart, drives for Owen's Coaches)
    r"|cleans|cleaning|cooks|cooking|drives|driving|packs|packing|stocks|serves|waitresses|waits)\s+"
    r"(?:(?:nights|days|weekends|evenings|mornings|doubles|shifts|part-time|full-time|there)\s+|as\s+(?:an?\s+)?[a-z]+(?:\s[a-z]+)?\s+"
    # session 41: a few words between, of when or what (works two mornings a week at, works security at)
    r"|(?:(?:\d{1,2}|a|an|and|two|three|four|five|six|few|some|week|weekend|night|day|evening|morning|late|early|"
    r"long|split|double|extra|casual|cash|security|cleaning|kitchen|(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|"
    r"nights|days|evenings|mornings|weekends|shifts|part-time|full-time)\s+){1,5}?(?=(?:at|for)\s))?"
    # (session 41: "at the" when the branch's street or town follows: at the Spar on Galgorm Road)
    r"(?:(?:at|@)\s+(?-i:the\s+(?=[A-Z][a-z][\w'’&\-]*(?:\s[A-Z][\w'’&\-]*){0,2}\s(?:on|in|off)\s[A-Z]))?|(?:for|with)\s+)"
    r"|at work\s*\(\s*|employer:?\s+))"
    r"(?P<v>[A-Z][\w'’&\-]*(?<!['’])(?:\s(?:[A-Z][\w'’&\-]*(?<!['’])|of(?![\w'’])|&)){0,4})"
)
#: round 14 — a public body named in full, its words joined by "and"/"of"/"for" and ending in an
#: office word: "Samut Sakhon Provincial Labour Protection and Welfare Office". Too long for the
#: general rule (four words before the head); the joining word or a level word (Provincial,
#: District …) shows it is one name, not a sentence.
_EN_PUBLIC_BODY = re.compile(
    rf"(?<![\w.\-])(?=[A-Z])(?!(?:{_NOT_ORG_START})\s)[A-Z][A-Za-z'’\-]*"
    r"(?:[^\S\n](?:[A-Z][A-Za-z'’\-]*|and|of|for|&)){2,9}"
    r"[^\S\n](?:Office|Department|Centre|Center|Directorate|Bureau|Division|Authority|Commission|Service)(?![\w])"
)
_LEVEL_WORDS = frozenset({"Provincial", "District", "Regional", "Municipal", "City", "County", "State", "Area"})


#: Heads that are also what a service gives (Peer Support, Social Housing, Child Welfare, Gambling Help).
_SERVICE_HEADS = ("Housing", "Support", "Help", "Welfare")


def _named_en_org_head_branded(value: str) -> bool:
    """A service-word head (Housing, Support, Help, Welfare) names a body only with a brand word no
    dictionary knows (Northlight Queer Youth Housing) or the place it serves (Brisbane South
    Vietnamese Family Support, Pietermaritzburg Child Welfare — session 23: WordNet lists many
    cities, so "not in the dictionary" alone missed them); "Peer Support", "Social Housing" are
    kinds of service."""
    if not _named_en_org_head(value):
        return False
    if not value.endswith(_SERVICE_HEADS):
        return True
    return any(w[:1].isupper() and _brand_or_place(w) for w in value.split()[:-1])


def _brand_or_place(word: str) -> bool:
    """A word that names which body: one no English dictionary holds, or a listed place (WordNet
    lists many cities, so the dictionary test alone would miss Brisbane, Leipzig …)."""
    from assistant.redact.gazetteer import latin_place_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    return word in latin_place_names() or not _ordinary(word)


def _public_body(value: str) -> bool:
    """Joined into one name, and naming a place (a non-dictionary word or a level word)."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = value.split()
    placed = any(w in _LEVEL_WORDS or (w[:1].isupper() and not _ordinary(w)) for w in words)
    return placed and ("and" in words or "&" in words or any(w in _LEVEL_WORDS for w in words)) and words[-2] not in {"and", "of", "for", "&"}


#: session 26 — a hospital called by its place and "General" (Southwest General, Mass General,
#: Vancouver General), followed by a department, a lower-case word or a mark; and a Kenyan facility
#: by its level (Nakuru Level 5 Hospital). Titles that end in General (Attorney, Surgeon, Secretary)
#: are offices, not hospitals.
_EN_GENERAL_HOSPITAL = re.compile(
    r"(?<![\w.\-])(?P<v>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?[^\S\n]General)(?=[^\S\n]+[a-z]|[^\S\n]*[,.;:)]|[^\S\n]+(?:ED|ER|ICU)\b)"
    r"|(?<![\w.\-])(?P<k>[A-Z][a-z]+[^\S\n]Level[^\S\n][2-6][^\S\n](?:Hospital|Health[^\S\n]Cent(?:re|er)|Dispensary))(?![\w])"
)
_GENERAL_OFFICES = frozenset({
    "Attorney", "Surgeon", "Secretary", "Solicitor", "Inspector", "Auditor", "Director", "Consul", "Governor",
    "Major", "Lieutenant", "Brigadier", "Postmaster", "Registrar", "Accountant", "Adjutant", "Vicar",
    "Procurator", "Paymaster", "Quartermaster", "Comptroller", "Advocate", "Receiver", "Commissary",
    "In", "The", "A", "Very", "Quite", "More", "Less", "Feeling", "Health", "Appearance", "Condition",
})


_COMPASS_NAMES = frozenset({
    "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central", "Mass",
    "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
})


def _general_hospital(value: str) -> bool:
    """Its place is a name or a compass word, not an office (Attorney) or an ordinary word
    (Overall General health)."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = value.split()[:-1]
    return not any(w in _GENERAL_OFFICES or (w not in _COMPASS_NAMES and _ordinary(w.lower())) for w in words)

#: session 26 — a national police force's local station or unit, named by its place before the
#: force's initials (Surrey RCMP, Harare SAPS, Derry PSNI), or a numbered division after police
#: (Police from 31 Division): the force alone is national (the RCMP), its place locates the client.
_EN_POLICE_UNIT = re.compile(
    r"(?<![\w.\-])(?P<v>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?[^\S\n](?:RCMP|SAPS|PSNI|OPP|SPF|PDRM|NYPD|LAPD))(?![\w])"
    r"|(?i:police|officers?)[^\S\n]+(?:from|at|of)[^\S\n]+(?P<d>\d{1,3}[^\S\n](?:Division|Precinct|District))(?![\w])"
)
#: session 28 (set 92) — the same, the force's initials first (SAPS Motherwell, ZRP Mbare, IPD Dang
#: Wangi, CWC North-West): how Southern African and Malaysian stations and Indian child welfare
#: committees are named.
FORCE_THEN_PLACE = re.compile(
    r"(?<![\w.\-])(?:SAPS|ZRP|RCMP|PSNI|IPD|PDRM|UPF|CWC|DCPU)[^\S\n]"
    r"(?P<p>[A-Z][a-z]+(?:[\-][A-Z][a-z]+|[^\S\n][A-Z][a-z]+)?)(?![\w\-])"
)


def _force_place(value: str) -> bool:
    """The words after the initials name a place: compass words, or words that are no English word
    (a town WordNet lists only as a noun counts as a name: Motherwell). Not an office word (SAPS
    Station, CWC Order)."""
    from assistant.redact.recognizers.location_gazetteer import latin_town
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = re.split(r"[\s\-]", value.split(None, 1)[1])
    return all(w in _COMPASS_NAMES or latin_town(w) or not _ordinary(w) for w in words)


_FORCE_ONLY = frozenset({"The", "A", "An", "And", "Or", "By", "To", "From", "With", "Called", "Local"})
#: session 28 — a public service's local office, named by its town or region before the service's
#: initials (Cardiff YOS, Swansea PDU, Southeast CFS, Kent CAMHS, Cebu CSWDO): the service alone is
#: national, its place says which office holds the client's file.
PLACED_OFFICE = re.compile(
    r"(?<![\w.\-])(?P<v>(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)[^\S\n](?:YOS|YOT|PDU|CFS|CAMHS|CYPS|DCFS|DCF|"
    r"DHS|DSS|DCS|DFPS|CSC|MASH|CYF|FACS|DCJ|DSWD|MSWDO|CSWDO|CWC|DCPU|DCPO|SWD|CPU))(?![\w])"
)


def _placed_office(value: str) -> bool:
    """Its place is a known town or a compass region, not a sentence's opening word (Our CAMHS)."""
    from assistant.redact.recognizers.location_gazetteer import latin_town

    place = value.rsplit(None, 1)[0]
    return place in _COMPASS_NAMES or latin_town(place)


def is_placed_office(value: str) -> bool:
    """A local office named by its place and its service's initials (Kent CAMHS)."""
    return PLACED_OFFICE.fullmatch(value) is not None and _placed_office(value)


def _placed_force(value: str) -> bool:
    return value.split()[0] not in _FORCE_ONLY

#: round 14 — a UK prison or young offender institution, named by its prefix: HMP Gorsefield,
#: HMYOI Ravenbrook, HMP & YOI Low Moss. A second capitalised word joins unless it is a sentence word.
_EN_PRISON = re.compile(
    r"(?<![\w])(?:HMP(?:[^\S\n]?(?:&|/|and)[^\S\n]?YOI)?|HMYOI|YOI|HMIRC|IRC)[^\S\n][A-Z][a-z][\w'’\-]*"
    rf"(?:[^\S\n](?!(?:{_NOT_ORG_START})(?![\w]))[A-Z][a-z][\w'’\-]*)?"
)

#: A job or service role right before "at/from": its workplace follows (manager at X, PCP at X).
_EN_ROLE_AT = re.compile(
    r"\b(?:manager|supervisor|boss|owner|cashier|clerk|cook|chef|server|waitress|waiter|bartender|barista|"
    r"mechanic|driver|dispatcher|janitor|custodian|stocker|aide|nurse|teacher|principal|counselor|"
    r"counsellor|therapist|psychiatrist|PCP|OT|PT|SLP|doctor|pediatrician|chaplain|pastor|advocate|"
    r"case manager|caseworker|coordinator|director|coach|tutor|volunteer|intern|student|employee|staff|"
    r"resident|patient|member|worker|hand|cleaner|labourer|laborer|carer|nanny|housekeeper|porter|picker|"
    r"packer|welder|electrician|plumber|builder|painter|guard|bouncer|dishwasher|stylist|hairdresser|"
    r"technician|assistant|apprentice|trainee|receptionist|accountant|bookkeeper)s?\s+(?:at|from|with)\s+"
    r"(?P<v>[A-Z][\w'’&\-]*(?<!['’])(?:\s(?:[A-Z][\w'’&\-]*(?<!['’])|of(?![\w'’])|&)){0,4})"
)
#: A referral source: "referred by X", "discharged from X", "released from X".
_EN_SOURCE = re.compile(
    r"\b(?i:referred|sent|discharged|released|transferred|laid\s+off|fired|let\s+go|sacked|dismissed|"
    r"terminated|resigned|redundant|job\s+loss|lost\s+(?:(?:his|her|their|the|a)\s+)?job|quit(?:\s+(?:(?:his|her|their|the|a)\s+)?job)?)"
    r"\s+(?:by|from|at|with)\s+(?:the\s+)?"
    r"(?P<v>[A-Z][\w'’&\-]*(?<!['’])(?:\s(?:[A-Z][\w'’&\-]*(?<!['’])|of(?![\w'’])|&)){0,4})"
)
#: Places a client attends or is placed in, with no preposition: "attends Good Shepherd",
#: "unit 4F at Brightwater", "job trial at Trader Joe's".
_EN_ATTENDS = re.compile(
    r"\b(?i:attends|attending|attended|goes\s+to|transferred\s+to|placed\s+at|placed\s+in|"
    r"(?:unit|room|bed|ward|wing|apt)\s+\w{1,5}\s+(?:at|of)|"
    r"job\s+(?:trial|placement|interview|training|coach)\s+(?:at|with)|"
    r"(?:meetings?|services?|mass|worship|youth\s+group|choir)\s+at|"
    # where someone used to work, is held or is cared for: "previously at Oakhurst", "incarcerated
    # at Osborn CI", "don't send me to Crestmoor"
    r"previously\s+(?:at|with)|formerly\s+(?:at|with)|used\s+to\s+work\s+(?:at|for)|"
    # where treatment or a placement happens: "wants detox at Bergen Regional", "bed at Oakview"
    r"(?:detox|rehab|treatment|inpatient|residential|admission|admitted|bed|placement|respite|IOP|PHP|"
    r"dialysis|chemo|surgery|appointment|appt|outpatient)\s+(?:at|in)|"
    r"(?:incarcerated|detained|held|locked\s+up|inmate|remanded)\s+(?:at|in)|"
    r"(?:send|sending|put|putting|take|taking)\s+(?:me|him|her|them|us)\s+(?:back\s+)?(?:to|in))\s+(?:the\s+)?"
    r"(?P<v>[A-Z][\w'’&\-]*(?<!['’])(?:\s(?:[A-Z][\w'’&\-]*(?<!['’])|of(?![\w'’])|&)){0,4})"
)
#: "@ X" in jottings is "at X": a workplace, school or venue ("works nights @ Spinwell
#: Laundromat", "sells nasi lemak @ Tampines Round Market"); an e-mail or handle has no space.
_EN_AT_SIGN = re.compile(
    r"(?:(?<=[\w,;)][^\S\n])|(?<=^)|(?<=\n))@[^\S\n]*(?:the[^\S\n]+)?"
    r"(?P<v>[A-Z][\w'’&\-]*(?<!['’])(?:[^\S\n](?:[A-Z][\w'’&\-]*(?<!['’])|of(?![\w'’])|&)){0,4})"
)
#: A university written as its acronym on a line about study: "Uni counselling (ANU)", "CMU
#: counselling, Fac. of Nursing", "2nd yr at UNSW". Hospital unit acronyms (ICU, PCU) are not.
_UNI_ACRONYM = re.compile(r"(?<![\w\-/])(?:[A-Z]{2,4}U|U[A-Z]{2,4})(?![\w\-/])")
_STUDY_CUE = re.compile(
    r"(?i:(?<![a-z])(?:uni|university|campus|student|stdnt|studnt|semester|sem|faculty|fac\.|"
    r"degree|course|lecturer|tutor|dorm|exam|exams|\d(?:st|nd|rd|th)[^\S\n]+(?:yr|year))(?![a-z]))"
)
_NOT_UNIVERSITY = frozenset({
    "ICU", "PCU", "HDU", "CCU", "NICU", "PICU", "MICU", "SICU", "CICU", "PACU", "MAU", "AMU", "SAU",
    "SDU", "EAU", "CDU", "MHU", "EU", "UK", "US", "USA", "UN", "UNHCR", "UNICEF", "USB", "UTI", "URTI",
    "UDS", "UA", "UCG", "URL",
})
#: session 33 — a hospital written as its acronym where someone works or is treated: "a cook at
#: KHMH", "Treated at NTFGH", "physio at UCH", "care assistant at the KEMH". Hospitals' acronyms end
#: in H far more often than anything else a note abbreviates after at/to/from/in; the risk and
#: screening tools, tests and national bodies that also do are listed (English words in capitals
#: — MASH, DASH, PATH, WITH — are told by the dictionary).
_HOSPITAL_ACRONYM = re.compile(
    r"(?<![A-Za-z])(?i:at|to|from|in)[^\S\n]+(?:the[^\S\n]+)?(?P<a>[A-Z]{2,5}H)(?![\w\-/])"
)
_NOT_HOSPITAL = frozenset({
    "ROSH", "ETOH", "VASH", "TSH", "PTH", "PPH", "ABH", "GBH", "FDH", "PRH", "MOH", "DOH", "MOPH", "CMH", "AMH",
    "YMH", "CYMH", "WPATH", "DSH", "NSH", "BPH", "LVH", "RVH", "SAH", "IVH", "ICH", "ADH", "ACTH",
    "LH", "GH", "HGH", "SIADH", "DKH", "CBH", "OOH", "MDH", "DPH", "OSH", "WH", "IH",
})
#: A person named with where they work, then a verb: "Dawn at Kinnect did the referral",
#: "Marco from Brightline called". The workplace needs no organisation word.
_EN_AFFILIATION = re.compile(
    r"(?<![A-Za-z\-'’])(?!(?:Seen|Met|Saw|Called|Worked|Works|Lives|Stays|Staying|Living|Home|Back|Still|Now|Only)\b)"
    r"[A-Z][a-z]+[^\S\n]+(?:at|from|@)[^\S\n]+"
    r"(?P<v>[A-Z][\w'’&\-]*(?<!['’])(?:[^\S\n][A-Z][\w'’&\-]*(?<!['’])){0,3})[^\S\n]+"
    r"(?:did|does|called|rang|phoned|emailed|said|says|reports|reported|referred|visited|wrote|sent|"
    r"will|would|is|was|has|had|can|could|thinks|agreed|confirmed|advised|asked|offered|helped|arranged)\b"
)


#: Capitalised words joined by "&" name a business (Harrowgate Tile & Stone, Ladle & Loaf):
#: people are joined by "and" or listed, and "Mr & Mrs" is caught by the honorific filter.
_EN_AMPERSAND = re.compile(
    r"(?<![\w&])(?P<v>[A-Z][a-z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}\s?&\s?[A-Z][a-z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3})(?![\w&])"
)


def _business_pair(value: str) -> bool:
    """An "X & Y" name with an ordinary English word in it (Tile, Stone, Loaf), no honorific,
    not a protected term and not a generic service ("Drug & Alcohol")."""
    from assistant.redact.given_names import english_words

    lex = get_lexicon()
    words = [w.strip(".,") for w in re.split(r"\s|&", value) if w.strip(".,")]
    if any(w in lex.en_honorifics or w.rstrip(".") in lex.en_honorifics for w in words):
        return False
    if any(w.lower() in lex.protected_lower for w in words) or is_generic_org(value):
        return False
    from assistant.redact.given_names import given_names, word_names

    vocab = english_words()
    people = given_names() | word_names()
    return any(w.lower() in vocab and w not in people for w in words)


#: A saint's name in the possessive is a parish, school or hospital: St. Aldric's, Saint Jude's.
_EN_SAINT = re.compile(
    r"(?<![\w.])(?:St\.?|Saint)\s[A-Z][a-z]+(?:'s|’s)"
    # round 14: the building or body after the saint belongs to the name (St Brigid's Hall)
    r"(?:\s(?:Hall|Church|School|Primary|College|Hospital|Hospice|Centre|Center|Parish|Cathedral|Chapel|House|Community Centre))?(?![\w])"
)


def _named_workplace(value: str) -> bool:
    """Not a generic service, not an acronym such as ER/ICU, not a weekday or month."""
    if value.isupper() and len(value) <= 5:
        return False
    words = value.split()
    if words[0] == "The" and len(words) >= 3:
        words = words[1:]  # "The Rusty Anchor": a name that starts with "The"
    first = words[0].strip(".,").lower()
    if first in _NOT_WORKPLACE:
        return False
    return _named_en_org(value)


#: session 36 — a weekday or an unambiguous month said before a body's name (seen on Tuesday|
#: Riverside Clinic …) is when, not the name's first word. (May, March, June, August are also
#: names and words: Mayfield, March Road.)
_LEADING_DAY = re.compile(
    "(?:" + "|".join(sorted(WEEKDAYS | MONTHS - {"May", "March", "June", "August"})) + r")[^\S\n]+(?=[A-Z])"
)


def _after_leading_day(text: str, start: int, end: int) -> int:
    m = _LEADING_DAY.match(text, start, end)
    return m.end() if m else start


_NOT_WORKPLACE = frozenset(w.lower() for w in WEEKDAYS | MONTHS | CALENDAR_ABBREVIATIONS) | frozenset({
    "home", "school", "work", "church", "the",
    "this", "that", "his", "her", "their", "our", "my", "a", "an", "i", "we", "he", "she", "they", "it",
    "er", "ed", "icu", "ccu", "nicu", "picu", "al-anon", "alateen", "smart", "celebrate", "group",
    "therapy", "court", "mass", "aa", "na", "iop", "php", "dbt", "cbt",
    "noon", "midday", "midnight", "lunch", "lunchtime", "night", "morning", "evening", "afternoon",
    "tonight", "today", "tomorrow", "weekend", "christmas", "easter", "thanksgiving",
})

_TH_TAIL = r"[^\s,;:()\"“”]+"
#: A Thai word shortened with ฯ (ไปยาลน้อย) is the short form of a long proper name: จุฬาฯ, รามาฯ.
#: The few shortened common words (กรุงเทพฯ the city, ฯลฯ "etc.", royal phrases) are left alone.
_TH_ABBREV_ORG = re.compile(r"(?<![ก-๙])[ก-๙]{3,20}ฯ(?!ล)")
_NOT_ABBREV_ORG = ("กรุงเทพฯ", "เกล้าฯ", "พระบาท", "สมเด็จ", "พระเจ้า", "พระราช", "ฯลฯ")


def _registered_company(value: str) -> bool:
    """Nexora Logistics (Thailand): at least one word before the bracket is not a sentence word."""
    words = re.split(r"[^\S\n]+", value.split("(")[0].split(",")[0].strip())
    words = [w for w in words if w not in ("Co.", "Ltd.", "Ltd", "Company", "Limited", "PCL", "จำกัด")]
    return bool(words) and any(w not in COMMON_CAP and w not in _SENTENCE_OPENERS for w in words)


def _org_with_city(value: str) -> bool:
    """The words after the head are a place, not a sentence word or weekday (… School Monday)."""
    m = _EN_ORG_CITY.fullmatch(value) or _EN_ORG_CITY.match(value)
    city = m.group("city").split() if m else []
    departments = {"Emergency", "Outpatient", "Outpatients", "Inpatient", "Ward", "Department", "Pharmacy", "Reception"}
    return bool(city) and all(w not in COMMON_CAP and w not in departments for w in city) and _named_en_org_head(
        value[: m.start("city")]
    )


def _named_station(value: str) -> bool:
    """Lat Krabang Nuea station: the words before "station" name a place, not a kind of
    station (Police station, Bus station, Train station, The station)."""
    words = [w for w in value.split()[:-1] if w.lower() != "police"]
    kinds = {"Bus", "Train", "Railway", "Fire", "Gas", "Petrol", "Service", "Radio", "Tv", "Metro",
             "Subway", "Police", "Nurses", "Nurse", "Nursing", "Work", "Charging", "Weather", "Space"}
    return bool(words) and all(w not in kinds for w in words) and any(
        w not in COMMON_CAP and w not in _SENTENCE_OPENERS for w in words
    )


def _abbrev_org(value: str) -> bool:
    """Not the city or a royal phrase, and not glued to a verb (อยู่กรุงเทพฯ)."""
    return not any(x in value for x in _NOT_ABBREV_ORG)
#: A Thai work/study cue before a capitalised Latin name: ทำงาน Lazada, เรียนที่ Bangkok Patana.
_TH_CUE_LATIN_ORG = re.compile(
    r"(?:(?:ทำงาน|ฝึกงาน)(?:อยู่)?(?:ที่|กับ)?|เรียน(?:อยู่)?ที่|ที่ทำงาน|"
    # a job word + ที่/ของ before a Latin-script workplace: พนักงานที่ Central Rama 9, แม่บ้านที่ …
    r"(?:พนักงาน|ลูกจ้าง|แม่บ้าน|แคชเชียร์|คนงาน|ยาม|เด็กเสิร์ฟ|พ่อครัว|แม่ครัว|ผู้จัดการ)(?:ประจำ)?(?:ที่|ของ|ร้าน|โรงแรม|บริษัท))[^\S\n]*"
    r"(?P<v>[A-Z][\w'’&\-]*(?:[^\S\n][A-Z][\w'’&\-]*){0,3}(?:[^\S\n]\d{1,3}(?![\d/:.]))?)"
)
#: round 17 — a shop in a Thai note named in Latin script after its Thai shop word: "หน้าร้านเกม
#: Level Up", "ร้านกาแฟ Moon Bean". The Thai kind word belongs to the name (one value).
_TH_SHOP_LATIN = re.compile(
    r"(?P<v>ร้าน[ก-๙]{0,12}[^\S\n]*[A-Z][\w'’&\-]*(?:[^\S\n][A-Z][\w'’&\-]*){0,3})(?![\w'’&\-])"
)


def _latin_shop(value: str) -> bool:
    latin = re.findall(r"[A-Za-z][\w'’&\-]*", value)
    protected = get_lexicon().protected_lower
    return bool(latin) and " ".join(latin).lower() not in protected and not all(w.lower() in protected for w in latin)


#: Thai bodies written as an abbreviation glued to their name (รพ.สต.X, สภ.X, อบต.X): alone, the
#: abbreviation names no body.
TH_BODY_ABBREVIATIONS = ("รพ.สต.", "รพ.", "สภ.", "สน.", "อบต.", "อบจ.", "ทต.", "ทม.")
#: The rest of a glued Thai body name: up to a space or punctuation, and (session 10) never over
#: the next body's or unit's abbreviation — in run-on Thai that is where another name begins
#: (รพ.สต.บ้านX|บอกให้ไป|อบต.X…).
_TH_RUN = (
    "(?:(?!" + "|".join(re.escape(a) for a in (*TH_BODY_ABBREVIATIONS, "ต.", "อ.", "จ.")) + r")[^\s,;:()\"“”])*"
)
_TH_MISSIONS = ("สอท.", "สกญ.", "สถานเอกอัครราชทูต", "สถานทูต", "สถานกงสุล")
_TH_RULES = (
    # โรงเรียน + name glued or after one space; not a bare "โรงเรียน" followed by a verb
    Rule(ORGANIZATION, re.compile(
        r"(?:โรงเรียน|ร\.ร\.|รร\.)(?!(?:ออก|ให้|จะ|ได้|ไม่|ก็|แล้ว|ที่|ของ|และ|เพื่อ|มี|เป็น|ส่ง|แจ้ง|นัด|เรียก|ปิด|เปิด|รับ|บอก|ยัง|เลย|นี้|นั้น|ใหม่|เดิม|เก่า|ประจำ|ตาม|ใน|ด้วย|กับ|ทุก|อีก)[ก-๙]|\s)"
        # session 8 — a kind of school, not a school's name: โรงเรียนเอกชน, โรงเรียนรัฐบาล (alone);
        # session 26 — nor the former, new or old one (ย้ายมาจากโรงเรียนเดิม|⏎)
        r"(?!(?:เอกชน|รัฐบาล|ใกล้บ้าน|แถวบ้าน|นานาชาติ|ประจำ|กินนอน|เดิม|ใหม่|เก่า)(?![ก-๙]))"
        + _TH_TAIL
    ), 0.85),
    Rule(ORGANIZATION, re.compile(r"(?:บริษัท|บจก\.|หจก\.|ห้างหุ้นส่วน)\s*[^\n,;()]{1,60}?\s*(?:จำกัด(?:\s*\(มหาชน\))?)"), 0.9),
    # session 26 — a partnership registered with จำกัด before its name (ห้างหุ้นส่วนจำกัด อุ้มผางพืชผล)
    Rule(ORGANIZATION, re.compile(r"(?:ห้างหุ้นส่วนจำกัด|ห้างหุ้นส่วนสามัญ(?:นิติบุคคล)?)[^\S\n]?[ก-๙]" + _TH_TAIL), 0.85),
    Rule(ORGANIZATION, re.compile(r"(?:สภ\.|สน\.|สถานีตำรวจ(?:ภูธร|นครบาล)?)\s?" + _TH_TAIL), 0.85),
    Rule(ORGANIZATION, re.compile(
        r"(?:รพ\.|โรงพยาบาล)(?!สต\.|ชุมชน|อำเภอ|จังหวัด|จิตเวช|ศูนย์|ทั่วไป|เอกชน|รัฐ|ประจำ|ส่งเสริม|ใกล้|เดิม|นี้|ที่|ด้วย|แล้ว)[ก-๙]" + _TH_RUN
    ), 0.7),
    Rule(ORGANIZATION, re.compile(
        r"(?:มหาวิทยาลัย|วิทยาลัย)(?!(?:เอกชน|รัฐบาล|ของรัฐ|เปิด|ใกล้บ้าน|แถวบ้าน)(?![ก-๙]))[ก-๙]{3,}"
    ), 0.7),
    # a named sub-district health centre or foundation locates the client (รพ.สต.โคกสำราญ)
    Rule(ORGANIZATION, re.compile(r"(?:รพ\.สต\.|มูลนิธิ)[ก-๙]" + _TH_RUN), 0.8),
    # session 10 — an embassy or consulate is named by its city (สอท. ณ กรุงปารีส,
    # สถานกงสุลใหญ่ ณ นครลอสแอนเจลิส): a client abroad is located by it
    Rule(ORGANIZATION, re.compile(
        r"(?:" + "|".join(re.escape(m) for m in _TH_MISSIONS) + r")(?:ใหญ่)?(?:ไทย)?"
        r"[^\S\n]?ณ[^\S\n]?(?:กรุง|นคร|เมือง)[ก-๙]{2,24}"
    ), 0.85),
)

def is_generic_org(value: str) -> bool:
    """True for a kind of service ("Domestic Violence Shelter"), not a named organisation."""
    words = get_lexicon().en_generic_org_words
    return all(w.strip(".,").lower() in words for w in value.split())


def _named_en_org(value: str) -> bool:
    return not is_generic_org(value) and not _POST_OF.match(value)


#: session 36 (keep25) — a post, not a body: "the Head of Secondary", "Director of Nursing".
_POST_OF = re.compile(r"(?:Deputy[^\S\n]+|Assistant[^\S\n]+)?(?:Head|Director|Dean|Chair|Chief|Lead)[^\S\n]+of[^\S\n]")


_HONORIFIC_FIRST = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Mdm|Madam|Mme|Dr|Sir|Dame)\.?[^\S\n]")


def _cued_en_org(value: str) -> bool:
    """A workplace after "employer"/"works for" — unless an honorific opens it: "Employer Mrs Chan
    Mei-kuen" names the person a domestic worker works for, not a company."""
    return not _HONORIFIC_FIRST.match(value) and _named_en_org(value)


def _named_en_org_head(value: str) -> bool:
    """A name before the head noun, not a kin word or a sentence word: "Dad Works nights",
    "The Court" are not organisations (the head list now holds ordinary nouns)."""
    words = value.split()
    first = words[0].strip(".,")
    if len(words) == 2 and words[1] in _BRAND_HEADS and first not in _SENTENCE_OPENERS:
        return True  # a programme brand: "Family Bridges", "Parent Connect" (no sentence reads so)
    if len(words) == 2 and (first.lower() in get_lexicon().en_roles or first in COMMON_CAP):
        return False
    return _named_en_org(value)


#: Heads that only occur in programme and agency brands; the word before them may be ordinary.
_BRAND_HEADS = frozenset({"Connect", "Connections", "Bridges", "Pathways", "Horizons", "Manpower"})
_SENTENCE_OPENERS = SUBJECT_OPENERS | {"A", "An", "No", "To", "Will", "Can"}


_THAI_HEADS = (
    "โรงเรียน", "ร.ร.", "รร.", "โรงพยาบาล", "รพ.สต.", "รพ.", "มหาวิทยาลัย", "วิทยาลัย", "สภ.", "สน.",
    "สถานีตำรวจ", "มูลนิธิ",
)
#: Heads followed by a proper name whose syllables may be common words (สภ.บาง|ละ|มุง,
#: มูลนิธิเด็ก|ไทย|ก้าวหน้า): glued to the head it is always a name; spaced, its first word decides.
_PLACE_HEADS = frozenset({"สภ.", "สน.", "สถานีตำรวจ", "รพ.สต.", "มูลนิธิ"})


#: Words that open a clause: glued after a body's head they say what it does, not its name.
_CLAUSE_OPENERS = frozenset({
    "ที่", "ซึ่ง", "ของ", "ให้", "จะ", "ได้", "และ", "กับ", "นอกเวลา", "ในเวลา", "หาก", "ถ้า",
    # (session 29) when, not which: รพ.สต.|วันที่ ๘ ม.ค. (not พรุ่งนี้: มูลนิธิเด็กเพื่อพรุ่งนี้)
    "วันที่", "วันนี้", "เมื่อวาน", "เวลา", "ตอน", "ช่วง",
})
#: Heads whose name never opens with a verb (a school "that teaches…" is a kind of school).
_SCHOOL_HEADS = frozenset({"โรงเรียน", "ร.ร.", "รร.", "มหาวิทยาลัย", "วิทยาลัย"})


#: Words that open Thai place names (บางพลี, ท่าช้าง, หนองบัว) but are also function words.
_PLACE_PREFIXES = frozenset({"บาง", "ท่า", "หนอง", "ห้วย", "บ้าน", "นา", "ดอน", "โคก", "คลอง", "ปาก", "บึง", "วัง", "ทุ่ง"})
_PLACE_MODIFIERS = frozenset({"ใหญ่", "น้อย", "เหนือ", "ใต้", "กลาง", "ออก", "ตก", "ใน", "นอก", "บน", "ล่าง", "เก่า", "ใหม่"})


def _named_th_org(value: str) -> bool:
    """The name after the head word has no function word or verb (โรงเรียนครบทุกวัน is a sentence)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    if value.startswith(("บริษัท", "บจก.", "หจก.", "ห้างหุ้นส่วน", *_TH_MISSIONS)):
        return True  # (a mission's pattern already asks for ณ and its city)
    th = get_thai_lexicon()
    lex = get_lexicon()
    tail = value
    head_word = ""
    for head in _THAI_HEADS:
        if tail.startswith(head):
            tail = tail[len(head):].strip()
            head_word = head
            break
    tokens = [t for t in th.tokenize(tail) if t.strip()]
    if tokens and (
        tokens[0] in _CLAUSE_OPENERS
        or (head_word in _SCHOOL_HEADS and th.acts(tokens[0]) and all(t in th.words for t in tokens))
    ):
        # (session 18) มูลนิธิ|ที่|ช่วย…, นมโรงเรียน|ใส่|กระเป๋า…: a clause, no name (a school
        # "teaching Chinese" with its own name after, โรงเรียนสอนภาษาจีน|เหลียนหัว, stays)
        return False
    if head_word in _PLACE_HEADS:
        if not value[len(head_word):len(head_word) + 1].isspace():
            return bool(tokens)
        tokens = tokens[:1]
    while len(tokens) > 1 and tokens[-1] in _PLACE_MODIFIERS:
        tokens.pop()  # place names end in ใหญ่/น้อย/เหนือ/ใต้: โรงเรียนวัดบางพลีใหญ่
    tokens = [t for t in tokens if t not in _PLACE_PREFIXES]  # บาง|พลี: "บาง" is not "some" here
    return bool(tokens) and not any(
        t in th.stopwords or t in lex.th_not_surnames or t in lex.th_not_names - {"บ้าน"} for t in tokens
    )


#: session 26 — a school's name glued into a run-on sentence ends with its school word (วิทยาลัย,
#: วิทยาคม, ศึกษา …): ไปเรียนที่โรงเรียนอัมพวันวิทยาลัย|มาสองอาทิตย์. The generic rule above takes the
#: whole run to the next space and drops it when a clause word is inside.
_TH_SCHOOL_RUN_ON = re.compile(
    r"(?:โรงเรียน|ร\.ร\.|รร\.)[ก-๙]{2,24}?"
    r"(?:วิทยานุสรณ์|วิทยานุกูล|วิทยาลัย|วิทยาคาร|พิทยาคาร|วิทยาคม|พิทยาคม|พิทยาลัย|วิทยา|พิทยา|ศึกษา|อนุสรณ์|สามัคคี)"
    r"(?=[ก-๙])"
)
#: A numbered municipal school, with its name when given: โรงเรียนเทศบาล 3 (บ้านหนองแวง).
_TH_MUNICIPAL_SCHOOL = re.compile(
    r"(?:โรงเรียน|ร\.ร\.|รร\.)เทศบาล[^\S\n]?\d{1,2}(?!\d)(?:[^\S\n]?\(?(?:บ้าน|วัด)[ก-๙]+\)?)?"
)
#: "บริษัท สยามรุ่งโรจน์ขนส่ง" with no จำกัด: one Thai chunk right after the company word.
_TH_COMPANY = re.compile(r"(?:บริษัท|บจก\.|หจก\.)[^\S\n]?[ก-๙]{4,}(?![ก-๙])")
#: First words that make "บริษัท…" a clause (บริษัทให้ออก, บริษัทเลิกจ้าง), not a company name.
_COMPANY_CLAUSE = frozenset({
    "เลิก", "จ้าง", "ปิด", "ไล่", "สั่ง", "บอก", "โทร", "แจ้ง", "จ่าย", "ย้าย", "หัก", "ลด", "เก่า", "ใหม่",
    "เดิม", "ยัง", "เลย", "นี้", "นั้น", "ใหญ่", "เล็ก", "ต่าง", "อื่น", "ทัวร์", "ประกัน", "รับ", "เอกชน",
})


def _named_th_company(value: str) -> bool:
    """The chunk after the company word is a name, not a clause or a kind of company."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    th = get_thai_lexicon()
    lex = get_lexicon()
    tail = re.sub(r"^(?:บริษัท|บจก\.|หจก\.)\s?", "", value)
    tokens = [t for t in th.tokenize(tail) if t.strip()]
    return len(tokens) >= 2 and tokens[0] not in _COMPANY_CLAUSE and not any(
        t in th.stopwords or t in lex.th_not_names for t in tokens
    )


#: A school typed in lower case after a school cue: "school = roosevelt middle", "attends
#: kirkwood high". The cue and the school word together make the words before it a name.
_EN_LOWER_SCHOOL = re.compile(
    r"(?:\bschool[^\S\n]*[=:\-][^\S\n]*|\b(?:attends|goes[^\S\n]+to|enrolled[^\S\n]+at|at|"
    # round 17: "has not been to kernview academy", "went back to lakeside middle"
    r"(?:been|gone|went|go|going|back|returned|transferred|moved|sent)[^\S\n]+to)[^\S\n]+)"
    r"(?P<v>[a-z][a-z'’]{2,15}(?:[^\S\n][a-z][a-z'’]{2,15})?[^\S\n](?:(?:public|primary|elementary|middle|high|secondary|junior|senior|catholic|community)[^\S\n]school|middle|high|elementary|elem|primary|academy|college|prep|intermediate))\b"
)


def _lower_school(value: str) -> bool:
    from assistant.redact.recognizers.person_en_lower import _ordinary

    words = value.split()[:-1]
    return words[0] not in {"the", "a", "his", "her", "their", "new", "old", "local", "same"} and any(
        not _ordinary(w) or w.capitalize() in _people() for w in words
    )


def _people() -> frozenset[str]:
    from assistant.redact.given_names import given_names, word_names

    return given_names() | word_names()


#: session 18 — a body written all in capitals, as letterheads and form headers write it
#: (SOUTH YORKSHIRE POLICE, MARIANAS REGIONAL MEDICAL CENTER, SACRAMENTO COUNTY PROBATION
#: DEPARTMENT): capitalised words before a body's head word, on one line.
_EN_CAPS_ORG = re.compile(
    r"(?<![A-Za-z0-9'’.\-])(?:(?:[A-Z][A-Z'’.&\-]{2,}|OF|&)[^\S\n]){1,5}"
    r"(?:POLICE|CONSTABULARY|CENTER|CENTRE|HOSPITAL|DEPARTMENT|SCHOOL|COUNCIL|SERVICES|CLINIC|"
    r"UNIVERSITY|COLLEGE|ACADEMY|ASSOCIATION|FOUNDATION|TRUST|CHURCH|COURT|OFFICE|AGENCY|AUTHORITY|"
    r"COMMISSION|MINISTRY|BOARD|INSTITUTE|PRACTICE|SURGERY|SOCIETY|NETWORK|MISSION|TEMPLE|MOSQUE|"
    r"SHELTER|CHARITY|UNION|COMPANY|CORPORATION|INC\.?|LTD\.?|LLC|PARTNERSHIP|DIVISION|HEALTH|"
    # session 23: projects, refuges, hostels and hubs head letterheads too (THE ANCHOR PROJECT)
    r"PROJECT|REFUGE|HOSTEL|HUB|PROGRAMME|PROGRAM|SERVICE|COLLECTIVE|ALLIANCE|COALITION)"
    r"(?![A-Za-z0-9])"
)


def _caps_org(value: str) -> bool:
    """A named body, not a heading of kind words (MENTAL HEALTH SERVICES, SOCIAL WORK DEPARTMENT,
    CONFIDENTIAL REFERRAL CENTER): a word before the head is neither a kind word nor a form's."""
    words = [w.strip(".,'’") for w in value.split()[:-1]]
    if is_generic_org(" ".join(w.capitalize() for w in value.split())):
        return False
    generic = get_lexicon().en_generic_org_words
    return any(w.isalpha() and w.lower() not in generic and w not in _HEADING_WORDS for w in words)


#: Words of a form's or a letter's heading, not of a body's name.
_HEADING_WORDS = frozenset({
    "CONFIDENTIAL", "REFERRAL", "REPORT", "FORM", "SUMMARY", "NOTE", "NOTES", "PLAN", "INTAKE", "ASSESSMENT",
    "DISCHARGE", "PROGRESS", "CASE", "FILE", "URGENT", "DRAFT", "PRIVATE", "NEW", "OLD", "LOCAL", "MAIN",
    "THE", "OF", "AND", "RE", "TO", "FROM", "FOR", "COPY", "ATTN", "DEAR", "SUBJECT", "REFER", "REFERRED",
    "CALL", "CONTACT", "SEE", "SEEN", "NEXT", "VISIT", "ACTION", "NOTIFY", "NOTIFIED", "INFORM", "ADVISED",
})


#: session 20 — a university or college named "of" its place or founder (University of Canterbury,
#: College of St Hild): the words after "of" hold a listed place or a word no English dictionary
#: holds; a subject (College of Nursing) names a kind.
_EN_OF_PLACE = re.compile(
    r"(?<![\w.\-])(?:University|Universiti|Institute|College|Academy|Polytechnic|Diocese|Archdiocese)"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<p>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z][\w'’\-]+){0,2})"
)


#: What joins the head to its place, as the rule matches it (any spaces or tabs, an optional "the").
_OF = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")


def _of_a_place(value: str) -> bool:
    from assistant.redact.gazetteer import latin_place_names

    words = _OF.split(value, maxsplit=1)[1].split()
    return " ".join(words) in latin_place_names() or any(_brand_or_place(w) for w in words)


#: session 23 — a European sports club, its letters first and often its founding year after
#: (SV Reudnitz 09, TSV 1860 München, VfB Stuttgart, FC Sankt Pauli, AS Roma): the club of a
#: child or a parent locates them as a school does.
_EN_CLUB_FIRST = re.compile(
    r"(?<![\w])(?:SV|TSV|VfB|VfL|SpVgg|SG|FC|SC|AS|AC|US|CD|CF|SK|IF|BK|FK|NK|KS)[^\S\n]+"
    r"(?:\d{2,4}[^\S\n]+)?[A-Z][\w'’\-]*(?:[^\S\n]+[A-Z][\w'’\-]*)?(?:[^\S\n]+\d{2,4}(?![\w/.:]))?"
)


#: session 23 — a parish, school or church named for Our Lady or Our Saviour (Our Lady Star of the
#: Sea, Our Lady of the Rosary, Our Saviour's Lutheran): the dedication names one congregation.
_EN_OUR_LADY = re.compile(
    r"(?<![\w])(?:Our[^\S\n]+(?:Lady|Saviour|Savior)(?:['’]s)?(?:[^\S\n]+of(?:[^\S\n]+the)?)?"
    r"(?:[^\S\n]+[A-Z][\w'’\-]*){1,2}(?:[^\S\n]+of[^\S\n]+the[^\S\n]+[A-Z][\w'’\-]*)?"
    r"|our[^\S\n]+(?:lady|saviour|savior)(?:['’]s)?(?:[^\S\n]+of(?:[^\S\n]+the)?)?[^\S\n]+[a-z][a-z'’\-]+)"
)


#: A word of the sentence after a bare "our lady", not of a dedication (prays to our lady daily).
_NOT_DEDICATION = frozenset({
    "daily", "every", "each", "and", "or", "for", "to", "at", "in", "on", "with", "when", "because", "again", "often",
    "is", "was", "has", "statue", "picture", "medal", "prayer", "prayers", "novena", "by", "the", "a", "of",
})


def _our_lady(value: str) -> bool:
    """The dedication's own words, not a word of the sentence after a bare "our lady"."""
    return value.split()[-1].lower() not in _NOT_DEDICATION


def _club_name(value: str) -> bool:
    """The club's name holds a word no dictionary knows or a place (not "AS Level", "SC Johnson"
    products aside, "US Embassy", "AC Unit")."""
    words = [w for w in value.split()[1:] if not w.isdigit()]
    return bool(words) and any(_brand_or_place(w) for w in words)


_RULES = (
    Rule(ORGANIZATION, _EN_OUR_LADY, 0.75, validate=_our_lady),
    Rule(ORGANIZATION, _EN_CLUB_FIRST, 0.7, validate=_club_name),
    Rule(ORGANIZATION, _EN_OF_PLACE, 0.8, validate=_of_a_place),
    Rule(ORGANIZATION, _EN_CAPS_ORG, 0.75, validate=_caps_org),
    Rule(ORGANIZATION, _EN_LOWER_SCHOOL, 0.65, group="v", validate=_lower_school),
    Rule(ORGANIZATION, _EN_ORG, 0.8, validate=_named_en_org_head_branded),
    Rule(ORGANIZATION, _EN_PUBLIC_BODY, 0.8, validate=_public_body),
    Rule(ORGANIZATION, _EN_PRISON, 0.85),
    Rule(ORGANIZATION, _EN_GENERAL_HOSPITAL, 0.75, group="v", validate=_general_hospital),
    Rule(ORGANIZATION, _EN_GENERAL_HOSPITAL, 0.8, group="k"),
    Rule(ORGANIZATION, _EN_POLICE_UNIT, 0.8, group="v", validate=_placed_force),
    Rule(ORGANIZATION, PLACED_OFFICE, 0.8, group="v", validate=_placed_office),
    Rule(ORGANIZATION, FORCE_THEN_PLACE, 0.8, validate=_force_place),
    Rule(ORGANIZATION, _EN_POLICE_UNIT, 0.8, group="d"),
    Rule(ORGANIZATION, _EN_CUE, 0.75, group="v", validate=_cued_en_org),
    Rule(ORGANIZATION, _EN_LOWER_KIND, 0.75, group="v", validate=_lower_kind_name),
    Rule(ORGANIZATION, _EN_AGENCY_CUE, 0.75, group="v", validate=_agency_name),
    Rule(ORGANIZATION, _EN_ROLE_AT, 0.7, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _EN_SOURCE, 0.7, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _EN_SAINT, 0.75),
    Rule(ORGANIZATION, _EN_AMPERSAND, 0.7, group="v", validate=_business_pair),
    Rule(ORGANIZATION, _EN_AFFILIATION, 0.65, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _EN_ATTENDS, 0.7, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _EN_AT_SIGN, 0.7, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _EN_ABBREV_HEAD, 0.75, validate=_named_en_org),
    Rule(ORGANIZATION, _EN_TYPE_FIRST, 0.7),
    Rule(ORGANIZATION, _EN_POSSESSIVE_HOSPITAL, 0.7),
    Rule(ORGANIZATION, _EN_STREET_STATION, 0.75),
    Rule(ORGANIZATION, _EN_REGISTERED, 0.85, validate=_registered_company),
    Rule(ORGANIZATION, _EN_NAMED_STATION, 0.75, group="v", validate=_named_station),
    Rule(ORGANIZATION, _EN_ORG_CITY, 0.8, validate=_org_with_city),
    Rule(ORGANIZATION, _TH_ABBREV_ORG, 0.7, validate=_abbrev_org),
    Rule(ORGANIZATION, _TH_CUE_LATIN_ORG, 0.7, group="v", validate=_named_en_org),
    Rule(ORGANIZATION, _TH_SHOP_LATIN, 0.75, group="v", validate=_latin_shop),
    *(Rule(r.entity, r.regex, r.score, r.group, _named_th_org) for r in _TH_RULES),
    # session 12 — an army, police or air-force unit is named by its number (กองพันทหารปืนใหญ่ที่ 31,
    # กรมทหารราบที่ 3, มณฑลทหารบกที่ 23): it places a soldier's family at one camp
    Rule(ORGANIZATION, re.compile(
        r"(?:กองพัน|กองร้อย|กองพล|กรมทหาร|มณฑลทหารบก|จังหวัดทหารบก|กองบิน|กองเรือ|กองกำกับการ)"
        r"[ก-๙]{0,30}?ที่[^\S\n]?\d{1,3}(?![\d/:.])"
    ), 0.8),
    Rule(ORGANIZATION, _TH_COMPANY, 0.75, validate=_named_th_company),
    Rule(ORGANIZATION, _TH_MUNICIPAL_SCHOOL, 0.85),
    Rule(ORGANIZATION, _TH_SCHOOL_RUN_ON, 0.75),
)

#: round 14 — a workplace dictated in lower case after "works at": "works at pennington tyre and
#: exhaust on the old industrial estate". The first word must be no dictionary word (a family or
#: brand name); the name runs on through lower-case words and "and"/"&" until a preposition,
#: pronoun, article or the clause end.
_EN_LOWER_WORKPLACE = re.compile(
    r"(?<![A-Za-z])(?=[wejs])(?:works|working|worked|employed|job|started|starts|shifts?)[^\S\n]+(?:(?:work|there)[^\S\n]+)?(?:at|for)[^\S\n]+"
    r"(?P<v>[a-z][a-z'’\-]{2,}(?:[^\S\n]+(?:&|[a-z][a-z'’\-]*)){0,5})"
)
_WORKPLACE_STOPS = frozenset({
    "on", "in", "at", "near", "by", "since", "for", "from", "as", "but", "so", "because", "until", "till",
    "he", "she", "they", "i", "we", "you", "his", "her", "their", "him", "them", "the", "a", "an", "this",
    "that", "who", "which", "where", "when", "then", "now", "also", "and", "&", "off", "with", "to",
    "himself", "herself", "themselves", "themself", "myself", "yourself", "ourselves", "someone",
    "somewhere", "home", "nights", "days", "weekends", "present", "least", "all", "most", "times",
})


def _lower_workplaces(text: str) -> list[tuple[int, int]]:
    from assistant.redact.recognizers.person_en_lower import _ordinary

    out: list[tuple[int, int]] = []
    for m in _EN_LOWER_WORKPLACE.finditer(text):
        words = list(re.finditer(r"\S+", m.group("v")))
        first = words[0].group()
        if first in _WORKPLACE_STOPS or _ordinary(first) or first in _people_lower():
            continue
        end = words[0].end()
        for i, w in enumerate(words[1:], start=1):
            token = w.group()
            if token in {"and", "&"} and i + 1 < len(words) and words[i + 1].group() not in _WORKPLACE_STOPS:
                continue
            if token in _WORKPLACE_STOPS or not token.isalpha():
                break
            end = w.end()
        out.append((m.start("v"), m.start("v") + end))
    return out


@lru_cache(maxsize=1)
def _people_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in _people())


#: round 16 — boundaries of an English name already found: "Institute of Design", "University of
#: the Arts" (an "of" phrase after an academic head), "Kadut Lodge 2" (a numbered lodge, dormitory
#: or tower), and a leading "The" inside a sentence ("at The Teak Residence").
_OF_HEADS = ("Institute", "University", "College", "Academy", "School", "Polytechnic")
_NUMBERED_HEADS = ("Lodge", "Dormitory", "Hostel", "Tower", "Towers", "Residence", "Residences", "Dorm")
_OF_TAIL = re.compile(
    r"[^\S\n]of[^\S\n](?:the[^\S\n])?[A-Z][a-z]+(?:[^\S\n](?:and|&)[^\S\n][A-Z][a-z]+|[^\S\n][A-Z][a-z]+)?(?![\w])"
)
_NUMBER_TAIL = re.compile(
    r"[^\S\n]\d{1,3}[A-Z]?(?=[^\S\n]*(?:[,;)\n]|$))"
)
_THE_BEFORE = re.compile(r"(?<=[a-z,:;][^\S\n])The[^\S\n]$")


def _extend_en(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with an academic "of" phrase, a lodge number and a mid-sentence "The" joined."""
    tail = _OF_TAIL.match(text, end) if text[start:end].endswith(_OF_HEADS) else None
    if tail:
        end = tail.end()
    num = _NUMBER_TAIL.match(text, end) if text[start:end].endswith(_NUMBERED_HEADS) else None
    if num:
        end = num.end()
    if start >= 4 and _THE_BEFORE.search(text, start - 4, start):
        start -= 4
    return start, end


#: round 21 — a place's name before a lower-case kind of health unit: "Nong Bua sub-district
#: hospital", "Mae Ramat district hospital", "Kilmore community clinic" (the unnamed "the district
#: hospital" has no capitalised place before it, and a sentence word opening the run is cut off).
_PLACE_HEALTH_UNIT = re.compile(
    r"(?<![\w\-])(?P<n>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z][\w'’\-]+){0,3})[^\S\n]+"
    r"(?:sub-?district|district|provincial|community|regional|general|township|municipal|county|rural|"
    r"tambon|subdistrict)[^\S\n]+(?:hospital|health[^\S\n]+(?:cent(?:re|er)|post|station)|clinic)(?![\w\-])"
)


#: session 33 — a French or Spanish service's acronym, then the place it serves (CHU de Libreville,
#: CSPS de Sarfalao, PMI de Kawéni, CISSS des Îles, CLSC de Parc-Extension, CEN-CINAI de La
#: Uruca): the acronym names a kind of body, the place makes it one; on the open sets every such
#: phrase was labelled a body.
_ACRONYM_OF_PLACE = re.compile(
    r"(?<![\w\-])[A-Z]{2,6}(?:-[A-Z]{2,6})?[^\S\n]+(?:de|du|des|d['’])[^\S\n]*"
    r"(?:(?:La|Le|Les|L['’])[^\S\n]*)?[A-ZÀ-Ý][\w'’\-]+(?:[^\S\n]+[A-ZÀ-Ý][\w'’\-]+){0,2}"
)


def _hospital_acronyms(text: str) -> list[tuple[int, int]]:
    """Spans of hospital acronyms after at/to/from/in, on lines written in ordinary case (a form
    shouting every word in capitals — REFERRED TO MASH WITH — is left to the other rules)."""
    from assistant.redact.given_names import is_english_word

    out = []
    protected = get_lexicon().protected_lower
    for m in _HOSPITAL_ACRONYM.finditer(text):
        a = m.group("a")
        if a in _NOT_HOSPITAL or is_english_word(a.lower()) or a.lower() in protected:
            continue
        if sum(c.islower() for c in line_around(text, m.start(), m.end())) < 8:
            continue
        out.append((m.start("a"), m.end("a")))
    return out


class OrganizationRecognizer(RegexRecognizer):
    """Organisation names in English and Thai (ORGANIZATION)."""

    def __init__(self) -> None:
        super().__init__("OrganizationRecognizer", _RULES)

    def analyze(self, text, entities, nlp_artifacts=None):
        from assistant.redact.resolve import glued_body_end

        out = [
            self.result(ORGANIZATION, *_extend_en(text, _after_leading_day(text, r.start, r.end), r.end), r.score)
            if text[r.start:r.start + 1].isascii()
            else self.result(ORGANIZATION, r.start, glued_body_end(text, r.start, r.end), r.score)
            for r in super().analyze(text, entities, nlp_artifacts)
        ]
        if "at " in text or "for " in text:
            for start, end in _lower_workplaces(text):
                out.append(self.result(ORGANIZATION, start, end, 0.65))
        for m in _PLACE_HEALTH_UNIT.finditer(text):
            words = list(re.finditer(r"\S+", m.group("n")))
            while words and words[0].group(0) in COMMON_CAP:
                words.pop(0)
            if words:
                out.append(self.result(ORGANIZATION, m.start("n") + words[0].start(), m.end(), 0.75))
        if " d" in text:
            for m in _ACRONYM_OF_PLACE.finditer(text):
                out.append(self.result(ORGANIZATION, m.start(), m.end(), 0.7))
        for start, end in _hospital_acronyms(text):
            out.append(self.result(ORGANIZATION, start, end, 0.65))
        for m in _UNI_ACRONYM.finditer(text):
            if m.group(0) in _NOT_UNIVERSITY or m.group(0).lower() in get_lexicon().protected_lower:
                continue
            if _STUDY_CUE.search(line_around(text, m.start(), m.end())):
                out.append(self.result(ORGANIZATION, m.start(), m.end(), 0.65))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
