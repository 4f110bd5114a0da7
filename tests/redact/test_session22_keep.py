"""Session 22 (keep10, an open set of words that must survive): a verb phrase in a two-column
record is no header of an ID column (ทำบัตรคนพิการแล้ว), a rent is no room number (ค่าเช่าห้อง
2,500 บาท), an advert quoted after Facebook is no account name when it names a price, a number at
the end of one line and a doctor's title on another are no street address, and a letter's "Dear"
is no part of the name after it."""

from __future__ import annotations

from tests.redact.helpers import covered, found

RECORD = (
    "| หัวข้อ | รายละเอียด |\n"
    "| สิทธิ | ทำบัตรคนพิการแล้ว ได้เบี้ยความพิการ |\n"
    "| การช่วยเหลือ | 1) ประสาน อบต. ทำทางลาด 2) ผู้ช่วยคนพิการในหมู่บ้านช่วยพาไปโบสถ์ |\n"
    "| นัดครั้งถัดไป | วันรับขาเทียม ธ.ค. 2568 และฝึกเดินที่ห้องกายภาพ |\n"
)


def test_a_record_row_about_a_card_makes_no_id_column(analyzer):
    assert found(analyzer, RECORD) == [], found(analyzer, RECORD)


def test_a_card_number_column_is_still_read():
    from assistant.redact import get_analyzer

    text = "| ชื่อ | หมายเลขบัตร |\n| นายสมชาย | AB-448812 |\n"
    assert covered(get_analyzer(), text, "AB-448812"), found(get_analyzer(), text)


def test_a_rent_is_no_room_number(analyzer):
    text = "ห้องเช่าร้อนและเสียงดัง ค่าเช่าห้อง 2,500 บาท อยู่กับเพื่อน 3 คน"
    assert found(analyzer, text) == [], found(analyzer, text)


def test_an_advert_with_a_price_is_no_account_name(analyzer):
    text = 'เห็นโพสต์บน Facebook "รับเปิดบัญชี ได้บัญชีละ 2,000 บาท" เปิดบัญชีใหม่ 3 ธนาคาร'
    assert found(analyzer, text) == [], found(analyzer, text)
    page = 'กู้เงินจากเพจ FB "เงินด่วนทันใจ 24 ชม." ดอกร้อยละ 20 ต่อเดือน'
    assert covered(analyzer, page, "เงินด่วนทันใจ 24 ชม."), found(analyzer, page)


def test_a_letter_date_and_greeting_are_no_address_or_name(analyzer):
    text = "Re: selective mutism\nDate: Thu 13 Nov 2025\n\nDear Dr. Orawan,\n\nWith thanks for seeing her."
    values = [v for _, v in found(analyzer, text)]
    assert values == ["Dr. Orawan"], values
    assert covered(analyzer, "She lives at 14 Maple Dr. with her aunt.", "14 Maple Dr.")


def test_a_thai_body_head_with_a_clause_after_it_names_no_body(analyzer):
    text = (
        "แม่บอกให้ไปทำบุญที่วัดแล้วจะหาย เจ้าของอู่บอกว่ามือไว มูลนิธิโทรคุยทุกเดือน "
        "ติดตามในการประชุมกรรมการวัดครั้งหน้า"
    )
    assert found(analyzer, text) == [], found(analyzer, text)


def test_a_thai_body_named_with_a_word_that_opens_like_a_verb_stays_a_body(analyzer):
    text = "ทำงานที่ร้านมาลัยทอง ไปวัดป่าสุทธาวาส ได้ทุนจากมูลนิธิส่งเสริมเด็ก\nศูนย์ประสานแรงงานข้ามชาติ มหาชัย — intake"
    for body in ("ร้านมาลัยทอง", "วัดป่าสุทธาวาส", "มูลนิธิส่งเสริมเด็ก", "ศูนย์ประสานแรงงานข้ามชาติ มหาชัย"):
        assert covered(analyzer, text, body), found(analyzer, text)


def test_a_list_of_screening_scores_stays(analyzer):
    text = (
        "Screening: TMSE 24/30, CES-D 18, K10 = 22, DASS-21 high, AUDIT-C 6, HADS 12, PSS 20, PSQI 9, "
        "SPST-20 score 45, BSRS-5 = 9, CDI 14, SNAP-IV positive, CBCL borderline, M-CHAT low risk."
    )
    assert found(analyzer, text) == [], found(analyzer, text)
    dictated = "tmse twenty four out of thirty, she missed recall and two words"
    assert found(analyzer, dictated) == [], found(analyzer, dictated)


def test_a_kin_word_before_a_preposition_is_no_name(analyzer):
    text = "ประวัติ: อยู่กับยายตั้งแต่ 8 ขวบ แม่ทำงานต่างจังหวัด ไปหายายเพราะคิดถึง"
    assert found(analyzer, text) == [], found(analyzer, text)
    named = "ยายแต๋วเลี้ยงมาตั้งแต่เด็ก"
    assert covered(analyzer, named, "ยายแต๋ว"), found(analyzer, named)



def test_a_title_that_opens_a_longer_word_before_a_clause_is_no_name(analyzer):
    text = "4. นายหน้าที่พามาทำงาน รับจะหาที่พัก นายจ้างบอกว่าจะจ่ายสิ้นเดือน"
    assert found(analyzer, text) == [], found(analyzer, text)
    named = "นายสมชายบอกว่าจะมา สมชายมาด้วย"
    assert covered(analyzer, named, "นายสมชาย") and covered(analyzer, named, "สมชาย"), found(analyzer, named)


def test_a_title_word_then_a_family_name_is_still_a_name(analyzer):
    text = "ทำงานเก็บทุเรียนที่สวน ของนางหงส์ แซ่ลิ้ม (นายจ้าง) ได้รับบาดเจ็บ"
    assert covered(analyzer, text, "หงส์ แซ่ลิ้ม"), found(analyzer, text)
