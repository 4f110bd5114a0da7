"""Session 27 (set 88): names, handles and case numbers in hard English text.

Names that go on past where a rule stops (an Arabic article, a second barrel, Jr., a quoted
nickname), handles a few words after their platform, and case numbers of shapes no label
announces."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("Her GP is Dr Yusuf al-Rashid at the surgery on Hill Road.", "Yusuf al-Rashid"),
    ("Father: Omar bin Said al-Harthi, driver, lives in Kisauni.", "Omar bin Said al-Harthi"),
    ("Child: Saoirse O'Connell-McBride   DOB 02/03/2013", "Saoirse O'Connell-McBride"),
    ("She was groomed by Daniel Okafor Jr., who ran the page.", "Daniel Okafor Jr."),
    ("Her ex, Darnell \"Lil D\" Watkins, keeps texting her.", 'Darnell "Lil D" Watkins'),
    ("He plays till 3am on Xbox as \"Sh4dowWolf\" with older boys.", "Sh4dowWolf"),
    ("Her own insta is mia.r_, mum made it private.", "mia.r_"),
    ("He joined a telegram group betting_tips_kings run by a stranger.", "betting_tips_kings"),
    ("An older man from Twitch, streamer name DarkRiderTTV, sent him money.", "DarkRiderTTV"),
    ("HE IS ON XBOX ALL NIGHT AS CIARAN_GWY AND IN A DISCORD", "CIARAN_GWY"),
    ("File: CO/NRB/2025/0311    OB No: OB 17/09/04/2025 (Kilimani Police Station)", "OB 17/09/04/2025"),
    ("The matter is at the children's court, file CHC E112 of 2025.", "CHC E112 of 2025"),
    ("CWC ORDER NO: CWC-MUM-S/045/2025 received today.", "CWC-MUM-S/045/2025"),
    ("Police blotter MPD-S3-25-04-2219 was shown to the worker.", "MPD-S3-25-04-2219"),
    ("ครูโทรแจ้งแล้วได้เลขเรื่อง1300-680411-0133พ่อยังไม่รู้", "1300-680411-0133"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_names_handles_and_case_numbers_are_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("He plays Xbox as a hobby and Roblox on weekends.", "hobby"),
    ("Ahmed at Tesco said the shifts changed.", "Tesco"),
    ("She scored 12 of 2024 points in the quiz.", "12 of 2024"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_ordinary_words_beside_them_stay(analyzer, text, value):
    at = text.find(value)
    assert not any(e.start <= at < e.end for e in analyzer.analyze(text)), found(analyzer, text)


def test_a_dictated_word_name_found_as_a_person_is_the_subject_of_a_later_reporting_verb(analyzer):
    """Session 27: "hope" named in full once, then "hope said" / "hope returned" — the same girl;
    "no hope" and the verb after her name stay."""
    text = (
        "ok so this is about hope ashworth-kaur year 9 she came to the office at break "
        "hope said a lad added her on tiktok second note 14:05 hope returned said she has no hope he stops"
    )
    hits = analyzer.analyze(text)
    spans = {(e.start, e.end) for e in hits}
    first = text.find("hope said")
    second = text.find("hope returned")
    assert (first, first + 4) in spans and (second, second + 4) in spans, found(analyzer, text)
    last = text.rfind("hope")
    assert not any(e.start <= last < e.end for e in hits), found(analyzer, text)
