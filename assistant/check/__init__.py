"""The deterministic rule checker: every gap against the ten qualities, in Thai and English.

``check_text`` runs the registered rules (``rules/``, one module per criterion) over a note as
pasted or as rendered by ``assistant.formats.render_note`` and returns a scored
:class:`~assistant.models.CheckReport`. Vocabulary and thresholds come from the YAML lexicons
(``lexicons/``), loaded once by :func:`load_config`. The privacy layer's analyzer is injected as
``identifier_finder``; this package never imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from assistant.check.lexicons import CheckConfig, LexiconError, load_config
from assistant.check.rule import REGISTRY, Rule, register
from assistant.check.runner import run_rules
from assistant.check.scoring import score
from assistant.errors import InputError
from assistant.models import CheckReport, DetectedEntity
from assistant.text.language import letter_counts

__all__ = [
    "CheckConfig",
    "LexiconError",
    "Rule",
    "all_rules",
    "check_text",
    "load_config",
    "register",
]


def _locale_of(text: str) -> str:
    thai, latin, _ = letter_counts(text)
    return "th" if thai and thai >= latin else "en"


def check_text(
    text: str,
    *,
    identifier_finder: Callable[[str], list[DetectedEntity]] | None = None,
    locale: str | None = None,
    config: CheckConfig | None = None,
    now: dt.datetime | None = None,
) -> CheckReport:
    """Check one note and return its findings, per-criterion scores and overall score.

    ``locale`` (``en``/``th``) picks the language of messages; None uses the note's main
    language. ``config`` defaults to the bundled lexicons (loaded once). ``now`` is the time
    used for "date in the future" checks (default: the current local time).
    """
    if not isinstance(text, str):
        raise InputError("The note must be text.")
    loc = locale if locale in ("en", "th") else _locale_of(text)
    cfg = config or load_config()
    findings = run_rules(
        text, cfg, locale=loc, now=now or dt.datetime.now(), identifier_finder=identifier_finder
    )
    return score(findings, cfg.scoring, loc)


def all_rules() -> list[type[Rule]]:
    """Every registered rule class, by id (for docs and the training page)."""
    import assistant.check.rules  # noqa: F401

    return [REGISTRY[k] for k in sorted(REGISTRY)]


def rules_data_dir_config(rules_data_dir: Path | None, threshold_hours: float) -> CheckConfig:
    """Convenience for edges holding a ``Settings``: the config for its rules folder and threshold."""
    return load_config(rules_data_dir, threshold_hours)
