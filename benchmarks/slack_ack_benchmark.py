"""Slack ack benchmark: how fast the app acknowledges requests over real HTTP, against a baseline in the same run.

The real Bolt app (build_app) serves on 127.0.0.1 with the runner's HTTP server; the Web API is the loopback stub
(benchmarks/support, shared with the tests). Requests are signed like Slack's. The retrieval behind a question is made
slow on purpose (WORK_SECONDS), so an ack that waited for the work would show it at once.

- baseline: the url_verification handshake (signature check and dispatch, no listener, no work);
- mention: an @mention asking a question (the guided mode runs a retrieval after the ack);
- command: `/ipr check <link>` (the link check runs after the ack);
- form errors: a complaint form whose links fail the checker (the check runs before the ack, as the
  errors travel in it).

For mentions it also reports when, after the ack, the first Web API call (the status) and the reply arrived.

Run: .venv/bin/python benchmarks/slack_ack_benchmark.py [--requests N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.domain.models import IPRight  # noqa: E402
from assistant.retrieval.answer import Answer  # noqa: E402
from benchmarks.support.signed_requests import SECRET, SlackSender, select, text_value  # noqa: E402
from benchmarks.support.slack_api_stub import SlackApiStub  # noqa: E402
from integrations.bootstrap import App  # noqa: E402
from integrations.slack.app import build_app  # noqa: E402
from integrations.slack.runner import finish_listeners, http_server  # noqa: E402

WORK_SECONDS = 0.5
ACME = IPRight(ip_type="trademark", name="ACME", registration_number="30123456", places_of_registration=["Mainland China"],
               classes=[25], owner="ACME GmbH", approval_status="approved")


def slow_answer(question: str, site: str | None) -> Answer:
    time.sleep(WORK_SECONDS)
    return Answer(answer="Review takes 3-5 business days.", citations=[], grounded=False)


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="requests of each kind (default 30)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home, SlackApiStub() as stub:
        resources = App.for_home(Path(home), slack_bot_token="xoxb-bench", slack_signing_secret=SECRET, slack_api_url=stub.api_url, actor="slack")
        app = build_app(resources, services=replace(resources.services, answer_question=slow_answer), responder=None)
        server = http_server(app, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        sender = SlackSender(server.server_address[1], response_url=stub.response_url())
        handshake = json.dumps({"type": "url_verification", "challenge": "c", "token": "unused"})
        sender.send(handshake, "application/json")
        sender.mention("hello")  # warm up: auth.test, the store, the conversation tables
        stub.wait_for("chat.postMessage")
        stub.quiet(0.3)

        runs: dict[str, list[float]] = {"baseline": [], "mention": [], "command": [], "form errors": []}
        first_call_after_ack: list[float] = []
        reply_after_ack: list[float] = []
        right = resources.rights.add(ACME, actor="bench").right.id
        bad_form = {"site": select("aliexpress"), "right": select(right), "reason": select("counterfeit_features"),
                    "links": text_value("https://aliexpress.com.example.net/item/1.html")}
        for number in range(args.requests):
            runs["baseline"].append(sender.send(handshake, "application/json").seconds)
            ts = f"1700009000.{number:06d}"
            before = len(stub.calls)
            sent = sender.mention("How long does the IPR review take?", ts=ts)
            runs["mention"].append(sent.seconds)
            replies = len(stub.calls_to("chat.postMessage"))
            stub.wait_for("chat.postMessage", replies + 1, timeout=30)
            ours = [call for call in stub.calls[before:] if call.method != "auth.test"]
            first_call_after_ack.append(ours[0].at - sent.answered_at)
            reply = next(call for call in ours if call.method == "chat.postMessage")
            reply_after_ack.append(reply.at - sent.answered_at)
            runs["command"].append(sender.command("check https://www.aliexpress.com/item/1005001234567890.html").seconds)
            answered = sender.submit_view("complaint_form", bad_form)
            assert "links" in answered.json()["errors"], answered.body
            runs["form errors"].append(answered.seconds)
        server.shutdown()
        server.server_close()
        finish_listeners(app)  # the replies still being written, before the store closes
        resources.close()

    result = {
        "requests": args.requests,
        "work_seconds": WORK_SECONDS,
        "ack": {name: percentiles(values) for name, values in runs.items()},
        "mention_first_web_api_call_after_ack_ms": percentiles(first_call_after_ack)["p50_ms"],
        "mention_reply_after_ack_ms": percentiles(reply_after_ack)["p50_ms"],
    }
    if args.json:
        print(json.dumps(result))
    else:
        print_table(result)


def print_table(result: dict) -> None:
    print(f"{result['requests']} requests of each kind; the retrieval behind a question takes {WORK_SECONDS * 1000:.0f} ms\n")
    print("| request | ack p50 ms | ack p95 ms | max ms |\n| --- | ---: | ---: | ---: |")
    for name, figures in result["ack"].items():
        print(f"| {name} | {figures['p50_ms']} | {figures['p95_ms']} | {figures['max_ms']} |")
    print(f"\nmention: first Web API call {result['mention_first_web_api_call_after_ack_ms']} ms after the ack (p50), "
          f"reply {result['mention_reply_after_ack_ms']} ms after the ack (p50)")


if __name__ == "__main__":
    main()
