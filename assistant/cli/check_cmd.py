"""``check``: rule findings and scores for a finished note (no model involved)."""

from __future__ import annotations

import argparse

from assistant.cli.io import read_input
from assistant.cli.render import dump_json, finding_dict, findings_text, scores_dict
from assistant.pipeline import Services
from assistant.settings import Settings
from assistant.text.language import locale_of, note_language

HELP = "Check a finished note against the ten qualities of a good progress note."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--locale", choices=["en", "th"], default=None,
        help="language of the messages (default: the note's language)",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    text = read_input(args.file, max_chars=settings.max_input_chars, what="note")
    services = Services.from_settings(settings)
    report = services.check(text, locale=args.locale)
    if args.json:
        print(
            dump_json(
                {
                    "findings": [finding_dict(f) for f in report.findings],
                    "scores": scores_dict(report),
                    "overall": round(report.overall, 3),
                }
            )
        )
        return 0
    locale = args.locale or locale_of(note_language(text))
    print(findings_text(text, report, locale))
    return 0
