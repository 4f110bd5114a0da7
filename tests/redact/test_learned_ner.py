"""The learned taggers: they find names in frames no rule lists, leave ordinary words, function
words and provinces alone, cache nothing identifying, and can be rebuilt from the annotated cases
(never from the blind held-out set). Sentences and names here are invented and in no case file."""

from __future__ import annotations

import pytest

from assistant.redact import learned_ner
from assistant.redact.learned_ner import (
    ENGLISH,
    THAI,
    get_tagger,
    learned_spans,
    train,
    training_cases,
)


def _covered(text: str, name: str, spans) -> bool:
    start = text.index(name)
    return any(s <= start and start + len(name) <= e for _, s, e in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นักเรียนบอกว่าโดนกลุ่มของพิมพ์ชญาแกล้งทุกวัน", "พิมพ์ชญา"),
        ("ผู้ดูแลคือนางกรรณิการ์ ศรีสุขวัฒนา อายุ 51 ปี", "กรรณิการ์ ศรีสุขวัฒนา"),
        ("ยายเล่าว่าหลานชายชื่อธนวินท์ไม่ยอมกลับบ้าน", "ธนวินท์"),
        ("Seen with her aunt Oluwaseun Adeyemi-Crane after school.", "Oluwaseun Adeyemi-Crane"),
        ("Roommate Tobiah drove him to the appointment.", "Tobiah"),
    ],
)
def test_when_a_name_sits_in_a_naming_frame_then_a_tagger_covers_it(text, name):
    assert _covered(text, name, learned_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "ผู้รับบริการนอนไม่หลับ มีอาการปานกลาง ให้คำปรึกษาเรื่องการจัดการความเครียด",
        "แม่พามาโรงเรียนตามนัด ครูประจำชั้นแจ้งว่าเด็กขาดเรียนบ่อย",
        "พ่อไปทำงานที่ระยอง ส่งเงินมาทุกเดือน",
        "Prefers morning sessions. Mom doesn't drive. Sleep 5 h, appetite down.",
        # session 8: the retrained English tagger read a validation message as a name; the Thai one
        # read "You" opening a prompt that holds Thai
        "- (whole answer): Invalid JSON: EOF while parsing a string at line 1 column 30",
        "You help counsellors write notes. ตอบเป็นภาษาไทย",
    ],
)
def test_when_a_note_holds_only_ordinary_words_and_a_province_then_the_taggers_add_nothing(text):
    assert [text[s:e] for _, s, e in learned_spans(text)] == []


def test_when_a_span_ends_in_a_function_word_then_the_word_is_left_out():
    text = "ถูกแฟน (นายภาคภูมิ หรือ 'บอส') ทำร้ายซ้ำ"
    found = [text[s:e] for _, s, e in get_tagger(THAI).spans(text)]
    assert not any(f.endswith("หรือ") for f in found)


def test_when_a_name_is_tagged_then_no_cache_keeps_it():
    for tagger, text, name in (
        (get_tagger(THAI), "เพื่อนสนิทของวรัญญาโทรมาเล่าว่าเธอร้องไห้ทั้งคืน", "วรัญญา"),
        (get_tagger(ENGLISH), "Her friend Marisol Quintanilla called twice.", "Quintanilla"),
    ):
        tagger.spans(text)
        assert not any(name in token for _, token in learned_ner._feature_memo)


def test_when_the_model_is_rebuilt_from_cases_then_it_learns_the_frame(tmp_path):
    cases = [
        {
            "language": "th",
            "text": f"ผู้ป่วยชื่อ{name} อายุ 40 ปี มาตามนัด",
            "identifiers": [{"type": "PERSON", "value": name}],
        }
        for name in ("สมหวัง", "บุษบา", "กิตติพงษ์", "ปรียาภรณ์", "ณัฐวุฒิ", "อัมพร")
    ]
    model = tmp_path / "m.crfsuite"
    assert train(THAI, cases, model) == 6
    text = "ผู้ป่วยชื่อวิมลรัตน์ อายุ 33 ปี มาตามนัด"
    spans = learned_ner.LearnedTagger(THAI, model).spans(text)
    assert [(kind, text[s:e]) for kind, s, e in spans] == [("PERSON", "วิมลรัตน์")]


def test_when_training_cases_are_gathered_then_blind_sets_and_the_other_language_are_left_out(tmp_path):
    for folder, lang in (("cases", "th"), ("heldout9", "th"), ("old", "th"), ("other", "en")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.json").write_text(
            f'{{"language": "{lang}", "text": "x", "identifiers": []}}', encoding="utf-8"
        )
    (tmp_path / "heldout9" / learned_ner.BLIND_MARKER).write_text("", encoding="utf-8")
    assert len(training_cases([tmp_path], "th")) == 2
    assert len(training_cases([tmp_path], "th", exclude=["old"])) == 1
    assert len(training_cases([tmp_path], "en")) == 1


def test_when_a_folder_is_marked_as_not_for_training_then_its_cases_are_left_out(tmp_path):
    # targeted cases that measured no better on held-out sets stay for reading, not for training
    for folder in ("kept", "targeted"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.json").write_text(
            '{"language": "th", "text": "x", "identifiers": []}', encoding="utf-8"
        )
    (tmp_path / "targeted" / learned_ner.NOT_TRAINED_MARKER).write_text("why", encoding="utf-8")
    assert len(training_cases([tmp_path], "th")) == 1


