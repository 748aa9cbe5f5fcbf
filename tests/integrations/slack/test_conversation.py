"""Conversations in Slack threads through the stub: the offline (guided) conversation from "we found fakes" to an
exported filing package, confirmations by the right people only, private replies for complaint details,
suggested prompts, feedback votes, and a streamed reply from a (scripted) language model."""

from __future__ import annotations

import json
import re
import time
from dataclasses import replace
from pathlib import Path

from assistant.domain.listing_urls import check_listing_urls
from assistant.retrieval.answer import Answer, Citation
from integrations.bootstrap import build_services
from integrations.llm.agent import ModelResponder
from tests.fakes.scripted_model import ScriptedChatModel, tool_call
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL, OTHER
from tests.integrations.slack.records import complaint_of

AE = ["https://www.aliexpress.com/item/1005001234567890.html", "https://www.aliexpress.com/item/1005009876543210.html"]
THREAD = "1700002000.000500"
CHANNEL = "C0001"
SCRIPT = [
    "we found fakes of our ACME sneakers on AliExpress, help me report them",
    "We are the rights holder, Acme Sports Inc.",
    "trademark ACME, no. 12345678, approved",
    " ".join(f"<{url}>" for url in AE),  # Slack wraps pasted links
    "The fakes have a printed logo and the soles are glued, not stitched",
    "comparison document comparison.pdf",
]


def in_thread(running, text: str, *, user: str = EMPLOYEE, first: bool = False):
    sent = running.sender.mention(text, user=user, channel=CHANNEL, ts=THREAD if first else None, thread_ts=None if first else THREAD)
    assert sent.status == 200
    return sent


def converse(running, lines: list[str]) -> None:
    """Each line as a mention in the same thread, waiting for each reply (public or private) before the next."""
    for number, line in enumerate(lines):
        replies = len(running.stub.calls_to("chat.postMessage")) + len(running.stub.calls_to("chat.postEphemeral"))
        in_thread(running, line, first=number == 0)
        wait_for_replies(running, replies + 1)


def wait_for_replies(running, count: int) -> None:
    deadline = time.monotonic() + 15
    while len(running.stub.calls_to("chat.postMessage")) + len(running.stub.calls_to("chat.postEphemeral")) < count:
        assert time.monotonic() < deadline, running.stub.methods()
        time.sleep(0.02)
    running.stub.quiet(0.15)


