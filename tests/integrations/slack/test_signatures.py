"""Request verification over real HTTP: signed requests run; a wrong signature, a stale timestamp and missing headers
are refused with 401 before any middleware or listener runs (no Web API call, nothing recorded)."""

from __future__ import annotations

import json
import time

import pytest

from tests.integrations.slack.signed_requests import SECRET


def test_a_signed_mention_is_accepted_and_answered_in_its_thread(running):
    sent = running.sender.mention("hello", ts="1700002000.000100")
    assert sent.status == 200
    posted = running.stub.wait_for("chat.postMessage")[0]
    assert posted.params["channel"] == "C0001"
    assert posted.params["thread_ts"] == "1700002000.000100"
    assert "IP Protection Platform" in posted.text()


def _nothing_ran(running, event_id: str) -> None:
    running.stub.quiet(0.3)
    assert running.stub.calls == [], running.stub.methods()
    # The de-duplication middleware records every request it sees: it never saw this one.
    assert running.wiring.store.first_time(f"event:{event_id}") is True


def test_a_wrong_signature_is_refused_with_401(running):
    sent = running.sender.mention("hello", event_id="EvWRONG", signature="v0=" + "0" * 64)
    assert sent.status == 401
    _nothing_ran(running, "EvWRONG")


def test_a_body_signed_with_another_secret_is_refused(running):
    from slack_sdk.signature import SignatureVerifier

    body = json.dumps({"type": "event_callback", "event_id": "EvOTHER", "event": {"type": "app_mention", "channel": "C1", "user": "U1", "text": "hi", "ts": "1.2"}})
    stamp = str(int(time.time()))
    other = SignatureVerifier("not-" + SECRET).generate_signature(timestamp=stamp, body=body)
    sent = running.sender.send(body, "application/json", timestamp=int(stamp), signature=other)
    assert sent.status == 401
    _nothing_ran(running, "EvOTHER")


@pytest.mark.parametrize("age_seconds", [301, 3600])
def test_a_stale_timestamp_is_refused_even_with_a_valid_signature(running, age_seconds):
    stale = int(time.time()) - age_seconds
    sent = running.sender.mention("hello", event_id=f"EvSTALE{age_seconds}", timestamp=stale)
    assert sent.status == 401
    _nothing_ran(running, f"EvSTALE{age_seconds}")


def test_a_timestamp_just_inside_the_window_is_accepted(running):
    sent = running.sender.mention("hello", timestamp=int(time.time()) - 240)
    assert sent.status == 200
    running.stub.wait_for("chat.postMessage")


@pytest.mark.parametrize("headers", [{}, {"X-Slack-Request-Timestamp": "1700000000"}, {"X-Slack-Signature": "v0=abc"}])
def test_missing_signature_headers_are_refused(running, headers):
    sent = running.sender.mention("hello", event_id="EvMISSING", sign=False, headers=headers)
    assert sent.status == 401
    _nothing_ran(running, "EvMISSING")


def test_unsigned_slash_commands_and_clicks_are_refused_too(running):
    assert running.sender.command("help", sign=False).status == 401
    assert running.sender.click("change_confirm", "{}", user="U1", channel="C1", message_ts="1.1", sign=False).status == 401
    running.stub.quiet(0.3)
    assert running.stub.calls == []


def test_the_url_verification_handshake_answers_the_challenge(running):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "unused"})
    sent = running.sender.send(body, "application/json")
    assert sent.status == 200
    assert "abc123" in sent.body
