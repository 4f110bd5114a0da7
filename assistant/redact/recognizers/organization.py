"""Schools, employers and other organisations that can locate a client.

English: a run of capitalised words ending in an organisation word (School, Elementary, Center,
Roofing, Credit Union…), or after an employment cue ("works at"). Thai: โรงเรียน…, บริษัท … จำกัด,
สภ./สถานีตำรวจ…, named hospitals (generic ones such as รพ.สต. and รพ.ชุมชน stay).
"""

from __future__ import annotations

import re

from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.types import ORGANIZATION

_CAP = r"(?:[A-Z][A-Za-z'’&\-]*\.?|of|the|and|&)"
_SUFFIX = (
    r"(?:School|Schools|Academy|Elementary|Middle|High|Primary|Secondary|College|University|"
    r"Institute|Center|Centre|Clinic|Hospital|Church|Mosque|Temple|Bank|Credit Union|Company|Co\.|"
    r"Corp\.?|Corporation|Inc\.?|LLC|Ltd\.?|Group|Services|Roofing|Packaging|Glass|Motors|Foods|"
    r"Market|Supermarket|Store|Stores|Restaurant|Cafe|Café|Diner|Pharmacy|Assisted Living|"
    r"Nursing Home|Care Home|Shelter|Agency|Association|Foundation|Ministries|Construction|"
    r"Logistics|Transport|Trucking|Plumbing|Electric|Manufacturing|Farms?|Factory|Warehouse|"
    r"Hotel|Salon|Gym|Daycare|Preschool|Kindergarten|Plant|Mill|Dental|Auto|Garage|Bakery|"
    r"Laundry|Cleaners|Landscaping|Industries|Enterprises|Partners|Solutions|Systems|Club|Supply|Supplies|"
    r"Distribution|Printing|Repair|Cleaning|Security|Staffing|Insurance|Savings|Outlet|Mall|Plaza|Homecare|Home Care|Home Health|Program|Programme|Project|Ministry|Apartments|"
    # services, faith communities, trades and venues that employ or serve a client
    r"Pediatrics|Paediatrics|Counseling|Counselling|Psychiatry|Therapy|Medical|Healthcare|Hospice|Rehab|"
    r"Collective|Coalition|Alliance|Network|Society|Council|Cooperative|Co-op|Union|Fellowship|Parish|"
    r"Chapel|Synagogue|Cathedral|Lutheran|Baptist|Methodist|Presbyterian|Episcopal|Catholic|Montessori|"
    r"Library|Brewing|Brewery|Utilities|Hardware|Freight|Mgmt|Management|Realty|Properties|Resettlement|"
    r"Kitchen|Bistro|Grill|Tavern|Pub|Bar|Deli|Pizzeria|Studio|Fitness|Motel|Inn|Resort|Lodge|Orchards?|"
    r"Vineyards?|Dairy|Nursery|Greenhouse|Lumber|Tire|Tires|Cannery|Packing|Poultry|Meats|Textiles)"
)
_EN_ORG = re.compile(rf"(?<![\w.\-])[A-Z][A-Za-z'’&\-]*\.?(?:\s{_CAP}){{0,4}}\s{_SUFFIX}(?![\w])")
_EN_CUE = re.compile(
    r"(?i:\b(?:(?:works|working|worked|employed|job|shift|shifts|intern(?:ship)?|volunteers?|enrolled|attends|goes to|teaches|teaching|studies|studying)\s+(?:(?:nights|days|weekends|evenings|mornings|doubles|shifts|part-time|full-time|there)\s+|as\s+(?:an?\s+)?[a-z]+(?:\s[a-z]+)?\s+)?(?:at|for|with)\s+|at work\s*\(\s*|employer:?\s+))"
    r"(?P<v>[A-Z][\w'’&\-]*(?:\s(?:[A-Z][\w'’&\-]*|of|&)){0,4})"
)

