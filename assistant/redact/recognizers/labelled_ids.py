"""Numbers introduced by a label: case/intake/HN/AN numbers and MRN/student/Medicaid/A-numbers.

The label decides the type and stays outside the span ("Medicaid #" survives, the number goes).
Long bare digit runs (9+ digits, not a phone shape) are IDs too: nothing else in a note is that long.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import CALENDAR_PARTS, RegexRecognizer, Rule, to_ascii_digits
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import CASE_NUMBER, ID_NUMBER

# value: letters/digits with inner dashes, slashes or single spaces before digits; ≥3 digits
# (session 35: or an inner dot, as Latin America and Europe print them: CPF 412.086.573-80, RUT
# 26.418.903-K, AHV 756.4187.2290.63, Processo 211/24.6PJPR, PM.nr.47/2025)
_VALUE = r"(?P<v>[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])| (?=\d)){2,30})"
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")


#: A date or time at the start ("Intake 3/4 14:00"): the label introduced a date, not a number.
#: An ISO date-time (2026-11-30T09:15) is a timestamp whatever label stands before it.
_DATE_FIRST = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?[^\S\n]|\d{4}-\d{1,2}-\d{1,2}(?:$|T\d)")


def _id_like(value: str) -> bool:
    """At least four digits, starts with a digit or capital (or is one lower-case letter and six
    digits or more, as Australian universities write student numbers: a1876203, z5123456), and
    is not a date."""
    return (
        sum(c.isdigit() for c in value) >= 4
        and (value[0].isdigit() or value[0].isupper() or (value[0].islower() and value[1:].isdigit() and len(value) >= 7)
             or bool(_LOWER_CODE.fullmatch(value)))
        and not _DATE_LIKE.fullmatch(value)
        and not _DECIMAL.fullmatch(value)
        and not _DATE_FIRST.match(value)
        and not _WEEKDAY_DATE.match(value)
    )


#: A number with one inner dot and nothing else is a time, an amount or a measure (intake 10.30
#: น., file 5141.4 kB), not a printed number (CPF 412.086.573-80 has three dots).
_DECIMAL = re.compile(r"\d+\.\d+")

#: session 35 — a code dictated or typed in lower case: letter parts then digit parts
#: (ks-ng-2023-0417, asc-28817, mr0419388, jr-2024-0417).
_LOWER_CODE = re.compile(r"[a-z]{1,5}(?:[\-/][a-z]{1,5}){0,3}(?:[\-/]?\d{2,10})(?:[\-/]\d{2,10}){0,2}")

#: A weekday then a date ("intake, Sun 11/23"): when, not which case.
_WEEKDAY_DATE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[^\S\n]+\d{1,2}[/.\-]\d")
# passport [G4471938], passport (no. PE4417290)
# session 19: a label said in a sentence ("the case number is 2019-0448172", "passport is
# EJ477219"), not a year ("the report is 2024 …")
_SEP = (
    # (session 25: or a comma, "Philippine passport, P4418827B, is with the agency")
    # (session 28: or a remark in brackets first, WP (ตามที่นายจ้างแจ้ง) 1205-00447281)
    # (session 35: a table's column bar, "Cédula | 1-1874-0962"; the number sign of Latin Europe and
    # America, "Expte. N° 214/2025", "Processo n.º …", "Nr. …"; a comma before it, "pension, no. …")
    r"\s*(?:\([^()\n\d]{2,40}\)[^\S\n]*)?[\[(]?\s*(?:,[^\S\n]*)?"
    r"(?:#|n\.?[°º]\.?|nr\.?|no\.?|num(?:ber)?\.?|:|\.|,|\|)?\s*(?:#|:)?\s*[\[(]?\s*"
    # (session 29: what it is for said first, "pps number for the referral form is 7412683WA")
    # (session 35: or where it came from, "the reference from the council is asc-28817")
    r"(?:(?:(?:for|on|from|of|with)(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+)?(?i:is|was)[^\S\n]+(?!(?:19|20)\d\d(?![\d\-/])))?"
)

_CASE_LABELS_CI = (
    r"case|file|intake|referral|ticket|report|claim|docket|incident|ref|reference|aktenzeichen|dossier|expediente|"
    # session 19: a hospital number dictated in lower case ("hn 67/04412")
    r"hn|"
    # session 26: police logs and occurrences (intelligence log WYP-13/88412/25, occurrence
    # 2025-1844709, SAPS CAS 187/09/2025) and a client's code (Client code: NWY-0431)
    r"log|occurrence|crime|cas|client code|folder|"
    # session 35: a matter's number by its label in the languages of Latin America and Europe
    # (Expte. N° 214/2025, Processo n.º 211/24.6PJPR, prontuário PAEFI 0872/2025)
    r"expte|expediente|processo|proceso|prontuário|prontuario|procedimiento|procedimento|radicado|"
    r"zaaknummer|dosar|fascicolo|"
    # and of northern, central and south-eastern Europe (Sagsnr., sp. zn., č. j., št., broj, GZ, ügyszám)
    r"sagsnr|journalnr|j\.[^\S\n]?nr|sp\.[^\S\n]?zn|spis\.[^\S\n]?zn|č\.[^\S\n]?j|čj|št|broj|gz|ügyszám|kórlapszám|aktenzahl|sygn"
)
_CASE_LABELS_CS = r"HN|AN|VN|H\.N\.|A\.N\."
_ID_LABELS_CI = (
    r"mrn|medical record|student id|student no|student|id|id no|member id|medicaid|medicare|"
    r"policy|ssn|sin|a-number|alien|passport|licen[cs]e|dl|nhs|insurance|account|acct|"
    r"chart|crn|urn|ndis|nino|national insurance|tfn|tax file|ihi|itin|health card|ohip|"
    r"green card|social security|id card|"
    # round 7: national and benefit IDs of Singapore, India, the Philippines, the UK, Canada
    r"nric|fin|aadhaar|aadhar|uidai|pan|philhealth|sss|gsis|umid|pag-ibig|tin|pnc|cro|uci|"
    r"enrol(?:l)?ment|tribal id|customer|mbr|emp id|employee id|pension|benefit|"
    # round 13: work permits and bank accounts written the short way (WP 6703-118492, a/c 0123-456789)
    r"wp|work permit|work permit no|a/c|bank account|iban|"
    # session 9: national numbers of more countries, residence and asylum permits
    r"personnummer|personal identity number|fødselsnummer|hetu|bsn|burgerservicenummer|steuer-id|"
    r"sozialversicherungsnummer|ppsn|cpr|nie|dni|nif|curp|nik|ktp|mykad|cnic|nin|bvn|national id|"
    r"codice fiscale|ahv|permit|residence permit|asylum permit|asylum seeker permit|refugee id|"
    # session 19: Iceland's national number
    r"kennitala|kt|"
    # session 25: Ireland's personal public service number written short (pps no 7284491WA)
    r"pps|"
    # session 27: Ghana's national card (Ghana card GHA-718204553-4), its health insurance, a voter ID
    r"ghana ?card|nhis|voter(?:'s)? id|border pass|"
    # session 33: identity cards and numbers of Latin America, Europe and the Gulf by their own names,
    # a US Medicare beneficiary number, a birth certificate's entry
    r"cédula|cedula|mbi|rop|resident card|residence card|birth cert|birth certificate|cpf|rut|dpi|dui|idnp|"
    r"pesel|jmbg|egn|amka|oib|emirates id|qid|civil id|iqama|nir|insee|bir|ramq|carte vitale|"
    r"numéro de sécurité sociale|securite sociale|sécurité sociale|"
    # session 35: identity cards by their country's letters (Zambia's NRC, the CNI of French- and
    # Portuguese-speaking Africa, Paraguay's C.I.; a bare CI is a confidence interval as often) and
    # Canadian provinces' health numbers (PHIN, PHN)
    r"nrc|cni|c\.i\.|phin|phn|"
    # Austria's insurance number, Belgium's national number, Brazil's migrant register and NIS,
    # Angola's bilhete, Croatia's health card, Hungary's personal ID and pension numbers
    r"svnr|sv-nr|nn|rnm|nis|bi|mbo|személyi(?:[^\S\n]ig\.?)?|taj|törzsszám"
)
_TH_CASE = (
    r"เลขเวชระเบียน|เวชระเบียน|ทะเบียนผู้ต้องขัง|เลขทะเบียน|คดีที่|เลขที่คดี|เลขคดี|เลขรับแจ้ง|เลขที่รับแจ้ง|เลขที่ผู้ป่วย|เลขทะเบียนผู้ป่วย|"
    # session 25: a received item's number (เลขรับ NP-0311/2568, เลขรับคำร้อง, เลขที่รับ)
    r"เลขรับ|เลขที่รับ|"
    # session 26: a petition's number (เลขคำร้อง LPN-SK-2568/0931, คำร้องเลขที่)
    r"เลขคำร้อง|เลขที่คำร้อง|คำร้องเลขที่|"
    # a police daily-report entry (แจ้งความแล้ว เลขประจำวัน 47/2568)
    r"เลขประจำวัน|"
    # session 20: a case of a named kind (คดีอาญาที่ 18/2568, สำนวนคดีค้ามนุษย์ที่ 38/2567) and a
    # team's case (เคส OSCC เลขที่ 68-0007)
    r"คดี[\u0e01-\u0e4e]{2,16}ที่|เคส(?:[^\S\n]?[A-Za-z\u0e01-\u0e4e]{2,12})?[^\S\n]?เลขที่"
)
_TH_ID = (
    r"เลขบัตรประชาชน|เลขประจำตัวประชาชน|บัตรประชาชน|เลขบัตร|ปชช\.|เลขประจำตัว|บัตรชมพู|"
    r"เลขที่บัตร|พาสปอร์ต|หนังสือเดินทาง|รหัสนักเรียน|เลขประจำตัวนักเรียน|"
    r"เลขใบอนุญาตทำงาน|ใบอนุญาตทำงาน|ใบอนุญาตทํางาน|เลขที่ใบอนุญาต|"
    # session 10: student numbers as universities write them (รหัส 6505117, ID นศ. 65210477,
    # รหัสนักศึกษา …) and a vehicle's registration (ทะเบียนรถ 70-2254)
    r"รหัสนักศึกษา|รหัสนศ\.|รหัส นศ\.|ID นศ\.|ID นักศึกษา|เลขประจำตัวนักศึกษา|ทะเบียนรถ|ป้ายทะเบียน|"
    # session 19: a university that says นิสิต (รหัสนิสิต65030187), a social-security number (of a
    # country abroad too: เลขประกันสังคมออสเตรีย4417 120381)
    r"รหัสนิสิต|เลขประจำตัวนิสิต|เลขประกันสังคม(?:[\u0e01-\u0e4e]{1,12})?|"
    # session 20: a land title deed (โฉนดเลขที่ 18274) and a border pass, whosever it is
    # (บัตรผ่านแดนของแม่เลขที่SK0448127)
    r"โฉนด(?:ที่ดิน)?(?:[^\S\n]?เลขที่)?|บัตรผ่านแดน(?:[\u0e01-\u0e4e]{0,10}?เลขที่)?|"
    # session 25: a driving licence, of any class (เลขใบขับขี่เดิม 57004418, ใบอนุญาตขับรถจักรยานยนต์
    # ชั่วคราว เลขที่ 67007752)
    r"ใบขับขี่[\u0e01-\u0e4e]{0,12}(?:[^\S\n]?เลขที่)?|ใบอนุญาตขับ[\u0e01-\u0e4e]{0,30}(?:[^\S\n]?เลขที่)?|"
    # session 32: an identity card of any country or kind, by its number word (บัตรประจำตัวลาวเลขที่
    # 0427715, บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทยเลข …)
    r"บัตรประจำตัว[\u0e01-\u0e4e]{0,30}?เลข(?:ที่)?"
)

#: An unlabelled structured reference (HI-CM-557310, APS-24-117093): letters, hyphens and at
#: least five digits. Scale names (PHQ-9, RHS-15, PG-13-R) have too few digits to match.
_CODE = re.compile(r"(?<![\w\-/])[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}-\d{2,}(?:-\d{2,}){0,2}(?![\w\-/])")


def _code_like(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= 5 and value.partition("-")[0] not in CALENDAR_PARTS


def _short_label_code(value: str) -> bool:
    """A code after a short capital label: letters and at least three digits mixed, or 6+ digits."""
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    return bool(letters and digits >= 3) or (not letters and digits >= 6)


#: Abbreviations a dot follows that are not a Thai case letter (Dr., Mon., Jan.): "Dec. 12/2565"
#: is a month, not a case.
_NOT_CASE_LETTER = frozenset({
    "Dr", "Mr", "Mrs", "Ms", "St", "No", "Nr", "Vol", "Ref", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
    "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Wk", "Ph",
})


def _romanised_case(value: str) -> bool:
    """A Thai case letter (Yor., Kor., Or.) before number/BE-year, not a month/year after an
    abbreviation ("Dr. 12/2565")."""
    letter = value.partition(".")[0]
    number = value.rpartition(".")[2].strip().split("/")[0]
    return letter not in _NOT_CASE_LETTER and (len(number) >= 3 or int(number) > 12)


#: session 35 (set 114) — a central European court's file: the department's number (or a Roman
#: one), the register's letters, then number/year (0 P 245/2024, 12 Ps 118/24t, II K 23145/2023).
#: The number has three digits or the year four, so "3 A 12/20", a score, stays.
_COURT_REGISTER = re.compile(
    r"(?<![\w/.])(?:\d{1,3}|[IVX]{1,4})[^\S\n][A-Z][a-z]{0,2}[^\S\n]"
    r"(?:\d{3,6}/\d{2,4}|\d{1,6}/\d{4})[a-z]?(?![\w/])"
)
#: session 35 — the numero sign is written before a document's number only (дело № 1237/2024,
#: patent №2400118432); a Cyrillic label before it goes with it.
_NUMERO = re.compile(
    r"(?:(?<![\w])[А-Яа-яЁё][А-Яа-яЁё\-]*\.?[^\S\n]?)?№[^\S\n]?\d[\d/.\-]*\d(?![\d/])"
)

#: session 35 (sets 111, 114) — a C.I. (cédula de identidad) in lower case or bare: only a number
#: printed in thousands with dots (4.812.376-5) or six digits or more, so a confidence interval
#: ("CI 1.2-3.4") stays.
_CEDULA = re.compile(
    r"(?<![A-Za-z])(?i:c\.?i\.?)[^\S\n]*(?:(?i:no\.?)|n[°º]|#|:)?[^\S\n]*"
    r"(?P<v>\d{1,3}(?:\.\d{3}){1,3}(?:-[\dKk])?|\d{6,9}(?:-[\dKk])?)(?![\d.\-])"
)

_RULES = (
    Rule(ID_NUMBER, _CEDULA, 0.8, group="v"),
    Rule(CASE_NUMBER, _COURT_REGISTER, 0.75),
    Rule(CASE_NUMBER, _NUMERO, 0.8),
    Rule(CASE_NUMBER, _CODE, 0.7, validate=_code_like),
    # (session 20: the old or new one: เลขHNเดิม62-015573)
    # (session 25: the hospital or clinic it belongs to between, "HN รพ.ชุมชน 66-11082", "HN คลินิก 0057318")
    Rule(CASE_NUMBER, re.compile(
        rf"(?<![A-Za-z])(?:{_CASE_LABELS_CS})(?![A-Za-z])(?:เดิม|ใหม่)?(?:[^\S\n]*[\u0e01-\u0e4e][\u0e01-\u0e4e.]{{1,19}})?{_SEP}{_VALUE}"
    ), 0.9, group="v", validate=_id_like),
    # (two labels in a row are one: "Ref expediente 2024/EX-55120", not the value "expediente")
    Rule(CASE_NUMBER, re.compile(
        rf"(?i)(?<![A-Za-z])(?:{_CASE_LABELS_CI})(?:[^\S\n]+(?:{_CASE_LABELS_CI}))?(?![A-Za-z]){_SEP}{_VALUE}"
    ),
         0.85, group="v", validate=_id_like),
    # (session 25: the label's card named between, "Medicare card 5531 20418 7")
    Rule(ID_NUMBER, re.compile(rf"(?i)(?<![A-Za-z])(?:{_ID_LABELS_CI})(?![A-Za-z])(?:[^\S\n]+card)?{_SEP}{_VALUE}"),
         0.85, group="v", validate=_id_like),
    Rule(ID_NUMBER, re.compile(rf"(?<![A-Za-z])A(?:#|-?No\.?|-number)\s*:?\s*{_VALUE}"), 0.9, group="v", validate=_id_like),
    # (a Thai word may stand between, เลขคดีเดิม; a Latin prefix is the value's own: NP-0311/2568)
    Rule(CASE_NUMBER, re.compile(rf"(?:{_TH_CASE})[^\S\n]*(?:[^\s\dA-Za-z:]{{1,20}}[^\S\n]*)?[:.]?[^\S\n]*{_VALUE}"),
         0.85, group="v", validate=_id_like),
    Rule(ID_NUMBER, re.compile(rf"(?:{_TH_ID})[^\S\n]*(?:[^\n\d:]{{0,25}}:)?[^\S\n]*{_VALUE}"),
         0.85, group="v", validate=_id_like),
    # session 10 — รหัส ("code") alone before a long number is a student or staff number (รหัส
    # 6505117); before a short one it is a passcode (ตั้งรหัส 4821): only seven digits or more
    Rule(ID_NUMBER, re.compile(r"รหัส[^\S\n]*[:：]?[^\S\n]*(?P<v>\d{7,12})(?!\d)"), 0.8, group="v"),
    # session 28 (set 93) — a border pass numbered after its province's Thai letters (บัตรผ่านแดนเลข นธ 0482271)
    Rule(ID_NUMBER, re.compile(
        # (session 29: or with no เลข, บัตรผ่านแดน ตก 0552719, มีบัตรผ่านแดนค่ะ เลข อบ 0719245)
        # (session 32: or after Latin letters, บัตรผ่านแดนเลข BP 0729164)
        r"บัตรผ่านแดน[\u0e01-\u0e4e]{0,12}?(?:[^\S\n]*เลข(?:ที่)?)?[^\S\n]*[:：]?[^\S\n]*"
        r"(?P<v>(?:[\u0e01-\u0e2e]{1,3}\.?|[A-Z]{1,3})[^\S\n]?\d{5,9})(?!\d)"
    ), 0.85, group="v"),
    # session 32 — a Thai card's or permit's number opened by its office's Thai letters (ใบอนุญาต
    # ทำงาน ตท.19-0125874): the letters and the digits are one number
    Rule(ID_NUMBER, re.compile(
        rf"(?:{_TH_ID})[^\S\n]*(?:เลข(?:ที่)?)?[^\S\n]*[:：]?[^\S\n]*"
        r"(?P<v>[\u0e01-\u0e2e]{1,3}\.[^\S\n]?\d[\d\-/]{4,14}\d)(?![\d\-/])"
    ), 0.85, group="v"),
    # any label written with "#": "employee # 55817", "DOC # 884512", "bed #" is too short (< 4 digits)
    Rule(ID_NUMBER, re.compile(r"(?<=[A-Za-z])[^\S\n]*#[^\S\n]*(?P<v>\d[\d\-]{3,14}\d)(?![\d/])"), 0.7,
         group="v", validate=_id_like),
    # session 20 — a Thai official letter's number: the ministry's or province's two letters, the
    # office's number and the letter's (ที่ ศธ 04233.112/0287, ที่ มท 0808.2/ว 1234, ศก 81201/334)
    Rule(CASE_NUMBER, re.compile(
        r"(?<![\u0e01-\u0e4eA-Za-z.])[\u0e01-\u0e2e]{2}\.?[^\S\n]?\d{4,5}(?:\.\d{1,4}){0,3}/(?:ว[^\S\n]?)?\d{1,5}(?![\d/])"
    ), 0.8),
    # session 20 — a work permit's number with its province letters (2567-ชม-004812)
    Rule(ID_NUMBER, re.compile(r"(?<![\d\-])\d{2,4}-[\u0e01-\u0e2e]{1,3}\.?-\d{4,8}(?![\d\-])"), 0.8),
    # Thai case/register numbers: number/BE-year or BE-year/number (1124/2568, 2566/04412)
    Rule(CASE_NUMBER, re.compile(r"(?<![\d/.\-])(?:\d{3,6}/25\d\d|25\d\d/\d{3,6})(?![\d/])"), 0.7),
    # any noun written before "no." / "number" / "num": "Hospital no. RX4471902", "NDIS number
    # 431 882 017", "visa no 88213345"; phone words are left to the phone rules
    Rule(ID_NUMBER, re.compile(
        rf"(?i)(?<![A-Za-z])(?!(?:phone|tel|mobile|cell|contact|fax|room|rm|bed|unit|apt|flat|house|"
        rf"bus|route|platform|gate|page|step|week|session|item|question|dose)\b)"
        # (session 35: or its acronym in brackets after it, "Registration (ARC) no. 5120384"; n° too)
        rf"(?:[a-z][a-z\-]{{1,20}}\.?|\([A-Z]{{2,6}}\))[^\S\n]+(?:no\.|number|num\.?|nr\.?|n[°º]){_SEP}{_VALUE}"
    ), 0.75, group="v", validate=_id_like),
    # UK National Insurance number shape: two letters, three pairs of digits, a final A–D
    Rule(ID_NUMBER, re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?[A-D](?![A-Za-z0-9])"), 0.85),
    # a register acronym before a bare 6–8 digit number: "CRIS 7712045", "CCMS: 5503318"
    # (a currency code before an amount is not a register)
    # (session 39: and the hyphen-joined groups printed after it, NIDA: 19920817-51102-00003-21)
    Rule(CASE_NUMBER, re.compile(
        r"(?<![\w\-/])(?!(?:USD|AUD|NZD|SGD|CAD|GBP|EUR|THB|MYR|PHP|INR|HKD|JPY|CNY|RM|BP|HR|RR|PR)\b)"
        r"[A-Z]{2,6}[^\S\n]*[:#]?[^\S\n]*(?P<v>\d{6,8}(?:-\d{2,6}){0,4})(?![\d/.,\-]\d|[\w/])"
    ), 0.7, group="v"),
    # round 16 — a Thai court case number romanised: "Black case no. Yor.1832/2565", "Kor. 774/2566"
    # (a Thai letter's Latin name, a dot, then number/BE-year)
    # session 9 — two letters' names (Yor.Chor. 118/2568: ย.ช., the juvenile court's prefix)
    Rule(CASE_NUMBER, re.compile(r"(?<![\w.\-])(?:[A-Z][a-z]{0,3}\.){1,3}[^\S\n]?\d{1,6}/25\d\d(?![\d/])"), 0.8,
         validate=_romanised_case),
    # round 16 — a dictated file number in lower case: "file tb4-11873", "case no kc2-40518"
    Rule(CASE_NUMBER, re.compile(
        rf"(?i:(?<![A-Za-z])(?:{_CASE_LABELS_CI})(?![A-Za-z])){_SEP}(?P<v>[a-z]{{1,4}}\d{{0,3}}-\d{{4,10}})(?![\w\-/])"
    ), 0.8, group="v"),
    # session 28 (set 92) — the same with its letters in parts: "tenancy file hpm-dt-0448", "file
    # number wr/stma/cp/0087"
    Rule(CASE_NUMBER, re.compile(
        rf"(?i:(?<![A-Za-z])(?:{_CASE_LABELS_CI})(?![A-Za-z])){_SEP}"
        r"(?P<v>[a-z]{1,5}(?:[\-/][a-z]{1,5}){1,3}[\-/]\d{3,10})(?![\w\-/])"
    ), 0.8, group="v"),
    # round 16 — a boat's registration after its cue: "boat reg RN 0417-26", "vessel no. KP-2231-09"
    Rule(ID_NUMBER, re.compile(
        r"(?i:(?<![A-Za-z])(?:boat|vessel|ship|fishing[^\S\n]+boat|trawler)[^\S\n]+(?:reg(?:istration)?\.?|no\.?|number)"
        r"(?:[^\S\n]*(?:no\.?|#|:))?)[^\S\n]*(?P<v>[A-Z]{1,4}[^\S\n\-]?\d[\d\-]{2,10}\d)(?![\w\-/])"
    ), 0.8, group="v"),
    # round 21 — any short capital label (PPS, NHI, CHI, IHI, UR, TFN …) before a code that mixes
    # letters and digits ("PPS 7723418KA", "NHI ZKT4821") or has 6+ digits in groups ("IHI 8003 6082
    # 1144 5523"); a score ("AUDIT 19"), a dose or an amount after a currency code stays
    Rule(ID_NUMBER, re.compile(
        r"(?<![\w\-/])(?!(?:USD|AUD|NZD|SGD|CAD|GBP|EUR|THB|MYR|PHP|INR|HKD|JPY|CNY|BP|HR|RR|PR|BMI|AM|PM)\b)"
        # (session 35: six capitals, a card after them, a last group of two: PAAYPA 0125 4418 7720,
        # AZV card 5520 7813, DIP 081 422 36: a short group last only after two others)
        r"[A-Z]{2,6}(?![a-z])[^\S\n]*(?:card[^\S\n]+)?[:#]?[^\S\n]*(?:no\.?[^\S\n]*)?"
        r"(?P<v>(?=[A-Z0-9]*\d)[A-Z0-9]{5,12}(?![\w\-/.,]\w|[\w\-/])|\d{3,4}(?:[ \-]\d{3,4}){1,2}[ \-]\d{2}(?![\w\-/])|\d{3,4}(?:[ \-]\d{3,4}){1,3}(?![\w\-/]))"
    ), 0.75, group="v", validate=_short_label_code),
    # bare long digit runs
    Rule(ID_NUMBER, re.compile(r"(?<![\d\-/.+])\d{9,16}(?![\d\-/])"), 0.6),
)


#: A UK sort code (20-45-17): three pairs of digits after "sort code"; it names the branch and,
#: with the account number beside it, the person.
_SORT_CODE = re.compile(r"(?i:sort[^\S\n]?code)[^\S\n]*[:#]?[^\S\n]*(?P<v>\d{2}-\d{2}-\d{2})(?![\d\-])")

#: A health card with its version code: "Health card 5584 201 339 KT", "OHIP 4471-882-095-XY".
_HEALTH_CARD = re.compile(
    r"(?i:(?<![A-Za-z])(?:health[^\S\n]+card|ohip|msp|carte[^\S\n]+soleil))[^\S\n]*(?:#|no\.?|number)?[^\S\n]*:?[^\S\n]*"
    r"(?P<v>\d{4}[ \-]?\d{3}[ \-]?\d{3}(?:[ \-]?[A-Z]{2})?)(?![\w\-])"
)

#: Labels as jotted in a hurry: "studnt no", "stdnt #", "pt no", "ref no", "acct no", "mbr no".
#: A word counts as a label when it is a known label word, an abbreviation of one (its letters in
#: order, same first letter: pt → patient, stdnt → student) or one typo away (studnet).
_LABEL_WORDS = {
    "student": ID_NUMBER, "patient": ID_NUMBER, "account": ID_NUMBER, "member": ID_NUMBER,
    "employee": ID_NUMBER, "client": ID_NUMBER, "customer": ID_NUMBER, "registration": ID_NUMBER,
    "admission": ID_NUMBER, "enrolment": ID_NUMBER, "enrollment": ID_NUMBER, "record": ID_NUMBER,
    "hospital": ID_NUMBER, "medical": ID_NUMBER, "insurance": ID_NUMBER, "policy": ID_NUMBER,
    "passport": ID_NUMBER, "licence": ID_NUMBER, "license": ID_NUMBER, "tenant": ID_NUMBER,
    "identity": ID_NUMBER, "national": ID_NUMBER, "benefit": ID_NUMBER, "pension": ID_NUMBER,
    "reference": CASE_NUMBER, "case": CASE_NUMBER, "file": CASE_NUMBER, "claim": CASE_NUMBER,
    "referral": CASE_NUMBER, "ticket": CASE_NUMBER, "incident": CASE_NUMBER, "docket": CASE_NUMBER,
}
_JOTTED_LABEL = re.compile(
    r"(?i)(?<![A-Za-z])(?P<l>[a-z]{2,13})\.?[^\S\n]*(?:no\b\.?|num\b\.?|nr\b\.?|number|#|id\b|:)"
    r"[^\S\n]*[:.#]?[^\S\n]*" + _VALUE
)


def _subsequence(short: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in short)


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance 1, or one swap of neighbours (studnet)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1:] for i in range(len(b)))


def jotted_label_type(word: str) -> str | None:
    """The entity a (possibly misspelt or abbreviated) label word introduces, or None."""
    w = word.lower()
    for label, etype in _LABEL_WORDS.items():
        if w == label or (w[0] == label[0] and _subsequence(w, label) and len(w) >= 2
                          and (len(w) >= 3 or w == label[0] + label[-1])):
            return etype
        if len(w) >= 5 and _one_edit(w, label):
            return etype
    return None


class LabelledNumberRecognizer(RegexRecognizer):
    """Case numbers and ID numbers recognised by their label (CASE_NUMBER, ID_NUMBER)."""

    def __init__(self) -> None:
        super().__init__("LabelledNumberRecognizer", _RULES)

    def analyze(self, text, entities, nlp_artifacts=None):
        out = super().analyze(text, entities, nlp_artifacts)
        norm = to_ascii_digits(text)
        for m in _SORT_CODE.finditer(norm):
            out.append(self.result(ID_NUMBER, m.start("v"), m.end("v"), 0.85))
        for m in _HEALTH_CARD.finditer(norm):
            out.append(self.result(ID_NUMBER, m.start("v"), m.end("v"), 0.85))
        for m in _JOTTED_LABEL.finditer(norm):
            etype = jotted_label_type(m.group("l"))
            if etype and _id_like(m.group("v")):
                out.append(self.result(etype, m.start("v"), m.end("v"), 0.75))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
