"""Round-13 frames for numbers and English names: a bank account after a Thai bank name or an
English account word (บัญชีกรุงไทย 981-0-55621-4, acct 0123-456789, sort code + account), a
work-permit number after WP/ใบอนุญาตทำงาน, regional IDs of migrant workers written with their
own shape (HKID Z738201(A), Myanmar NRC 9/MaHtaLa(N)204581, Malaysian MyKad 850714-08-6631),
an 8-digit Hong Kong/Singapore number after a phone cue, Mdm/Madam + a Cantonese/Korean name
with a hyphenated lower-case second part (Lau Siu-fong), and agency words closing an English
company name (Employment, Manpower, Logistics). Precision: money amounts after บัญชี, a bare
"WP" abbreviation, "Eldercare review." at a sentence start, ordinary hyphenated words and times
survive. Invented names and numbers only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    # bank accounts: Thai bank names and English account words
    ("ขอให้โอนเงินเข้าบัญชีกรุงไทย 981-0-55621-4 ของลูกสาว", "981-0-55621-4"),
    ("เข้าบัญชี ธ.ก.ส. 031-2-58830-6 ชื่อบัญชีของแม่", "031-2-58830-6"),
    ("ถูกหลอกโอนจากบัญชีออมสิน 0208-7731-4420 ไปบัญชีม้า", "0208-7731-4420"),
    ("ส่งเงินเข้า SCB 402-118893-7 ทุกเดือน", "402-118893-7"),
    ("จ่ายค่าเช่าผ่านกสิกร 067-3-11245-8 ทุกวันที่ 5", "067-3-11245-8"),
    ("Wages go into acct 0451-228193 every Friday.", "0451-228193"),
    ("Pension paid to a/c 7730-115-0429 at the local branch.", "7730-115-0429"),
    ("Bank details: sort code 30-91-44, account 55210739.", "30-91-44"),
    ("Bank details: sort code 30-91-44, account 55210739.", "55210739"),
    ("Transfers to his BPI account 3319-0457-21 stopped.", "3319-0457-21"),
    # work permits
    ("ใบอนุญาตทำงาน WP 6904-227105 นายจ้างเก็บไว้", "6904-227105"),
    ("Work permit no. 0017-338204 expired in May.", "0017-338204"),
    ("เลขใบอนุญาตทำงาน 2567-0441892 หมดอายุแล้ว", "2567-0441892"),
    # regional IDs with their own shape
    ("FDH from Cebu, HKID K610382(4), on a two-year contract.", "K610382(4)"),
    ("Helper's HK ID card XA402918(A) held by the agency.", "XA402918(A)"),
    ("ภรรยาถือบัตร NRC 9/MaHtaLa(N)204581 มาด้วย", "9/MaHtaLa(N)204581"),
    ("Husband's NRC 12/OuKaTa(N)381205 was confiscated.", "12/OuKaTa(N)381205"),
    ("สามีชาวมาเลเซีย MyKad 850714-08-6631", "850714-08-6631"),
    ("Malaysian IC 910223-14-5081 on file.", "910223-14-5081"),
    ("KTP 3174052108900003 shown at intake.", "3174052108900003"),
    # 8-digit local numbers after a phone cue
    ("FB used to message us; cell 6473 0918.", "6473 0918"),
    ("Employer tel 2781 6630, speaks Cantonese.", "2781 6630"),
    ("เบอร์ฮ่องกง 5173 4408 ใช้ได้ตอนวันหยุด", "5173 4408"),
    # Mdm/Madam and hyphenated given names
    ("Eldercare review. Mdm Lau Siu-fong, 79, came with her daughter.", "Lau Siu-fong"),
    ("Madam Tan Mei-ling from next door checks on her.", "Tan Mei-ling"),
    ("Employer Mrs Chow Wai-man, flat in Tsuen Wan.", "Chow Wai-man"),
    ("Roommate Kim Ji-woo walked her over to the clinic.", "Kim Ji-woo"),
    ("Roommate Park Yoo-ah waited outside.", "Park Yoo-ah"),
    ("Mdm. Leong Sau-ying, 84, lives alone.", "Leong Sau-ying"),
    # agency and business words closing an English company name
    ("Agency Golden Bridge Manpower charged three months' pay.", "Golden Bridge Manpower"),
    ("Agency Bright Harvest Employment kept her passport.", "Bright Harvest Employment"),
    ("Previously worked for Tri-Harbour Logistics in Kowloon.", "Tri-Harbour Logistics"),
    ("Placed by Silverline Recruitment last year.", "Silverline Recruitment"),
    ("He drives for Everfield Trading now.", "Everfield Trading"),
]

SURVIVES = [
    ("โอนเข้าบัญชี 3,500 บาท ทุกเดือน", "3,500"),
    ("ตรวจสอบบัญชีออมสินแล้วยังไม่มีเงินเข้า 2 เดือน", "2 เดือน"),
    ("ทำ WP ใหม่ตามนัด 14 ก.พ.", "WP"),
    ("Eldercare review. Daughter attends weekly.", "Eldercare"),
    ("Eldercare plan agreed; Respite care twice a month.", "Respite"),
    ("Previously seen in 2023 for low mood.", "Previously"),
    ("Reportedly worked for a cousin before.", "Reportedly"),
    ("Set-up of the room discussed; Top-up card lost.", "Top-up"),
    ("Follow-up booked; self-care plan reviewed.", "self-care"),
    ("Session 14:00 to 15:00, PHQ-9 = 12.", "14:00 to 15:00"),
    ("Account balance checked with her; budget plan next week.", "budget plan"),
    ("Agency staff were helpful.", "Agency staff"),
    ("She wants better employment and some recruitment advice.", "employment"),
    ("Cell count normal; retest in 6 weeks.", "Cell count normal"),
    ("Madam Butterfly is her favourite opera.", "opera"),
    ("สามีชาวมาเลเซีย เลข MyKad 850714-08-6631", "MyKad"),
    ("Results are in MyChart; Mdm Wong will log in.", "MyChart"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_round13_identifier_is_written_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_the_same_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_when_an_id_card_number_is_redacted_then_the_card_name_left_beside_it_is_not_a_name(analyzer):
    """The leak guard re-reads redacted text: the card's name before a placeholder stays a word."""
    text = "สามีชาวมาเลเซีย เลข MyKad ¤¤¤¤¤¤¤¤¤¤¤¤¤¤ ส่งเงินเข้าบัญชี SCB ¤¤¤¤¤¤¤¤¤¤¤ ทุกเดือน"
    assert untouched(analyzer, text, "MyKad"), found(analyzer, text)


def test_when_a_money_amount_follows_an_account_word_then_it_is_not_an_id(analyzer):
    text = "โอนจากบัญชีกรุงไทย 12,000 บาท"
    assert untouched(analyzer, text, "12,000"), found(analyzer, text)


def test_when_mrs_titles_a_hyphenated_name_then_it_is_a_person_not_an_organization(analyzer):
    text = "Employer Mrs Chan Wai-ling, Flat 3A."
    assert ("PERSON", "Chan Wai-ling") in [(t, v.removeprefix("Mrs ")) for t, v in found(analyzer, text)]
