"""A loopback stub of the Slack Web API: a small HTTP server on 127.0.0.1 that answers like Slack and records every call.

Point ``WebClient(base_url=stub.api_url)`` (IPR_SLACK_API_URL) at it. Methods it knows answer ``ok: true`` with the
fields the app reads (``ts``, ``channel``, ``view.id``, group members); others answer ``ok: false`` like Slack's
``unknown_method``. ``stub.fail(method, error)`` makes a method fail. Posts to a ``response_url`` under
``stub.response_url(...)`` are recorded as method ``response_url``. Uploads (files.getUploadURLExternal, then the bytes
posted to the URL it gave, then files.completeUploadExternal) keep the bytes in ``stub.uploads`` by file id.
``stub.add_file(name, data)`` shares a file: it answers ``files.info`` and serves the bytes at its
``url_private_download`` to a request with a bearer token (recorded as method ``files.download``), as Slack does.
``stub.post_in_thread(channel, thread_ts, text, user=...)`` adds a message to a thread as people wrote it;
``conversations.replies`` answers with the thread's messages, oldest first (the parent first), honouring ``latest``,
``oldest``, ``inclusive``, ``limit`` and ``cursor`` like Slack.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Call:
    """One request the stub received."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.perf_counter)
    token: str | None = None
    response: dict[str, Any] = field(default_factory=dict)

    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.params.get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else blocks

    def text(self) -> str:
        """Everything this call would show: its text, its blocks and chunks, as one JSON string."""
        return json.dumps({k: self.params.get(k) for k in ("text", "markdown_text", "blocks", "chunks", "view", "prompts")}, ensure_ascii=False)


