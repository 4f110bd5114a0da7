"""The CLI hides what the writer knows the analyzer misses, as the draft page does: values given
with --add, and the client's stored "people and places in this case" list with --client REF."""

from __future__ import annotations

import json

from assistant.cli import main
from assistant.settings import Settings
from assistant.store import open_repository

JOTTINGS = "วันนี้ส้มมาคนเดียว เล่าว่านอนไม่หลับ 2 สัปดาห์ 9Q = 8 นัดครั้งหน้า 12 ธ.ค. 2569"


def _file(tmp_path, text: str = JOTTINGS):
    path = tmp_path / "jottings.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_clients_case_list_is_hidden_by_redact(tmp_path, capsys):
    open_repository(Settings()).set_case_terms("C-104", ["ส้ม"])
    assert main(["redact", "--json", "--client", "C-104", _file(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "ส้ม" not in out["redacted_text"]


def test_without_the_client_the_nickname_is_what_the_analyzer_alone_sees(tmp_path, capsys):
    # the nickname is an ordinary word (orange): nothing cues it, so only the writer's list hides it
    assert main(["redact", "--json", _file(tmp_path)]) == 0
    assert "ส้ม" in json.loads(capsys.readouterr().out)["redacted_text"]


def test_an_unknown_client_hides_nothing_more_and_is_no_error(tmp_path, capsys):
    assert main(["redact", "--json", "--client", "nobody", _file(tmp_path)]) == 0
    assert "ส้ม" in json.loads(capsys.readouterr().out)["redacted_text"]


def test_draft_takes_add_release_and_client_too(tmp_path, capsys):
    open_repository(Settings()).set_case_terms("C-104", ["ส้ม"])
    path = _file(tmp_path, JOTTINGS + " ครูแนะแนวชื่อครูวิภา")
    code = main(["draft", "--json", "--restore", "placeholders", "--client", "C-104", "--add", "ครูแนะแนว",
                 path])
    assert code == 0
    text = json.loads(capsys.readouterr().out)["text"]
    assert "ส้ม" not in text and "ครูแนะแนว" not in text
