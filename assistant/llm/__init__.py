"""Drafting and critique through any OpenAI-compatible model server.

Only ``client.py`` imports ``openai``; everything else works on pydantic models, so the
pipeline can fall back to the offline drafter on any typed error (``ModelUnavailable`` for
transport, ``ModelOutputInvalid`` for content, ``LeakBlocked`` before sending).
"""

from __future__ import annotations

from assistant.llm.client import ModelClient
from assistant.llm.critique import (
    CritiqueItem,
    critique_with_model,
    locate_quotes,
    merge_findings,
)
from assistant.llm.draft import ModelDraft, draft_with_model

__all__ = [
    "CritiqueItem",
    "ModelClient",
    "ModelDraft",
    "critique_with_model",
    "draft_with_model",
    "locate_quotes",
    "merge_findings",
]
