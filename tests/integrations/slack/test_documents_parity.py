"""Slack gives the same checklist as `ask`, the chat and `documents` for a case asked in words: by `/ipr docs <the case
in words>` and in a direct message (the conversation)."""

from __future__ import annotations

import time

from assistant.domain.case_reading import read_case
from assistant.domain.document_rules import document_rules
from assistant.domain.documents import required_documents
from tests.integrations.slack.test_commands import ask

QUESTION = "We are a law firm acting for a client. Which documents do we need to report fake handbags on Taobao? Their trademark is an EU registration."


def _expected():
    return required_documents(read_case(QUESTION).document_case())


def _assert_same_checklist(shown: str) -> None:
    expected = _expected()
    for document in expected.documents:
        need = "required" if document.required else "recommended"
        assert f"{document.name}* ({need})" in shown, document.name
    listed = {d.id for d in expected.documents}
    for rule in document_rules().documents:
        if rule.id not in listed:
            assert f"*{rule.name}*" not in shown, rule.name
    assert "Mainland China" in shown  # the territory warning for an EU-only mark on Taobao


def test_ipr_docs_reads_the_case_in_words(running):
    shown = ask(running, f"docs {QUESTION}").text()
    _assert_same_checklist(shown)


def test_a_direct_message_gives_the_same_checklist(running):
    before = len(running.stub.calls_to("chat.postMessage"))
    assert running.sender.message(QUESTION).status == 200
    deadline = time.monotonic() + 20
    while len(running.stub.calls_to("chat.postMessage")) <= before:
        assert time.monotonic() < deadline, running.stub.methods()
        time.sleep(0.05)
    shown = running.stub.calls_to("chat.postMessage")[before].text()
    _assert_same_checklist(shown)
