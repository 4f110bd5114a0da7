"""Run every benchmark script in this folder, one process each, and print their figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_pipeline.py", "bench_redact.py", "bench_check.py",
           "redaction_quality.py", "check_quality.py"]


def main() -> int:
    failed = 0
    for name in SCRIPTS:
        path = HERE / name
        if not path.exists():
            print(f"== {name}: missing")
            continue
        print(f"\n== {name}", flush=True)
        failed |= subprocess.call([sys.executable, str(path)], cwd=HERE.parent) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
