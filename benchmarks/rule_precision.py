"""Measured precision of every checker rule, per language, on the notes we may tune on.

Why: a reviewer who sees wrong warnings on good notes learns to ignore the tool, and the false
warnings come from a long tail of rules, each firing rarely. Counting, per rule, its fires on good
notes against its catches on poor notes shows which rules earn their severity and which are a
matter of judgement that should be a hint (``info``) or be made stricter.

Sets: the corpus notes, our own notes and the OPENED held-out sets 1–4 (4 opened in session 6
round 7). A blind set (``heldout5`` or any folder holding a ``.blind`` marker) is never read here.

For each rule id and language:
- ``good``: warning/error fires on good notes (false warnings);
- ``catch``: fires on poor notes that match a marked defect of the rule's criterion (the same
  matching as ``check_quality.caught``: overlapping the evidence, or any fire for an absence);
- ``stray``: fires on poor notes matching no defect;
- ``info``: info-level fires anywhere (hints; shown, not counted as warnings);
- ``sole``: defects caught ONLY by this rule at warning/error level (what demoting it would cost).

    .venv/bin/python benchmarks/rule_precision.py [--min 1] [--rule PREFIX] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from check_quality import CORPUS_NOTES, NOW, OWN_NOTES  # noqa: E402

from assistant.check import check_text, load_config  # noqa: E402
from assistant.models import Finding, Severity  # noqa: E402

#: The sets we may tune on. heldout5 and heldout6 are blind and deliberately absent.
OPENED = (
    ("corpus", CORPUS_NOTES),
    ("own", OWN_NOTES),
    ("heldout1", ROOT / "tests" / "rules" / "heldout1"),
    ("heldout2", ROOT / "tests" / "rules" / "heldout2"),
    ("heldout3", ROOT / "tests" / "rules" / "heldout3"),
    ("heldout4", ROOT / "tests" / "rules" / "heldout4"),
)
LOUD = (Severity.WARNING, Severity.ERROR)


def _notes(folder: Path) -> list[dict]:
    if {"heldout5", "heldout6"} & set(folder.parts) or (folder / ".blind").exists():  # blind: never read
        return []
    files = (
        sorted(folder.glob("*/notes/*.json"))
        if folder == CORPUS_NOTES
        else sorted(folder.rglob("*.json"))
    )
    out = []
    for p in files:
        note = json.loads(p.read_text(encoding="utf-8"))
        if "defects" in note:
            out.append(note)
    return out


def _overlaps(f: Finding, text: str, defect: dict) -> bool:
    if f.criterion.value != defect["criterion"]:
        return False
    evidence = defect.get("evidence")
    if evidence is None:
        return True
    start = text.find(evidence)
    end = start + len(evidence)
    return f.start is not None and f.end is not None and f.start < end and start < f.end


def measure(sets=OPENED) -> tuple[dict, list[str]]:
    """Counts per (rule, language) and a list of example lines for --verbose."""
    config = load_config()
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    examples: list[str] = []
    for _label, folder in sets:
        for note in _notes(folder):
            lang, text = note["language"], note["text"]
            report = check_text(text, config=config, now=NOW)
            if note["quality"] == "good":
                for f in report.findings:
                    key = (f.rule, lang)
                    if f.severity in LOUD:
                        counts[key]["good"] += 1
                        snippet = text[f.start : f.end][:50] if f.start is not None else "-"
                        examples.append(f"good  {f.rule:40s} {note['id']}: {snippet!r}")
                    else:
                        counts[key]["info"] += 1
                continue
            for f in report.findings:
                key = (f.rule, lang)
                if f.severity not in LOUD:
                    counts[key]["info"] += 1
                    continue
                if any(_overlaps(f, text, d) for d in note["defects"]):
                    counts[key]["catch"] += 1
                else:
                    counts[key]["stray"] += 1
                    snippet = text[f.start : f.end][:50] if f.start is not None else "-"
                    examples.append(f"stray {f.rule:40s} {note['id']}: {snippet!r}")
            for d in note["defects"]:
                loud = {
                    f.rule for f in report.findings if f.severity in LOUD and _overlaps(f, text, d)
                }
                if len(loud) == 1:
                    counts[(loud.pop(), lang)]["sole"] += 1
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=1, help="hide rules with fewer fires")
    parser.add_argument("--rule", default="", help="only rule ids starting with this")
    parser.add_argument("--verbose", action="store_true", help="list false and stray fires")
    args = parser.parse_args(argv)
    counts, examples = measure()
    print(
        f"{'rule':42s} {'lang':4s} {'good':>4s} {'catch':>5s} {'stray':>5s} {'sole':>4s} {'info':>4s}  precision"
    )
    rows = sorted(counts.items(), key=lambda kv: (-kv[1]["good"], kv[0]))
    for (rule, lang), c in rows:
        if not rule.startswith(args.rule):
            continue
        loud = c["good"] + c["catch"] + c["stray"]
        if loud + c["info"] < args.min:
            continue
        precision = f"{c['catch'] / loud:.2f}" if loud else "  - "
        print(
            f"{rule:42s} {lang:4s} {c['good']:4d} {c['catch']:5d} {c['stray']:5d} {c['sole']:4d} "
            f"{c['info']:4d}  {precision}"
        )
    if args.verbose:
        for line in examples:
            if line.split()[1].startswith(args.rule):
                print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
