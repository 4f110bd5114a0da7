"""``review``: a quality critique of an existing note (rules, plus the model when configured)."""

from __future__ import annotations

import argparse

from assistant.cli.io import read_input
from assistant.cli.progress import spinner
from assistant.cli.render import dump_json, finding_dict, findings_text, scores_dict
from assistant.pipeline import Services
from assistant.settings import Settings
from assistant.text.language import locale_of, note_language

HELP = "Review an existing note: every gap highlighted, with the reason and a better wording."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--locale", choices=["en", "th"], default=None)
    parser.add_argument(
        "--no-fallback", action="store_true",
        help="fail with exit code 3 when the model critique fails instead of showing rules only",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    text = read_input(args.file, max_chars=settings.max_input_chars, what="note")
    services = Services.from_settings(settings)
    with spinner(enabled=None if not args.json else False) as progress:
        outcome = services.review(
            text, locale=args.locale, no_fallback=args.no_fallback, progress=progress
        )
    if args.json:
        print(
            dump_json(
                {
                    "findings": [finding_dict(f) for f in outcome.report.findings],
                    "scores": scores_dict(outcome.report),
                    "overall": round(outcome.report.overall, 3),
                    "critique_used": outcome.critique_used,
                    "backend": outcome.backend,
                    "notices": [n.model_dump() for n in outcome.notices],
                }
            )
        )
        return 0
    for notice in outcome.notices:
        print(f"[{notice.level}] {notice.message}")
    locale = args.locale or locale_of(note_language(text))
    print(findings_text(text, outcome.report, locale))
    return 0
