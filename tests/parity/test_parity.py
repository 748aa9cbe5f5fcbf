"""Parity (evals/parity.py): the same request through the CLI commands, the guided chat, the model's tools (a scripted
model) and the Slack app (the real Bolt app over HTTP against the loopback stub) gives the same result.

The CLI's --json is the reference; the chat's structured sections and Slack's blocks must carry the same outcome.
A pair that still differs is listed in KNOWN_DIFFERENCES with the reason: an expected failure while it differs, and
an error the day it agrees (so the list only shrinks).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from assistant.agent.reply import Reply
from evals.parity import (
    HELD_LISTING,
    LINK_CASES,
    OPEN_FACTS_CASE,
    STATUS_CASES,
    TRIAGE_CASE,
    documents_outcome,
    link_outcome,
    open_questions_outcome,
    triage_outcome,
    validation_outcome,
)
from evals.workspace import shown_text
from integrations.bootstrap import App, override
from integrations.llm.agent import ModelResponder
from integrations.slack import blocks as slack_blocks
from tests.integrations.cli.filing_cli import Outcome, run_in_process
from tests.fakes.scripted_model import ScriptedChatModel, tool_call
from tests.sample_complaints import sample_complaint
from tests.integrations.slack.conftest import LEGAL, SUPPORT, no_slack_environment, slack_settings, start_app, stub  # noqa: F401 - fixtures
from tests.integrations.slack.signed_requests import text_value

# Differences between front ends that are known and not fixed yet: the case's id -> why.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {}


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv("USER", "ann")
    monkeypatch.setenv("COLUMNS", "200")

    def run(*args: str, stdin: bytes | None = None) -> Outcome:
        out = run_in_process(capsys, monkeypatch, *args, stdin=stdin)
        assert out.code in (0, 1), out.err
        return out

    return run


@pytest.fixture
def team(cli, tmp_path) -> dict[str, Any]:
    """The team's store: a filed complaint holding HELD_LISTING, with a seller's counter-notice recorded on it."""
    complaint = tmp_path / "held.json"
    held = sample_complaint([1005001234567001])
    complaint.write_text(held.model_dump_json(), encoding="utf-8")
    record = cli("complaints", "create", str(complaint), "--key", "held", "--json").json()["complaint"]
    cli("complaints", "update", record["id"], "--status", "filed", "--occurred-at", TRIAGE_CASE["filed_on"], "--json")
    notice = tmp_path / "counter-notice.txt"
    notice.write_text(TRIAGE_CASE["counter_notice"], encoding="utf-8")
    cli("complaints", "counter-notice", record["id"], str(notice), "--received", TRIAGE_CASE["received_on"], "--json")
    attachments = tmp_path / "attachments.json"
    attachments.write_text(json.dumps([{"name": name} for name in TRIAGE_CASE["attachments"]]), encoding="utf-8")
    return {"id": record["id"], "notice": notice, "attachments": attachments, "folder": tmp_path}


@pytest.fixture
def chat(corpus_index):
    """A chat over the test's data directory: guided, or through a scripted model."""
    opened: list[App] = []

    def open_chat(script: list[Any] | None = None):
        factory = None if script is None else (lambda settings: ModelResponder(ScriptedChatModel(script), retries=0))
        app = App(responder_factory=factory)
        opened.append(app)
        return app.chat()

    with override(index=corpus_index):
        yield open_chat
    for app in opened:
        app.close()


def section(reply: Reply, kind: str) -> dict[str, Any]:
    found = [s.data for s in reply.sections if s.kind == kind]
    assert found, f"no {kind} section in the reply: {reply.text}"
    return found[-1]


def links_as_a_model_copies_them(text: str) -> list[str]:
    """What a model passes to check_listing_urls: the link-like words of the message, as written."""
    return [word.strip(",.;") for word in text.split() if "/" in word or word.startswith("www.")]


def agrees(front_end: str, case_id: str, got: Any, wanted: Any) -> None:
    """Assert the front end's outcome; a known difference is an expected failure until it is fixed, then an error."""
    reason = KNOWN_DIFFERENCES.get((front_end, case_id))
    if reason is None:
        assert got == wanted, front_end
    elif got == wanted:
        pytest.fail(f"The {front_end} now agrees on {case_id}: remove it from KNOWN_DIFFERENCES.")
    else:
        pytest.xfail(reason)


