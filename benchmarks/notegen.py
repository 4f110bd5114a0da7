"""Synthetic notes and jottings of a given length, in English or Thai, for benchmarks.

Sentences are drawn from small template banks with invented names, phones and scores, so the
figures measure realistic text (identifiers, scores, dates, section headings) at any length.
"""

from __future__ import annotations

import random

EN_FIRST = ["Nadia", "Tomas", "Priya", "Kevin", "Aroha", "Lucas", "Mei", "Jonah", "Sakura", "Omar"]
EN_LAST = ["Okafor", "Lindqvist", "Ramirez", "Whitfield", "Nakamura", "Haddad", "Brennan"]
TH_FIRST = ["สุดารัตน์", "ธนพล", "กิตติพงษ์", "วรรณา", "ปิยะนุช", "อนุชา", "ศิริพร", "ณัฐวุฒิ"]
TH_LAST = ["ศรีสวัสดิ์", "บุญมา", "แก้วประเสริฐ", "ทองดี", "จันทร์เพ็ญ", "วงศ์ใหญ่"]

EN_SENTENCES = [
    "Client reported sleeping about {n} hours a night over the past week.",
    "{name} said, \"I feel like nobody listens to me at home.\"",
    "Client arrived on time and made eye contact throughout the session.",
    "PHQ-9 score was {n2} today, compared with {n3} at intake.",
    "Mother {name} can be reached on 08{d}-555-01{n}{n}.",
    "Worker used motivational interviewing to explore reasons for change.",
    "Client identified two situations this week where she used the breathing exercise.",
    "Client was tearful when describing the argument with her brother.",
    "Goal: attend at least {n} of 5 school days per week by the end of the term.",
    "Next session is scheduled for 12/{n}/2025 at 10:00.",
    "Client completed the thought record and rated belief in the thought at {n2}0%.",
    "Teacher Ms. {last} reported two incidents of leaving class early.",
]
TH_SENTENCES = [
    "ผู้รับบริการเล่าว่านอนหลับได้ประมาณ {n} ชั่วโมงต่อคืนในสัปดาห์ที่ผ่านมา",
    "นาย{name} {last} บอกว่า \"ไม่มีใครฟังผมเลย\"",
    "มาตรงเวลา สบตาดีตลอดการพูดคุย",
    "แบบประเมิน 9Q = {n2} คะแนน (ครั้งก่อน {n3} คะแนน)",
    "มารดา นาง{name} โทร 08{d}-555-01{n}{n}",
    "ใช้เทคนิคการสัมภาษณ์เพื่อเสริมสร้างแรงจูงใจ (MI) สำรวจเหตุผลของการเปลี่ยนแปลง",
    "ผู้รับบริการร้องไห้ขณะเล่าเรื่องการทะเลาะกับพี่ชาย",
    "เป้าหมาย: มาเรียนอย่างน้อย {n} จาก 5 วันต่อสัปดาห์ภายในสิ้นภาคเรียน",
    "นัดครั้งต่อไป {n} ธ.ค. 2568 เวลา 10.00 น.",
    "ครูประจำชั้นแจ้งว่าออกจากห้องเรียนก่อนเวลา 2 ครั้ง",
    "ฝึกการหายใจเพื่อผ่อนคลาย ผู้รับบริการทำตามได้และบอกว่ารู้สึกสบายขึ้น",
]
HEADINGS = {
    "en": ["S: ", "O: ", "A: ", "P: "],
    "th": ["S (Subjective): ", "O (Objective): ", "A (Assessment): ", "P (Plan): "],
}


def _fill(template: str, rng: random.Random, lang: str) -> str:
    first, last = (TH_FIRST, TH_LAST) if lang == "th" else (EN_FIRST, EN_LAST)
    return template.format(
        name=rng.choice(first), last=rng.choice(last), n=rng.randint(1, 9),
        n2=rng.randint(5, 20), n3=rng.randint(5, 20), d=rng.choice([1, 6, 9]),
    )


def _words(text: str, lang: str) -> int:
    if lang == "th":
        from pythainlp.tokenize import word_tokenize

        return sum(1 for t in word_tokenize(text, engine="newmm") if t.strip())
    return len(text.split())


def generate(words: int, lang: str = "en", *, seed: int = 0, headed: bool = True) -> str:
    """A note of about ``words`` words (Thai words counted by the newmm tokenizer)."""
    rng = random.Random(seed)
    bank = TH_SENTENCES if lang == "th" else EN_SENTENCES
    sentences: list[str] = []
    count = 0
    while count < words:
        sentence = _fill(rng.choice(bank), rng, lang)
        sentences.append(sentence)
        count += _words(sentence, lang)
    if not headed:
        return "\n".join(sentences)
    quarter = max(1, len(sentences) // 4)
    parts = []
    for i, heading in enumerate(HEADINGS[lang]):
        chunk = sentences[i * quarter : (i + 1) * quarter if i < 3 else None]
        parts.append(heading + " ".join(chunk))
    header = "Date: 2025-11-12 Time: 10:00 Written: 2025-11-12 11:00\n" if lang == "en" else (
        "วันที่ให้บริการ: 12 พ.ย. 2568 เวลา 10.00 น.\nวันที่บันทึก: 12 พ.ย. 2568 เวลา 11.00 น.\n"
    )
    return header + "\n".join(parts)
