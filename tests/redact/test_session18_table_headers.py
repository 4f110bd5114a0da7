"""Session 18 (blind tables, value-free: most table misses sat under headers the column list did
not hold): a header is also known by its stem (ชื่อจริง, เลขบัตรต่างด้าว, เบอร์ญาติ, Client name,
Passport no.), and a table's header line is never redacted (ชื่อจริง<TAB>เลขบัตร… and "Client name
| Passport" had been read as a naming cue and a name). A record line with labels in it is not a
header: its values are still found."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

TH_TABLE = (
    "ลำดับ\tชื่อจริง\tเลขบัตรต่างด้าว\tเบอร์ญาติ\tหมายเหตุ\n"
    "1\tหม่อง ทุน\t0-0000-12345-67-8\t081-234-5678\tมาทุกครั้ง\n"
    "2\tเอ จ่อ\tWP 6703-118492\t-\tยังไม่ได้ทำ\n"
)
EN_TABLE = "Client name | Passport no. | Notes\nAmara Okafor | A12345678 | ok\n"


def test_cells_under_headers_known_by_their_stem_are_found(analyzer):
    for value in ("หม่อง ทุน", "0-0000-12345-67-8", "081-234-5678", "เอ จ่อ"):
        assert covered(analyzer, TH_TABLE, value), found(analyzer, TH_TABLE)
    assert covered(analyzer, EN_TABLE, "A12345678"), found(analyzer, EN_TABLE)


def test_the_header_line_stays(analyzer):
    for header in ("ชื่อจริง", "เลขบัตรต่างด้าว", "เบอร์ญาติ"):
        assert untouched(analyzer, TH_TABLE, header), found(analyzer, TH_TABLE)
    assert untouched(analyzer, EN_TABLE, "Passport no."), found(analyzer, EN_TABLE)


def test_a_record_line_is_no_header(analyzer):
    text = "Name: Ann Lee | School: Westfield High\nSeen today."
    assert covered(analyzer, text, "Ann Lee"), found(analyzer, text)
