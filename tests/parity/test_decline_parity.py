"""A question outside the field gets the same decline through `ask`, the guided chat and a Slack message: the words
come from one service (assistant/retrieval/declines.py), which names what the assistant covers and what it does not."""

from __future__ import annotations

import json

import pytest

from integrations.bootstrap import override
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL, SUPPORT, no_slack_environment, slack_settings, start_app, stub  # noqa: F401 - fixtures
from tests.integrations.slack.test_conversation import wait_for_replies
from tests.parity.test_parity import chat, cli, section  # noqa: F401 - fixtures

QUESTIONS = [
    "How do I report a fake on Xianyu (闲鱼)?",
    "pinduoduo is full of copies of our product, how do we file an IP complaint with them?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_decline_reads_the_same_in_ask_the_chat_and_slack(question, cli, chat, start_app, corpus_index):
    with override(index=corpus_index):
        asked = cli("ask", question, "--json").json()
    declined = asked["answer"]
    assert not asked["grounded"] and "not covered" in declined and "IP Protection Platform" in declined

    assert section(chat().send(question), "answer")["answer"] == declined, "guided chat"

    running = start_app()
    with override(index=corpus_index):
        assert running.sender.message(question, user=EMPLOYEE, channel="D0001").status == 200
        wait_for_replies(running, 1)
    shown = [call.params for call in running.stub.calls_to("chat.postMessage")]
    assert declined in json.dumps(shown, ensure_ascii=False), "Slack"
