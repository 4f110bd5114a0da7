"""A scripted OpenAI-compatible server on 127.0.0.1:0, for tests through the real ``openai`` SDK.

Why a real socket instead of a mock: the client's retries, timeouts, headers and error mapping
are exercised exactly as in production, and every request body is recorded, so tests can
assert on what would have left the machine (and that nothing did).

Usage::

    fake_llm.enqueue(Reply.content('{"subjective": "..."}'))
    fake_llm.enqueue(Reply.status(429), Reply.hang(2.0), Reply.broken_json())
    fake_llm.reject_formats = {"json_schema"}   # 400 for that response_format type
    ... run code ...
    fake_llm.requests   # list of {"path", "json", "headers"}

When the queue is empty the server answers 500 with a clear "nothing scripted" message.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Reply:
    """One scripted answer (or fault) for one request."""

    kind: str = "content"
    text: str | None = None  # the message content (named so ``Reply.content()`` can exist)
    tool_arguments: str | None = None
    finish_reason: str = "stop"
    refusal: str | None = None
    status_code: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    error_body: dict[str, Any] | None = None
    delay_s: float = 0.0
    usage: dict[str, int] | None = None
    cut_after: int | None = None  # streaming: pieces sent before the answer stalls or stops

    # -- constructors for the common cases ------------------------------------------------
    @classmethod
    def content(cls, text: str, *, usage: dict[str, int] | None = None, **kw: Any) -> Reply:
        """A normal answer whose message content is ``text``."""
        return cls(kind="content", text=text, usage=usage, **kw)

    @classmethod
    def json(cls, obj: Any, **kw: Any) -> Reply:
        """A normal answer whose content is ``obj`` as JSON."""
        return cls.content(json.dumps(obj, ensure_ascii=False), **kw)

    @classmethod
    def tool_call(cls, arguments: Any, **kw: Any) -> Reply:
        """An answer carrying one function call whose arguments are ``arguments``."""
        text = (
            arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
        )
        return cls(kind="tool", tool_arguments=text, finish_reason="tool_calls", **kw)

    @classmethod
    def broken_json(cls) -> Reply:
        return cls.content('{"subjective": "Client reports', finish_reason="stop")

    @classmethod
    def truncated(cls, text: str = '{"subjective": "Client rep') -> Reply:
        return cls.content(text, finish_reason="length")

    @classmethod
    def refusal_reply(cls, text: str = "I can't help with that.") -> Reply:
        return cls(kind="refusal", refusal=text)

    @classmethod
    def empty(cls) -> Reply:
        return cls.content("")

    @classmethod
    def status(cls, code: int, message: str = "scripted failure", **headers: str) -> Reply:
        """An HTTP error answer, e.g. ``Reply.status(429, retry_after_ms="10")``."""
        hdrs = {k.replace("_", "-"): v for k, v in headers.items()}
        return cls(kind="status", status_code=code, headers=hdrs,
                   error_body={"error": {"message": message, "type": "fake", "code": code}})  # fmt: skip

    @classmethod
    def hang(cls, seconds: float) -> Reply:
        """Answer nothing for ``seconds`` (the client should time out first), then a 500."""
        return cls(kind="hang", delay_s=seconds)

    @classmethod
    def raw(cls, body: str, content_type: str = "text/html", status: int = 200) -> Reply:
        """Any body at all, e.g. a proxy's HTML page or JSON that is not a completion."""
        return cls(
            kind="raw", text=body, status_code=status, headers={"Content-Type": content_type}
        )

    @classmethod
    def stream_cut(cls, text: str, after_pieces: int = 2, stall_s: float = 0.0) -> Reply:
        """For a streaming request: send a few pieces of ``text``, then stall or hang up."""
        return cls(kind="stream_cut", text=text, delay_s=stall_s, cut_after=after_pieces)

    @classmethod
    def disconnect(cls) -> Reply:
        """Close the connection without answering."""
        return cls(kind="disconnect")