#: A job or service role right before "at/from": its workplace follows (manager at X, PCP at X).
_EN_ROLE_AT = re.compile(
    r"\b(?:manager|supervisor|boss|owner|cashier|clerk|cook|chef|server|waitress|waiter|bartender|barista|"
    r"mechanic|driver|dispatcher|janitor|custodian|stocker|aide|nurse|teacher|principal|counselor|"
    r"counsellor|therapist|psychiatrist|PCP|OT|PT|SLP|doctor|pediatrician|chaplain|pastor|advocate|"
    r"case manager|caseworker|coordinator|director|coach|tutor|volunteer|intern|student|employee|staff|"
    r"resident|patient|member|worker)s?\s+(?:at|from|with)\s+"
    r"(?P<v>[A-Z][\w'’&\-]*(?:\s(?:[A-Z][\w'’&\-]*|of|&)){0,4})"
)
#: A referral source: "referred by X", "discharged from X", "released from X".
_EN_SOURCE = re.compile(
    r"\b(?i:referred|sent|discharged|released|transferred)\s+(?:by|from)\s+(?:the\s+)?"
    r"(?P<v>[A-Z][\w'’&\-]*(?:\s(?:[A-Z][\w'’&\-]*|of|&)){0,4})"
)
#: Places a client attends or is placed in, with no preposition: "attends Good Shepherd",
#: "unit 4F at Brightwater", "job trial at Trader Joe's".
_EN_ATTENDS = re.compile(
    r"\b(?i:attends|attending|attended|goes\s+to|transferred\s+to|placed\s+at|placed\s+in|"
    r"(?:unit|room|bed|ward|wing|apt)\s+\w{1,5}\s+(?:at|of)|"
    r"job\s+(?:trial|placement|interview|training|coach)\s+(?:at|with)|"
    r"(?:meetings?|services?|mass|worship|youth\s+group|choir)\s+at)\s+(?:the\s+)?"
    r"(?P<v>[A-Z][\w'’&\-]*(?:\s(?:[A-Z][\w'’&\-]*|of|&)){0,4})"
)
#: A saint's name in the possessive is a parish, school or hospital: St. Aldric's, Saint Jude's.
_EN_SAINT = re.compile(r"(?<![\w.])(?:St\.?|Saint)\s[A-Z][a-z]+(?:'s|’s)(?![\w])")


def _named_workplace(value: str) -> bool:
    """Not a generic service, not an acronym such as ER/ICU, not a weekday or month."""
    if value.isupper() and len(value) <= 5:
        return False
    first = value.split()[0].strip(".,").lower()
    if first in _NOT_WORKPLACE:
        return False
    return _named_en_org(value)


_NOT_WORKPLACE = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "home", "school", "work", "church", "the",
    "this", "that", "his", "her", "their", "our", "my", "a", "an", "i", "we", "he", "she", "they", "it",
    "er", "ed", "icu", "ccu", "nicu", "picu", "al-anon", "alateen", "smart", "celebrate", "group",
    "therapy", "court", "mass", "aa", "na", "iop", "php", "dbt", "cbt",
})

_TH_TAIL = r"[^\s,;:()\"“”]+"
#: A Thai word shortened with ฯ (ไปยาลน้อย) is the short form of a long proper name: จุฬาฯ, รามาฯ.
#: The few shortened common words (กรุงเทพฯ the city, ฯลฯ "etc.", royal phrases) are left alone.
_TH_ABBREV_ORG = re.compile(r"(?<![ก-๙])[ก-๙]{3,20}ฯ(?!ล)")
_NOT_ABBREV_ORG = ("กรุงเทพฯ", "เกล้าฯ", "พระบาท", "สมเด็จ", "พระเจ้า", "พระราช", "ฯลฯ")


def _abbrev_org(value: str) -> bool:
    """Not the city or a royal phrase, and not glued to a verb (อยู่กรุงเทพฯ)."""
    return not any(x in value for x in _NOT_ABBREV_ORG)
