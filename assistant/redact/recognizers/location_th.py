"""Places in Thai text: districts and towns after a place cue, villages (บ้าน + a place-name word),
landmarks where someone is found, neighbourhoods after แถว/ย่าน, a capitalised Latin place name
after a Thai residence or travel cue (ยังอยู่ที่ Oslo), and — round 9 policy — a province, a
foreign state or city, or a country where someone lives, comes from, works or goes (ไปทำงานที่
ชลบุรี, แม่ไปทำงานสิงคโปร์, ยายที่พระตะบอง).

Why provinces again (round 9, the lead's decision): in Thai a province name is also its capital
town's name, and the corpus labels "where someone lives/works" as a LOCATION. Only a place frame
counts (อยู่/ที่/ไป/ทำงาน/มาจาก/กลับ/ย้ายไป/บ้านเกิด…): a country as a nationality or language
(แรงงานเมียนมา, สัญชาติลาว, ภาษาพม่า) and Bangkok (กรุงเทพฯ, กทม. — ten million people) stay.
A province inside an address (จ.X) or an office name is covered by those recognizers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.types import LOCATION

#: A small gazetteer of places below province level that jottings name (Bangkok's districts, big
#: towns and suburbs, border and tourist towns): where a client lives or works. Many are also
#: ordinary words (ดุสิต, วัฒนา, สายไหม), so a place cue must come right before them.
PLACES = (
    "พระนคร", "ดุสิต", "หนองจอก", "บางรัก", "บางเขน", "บางกะปิ", "ปทุมวัน", "ป้อมปราบศัตรูพ่าย",
    "พระโขนง", "มีนบุรี", "ลาดกระบัง", "ยานนาวา", "สัมพันธวงศ์", "พญาไท", "ธนบุรี", "บางกอกใหญ่",
    "ห้วยขวาง", "คลองสาน", "ตลิ่งชัน", "บางกอกน้อย", "บางขุนเทียน", "ภาษีเจริญ", "หนองแขม",
    "ราษฎร์บูรณะ", "บางพลัด", "ดินแดง", "บึงกุ่ม", "สาทร", "บางซื่อ", "จตุจักร", "บางคอแหลม", "ประเวศ",
    "คลองเตย", "สวนหลวง", "จอมทอง", "ดอนเมือง", "ราชเทวี", "ลาดพร้าว", "วัฒนา", "บางแค", "หลักสี่",
    "สายไหม", "คันนายาว", "สะพานสูง", "วังทองหลาง", "คลองสามวา", "บางนา", "ทวีวัฒนา", "ทุ่งครุ",
    "บางบอน", "อ่อนนุช", "รังสิต", "บางใหญ่", "บางบัวทอง", "ปากเกร็ด", "สำโรง", "บางพลี", "พระประแดง",
    "พัทยา", "ศรีราชา", "บางแสน", "สัตหีบ", "หาดใหญ่", "หัวหิน", "ชะอำ", "เกาะสมุย", "ป่าตอง",
    "แม่สาย", "แม่สอด", "อรัญประเทศ", "ปากช่อง", "เบตง", "สุไหงโก-ลก", "มหาชัย", "ลำลูกกา", "คลองหลวง",
    "ธัญบุรี", "บางปู", "บ้านบึง", "แหลมฉบัง", "มาบตาพุด", "เกาะช้าง", "เกาะพะงัน", "เกาะเต่า", "ปาย",
    # landmarks where people are found or met (outreach, runaways): a place as exact as a street
    "สนามหลวง", "หัวลำโพง", "อนุสาวรีย์ชัยฯ", "อนุสาวรีย์ชัยสมรภูมิ", "สวนลุมพินี", "สวนลุม", "หมอชิต",
    "สวนจตุจักร", "เยาวราช", "ราชประสงค์", "ประตูน้ำ", "สะพานพุทธ", "ท่าช้าง", "คลองถม", "บางลำพู",
    "ถนนข้าวสาร", "สนามไชย", "ท่าเตียน", "ปากคลองตลาด", "วงเวียนใหญ่", "สายใต้ใหม่", "ท่าพระจันทร์",
)
_PLACE_CUES = ("ที่", "แถว", "ย่าน", "จาก", "ไป", "อยู่", "เขต", "แขวง", "ละแวก", "ใน", "ถึง", "ชาว", "รอบ", "หน้า", "ใต้", "ข้าง")
#: Thai words that may follow a place straight on (รอบสนามหลวงถึงหัวลำโพง).
_AFTER_PLACE = ("ถึง", "และ", "กับ", "ตอน", "ทุก", "มา", "ไป", "แล้ว", "เมื่อ", "หรือ", "ค่ะ", "ครับ")
#: Villages: บ้าน + a word that opens Thai place names (โคก, หนอง, ดอน …) + more, in a place
#: frame (งานบุญบ้านX, มาจากบ้านX); บ้าน alone, บ้านเพื่อน, บ้านญาติ are "home".
_VILLAGE = re.compile(
    r"(?:งานบุญ|งานวัด|ที่|จาก|ชาว|คน|ไป|มา|ถึง|กลับ|อยู่|แถว|ใน|ของ|พ่อหลวง|แม่หลวง|ผู้ใหญ่บ้าน|ผญบ\.|"
    r"(?<![^\s\d(,]))[^\S\n]?(?P<v>บ้าน"
    r"(?:โคก|หนอง|ดอน|โนน|ห้วย|นา|ป่า|ท่า|บึง|แม่|ทุ่ง|หัว|คลอง|บาง|เขา|ดง|ซับ|วัง|ปาก|น้ำ|โพธิ์|ศรี|สระ|ไร่|เหล่า|กุด|ม่วง|ต้น|แก่ง|ผา|ดอย|สัน|หาด|เกาะ)"
    r"[\u0E01-\u0E4E]{2,14})"
)
#: A sub-district right after a bare village name: บ้านป่าแดง ต.แม่ยาว.
_TAMBON_AFTER = re.compile(r"[^\S\n]+(?:ต\.|ตำบล)")
#: Thai border and northern towns written in Latin inside a Thai note (Mae Sot): places, not people.
_LATIN_TOWNS = re.compile(
    r"(?<![A-Za-z])(?:Mae[^\S\n](?:Sot|Sai|Sariang|Ramat|Hong[^\S\n]Son|Chan|Rim|Taeng|La)|Umphang|Phop[^\S\n]Phra|"
    r"Tha[^\S\n]Song[^\S\n]Yang|Sangkhlaburi|Ranong|Betong)(?![A-Za-z])"
)

#: "near / in the area of": แถวอ่อนนุช, ย่านตลาดพลู, ละแวกบางบัวทอง — the next words name a
#: neighbourhood unless they are generic (แถวบ้าน, แถวนี้, ย่านการค้า) or it is เข้าแถว (line up).
_AREA_CUE = re.compile(r"(?<!เข้า)(?<!ยืน)(?<!ต่อ)(?<!สอง)(?:แถว|ย่าน|ละแวก)[^\S\n]?(?=[\u0E01-\u0E4E])")
#: A small number after the area name (รังสิตคลอง 3) — not a count, a time or a date.
_AREA_NUMBER = re.compile(r"[^\S\n]\d{1,2}(?![\d.:/,])")
#: What makes that number a count of something (3 คน, 2 ปี, 20 เม็ด): then it is not the name.
_COUNTED = re.compile(
    r"[^\S\n]*(?:คน|ปี|เดือน|วัน|ครั้ง|เม็ด|ขวบ|ชม|ชั่วโมง|นาที|บาท|กม|กิโล|ทุ่ม|โมง|น\.|ห้อง|หลัง|ตัว|ราย|ครอบครัว|อาทิตย์|สัปดาห์|คืน|ชั้น)"
)
_AREA_GENERIC = frozenset({
    "บ้าน", "นี้", "นั้น", "หน้า", "หลัง", "ยาว", "ใกล้", "ที่", "ตลาด", "วัด", "โรงเรียน", "ชุมชน",
    "เมือง", "การค้า", "ชานเมือง", "ในเมือง", "ต่างจังหวัด", "สถานี", "ห้าง", "ริม", "หมู่บ้าน", "ทุ่ง",
    "นา", "ป่า", "ทะเล", "แม่น้ำ", "คลอง", "ถนน", "ซอย", "โรงงาน", "นิคม", "เดิม", "เดียวกัน", "อื่น",
    "เรา", "เขา", "ไหน", "โน้น", "ๆ", "ที่ทำงาน", "ที่พัก", "บ้านเกิด", "ชนบท", "กลาง", "แรก", "ท้าย",
    "ย่าน", "แถว", "ละแวก", "ใน", "นอก", "ของ", "และ", "ก็", "จะ", "ไม่", "ได้", "มี", "เป็น", "มหาวิทยาลัย",
    "หอพัก", "คอนโด", "ชายแดน", "ชายทะเล", "ท่าเรือ", "สนามบิน", "โรงพยาบาล", "อำเภอ", "จังหวัด",
})
_AREA_STOP = frozenset({
    "และ", "กับ", "ที่", "ของ", "ให้", "ว่า", "แล้ว", "จะ", "ได้", "ไม่", "ก็", "เพราะ", "แต่", "หรือ",
    "ซึ่ง", "เมื่อ", "เป็น", "มี", "ไป", "มา", "อยู่", "คือ", "ด้วย", "จาก", "ใน", "เพื่อ", "ค่ะ", "ครับ",
    "นะ", "เลย", "ทำงาน", "ขาย", "เช่า", "ตอน", "ตั้งแต่",
})

_TH_CUE_LATIN = re.compile(
    r"(?:อยู่ที่|ยังอยู่ที่|ย้ายไป(?:อยู่)?(?:ที่)?|กลับไป(?:อยู่)?(?:ที่)?|มาจาก|บ้านเกิด(?:อยู่)?(?:ที่)?|"
    r"ไปทำงาน(?:ที่)?|บินไป|เดินทางไป)[^\S\n]*(?P<v>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})"
)


#: Foreign states and cities that Thai notes name as where a migrant or a relative lives or
#: works (neighbouring countries' border provinces and capitals, destinations of labour migration).
_FOREIGN_PLACES = (
    "กลันตัน", "ปีนัง", "ยะโฮร์", "ยะโฮร์บาห์รู", "เคดาห์", "ไทรบุรี", "ปะลิส", "ตรังกานู", "เประ", "สลังงอร์",
    "กัวลาลัมเปอร์", "พระตะบอง", "เสียมราฐ", "พนมเปญ", "ปอยเปต", "เกาะกง", "บันเตียเมียนเจย", "กำปงจาม",
    "เวียงจันทน์", "หลวงพระบาง", "ปากเซ", "สะหวันนะเขต", "จำปาสัก", "ไชยบุรี", "ย่างกุ้ง", "มัณฑะเลย์",
    "เมียวดี", "ท่าขี้เหล็ก", "ทวาย", "เมาะลำไย", "พะอัน", "เนปิดอว์", "ฮานอย", "โฮจิมินห์", "โซล", "ปูซาน",
    "อินชอน", "โตเกียว", "โอซาก้า", "นาโกย่า", "ไทเป", "ไถจง", "เกาสง", "ฮ่องกง", "มาเก๊า", "ดูไบ", "เทลอาวีฟ",
    "เกาหลี", "เมียนมา", "ไต้หวัน", "คุนหมิง", "สิบสองปันนา",
)
#: Industrial and suburban districts that migrant workers name without อ./อำเภอ (ไปทำงานบางบ่อ).
_DISTRICTS = (
    "บางบ่อ", "บางเสาธง", "พระสมุทรเจดีย์", "กระทุ่มแบน", "บ้านแพ้ว", "อ้อมน้อย", "อ้อมใหญ่", "นครชัยศรี",
    "สามพราน", "พุทธมณฑล", "บางปะกง", "บางละมุง", "พนัสนิคม", "ปลวกแดง", "นิคมพัฒนา", "บ้านฉาง", "แกลง",
    "วังน้อย", "บางปะอิน", "หนองแค", "ลาดหลุมแก้ว", "สามโคก", "บางกรวย", "ศรีมหาโพธิ", "กบินทร์บุรี",
)
#: Country names that are also ordinary words or common given names, and Thailand itself.
_NOT_PLACES = frozenset({"ไทย", "ประเทศไทย", "มาลี", "ชาด", "จีน", "ลาว", "เลย", "กรุงเทพมหานคร"})
#: A place frame right before the name: lives, comes from, works, goes, moves, returns, home town.
_FRAME = r"(?:อยู่|ที่|ไป|ทำงาน|จาก|กลับ|ย้าย|บ้านเกิด|ใน|ถึง|แถว|เข้า|ส่ง|หนี|ข้ามไป|ข้ามมา|ติดอยู่)[^\S\n]?"


@lru_cache(maxsize=1)
def _wide_regex() -> re.Pattern[str]:
    from pythainlp.corpus import countries, provinces

    names = {*provinces(), *countries(), *_FOREIGN_PLACES, *_DISTRICTS} - _NOT_PLACES
    names = {n for n in names if len(n) >= 3}
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"{_FRAME}(?P<v>{alternatives})")


@lru_cache(maxsize=1)
def _gazetteer_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(PLACES, key=len, reverse=True))))


class ThaiLocationRecognizer(RegexRecognizer):
    """Thai province names and cued Latin place names in Thai text (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiLocationRecognizer", ())
        self.supported_entities = [LOCATION]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if not re.search(r"[\u0E01-\u0E4E]", text):
            return out
        for m in _VILLAGE.finditer(text):
            end = self._village_end(text, m.start("v"), m.end("v"))
            if m.start("v") == m.start() and not (end and _TAMBON_AFTER.match(text, end)):
                continue  # a bare บ้านX counts only right before ต./ตำบล (its sub-district)
            if end is not None:
                out.append(self.result(LOCATION, m.start("v"), end, 0.6))
        for m in _LATIN_TOWNS.finditer(text):
            out.append(self.result(LOCATION, m.start(), m.end(), 0.7))
        for m in _TH_CUE_LATIN.finditer(text):
            out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        for m in _gazetteer_regex().finditer(text):
            before = text[max(0, m.start() - 6):m.start()].rstrip()
            if before.endswith(_PLACE_CUES) and (
                not re.match(r"[\u0E01-\u0E4E]", text[m.end():m.end() + 1] or " ") or text.startswith(_AFTER_PLACE, m.end())
            ):
                out.append(self.result(LOCATION, m.start(), m.end(), 0.6))
        for m in _wide_regex().finditer(text):
            if self._ends_word(text, m.start("v"), m.end("v")):
                out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        for m in _AREA_CUE.finditer(text):
            end = self._area_end(text, m.end())
            if end is not None:
                out.append(self.result(LOCATION, m.end(), end, 0.6))
        return out

    @staticmethod
    def _ends_word(text: str, start: int, end: int) -> bool:
        """The name is a whole word: the Thai text after it starts a new token (ตาก in ไปตากผ้า
        is "to dry", not the province)."""
        if not re.match(r"[\u0E01-\u0E4E]", text[end:end + 1]):
            return True
        if text.startswith(_AFTER_PLACE, end):
            return True
        from assistant.redact.thai_lexicon import get_thai_lexicon

        tokens = get_thai_lexicon().tokenize(text[start:end + 12])
        pos = start
        for tok in tokens:
            pos += len(tok)
            if pos >= end:
                return pos == end
        return False

    def _village_end(self, text: str, start: int, end: int) -> int | None:
        """End of the village name: the chunk up to a function word or verb; the name after บ้าน is
        not an ordinary compound (บ้านนอก, บ้านสวน) and is at least two words or unknown."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        th = get_thai_lexicon()
        tokens = th.tokenize(text[start + 3:end])
        stop = _AREA_STOP | th.stopwords
        name = ""
        for tok in tokens:
            if tok in stop and name:
                break
            name += tok
        if len(name) < 4 or ("บ้าน" + name) in th.words or (name in th.words and len(th.tokenize(name)) < 2):
            return None
        return start + 3 + len(name)

    def _area_end(self, text: str, pos: int) -> int | None:
        """End of the neighbourhood name after แถว/ย่าน, or None when it is generic."""
        from assistant.redact.thai_lexicon import get_thai_lexicon

        chunk = re.match(r"[\u0E01-\u0E4E]+", text[pos:])
        if not chunk:
            return None
        tokens = get_thai_lexicon().tokenize(chunk.group(0))
        if tokens[0] in _AREA_GENERIC or len(tokens[0]) < 2:
            return None
        end = pos
        for tok in tokens:
            if tok in _AREA_STOP:
                break
            end += len(tok)
        if end - pos < 3:
            return None
        if end == pos + len(chunk.group(0)):
            num = _AREA_NUMBER.match(text, end)
            if num and not _COUNTED.match(text, num.end()):
                end = num.end()  # รังสิตคลอง 3, ซอยวัดไผ่ 2: the number is part of the area's name
        return end
