"""Editable lexicons (override folder, validation), scores with explanations, the injected
identifier finder, and one-click replacements."""

from __future__ import annotations

import pytest

from assistant.check import LexiconError, check_text, load_config
from assistant.criteria import Criterion
from assistant.errors import InputError
from assistant.models import DetectedEntity, Severity

from .conftest import NOW

POOR = "S: Client claims she is fine.\nO: Client was lazy.\nA: x\nP: Talked."


def _rules(report):
    return {f.rule for f in report.findings}


# --------------------------------------------------------------------------- lexicons


def test_an_override_file_replaces_the_bundled_lexicon(tmp_path):
    (tmp_path / "abbreviations.en.yaml").write_text(
        "language: en\naccepted: [UDS, PDMP, S, O, A, P]\nshorthand: []\n", encoding="utf-8"
    )
    text = "S: x\nO: UDS negative, PDMP checked.\nA: y\nP: z"
    default = check_text(text, now=NOW)
    custom = check_text(text, now=NOW, config=load_config(tmp_path))
    assert any(f.rule == "clarity.undefined-abbreviation" for f in default.findings)
    assert not any(f.rule == "clarity.undefined-abbreviation" for f in custom.findings)


def test_an_override_file_with_extend_adds_terms(tmp_path):
    (tmp_path / "judgemental.en.yaml").write_text(
        "extend: true\nterms:\n  - term: slacker\n    kind: label\n    severity: error\n"
        "    suggestion: describe what was not done\n",
        encoding="utf-8",
    )
    text = "O: Client is a slacker. Client was lazy."
    report = check_text(text, now=NOW, config=load_config(tmp_path))
    flagged = {text[f.start : f.end] for f in report.findings if f.rule == "tone.pejorative-label"}
    assert flagged == {"slacker", "lazy"}


@pytest.mark.parametrize(
    "content",
    [
        "language: en\nterms:\n  - term: x\n    kind: not-a-kind\n    suggestion: y\n",
        "language: en\nterms:\n  - term: x\n    kind: label\n    forms: ['re:(unclosed']\n    suggestion: y\n",
        "language: en\nterms: [\n",
        "- just a list\n",
    ],
)
def test_an_invalid_lexicon_fails_loudly_naming_the_file(tmp_path, content):
    (tmp_path / "judgemental.en.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"judgemental\.en\.yaml"):
        load_config(tmp_path)


def test_lexicon_errors_are_user_facing_input_errors(tmp_path):
    assert issubclass(LexiconError, InputError)
    with pytest.raises(LexiconError):
        load_config(tmp_path / "missing-folder")


def test_the_timeliness_threshold_is_configurable():
    text = "Session 04/07/2026 09:00-09:30. Written 04/07/2026 18:00.\n\nS: x"
    assert "timeliness.late-entry" not in _rules(check_text(text, now=NOW))
    strict = load_config(timeliness_threshold_hours=4)
    assert "timeliness.late-entry" in _rules(check_text(text, now=NOW, config=strict))


def test_the_timeliness_threshold_can_live_in_the_data_folder(tmp_path):
    (tmp_path / "timeliness.yaml").write_text("threshold_hours: 4\n", encoding="utf-8")
    text = "Session 04/07/2026 09:00-09:30. Written 04/07/2026 18:00.\n\nS: x"
    assert "timeliness.late-entry" in _rules(
        check_text(text, now=NOW, config=load_config(tmp_path))
    )


# --------------------------------------------------------------------------- scoring


def test_scores_cover_every_criterion_and_explain_their_cost():
    report = check_text(POOR, now=NOW)
    assert set(report.scores) == set(Criterion)
    assert report.scores[Criterion.TONE] < 1.0
    assert any("tone.pejorative-label" in line for line in report.explanation[Criterion.TONE])
    assert report.overall == pytest.approx(sum(report.scores.values()) / len(Criterion), abs=1e-3)
    clean = check_text(POOR.replace("lazy", "late"), now=NOW)
    assert clean.scores[Criterion.TONE] > report.scores[Criterion.TONE]


def test_messages_follow_the_requested_locale():
    en = check_text(POOR, now=NOW, locale="en")
    th = check_text(POOR, now=NOW, locale="th")
    msg = {f.rule: f.message for f in en.findings}
    msg_th = {f.rule: f.message for f in th.findings}
    assert msg["tone.pejorative-label"] != msg_th["tone.pejorative-label"]
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in msg_th["tone.pejorative-label"])


def test_locale_defaults_to_the_language_of_the_note():
    report = check_text("O: ผู้รับบริการขี้เกียจ", now=NOW)
    label = next(f for f in report.findings if f.rule == "tone.pejorative-label")
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in label.message)


