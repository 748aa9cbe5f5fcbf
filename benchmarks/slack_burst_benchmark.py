"""Slack burst benchmark: a burst of signed events against the app's HTTP server on loopback, with Slack's retries.

For each server and each concurrency (10, 50, 200 clients at once), a fresh app (real Bolt app from build_app, real
services, offline guided mode, a fresh data directory) gets 200 signed @mentions, each in its own thread, plus 20
retries of 20 of them (same event id, X-Slack-Retry-Num: 1) mixed into the burst. Every request opens its own
connection, as Slack's do. The Slack Web API side is a small stub on loopback inside this file that records the
replies. Reported per run:

- lost: events whose reply never came (the request was refused, reset or timed out, and no retry got it handled);
- doubled: events answered more than once;
- failed acks: requests (of 220) that got no 200;
- ack p50 / p95 / max: time from sending a request to its answer, over the requests that got one.

Baseline in the same run: the development server the app used before (http.server's ThreadingHTTPServer with its
listen queue of 5, one thread per request, no limits), reproduced below as it was.

Run: .venv/bin/python benchmarks/slack_burst_benchmark.py [--events 200] [--retries 20] [--concurrency 10 50 200] [--json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from slack_bolt import App, BoltRequest  # noqa: E402
from slack_sdk.signature import SignatureVerifier  # noqa: E402

from integrations.bootstrap import App as Assistant  # noqa: E402
from integrations.slack.app import build_app  # noqa: E402
from integrations.slack.http_server import SlackHttpServer  # noqa: E402

SECRET = "burst-benchmark-secret"
REQUEST_TIMEOUT = 30.0
SETTLE_SECONDS = 180.0


# --- the Slack Web API side -------------------------------------------------------------------------------------------


class _StubServer(ThreadingHTTPServer):
    request_queue_size = 256  # the app's replies must never be what gets lost
    daemon_threads = True


class WebApiStub:
    """Answers the Web API methods the app calls on loopback and counts the replies posted in each thread."""

    def __init__(self) -> None:
        self.replies: dict[str, int] = {}
        self.lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                params = json.loads(raw or "{}") if "json" in self.headers.get("Content-Type", "") else dict(parse_qsl(raw))
                method = self.path.split("?")[0].removeprefix("/api/")
                answer: dict[str, Any] = {"ok": True}
                if method == "auth.test":
                    answer.update(user_id="UBOT", bot_id="B0001", team_id="T0001", user="ipr-assistant", team="Bench")
                elif method in ("chat.postMessage", "chat.postEphemeral"):
                    with stub.lock:
                        key = params.get("thread_ts") or ""
                        stub.replies[key] = stub.replies.get(key, 0) + 1
                    answer.update(channel=params.get("channel"), ts=f"{time.time():.6f}", message_ts=f"{time.time():.6f}")
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _StubServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def answered(self) -> dict[str, int]:
        with self.lock:
            return dict(self.replies)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- the development server the app used before (the baseline), as it was ----------------------------------------------


def development_server(app: App, host: str, port: int, *, path: str = "/slack/events") -> ThreadingHTTPServer:
    class SlackRequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def do_POST(self) -> None:  # noqa: N802
            request_path, _, query = self.path.partition("?")
            length = int(self.headers.get("Content-Length") or 0)
            if request_path != path:
                self._send(404, {}, "")
                return
            if length > 1024 * 1024:
                self._send(413, {}, "")
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            headers = {key.lower(): [value] for key, value in self.headers.items()}
            response = app.dispatch(BoltRequest(body=body, query=query, headers=headers))
            self._send(response.status, response.headers, response.body)

        def _send(self, status: int, headers: dict[str, Any], body: Any) -> None:
            payload = (body if isinstance(body, str) else str(body or "")).encode("utf-8")
            self.send_response(status)
            for key, values in headers.items():
                if key.lower() == "content-length":
                    continue
                for value in values if isinstance(values, (list, tuple)) else [values]:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer((host, port), SlackRequestHandler)
    server.daemon_threads = True
    return server


# --- one burst --------------------------------------------------------------------------------------------------------


@dataclass
class Delivery:
    event: int
    retry: int


def signed_mention(event: int, run: str, verifier: SignatureVerifier, retry: int) -> tuple[bytes, dict[str, str]]:
    ts = f"1700100000.{event:06d}"
    body = json.dumps({
        "token": "unused", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
        "event_id": f"Ev{run}{event:05d}", "event_time": int(time.time()),
        "event": {"type": "app_mention", "channel": "C0001", "user": "UEMP", "text": "<@UBOT> hello", "ts": ts, "team": "T0001"},
        "authorizations": [{"team_id": "T0001", "user_id": "UBOT", "is_bot": True}],
    })
    stamp = str(int(time.time()))
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp,
               "X-Slack-Signature": verifier.generate_signature(timestamp=stamp, body=body)}
    if retry:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    return body.encode(), headers


def send(port: int, body: bytes, headers: dict[str, str]) -> tuple[int | None, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("POST", "/slack/events", body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except (OSError, http.client.HTTPException):
        return None, time.perf_counter() - started
    finally:
        connection.close()


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, int(round(len(ordered) * share)) - 1))] * 1000, 1)


def wait_for_replies(stub: WebApiStub, acked: set[int]) -> dict[str, int]:
    """The replies per event once every acknowledged event has one (or none came for 20 s, or SETTLE_SECONDS passed)."""
    deadline = time.monotonic() + SETTLE_SECONDS
    last, still = -1, time.monotonic()
    while time.monotonic() < deadline:
        answered = stub.answered()
        done = sum(1 for n in acked if answered.get(f"1700100000.{n:06d}"))
        if done == len(acked):
            break
        if done != last:
            last, still = done, time.monotonic()
        elif time.monotonic() - still > 20:
            break
        time.sleep(0.1)
    time.sleep(0.5)
    return stub.answered()


def burst(server_kind: str, concurrency: int, events: int, retries: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as home:
        stub = WebApiStub()
        resources = Assistant.for_home(Path(home), slack_bot_token="xoxb-bench", slack_signing_secret=SECRET, slack_api_url=stub.api_url, actor="slack")
        settings = resources.settings
        app = build_app(resources, responder=None)
        server: Any = SlackHttpServer(app, settings, "127.0.0.1", 0) if server_kind == "uvicorn" else development_server(app, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]
        verifier = SignatureVerifier(SECRET)
        run = f"{server_kind[:3]}{concurrency}"
        try:
            # Warm up (auth.test, the stores, the conversation tables) with one event outside the count.
            warm_body, warm_headers = signed_mention(99999, run, verifier, 0)
            send(port, warm_body, warm_headers)
            deadline = time.monotonic() + 30
            while not stub.answered() and time.monotonic() < deadline:
                time.sleep(0.05)

            deliveries = [Delivery(n, 0) for n in range(events)] + [Delivery(n, 1) for n in range(min(retries, events))]
            random.Random(concurrency).shuffle(deliveries)
            prepared = [signed_mention(d.event, run, verifier, d.retry) for d in deliveries]
            gate = threading.Barrier(concurrency)

            def deliver(index: int) -> tuple[int | None, float]:
                if index < concurrency:
                    gate.wait()  # the first wave leaves together: a burst, not a trickle
                return send(port, *prepared[index])

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                results = list(pool.map(deliver, range(len(deliveries))))
            burst_seconds = time.perf_counter() - started

            # Wait for the work after the acks: every event acknowledged once should get its reply.
            acked = {d.event for d, (status, _) in zip(deliveries, results, strict=True) if status == 200}
            answered = wait_for_replies(stub, acked)
        finally:
            server.shutdown()
            server.server_close()
            resources.close()
            stub.close()

    per_event = [answered.get(f"1700100000.{n:06d}", 0) for n in range(events)]
    ack_times = [seconds for status, seconds in results if status == 200]
    return {
        "server": server_kind,
        "concurrency": concurrency,
        "requests": len(deliveries),
        "lost": sum(1 for count in per_event if count == 0),
        "doubled": sum(1 for count in per_event if count > 1),
        "failed_acks": sum(1 for status, _ in results if status != 200),
        "ack_p50_ms": percentile(ack_times, 0.50),
        "ack_p95_ms": percentile(ack_times, 0.95),
        "ack_max_ms": percentile(ack_times, 1.0),
        "burst_seconds": round(burst_seconds, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200, help="events per burst (default 200)")
    parser.add_argument("--retries", type=int, default=20, help="of which this many are also retried (default 20)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[10, 50, 200], help="clients at once (default 10 50 200)")
    parser.add_argument("--servers", nargs="+", default=["development", "uvicorn"], choices=["development", "uvicorn"])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()

    rows = [burst(kind, concurrency, args.events, args.retries) for concurrency in args.concurrency for kind in args.servers]
    if args.json:
        print(json.dumps({"events": args.events, "retries": args.retries, "runs": rows}))
        return
    print(f"{args.events} signed events per burst plus {args.retries} retries (X-Slack-Retry-Num: 1), one connection each, "
          "loopback; the 'development' row is the server the app used before\n")
    print("| server | concurrency | lost | doubled | failed acks | ack p50 ms | ack p95 ms | ack max ms | burst s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        print(f"| {row['server']} | {row['concurrency']} | {row['lost']} | {row['doubled']} | {row['failed_acks']} | "
              f"{row['ack_p50_ms']} | {row['ack_p95_ms']} | {row['ack_max_ms']} | {row['burst_seconds']} |")


if __name__ == "__main__":
    main()