class SlackApiStub:
    """Start with ``start()`` (or as a context manager); ``calls`` lists what arrived, in order."""

    def __init__(self, *, bot_user_id: str = "UBOT", team_id: str = "T0001"):
        self.bot_user_id = bot_user_id
        self.team_id = team_id
        self.calls: list[Call] = []
        self.groups: dict[str, list[str]] = {}
        self.failures: dict[str, str] = {}
        self.socket_url: str | None = None  # what apps.connections.open hands out (Socket Mode tests)
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes posted to its upload URL
        self.files: dict[str, tuple[str, bytes]] = {}  # shared files: file id -> (name, bytes)
        self.threads: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (channel, thread ts) -> its messages
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # --- life -----------------------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, name: str = "cmd") -> str:
        return f"{self.base_url}/respond/{name}"

    def start(self) -> SlackApiStub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> SlackApiStub:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # --- what tests ask ---------------------------------------------------------------------------------------------

    def fail(self, method: str, error: str) -> None:
        self.failures[method] = error

    def methods(self) -> list[str]:
        with self._lock:
            return [call.method for call in self.calls]

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def work_calls(self) -> list[Call]:
        """Calls other than the app's own identity check (auth.test)."""
        with self._lock:
            return [call for call in self.calls if call.method != "auth.test"]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Block until ``count`` calls of ``method`` arrived; AssertionError with what did arrive otherwise."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [call for call in self.calls if call.method == method]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} call(s) of {method}, got {len(found)}; calls: {[c.method for c in self.calls]}")
                self._changed.wait(remaining)

    def quiet(self, seconds: float = 0.3, timeout: float = 10.0) -> None:
        """Wait until no call arrived for ``seconds`` (the app's worker threads are done)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                last = self.calls[-1].at if self.calls else 0.0
            if time.perf_counter() - last >= seconds:
                return
            time.sleep(seconds / 3)

    def add_file(self, name: str, data: bytes) -> dict[str, Any]:
        """Share a file; returns the file object Slack hands to a form or a message."""
        file_id = f"F{next(self._ts):08d}"
        self.files[file_id] = (name, data)
        return self.file_object(file_id)

    def post_in_thread(self, channel: str, thread_ts: str, text: str, *, user: str = "UEMP", ts: str | None = None,
                       **fields: Any) -> dict[str, Any]:
        """A message people see in a thread (the first one posted with ``ts == thread_ts`` is its parent)."""
        message = {"type": "message", "user": user, "text": text, "ts": ts or self._next_ts(), "thread_ts": thread_ts, **fields}
        with self._lock:
            self.threads.setdefault((channel, thread_ts), []).append(message)
        return message

    def _replies(self, params: dict[str, Any]) -> dict[str, Any]:
        messages = self.threads.get((params.get("channel"), params.get("ts")))
        if messages is None:
            return {"ok": False, "error": "thread_not_found"}
        inclusive = str(params.get("inclusive", "")).lower() in ("1", "true")
        latest, oldest = params.get("latest"), params.get("oldest")

        def within(ts: str) -> bool:
            if latest and (float(ts) > float(latest) or (float(ts) == float(latest) and not inclusive)):
                return False
            return not (oldest and (float(ts) < float(oldest) or (float(ts) == float(oldest) and not inclusive)))

        found = sorted((m for m in messages if within(m["ts"])), key=lambda m: float(m["ts"]))
        start = int(str(params.get("cursor") or "0").removeprefix("next:") or 0)
        limit = max(1, min(int(params.get("limit") or 1000), 1000))
        page = found[start : start + limit]
        more = start + limit < len(found)
        return {"ok": True, "messages": page, "has_more": more,
                "response_metadata": {"next_cursor": f"next:{start + limit}" if more else ""}}

    def file_object(self, file_id: str) -> dict[str, Any]:
        name, data = self.files[file_id]
        url = f"{self.base_url}/files-pri/{self.team_id}-{file_id}/download/{file_id}"
        return {"id": file_id, "name": name, "title": name, "size": len(data), "url_private": url, "url_private_download": url}

    # --- answers --------------------------------------------------------------------------------------------------

    def _next_ts(self) -> str:
        return f"1700000000.{next(self._ts):06d}"

    def answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method in self.failures:
            return {"ok": False, "error": self.failures[method]}
        channel = params.get("channel") or params.get("channel_id")
        if method == "auth.test":
            return {"ok": True, "user_id": self.bot_user_id, "bot_id": "B0001", "team_id": self.team_id, "user": "ipr-assistant",
                    "team": "Test", "url": "https://test.slack.com/"}
        if method in ("chat.postMessage", "chat.startStream"):
            # Posting to a user id opens the app's direct messages with that user.
            where = f"D{channel}" if channel and channel[0] in "UW" else channel
            return {"ok": True, "channel": where, "ts": self._next_ts(), "message": {"text": params.get("text")}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method in ("chat.update", "chat.appendStream", "chat.stopStream"):
            return {"ok": True, "channel": channel, "ts": params.get("ts")}
        if method == "views.open":
            return {"ok": True, "view": {"id": f"V{next(self._ts):06d}", **(params.get("view") if isinstance(params.get("view"), dict) else {})}}
        if method in ("assistant.threads.setStatus", "assistant.threads.setSuggestedPrompts", "response_url"):
            return {"ok": True}
        if method == "apps.connections.open" and self.socket_url:
            return {"ok": True, "url": self.socket_url}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):06d}"
            return {"ok": True, "file_id": file_id, "upload_url": f"{self.base_url}/upload/{file_id}"}
        if method == "files.completeUploadExternal":
            files = params.get("files") or []
            missing = [f.get("id") for f in files if f.get("id") not in self.uploads]
            if missing or not files:
                return {"ok": False, "error": "file_not_found"}
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title"), "name": f.get("title")} for f in files]}
        if method == "files.info" and params.get("file") in self.files:
            return {"ok": True, "file": self.file_object(params["file"])}
        if method == "conversations.replies":
            return self._replies(params)
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.groups.get(params.get("usergroup"), [])}
        return {"ok": False, "error": "unknown_method"}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                file_id = self.path.rstrip("/").rsplit("/", 1)[-1]
                found = stub.files.get(file_id) if self.path.startswith("/files-pri/") and token else None
                with stub._changed:
                    stub.calls.append(Call(method="files.download", params={"file": file_id}, token=token or None))
                    stub._changed.notify_all()
                body = found[1] if found else b"<html>Sign in to Slack</html>"  # Slack answers a login page without a token
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream" if found else "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802
                received = time.perf_counter()
                data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.startswith("/upload/"):  # step 2 of an upload: the file's bytes, as they are
                    file_id = self.path.removeprefix("/upload/")
                    with stub._changed:
                        stub.uploads[file_id] = data
                        stub.calls.append(Call(method="upload", params={"file_id": file_id, "length": len(data)}, at=received))
                        stub._changed.notify_all()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"OK")
                    return
                raw = data.decode("utf-8")
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw or "{}")
                else:
                    params = dict(parse_qsl(raw, keep_blank_values=True))
                for key in ("view", "blocks", "prompts", "chunks", "files"):
                    if isinstance(params.get(key), str) and params[key][:1] in "[{":
                        params[key] = json.loads(params[key])
                path = self.path.split("?")[0]
                method = path.removeprefix("/api/") if path.startswith("/api/") else "response_url"
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ") or params.get("token")
                answer = stub.answer(method, params)
                with stub._changed:
                    stub.calls.append(Call(method=method, params=params, at=received, token=token, response=answer))
                    stub._changed.notify_all()
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler
