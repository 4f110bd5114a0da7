"""Command-line interface: ``note-assistant redact|check|draft|review FILE [--json]``.

This is the one place where errors become exit codes: 0 success, 2 bad input (one line on stderr,
no traceback), 3 model failure under ``--no-fallback``, 141 (128 + SIGPIPE, silent) when the
reader of standard output closed it early, 1 anything else. Settings are built here
and passed down; nothing below this module reads the environment.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from assistant.cli import check_cmd, draft_cmd, redact_cmd, review_cmd
from assistant.errors import AssistantError, InputError

COMMANDS = {
    "redact": redact_cmd,
    "check": check_cmd,
    "draft": draft_cmd,
    "review": review_cmd,
}


#: What a shell reports for a writer killed by SIGPIPE (``yes | head -1``).
EXIT_BROKEN_PIPE = 141


def _detach_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's final flush does not fail too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, embedding)
        pass


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each subcommand module adds its own options."""
    parser = argparse.ArgumentParser(
        prog="note-assistant",
        description="Draft and review counselling / social-work progress notes (Thai and English). "
        "Identifiers are redacted before any model sees the text.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in COMMANDS.items():
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        cmd.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
        cmd.add_argument("--json", action="store_true", help="print machine-readable JSON")
        module.add_arguments(cmd)
        cmd.set_defaults(handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``note-assistant`` and ``python -m assistant``; returns the exit code."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        from assistant.settings import Settings

        settings = Settings()
        return int(args.handler(args, settings) or 0)
    except InputError as exc:
        print(f"note-assistant: {exc.message}", file=sys.stderr)
        return 2
    except AssistantError as exc:
        print(f"note-assistant: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # the reader left early (`note-assistant check x | head -1`): stop quietly like any Unix
        # filter, with the shell's own code for it, and let nothing flush into the closed pipe
        _detach_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("note-assistant: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: a type name, never a traceback or text
        if os.environ.get("ASSISTANT_DEBUG"):
            raise
        print(
            f"note-assistant: internal error ({type(exc).__name__}); "
            "set ASSISTANT_DEBUG=1 to see details.",
            file=sys.stderr,
        )
        return 1
