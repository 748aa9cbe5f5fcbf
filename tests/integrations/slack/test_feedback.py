"""Feedback that feeds the evaluations: a thumbs up or down under an answer, then an optional reason in a small modal;
the vote is stored with the question, the answer and its citations, and `ipr-assistant feedback export` writes it as a
candidate case of the answers suite. Real Bolt app over HTTP against the loopback Slack stub, then the real CLI."""

from __future__ import annotations

import json
import time

from tests.integrations.cli.test_complaints_cli import run
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL
from tests.integrations.slack.signed_requests import text_value
from tests.integrations.slack.test_conversation import scripted_services

QUESTION = "How long does the IPR review take?"


def answered(start_app, slack_settings, user=EMPLOYEE):
    services, resources = scripted_services(slack_settings)
    running = start_app(services=services)
    running.sender.message(QUESTION, user=user, channel="D0001", ts="1700001000.000777")
    answer = running.stub.wait_for("chat.postMessage")[0]
    return running, answer, resources


def vote(running, answer, which: str, user=EMPLOYEE):
    buttons = next(block for block in answer.blocks() if block["type"] == "context_actions")["elements"][0]
    value = buttons["positive_button" if which == "good" else "negative_button"]["value"]
    before = len(running.stub.calls_to("views.open"))
    assert running.sender.click("answer_feedback", value, user=user, channel="D0001", message_ts=answer.response["ts"]).status == 200
    return running.stub.wait_for("views.open", before + 1)[before].params["view"]


def stored(running, predicate) -> list:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        votes = running.wiring.store.votes()
        if votes and predicate(votes):
            return votes
        time.sleep(0.02)
    raise AssertionError(f"not stored as expected: {running.wiring.store.votes()}")


def test_a_vote_with_a_reason_is_stored_with_the_question_answer_and_citations(start_app, slack_settings, capsys, monkeypatch):
    running, answer, resources = answered(start_app, slack_settings, user=LEGAL)
    modal = vote(running, answer, "bad", user=LEGAL)
    assert modal["callback_id"] == "feedback_reason" and "What was wrong or missing?" in json.dumps(modal)
    [first] = stored(running, lambda votes: votes[0].vote == "bad")
    assert first.voted_on.question == QUESTION and "3-5 business days" in first.voted_on.answer
    assert first.voted_on.citations[0]["source"] == "knowledge/rights.md" and first.persona == "lawyer" and first.reason is None

    sent = running.sender.submit_view(
        "feedback_reason", {"reason": text_value("It left out that <@U999> weekends do not count")}, user=LEGAL,
        private_metadata=modal["private_metadata"],
    )
    assert sent.status == 200 and sent.body == ""
    [voted] = stored(running, lambda votes: votes[0].reason is not None)
    assert voted.reason == "It left out that <@U999> weekends do not count"  # kept as typed

    # Changing the vote keeps the reason; an empty reason sent later changes nothing.
    vote(running, answer, "good", user=LEGAL)
    stored(running, lambda votes: votes[0].vote == "good")
    running.sender.submit_view("feedback_reason", {"reason": text_value("")}, user=LEGAL, private_metadata=modal["private_metadata"])
    running.stub.quiet(0.3)
    [kept] = running.wiring.store.votes()
    assert (kept.vote, kept.reason) == ("good", voted.reason)

    status, out, err = run(capsys, monkeypatch, "feedback", "export")
    assert status == 0, err
    [case] = [json.loads(line) for line in out.splitlines()]
    assert {"id", "question", "persona", "site", "kind", "expected_sources", "expected_facts"} <= set(case)
    assert case["candidate"] is True and case["id"] == "candidate-001" and case["question"] == QUESTION
    assert case["persona"] == "lawyer" and case["expected_facts"] == []  # the reviewer writes what is expected
    assert case["expected_sources"] == [{"source": "knowledge/rights.md", "section": "Review"}]
    assert case["feedback"]["reason"] == voted.reason and "3-5 business days" in case["feedback"]["answer"]
    assert case["feedback"]["vote"] == "helpful"
    resources.close()


def test_a_vote_without_a_reason_is_kept_and_exported_only_when_asked_for(start_app, slack_settings, capsys, monkeypatch):
    running, answer, resources = answered(start_app, slack_settings)
    vote(running, answer, "bad")
    stored(running, lambda votes: votes[0].vote == "bad")
    status, out, _ = run(capsys, monkeypatch, "feedback", "export", "--with-reason")
    assert status == 0 and out == ""
    status, out, _ = run(capsys, monkeypatch, "feedback", "export", "--votes", "bad")
    [case] = [json.loads(line) for line in out.splitlines()]
    assert case["feedback"]["vote"] == "not helpful" and case["expected_sources"] == [] and case["persona"] == "employee"
    resources.close()