# --------------------------------------------------------------------------- identifier finder


def test_an_injected_finder_adds_identifiers_and_initials_stay_allowed():
    text = "S: Somchai said his sister Nong called. C.H. and นาย ส. attended."

    def finder(value: str) -> list[DetectedEntity]:
        out = []
        for name in ("Somchai", "Nong", "C.H.", "นาย ส."):
            i = value.index(name)
            out.append(DetectedEntity(start=i, end=i + len(name), type="PERSON", text=name))
        return out

    report = check_text(text, now=NOW, identifier_finder=finder)
    names = {
        text[f.start : f.end] for f in report.findings if f.rule == "confidentiality.full-name"
    }
    assert names == {"Somchai", "Nong"}
    assert not any(
        f.rule == "confidentiality.full-name" for f in check_text(text, now=NOW).findings
    )


def test_a_failing_finder_does_not_stop_the_check():
    def broken(_: str) -> list[DetectedEntity]:
        raise RuntimeError("analyzer down")

    report = check_text(
        "S: call 081-234-5678\nO: Client was lazy.", now=NOW, identifier_finder=broken
    )
    assert {"confidentiality.contact-details", "tone.pejorative-label"} <= _rules(report)


# --------------------------------------------------------------------------- replacements


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        (
            "S: Client claims she has been sober.",
            "objectivity.credibility-doubt",
            "S: Client reports she has been sober.",
        ),
        ("O: Refused the group.", "tone.refusal-framing", "O: Declined the group."),
        ("S: ผู้รับบริการอ้างว่าเลิกดื่มแล้ว", "objectivity.credibility-doubt", "S: ผู้รับบริการเล่าว่าเลิกดื่มแล้ว"),
        (
            "S: Marcus Bell reports cravings.",
            "confidentiality.full-name",
            "S: M.B. reports cravings.",
        ),
        ("S: ยายเล่าว่านายสมพงษ์ เรืองฤทธิ์ ตีเด็ก", "confidentiality.full-name", "S: ยายเล่าว่านาย ส. ตีเด็ก"),
    ],
)
def test_one_click_replacements_produce_the_neutral_wording(text, rule, expected):
    finding = next(f for f in check_text(text, now=NOW).findings if f.rule == rule)
    assert finding.replacement
    assert text[: finding.start] + finding.suggestion + text[finding.end :] == expected


def test_severity_reflects_the_lexicon_entry():
    report = check_text("O: Client was lazy and rude.", now=NOW)
    sev = {f.suggestion: f.severity for f in report.findings if f.rule == "tone.pejorative-label"}
    assert Severity.ERROR in sev.values() and Severity.WARNING in sev.values()


def test_a_longer_thai_phrase_added_by_an_organisation_does_not_hide_a_shorter_one(tmp_path):
    (tmp_path / "phrases.th.yaml").write_text(
        "extend: true\nlists:\n  observation_cues: [มีกลิ่นสุรา]\n", encoding="utf-8"
    )
    text = (
        "S: เล่าว่าไปโรงเรียนทุกวัน\nO: มารดาเล่าว่าเมื่อคืนเด็กกลับบ้านมีกลิ่นสุรา\n"
        "A: ปรับตัวกับกฎของบ้านได้ยาก\nP: นัด 9 มี.ค. 2569"
    )
    report = check_text(text, now=NOW, config=load_config(tmp_path))
    assert "completeness.reported-event-unaddressed" in _rules(report)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("O: Arrived late. He needs to try harder.", "needs to try harder"),
        ("O: Client was non compliant with the plan.", "non compliant"),
    ],
)
def test_a_term_message_quotes_the_words_in_the_note_not_the_lexicon_headword(text, flagged):
    """A bug seen on the Training page: "needs to try harder" was reported as 'doesn't care'."""
    report = check_text(text, locale="en")
    hits = [f for f in report.findings if f.start is not None and text[f.start : f.end] == flagged]
    assert hits, [(f.rule, text[f.start : f.end]) for f in report.findings if f.start is not None]
    assert all(flagged in f.message for f in hits)


@pytest.mark.parametrize("locale", ["en", "th"])
def test_identifier_messages_name_the_type_in_words_not_as_a_code(locale):
    text = "O: มารดาโทร 081-234-5678 เลขประจำตัวประชาชน 1-1017-00203-45-0"
    report = check_text(text, locale=locale)
    messages = [f.message for f in report.findings if f.criterion == Criterion.CONFIDENTIALITY]
    assert messages
    assert not any("_" in m or "PHONE" in m or "id_number" in m for m in messages)
