"""Places in Thai text: province names (PyThaiNLP's bundled list) and a capitalised Latin place
name after a Thai residence or travel cue (ยังอยู่ที่ Oslo, ย้ายไป Lampang).

A province alone is a weak identifier, but in a jotting it narrows where a client lives or works
(ลูกสาวทำงานที่ เชียงราย). Province names that are also common words (เลย "so", แพร่ "spread",
ตาก "dry", ตราด, น่าน) count only after a place cue (ที่, จาก, จ., จังหวัด, ชาว). Addresses
that end in จ.X are found, whole, by the address recognizer; the longer span wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.types import LOCATION

#: Provinces whose name is also an everyday word: only after a place cue.
_AMBIGUOUS = frozenset({"เลย", "แพร่", "ตาก", "ตราด", "น่าน", "ตรัง", "ชุมพร", "ยะลา", "สตูล", "ระนอง", "พังงา"})
_PLACE_CUE = ("ที่", "จาก", "จ.", "จังหวัด", "ชาว")
#: The capital (10 million people) does not narrow anyone down: left alone, like "Bangkok".
_NOT_NARROWING = frozenset({"กรุงเทพมหานคร"})
#: A small gazetteer of places below province level that jottings name (Bangkok's districts, big
#: towns and suburbs, border and tourist towns): where a client lives or works. Many are also
#: ordinary words (ดุสิต, วัฒนา, สายไหม), so a place cue must come right before them.
_PLACES = (
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
)
_PLACE_CUES = ("ที่", "แถว", "ย่าน", "จาก", "ไป", "อยู่", "เขต", "แขวง", "ละแวก", "ใน", "ถึง", "ชาว")

#: "near / in the area of": แถวอ่อนนุช, ย่านตลาดพลู, ละแวกบางบัวทอง — the next words name a
#: neighbourhood unless they are generic (แถวบ้าน, แถวนี้, ย่านการค้า) or it is เข้าแถว (line up).
_AREA_CUE = re.compile(r"(?<!เข้า)(?<!ยืน)(?<!ต่อ)(?<!สอง)(?:แถว|ย่าน|ละแวก)[^\S\n]?(?=[\u0E01-\u0E4E])")
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


@lru_cache(maxsize=1)
def _province_regex() -> re.Pattern[str]:
    from pythainlp.corpus.common import provinces

    names = sorted(set(provinces()) - _NOT_NARROWING, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@lru_cache(maxsize=1)
def _gazetteer_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_PLACES, key=len, reverse=True))))


class ThaiLocationRecognizer(RegexRecognizer):
    """Thai province names and cued Latin place names in Thai text (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiLocationRecognizer", ())
        self.supported_entities = [LOCATION]
        _province_regex()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _province_regex().finditer(text):
            name = m.group(0)
            before = text[max(0, m.start() - 8):m.start()].rstrip()
            if name in _AMBIGUOUS and not before.endswith(_PLACE_CUE):
                continue
            out.append(self.result(LOCATION, m.start(), m.end(), 0.6))
        for m in _TH_CUE_LATIN.finditer(text):
            out.append(self.result(LOCATION, m.start("v"), m.end("v"), 0.6))
        for m in _gazetteer_regex().finditer(text):
            before = text[max(0, m.start() - 6):m.start()].rstrip()
            if before.endswith(_PLACE_CUES) and not re.match(r"[\u0E01-\u0E4E]", text[m.end():m.end() + 1] or " "):
                out.append(self.result(LOCATION, m.start(), m.end(), 0.6))
        for m in _AREA_CUE.finditer(text):
            end = self._area_end(text, m.end())
            if end is not None:
                out.append(self.result(LOCATION, m.end(), end, 0.6))
        return out

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
        return end if end - pos >= 3 else None
