"""A spinner on stderr while the model works, only when stderr is a terminal."""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def spinner(enabled: bool | None = None) -> Iterator[Callable[[str], None]]:
    """Yield a ``progress(stage)`` callback; draws a spinner with the current stage on a TTY."""
    active = sys.stderr.isatty() if enabled is None else enabled
    stage = ["starting"]
    if not active:
        yield lambda s: stage.__setitem__(0, s)
        return
    stop = threading.Event()

    def spin() -> None:
        for frame in itertools.cycle("|/-\\"):
            if stop.wait(0.1):
                break
            sys.stderr.write(f"\r{frame} {stage[0]:<40}")
            sys.stderr.flush()
        sys.stderr.write("\r" + " " * 44 + "\r")
        sys.stderr.flush()

    thread = threading.Thread(target=spin, daemon=True)
    thread.start()
    try:
        yield lambda s: stage.__setitem__(0, s)
    finally:
        stop.set()
        thread.join(timeout=1)
