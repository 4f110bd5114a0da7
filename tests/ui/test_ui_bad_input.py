"""Bad input on the Draft and Review pages: a plain reason in the interface language, the text
the writer typed kept, never a traceback (the refusal itself comes from the real
``assistant.inputs.validate_text``, which the fake services call as the real ones do)."""

from __future__ import annotations

import re

import pytest

from ui.i18n import catalogue, t

BIG = "Client said she slept 6 hours. PHQ-9 12. " * 6_000  # ~240 KB
CASES = {
    "emoji": ("😀😢🙏👍🔥💔😭" * 5, "no_words"),
    "japanese": ("クライアントは昨夜よく眠れなかったと話した。不安が強い。", "language"),
    "binary": ("".join(chr(c) for c in range(1, 9)) * 30 + "%PDF-1.4", "binary"),
    "too_long": (BIG, "too_long"),
}
_LATIN_SENTENCE = re.compile(r"[A-Za-z]{3,}(?: [A-Za-z]{2,}){3,}")  # four English words in a row


def _errors(at) -> list[str]:
    return [e.value for e in at.error]


def _check_message(errors: list[str], lang: str, reason: str) -> None:
    assert len(errors) == 1, errors
    message = errors[0]
    expected_head = catalogue(lang)[f"input.{reason}"].split("{")[0].strip()
    assert expected_head and expected_head in message
    if lang == "th":  # the reason is said in Thai, not in an English sentence
        assert not _LATIN_SENTENCE.search(message), message


@pytest.mark.parametrize("lang", ["en", "th"])
@pytest.mark.parametrize("case", list(CASES))
def test_draft_page_refuses_bad_jottings_in_the_interface_language(app, lang, case):
    text, reason = CASES[case]
    at = app(lang=lang)
    at.text_area(key="d_jottings").input(text).run()
    assert not at.exception
    _check_message(_errors(at), lang, reason)
    assert at.text_area(key="d_jottings").value == text
    assert not [b for b in at.button if b.key == "d_run"]  # nothing to draft from


@pytest.mark.parametrize("lang", ["en", "th"])
@pytest.mark.parametrize("case", list(CASES))
def test_review_page_refuses_a_bad_note_in_the_interface_language(app, lang, case):
    text, reason = CASES[case]
    at = app("review", lang=lang)
    at.text_area(key="r_text").input(text).run()
    at.button(key="r_run").click().run()
    assert not at.exception
    _check_message(_errors(at), lang, reason)
    assert at.text_area(key="r_text").value == text
    assert at.status[0].label == t("review.failed", lang)  # a check stopped, not a draft


@pytest.mark.parametrize("lang", ["en", "th"])
def test_mixed_thai_and_english_jottings_are_accepted(app, lang):
    text = "นัดครั้งที่ 3 ผู้รับบริการบอกว่า sleep ไม่ดี 2 wk, PHQ-9 = 14 ให้ CBT นัด f/u 2 สัปดาห์"
    at = app(lang=lang)
    at.text_area(key="d_jottings").input(text).run()
    assert not at.exception and not at.error
    assert at.button(key="d_run")


def test_every_refusal_reason_has_a_sentence_in_both_languages():
    for reason in {r for _, r in CASES.values()} | {"empty"}:
        en, th = catalogue("en")[f"input.{reason}"], catalogue("th")[f"input.{reason}"]
        assert en != th
