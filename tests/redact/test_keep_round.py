"""Keep round: general causes of over-redaction. A lost keep string puts a placeholder where a
clinical or service word should be, so the draft says less. Each cause is tested with the kept
word in several wordings AND a real identifier in the same frame still redacted. Synthetic only."""

from __future__ import annotations

import pytest


def _touched(ents, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start < start + len(value) and start < e.end for e in ents)


def _covered(ents, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start <= start and start + len(value) <= e.end for e in ents)


# --- a bare Thai agency acronym (no place after it) names no body: ส่งต่อ พมจ., (กสศ.) -------
@pytest.mark.parametrize(
    ("text", "keep", "ident"),
    [
        ("ให้เบอร์ 1300 และส่งเรื่องต่อ พมจ. วันนี้ ผู้รับบริการ นางสาวกมลชนก ทิพย์วารี", "พมจ.", "กมลชนก ทิพย์วารี"),
        ("แผน: ทุนเสมอภาค (กสศ.), นัดคุยกับ นายวีรยุทธ ศรีทองคำ วันจันทร์", "กสศ.", "วีรยุทธ ศรีทองคำ"),
        ("แผน: ประสาน ศศช. ให้เรียนต่อ, ด.ญ.ปิยธิดา แก้วมณีรัตน์ สนใจ", "ศศช.", "ปิยธิดา แก้วมณีรัตน์"),
        ("ประสาน สสอ. และ อสม. ในพื้นที่ ตามเยี่ยม นางบุญเรือน คำแสนพรม", "สสอ.", "บุญเรือน คำแสนพรม"),
    ],
)
def test_bare_thai_agency_acronym_survives(analyzer, text: str, keep: str, ident: str) -> None:
    ents = analyzer.analyze(text)
    assert not _touched(ents, text, keep)
    assert _covered(ents, text, ident)


# --- a role compound after a title word is a role, not a name: (ครูพี่เลี้ยง), (เจ้าอาวาส) ------
@pytest.mark.parametrize(
    ("text", "keep", "ident"),
    [
        ("ที่โรงเรียน ครูมะปราง (ครูพี่เลี้ยง) บอกว่าน้องนั่งเงียบ", "ครูพี่เลี้ยง", "มะปราง"),
        ("อาจารย์ธิติพงษ์ เรืองชัยศรี (อาจารย์นิเทศ) ส่งนักศึกษามาปรึกษา", "อาจารย์นิเทศ", "ธิติพงษ์ เรืองชัยศรี"),
        ("พระครูวิมลธรรมาภิรม (เจ้าอาวาส) โทรแจ้งว่ายายลืมทางกลับ", "เจ้าอาวาส", "วิมลธรรมาภิรม"),
        ("ผู้ส่ง: นางรัตนาภรณ์ ดวงจันทร์ (พยาบาลอาชีวอนามัย) โทรมา", "พยาบาลอาชีวอนามัย", "รัตนาภรณ์ ดวงจันทร์"),
        ("ครูที่ปรึกษาและอาจารย์ที่ปรึกษา ร่วมประชุมกับแม่ของ ด.ช.ภูริพัฒน์ สายทอง", "อาจารย์ที่ปรึกษา", "ภูริพัฒน์ สายทอง"),
    ],
)
def test_thai_role_compound_survives(analyzer, text: str, keep: str, ident: str) -> None:
    ents = analyzer.analyze(text)
    assert not _touched(ents, text, keep)
    assert _covered(ents, text, ident)


# --- national helplines, services and platforms with no place (LABELLING: keep) ----------------
@pytest.mark.parametrize(
    ("text", "keep", "ident"),
    [
        ("Denies SI. Agreed referral to Talking Therapies; Marisol Quenby to self-refer.", "Talking Therapies", "Marisol Quenby"),
        ("Gave Trevor Project info and the Trevor Lifeline number to Dashiell Ormsby.", "Trevor Project", "Dashiell Ormsby"),
        ("Signposted Fenwick Harlow to the ManKind Initiative and police on 101.", "ManKind Initiative", "Fenwick Harlow"),
        ("Referral to Freedom from Torture sent for Mr. Tesfaye Gebrekidan.", "Freedom from Torture", "Tesfaye Gebrekidan"),
        ("Olwen Pritchard attends SMART Recovery on Tuesdays.", "SMART Recovery", "Olwen Pritchard"),
        ("Gave NCMEC Take It Down info to Mom (Rosalind Achterberg).", "Take It Down", "Rosalind Achterberg"),
        ("Spends nights on Xbox Live; plays Fortnite with cousin Thaddeus Mbeki.", "Xbox Live", "Thaddeus Mbeki"),
        ("Met someone on Grindr; Caspian Lowry feels unsafe.", "Grindr", "Caspian Lowry"),
    ],
)
def test_national_service_or_platform_survives(analyzer, text: str, keep: str, ident: str) -> None:
    ents = analyzer.analyze(text)
    assert not _touched(ents, text, keep)
    assert _covered(ents, text, ident)


# --- a time right after a room word is a time, not a room number: ห้อง 02:40 -------------------
@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("เพื่อนชื่อ Jane ไปถึงห้อง 02:40 แล้วโทรแจ้ง", "02:40"),
        ("ผู้ป่วยกลับเข้าห้อง 21.15 น. นอนหลับได้", "21.15"),
        ("returned to her room 23:05, calm", "23:05"),
    ],
)
def test_time_after_room_word_survives(analyzer, text: str, keep: str) -> None:
    assert not _touched(analyzer.analyze(text), text, keep)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("พักที่หอพักสุขสันต์ ห้อง 415 มาสองเดือน", "ห้อง 415"),
        ("lives in a bedsit, room 12B, since March", "room 12B"),
    ],
)
def test_room_where_someone_lives_still_redacted(analyzer, text: str, ident: str) -> None:
    assert _covered(analyzer.analyze(text), text, ident)
