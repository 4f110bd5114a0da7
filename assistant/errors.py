"""One error hierarchy for the whole library.

Every message here may be shown to a user (CLI stderr, a Streamlit ``st.error``), so messages say
what went wrong and how to fix it, and never contain client text: only types, counts and ids. The
CLI maps these classes to exit codes; the UI maps them to a plain message and keeps the writer's
text.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: an error whose message is safe and useful to show to the user."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(AssistantError):
    """The text given cannot be processed (empty, binary, too large, unsupported language).

    ``reason`` is a short code (``empty``, ``too_long``, ``binary``, ``encoding``, ``language``, ``no_words``)
    and ``params`` its numbers, so an interface can say the same thing in the writer's language;
    neither ever holds client text.
    """

    exit_code = 2

    def __init__(self, message: str, *, reason: str | None = None,
                 params: dict[str, int | str] | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.params = dict(params or {})


class LeakBlocked(AssistantError):
    """An outbound model request still contained something identifying; it was not sent.

    ``found_types`` lists entity types only (never values) so the message can be logged.
    """

    exit_code = 3

    def __init__(self, found_types: list[str]) -> None:
        self.found_types = sorted(set(found_types))
        super().__init__(
            "Request blocked before sending: the text still contains identifying information ("
            + ", ".join(self.found_types)
            + "). Mark it for redaction, or remove it, and try again."
        )


class ModelUnavailable(AssistantError):
    """The model server could not be reached or kept failing (connection, timeout, 429, 5xx)."""

    exit_code = 3


class ModelOutputInvalid(AssistantError):
    """The model answered, but not with a usable note (refusal, truncation, broken JSON, schema).

    Carries the attempt count; the raw output is kept on the instance for debugging but is never
    part of the message, since it may echo client text.
    """

    exit_code = 3

    def __init__(self, message: str, *, attempts: int = 1, raw_output: str | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.raw_output = raw_output


class StorageError(AssistantError):
    """The note store refused an operation (e.g. changing an approved version) or failed."""

    exit_code = 4


class ApprovedNoteImmutable(StorageError):
    """An approved version was about to be modified; corrections must be a new version."""
