"""Speed of the rule checker: notes per second for ``check_text`` on ~250-word notes, one core.

Two runs per language: without an injected analyzer, and with a fake fast one (a regex finder
standing in for the privacy layer's analyzer, so only the checker's own cost is measured).
Each note is distinct on the first pass; later passes reuse the per-chunk Thai token cache,
as a writer re-checking an edited note would. Target: ≥ 200 notes/s (≤ 5 ms per note).

    .venv/bin/python benchmarks/bench_check.py [--notes 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.check import check_text, load_config  # noqa: E402
from assistant.models import DetectedEntity  # noqa: E402

NOW = dt.datetime(2027, 1, 1)
_FAKE = re.compile(r"\b(?:Mr|Mrs|Ms)\.\s+[A-Z][a-z]+\s+[A-Z][a-z]+|\b0\d{1,2}-\d{3}-\d{4}\b")


def fake_finder(text: str) -> list[DetectedEntity]:
    """A fast stand-in for the privacy analyzer: titled full names and phone numbers."""
    return [
        DetectedEntity(
            start=m.start(),
            end=m.end(),
            type="PERSON" if m.group(0)[0].isalpha() else "PHONE",
            text=m.group(0),
        )
        for m in _FAKE.finditer(text)
    ]


def word_count(text: str, lang: str) -> int:
    if lang == "th":
        from pythainlp.tokenize import word_tokenize

        return sum(1 for t in word_tokenize(text, engine="newmm") if t.strip())
    return len(text.split())


def realistic_notes(lang: str, count: int, words: int = 250) -> list[str]:
    """~``words``-word notes built from the corpus and our own notes (pairs joined when short)."""
    folders = [
        ROOT.parent / "shared" / "corpus" / lang / "notes",
        ROOT / "tests" / "rules" / "notes" / lang,
    ]
    texts = [
        json.loads(p.read_text(encoding="utf-8"))["text"]
        for f in folders
        for p in sorted(f.glob("*.json"))
    ]
    out: list[str] = []
    i = 0
    while len(out) < count and texts:
        text = texts[i % len(texts)]
        j = i + 1
        while word_count(text, lang) < words * 0.9:
            extra = texts[j % len(texts)]
            text += "\n" + extra[extra.find("\n") + 1 :]  # the next note's body, without its title
            j += 1
        out.append(text + f"\n(#{i})")  # every note distinct
        i += 1
    return out


def run(notes: list[str], finder, repeat: int) -> tuple[float, float]:
    """(notes/s on the first pass, notes/s on later passes), by CPU time of this process.

    CPU time, not wall time: the checker is single-threaded, and on a shared machine other
    processes would otherwise be counted against it.
    """
    config = load_config()
    first = time.process_time()
    for text in notes:
        check_text(text, config=config, now=NOW, identifier_finder=finder)
    first = time.process_time() - first
    later = []
    for _ in range(max(repeat - 1, 1)):
        t0 = time.process_time()
        for text in notes:
            check_text(text, config=config, now=NOW, identifier_finder=finder)
        later.append(time.process_time() - t0)
    return len(notes) / first, len(notes) / statistics.median(later)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    check_text("warm-up: ผู้รับบริการเล่าว่า", config=load_config(), now=NOW)
    print(f"start-up (lexicons, Thai dictionary): {time.perf_counter() - t0:.2f} s")
    for lang in ("en", "th"):
        notes = realistic_notes(lang, args.notes)
        mean_words = statistics.mean(word_count(t, lang) for t in notes)
        for label, finder in (("no analyzer", None), ("fake analyzer", fake_finder)):
            cold, warm = run(notes, finder, args.repeat)
            print(
                f"{lang} {label:13s}: {cold:6.0f} notes/s first pass ({1000 / cold:.1f} ms/note), "
                f"{warm:6.0f} notes/s re-check ({1000 / warm:.1f} ms/note); {mean_words:.0f} words/note"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