def test_when_the_taggers_are_switched_off_then_the_recognizer_adds_nothing(monkeypatch):
    from assistant.redact.recognizers.learned import LearnedRecognizer

    text = "นักเรียนบอกว่าโดนกลุ่มของพิมพ์ชญาแกล้งทุกวัน"
    recognizer = LearnedRecognizer()
    assert recognizer.analyze(text, [])
    monkeypatch.setenv("ASSISTANT_LEARNED_NER", "0")
    assert recognizer.analyze(text, []) == []


def test_when_a_thai_name_is_followed_by_a_descriptive_word_then_the_word_is_not_taken_as_a_surname():
    text = "ยายหอม ยิ้มแย้ม ตอบคำถามได้"
    # whether the tagger takes หอม (with or without the title) depends on its training; what must
    # hold is that the smiling is never part of a name
    assert not any("ยิ้มแย้ม" in text[s:e] for _, s, e in learned_spans(text))


@pytest.mark.parametrize("text", ["ผู้ป่วย ชาย ไทย อายุ 40 ปี", "ผู้รับบริการ หญิง ลาว อายุ 29 ปี"])
def test_when_a_thai_note_opens_with_sex_and_nationality_then_they_are_not_a_name(text):
    assert learned_spans(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ญาติขอยื่นคำร้องขอคุ้มครองสวัสดิภาพต่อศาลเยาวชนและครอบครัวจังหวัดน่าน",
         "ศาลเยาวชนและครอบครัวจังหวัดน่าน"),
        ("แม่ตั้งใจพาไปสมัครเรียนต่อที่โรงเรียนบ้านห้วยทรายขาว", "โรงเรียนบ้านห้วยทรายขาว"),
    ],
)
def test_when_a_tagged_body_follows_a_clause_then_the_clause_stays_outside_the_span(text, body):
    """No spaces in Thai: the tagger can run a body's span back over the verb phrase before it
    (ยื่นคำร้องขอคุ้มครองสวัสดิภาพต่อศาล…), redacting what the writer needs to keep."""
    head = text.index(body)
    for kind, s, e in get_tagger(THAI).spans(text):
        if kind != "PERSON" and e > head:
            assert s >= head, text[s:e]


@pytest.mark.parametrize(
    "text",
    [
        "นักศึกษาวางแผนงานวิชาสถิติเป็น 4 ขั้นด้วยตนเอง",
        "ครูให้ทำรายงานวิชาสังคมศึกษาส่งวันศุกร์",
    ],
)
def test_when_ordinary_words_that_are_also_listed_names_meet_without_a_cue_then_they_are_not_a_name(text):
    """วิชา and สถิติ are in PyThaiNLP's name lists, but a school subject is not a person."""
    assert [(k, text[s:e]) for k, s, e in learned_spans(text) if k == "PERSON"] == []


def test_when_a_thai_note_labels_its_sections_in_english_then_the_labels_are_not_names():
    text = "S (Subjective): นักเรียนเล่าว่าช่วงใกล้สอบนอนไม่หลับ\nO (Objective): มาตรงเวลา นำตารางอ่านหนังสือมาด้วย"
    assert [text[s:e] for k, s, e in learned_spans(text) if k == "PERSON"] == []


@pytest.mark.parametrize("text", [
    "แม่ค้าขายผัก อายุ 50 มาปรึกษา",
    "พ่อค้าขายหมูปิ้ง อายุ 45 ปี เป็นพยาน",
    "แม่บ้านทำความสะอาด อายุ 40 ปี แจ้งเหตุ",
    "นาย ส. และ นาง ก.ข. มาด้วย",
    "Keep dates as written; Thai พ.ศ. years stay พ.ศ. in the note.",
])
def test_when_a_title_is_part_of_a_role_word_or_a_name_is_only_initials_then_the_tagger_adds_nothing(text):
    # แม่ค้า (vendor), พ่อค้า (trader), แม่บ้าน (housekeeper) start with a title but are one word;
    # initials are how a note already hides a name
    assert learned_spans(text) == []


class _TagsEverything:
    """A stand-in model that reads every token as one person's name, sure of it."""

    def tag(self, features):
        return ["B-PERSON"] + ["I-PERSON"] * (len(features) - 1)

    def marginal(self, label, i):
        return 0.99


@pytest.mark.parametrize(
    "text", ["Nasreen Begum\nHarbhajan Singh", "ด.ญ.ปิ่นมุก ใจบุญ\nนายสุรพล ใจบุญ"]
)
def test_when_a_tagged_span_would_run_across_a_line_break_then_it_stops_at_the_line(monkeypatch, text):
    # a name or an address never runs on into the next line (…Taoyuan City 333\nAUDIT-C 6)
    tagger = learned_ner.LearnedTagger(ENGLISH if text.isascii() else THAI)
    monkeypatch.setattr(tagger, "_tagger", lambda: _TagsEverything())
    spans = tagger.spans(text)
    assert spans
    assert all("\n" not in text[s:e] for _, s, e in spans)
