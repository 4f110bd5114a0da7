"""The offline drafter: a useful SOAP/DAP/BIRP skeleton from rough jottings, with no model.

Used out of the box (no model configured) and as the fallback when a model fails. Input is the
redacted jottings; placeholders such as ``[PERSON_1]`` pass through verbatim. The pipeline marks
the result as an offline draft; the prompts this skeleton leaves for the writer match
:data:`WRITER_PROMPT_PATTERN`.
"""

from assistant.offline.drafter import (
    WRITER_PROMPT_PATTERN,
    draft_offline,
    strip_writer_prompts,
    writer_prompt,
)
from assistant.offline.session import session_from_jottings

__all__ = [
    "WRITER_PROMPT_PATTERN",
    "draft_offline",
    "session_from_jottings",
    "strip_writer_prompts",
    "writer_prompt",
]
