"""Sanity check for the blind held-out set 4 (format only; it never runs the product).

Run: .venv/bin/python tests/rules/heldout4/check_set.py
Why: evidence strings must be exact substrings, or scoring the checker against them is meaningless.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

CRITERIA = {
    "clarity", "objectivity", "timeliness", "completeness", "tone",
    "structure", "confidentiality", "relevance", "goals", "interventions",
}
HERE = Path(__file__).parent


def main() -> int:
    """Validate every note file; print per-language counts; return non-zero on any problem."""
    problems: list[str] = []
    quality: Counter[tuple[str, str]] = Counter()
    per_crit: Counter[tuple[str, str]] = Counter()
    for path in sorted(HERE.glob("ho4-*.json")):
        note = json.loads(path.read_text(encoding="utf-8"))
        lang, q, text, defects = note["language"], note["quality"], note["text"], note["defects"]
        if note["id"] != path.stem or lang not in {"en", "th"} or q not in {"good", "poor"}:
            problems.append(f"{path.name}: bad id/language/quality")
        if (q == "good") != (not defects) or (q == "poor" and not 2 <= len(defects) <= 5):
            problems.append(f"{path.name}: defect count does not match quality")
        for d in defects:
            if d["criterion"] not in CRITERIA:
                problems.append(f"{path.name}: unknown criterion")
            if d["evidence"] is not None and d["evidence"] not in text:
                problems.append(f"{path.name}: evidence not a substring")
            per_crit[(lang, d["criterion"])] += 1
        quality[(lang, q)] += 1
    for lang in ("en", "th"):
        print(lang, {q: quality[(lang, q)] for q in ("poor", "good")},
              {c: per_crit[(lang, c)] for c in sorted(CRITERIA)})
        problems += [f"{lang}: {c} < 3" for c in CRITERIA if per_crit[(lang, c)] < 3]
    print("\n".join(problems) or "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
