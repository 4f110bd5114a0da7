"""What the writer hides by hand, on the command line as on the draft page: ``--add`` values,
``--release`` values, and ``--client REF``, the client's stored "people and places in this case"
list (``NoteRepository.case_terms``), so a script redacts what the analyzer alone would miss."""

from __future__ import annotations

import argparse

from assistant.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--add", action="append", default=[], metavar="TEXT",
        help="also hide every occurrence of TEXT, and a full name's parts written alone (repeatable)",
    )
    parser.add_argument(
        "--release", action="append", default=[], metavar="TEXT",
        help="do not hide TEXT, found by mistake (repeatable)",
    )
    parser.add_argument(
        "--client", default=None, metavar="REF",
        help="also hide this client reference's stored list of people and places",
    )


def hidden_values(args: argparse.Namespace, settings: Settings) -> tuple[list[str], list[str]]:
    """(values to add, values to release): the command line's, plus the client's stored list.
    A value released on the command line stays released even when the list names it."""
    add = list(args.add)
    if args.client:
        from assistant.store import open_repository

        add += [v for v in open_repository(settings).case_terms(args.client) if v not in add]
    released = {r.casefold() for r in args.release}
    return [a for a in add if a.casefold() not in released], list(args.release)
