"""Every label and message of the app in English and Thai, from ``en.yaml`` and ``th.yaml``.

One lookup, :func:`t`, so a missing Thai string falls back to English instead of crashing, and a
test can assert that both files carry the same keys.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANGUAGES: tuple[str, ...] = ("en", "th")
_DIR = Path(__file__).parent


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All strings of one language, flattened to dotted keys (``draft.title``)."""
    data = yaml.safe_load((_DIR / f"{lang}.yaml").read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}

    def walk(prefix: str, node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(f"{prefix}.{key}" if prefix else str(key), value)
        else:
            out[prefix] = str(node)

    walk("", data)
    return out


def has(key: str, lang: str = "en") -> bool:
    """True when ``key`` exists in ``lang``'s catalogue."""
    return key in catalogue(lang if lang in LANGUAGES else "en")


def t(key: str, lang: str = "en", /, **values: Any) -> str:
    """The string for ``key`` in ``lang`` (English fallback, then the key), formatted."""
    text = catalogue(lang if lang in LANGUAGES else "en").get(key)
    if text is None:
        text = catalogue("en").get(key, key)
    return text.format(**values) if values else text


def stage_label(stage: str, lang: str = "en") -> str:
    """A pipeline progress stage (``"redacting"``, ``"retrying: …"``) in ``lang``."""
    if has(f"stage.{stage}", lang):
        return t(f"stage.{stage}", lang)
    head = stage.split(":", 1)[0].strip()
    if has(f"stage.{head}", lang):
        return t(f"stage.{head}", lang)
    return stage
