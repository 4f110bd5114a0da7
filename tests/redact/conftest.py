"""One analyzer for the whole test session: the engines take seconds to build."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


@pytest.fixture(scope="session")
def analyzer():
    from assistant.redact import get_analyzer

    return get_analyzer()
