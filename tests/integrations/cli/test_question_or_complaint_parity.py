"""A question and the start of a complaint are told apart the same way by `ask` and the chat
(assistant/domain/complaint_start.py): a question about what a complaint needs, or whether one can be filed, is
answered by both (never refused as outside the field), with the same checklist where it is a case question; a message
saying the person wants a complaint filed starts a draft in the chat, and `ask` answers it and says the chat drafts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.complaint_start import COMPLAINT_START_NOTICE, starts_complaint
from tests.fakes.chat_driver import chat, replies
from tests.integrations.cli.filing_cli import run_in_process
from tests.integrations.cli.test_chat_dialogues import offline_index  # noqa: F401 - the fixture is used by name
from tests.integrations.cli.test_documents_parity import shape

QUESTIONS = [
    "What do we need to report fakes on 1688?",
    "what do we need for taobao",
    "our mark is only registered in the EU, can we file on tmall?",
    "nobody renewed our TM and it ran out, does the platform still let us use it against fakes on aliexpress?",
    "We want to report fake handbags on Tmall. Which documents do we need?",
    "How do I report a counterfeit listing on AliExpress?",
]
COMPLAINT_STARTS = [
    "I want to report fakes of our brand on AliExpress",
    "Fake MERIDIAN speakers on Lazada, can you help me report them?",
    "We need to take down fake FERRETTI loafers on Taobao",
    "please draft a complaint about the counterfeit pans on Lazada",
]
DRAFT_STARTED = "Noted:"


@pytest.fixture
def cli(capsys, monkeypatch, offline_index):  # noqa: F811
    monkeypatch.setenv("IPR_ASSISTANT_HOME", str(Path(offline_index.location).parent.parent))
    return lambda *args: run_in_process(capsys, monkeypatch, *args)


def first_reply(message: str) -> dict:
    return replies(chat([message]))[0]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_question_is_answered_by_ask_and_the_chat_alike(question, cli):
    assert not starts_complaint(question)
    asked = cli("ask", question, "--json")
    assert asked.code == 0, asked.stderr
    answer = asked.json()
    assert answer["in_scope"], answer["answer"]
    assert COMPLAINT_START_NOTICE not in answer["notices"]

    reply = first_reply(question)
    assert not reply["text"].startswith(DRAFT_STARTED), reply["text"]
    kinds = {section["kind"] for section in reply["sections"]}
    assert kinds & {"answer", "checklist"}, reply
    if answer["checklist"] is not None:  # a case question: the same documents and warnings either way
        checklists = [s["data"] for s in reply["sections"] if s["kind"] == "checklist"]
        assert checklists and shape(checklists[0]) == shape(answer["checklist"])


@pytest.mark.parametrize("message", COMPLAINT_STARTS)
def test_a_complaint_start_starts_a_draft_in_the_chat_and_ask_says_so(message, cli):
    assert starts_complaint(message)
    reply = first_reply(message)
    assert reply["text"].startswith(DRAFT_STARTED), reply["text"]

    asked = cli("ask", message, "--json")
    assert asked.code == 0, asked.stderr
    assert COMPLAINT_START_NOTICE in asked.json()["notices"]


def test_an_expired_trademark_question_gets_the_expired_warning_from_both(cli):
    question = "our TM ran out last month, does the platform still let us use it against fakes on aliexpress?"
    answer = cli("ask", question, "--json").json()
    assert answer["checklist"] is not None, answer["answer"]
    assert {"fact": "ip_type", "value": "trademark", "words": "TM"} in answer["case"]
    codes = {w["code"] for w in answer["checklist"].get("warning_details", answer["checklist"].get("warnings", []))}
    assert "right_expired" in codes
    checklists = [s["data"] for s in first_reply(question)["sections"] if s["kind"] == "checklist"]
    assert "right_expired" in {w["code"] for w in checklists[0].get("warning_details", checklists[0].get("warnings", []))}


def test_a_request_declined_as_outside_the_field_is_not_read_as_a_complaint_to_file(cli):
    # "Can you draft ..." is asked as a complaint is ("can you draft the complaint"), but what it asks for is declined.
    answer = cli("ask", "Can you draft an employment contract for our new warehouse worker?", "--json").json()
    assert not answer["in_scope"], answer["answer"]
    assert COMPLAINT_START_NOTICE not in answer["notices"]
