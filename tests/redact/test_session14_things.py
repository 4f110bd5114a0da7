"""Session 14 (keep6): shows, games, brands and foods after more verbs and kinds of product are
things, not people; a thing named beside one is a thing too. Given names there stay hidden."""

from __future__ import annotations

import pytest

from tests.redact.helpers import untouched


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("in class he draws Totoro on every worksheet", "Totoro"),
        ("weekend: binged Squid Game, skipped lunch", "Squid Game"),
        ("queues for Bingsu after school with the others", "Bingsu"),
        ("re-watching Gintama at 3am again", "Gintama"),
        ("อยากได้รองเท้า Onitsuka ใส่ไปโรงเรียน", "Onitsuka"),
        ("กินแต่บะหมี่ Samyang ทุกคืน", "Samyang"),
        ("แนะนำแอป Calmly ไว้ฝึกหายใจ", "Calmly"),
        ("ใช้เจลล้างมือ Sanoxa วันละหลายรอบ", "Sanoxa"),
        # the second of two things after one verb
        ("watches Totoro and Gundam Seed every night", "Gundam Seed"),
        ("ดูแต่ Bluey กับ Paw Patrol ทั้งวัน", "Paw Patrol"),
        # a game a rule read as a company
        ("เล่น Genshin Impact ทั้งคืน ไม่ไปเรียน", "Genshin Impact"),
    ],
)
def test_a_thing_after_a_verb_or_a_kind_of_product_survives(analyzer, text, thing):
    assert untouched(analyzer, text, thing)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("she draws Emily a card every week", "Emily"),
        ("watching Bluey with Jessica and Tom", "Jessica"),
        ("works at Siam Frozen Foods and plays Roblox at night", "Siam Frozen Foods"),
    ],
)
def test_people_and_employers_in_the_same_frames_stay_hidden(analyzer, text, name):
    assert not untouched(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # a Thai verb or kind of product read into the span with the Latin name after it
        ("สะสมสติกเกอร์ Pompompurin ทุกอาทิตย์", "Pompompurin"),
        ("ติดการ์ตูน Moana ร้องทั้งวัน", "Moana"),
        ("ชอบวาดรถไฟ Thalys ในสมุด", "Thalys"),
        # games and sports played, in a dictated note's lower case
        ("then he says he plays valorant and roblox every night his mum is worried", "valorant"),
        ("he plays pickleball after school with his cousins now", "pickleball"),
        # food and drink in Thai script right after eating or drinking
        ("บอกว่ากินแต่ต๊อกบกกี ไม่กินข้าว", "ต๊อกบกกี"),
        ("ช่วงนี้ดื่มแต่มัทฉะลาเต้ทุกเช้า", "มัทฉะลาเต้"),
        # a thing-noun after the name: cans, boots, trains
        ("AUDIT-C 8, Old Crow cans most nights", "Old Crow"),
        ("wants Kalenji boots for the run", "Kalenji"),
    ],
)
def test_more_things_in_thai_and_dictated_frames_survive(analyzer, text, thing):
    assert untouched(analyzer, text, thing)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("สะสมสติกเกอร์กับน้อง Pompom ทุกอาทิตย์", "Pompom"),
        ("then he plays with nong beam and his cousin somchai at the market", "somchai"),
        ("บอกว่ากินข้าวกับน้องต้นทุกวัน", "ต้น"),
        ("ดื่มกับพี่สมชายทุกคืน", "สมชาย"),
    ],
)
def test_people_beside_the_new_thing_frames_stay_hidden(analyzer, text, name):
    assert not untouched(analyzer, text, name)
