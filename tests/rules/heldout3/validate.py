"""Sanity-check the held-out set 3 files (format only; says nothing about the checker).

Run: .venv/bin/python tests/rules/heldout3/validate.py
"""

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
CRITERIA = {
    "clarity",
    "objectivity",
    "timeliness",
    "completeness",
    "tone",
    "structure",
    "confidentiality",
    "relevance",
    "goals",
    "interventions",
}


def main() -> int:
    """Validate every note; print counts; return 1 on any problem."""
    errors: list[str] = []
    per_lang: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    quality: collections.Counter = collections.Counter()
    for path in sorted(HERE.glob("ho3-*.json")):
        note = json.loads(path.read_text(encoding="utf-8"))
        name = path.name
        if set(note) != {"id", "language", "quality", "text", "defects"} or note["id"] != path.stem:
            errors.append(f"{name}: keys/id")
        lang, qual, defects = note["language"], note["quality"], note["defects"]
        if lang not in ("en", "th") or qual not in ("good", "poor"):
            errors.append(f"{name}: language/quality")
        quality[(lang, qual)] += 1
        if qual == "good" and defects:
            errors.append(f"{name}: good note with defects")
        if qual == "poor" and not 2 <= len(defects) <= 5:
            errors.append(f"{name}: {len(defects)} defects")
        for defect in defects:
            if defect.get("criterion") not in CRITERIA:
                errors.append(f"{name}: unknown criterion")
            evidence = defect.get("evidence")
            if evidence is not None and (not evidence or evidence not in note["text"]):
                errors.append(f"{name}: evidence is not a substring of text")
            per_lang[lang][defect["criterion"]] += 1
    for lang in ("en", "th"):
        for criterion in sorted(CRITERIA):
            if per_lang[lang][criterion] < 3:
                errors.append(f"{lang}: {criterion} has {per_lang[lang][criterion]} defects")
    print("notes:", dict(quality))
    for lang in ("en", "th"):
        print(lang, dict(sorted(per_lang[lang].items())))
    print("\n".join(errors) if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
