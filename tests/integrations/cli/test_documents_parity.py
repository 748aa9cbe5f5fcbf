"""One checklist for one case, whichever way the question comes in: `ask`, the chat and `documents` (with the same facts
as options) list the same documents, each required or recommended alike, and the same warnings. Slack's side is in
tests/integrations/slack/test_documents_parity.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integrations.cli.filing_cli import run_in_process
from tests.integrations.cli.test_chat_dialogues import offline_index  # noqa: F401 - the fixture is used by name
from tests.fakes.chat_driver import chat, replies

# A question as people ask it, and the same case given to `documents` as options.
CASES = [
    (
        "We are a law firm acting for a client. Which documents do we need to report fake handbags on Taobao? Their trademark is an EU registration.",
        ["--ip-type", "trademark", "--role", "agent", "--site", "taobao", "--reason", "counterfeit-features", "--registered-in", "EU"],
    ),
    (
        "What documents does an individual photographer need to report stolen product photos on AliExpress?",
        ["--ip-type", "copyright", "--holder", "individual", "--site", "aliexpress", "--reason", "image-theft"],
    ),
    (
        "Which documents do we need for a design patent complaint on 1688?",
        ["--ip-type", "patent", "--patent-kind", "design", "--site", "1688"],
    ),
    (
        "What do we need to provide to file a trademark complaint on Lazada as the brand owner company?",
        ["--ip-type", "trademark", "--holder", "company", "--site", "lazada"],
    ),
]


def shape(checklist: dict) -> tuple:
    """What must agree: each document with required or recommended, and the warning codes."""
    documents = tuple((d["id"], d["required"]) for d in checklist["documents"])
    warnings = tuple(sorted(w["code"] for w in checklist.get("warning_details", checklist.get("warnings", []))))
    return documents, warnings


@pytest.fixture
def cli(capsys, monkeypatch, offline_index):  # noqa: F811
    # `ask` finds the session's built index in its data directory.
    monkeypatch.setenv("IPR_ASSISTANT_HOME", str(Path(offline_index.location).parent.parent))
    return lambda *args: run_in_process(capsys, monkeypatch, *args)


@pytest.mark.parametrize(("question", "options"), CASES)
def test_ask_chat_and_documents_give_the_same_checklist(question, options, cli, offline_index, monkeypatch):  # noqa: F811
    from_documents = cli("documents", *options, "--json")
    assert from_documents.code == 0, from_documents.stderr
    expected = shape(from_documents.json())
    assert expected[0], "the case must need some documents"

    asked = cli("ask", question, "--json")
    assert asked.code == 0, asked.stderr
    answer = asked.json()
    assert answer["checklist"] is not None and answer["grounded"]
    assert shape(answer["checklist"]) == expected
    for document in answer["checklist"]["documents"]:
        assert document["name"] in answer["answer"]

    events = chat([question])
    found = [s["data"] for e in replies(events) for s in e["sections"] if s["kind"] == "checklist"]
    assert found, [e["text"] for e in replies(events)]
    assert shape(found[0]) == expected


def test_what_depends_on_an_unsaid_fact_is_said_everywhere(cli, offline_index):  # noqa: F811
    question = "Which documents do we need for a trademark complaint on Tmall?"
    asked = cli("ask", question, "--json").json()
    assert "where is yours registered?" in asked["answer"]
    facts = {q["fact"] for q in asked["checklist"]["open_questions"]}
    assert {"places_of_registration", "role"} <= facts
    listed = cli("documents", "--ip-type", "trademark", "--site", "tmall", "--json").json()
    assert {q["fact"] for q in listed["open_questions"]} == facts
    # What the person reads: each reply's text and the answer it quotes.
    said = " ".join(part for e in replies(chat([question]))
                    for part in [e["text"], *(s["data"].get("answer", "") for s in e["sections"] if s["kind"] == "answer")])
    assert "where is yours registered?" in said
    # Once the place is given, it is no longer asked, and a place outside China gets the territory warning.
    given = cli("documents", "--ip-type", "trademark", "--site", "tmall", "--registered-in", "Japan", "--json").json()
    assert "places_of_registration" not in {q["fact"] for q in given["open_questions"]}
    assert any("Mainland China" in w for w in given["warnings"])
