"""Test doubles at the process boundary (a loopback OpenAI-compatible server).

Any test folder can use the scripted server by importing the fixture into its conftest::

    from fakes.openai_server import fake_llm  # noqa: F401
"""

from .openai_server import FakeOpenAIServer, Reply, fake_llm

__all__ = ["FakeOpenAIServer", "Reply", "fake_llm"]