# --- link checks ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", LINK_CASES, ids=[case["id"] for case in LINK_CASES])
def test_link_checks_agree_in_every_front_end(case, cli, team, chat, start_app):
    reference = cli("check-urls", "-", "--json", stdin=case["text"].encode()).json()
    wanted = link_outcome(reference)
    if case["id"] == "already-active":
        assert wanted[0][2] == ("already_in_active_complaint",)

    model = chat([tool_call("check_listing_urls", {"links": links_as_a_model_copies_them(case["text"])}), "Here is the report."])
    assert link_outcome(section(model.send(case["text"]), "url_report")) == wanted, "model path"

    running = start_app()
    running.sender.command(f"check {case['text']}")
    posted = running.stub.wait_for("response_url")[0]
    assert posted.params["blocks"] == slack_blocks.url_report_blocks(reference), "Slack /ipr check"
    running.sender.message_shortcut(case["text"])
    shown = running.stub.wait_for("chat.postEphemeral")[0]
    assert shown.blocks() == slack_blocks.url_report_blocks(reference), "Slack message shortcut"

    reports = [s.data for s in chat().send(case["text"]).sections if s.kind == "url_report"]  # none: no link was seen
    agrees("guided", case["id"], link_outcome(reports[-1]) if reports else None, wanted)


# --- documents of a case -------------------------------------------------------------------------------------------


def test_the_documents_of_a_case_agree_in_every_front_end(cli, chat, start_app, corpus_index):
    reference = cli("documents", "--ip-type", "trademark", "--role", "agent", "--site", "aliexpress", "--json").json()
    wanted = documents_outcome(reference)
    question = "Which documents does an agent need for a trademark on AliExpress?"

    case = {"ip_type": "trademark", "role": "agent", "site": "aliexpress"}
    model = chat([tool_call("list_required_documents", case), "These are the documents."])
    assert documents_outcome(section(model.send(question), "checklist")) == wanted

    # The question in words: `ask` and the guided chat read the case from it and give the same checklist.
    with override(index=corpus_index):
        asked = cli("ask", question, "--json").json()
    assert documents_outcome(asked["checklist"]) == wanted
    assert documents_outcome(section(chat().send(question), "checklist")) == wanted

    running = start_app()
    running.sender.command("docs trademark agent aliexpress")
    posted = running.stub.wait_for("response_url")[0]
    assert posted.params["blocks"] == slack_blocks.checklist_blocks(reference)
    running.sender.command(f"docs {question}")
    posted = running.stub.wait_for("response_url", count=2)[1]
    assert posted.params["blocks"] == slack_blocks.checklist_blocks(reference), "Slack /ipr docs with the question in words"


def test_what_the_unsaid_facts_decide_agrees_in_every_front_end(cli, chat, start_app, corpus_index):
    case = OPEN_FACTS_CASE
    reference = cli("documents", *case["options"], "--json").json()
    wanted = open_questions_outcome(reference)
    asked_for = [fact for fact, _, _ in wanted]
    assert "places_of_registration" in asked_for and "role" in asked_for
    where = next(question for fact, question, _ in wanted if fact == "places_of_registration")
    assert where.startswith("On Taobao, Tmall and 1688 the right must be valid in Mainland China")

    with override(index=corpus_index):
        asked = cli("ask", case["question"], "--json").json()
    assert open_questions_outcome(asked["checklist"]) == wanted, "ask"
    assert documents_outcome(asked["checklist"]) == documents_outcome(reference), "ask"
    assert where in asked["answer"], "ask says what the place of registration decides"

    guided = chat().send(case["question"])
    assert open_questions_outcome(section(guided, "checklist")) == wanted, "guided chat"
    assert where in shown_text(guided), "guided chat"  # what the person reads: its text and the answer it quotes

    running = start_app()
    running.sender.command(f"docs {case['slack_words']}")
    running.sender.command(f"docs {case['question']}")
    posted = running.stub.wait_for("response_url", count=2)
    for post, how in zip(posted, ("Slack /ipr docs with the case as options", "Slack /ipr docs with the question in words"), strict=True):
        assert post.params["blocks"] == slack_blocks.checklist_blocks(reference), how


