"""Every request is acknowledged before its work: the retrieval (or the link check) behind these requests is held at a
gate that opens only once the test has the HTTP answer in hand, so an app that did the work before acking would
hang here and fail. The times (ack, first Web API call, work start) are recorded as test properties."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from assistant.domain.listing_urls import check_listing_urls
from assistant.retrieval.answer import Answer, Citation
from integrations.bootstrap import build_services

GATE_SECONDS = 20


class Gate:
    """Wraps a service function: records when the work started, and holds it until ``open()``."""

    def __init__(self, result):
        self.result = result
        self.opened = threading.Event()
        self.started: list[float] = []

    def __call__(self, *args, **kwargs):
        self.started.append(time.perf_counter())
        assert self.opened.wait(GATE_SECONDS), "the gate was never opened: the ack waited for the work"
        return self.result(*args, **kwargs) if callable(self.result) else self.result

    def open(self) -> None:
        self.opened.set()


@pytest.fixture
def gated(start_app, slack_settings):
    services, resources = build_services(slack_settings, actor="slack")
    answer = Gate(Answer(
        answer="The review takes 3-5 business days [1].",
        citations=[Citation(n=1, source="knowledge/rights.md", title="Rights", section="Review", url="https://ipp.alibabagroup.com/")],
        grounded=True,
    ))
    links = Gate(lambda text, site: check_listing_urls(text, site))
    running = start_app(services=replace(services, answer_question=answer, check_listing_urls=links))
    yield running, answer, links
    answer.open(), links.open()
    resources.close()


def test_a_question_is_acked_before_the_retrieval_runs(gated, record_property):
    running, answer, _ = gated
    sent = running.sender.mention("How long does the IPR review take?")
    assert sent.status == 200
    assert not answer.opened.is_set()
    answer.open()
    posted = running.stub.wait_for("chat.postMessage")[0]
    first_call = running.stub.work_calls()[0]
    assert answer.started, "the retrieval never ran"
    assert posted.at > sent.answered_at
    assert "3-5 business days" in posted.text()
    record_property("ack_seconds", round(sent.seconds, 4))
    record_property("first_web_api_call_after_ack_seconds", round(first_call.at - sent.answered_at, 4))
    record_property("retrieval_started_after_request_seconds", round(answer.started[0] - sent.sent_at, 4))


def test_a_slash_command_is_acked_before_the_link_check_runs(gated):
    running, _, links = gated
    sent = running.sender.command("check https://www.aliexpress.com/item/1005001234567890.html")
    assert sent.status == 200
    assert sent.body == ""  # an empty ack: the answer comes through the response URL
    links.open()
    reply = running.stub.wait_for("response_url")[0]
    assert reply.at > sent.answered_at
    assert "1 of 1 can be filed" in reply.text()


def test_the_message_shortcut_is_acked_before_the_link_check_runs(gated):
    running, _, links = gated
    sent = running.sender.message_shortcut("fakes here https://www.aliexpress.com/item/1005001234567890.html")
    assert sent.status == 200
    links.open()
    assert running.stub.wait_for("chat.postEphemeral")[0].at > sent.answered_at
