"""Dates of birth: a date right after a birth cue (DOB, born, เกิด, วันเกิด), in Gregorian or
Buddhist-era form. Other dates (session, appointment, follow-up) are not identifiers and stay.
"""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import DATE_OF_BIRTH

#: A month written as a word (no trailing full stop inside the pattern): May, Feb, September.
EN_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: The same, with the full stop of an abbreviation (Feb., Sept.).
_EN_MONTH = EN_MONTH_WORD + r"\.?"
TH_MONTH = (
    r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|"
    r"พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|"
    r"ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
)
_ERA = r"(?:\s*(?:พ\.ศ\.|ค\.ศ\.|BE|B\.E\.|CE|AD))?"
#: session 27 — spoken Thai names the month and the year with their nouns (9 เดือนมีนาคม ปี 2556)
#: (and by its short spoken stem: ๓ มิถุนา ๖๑)
#: The spoken stem of each Thai month's name (มีนา for มีนาคม).
TH_MONTH_STEMS = r"(?:มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)"
#: What any Thai month's name opens with, however it is written on (ม.ค, มกรา…): for a caller that
#: only needs to know a month follows.
TH_MONTH_OPENING = (
    rf"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค|{TH_MONTH_STEMS})"
)
_TH_MONTH_SAID = rf"(?:เดือน[^\S\n]*)?(?:{TH_MONTH}|{TH_MONTH_STEMS}(?!คม|ยน|พันธ์))"
_YEAR_SAID = r"(?:ปี[^\S\n]*)?"
#: session 35 (set 114) — months in the languages of Latin America, Iberia and France, written out
#: or short (22 de febrero de 2009, 15-ago-2013, 3 mars 2011): after a birth cue only.
_LATIN_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p|t)tiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"ene|abr|ago|dic|fev|mai|set|out|dez)"
)
_DATE = (
    r"(?P<d>"
    rf"\d{{1,2}}[^\S\n]+de[^\S\n]+{_LATIN_MONTH}[^\S\n]+(?:de[^\S\n]+)?\d{{4}}"   # 22 de febrero de 2009
    rf"|\d{{1,2}}[\-/ ](?i:{_LATIN_MONTH})\.?[\-/ ]\d{{4}}"                            # 15-ago-2013, 3 mars 2011
    r"|\d{1,2}\.[^\S\n]\d{1,2}\.[^\S\n](?:19|20)\d\d"                              # 22. 6. 2015 (Czech, Slovak)
    r"|(?:19|20)\d\d\.[^\S\n]?\d{1,2}\.[^\S\n]?\d{1,2}\."                          # 1946. 09. 14. (Hungarian)
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\.(?=[^\S\n]*[,;)|]|[^\S\n]*$)"                  # 7.5.1989., (Croatian)
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+{EN_MONTH_WORD},?\s*\d{{2,4}}"  # 5th of May 2001
    rf"|\d{{1,2}}[\-/ ]{EN_MONTH_WORD}[\-/ ]\d{{2,4}}"                      # 14-Feb-2009
    rf"|\d{{1,2}}[\-/]{TH_MONTH}[\-/]\d{{2,4}}"                              # 03-มี.ค.-2551 (session 25)
    r"|\d{1,2}\s\d{1,2}\s(?:19|20)\d\d"                                    # 02 06 2008
    r"|\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?"                           # 2/17/1980, 12/28, 1980-02-17
    r"|\d{1,2}[^\S\n][/.\-][^\S\n]\d{1,2}[^\S\n][/.\-][^\S\n]\d{2,4}"        # 09 / 04 / 2518, a form's boxes (s27)
    r"|(?:0?[1-9]|1[0-2])/(?:19|20|25)\d\d"                                    # 02/2559, a month and year (s27)
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s*(?:{_EN_MONTH}|{_TH_MONTH_SAID})\s*(?:{_YEAR_SAID}{_ERA}\s*(?:\d{{2,4}}|['’]\d\d))?{_ERA}"
    rf"|{_EN_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{2,4}}"           # Feb 17, 1980
    rf"|(?:{_EN_MONTH}|{_TH_MONTH_SAID})\s*{_YEAR_SAID}{_ERA}\s*\d{{4}}"     # June 2555, เดือนสิงหาคม 2551
    r")"
)
_CUE = (
    r"(?:\bD\.?O\.?B\.?|\bdate of birth|\bborn(?:\s+(?:on|in))?|\bb\.|\bbirth ?date|\bbirth(?=[^\S\n]+\d)|\bbirthday(?:\s+(?:is|was))?|\bbday|"
    # (session 33) the form's own language: French, Spanish, Portuguese, Italian, German, Dutch
    r"\bdate de naissance(?:[^\S\n]*\([^()\n]{1,20}\))?|\bnée? le|\bfecha de nacimiento|\bf\.[^\S\n]?nac\.|"
    r"\bdata de nascimento|\bdata di nascita|\bnat[oa] il|\bgeburtsdatum|\bgeb\.|\bgeboortedatum|"
    # (session 35) and of Scandinavia, central and eastern Europe, a born-word of Latin languages
    # (f. 02.05.2016 is Danish født; nar., szül., gim., ur., rođ. the short forms on forms)
    r"\bfødt|\bf\.(?=[^\S\n]?\d{1,2}\.\d{1,2}\.\d)|\bnar\.|\bnarozen[aáý]?|\bszül\.|\bszületett|\bgim\.|"
    r"\bgimęs|\bgimusi|\bur\.(?=[^\S\n]?\d)|\burodzon[aey]?|\brođen[a]?|\brođ\.|\brojen[a]?|\bnacid[oa](?:[^\S\n]+el)?|"
    r"\bnascid[oa](?:[^\S\n]+em)?|\bgeboren(?:[^\S\n]+am)?|\bdoğum tarihi|\bд\.[^\S\n]?р\.|\bдата рождения|\bроден[аи]?|"
    r"วันเดือนปีเกิด|ว/ด/ป\s*เกิด|ว\.ด\.ป\.\s*เกิด|วันเกิด|เกิดวันที่|เกิดเมื่อ|เกิด)"
)

#: Whose birthday, or where it was read, between "DOB" and the date (DOB (mom), DOB per passport
#: copy): up to three lower-case words, none saying the date is unknown (DOB unknown, seen 3/4).
_SOURCE_WORDS = (
    r"(?:(?!(?:unknown|not|no|unclear|missing|pending|tbc|tba|unsure|approx)\b)[a-z]{2,10}"
    # (session 33: or the card's acronym, and a fourth word — DOB on the ARC is 01/01/1999)
    r"(?:[^\S\n]+(?!(?:unknown|not|no|unclear|missing|pending|tbc|tba|unsure|approx)\b)(?:[a-z]{2,10}|[A-Z]{2,5}(?![\w\-]))){0,3})"
)
#: The same date shape with no group of its own, for a first date before the one a rule takes.
_FIRST_DATE = _DATE.replace("(?P<d>", "(?:", 1)


def _age_fits(match: re.Match) -> bool:
    """The date's year plus the age just before it lands in the years notes are written in
    (Gregorian 2015–2032 or Buddhist 2558–2575): "38 (02/03/1986)" is a birth date, "3 (12/05/2024)"
    is a third visit's date."""
    year = re.search(r"(\d{4})\D*$", match.group("d"))
    if year is None:
        return False
    total = int(year.group(1)) + int(match.group("age"))
    return 2015 <= total <= 2032 or 2558 <= total <= 2575

_RULES = (
    # (session 27: or a table's bar between the label and its cell, date of birth | 14 Feb 2012)
    Rule(DATE_OF_BIRTH, re.compile(rf"(?i){_CUE}\s*[:：\-|]?\s*(?:on\s+|วันที่\s*)?{_DATE}(?![\d/])"),
         0.9, group="d"),
    # session 26 — the weekday of birth between cue and date (เกิดวันอังคารที่ 12 ก.ค. 2549, born on
    # Tuesday 12 July 2011)
    Rule(DATE_OF_BIRTH, re.compile(
        rf"(?i)(?:เกิด|วันเกิด|\bborn(?:\s+on)?)[^\S\n]*(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์|"
        rf"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[^\S\n]*(?:ที่|the)?[^\S\n]*{_DATE}(?![\d/])"
    ), 0.9, group="d"),
    # whose birthday between the cue and the date: วันเกิดแม่ 12/05/2521, DOB (mom) 2/3/1980
    Rule(DATE_OF_BIRTH, re.compile(
        # (session 28: or where it was read, in a bracket of its own — วันเกิด (ตามที่ให้ข้อมูล): …)
        # (session 29: the full label too, วันเดือนปีเกิดตามบัตร ๐๑/๐๑/๒๕๕๒)
        rf"(?i)(?:วันเดือนปีเกิด|ว/ด/ป[^\S\n]*เกิด|วันเกิด|\bD\.?O\.?B\.?)[^\S\n]*(?:\([^()\d\n]{{2,30}}\)|\(?(?:ของ)?(?:[ก-๙.]{{1,12}}|{_SOURCE_WORDS})\)?)"
        rf"[^\S\n]*[:：\-]?[^\S\n]*{_DATE}(?![\d/])"
    ), 0.85, group="d"),
    # session 10 — a birth year alone after its cue (b. 1942, born in 1979, YOB 1990, เกิดปี 2510,
    # เกิด พ.ศ. 2525): with an age or a relative it narrows who the person is as a full date does
    Rule(DATE_OF_BIRTH, re.compile(
        # (session 27: the zodiac year between, เกิดปีมะโรง พ.ศ. 2507)
        r"(?i)(?:\bb\.|\bborn(?:[^\S\n]+in)?|\byear of birth|\bYOB|\bD\.?O\.?B\.?|เกิดปี|ปีเกิด|"
        r"เกิด(?:ปี(?:ชวด|ฉลู|ขาล|เถาะ|มะโรง|มะเส็ง|มะเมีย|มะแม|วอก|ระกา|จอ|กุน))?(?=[^\S\n]?พ\.ศ\.))"
        r"[^\S\n]*[:：]?[^\S\n]*(?P<d>(?:พ\.ศ\.[^\S\n]?)?(?:19|20|24|25)\d{2})(?![\d/.:])"
    ), 0.8, group="d"),
    # session 27 — Thai speech drops the century of a birth year (ลูกคนเล็กเกิดปี 65)
    Rule(DATE_OF_BIRTH, re.compile(
        r"(?:เกิดปี|ปีเกิด)[^\S\n]*(?:พ\.ศ\.)?[^\S\n]*(?P<d>\d{2})(?![\d/.:]|[^\S\n]*(?:ปี|ขวบ|ครั้ง|คน))"
    ), 0.75, group="d"),
    # session 32 — where the person was born, then when (เกิดที่โรงพยาบาลอำเภอเมื่อ20/11/2558, born in
    # Cebu City on 3 May 2011): the place between the cue and the date
    Rule(DATE_OF_BIRTH, re.compile(
        # (a visit or an appointment in between is the next clause's date: เกิดที่บ้าน นัดครั้งต่อไปเมื่อ…)
        rf"(?i)(?:เกิดที่|\bborn[^\S\n]+(?:at|in))(?:(?!นัด|ครั้ง|ต่อไป|แล้ว|next|visit|seen|appoint)[^\n\d]){{2,40}}?"
        rf"(?:เมื่อ(?:วันที่)?|\bon)[^\S\n]*{_DATE}(?![\d/])"
    ), 0.85, group="d"),
    # session 27 — a dated bracket right after an age is when the person was born: อายุ 8 ขวบ
    # (2 พ.ค.2560), aged 7 (03/04/2018); only a date with its year, alone in the bracket
    Rule(DATE_OF_BIRTH, re.compile(
        rf"(?i)(?:\d{{1,3}}[^\S\n]*(?:ปี|ขวบ|years?(?:[^\S\n]+old)?|yrs?|y/?o)|(?:\baged?|อายุ)[^\S\n]*\d{{1,3}})"
        rf"[^\S\n]*\([^\S\n]*{_DATE}[^\S\n]*\)"
    ), 0.8, group="d", validate=lambda d: bool(re.search(r"\d{4}|\D\d{2}$", d))),
)


#: session 33 — a bare age, then a full date in a bracket or after a comma, the two agreeing (a
#: table's "age / DOB" cell "15, 11/02/2010"; "38 (02/03/1986)"); and a second birth date listed
#: after the first (DOB 02/07/2020 and 19/11/2022).
_AGE_THEN_DATE = re.compile(
    # the age opens a cell, a line or a clause (| 15, …, "mother, 38 (…)"): "Visit 3 (12/05/2025)" and
    # "Session 2, 14/03/2025" count visits
    rf"(?:^|(?<=[|,(:;\n])|(?<=[|,(:;][^\S\n])|(?<=[|,(:;][^\S\n]{{2}}))(?P<age>\d{{1,2}})(?P<open>[^\S\n]*\([^\S\n]*|,[^\S\n]*){_DATE}(?![\d/])(?P<close>[^\S\n]*\))?"
)
_SECOND_BIRTH_DATE = re.compile(
    rf"(?i)(?:\bD\.?O\.?B\.?s?|\bdates? of birth|\bborn(?:\s+on)?)[^\S\n]*[:：\-]?[^\S\n]*{_FIRST_DATE}"
    rf"[^\S\n]*(?:and|&|,)[^\S\n]*{_DATE}(?![\d/])"
)


class DateOfBirthRecognizer(RegexRecognizer):
    """Dates of birth after a birth cue (DATE_OF_BIRTH)."""

    def __init__(self) -> None:
        super().__init__("DateOfBirthRecognizer", _RULES)

    def analyze(self, text, entities, nlp_artifacts=None):
        out = super().analyze(text, entities, nlp_artifacts)
        for m in _AGE_THEN_DATE.finditer(text):
            if _age_fits(m) and ("(" in m.group("open")) == bool(m.group("close")):
                out.append(self.result(DATE_OF_BIRTH, m.start("d"), m.end("d"), 0.8))
        for m in _SECOND_BIRTH_DATE.finditer(text):
            out.append(self.result(DATE_OF_BIRTH, m.start("d"), m.end("d"), 0.85))
        return out


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
