"""Slack gives the same checklist as `ask`, the chat and `documents` for a case asked in words: by `/ipr docs <the case
in words>` and in a direct message (the conversation)."""

from __future__ import annotations

import time

import pytest

from assistant.domain.case_reading import read_case
from assistant.domain.document_rules import document_rules
from assistant.domain.documents import required_documents
from integrations.bootstrap import override
from tests.integrations.slack.test_commands import ask

QUESTION = "We are a law firm acting for a client. Which documents do we need to report fake handbags on Taobao? Their trademark is an EU registration."


@pytest.fixture
def running(start_app, corpus_index):
    """The app over this test's data directory, answering from the bundled corpus's index built before the test starts
    (once per session: tests/conftest.py). A fresh data directory has no index, and its first answer would build one,
    which takes longer than the time a direct message is given to be answered on a busy machine: the test would then
    time the build, not the answer. The index read is the same corpus, so the checklist compared is the same."""
    with override(index=corpus_index):
        yield start_app()


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


def _answer_to_a_direct_message(running, text: str) -> str:
    before = len(running.stub.calls_to("chat.postMessage"))
    assert running.sender.message(text).status == 200
    deadline = time.monotonic() + 20
    while len(running.stub.calls_to("chat.postMessage")) <= before:
        assert time.monotonic() < deadline, running.stub.methods()
        time.sleep(0.05)
    return running.stub.calls_to("chat.postMessage")[before].text()


def test_a_direct_message_gives_the_same_checklist(running):
    _assert_same_checklist(_answer_to_a_direct_message(running, QUESTION))


def test_a_holder_named_with_its_legal_form_is_not_asked_whether_it_is_a_company(running):
    shown = _answer_to_a_direct_message(running, "Which documents do we need to report fake HALDEN frying pans on AliExpress? We are "
                                                 "the rights holder, Halden Kitchenware Oy, with an EU trademark.")
    assert "Trademark registration certificate" in shown and "Business registration certificate" in shown
    assert "company or an individual" not in shown and "Identity document" not in shown
    # A trademark case, asked nothing about patents: no paragraph on what patent submissions need.
    assert "patent submission" not in shown.lower() and "evaluation report" not in shown.lower(), shown
