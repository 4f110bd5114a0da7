"""End-to-end figures for the offline path: start-up, redaction, check, offline draft, peak RSS.

Printed, never asserted: this machine is shared and noisy. Each stage is timed on the shared corpus
and on generated notes of 100, 250 and 1,000 words, in English and Thai; p50 and p95 in ms.
Run with ``make bench``.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.notegen import generate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _time(fn, texts: list[str]) -> tuple[float, float]:
    samples = []
    for _ in range(REPEAT):
        for text in texts:
            t0 = time.perf_counter()
            fn(text)
            samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), _pct(samples, 0.95)


def main() -> None:
    t0 = time.perf_counter()
    from assistant.models import Jottings
    from assistant.pipeline import Services
    from assistant.settings import Settings

    services = Services.from_settings(Settings(llm_model=None))
    services.warm()
    startup = time.perf_counter() - t0

    from assistant.offline import draft_offline

    sets: dict[str, list[str]] = {}
    for lang in ("en", "th"):
        sets[f"corpus jottings {lang}"] = [
            json.loads(p.read_text())["text"] for p in sorted(CORPUS.glob(f"{lang}/jottings/*.json"))
        ]
        sets[f"corpus notes {lang}"] = [
            json.loads(p.read_text())["text"] for p in sorted(CORPUS.glob(f"{lang}/notes/*.json"))
        ]
        for words in (100, 250, 1000):
            sets[f"generated {words}w {lang}"] = [generate(words, lang, seed=s) for s in range(3)]

    print(f"engine start-up (import + analyzer + checker config, warm-up call): {startup:.2f} s")
    print(f"repeats per text: {REPEAT}")
    print(f"{'set':<26} {'redact p50/p95 ms':>20} {'check p50/p95 ms':>20} {'offline draft p50/p95':>24}")
    for name, texts in sets.items():
        if not texts:
            continue
        redact = _time(services.preview_redaction, texts)
        check = _time(services.check, texts)
        draft = _time(lambda t: draft_offline(services.preview_redaction(t).redacted_text), texts)
        print(
            f"{name:<26} {redact[0]:>9.1f}/{redact[1]:<9.1f} {check[0]:>9.1f}/{check[1]:<9.1f} "
            f"{draft[0]:>11.1f}/{draft[1]:<11.1f}"
        )
    full = _time(lambda t: services.draft(Jottings(text=t)), sets["corpus jottings en"][:2])
    print(f"full offline draft pipeline (redact+draft+restore+check), EN corpus: "
          f"p50 {full[0]:.1f} ms, p95 {full[1]:.1f} ms")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss_mb:.0f} MB")
    print("(offline draft column includes redaction, since the drafter reads redacted text)")


if __name__ == "__main__":
    main()
