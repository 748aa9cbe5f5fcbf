"""What an OpenAI-compatible server is sent: a loopback spy records every request's headers while OpenAI's own
credentials (OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID, OPENAI_ADMIN_KEY) are set in the environment. The
server gets IPR_OPENAI_API_KEY when it is set, no Authorization header when it is not, and never OpenAI's."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.config import load_settings
from integrations.llm.factory import build_chat_model

OPENAI_SECRETS = {
    "OPENAI_API_KEY": "sk-openai-account-secret",
    "OPENAI_ORG_ID": "org-account-secret",
    "OPENAI_PROJECT_ID": "proj-account-secret",
    "OPENAI_ADMIN_KEY": "sk-admin-account-secret",
}
TOOL = {"type": "function", "function": {"name": "search_guide", "description": "Search.", "parameters": {"type": "object", "properties": {}}}}


class HeaderSpy:
    """A chat-completions server on 127.0.0.1 that answers "hi" (as JSON, or as a stream when asked) and keeps the headers."""

    def __init__(self) -> None:
        self.headers: list[dict[str, str]] = []
        spy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                request = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                spy.headers.append({key.lower(): value for key, value in self.headers.items()})
                if request.get("stream"):
                    chunks = [
                        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                         "choices": [{"index": 0, "delta": {"role": "assistant", "content": "hi"}, "finish_reason": None}]},
                        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                         "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
                    ]
                    body = "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in chunks).encode() + b"data: [DONE]\n\n"
                    content_type = "text/event-stream"
                else:
                    body = json.dumps({
                        "id": "c", "object": "chat.completion", "created": 1, "model": "m",
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }).encode()
                    content_type = "application/json"
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def spy(monkeypatch) -> Iterator[HeaderSpy]:
    for name, value in OPENAI_SECRETS.items():
        monkeypatch.setenv(name, value)
    running = HeaderSpy()
    yield running
    running.close()


def every_kind_of_call(model) -> None:
    assert model.invoke("hello").content == "hi"
    assert asyncio.run(model.ainvoke("hello")).content == "hi"
    assert "".join(chunk.content for chunk in model.stream("hello")) == "hi"
    assert model.bind_tools([TOOL]).invoke("hello").content == "hi"


def leaked(headers: list[dict[str, str]]) -> list[str]:
    return [f"{name}: {value}" for sent in headers for name, value in sent.items() if any(s in value for s in OPENAI_SECRETS.values())]


def test_a_compatible_server_without_its_own_key_gets_no_key_at_all(spy, monkeypatch):
    monkeypatch.setenv("IPR_MODEL", "openai-compatible:m")
    monkeypatch.setenv("IPR_OPENAI_BASE_URL", spy.url)
    every_kind_of_call(build_chat_model(load_settings()))
    assert len(spy.headers) == 4
    assert leaked(spy.headers) == []
    assert all("authorization" not in sent for sent in spy.headers)
    assert all("openai-organization" not in sent and "openai-project" not in sent for sent in spy.headers)


def test_a_compatible_server_gets_ipr_openai_api_key_and_nothing_of_openais(spy, monkeypatch):
    monkeypatch.setenv("IPR_MODEL", "openai-compatible:m")
    monkeypatch.setenv("IPR_OPENAI_BASE_URL", spy.url)
    monkeypatch.setenv("IPR_OPENAI_API_KEY", "local-server-key")
    every_kind_of_call(build_chat_model(load_settings()))
    assert leaked(spy.headers) == []
    assert [sent.get("authorization") for sent in spy.headers] == ["Bearer local-server-key"] * 4


def test_openais_own_api_never_goes_to_the_compatible_server_address(spy, monkeypatch):
    monkeypatch.setenv("IPR_MODEL", "openai:gpt-4o-mini")
    monkeypatch.setenv("IPR_OPENAI_BASE_URL", spy.url)
    model = build_chat_model(load_settings())
    assert spy.url not in str(model.root_client.base_url)