def test_a_case_without_its_kind_of_right_gets_the_same_checklist_from_ask_and_the_chat(cli, chat, corpus_index):
    question = "We are a law firm filing for a client on AliExpress. What do we have to upload?"
    with override(index=corpus_index):
        asked = cli("ask", question, "--json").json()["checklist"]
    assert [q["fact"] for q in asked["open_questions"]][0] == "ip_type"
    guided = section(chat().send(question), "checklist")
    assert documents_outcome(guided) == documents_outcome(asked)
    assert open_questions_outcome(guided) == open_questions_outcome(asked)


def _documents(cli, *options: str) -> dict[str, Any]:
    """`documents --json` as a checklist (its warnings with their codes, from warning_details)."""
    listed = cli("documents", *options, "--json").json()
    return {**listed, "warnings": listed["warning_details"]}


def _documents_per_kind(cli, options: list[str]) -> dict[str, dict[str, Any]]:
    """`documents` for the case as each kind of right (the kind is the one fact the words leave out)."""
    return {kind: _documents(cli, "--ip-type", kind, *options) for kind in ("trademark", "copyright", "patent")}


def _assert_what_every_kind_needs(checklist: dict[str, Any], per_kind: dict[str, dict[str, Any]]) -> None:
    """The checklist without the kind of right is what every kind's `documents` lists alike, and says what each kind
    adds and what each other unsaid fact decides, as `documents` says it for that kind."""
    lists = [documents_outcome(listed)["documents"] for listed in per_kind.values()]
    shared = [document for document in lists[0] if all(document in other for other in lists[1:])]
    assert documents_outcome(checklist)["documents"] == shared
    questions = {q["fact"]: q for q in checklist["open_questions"]}
    by_kind = questions.pop("ip_type")["depends"]
    for kind, listed in per_kind.items():
        line = next(line for line in by_kind if line.startswith(f"A {kind}:"))
        for document in listed["documents"]:
            if (document["id"], document["required"]) not in shared:
                assert document["name"] in line, (kind, document["name"])
        for unsaid in listed["open_questions"]:
            if unsaid["fact"] == "reason":
                continue  # the reasons are per kind of right: asked once the kind is known
            merged = questions[unsaid["fact"]]
            assert merged["question"] == unsaid["question"]
            for depends in unsaid["depends"]:
                assert any(said == depends or said.endswith(": " + depends) for said in merged["depends"]), (kind, depends)
    assert questions, "the facts the words leave out are asked too"


# "Which documents" asked in words through `ask`, the guided chat and Slack's `/ipr docs`, against `documents` given the
# same facts as options: with the kind of right, and without it (where the place of registration decides on Taobao,
# Tmall and 1688).
WORDED_CASES = [
    ("What documents do we need for a patent complaint on 1688?", ["--site", "1688"], "patent"),
    ("Which documents do we need for a trademark complaint on Tmall?", ["--site", "tmall"], "trademark"),
    ("what documents do we need to report a seller on 1688", ["--site", "1688"], None),
    ("We are a law firm filing for a client on AliExpress. What do we have to upload?", ["--site", "aliexpress", "--role", "agent"], None),
]


