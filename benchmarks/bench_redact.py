"""Warm redaction speed on ~250-word notes, per language, beside a plain Presidio analyzer.

Prints: engine start-up seconds, p50/p95 ms of ``IdentifierAnalyzer.analyze`` (and of the whole
``redact``) per language, the same for a default-configured Presidio ``AnalyzerEngine`` on the
full spaCy pipeline, their ratio, and peak RSS. Notes are built from the corpus jottings (and
the synthetic cases) cut to 250 words, so no client text is needed.

    .venv/bin/python benchmarks/bench_redact.py [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
CASES = ROOT / "tests" / "redact" / "cases"


def _texts(language: str) -> list[str]:
    paths = sorted(CORPUS.glob("*/jottings/*.json")) + sorted(CASES.glob("*.json"))
    out = []
    for p in paths:
        d = json.loads(p.read_text(encoding="utf-8"))
        lang = "en" if d["language"] == "en" else "th"
        if lang == language:
            out.append(d["text"])
    return out


def _note_250(texts: list[str], offset: int) -> str:
    """About 250 whitespace words (Thai: 250 tokens' worth of text) taken from the texts."""
    joined = "\n".join(texts[offset:] + texts[:offset])
    if any("\u0e00" <= c <= "\u0e7f" for c in joined[:200]):
        from pythainlp.tokenize import word_tokenize

        tokens = word_tokenize(joined, engine="newmm", keep_whitespace=True)
        words, out = 0, []
        for t in tokens:
            out.append(t)
            words += bool(t.strip())
            if words >= 250:
                break
        return "".join(out)
    return " ".join(joined.split()[:250])


def _pct(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from assistant.redact import get_analyzer, redact

    analyzer = get_analyzer()
    startup = time.perf_counter() - t0
    print(f"engine start-up (import + build + warm-up): {startup:.2f} s "
          f"(engines alone {analyzer.startup_seconds:.2f} s)")

    from assistant.redact.engine import build_plain_presidio

    t0 = time.perf_counter()
    plain = build_plain_presidio()
    plain.analyze(text="Warm-up: Jane Doe, jane@example.com, 081-234-5678, 1 Jan 2024.", language="en")
    print(f"plain Presidio start-up: {time.perf_counter() - t0:.2f} s")

    print(f"\n{'lang':<5}{'ours p50':>10}{'ours p95':>10}{'redact p50':>12}{'plain p50':>11}{'plain p95':>11}{'ratio':>8}")
    for lang in ("en", "th"):
        texts = _texts(lang)
        notes = [_note_250(texts, i) for i in range(min(5, len(texts)))]
        for n in notes:  # warm
            analyzer.analyze(n)
            plain.analyze(text=n, language="en")
        ours, full, base = [], [], []
        for i in range(args.runs):
            note = notes[i % len(notes)]
            t = time.perf_counter()
            analyzer.analyze(note)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            redact(note, analyzer)
            full.append(time.perf_counter() - t)
            t = time.perf_counter()
            plain.analyze(text=note, language="en")
            base.append(time.perf_counter() - t)
        ratio = statistics.median(ours) / statistics.median(base)
        print(f"{lang:<5}{_pct(ours, .5):>9.1f} {_pct(ours, .95):>9.1f} {_pct(full, .5):>11.1f} "
              f"{_pct(base, .5):>10.1f} {_pct(base, .95):>10.1f} {ratio:>7.2f}x")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS: {peak_mb:.0f} MB (both engines loaded); load average: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
