"""Session 17 (set 59): a nickname that is never a name elsewhere (ชาย "male", สาว "young
woman") is one in a note that says so (ชื่อเล่น ชาย): every later mention as a word of its own
is the person (ชายมาตามนัด, เบอร์ชาย 08…); the word inside ลูกชาย or เพศชาย stays."""

from __future__ import annotations

from tests.redact.helpers import found

TEXT = (
    "ผู้รับบริการ: นายอนันต์ หมัดอาดัม ชื่อเล่น ชาย อายุ 24 ปี\n\n"
    "ชายมาตามนัดกับแม่ ชายเล่าว่าได้งานใหม่ เบอร์ชาย 084-330-6271 แม่มีลูกชายอีกคน เพศชาย"
)


def test_every_later_mention_of_the_named_nickname_is_hidden(analyzer):
    spans = [(e.start, e.end) for e in analyzer.analyze(TEXT)]
    at = TEXT.find("ชายมาตามนัด")
    mentions = [at, TEXT.find("ชายเล่าว่า"), TEXT.find("ชาย 084")]
    assert all(any(s <= k and k + 3 <= e for s, e in spans) for k in mentions), found(analyzer, TEXT)


def test_the_word_inside_other_words_stays(analyzer):
    spans = [(e.start, e.end) for e in analyzer.analyze(TEXT)]
    for word in ("ลูกชาย", "เพศชาย"):
        k = TEXT.find(word)
        assert not any(s < k + len(word) and k < e for s, e in spans), found(analyzer, TEXT)