@pytest.mark.parametrize(("question", "options", "kind"), WORDED_CASES)
def test_which_documents_asked_in_words_agrees_in_ask_the_chat_slack_and_documents(
    question, options, kind, cli, chat, start_app, corpus_index
):
    with override(index=corpus_index):
        asked = cli("ask", question, "--json").json()
    checklist = asked["checklist"]
    assert checklist is not None, asked["answer"]
    if kind is not None:
        reference = _documents(cli, "--ip-type", kind, *options)
        assert documents_outcome(checklist) == documents_outcome(reference), "ask"
        assert open_questions_outcome(checklist) == open_questions_outcome(reference), "ask"
    else:
        _assert_what_every_kind_needs(checklist, _documents_per_kind(cli, options))
    if "--site" in options and options[options.index("--site") + 1] in ("taobao", "tmall", "1688"):
        assert "where is yours registered?" in asked["answer"], "ask says what the place of registration decides"

    guided = section(chat().send(question), "checklist")
    assert documents_outcome(guided) == documents_outcome(checklist), "guided chat"
    assert open_questions_outcome(guided) == open_questions_outcome(checklist), "guided chat"

    running = start_app()
    running.sender.command(f"docs {question}")
    posted = running.stub.wait_for("response_url")[0]
    assert posted.params["blocks"] == slack_blocks.checklist_blocks(checklist), "Slack /ipr docs with the question in words"


# "Which documents" questions whose case draws warnings (a right registered only outside China on Taobao, documents
# resting on one source) or leaves deciding facts unsaid (where the right is registered, who files).
WARNED_CASES = [
    (
        "We are a law firm acting for a client. Which documents do we need to report fake handbags on Taobao? Their trademark is an EU registration.",
        ["--ip-type", "trademark", "--role", "agent", "--site", "taobao", "--reason", "counterfeit-features", "--registered-in", "EU"],
    ),
    ("What documents do we need for a design patent complaint on 1688?", ["--ip-type", "patent", "--patent-kind", "design", "--site", "1688"]),
    ("Which documents do we need for a trademark complaint on Tmall?", ["--ip-type", "trademark", "--site", "tmall"]),
]


def _warnings(checklist: dict[str, Any]) -> list[tuple[str, str]]:
    """Each warning with its words: the code alone would let two front ends say different things."""
    return sorted((warning["code"], warning["message"]) for warning in checklist.get("warnings", []))


@pytest.mark.parametrize(("question", "options"), WARNED_CASES)
def test_which_documents_says_the_same_warnings_and_what_the_unsaid_facts_decide_in_ask_and_the_chat(
    question, options, cli, chat, corpus_index
):
    """`ask` and the guided chat carry `documents`' warnings word for word, and say for each deciding fact not given
    what depends on it, in the checklist and in the words the person reads."""
    reference = _documents(cli, *options)
    with override(index=corpus_index):
        asked = cli("ask", question, "--json").json()
    guided = chat().send(question)
    shown = section(guided, "checklist")
    for front_end, checklist, said in (("ask", asked["checklist"], asked["answer"]), ("guided chat", shown, shown_text(guided))):
        assert documents_outcome(checklist) == documents_outcome(reference), front_end
        assert _warnings(checklist) == _warnings(reference), front_end
        assert open_questions_outcome(checklist) == open_questions_outcome(reference), front_end
        for unsaid in checklist["open_questions"]:
            assert unsaid["question"] in said, (front_end, unsaid["fact"])
            for line in unsaid["depends"]:
                assert line.rstrip(".") in said, (front_end, line)
    assert reference["warnings"] or reference["open_questions"], "each case warns or asks"
    for warning in reference["warning_details"]:
        assert warning["message"] in asked["answer"], "ask states every warning"


def test_slack_docs_in_free_words_without_the_kind_of_right_gives_what_every_kind_needs(cli, start_app):
    """`/ipr docs what do we need for taobao` no longer asks for the kind of right first: it gives what every kind
    needs, what each adds, and what the place of registration decides on Taobao, as `documents` says per kind."""
    from assistant.services.case_documents import documents_for_words

    running = start_app()
    running.sender.command("docs what do we need for taobao")
    posted = running.stub.wait_for("response_url")[0]
    found = documents_for_words("what do we need for taobao").checklist.model_dump(mode="json")
    assert posted.params["blocks"] == slack_blocks.checklist_blocks(found)
    _assert_what_every_kind_needs(found, _documents_per_kind(cli, ["--site", "taobao"]))
    shown = posted.text()
    assert "Which kind of right is it" in shown and "where is yours registered?" in shown


# --- validation --------------------------------------------------------------------------------------------------------