class FakeOpenAIServer(ThreadingHTTPServer):
    """The server object tests talk to (``enqueue``, ``requests``, ``reject_formats``)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.queue: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self.reject_formats: set[str] = set()  # response_format types answered with 400
        self.reject_tools = False
        self.model_ids = ["fake-model"]
        self.lock = threading.Lock()
        self.release = threading.Event()  # ends hangs at teardown
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}/v1"

    def enqueue(self, *replies: Reply) -> None:
        with self.lock:
            self.queue.extend(replies)

    def next_reply(self) -> Reply | None:
        with self.lock:
            return self.queue.pop(0) if self.queue else None

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        """Bodies of the chat-completion requests received, in order."""
        return [r["json"] for r in self.requests if r["path"].endswith("/chat/completions")]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakeOpenAIServer

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    # -- helpers ---------------------------------------------------------------------------
    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout): harmless

    def _send_raw(self, reply: Reply) -> None:
        data = (reply.text or "").encode()
        try:
            self.send_response(reply.status_code)
            for k, v in reply.headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- routes ----------------------------------------------------------------------------
    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self.server.requests.append(
                {"path": self.path, "json": None, "headers": dict(self.headers)}
            )
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"}
                    for m in self.server.model_ids]  # fmt: skip
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._send_json(404, {"error": {"message": "not found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.requests.append(
            {"path": self.path, "json": body, "headers": dict(self.headers)}
        )
        if not self.path.endswith("/chat/completions"):
            self._send_json(404, {"error": {"message": "not found"}})
            return
        fmt = (body.get("response_format") or {}).get("type")
        if fmt in self.server.reject_formats or (body.get("tools") and self.server.reject_tools):
            self._send_json(400, {"error": {"message": f"response_format {fmt} not supported"}})
            return
        reply = self.server.next_reply()
        if reply is None:
            self._send_json(500, {"error": {"message": "fake server: nothing scripted"}})
            return
        if reply.kind == "hang":
            self.server.release.wait(reply.delay_s)
            self._send_json(500, {"error": {"message": "hung"}})
            return
        if reply.kind == "disconnect":
            self.close_connection = True
            return
        if reply.kind == "raw":
            self._send_raw(reply)
            return
        if reply.kind == "status":
            self._send_json(reply.status_code, reply.error_body, reply.headers)
            return
        if body.get("stream"):
            self._stream(body, reply)
            return
        if reply.kind == "stream_cut":  # not a streaming request: behave like a hang-up
            self.close_connection = True
            return
        self._send_json(200, self._completion(body, reply))

    # -- answers ---------------------------------------------------------------------------
    @staticmethod
    def _message(reply: Reply) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
        if reply.kind == "refusal":
            message["refusal"] = reply.refusal
        elif reply.kind == "tool":
            message["tool_calls"] = [{
                "id": "call_1", "type": "function",
                "function": {"name": "answer", "arguments": reply.tool_arguments},
            }]  # fmt: skip
        else:
            message["content"] = reply.text
        return message

    def _completion(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fake-model"),
            "choices": [{"index": 0, "finish_reason": reply.finish_reason,
                         "message": self._message(reply)}],
        }  # fmt: skip
        if reply.usage is not None:
            payload["usage"] = reply.usage
        return payload

    def _stream(self, body: dict[str, Any], reply: Reply) -> None:
        """Server-sent events: the content in a few pieces, then usage, then [DONE]."""
        text = reply.text or ""
        pieces = [text[i : i + 16] for i in range(0, len(text), 16)] or [""]
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0,
                "model": body.get("model", "fake-model")}  # fmt: skip
        events = []
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            events.append({**base, "choices": [{
                "index": 0, "delta": {"role": "assistant", "content": piece},
                "finish_reason": reply.finish_reason if last else None}]})  # fmt: skip
        cut = reply.cut_after
        wants_usage = (body.get("stream_options") or {}).get("include_usage")
        if cut is None and reply.usage is not None and wants_usage:
            events.append({**base, "choices": [], "usage": reply.usage})
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for event in events[:cut] if cut is not None else events:
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
            if cut is not None:
                self.server.release.wait(reply.delay_s)  # stall, then hang up mid-answer
            else:
                self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAIServer]:
    """A fresh scripted server per test; shut down (and any hang released) afterwards."""
    server = FakeOpenAIServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
