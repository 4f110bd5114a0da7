"""``draft``: jottings → redacted → drafted → restored → checked note."""

from __future__ import annotations

import argparse

from assistant.cli import hidden
from assistant.cli.io import read_input
from assistant.cli.progress import spinner
from assistant.cli.render import dump_json, finding_dict, findings_text, scores_dict
from assistant.models import Jottings, Language, NoteFormat, RestoreMode
from assistant.pipeline import Services
from assistant.settings import Settings
from assistant.text.language import locale_of

HELP = "Draft a neutral progress note (SOAP, DAP or BIRP) from rough session jottings."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=[f.value for f in NoteFormat], default=None)
    parser.add_argument(
        "--language", choices=["en", "th"], default=None,
        help="language of the note (default: the language of the jottings)",
    )
    parser.add_argument(
        "--restore", choices=[m.value for m in RestoreMode], default=None,
        help="how identifiers come back: full, initials (default) or placeholders",
    )
    parser.add_argument(
        "--no-fallback", action="store_true",
        help="fail with exit code 3 instead of using the offline drafter when the model fails",
    )
    hidden.add_arguments(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    text = read_input(args.file, max_chars=settings.max_input_chars, what="jottings")
    services = Services.from_settings(settings)
    add, release = hidden.hidden_values(args, settings)
    redaction = services.preview_redaction(text, add=add, release=release) if add or release else None
    with spinner(enabled=None if not args.json else False) as progress:
        outcome = services.draft(
            Jottings(text=text),
            fmt=NoteFormat(args.format) if args.format else None,
            language=Language(args.language) if args.language else None,
            restore_mode=RestoreMode(args.restore) if args.restore else None,
            redaction=redaction,
            no_fallback=args.no_fallback,
            progress=progress,
        )
    if args.json:
        print(
            dump_json(
                {
                    "backend": outcome.backend,
                    "offline": outcome.offline,
                    "format": outcome.fmt.value,
                    "language": outcome.language.value,
                    "note": outcome.note.model_dump(mode="json"),
                    "text": outcome.text,
                    "findings": [finding_dict(f) for f in outcome.report.findings],
                    "scores": scores_dict(outcome.report),
                    "notices": [n.model_dump() for n in outcome.notices],
                    "usage": outcome.usage.model_dump() if outcome.usage else None,
                }
            )
        )
        return 0
    locale = locale_of(outcome.language)
    for notice in outcome.notices:
        print(f"[{notice.level}] {notice.message}")
    print(f"Backend: {outcome.backend}\n")
    print(outcome.text)
    print(findings_text(outcome.text, outcome.report, locale))
    return 0
