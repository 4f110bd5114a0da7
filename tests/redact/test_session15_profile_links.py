"""Session 15: a link to someone's profile on any common platform is their handle, not only on
the big five (a streamer's twitch.tv page in development set 53 went through), and the full stop
that ends the sentence after a link is not part of it."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mew (17) streams on twitch.tv/mewmewth_live every night.", "twitch.tv/mewmewth_live"),
        ("He messages her on t.me/keng_bkk99 at night.", "t.me/keng_bkk99"),
        ("Posts as reddit.com/u/sad_panda_1987 in the forum.", "reddit.com/u/sad_panda_1987"),
        ("น้องโพสต์ใน threads.net/@nongfah.22 ทุกวัน", "threads.net/@nongfah.22"),
        ("Her fan page kick.com/pimmy_plays was reported.", "kick.com/pimmy_plays"),
        ("She sells on shopee and her page is medium.com/@ploy.writes now", "medium.com/@ploy.writes"),
    ],
)
def test_a_profile_link_is_a_handle(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_full_stop_after_a_link_stays_in_the_text(analyzer):
    text = "He uploads to tiktok.com/@keng_99. Mum did not know."
    ents = [e.text for e in analyzer.analyze(text)]
    assert "tiktok.com/@keng_99" in ents, ents