def confirmation_button(running) -> tuple[str, str]:
    """The Confirm button's value and its message's ts (waiting for the confirmation to be posted)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for call in reversed(running.stub.calls_to("chat.postMessage")):
            for block in call.blocks():
                if block["type"] == "actions":
                    return block["elements"][0]["value"], call.response["ts"]
        time.sleep(0.02)
    raise AssertionError("no confirmation was posted")


def test_a_thread_goes_from_we_found_fakes_to_an_exported_package(running):
    converse(running, SCRIPT)
    value, ts = confirmation_button(running)
    posts = running.stub.calls_to("chat.postMessage")
    assert all(call.params["thread_ts"] == THREAD for call in posts)
    assert "Save a new complaint draft" in posts[-1].text() and "2 link(s)" in posts[-1].text()
    statuses = [call.params["status"] for call in running.stub.calls_to("assistant.threads.setStatus")]
    assert statuses.count("is working on it...") == len(SCRIPT)
    assert running.services.complaints.list() == []  # nothing saved before the confirmation

    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    running.stub.wait_for("chat.update")
    running.stub.wait_for("files.completeUploadExternal")
    wait_for_replies(running, len(posts) + 2)  # the package's note in the direct messages, then the reply

    result = running.stub.calls_to("chat.postMessage")[-1]
    assert result.params["thread_ts"] == THREAD and "Filing package ready" in result.text()
    assert "direct message" in result.text()  # a channel's thread: the package went to the person privately
    saved = running.services.complaints.list()
    assert len(saved) == 1 and saved[0].created_by == f"slack:{EMPLOYEE}"
    out_dir = Path(running.services.packages_dir) / f"slack-{CHANNEL}-{THREAD}"
    assert {"statement.txt", "complaint.json", "validation.json", "notice-1-links.txt"} <= {p.name for p in out_dir.iterdir()}
    canonical = [r.normalized for r in check_listing_urls("\n".join(AE), "aliexpress").results if r.ok]
    assert (out_dir / "notice-1-links.txt").read_text().split() == canonical
    assert json.loads((out_dir / "validation.json").read_text())["errors"] == []
    assert "Confirmed by <@UEMP>" in running.stub.calls_to("chat.update")[0].text()


def test_someone_else_cannot_confirm_by_button_or_by_typing_yes(running):
    converse(running, SCRIPT)
    value, ts = confirmation_button(running)
    ephemerals = len(running.stub.calls_to("chat.postEphemeral"))

    running.sender.click("change_confirm", value, user=OTHER, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    running.stub.wait_for("chat.postEphemeral", ephemerals + 1)
    in_thread(running, "yes", user=OTHER)
    refusals = running.stub.wait_for("chat.postEphemeral", ephemerals + 2)[ephemerals:]
    assert all(call.params["user"] == OTHER and "Only <@UEMP> or a member of legal" in call.text() for call in refusals)
    running.stub.quiet(0.3)
    assert running.services.complaints.list() == [] and running.stub.calls_to("chat.update") == []

    in_thread(running, "yes", user=LEGAL)  # legal may confirm anyone's change
    running.stub.wait_for("chat.update")
    running.stub.quiet(0.3)
    assert len(running.services.complaints.list()) == 1
    assert "Confirmed by <@ULEGAL>" in running.stub.calls_to("chat.update")[0].text()
    # The button of a change already decided does nothing more.
    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    assert "already decided" in running.stub.wait_for("chat.postEphemeral", ephemerals + 3)[-1].text()
    assert len(running.services.complaints.list()) == 1


def test_cancel_records_the_no_and_changes_nothing(running):
    converse(running, SCRIPT)
    value, ts = confirmation_button(running)
    running.sender.click("change_cancel", value, user=EMPLOYEE, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    update = running.stub.wait_for("chat.update")[0]
    assert "Cancelled by <@UEMP>" in update.text()
    running.stub.quiet(0.3)
    assert running.services.complaints.list() == []
    state = running.wiring.conversations.load(f"slack-{CHANNEL}-{THREAD}")
    assert state.pending is None and state.decisions[-1].approved is False


def test_complaint_details_asked_in_a_channel_go_privately_to_who_asked(running):
    record = complaint_of(running.services, OTHER)
    in_thread(running, "status", user=LEGAL, first=True)
    private = running.stub.wait_for("chat.postEphemeral")[0]
    assert private.params["user"] == LEGAL and f"*{record.id}*" in private.text()
    running.stub.quiet(0.3)
    assert not any(f"*{record.id}*" in call.text() for call in running.stub.calls_to("chat.postMessage"))


def test_an_employee_does_not_see_others_complaints_in_a_conversation(running):
    record = complaint_of(running.services, OTHER)
    running.sender.message("status", user=EMPLOYEE, channel="D0001")
    reply = running.stub.wait_for("chat.postMessage")[0]
    assert f"*{record.id}*" not in reply.text() and "No complaints to show" in reply.text()


def test_opening_the_messages_tab_offers_suggested_prompts(running):
    running.sender.event({"type": "app_home_opened", "user": EMPLOYEE, "channel": "D0001", "tab": "messages"})
    call = running.stub.wait_for("assistant.threads.setSuggestedPrompts")[0]
    assert call.params["channel_id"] == "D0001"
    assert any("counterfeit" in prompt["message"].lower() for prompt in call.params["prompts"])
    running.sender.event({"type": "app_home_opened", "user": EMPLOYEE, "channel": "D0001", "tab": "home"})
    running.stub.quiet(0.3)
    assert len(running.stub.calls_to("assistant.threads.setSuggestedPrompts")) == 1


def test_feedback_votes_are_stored_once_per_person(running):
    running.sender.message("hello", user=EMPLOYEE, channel="D0001", ts="1700001000.000900")
    answer = running.stub.wait_for("chat.postMessage")[0]
    feedback = next(block for block in answer.blocks() if block["type"] == "context_actions")["elements"][0]
    for value, vote in ((feedback["negative_button"]["value"], "bad"), (feedback["positive_button"]["value"], "good")):
        sent = running.sender.click("answer_feedback", value, user=EMPLOYEE, channel="D0001", message_ts=answer.response["ts"])
        assert sent.status == 200
        votes = wait_for_votes(running, "slack-D0001-1700001000.000900", vote)
    assert [(v.user_id, v.vote, v.message_ts) for v in votes] == [(EMPLOYEE, "good", answer.response["ts"])]


def wait_for_votes(running, thread_id: str, last_vote: str) -> list:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        votes = running.wiring.store.votes(thread_id)
        if votes and votes[-1].vote == last_vote:
            return votes
        time.sleep(0.02)
    raise AssertionError(f"no {last_vote} vote stored: {running.wiring.store.votes(thread_id)}")


def test_bot_messages_and_edits_are_not_answered(running):
    running.sender.event({"type": "message", "channel_type": "im", "channel": "D0001", "bot_id": "B1", "text": "hi", "ts": "1.1"})
    running.sender.event({"type": "message", "subtype": "message_changed", "channel_type": "im", "channel": "D0001", "ts": "1.2"})
    running.stub.quiet(0.4)
    assert running.stub.work_calls() == []


def scripted_services(settings):
    services, resources = build_services(settings, actor="slack")
    answer = Answer(
        answer="Review takes 3-5 business days [1].",
        citations=[Citation(n=1, source="knowledge/rights.md", title="Rights", section="Review", url="https://ipp.alibabagroup.com/")],
        grounded=True,
    )
    return replace(services, answer_question=lambda question, site: answer), resources


def streamed_text(running) -> str:
    calls = [c for c in running.stub.calls if c.method in ("chat.startStream", "chat.appendStream", "chat.stopStream")]
    return "".join(chunk.get("text", "") for call in calls for chunk in (call.params.get("chunks") or []))


def test_a_model_reply_streams_into_a_direct_message_with_sources_and_feedback(start_app, slack_settings):
    services, resources = scripted_services(slack_settings)
    model = ScriptedChatModel([
        tool_call("search_guide", {"question": "How long does the IPR review take?"}),
        "The review takes 3-5 business days [1]. <!channel> see [this](http://evil.example)",
    ])
    running = start_app(services=services, responder=ModelResponder(model))
    running.sender.message("How long does the IPR review take?", user=EMPLOYEE, channel="D0001", ts="1700001000.000950")
    stop = running.stub.wait_for("chat.stopStream")[0]
    start = running.stub.calls_to("chat.startStream")[0]
    assert (start.params["channel"], start.params["thread_ts"], start.params["recipient_user_id"]) == ("D0001", "1700001000.000950", EMPLOYEE)
    text = streamed_text(running)
    assert "3-5 business days \\[1\\]" in text
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text
    assert not re.search(r"(?<!\\)\]\(http", text)  # the markdown link is shown, not followed
    blocks = json.dumps(stop.params.get("blocks"))
    assert "https://ipp.alibabagroup.com/" in blocks and "feedback_buttons" in blocks
    assert running.stub.calls_to("chat.postMessage") == []
    resources.close()


def test_a_model_reply_in_a_channel_is_posted_whole(start_app, slack_settings):
    services, resources = scripted_services(slack_settings)
    model = ScriptedChatModel([tool_call("search_guide", {"question": "review time"}), "The review takes 3-5 business days [1]."])
    running = start_app(services=services, responder=ModelResponder(model))
    in_thread(running, "How long does the IPR review take?", first=True)
    posted = running.stub.wait_for("chat.postMessage")[0]
    assert "3-5 business days" in posted.text() and "ipp.alibabagroup.com" in posted.text()
    assert running.stub.calls_to("chat.startStream") == []
    resources.close()


def test_a_thread_resumes_where_it_stood_after_a_restart(start_app):
    first = start_app()
    converse(first, SCRIPT[:2])
    restarted = start_app()  # another process over the same data directory
    replies = len(restarted.stub.calls_to("chat.postMessage"))
    in_thread(restarted, SCRIPT[2])
    wait_for_replies(restarted, replies + 1)
    reply = restarted.stub.calls_to("chat.postMessage")[-1]
    assert "Paste the links" in reply.text()  # site, reason and complainant were kept
    state = restarted.wiring.conversations.load(f"slack-{CHANNEL}-{THREAD}")
    assert state.draft.complainant_name == "Acme Sports Inc." and state.draft.right_name == "ACME"
