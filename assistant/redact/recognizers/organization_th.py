"""Thai workplaces, shops, temples, clinics and shelters named after a kind-of-place head word.

Thai writes the kind of place first and the name after it: วัดโพธิ์ทองบน, คลินิกรักษ์ครรภ์,
ร้านวัสดุก่อสร้าง เจริญทรัพย์ค้าไม้, โรงงาน ไทยเจริญฟู้ดส์. The head alone, or the head plus
words that only say what kind of place it is (ร้านอาหาร, ศูนย์บำบัด, คลินิกฝากครรภ์, วัดความดัน
— "measure blood pressure"), is not an identifier; a proper name after it is. So: strip the head
and any generic kind words; what is left must be a name (no function word, verb or role word).
A spaced name after the head phrase counts only when it is one chunk that is a compound or an
unknown word (a clause after a space starts with a verb or function word, which is blocked).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.models import Language
from assistant.redact.lexicon import get_lexicon
from assistant.redact.recognizers.base import RegexRecognizer
from assistant.redact.recognizers.person_th import describes_person
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.thai_lexicon import THAI_LETTERS, get_thai_lexicon
from assistant.redact.types import LOCATION, ORGANIZATION
from assistant.text.language import script_runs

#: Kind-of-place heads, longest first so บ้านพักฉุกเฉิน wins over บ้านพัก.
HEADS = (
    # a rural school named after its village (โรงเรียนบ้านX; other schools are organization.py's),
    # and protection homes named by kind + บ้าน + name (สถานคุ้มครองสวัสดิภาพเด็กบ้านX)
    "โรงเรียนบ้าน", "สถานคุ้มครอง", "สถานสงเคราะห์", "สถานแรกรับ", "สถานรองรับ", "สถานพัฒนาและฟื้นฟู",
    "บ้านพักฉุกเฉิน", "มินิมาร์ท", "มินิมาร์ต", "ซูเปอร์มาร์เก็ต", "โรงงาน", "โรงแรม", "รีสอร์ท", "รีสอร์ต",
    "คลินิก", "ศูนย์", "สหกรณ์", "สมาคม", "ชมรม", "บ้านพัก", "ร้าน", "อู่", "วัด", "ห้าง", "ค่าย", "ตลาด",
    # farms, orchards, mills and pumps that employ a client (ฟาร์มอุดมสุขสุกร, โรงสีศรีสมบูรณ์)
    "ฟาร์ม", "ไร่", "สวน", "โรงสี", "ปั๊ม",
    # a fish dock business (แพปลาX) employs fishers; a named pier or fish port is a place (LOCATION)
    "แพปลา", "ท่าเรือ", "สะพานปลา",
    # where someone lives: a named dorm, apartment or mansion is a place (LOCATION)
    "หอพัก", "อพาร์ทเมนท์", "อพาร์ตเมนต์", "อพาร์ทเม้นท์", "แมนชั่น", "คอนโด", "แฟลต",
    # session 10: elephant camps, workers' camps, clubs, shrimp docks, quarries, packing sheds and
    # immigration checkpoints named after their owner or place (ปางช้างX, แคมป์คนงานX, สโมสรX)
    "ปางช้าง", "แคมป์คนงาน", "สโมสร", "แพกุ้ง", "โรงโม่", "ด่านตรวจคนเข้าเมือง",
    # session 15: a team, only when its name ends in a loanword tail (ทีมแม่จันยูไนเต็ด)
    "ทีม",
    # session 27: a sawmill, an ice plant, a cane press and a border crossing named by its place
    # (โรงเลื่อยเฮงหลี, ด่านช่องเม็ก, ด่านบ้านแหลม)
    "โรงเลื่อย", "โรงน้ำแข็ง", "โรงหีบ", "ด่าน",
    # session 29: a crop yard that buys a village's harvest, named by its owner (ลานมันเจ๊ฮวย)
    "ลานมัน", "ลานรับซื้อ", "ลานยาง", "ลานข้าวโพด",
)
#: session 15 — English words written in Thai letters that end a shop's or team's own name, glued
#: (ร้านม้งสโตร์, ร้านลีลาวดีแฟชั่น, ทีมแม่จันยูไนเต็ด): Thai names a kind of shop in Thai words, so
#: words before such a tail name it, even a people's name or an ordinary word.
_BRAND_TAILS = frozenset({
    "สโตร์", "แฟชั่น", "ช็อป", "ช้อป", "ช็อพ", "มาร์ท", "มาร์ต", "เบเกอรี่", "คาเฟ่", "ยูไนเต็ด", "เซ็นเตอร์",
    "พลาซ่า", "เฮาส์", "เฮ้าส์", "กรุ๊ป", "โมบาย", "บิวตี้", "ซาลอน", "สตูดิโอ", "ฟิตเนส", "ออโต้", "คาร์แคร์",
    "เอฟซี", "ซิตี้", "ฟู้ด", "ฟู้ดส์", "เทรดดิ้ง", "ซัพพลาย", "เซอร์วิส", "การ์เมนท์", "เท็กซ์ไทล์",
})
#: Where-words glued after a tail: the name has ended (…แฟชั่น|ใน|ตลาด…).
_AFTER_BRAND = frozenset({"ใน", "หน้า", "ข้าง", "หลัง", "แถว", "ตรง", "ที่", "ใกล้", "ตลาด", "ห้าง"})
#: Heads found even after names in a run-on note with no spaces (they open no ordinary word).
_RUN_ON_HEADS = frozenset({
    "ปางช้าง", "แคมป์คนงาน", "ด่านตรวจคนเข้าเมือง",
    "ตลาด", "โรงเรียนบ้าน", "สถานคุ้มครอง", "สถานสงเคราะห์", "สถานแรกรับ", "สถานรองรับ", "ศูนย์", "คลินิก",
    "ร้าน", "โรงงาน",
})
#: Markets are places (LOCATION), and are often named with one word: ตลาดไท, ตลาดยิ่งเจริญ.
_MARKET = "ตลาด"
#: Homes named after their building (LOCATION, like a condo named as where someone lives).
_HOMES = frozenset({"หอพัก", "อพาร์ทเมนท์", "อพาร์ตเมนต์", "อพาร์ทเม้นท์", "แมนชั่น", "คอนโด", "แฟลต"})
#: Piers and fish ports are places (LOCATION), named like a dock: ท่าเรือX, สะพานปลาX.
_PORTS = frozenset({"ท่าเรือ", "สะพานปลา", "ด่าน"})
#: Kinds of pier, not a pier's name (ท่าเรือประมง "the fishing pier", ท่าเรือข้ามฟาก "the ferry").
PORT_KINDS = frozenset({
    "ประมง", "ข้ามฟาก", "โดยสาร", "น้ำลึก", "สินค้า", "เล็ก", "ใหญ่", "ใกล้", "ใกล้บ้าน", "เดิม", "นี้", "นั้น",
    "ตั้งแต่", "ทุก", "ตอน", "เช้า", "เย็น", "ด้วย", "แล้ว", "อีก", "ไป", "มา", "ที่", "ของ", "และ", "เพื่อ", "ก็",
    # (session 27) kinds of crossing: a checkpoint, the border, customs, a toll
    "ตรวจ", "ชายแดน", "ศุลกากร", "เก็บเงิน", "ถาวร", "ผ่อนปรน",
})
#: National services named with ศูนย์ and no place (the guide keeps them: ศูนย์ดำรงธรรม is the
#: government complaints line everyone is sent to); with จังหวัด/อำเภอ + name they are one office.
_NATIONAL_CENTRES = ("ดำรงธรรม", "ประชาบดี", "ช่วยเหลือสังคม", "คุ้มครองคนไร้ที่พึ่ง", "พึ่งได้", "ชีวิตใหม่")
#: Service heads that take a province to become one office (บ้านพักเด็กและครอบครัวจังหวัดX).
_PROVINCIAL_KINDS = frozenset({"บ้านพัก", "ศูนย์", "บ้านพักฉุกเฉิน", "สมาคม", "ชมรม", "สหกรณ์"})
#: Malls are named with their branch's district after a space: ห้างเมกะวิลล์ บางนา.
_BRANCHED = frozenset({"ห้าง"})
#: Words that open a time, floor or clause after the mall, not its branch (ตอนเย็น, ชั้นสอง).
_NOT_BRANCH_OPENERS = ("ตอน", "ทุก", "ชั้น", "วัน", "เวลา", "หลัง", "ก่อน", "ประมาณ", "เมื่อ", "อีก", "ช่วง", "เดือน", "ปี")
#: Words that only say what kind of place it is (ร้าน|อาหาร, ศูนย์|บำบัด) — not a name.
_KIND_WORDS = frozenset({
    # session 26: the prison's own shop (ร้านค้าเรือนจำ)
    "เรือนจำ", "ทัณฑสถาน",
    # shops and trades
    "อาหาร", "ข้าว", "ข้าวแกง", "ข้าวมันไก่", "กาแฟ", "ก๋วยเตี๋ยว", "ส้มตำ", "หมูกระทะ", "ชา", "น้ำ",
    "เครื่องดื่ม", "ขนม", "เบเกอรี่", "ขาย", "ขายของ", "ของชำ", "ชำ", "โชห่วย", "สะดวกซื้อ", "ซ่อม",
    "ซ่อมรถ", "รถ", "รถยนต์", "ยนต์", "มอเตอร์ไซค์", "ตัดผม", "เสริมสวย", "นวด", "สปา", "ยา", "ขายยา",
    "เหล้า", "คาราโอเกะ", "วัสดุ", "ก่อสร้าง", "วัสดุก่อสร้าง", "เฟอร์นิเจอร์", "มือถือ", "โทรศัพท์",
    "เกม", "อินเทอร์เน็ต", "ทอง", "ผ้า", "เสื้อผ้า", "ดอกไม้", "ผลไม้", "ผัก", "หมู", "ไก่", "ซักรีด",
    "ซักผ้า", "ถ่ายเอกสาร", "เครื่องเขียน", "หนังสือ", "ต้นไม้", "เหล็ก", "ไม้", "ปุ๋ย", "ยาง", "แก๊ส",
    "อะไหล่", "ค้า", "ส่ง", "ปลีก", "ขายส่ง", "ขายปลีก", "ใหญ่", "เล็ก", "ประจำ", "แถว", "หน้า",
    # factories
    "ผลิต", "ทอผ้า", "เย็บผ้า", "น้ำแข็ง", "อิฐ", "แปรรูป", "อุตสาหกรรม", "สิ่งทอ", "ประกอบ",
    "อิเล็กทรอนิกส์", "ชิ้นส่วน", "กระดาษ", "พลาสติก", "ปลากระป๋อง", "รองเท้า",
    # goods a factory or shop handles (โรงงานแปรรูปกุ้ง "a shrimp-processing plant")
    "กุ้ง", "ปลา", "ปู", "หมึก", "อาหารทะเล", "ซีฟู้ด", "ทูน่า", "อาหารสัตว์", "ยางพารา", "มันสำปะหลัง",
    "อ้อย", "น้ำตาล", "ปาล์ม", "สับปะรด", "ข้าวสาร", "น้ำปลา", "ขนมปัง", "ไอศกรีม", "ผ้าไหม", "ถุง",
    "กล่อง", "แห", "อวน", "เส้น", "ลูกชิ้น", "ไส้กรอก", "นม", "ไข่", "เนื้อ", "แช่แข็ง", "บรรจุ", "กระป๋อง",
    # centres, clinics, shelters
    "บำบัด", "ฟื้นฟู", "พัฒนา", "ช่วยเหลือ", "เทศบาล", "พึ่งได้", "เด็ก", "เด็กเล็ก", "สุขภาพ", "สุขภาพจิต",
    "บริการ", "การค้า", "ราชการ", "คุ้มครอง", "ดูแล", "ผู้สูงอายุ", "แพทย์", "การแพทย์", "อนามัย",
    "ให้คำปรึกษา", "คำปรึกษา", "ประสานงาน", "เยาวชน", "ฝึก", "อาชีพ", "หมอ", "ทันตกรรม", "ฟัน",
    "เวชกรรม", "จิตเวช", "ความงาม", "ผิวหนัง", "ฝากครรภ์", "ฉุกเฉิน", "คนชรา", "พักพิง", "ครอบครัว",
    "สตรี", "ผู้หญิง", "ผู้พิการ", "คนพิการ", "ออมทรัพย์", "การเกษตร", "ครู", "ผู้ปกครอง", "ยาเสพติด",
    "ปรับ", "เปลี่ยน", "พฤติกรรม", "ทหาร", "ลูกเสือ", "ฤดูร้อน", "อพยพ", "พักชั่วคราว", "ชั่วคราว",
    "อด", "สุรา", "บุหรี่", "เลิก", "กาย", "อุปกรณ์", "กายอุปกรณ์", "ต่างจังหวัด", "จังหวัด", "อำเภอ",
    "ตำบล", "ชุมชน", "หมู่บ้าน", "ในเมือง", "ต่างประเทศ", "ใกล้บ้าน", "แถวบ้าน", "กะ", "เวร", "งาน",
    "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัส", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์",
    "วันพระ", "วัน", "เสาร์", "อาทิตย์", "เช้า", "เย็น", "กลางคืน", "ทุกวัน", "ประจำวัน", "ประจำปี",
    "นัด", "สด", "โต้รุ่ง", "มืด", "หุ้น", "แรงงาน", "ออนไลน์", "ทุน", "เงิน", "ซื้อขาย",
    "มินิมาร์ท", "มินิมาร์ต", "ซูเปอร์มาร์เก็ต", "แฟชั่น",
    "กลาง", "รวม", "สรรพสินค้า", "ตามสั่ง", "ตาม", "สั่ง", "ค้าปลีก", "สาขา", "ใหม่", "เก่า", "เดิม",
    # farms, orchards, pumps and homes of a kind (ฟาร์มไก่, สวนยาง, ปั๊มน้ำมัน, หอพักนักศึกษา)
    "สุกร", "โค", "วัว", "ควาย", "เป็ด", "ปศุสัตว์", "โคนม", "แพะ", "กล้วยไม้", "มะม่วง", "ทุเรียน", "ลำไย",
    "ลิ้นจี่", "เงาะ", "มังคุด", "ส้ม", "องุ่น", "สาธารณะ", "สัตว์", "น้ำมัน", "ลม", "หญิง", "ชาย", "นักศึกษา",
    "มหาวิทยาลัย", "ราคาถูก", "รายเดือน", "รายวัน", "เอกชน", "ใน", "หลังบ้าน", "ครัว", "ผสม", "ข้าวโพด",
    "ถั่ว", "ยูคา", "สัก", "นา", "ตัวเอง", "ญาติ", "พ่อ", "แม่", "ลุง", "ป้า",
    # how the food is cooked and whose cuisine (ร้านหมูปิ้ง, ร้านไก่ทอด, ร้านอาหารเกาหลี)
    "ปิ้ง", "ย่าง", "ปิ้งย่าง", "กระทะ", "ทอด", "เผา", "ต้ม", "ตุ๋น", "นึ่ง", "เกาหลี", "ญี่ปุ่น", "จีน", "อีสาน", "ฝรั่ง",
    # a student or staff service named by what it does (ศูนย์สุขภาวะนักศึกษา) has no proper name
    "สุขภาวะ", "แนะแนว", "อาจารย์", "บุคลากร", "พนักงาน", "คนงาน", "ประชาชน",
    # who a generic service serves (ศูนย์บริการคนพิการทั่วไป: "a general disability service")
    "พิการ", "ทั่วไป", "สะดวก", "ซื้อ",
    # protection homes: what and whom they protect (สถานคุ้มครองสวัสดิภาพเด็ก, สถานสงเคราะห์เด็กหญิง)
    # what a generic school or centre teaches and for whom (ศูนย์การศึกษาพิเศษ, ศูนย์การเรียนสำหรับเด็กข้ามชาติ)
    "การศึกษา", "พิเศษ", "การศึกษาพิเศษ", "การเรียน", "การเรียนรู้", "สำหรับ", "ข้ามชาติ", "ต่างชาติ",
    "สมรรถภาพ", "ฟื้นฟูสมรรถภาพ", "แรกรับ", "สาธารณสุข", "บริการสาธารณสุข", "รัฐบาล",
    "สวัสดิภาพ", "คุ้มครองสวัสดิภาพ", "สงเคราะห์", "เด็กหญิง", "เด็กชาย", "เด็กอ่อน", "ผู้เสียหาย", "ค้ามนุษย์",
    # session 9: what a generic shop sells or a clinic treats (ร้านนวดแผนไทย, ร้านชานมไข่มุก,
    # คลินิกแก้หนี้, คลินิกสุขภาพทางเพศ, ศูนย์ดรอปอินเด็กเร่ร่อน), and cuisines (แผน|ไทย as the tokenizer cuts it)
    "แผนไทย", "แผนโบราณ", "ชานม", "ไข่มุก", "ชานมไข่มุก", "ชาไข่มุก", "น้ำปั่น", "แก้หนี้", "หนี้", "ทางเพศ",
    "สุขภาพทางเพศ", "เพศ", "ดรอปอิน", "เร่ร่อน", "เด็กเร่ร่อน", "ไร้บ้าน", "คนไร้บ้าน", "คอมพิวเตอร์", "แผน",
    "ไทย", "ลาว", "พม่า", "เวียดนาม", "อินเดีย",
    # session 10: a clinic by the medicine it gives (คลินิกยาต้าน, the ARV clinic)
    "ยาต้าน", "ยาต้านไวรัส", "เมทาโดน",
    # session 11: how big, where by the road, coin-operated, taught, the usual one (ร้าน|วัสดุก่อสร้าง|
    # ขนาดใหญ่, ร้านซักรีด|หยอด|เหรียญ, โรงเรียน|สอนพิเศษ|ภาษาอังกฤษ, ร้านอาหาร|ตาม|สั่ง|เจ้าประจำ)
    "ขนาด", "ขนาดใหญ่", "ขนาดเล็ก", "ริม", "ถนน", "ริมถนน", "หยอด", "เหรียญ", "หยอดเหรียญ", "สอน",
    "สอนพิเศษ", "กวดวิชา", "ภาษา", "ภาษาอังกฤษ", "อังกฤษ", "เจ้าประจำ", "ม่านรูด", "มือสอง",
    # whose staff housing or canteen it is (บ้านพักพนักงาน|โรงงาน, โรงอาหาร|บริษัท)
    "โรงงาน", "บริษัท",
    # session 12: the ranks a camp houses (บ้านพักนายทหารประทวน, แฟลตตำรวจ, บ้านพักข้าราชการ)
    "นายทหาร", "ประทวน", "สัญญาบัตร", "ชั้นประทวน", "ตำรวจ", "ข้าราชการ", "นายสิบ",
    # session 18 (keep8): a welfare-development centre, a roadside karaoke bar
    "พัฒนาการ", "จัด", "สวัสดิการ", "สังคม", "สวัสดิการสังคม", "ริมทาง", "ข้างทาง", "ทาง",
})
def _named_after_place(word: str) -> bool:
    """A sub-district's or district's name, or a word opening with a landform (บ้าน, หนอง, บาง…)."""
    from assistant.redact.gazetteer import thai_unit_names
    from assistant.redact.recognizers.location_th import TOPO_HEADS

    return word in thai_unit_names() or (len(word) >= 5 and word.startswith((*TOPO_HEADS, "บ้าน")))


#: Words after วัด that say what kind of temple it is: forest, new, old, Chinese, Vietnamese, Thai
#: (abroad), big, famous, the village's own, the nearby one.
_TEMPLE_KINDS = frozenset({
    "ป่า", "ใหม่", "เก่า", "จีน", "ญวน", "ไทย", "พุทธ", "ใหญ่", "เล็ก", "ดัง", "หลวง", "ประจำ", "แถว", "ใกล้",
    "ราษฎร์", "บ้าน", "ร้าง", "ญี่ปุ่น", "ลาว", "พม่า", "มอญ", "เขมร", "คริสต์", "แขก", "ประจำหมู่บ้าน",
    "ประจำตำบล", "เวียน", "นี้", "นั้น", "โน้น", "ไหน", "ต่าง",
})
#: "About", "for": after วัด they say what the temple was asked (ประสานวัดเรื่องอาสาสมัคร).
_ABOUT = frozenset({"เรื่อง", "เกี่ยวกับ", "สำหรับ", "เพื่อ", "ตาม", "โดย", "ช่วง", "ขอ"})
#: What one goes to a temple to do, glued after วัด (ไปวัดฟังธรรม, ไปวัดนั่งสมาธิ): no name.
_AT_THE_TEMPLE = (
    "ฟังธรรม", "ฟังเทศน์", "นั่งสมาธิ", "ทำบุญ", "ตักบาตร", "สวดมนต์", "ปฏิบัติธรรม", "บวช", "เวียนเทียน",
    "ถือศีล", "ช่วยงาน", "กราบพระ", "ไหว้พระ", "ทำวัตร", "ถวาย", "รับศีล", "กินข้าว", "นอน", "เล่น", "เดิน",
    "ไปหา", "หา", "ขอ", "รับ", "ช่วย", "ทำงาน", "ฝึก", "เรียน", "สอน", "ทุก", "บ่อย", "ประจำ", "สัก",
    "ปีนี้", "ปีที่แล้ว", "ปีหน้า",
)
#: After วัด ("temple" / "to measure"), words that make it the verb: วัดความดัน, วัดไข้.
_MEASURED = frozenset({
    "ความดัน", "ไข้", "อุณหภูมิ", "น้ำตาล", "ผล", "ระดับ", "ค่า", "สายตา", "ส่วนสูง", "น้ำหนัก", "ตัว",
    "ใจ", "ความ", "รอบ", "ขนาด", "ชีพจร", "ปริมาณ", "ประเมิน", "ซ้ำ", "ได้", "แล้ว", "วา", "ดู",
    "แอลกอฮอล์", "ออกซิเจน", "ลมหายใจ", "รอบเอว", "รอบศีรษะ",
})
_CLAUSE_WORDS = (
    "และ", "กับ", "ที่", "ของ", "ให้", "ว่า", "แล้ว", "จะ", "ได้", "ไม่", "ก็", "เพราะ", "แต่", "หรือ",
    "ซึ่ง", "เมื่อ", "ถูก", "โดน", "เป็น", "มี", "ไป", "มา", "อยู่", "คือ", "ด้วย", "จาก", "ใน", "เพื่อ",
)
_CHUNK = re.compile(rf"[{THAI_LETTERS}]+")
#: Clause words that end a shop's or temple's name once it holds an unknown word (วัดป่าโนนเขวา|กับ
#: เพื่อน, ไปพังร้านพิมพ์ใจบิวตี้|ให้ดู): what follows is the sentence, not the name.
_NAME_ENDERS = (
    "ที่", "ซึ่ง", "และ", "กับ", "ให้", "แล้ว", "เพราะ", "แต่", "ด้วย", "เพื่อ", "เมื่อ", "หรือ", "จน",
    # a negation or modal glued after the name (โรงเรียนบ้านกาเยาะมาตี|ไม่ไป…): the clause goes on
    "ไม่", "ได้", "จะ", "ก็", "ยัง", "เคย", "ต้อง",
)
#: session 21 — a temple's name is made of auspicious words, never of a verb of going, a clause
#: word or "like": glued after two or more of its words they open the sentence (วัดโพธิ์เก้าต้น|ไป|ทาง
#: ทิศเหนือ, วัดศรีโป่งคำ|เหมือน|เก่า). Not ใน/นอก, which tell two temples apart (วัดคลองขนากใน).
_TEMPLE_NAME_ENDERS = frozenset(_CLAUSE_WORDS) - {"ใน"} | {"เหมือน", "เหมือนเดิม", "ตาม", "ทั้ง", "นิดเดียว"}
#: Words that, glued after a name, start the next clause of a run-on note: where (หน้า, หลัง,
#: ซอย), a phone (โทร, เบอร์), who (ภรรยา, เด็ก|ชื่อ). ตลาดพิมลชัย|โทร0…, ร้านส้มตำเจ๊แดง|หน้าไปรษณีย์.
_AFTER_NAME = frozenset({"โทร", "เบอร์", "หน้า", "หลัง", "ข้าง", "ซอย", "ตรงข้าม", "ติดกับ", "ชื่อ", "ตอนนี้", "ตอน"})
#: Words for a person that stand before ชื่อ (ตลาดนาฝาย|เด็ก|ชื่อ…): the name ended before them.
_WHO_BEFORE_NAMING = frozenset({"เด็ก", "คน", "ผู้หญิง", "ผู้ชาย", "หญิง", "ชาย", "ลูก", "แม่", "พ่อ", "เจ้าของ"})
#: Kind words that also open place names (นา "rice field" in นาฝาย, นาเกลือ).
_LANDFORM_KINDS = frozenset({"นา", "ป่า", "ไร่", "สวน"})
#: keep round 2 — words that open a time of day; no place name holds them (ตอนเย็น, ตั้งแต่ตีห้า).
_TIME_OPENERS = (
    "ตอน", "ตั้งแต่", "เวลา", "พรุ่งนี้", "วันนี้", "เมื่อวาน", "คืนนี้", "เมื่อเช้า",
    # session 9: next/this/last week or month glued after a place (คลินิกX|เดือนหน้า)
    "เดือนหน้า", "เดือนนี้", "เดือนที่แล้ว", "สัปดาห์หน้า", "สัปดาห์นี้", "อาทิตย์หน้า", "อาทิตย์นี้", "ปีหน้า",
    # session 24: holy days and festivals glued after a temple (ไปทำบุญที่วัด|วันสงกรานต์, ไปวัด|วันพระ)
    "วันสงกรานต์", "สงกรานต์", "วันพระ", "วันเกิด", "วันหยุด", "วันปีใหม่", "ปีใหม่", "วันแม่", "วันพ่อ",
    "เทศกาล", "ออกพรรษา", "เข้าพรรษา", "ลอยกระทง", "ตรุษจีน", "สารทจีน", "วันสารท", "วันมาฆบูชา",
    "วันวิสาขบูชา", "วันอาสาฬหบูชา",
    # session 31: the small hours (ไปตลาด|เช้ามืด|กับแม่, ร้านข้าวต้ม|กลางดึก)
    "เช้ามืด", "เช้าตรู่", "กลางดึก", "หัวค่ำ", "ตีสาม", "ตีสี่", "ตีห้า",
)
#: keep round 3 — "every day/week…" glued after a place (ชมรมผู้สูงอายุ|ทุกวันพุธ): a time, no name.
_EVERY = ("ทุกวัน", "ทุกสัปดาห์", "ทุกอาทิตย์", "ทุกเดือน", "ทุกเช้า", "ทุกเย็น", "ทุกคืน", "ทุกครั้ง")
#: Words that, right after a kind of place only (ร้านนวด|กะ|ดึก, ร้านเกม|เล่น|ทั้งคืน), open the rest of
#: the sentence: a time of night, going home or opening hours, playing, pay. A shop named with
#: ordinary words keeps its name (ร้านนวด|หาย|เหนื่อย): only these words end the kind here.
#: Heads that also end everyday verbs (สอบสวน, ไต่สวน "to investigate, to inquire"); others (วัด in
#: ศาลาวัด, a temple's pavilion) still open the name after the compound.
_VERB_ENDING_HEADS = frozenset({"สวน"})
_CLAUSE_AFTER_KIND = frozenset({
    "ดึก", "ดึกๆ", "ค่ำ", "เที่ยงคืน", "ตีหนึ่ง", "ตีสอง", "ตีสาม", "ตีสี่", "ตีห้า", "ตี",
    "กลับ", "เลิก", "เปิด", "ปิด", "เข้า", "เข้ากะ", "ออก", "ถึง", "จน", "ต่อ", "เล่น", "นอน",
    "ได้เงิน", "ได้ค่าจ้าง", "ค่าจ้าง", "รายได้", "วันละ", "เดือนละ", "ชั่วโมงละ",
    # session 26: what the matter is (ประสานศูนย์พัฒนาเด็กเล็ก|เรื่อง|การเรียนร่วม…)
    "เรื่อง",
})
#: "If", "in case", "so that": a condition glued after a kind of place opens the next clause.
_CONDITIONALS = frozenset({"หาก", "ถ้า", "เพื่อ", "กรณี", "เผื่อ"})
#: Words that end even a named place when they follow it: a shift, going home (…รุ่งเรือง|เข้า|กะดึก).
_SHIFT_AFTER_NAME = frozenset({"เข้า", "เข้ากะ", "กลับ", "เลิก", "ได้เงิน", "ได้ค่าจ้าง", "ค่าจ้าง", "วันละ", "เดือนละ"})
#: Where-words that, after a kind of place only, place it by a landmark (ร้านเกม|หน้า|ตลาด).
_WHERE_WORDS = frozenset({"หน้า", "หลัง", "ข้าง", "ตรงข้าม", "ใกล้", "ติดกับ"})
#: Reporting verbs: glued after a school's or shop's name they open the sentence's predicate.
_REPORTING = ("บอก", "แจ้ง", "เล่า", "รายงาน", "โทรมา", "โทรแจ้ง", "ส่งตัว", "ส่งต่อ", "ประสาน")  # (the tokenizer may cut บอ|กว่า)
def is_kind(token: str) -> bool:
    """A kind word, or two glued as one dictionary word (ไก่ทอด, ข้าวผัด → ไก่|ทอด)."""
    return token in _KIND_WORDS or any(
        token[:i] in _KIND_WORDS and token[i:] in _KIND_WORDS for i in range(1, len(token))
    )


def _named_head_follows(rem: str) -> bool:
    """After a where-word, another kind-of-place head with more than a time after it (หลัง|โรงงาน
    เจ๊X) is a named place the span must keep; a bare landmark (หลัง|ตลาด|ตอนดึก) is not."""
    return any(
        rem.startswith(h) and len(rem) > len(h) and not rem[len(h):].startswith(_TIME_OPENERS) for h in HEADS
    )


_NUMBER_WORDS = frozenset({"สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ"})
_SLOT_END = re.compile(r"(?:[^\S\n]|[,;:)\n]|$)")
#: Which of two places: วัดคลองขนากใน, วัดบางพลีนอก.
_SIDE_WORDS = frozenset({"ใน", "นอก"})
#: A quoted name after a space: 'ชัยโมบาย', "เจ๊…", “…”.
_QUOTED_NAME = re.compile(rf"[^\S\n]?['‘\"“]([{THAI_LETTERS}A-Za-z][{THAI_LETTERS}A-Za-z0-9 .&\-]{{1,30}}?)['’\"”]")


class ThaiOrganizationRecognizer(RegexRecognizer):
    """Named Thai shops, factories, temples, clinics, centres and shelters (ORGANIZATION)."""

    def __init__(self) -> None:
        super().__init__("ThaiOrganizationRecognizer", ())
        self.supported_entities = [LOCATION, ORGANIZATION]
        lex = get_lexicon()
        self._th = get_thai_lexicon()
        from assistant.redact.recognizers.person_th_bare import RELATION_NOUNS

        #: may not open a name (a clause or a role starts here)
        self._block_first = (
            self._th.stopwords | (lex.th_not_names - {"บ้าน", "ไทย"})
            | lex.th_soft_titles | lex.th_strong_titles | RELATION_NOUNS
        )
        self._titles = lex.th_soft_titles
        self._any_title = lex.th_soft_titles | lex.th_strong_titles  # พระอาจารย์|จาก|วัด…
        self._relations = RELATION_NOUNS
        #: may not sit anywhere in a name (a clause goes on): และ, ที่, ไม่ …
        self._block = (lex.th_not_surnames - self._th.words) | frozenset(_CLAUSE_WORDS) | RELATION_NOUNS

    def _temple_word(self, word: str) -> bool:
        return (
            len(word) >= 3 and word not in _TEMPLE_KINDS and word not in _KIND_WORDS and word not in self._block_first
            and word not in _CLAUSE_WORDS and word not in _WHERE_WORDS and word not in self._th.stopwords
            and not word.startswith((*_TIME_OPENERS, *_REPORTING, *_NAME_ENDERS))
            and not self._measured(word)
        )

    def _temple_name(self, tokens: list[str]) -> bool:
        """Two or more words after วัด, five letters or more, that can all stand in a name and do
        not open with a kind of temple or with what is measured (วัดป่า|ใกล้|บ้าน, วัดความ|ดัน)."""
        # (session 37, set 121) a temple named by its village: วัดบ้าน|โนน|สวรรค์|ว่า… — the village word
        # opens it, and the next word must be one a temple's name can open with
        first = tokens[1] if len(tokens) >= 3 and tokens[0] == "บ้าน" else tokens[0]
        return (
            sum(map(len, tokens)) >= 5 and self._temple_word(first) and first not in _ABOUT
            and not any(t in self._block for t in tokens)
        )

    def _name_tokens(self, tokens: list[str]) -> bool:
        """Every token can be part of a proper name, and the part that is not a kind word looks
        like a name: two or more words (ฟ้า|ใส, โพธิ์|ทอง|บน), or an unknown or listed name word.
        One ordinary word (ร้านดัง "a famous shop") is a description, not a name."""
        numbered = {
            i for i, t in enumerate(tokens)
            if i and tokens[i - 1] in _NUMBER_WORDS and (t in self._block or t in self._titles)
        }
        if not tokens or any(t in self._block for i, t in enumerate(tokens) if i not in numbered):
            return False  # (มินิมาร์ทสองพี่น้อง: "two siblings" is a shop's name, not a clause)
        if len(tokens) >= 2 and tokens[-1] in _BRAND_TAILS and not all(map(is_kind, tokens[:-1])):
            return True  # ม้ง|สโตร์, ลีลาวดี|แฟชั่น (เสื้อผ้า|แฟชั่น is a kind of shop)
        # สถานสงเคราะห์|เด็กหญิง|บ้านX: kind words, then บ้าน + the home's own name
        kind_first = tokens[0] in _KIND_WORDS and tokens[0] not in self._titles and "บ้าน" in tokens[1:]
        if tokens[0] in self._block_first and not kind_first and not (
            len(tokens) > 1 and (tokens[0] in self._titles or 1 in numbered)
        ):
            return False  # a title may open a name only with the name after it: คลินิกแม่ละมุน
        named = [t for t in tokens if not is_kind(t)]
        if named and is_kind(tokens[0]) and tokens[-1] == named[-1] and len(named[-1]) >= 3:
            return True  # a kind then a word: คลินิกทันตกรรม|ยิ้มละไม (a description would be a kind too)
        return len(named) >= 2 or any(
            t not in self._th.words or self._th.is_name(t) for t in named if len(t) >= 2
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for start, end, lang in script_runs(text):
            if lang is Language.TH:
                for m in _CHUNK.finditer(text, start, end):
                    self._chunk(text, m, out)
                    if len(m.group(0)) >= 40:
                        self._run_on(text, m, out)
        return out

    def _run_on(self, text: str, m: re.Match, out: list[RecognizerResult]) -> None:
        """A run-on note with no spaces is one long chunk holding several places
        (…โรงเรียนบ้านX…ที่ตลาดY…): read on after each head for the next one."""
        pos = m.start()
        for _ in range(6):
            got = self._head_at(text[pos:m.end()])
            if got is None:
                return
            pos += got[0] + len(got[1])
            sub = _CHUNK.match(text, pos, m.end())
            if sub is None:
                return
            self._chunk(text, sub, out)

    def _head_at(self, chunk: str) -> tuple[int, str] | None:
        """First kind-of-place head in the chunk that starts a word: the text before it splits
        into dictionary words (ทำงาน|ร้าน…, ที่|วัด… even when newmm glues ที่วัด)."""
        best: tuple[int, str] | None = None
        bounds: set[int] | None = None
        for head in HEADS:
            k = chunk.find(head)
            while k >= 0:
                before = chunk[:k]
                if bounds is None and before and head in _RUN_ON_HEADS:
                    bounds = self._th.word_starts(chunk)
                if (
                    not before or (self._words_only(before) and not self._swallows_head(before, head))
                    # session 21 — งานวัด, a temple fair, is one dictionary word that swallows the
                    # head (ช่วย|งานวัด|ตะเคียน|งาม): the head still opens the temple's name
                    or (head == "วัด" and before.endswith("งาน") and self._words_only(before[:-3]))
                    # a run-on note: names before the market (บ้านนายX…ซอยหลังตลาดY) — the market
                    # word still starts a token of the whole chunk
                    or (head in _RUN_ON_HEADS and bounds is not None and k in bounds and len(before) >= 6)
                ):
                    if best is None or k < best[0] or (k == best[0] and len(head) > len(best[1])):
                        best = (k, head)
                    break
                k = chunk.find(head, k + 1)
        return best

    def _swallows_head(self, before: str, head: str) -> bool:
        """Session 26 — the last word before the head and the head make one word of the Royal
        Society's dictionary (สอบ|สวน is สอบสวน "to investigate", not an orchard): no head starts
        there. (PyThaiNLP's own list also holds phrases such as ไปวัด, so it cannot tell.)"""
        from pythainlp.corpus.common import thai_orst_words

        tokens = self._th.tokenize(before)
        return (
            head in _VERB_ENDING_HEADS and bool(tokens) and len(tokens[-1]) >= 2 and tokens[-1] not in self._th.stopwords
            and (tokens[-1] + head) in thai_orst_words()  # (ORST also holds ที่วัด "temple land")
        )

    def _words_only(self, before: str) -> bool:
        """The text before a head splits into dictionary words and titles (or is empty)."""
        return all(t in self._th.words or t in self._any_title for t in self._th.tokenize(before))

    def _chunk(self, text: str, m: re.Match, out: list[RecognizerResult]) -> None:
        chunk = m.group(0)
        got = self._head_at(chunk)
        if got is None:
            return
        k, head = got
        offset = m.start() + k
        rest_text = chunk[k + len(head):]
        rest = [t for t in self._th.tokenize(rest_text) if t and t != "ฯ"] if rest_text else []
        if rest_text in _KIND_WORDS:
            rest = [rest_text]  # ศูนย์|แรกรับ: one kind word the tokenizer cuts (แร|กรับ)
        if head == "วัด" and rest and (self._measured(rest[0]) or rest_text.startswith(_AT_THE_TEMPLE)):
            return
        if head == "วัด" and chunk[:k].endswith(("ตรวจ", "ชั่ง")):
            return  # (session 28) ตรวจวัดแอลกอฮอล์: "to measure", whatever is measured (not
            # การ|วัด: สวัสดิการ|วัดไทยซิดนีย์ is a temple's welfare group)
        if head == "ทีม" and not any(t in _BRAND_TAILS for t in rest[:4]):
            return  # ทีมสหวิชาชีพ, ทีมงาน: a team is named only with a tail (ทีมX|ยูไนเต็ด)
        for cut, tok in enumerate(rest):  # โรงงานเย็บผ้าแถวลาดกระบัง: the area is a place, not the name
            if cut >= 2 and tok in _AFTER_BRAND and rest[cut - 1] in _BRAND_TAILS:
                rest = rest[:cut]  # ลีลาวดีแฟชั่น|ใน|ตลาด…: the name ends with its tail
                end_override = offset + len(head) + sum(map(len, rest))
                break
            if "".join(rest[cut:cut + 3]).startswith(_TIME_OPENERS) or tok == "ทุก" or tok.startswith(_EVERY) or (
                cut >= 2 and tok == "ช่วง"  # (session 18) วัดตะเคียนงาม|ช่วง|เทศกาล: "during", after a name
            ) or (
                cut >= 1 and all(map(is_kind, rest[:cut])) and (
                    tok in _CLAUSE_AFTER_KIND
                    # (session 18) a verb or an "if" after a kind only (ศูนย์การศึกษาพิเศษ|รับ|เข้า…,
                    # คลินิกเลิกสุรา|หาก|ยินยอม): the predicate, not a name
                    or (
                        not is_kind(tok) and not tok.startswith(HEADS)  # (วัด "to measure" opens a temple)
                        # a verb only when a clause goes on after it: ร้านอาหาร|กิน|ดี is a shop's name
                        and (tok in _CONDITIONALS or (self._th.acts(tok) and len(rest) - cut >= 3))
                    )
                )
            ) or (
                # a shift or going home glued after a name (โรงงานน้ำตาลภูเวียงรุ่งเรือง|เข้า|กะดึก)
                cut >= 2 and tok in _SHIFT_AFTER_NAME and any(not is_kind(t) for t in rest[:cut])
            ) or (
                cut >= 1 and tok in _WHERE_WORDS and all(t in _KIND_WORDS for t in rest[:cut])
                and not _named_head_follows("".join(rest[cut + 1:]))  # (…หลัง|โรงงานเจ๊X: a named place follows)
            ):
                # keep round 2 — a time glued after the place (ตลาดX|ตั้งแต่|ตี|ห้า, …|ตอน|สาม|ทุ่ม)
                # or a where-phrase after a kind only (ร้านเกม|หน้า|ตลาด: "the game shop by the
                # market"): neither is part of the place's name
                rest = rest[:cut]
                end_override = offset + len(head) + sum(map(len, rest))
                break
            if cut >= 2 and "".join(rest[cut:cut + 3]).startswith(_REPORTING) and not all(map(is_kind, rest[:cut])):
                # session 9 — โรงเรียนบ้านหนองบัว|บอก|ว่า…: a reporting verb glued after the name ends it
                rest = rest[:cut]
                end_override = offset + len(head) + sum(map(len, rest))
                break
            if cut >= 1 and self._clause_after_name(rest, cut):
                if tok == "ชื่อ" and cut >= 2 and rest[cut - 1] in _WHO_BEFORE_NAMING:
                    cut -= 1
                rest = rest[:cut]
                end_override = offset + len(head) + sum(map(len, rest))
                break
            if tok in ("แถว", "ย่าน", "ละแวก", "ใกล้") or (
                cut >= 2 and (
                    tok in _NAME_ENDERS or (head == "วัด" and tok in _TEMPLE_NAME_ENDERS and self._temple_name(rest[:cut]))
                )
                and (
                    any(t not in self._th.words or re.search("[\u0e4a\u0e4b\u0e4c]", t) for t in rest[:cut] if len(t) >= 2)
                    or any(len(t) == 1 for t in rest[:cut])  # ล|ลิ|ล: an unknown name cut into letters
                    # (session 12) a name cut into short syllables after the kind words (ศูนย์แรงงาน
                    # ข้ามชาติ|กู|โร|และ…): two pieces that are no kind word
                    or sum(1 for t in rest[:cut] if not is_kind(t) and len(t) <= 3) >= 2
                    # a temple is named with ordinary words (วัดป่า|โนน|เข|วา, วัดป่าดง|หลวง): two or
                    # more words, six letters or more, none a kind word
                    or (head == "วัด" and sum(map(len, rest[:cut])) >= 6 and not any(t in _KIND_WORDS for t in rest[:cut]))
                )
            ):
                # (อู่ช่างเปี๊ยกการยาง|ที่สามีทำงาน: a relative clause after the name ends it)
                rest = rest[:cut]
                end_override = offset + len(head) + sum(map(len, rest))
                break
        else:
            end_override = None
        if len(rest) > 1 and "".join(rest) in _KIND_WORDS:
            rest = ["".join(rest)]  # ศูนย์|แร|กรับ|ทุกวัน: once the time is cut, one kind word remains
        end = end_override or m.end()
        if head in _PROVINCIAL_KINDS and self._provincial_office(text, offset, head, rest_text, out):
            return
        if head == "ศูนย์" and rest_text.startswith(_NATIONAL_CENTRES):
            self._national_centre(text, offset, rest_text, out)
            return
        if head in _PORTS:  # ท่าเรือรัษฎา: a pier named with one word, even a common one
            if rest and len(rest[0]) >= 2 and rest[0] not in PORT_KINDS and rest[0] not in _KIND_WORDS and rest[0] not in self._block_first:
                out.append(self.result(LOCATION, offset, end, 0.65))
            return
        if head in _HOMES:
            if rest and self._name_tokens(rest):
                out.append(self.result(LOCATION, offset, end, 0.7))
            elif head == "แฟลต":
                named = self._home_name(rest)
                if named:
                    out.append(self.result(LOCATION, offset, offset + len(head) + named, 0.7))
            return
        if head == _MARKET:
            area = self._area_cue(chunk[:k] or text[max(0, m.start() - 6):m.start()])
            if rest and (
                (rest[0] not in _KIND_WORDS and rest[0] not in self._block_first and len(rest[0]) >= 2)
                # a market named after its place, which opens with a landform (ตลาดนา|ฝาย, ตลาดนา|เกลือ)
                or (
                    len(rest) >= 2 and rest[0] in _LANDFORM_KINDS and rest[1] not in _KIND_WORDS
                    and rest[1] not in self._block_first and len(rest[1]) >= 2
                )
                # แถวตลาดน้อยเมืองใหม่: after an area word the market's name may open with a
                # common word (น้อย); it must still hold a word that is not a kind word
                or (area and rest[0] not in _CLAUSE_WORDS and any(t not in _KIND_WORDS for t in rest))
            ):
                out.append(self.result(LOCATION, offset, end, 0.65))
            return
        if rest and self._name_tokens(self._without_side(rest)):
            if head in _BRANCHED and end_override is None:
                end = self._branch_end(text, end)
            out.append(self.result(ORGANIZATION, offset, end, 0.7))
            return
        if head == "วัด" and len(rest) >= 2 and self._temple_name(rest):
            # session 21 — วัดโบสถ์|ทอง, วัดศรี|โป่ง|คำ: a temple is named with ordinary words, gold
            # and bodhi trees among them, which a shop's name test reads as kinds of shop
            out.append(self.result(ORGANIZATION, offset, end, 0.65))
            return
        if head == "วัด" and len(rest) == 1 and end_override is None and self._temple_word(rest[0]):
            # session 12 — วัดสะพาน, วัดโพธิ์, วัดระฆัง: a temple's name is often one ordinary noun,
            # standing whole before a space or a mark; what is not a name there is a kind (วัดป่า,
            # วัดจีน), a where or clause word (วัดใกล้บ้าน) or what is measured (วัดไข้)
            out.append(self.result(ORGANIZATION, offset, end, 0.65))
            return
        if head == "วัด" and len(rest) == 1 and rest[0] not in _TEMPLE_KINDS and _named_after_place(rest[0]):
            # วัดบางกระเจ้า, …พักพิงวัดบ้านแพ้ว: a temple takes its place's name, which the
            # dictionary may hold as one word
            out.append(self.result(ORGANIZATION, offset, end, 0.7))
            return
        if end_override is None and all(t in _KIND_WORDS for t in rest):
            self._spaced(text, m.end(), out)
            self._initialled(text, offset, m.end(), out)
        if end_override is None:
            self._quoted(text, m.end(), out)

    def _measured(self, word: str) -> bool:
        """วัดความดัน, วัดผลการเรียน: what is measured after วัด "to measure", alone or as the
        first part of a compound the dictionary holds (ผล|การเรียน)."""
        return word in _MEASURED or (
            word in self._th.words
            and any(word.startswith(w) and word[len(w):] in self._th.words for w in _MEASURED)
        )

    def _clause_after_name(self, rest: list[str], cut: int) -> bool:
        """In a run-on note a name glued to the next clause ends at a where/phone/who word, once
        the words before it are a name: an unknown word (พิมลชัย) or a title with a name after it
        (ส้มตำ|เจ๊|แดง). Ordinary words only (ร้านข้าว|หลัง|วัด) stay one phrase for the rules below."""
        tok = rest[cut]
        if tok not in _AFTER_NAME and tok not in self._relations and tok not in _NAME_ENDERS:
            return False
        if tok in ("โทร", "เบอร์") or (cut >= 2 and tok in ("ไม่", "จะ", "ก็", "ยัง", "เคย", "ต้อง")):
            return True  # a phone label or a negation is never inside a name (ตลาดพิมลชัย|โทร0…)
        if tok in _NAME_ENDERS and tok not in _AFTER_NAME:
            return False  # the other clause words are weighed by the loop's own rule
        before = rest[:cut]
        if tok == "ชื่อ" and cut >= 2 and before[-1] in _WHO_BEFORE_NAMING:
            return True  # ตลาดนาฝาย|เด็ก|ชื่อ…: "a child named…" opens the next clause
        unknown = any(len(t) >= 2 and t not in self._th.words for t in before)
        titled = any(t in self._titles for t in before[:-1])
        return bool(before) and (unknown or titled)

    def _provincial_office(self, text: str, offset: int, head: str, rest_text: str, out: list[RecognizerResult]) -> bool:
        """บ้านพักเด็กและครอบครัวจังหวัดปทุมธานี, ศูนย์ฟื้นฟูอาชีพคนพิการจังหวัดX: a service named only by
        its kind is one office once its province follows — the whole run, province included, is
        the name. True when reported (the kind words alone stay unreported: a generic service)."""
        from assistant.redact.recognizers.organization_th_public import _provinces

        k = rest_text.find("จังหวัด")
        if k <= 0:
            # (session 24) the province glued straight after the kind words, closing the run:
            # ศูนย์ช่วยเหลือแรงงาน|นครนายก (ศชน.)
            glued = next(
                (rest_text.index(p) for p in _provinces() if p in rest_text and rest_text.endswith(p)), None
            )
            if not glued:
                return False
            kinds = [t for t in self._th.tokenize(rest_text[:glued]) if t]
            if len(kinds) < 2 or not all(t in _KIND_WORDS or t in ("และ", "คน") for t in kinds):
                return False
            out.append(self.result(ORGANIZATION, offset, offset + len(head) + len(rest_text), 0.7))
            return True
        kinds = [t for t in self._th.tokenize(rest_text[:k]) if t]
        if not all(t in _KIND_WORDS or t in ("และ", "คน") for t in kinds):
            return False

        after = rest_text[k + len("จังหวัด"):].lstrip()
        prov = next((p for p in _provinces() if after.startswith(p)), None)
        if prov is None:
            return False
        end = offset + len(head) + rest_text.index(prov, k) + len(prov)
        out.append(self.result(ORGANIZATION, offset, end, 0.7))
        return True

    @staticmethod
    def _area_cue(before: str) -> bool:
        """The words before the head end in an area word (แถว, ย่าน, ละแวก)."""
        return before.endswith(("แถว", "ย่าน", "ละแวก"))

    @staticmethod
    def _without_side(tokens: list[str]) -> list[str]:
        """วัดคลองขนาก|ใน, วัดบางพลี|นอก: a trailing inner/outer word names which of two places
        (like ใหม่/เหนือ); it is a clause word only after a short or generic run."""
        if len(tokens) >= 3 and tokens[-1] in _SIDE_WORDS:
            return tokens[:-1]
        return tokens

    def _quoted(self, text: str, pos: int, out: list[RecognizerResult]) -> None:
        """ร้านซ่อมมือถือ 'ชัยโมบาย', ร้านก๋วยเตี๋ยว "เจ๊…": a quoted name right after the kind of
        shop is its name — the quotes do the work a capital letter does in English."""
        m = _QUOTED_NAME.match(text, pos)
        if not m:
            return
        tokens = [t for t in self._th.tokenize(m.group(1)) if t.strip()]
        if tokens and not all(t in _KIND_WORDS or t in self._th.stopwords for t in tokens):
            out.append(self.result(ORGANIZATION, m.start(1), m.end(1), 0.7))

    def _home_name(self, tokens: list[str]) -> int:
        """แฟลตบ่อนไก่, แฟลตดินแดง: a block of flats is named after its area with ordinary words.
        The words up to a clause word name it when they are two or more (not opening with a kind
        word: แฟลตตำรวจ, แฟลตหญิง) or a listed place. Returns the name's length (0: no name)."""
        from assistant.redact.recognizers.location_th import PLACES

        cut: list[str] = []
        for t in tokens:
            if t in self._block or t in self._th.stopwords:
                break
            cut.append(t)
        name = "".join(cut)
        if name in PLACES or (len(cut) >= 2 and cut[0] not in _KIND_WORDS and cut[0] not in self._block_first):
            return len(name)
        return 0

    def _national_centre(self, text: str, offset: int, rest_text: str, out: list[RecognizerResult]) -> None:
        """ศูนย์ดำรงธรรม alone is a national service (kept); ศูนย์ดำรงธรรมจังหวัดลำพูน is one office."""
        name = next(n for n in _NATIONAL_CENTRES if rest_text.startswith(n))
        pos = offset + len("ศูนย์") + len(name)
        m = re.match(rf"[^\S\n]?(?:จังหวัด|อำเภอ|จ\.|อ\.)[^\S\n]?([{THAI_LETTERS}]+)", text[pos:])
        if not m:
            return
        from assistant.redact.recognizers.organization_th_public import _provinces

        place = m.group(1)
        prov = next((p for p in _provinces() if place.startswith(p)), None)
        tokens = [t for t in self._th.tokenize(place) if t]
        length = len(prov) if prov else len(tokens[0]) if tokens and len(tokens[0]) >= 3 else 0
        if length:
            out.append(self.result(ORGANIZATION, offset, pos + m.start(1) + length, 0.7))

    def _branch_end(self, text: str, end: int) -> int:
        """ห้างเมกะวิลล์ บางนา: a spaced chunk after a named mall is its branch when it is a listed
        district or a word the dictionary does not know, standing alone before a space or a stop."""
        if text[end:end + 1] != " ":
            return end
        m = _CHUNK.match(text, end + 1)
        if not m or not _SLOT_END.match(text, m.end()) or len(m.group(0)) < 3:
            return end
        from assistant.redact.recognizers.location_th import PLACES

        chunk = m.group(0)
        tokens = [t for t in self._th.tokenize(chunk) if t]
        if chunk in PLACES:
            return m.end()
        if any(t in self._block or t in self._block_first or t in _KIND_WORDS for t in tokens):
            return end
        if chunk not in self._th.words and any(t not in self._th.words for t in tokens):
            return m.end()  # an unknown word: a road or area name (รามคำแหง2, เมกาบางนา)
        if len(tokens) == 1 and len(chunk) >= 6 and not chunk.startswith(_NOT_BRANCH_OPENERS):
            return m.end()  # one long word standing alone: a road or district (ศรีนครินทร์)
        return end

    def _initialled(self, text: str, start: int, pos: int, out: list[RecognizerResult]) -> None:
        """ร้าน ป.รุ่งโรจน์ค้าไม้, ร้าน ส.เจริญพานิช: a shop named with its owner's initial and a
        name (the initial-dot form is how Thai shops carry a person's name)."""
        m = re.match(rf"[^\S\n]?([ก-ฮ]\.[^\S\n]?[{THAI_LETTERS}]{{3,}})", text[pos:])
        if not m or m.group(1).startswith("บ."):
            return  # โรงงานแปรรูปไก่ บ.X: บ. is บริษัท, a company of its own (the kind stays out)
        tokens = [t for t in self._th.tokenize(m.group(1)[2:].strip()) if t]
        if tokens and tokens[0] not in self._block_first and not any(t in self._block for t in tokens):
            out.append(self.result(ORGANIZATION, start, pos + m.end(), 0.7))

    def _spaced(self, text: str, pos: int, out: list[RecognizerResult]) -> None:
        """ร้านวัสดุก่อสร้าง เจริญทรัพย์ค้าไม้: one compound or unknown chunk after one space."""
        if pos >= len(text) or text[pos] != " ":
            return
        m = _CHUNK.match(text, pos + 1)
        if not m or not _SLOT_END.match(text, m.end()):
            return
        chunk = m.group(0)
        tokens = [t for t in self._th.tokenize(chunk) if t]
        if len(chunk) < 3 or not self._name_tokens(tokens) or tokens[0] in _KIND_WORDS:
            return
        if tokens[0].startswith(_CLAUSE_WORDS):
            return  # ร้านนวดต่างจังหวัด ถูกจับ|พร้อมยาบ้า: a clause the dictionary keeps whole
        if any(describes_person(t, self._th.words) for t in tokens[1:]):
            return  # keep round 3 — ร้าน น้าX|ใจเย็น|มาก: a sentence about a person, not a shop's name
        if len(tokens) < 3 and all(t in self._th.words for t in tokens):
            return  # a short run of ordinary words after a space is the next clause (ยึด|ค่าจ้าง)
        out.append(self.result(ORGANIZATION, m.start(), m.end(), 0.65))


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
