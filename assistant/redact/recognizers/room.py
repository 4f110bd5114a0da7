"""Rooms, beds and units that place a person (ADDRESS): "room 212 bed B", "rm 614 bed 2",
"unit 12C", "ห้อง 1208 อาคาร B". A ward alone ("Ward 4B") is not an address.

A number after the word is required ("bed rest", "the waiting room" stay). Thai school classes
("ป.5 ห้อง 2", "ม.3/2") are not rooms of a home, so a grade just before ห้อง cancels the match.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer, Rule, line_around
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import ADDRESS

#: A hospital bed alone ("Bed 3", "เตียง 2") is not an identifier (round 9 policy): beds are
#: reassigned daily and many patients share a number; it only continues a room (rm 614 bed 2).
_WORD = r"(?:(?i:room|rm|unit|ward|apt|suite)\.?|ห้อง(?:เลขที่)?)"
#: Buildings and floors only continue a room ("ห้อง 1208 อาคาร B"); alone they are school blocks.
_MORE = r"(?:(?i:room|rm|bed|unit|ward|apt|suite|floor|fl)\.?|ห้อง(?:เลขที่)?|เตียง(?:ที่)?|ตึก|อาคาร|ชั้น(?:ที่)?)"
#: keep round — "ไปถึงห้อง 02:40", "room 23.05": minutes after the number make it a time.
#: round 17 — "in the stock room 2x": an x after the number counts times, it is no room letter.
#: session 22 — "ค่าเช่าห้อง 2,500 บาท": a thousands comma after the number makes it money (the rent).
_NUM = r"#?\d{1,4}(?:/\d{1,4})?(?:(?![xX](?![\w/]))[A-Za-z])?(?![\w/])(?![:.]\d\d(?!\d))(?!,\d{3}(?!\d))"
#: A time unit after the number makes it a duration: "ไม่ออกจากห้อง 2 สัปดาห์" (has not left the
#: room for 2 weeks), "in room 3 days".
_DURATION = (
    r"(?![^\S\n]*(?:สัปดาห์|อาทิตย์|วัน|เดือน|ปี|ชั่วโมง|ชม\.|นาที|คืน|ครั้ง|"
    r"(?i:weeks?|wks?|days?|months?|mths?|years?|yrs?|hours?|hrs?|mins?|minutes?|nights?|times)(?![A-Za-z])))"
)
_PART = rf"{_WORD}[^\S\n]?{_NUM}{_DURATION}"
#: A second part may also be a letter (bed B, อาคาร B).
_NEXT = rf"{_MORE}[^\S\n]?(?:{_NUM}|[A-Z](?![\w]))"
_ROOM = re.compile(rf"(?<![A-Za-z0-9.])(?<!ป\.)(?<!ม\.)(?<!ชั้น)(?<!ชั้น )"
                   # session 10: the grade's number between (ป.4 ห้อง 2, ม.3 ห้อง 5)
                   r"(?<!ป\.\d[^\S\n])(?<!ม\.\d[^\S\n])(?<!ป\.\d)(?<!ม\.\d)"
                   rf"(?:{_PART})(?:[^\S\n]*,?[^\S\n]*{_NEXT}){{0,3}}")


def _not_school_class(value: str) -> bool:
    return not re.match(r"ชั้น[^\S\n]?\d", value) or " " in value


#: A hospital ward on its own ("Ward 4B", "admitted to ward 7") names a part of a hospital that
#: many patients share, not where one person is; only a bed or room with it places the person.
_WARD_ONLY = re.compile(rf"(?i:ward)\.?[^\S\n]?{_NUM}$")


#: A hospital bed or ward with no room of a home ("Bed 3", "เตียง 2", "bed 6 of ward B", "ward 5
#: bed 12"): a bed in a shared ward is not where someone lives, and the next patient gets it.
_HOME_PART = re.compile(r"(?i:room|rm|unit|apt|suite)|ห้อง")


def _places_someone(value: str) -> bool:
    return _not_school_class(value) and not _WARD_ONLY.match(value) and bool(_HOME_PART.search(value))


_RULES = (Rule(ADDRESS, _ROOM, 0.7, validate=_places_someone),)

#: round 19 — a shift-staffed care setting (aged care, nursing home, a ward handover, night crew,
#: nurse grades): there "Rm 11" / "ห้อง 6" labels a resident's bed-room the way "bed 12" labels a
#: ward bed — staff write it in every handover, the next resident gets it — so alone it is kept.
_CARE_SETTING = re.compile(
    r"(?i:aged[^\S\n]care|nursing[^\S\n]home|care[^\S\n]home|residential[^\S\n]care|hospice|"
    r"hand(?:ing)?[^\S\n-]?over|night[^\S\n](?:crew|shift|staff)|incident[^\S\n]form|new[^\S\n]admit)"
    r"|(?<![A-Za-z])(?:RN|EN|AIN|PCA|HCA|CNA|RACF)(?![A-Za-z])|บ้านพักคนชรา|ศูนย์ดูแลผู้สูงอายุ|เนอร์สซิ่งโฮม|ตกเตียง"
)
#: A room just after a living word is still where someone lives: "lives in rm 4", "พักห้อง 12".
_LIVES_BEFORE = re.compile(
    # (session 32: not a care home's name, "Oakmere House Care Home   Room 14": the setting itself)
    r"(?:(?i:lives?|living|stays?|staying|moved|motel|hotel|hostel|dorm|flat|condo|apartment|apt|"
    r"(?<!care[^\S\n])(?<!nursing[^\S\n])(?<!rest[^\S\n])(?<!retirement[^\S\n])home)"
    r"|อยู่|พัก|หอ|คอนโด)[^\n]{0,12}$"
)
#: Only a bare room of a care setting: "Rm 11", "room 4", "ห้อง 6" with nothing after it.
_BARE_ROOM = re.compile(r"(?:(?i:room|rm)\.?|ห้อง)[^\S\n]?\d{1,3}[A-Za-z]?")


#: keep round 2 — an English consulting room: where the session happens, not where anyone lives.
#: A bare "Rm 3" / "room 12" is let go when a clock time follows it ("Rm 3, 10am", "room 12 at
#: 3:30 pm") or a session or service word opens its line just before it ("Family meeting, Rm 3",
#: "Student Counselling Rm 204") — never after a living word ("lives in rm 4", "hostel, room 31").
_EN_BARE_ROOM = re.compile(r"(?i:room|rm)\.?[^\S\n]?\d{1,4}[A-Za-z]?")
_CLOCK_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?i:at|@|from)[^\S\n]+)?\d{1,2}(?:[:.]\d\d)?[^\S\n]?(?i:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])"
    r"|[^\S\n]*,?[^\S\n]*(?i:at|@|from)[^\S\n]+\d{1,2}[:.]\d\d(?!\d)"
)
_SESSION_BEFORE = re.compile(
    r"(?i:session|meeting|counsell?ing|counsell?or|wellness|clinic|consult(?:ation)?|therapy|interview|"
    r"group|seen|office|appointment|appt|intake|review|conference|case[^\S\n]conf)[^\n]{0,24}$"
)


#: session 8 — words that make a line about where someone lives or an address: only there is a
#: bare room ("ห้อง 4/2", "Room 3") a room of a home. Elsewhere it is a classroom, a consulting
#: room or a ward room (ป.4 ห้อง 2, "Room 3 (counselling room)", ห้อง 11 (เตียง A)).
_HOME_LINE = re.compile(
    r"(?i:live|living|stay|home|motel|hotel|hostel|dorm|flat|condo|apartment|apt|mansion|tower|bedsit|"
    r"chawl|house|road|street|st\.|avenue|ave|lane|soi|place|park|garden|residence|court|village|estate|"
    r"block|address|rent|landlord|tenant)"
    r"|หอ|คอนโด|แฟลต|อพาร์ท|อพาร์ต|แมนชั่น|พักที่|พักอยู่|ที่พัก|อยู่|บ้าน|ซอย|ซ\.|ถนน|ถ\.|ทาวเวอร์|เพลส|ที่อยู่|เช่า|ตึก|อาคาร|ชั้น"
)
#: A bare room: a room word and its number alone (ห้อง 4/2, Room 3, rm 12B).
_BARE_ANY_ROOM = re.compile(r"(?:(?i:room|rm)\.?|ห้อง(?:เลขที่)?)[^\S\n]?#?\d{1,4}(?:/\d{1,4})?[A-Za-z]?")


def _room_of_a_service(text: str, start: int, end: int, care_setting: bool) -> bool:
    """A bare room that is not where anyone lives — a resident's room in a care setting, an
    English consulting room, a room on a line with nothing about a home — unless a living word
    stands just before it."""
    if _LIVES_BEFORE.search(text, max(0, start - 30), start):
        return False
    if care_setting and _BARE_ROOM.fullmatch(text, start, end):
        return True
    if _BARE_ANY_ROOM.fullmatch(text, start, end) and not _HOME_LINE.search(line_around(text, start, end)):
        return True
    return bool(_EN_BARE_ROOM.fullmatch(text, start, end) and (
        _CLOCK_AFTER.match(text, end) or _SESSION_BEFORE.search(text, max(0, start - 40), start)))


class RoomRecognizer(RegexRecognizer):
    """Room, bed, unit and ward numbers (ADDRESS)."""

    def __init__(self) -> None:
        super().__init__("RoomRecognizer", _RULES)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts)
        if not found:
            return found
        care_setting = _CARE_SETTING.search(text) is not None
        return [r for r in found if not _room_of_a_service(text, r.start, r.end, care_setting)]


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
