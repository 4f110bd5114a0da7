"""Redaction quality: identifier recall per language and type, and survival of ``keep`` strings.

An identifier counts as caught only when EVERY occurrence of its value is fully inside one
redacted span (any type); "typed" additionally needs the span's type to match. Keep strings
survive when no redacted span overlaps any occurrence. Also reports what the analyzer flags in
the corpus's *good* finished notes (which use initials): a proxy for over-redaction on prose.
The held-out sets (tests/redact/heldout*/) are reported on their own rows: the newest one (set 6) is not
tuned on, so it is the figure to trust for unseen text.

    .venv/bin/python benchmarks/redaction_quality.py [--show-misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
CASES = ROOT / "tests" / "redact" / "cases"
#: Written before the last round of recognizer changes and never tuned on: the honest figure.
HELDOUT = ROOT / "tests" / "redact" / "heldout"
#: Round-3 held-out set, written before the round-3 changes (the first set had been looked at).
HELDOUT2 = ROOT / "tests" / "redact" / "heldout2"
#: Round-4 held-out set, written before the round-4 changes; its misses are never printed.
HELDOUT3 = ROOT / "tests" / "redact" / "heldout3"
#: Round-5 held-out set, written before the round-5 changes; its misses are never printed.
HELDOUT4 = ROOT / "tests" / "redact" / "heldout4"
#: Set 5, written blind before round 6, measured once, then opened for tuning in round 7.
HELDOUT5 = ROOT / "tests" / "redact" / "heldout5"
#: Set 6, written blind before round 7 by a different author: its misses are never printed.
HELDOUT6 = ROOT / "tests" / "redact" / "heldout6"


def print_report(title: str, result: dict, show: bool) -> None:
    """Human-readable table."""
    print(f"\n== {title}")
    for group in sorted(result["stats"]):
        rows = result["stats"][group]
        all_ = rows["ALL"]
        k = result["keep"][group]
        print(f"  [{group}] recall {all_[1]}/{all_[0]} = {all_[1] / all_[0]:.3f}  "
              f"(type also right: {all_[2] / all_[0]:.3f})  keep survival {k[1]}/{k[0]} = "
              f"{(k[1] / k[0]) if k[0] else 1:.3f}")
        n_spans, n_extra = result["spans"][group]
        print(f"      over-redaction: {n_extra}/{n_spans} detected spans touch no gold identifier")
        for t in sorted(x for x in rows if x != "ALL"):
            n, c, ty = rows[t]
            print(f"      {t:<14} {c:>3}/{n:<3} recall {c / n:.3f}   typed {ty / n:.3f}")
    if show:
        for m in result["misses"]:
            print("   MISS", *m)
        for m in result["lost"]:
            print("   LOST", *m)
        for m in result["extra"]:
            print("   EXTRA", *m)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    from assistant.redact import get_analyzer
    from assistant.redact.evaluation import load_cases, score_cases

    analyzer = get_analyzer()
    corpus = load_cases(CORPUS, "*/jottings/*.json")
    own = load_cases(CASES, "*.json")
    print_report(f"corpus jottings ({len(corpus)} cases)", score_cases(corpus, analyzer.analyze), args.show_misses)
    print_report(f"own synthetic cases ({len(own)} cases)", score_cases(own, analyzer.analyze), args.show_misses)
    own5 = load_cases(CASES / "own5", "*.json")
    if own5:
        print_report(f"round-3 tuning cases (English; Thai ones now gated) ({len(own5)} cases)",
                     score_cases(own5, analyzer.analyze), args.show_misses)
    heldout = load_cases(HELDOUT, "*.json")
    if heldout:
        print_report(f"held-out set 1 (round 2; since looked at) ({len(heldout)} cases)",
                     score_cases(heldout, analyzer.analyze), args.show_misses)
    heldout2 = load_cases(HELDOUT2, "*.json")
    if heldout2:
        print_report(f"held-out set 2 (round 3; since looked at) ({len(heldout2)} cases)",
                     score_cases(heldout2, analyzer.analyze), args.show_misses)
    heldout3 = load_cases(HELDOUT3, "*.json")
    if heldout3:
        print_report(f"held-out set 3 (round 4; opened for tuning in round 6) ({len(heldout3)} cases)",
                     score_cases(heldout3, analyzer.analyze), args.show_misses)
    heldout4 = load_cases(HELDOUT4, "*.json")
    if heldout4:
        # Figures only: printing this set's misses would turn it into a tuning set.
        print_report(f"held-out set 4 (round 5; opened for tuning in round 6) ({len(heldout4)} cases)",
                     score_cases(heldout4, analyzer.analyze), args.show_misses)
    heldout5 = load_cases(HELDOUT5, "*.json")
    if heldout5:
        print_report(f"held-out set 5 (measured blind before round 6; opened for tuning in round 7) ({len(heldout5)} cases)",
                     score_cases(heldout5, analyzer.analyze), args.show_misses)
    heldout6 = load_cases(HELDOUT6, "*.json")
    if heldout6:
        # Figures only: printing this set's misses would turn it into a tuning set.
        print_report(f"held-out set 6 (blind; written before round 7, misses never printed) ({len(heldout6)} cases)",
                     score_cases(heldout6, analyzer.analyze), False)
    good = [n for n in load_cases(CORPUS, "*/notes/*.json") if n.get("quality") == "good"]
    flagged = defaultdict(int)
    for note in good:
        for e in analyzer.analyze(note["text"]):
            flagged[e.type] += 1
    print(f"\n== detections in {len(good)} good finished notes (initials only; lower is better): "
          + (", ".join(f"{t} {n}" for t, n in sorted(flagged.items())) or "none"))


if __name__ == "__main__":
    main()
