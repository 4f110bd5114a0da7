"""A name the writer lists (case list, remembered addition, --add) hides its parts too.

Notes name the same person several ways: the case list says "Kelechi Okonkwo-Adeyemi", the
jottings say "Kelechi came on time" and "Mr Okonkwo-Adeyemi did not attend". The writer listed the
person, not one spelling, so each distinctive part of a listed personal name is hidden alone, under
the same placeholder. Parts that are ordinary words are hidden only where written as a name, and
lists of places or organisations are never split into words.
"""

from __future__ import annotations

from assistant.redact import redact
from assistant.redact.name_parts import person_name_parts
from assistant.redact.writer import writer_additions


def _hidden(text: str, add: list[str]) -> list[str]:
    return sorted({e.text for e in writer_additions(text, add)})


def test_listed_full_name_hides_the_given_name_alone_and_the_family_name_after_a_title():
    text = "Kelechi came on time. Mr Okonkwo-Adeyemi did not attend."
    assert _hidden(text, ["Kelechi Okonkwo-Adeyemi"]) == ["Kelechi", "Okonkwo-Adeyemi"]


def test_the_parts_share_the_full_names_placeholder(analyzer):
    text = "Zsofika Brannagh-Kuti attended. Zsofika said sleep improved."
    result = redact(text, analyzer, add=["Zsofika Brannagh-Kuti"])
    assert "Zsofika" not in result.redacted_text
    placeholders = {e.placeholder for e in result.entities if "Zsofika" in e.text}
    assert len(placeholders) == 1


def test_listed_thai_name_with_a_title_hides_the_given_name_glued_to_the_next_word():
    text = "วันนี้ต้นข้าวมาตามนัด แม่บอกว่าต้นข้าวนอนหลับดีขึ้น"
    assert _hidden(text, ["ด.ญ.ต้นข้าว บุญมาก"]) == ["ต้นข้าว"]


def test_a_thai_part_that_is_an_ordinary_word_is_not_hidden_alone():
    # ฝน is a given name and also "rain": listing นางสาวฝน ใจงาม must not hide the weather
    text = "ฝนตกหนักเลยมาสาย"
    assert _hidden(text, ["นางสาวฝน ใจงาม"]) == []


def test_an_english_part_that_is_an_ordinary_word_is_hidden_only_where_written_as_a_name():
    text = "Will said he will come back next week."
    assert [e.start for e in writer_additions(text, ["Will Tanner"])] == [0]


def test_a_part_inside_a_longer_word_is_not_hidden():
    text = "Annual review booked; Ann attended alone."
    hits = writer_additions(text, ["Ann Okafor"])
    assert [text[e.start:e.end] for e in hits] == ["Ann"]
    assert hits[0].start == text.index("Ann attended")


def test_listed_organisations_and_places_are_not_split_into_words():
    assert person_name_parts("Harbourview Primary School") == []
    assert person_name_parts("Riverside Drive") == []
    assert person_name_parts("วัดป่าแดง") == []
    assert person_name_parts("โรงเรียนบ้านหนองบัว") == []
    assert person_name_parts("12 Moo 4") == []


def test_initials_and_particles_are_not_parts():
    assert person_name_parts("J. Okafor") == ["Okafor"]
    assert person_name_parts("Maria de la Cruz") == ["Maria", "Cruz"]


def test_a_single_word_listing_has_no_extra_parts():
    assert person_name_parts("Kelechi") == []
    assert person_name_parts("ต้นข้าว") == []