def test_validation_agrees_between_the_commands_and_the_services_the_chat_and_slack_call(cli, team):
    complaint = sample_complaint([1005001234567001, 1005001234567002])
    path = team["folder"] / "second.json"
    path.write_text(complaint.model_dump_json(), encoding="utf-8")
    validated = cli("validate", str(path), "--json")
    wanted = validation_outcome(validated.json())
    assert wanted == {"ok": False, "errors": ["already_in_active_complaint"]}

    exported = cli("export", str(path), "--out", str(team["folder"] / "package"), "--json").json()
    assert validation_outcome(exported["report"]) == wanted

    app = App()
    try:
        assert validation_outcome(app.services.validate_complaint(complaint).model_dump(mode="json")) == wanted
    finally:
        app.close()


# --- appeal triage -----------------------------------------------------------------------------------------------------


def test_appeal_triage_agrees_in_every_front_end(cli, team, chat, start_app):
    reference = cli(
        "triage-appeal", "--complaint-id", team["id"], "--text", str(team["notice"]), "--attachments-json", str(team["attachments"]), "--json"
    ).json()
    wanted = triage_outcome(reference)
    assert wanted["complaint_date"] == (TRIAGE_CASE["filed_on"], "filed_on")

    args = {"counter_notice": TRIAGE_CASE["counter_notice"], "complaint_id": team["id"], "attachments": TRIAGE_CASE["attachments"]}
    model = chat([tool_call("triage_seller_appeal", args), "Here is the triage."])
    assert triage_outcome(section(model.send(f"The seller answered complaint {team['id']}: {TRIAGE_CASE['counter_notice']}"), "triage")) == wanted

    guided = chat().send(f"Seller's appeal on complaint {team['id']}:\n{TRIAGE_CASE['counter_notice']}")
    assert triage_outcome(section(guided, "triage")) == wanted, "guided chat"

    running = start_app()
    values = {
        "complaint": text_value(team["id"]), "counter_notice": text_value(TRIAGE_CASE["counter_notice"]),
        "attachments": text_value("\n".join(TRIAGE_CASE["attachments"])),
    }
    sent = running.sender.submit_view("appeal_form", values, user=SUPPORT)
    assert sent.status == 200 and not sent.body
    posted = running.stub.wait_for("chat.postMessage")[0]
    assert posted.blocks() == slack_blocks.triage_blocks(reference)


