"""``redact``: show what would be hidden before anything is sent to a model."""

from __future__ import annotations

import argparse

from assistant.cli import hidden
from assistant.cli.io import read_input
from assistant.cli.render import dump_json, redaction_dict
from assistant.pipeline import Services
from assistant.settings import Settings

HELP = "Redact identifiers (names, phones, IDs, addresses …) and show the placeholders."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    hidden.add_arguments(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    text = read_input(args.file, max_chars=settings.max_input_chars, what="jottings")
    services = Services.from_settings(settings)
    add, release = hidden.hidden_values(args, settings)
    redaction = services.preview_redaction(text, add=add, release=release)
    if args.json:
        print(dump_json(redaction_dict(redaction)))
        return 0
    print(redaction.redacted_text)
    print()
    print(f"Language: {redaction.language.value}; {len(redaction.entities)} identifier(s) hidden")
    for e in redaction.entities:
        print(f"  {e.placeholder:<18} {e.type:<14} {e.start}-{e.end}")
    return 0