#: A Thai work/study cue before a capitalised Latin name: ทำงาน Lazada, เรียนที่ Bangkok Patana.
_TH_CUE_LATIN_ORG = re.compile(
    r"(?:(?:ทำงาน|ฝึกงาน)(?:อยู่)?(?:ที่|กับ)?|เรียน(?:อยู่)?ที่|ที่ทำงาน)[^\S\n]*"
    r"(?P<v>[A-Z][\w'’&\-]*(?:[^\S\n][A-Z][\w'’&\-]*){0,3})"
)
_TH_RULES = (
    # โรงเรียน + name glued or after one space; not a bare "โรงเรียน" followed by a verb
    Rule(ORGANIZATION, re.compile(
        r"(?:โรงเรียน|ร\.ร\.|รร\.)(?!(?:ออก|ให้|จะ|ได้|ไม่|ก็|แล้ว|ที่|ของ|และ|เพื่อ|มี|เป็น|ส่ง|แจ้ง|นัด|เรียก|ปิด|เปิด|รับ|บอก|ยัง|เลย|นี้|นั้น|ใหม่|เดิม|เก่า|ประจำ|ตาม|ใน|ด้วย|กับ|ทุก|อีก)[ก-๙]|\s)"
        + _TH_TAIL
    ), 0.85),
    Rule(ORGANIZATION, re.compile(r"(?:บริษัท|บจก\.|หจก\.|ห้างหุ้นส่วน)\s*[^\n,;()]{1,60}?\s*(?:จำกัด(?:\s*\(มหาชน\))?)"), 0.9),
    Rule(ORGANIZATION, re.compile(r"(?:สภ\.|สน\.|สถานีตำรวจ(?:ภูธร|นครบาล)?)\s?" + _TH_TAIL), 0.85),
    Rule(ORGANIZATION, re.compile(
        r"(?:รพ\.|โรงพยาบาล)(?!สต\.|ชุมชน|อำเภอ|จังหวัด|จิตเวช|ศูนย์|ทั่วไป|เอกชน|รัฐ|ประจำ|ส่งเสริม|ใกล้|เดิม|นี้|ที่|ด้วย|แล้ว)[ก-๙][^\s,;:()\"“”]*"
    ), 0.7),
    Rule(ORGANIZATION, re.compile(r"(?:มหาวิทยาลัย|วิทยาลัย)[ก-๙]{3,}"), 0.7),
    # a named sub-district health centre or foundation locates the client (รพ.สต.โคกสำราญ)
    Rule(ORGANIZATION, re.compile(r"(?:รพ\.สต\.|มูลนิธิ)[ก-๙][^\s,;:()\"“”]*"), 0.8),
)

def is_generic_org(value: str) -> bool:
    """True for a kind of service ("Domestic Violence Shelter"), not a named organisation."""
    words = get_lexicon().en_generic_org_words
    return all(w.strip(".,").lower() in words for w in value.split())


def _named_en_org(value: str) -> bool:
    return not is_generic_org(value)


_THAI_HEADS = (
    "โรงเรียน", "ร.ร.", "รร.", "โรงพยาบาล", "รพ.สต.", "รพ.", "มหาวิทยาลัย", "วิทยาลัย", "สภ.", "สน.",
    "สถานีตำรวจ", "มูลนิธิ",
)
#: Heads followed by a proper name whose syllables may be common words (สภ.บาง|ละ|มุง,
#: มูลนิธิเด็ก|ไทย|ก้าวหน้า): glued to the head it is always a name; spaced, its first word decides.
_PLACE_HEADS = frozenset({"สภ.", "สน.", "สถานีตำรวจ", "รพ.สต.", "มูลนิธิ"})


#: Words that open Thai place names (บางพลี, ท่าช้าง, หนองบัว) but are also function words.
_PLACE_PREFIXES = frozenset({"บาง", "ท่า", "หนอง", "ห้วย", "บ้าน", "นา", "ดอน", "โคก", "คลอง", "ปาก", "บึง", "วัง", "ทุ่ง"})
_PLACE_MODIFIERS = frozenset({"ใหญ่", "น้อย", "เหนือ", "ใต้", "กลาง", "ออก", "ตก", "ใน", "นอก", "บน", "ล่าง", "เก่า", "ใหม่"})


def _named_th_org(value: str) -> bool:
    """The name after the head word has no function word or verb (โรงเรียนครบทุกวัน is a sentence)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    if value.startswith(("บริษัท", "บจก.", "หจก.", "ห้างหุ้นส่วน")):
        return True
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


_RULES = (
    Rule(ORGANIZATION, _EN_ORG, 0.8, validate=_named_en_org),
    Rule(ORGANIZATION, _EN_CUE, 0.75, group="v", validate=_named_en_org),
    Rule(ORGANIZATION, _EN_ROLE_AT, 0.7, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _EN_SOURCE, 0.7, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _EN_SAINT, 0.75),
    Rule(ORGANIZATION, _EN_ATTENDS, 0.7, group="v", validate=_named_workplace),
    Rule(ORGANIZATION, _TH_ABBREV_ORG, 0.7, validate=_abbrev_org),
    Rule(ORGANIZATION, _TH_CUE_LATIN_ORG, 0.7, group="v", validate=_named_en_org),
    *(Rule(r.entity, r.regex, r.score, r.group, _named_th_org) for r in _TH_RULES),
    Rule(ORGANIZATION, _TH_COMPANY, 0.75, validate=_named_th_company),
    Rule(ORGANIZATION, _TH_MUNICIPAL_SCHOOL, 0.85),
)


class OrganizationRecognizer(RegexRecognizer):
    """Organisation names in English and Thai (ORGANIZATION)."""

    def __init__(self) -> None:
        super().__init__("OrganizationRecognizer", _RULES)