def _unescaped(text: str) -> str:
    return text.replace("\u200b", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _blocks_by_id(blocks: list[dict[str, Any]]) -> dict[str, str]:
    """Each named block's text, as a person reads it (Slack's escapes undone)."""
    found = {}
    for block in blocks:
        if block.get("block_id"):
            text = block["text"]["text"] if "text" in block else " ".join(e.get("text", "") for e in block.get("elements", []))
            found[block["block_id"]] = _unescaped(text)
    return found


def _flat(text: str) -> str:
    """A terminal's text without its panel borders and line wrapping: one space between words."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


def test_the_terminal_and_slack_show_the_same_triage_view(cli, team, start_app):
    """One view model (assistant/domain/appeals/view.py): Slack's Block Kit, through the real Bolt app over HTTP, and
    the terminal show the same points, deadline, sources and draft reply as the triage the CLI's --json returns."""
    from assistant.domain.appeals import AppealTriage
    from assistant.domain.appeals.view import triage_view_model

    args = ("triage-appeal", "--complaint-id", team["id"], "--text", str(team["notice"]), "--attachments-json", str(team["attachments"]))
    reference = cli(*args, "--json").json()
    view = triage_view_model(AppealTriage.model_validate({k: v for k, v in reference.items() if k in AppealTriage.model_fields}))
    assert view.points and view.deadline and view.sources and view.draft_reply  # something to compare in every part

    running = start_app()
    values = {
        "complaint": text_value(team["id"]), "counter_notice": text_value(TRIAGE_CASE["counter_notice"]),
        "attachments": text_value("\n".join(TRIAGE_CASE["attachments"])),
    }
    assert running.sender.submit_view("appeal_form", values, user=SUPPORT).status == 200
    slack = _blocks_by_id(running.stub.wait_for("chat.postMessage")[0].blocks())
    assert slack["triage-deadline"] == view.deadline
    for group in view.points:
        heading, *lines = slack[f"triage-points-{group.kind}"].split("\n")
        assert heading == f"*{group.heading}*" and [line.removeprefix("• ") for line in lines] == group.points
    assert {key.removeprefix("triage-points-") for key in slack if key.startswith("triage-points-")} == {g.kind for g in view.points}
    assert slack["triage-sources"].removeprefix("Sources: ").split(" · ") == view.sources
    _, *quoted = slack["triage-draft"].split("\n")  # the draft shown quoted (each line marked '>'), never as code
    draft = "\n".join(line.removeprefix(">").removeprefix(" ") for line in quoted)
    assert draft == view.draft_reply and "```" not in slack["triage-draft"]

    terminal = _flat(cli(*args).stdout)
    for text in [view.deadline, *(p for g in view.points for p in g.points), *view.sources, *view.draft_reply.splitlines()]:
        assert _flat(text) in terminal, text


@pytest.mark.parametrize("case", STATUS_CASES, ids=[case["id"] for case in STATUS_CASES])
def test_each_grounds_status_reads_the_same_in_every_front_end(case, cli, team, chat, start_app):
    """Each ground's status and the points behind it read the same in the terminal, the CLI's --json (its "view"),
    the guided chat and Slack (the real Bolt app over HTTP): the one view model's words, wherever it is read."""
    from assistant.domain.appeals import AppealTriage
    from assistant.domain.appeals.view import triage_view_model

    notice = team["folder"] / f"{case['id']}.txt"
    notice.write_text(case["counter_notice"], encoding="utf-8")
    attachments = team["folder"] / f"{case['id']}.json"
    attachments.write_text(json.dumps([{"name": name} for name in case["attachments"]]), encoding="utf-8")
    args = ("triage-appeal", "--complaint-id", team["id"], "--text", str(notice), "--attachments-json", str(attachments))
    reference = cli(*args, "--json").json()
    view = triage_view_model(AppealTriage.model_validate({k: v for k, v in reference.items() if k in AppealTriage.model_fields}))
    assert reference["view"]["grounds"] == [row.model_dump(mode="json") for row in view.grounds], "--json view"
    statuses = [(row.ground, row.status) for row in view.grounds]
    points = [(group.kind, group.points) for group in view.points]
    assert statuses and points

    terminal = _flat(cli(*args).stdout)
    for ground, status in statuses:
        assert _flat(f"{ground} {status}") in terminal, (ground, status)
    for _, lines in points:
        for line in lines:
            assert _flat(line) in terminal, line

    args = {"counter_notice": case["counter_notice"], "complaint_id": team["id"], "attachments": case["attachments"]}
    replies = {"chat through a model": chat([tool_call("triage_seller_appeal", args), "Here is the triage."]).send(
        f"The seller answered complaint {team['id']}: {case['counter_notice']}")}
    if not case["attachments"]:  # the guided chat takes the seller's text only: files come through Slack or a model
        replies["guided chat"] = chat().send(f"Seller's appeal on complaint {team['id']}:\n{case['counter_notice']}")
    for front_end, reply in replies.items():
        seen = triage_view_model(AppealTriage.model_validate(section(reply, "triage")))
        assert [(row.ground, row.status) for row in seen.grounds] == statuses, front_end
        assert [(group.kind, group.points) for group in seen.points] == points, front_end

    running = start_app()
    values = {"complaint": text_value(team["id"]), "counter_notice": text_value(case["counter_notice"]),
              "attachments": text_value("\n".join(case["attachments"]))}
    assert running.sender.submit_view("appeal_form", values, user=SUPPORT).status == 200
    slack = _blocks_by_id(running.stub.wait_for("chat.postMessage")[0].blocks())
    rows = [line.removeprefix("• ") for line in slack["triage-grounds"].split("\n")[1:]]
    assert len(rows) == len(statuses) and all(row.startswith(f"{ground} ({status})") for row, (ground, status) in zip(rows, statuses)), "Slack"
    for kind, lines in points:
        assert [line.removeprefix("• ") for line in slack[f"triage-points-{kind}"].split("\n")[1:]] == lines, "Slack"

