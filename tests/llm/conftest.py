"""Fixtures for the model tests: the loopback fake server, fast settings, a guard double."""

from __future__ import annotations

import pytest
from fakes.openai_server import FakeOpenAIServer, fake_llm  # noqa: F401 - re-exported fixture

from assistant.llm.client import ModelClient
from assistant.llm.structured import reset_mode_memory
from assistant.settings import Settings

from .helpers import DigitsGuard


@pytest.fixture(autouse=True)
def _fresh_mode_memory():
    reset_mode_memory()
    yield
    reset_mode_memory()


@pytest.fixture
def make_settings(fake_llm: FakeOpenAIServer):  # noqa: F811 - the imported fixture
    """Settings pointing at the fake server, with tiny timeouts and backoff."""

    def make(**over) -> Settings:
        values = {
            "llm_model": "fake-model",
            "llm_base_url": fake_llm.base_url,
            "llm_api_key": "test-key",
            "llm_timeout_s": 2.0,
            "llm_max_retries": 2,
            "llm_retry_backoff_s": 0.01,
        }
        values.update(over)
        return Settings(**values)

    return make


@pytest.fixture
def guard() -> DigitsGuard:
    return DigitsGuard()


@pytest.fixture
def client(make_settings, guard) -> ModelClient:
    return ModelClient(make_settings(), guard)
