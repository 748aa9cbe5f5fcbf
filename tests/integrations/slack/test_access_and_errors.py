"""The access check (one Bolt listener middleware on every listener that acts for a person) and the one error handler
(Bolt's App.error): a person not set up is refused by every kind of request with nothing done; a failure reaches the
person privately, in plain words, with a reference id only when it was unexpected, never a folder or a traceback."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

import pytest

from integrations.bootstrap import build_services
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL, OTHER
from tests.integrations.slack.records import add_right
from tests.integrations.slack.signed_requests import checked, select, text_value

# Listeners that act for nobody: offering the suggested prompts when the Messages tab opens.
OPEN_LISTENERS = {"messages_tab_opened"}
GOOD = "https://www.aliexpress.com/item/1005001234567890.html"
REFERENCE = re.compile(r"reference [0-9a-f]{8}")


def said(running) -> list:
    """What the app did in Slack, apart from looking up who is in the support group."""
    return [call for call in running.stub.work_calls() if call.method != "usergroups.users.list"]


def checks(listener) -> set:
    """The actions a listener's own middleware requires (Bolt keeps the middleware functions on the listener)."""
    return {getattr(m.func, "required", None) for m in listener.middleware if hasattr(m, "func")} - {None}


def test_every_listener_that_acts_for_a_person_checks_access_first(running):
    listeners = running.app._listeners  # Bolt has no public list of them
    names = {listener.ack_function.__name__ for listener in listeners}
    assert {"direct_message", "mention", "ipr", "complaint_submitted", "appeal_submitted", "check_links", "confirm",
            "cancel", "feedback"} <= names
    unguarded = [listener.ack_function.__name__ for listener in listeners if not checks(listener)]
    assert set(unguarded) <= OPEN_LISTENERS, f"listeners without an access check: {unguarded}"


@pytest.fixture
def outsider_app(start_app, stub):
    """Only UONLY is set up; OTHER is nobody the app knows."""
    return start_app(slack_employees=["UONLY"])


REQUESTS = {
    "direct message": lambda s: s.message("How long does the review take?", user=OTHER, channel="D0009"),
    "mention": lambda s: s.mention("How long does the review take?", user=OTHER, channel="C0001"),
    "shortcut": lambda s: s.message_shortcut(f"see <{GOOD}>", user=OTHER, channel="C0001"),
    "confirm button": lambda s: s.click("change_confirm", '{"thread": "t1", "change": "c1"}', user=OTHER, channel="C0001", message_ts="1.1"),
    "cancel button": lambda s: s.click("change_cancel", '{"thread": "t1", "change": "c1"}', user=OTHER, channel="C0001", message_ts="1.1"),
    "feedback button": lambda s: s.click("answer_feedback", "good:slack-C0001-1.1", user=OTHER, channel="C0001", message_ts="1.1"),
}


@pytest.mark.parametrize("kind", list(REQUESTS))
def test_a_person_not_set_up_is_refused_privately_and_nothing_runs(outsider_app, kind):
    sent = REQUESTS[kind](outsider_app.sender)
    assert sent.status == 200
    call = outsider_app.stub.wait_for("chat.postEphemeral" if kind != "direct message" else "chat.postMessage")[0]
    assert "not set up" in call.text()
    if kind != "direct message":
        assert call.params["user"] == OTHER
    outsider_app.stub.quiet(0.3)
    assert len(said(outsider_app)) == 1  # the refusal and nothing else: no answer, no report
    assert outsider_app.wiring.store.votes() == []


def test_forms_refuse_beside_a_field_in_the_acknowledgement(outsider_app):
    sent = outsider_app.sender.submit_view("complaint_form", {}, user=OTHER)
    assert sent.status == 200 and sent.json()["response_action"] == "errors"
    assert "not set up" in sent.json()["errors"]["site"]
    values = {"complaint": text_value("1"), "counter_notice": text_value("We bought from the brand.")}
    sent = outsider_app.sender.submit_view("appeal_form", values, user="UONLY")  # set up, but not legal or support
    assert "legal and support" in sent.json()["errors"]["complaint"]
    outsider_app.stub.quiet(0.3)
    assert said(outsider_app) == []


# -- the error handler ----------------------------------------------------------------------------------------


@pytest.fixture
def failing(start_app, slack_settings, ipr_home):
    """The app whose services fail unexpectedly, naming a folder of the server in the error."""
    services, resources = build_services(slack_settings, actor="slack")

    def boom(*args, **kwargs):
        raise RuntimeError(f"disk full writing {ipr_home}/secret.db")

    running = start_app(services=replace(services, answer_question=boom, check_listing_urls=boom, required_documents=boom,
                                         documents_for_words=boom,
                                         triage_appeal=boom))
    yield running
    resources.close()


def assert_plain_with_reference(text: str, ipr_home, caplog) -> None:
    assert "Something went wrong on our side; nothing was changed." in text
    assert "disk full" not in text and str(ipr_home) not in text and "Traceback" not in text and "RuntimeError" not in text
    reference = REFERENCE.search(text)
    assert reference, text
    logged = [record for record in caplog.records if reference.group(0).split()[1] in record.getMessage()]
    assert logged and logged[0].exc_info is not None  # the details are in the log, under the same reference


@pytest.mark.parametrize("command", [f"check {GOOD}", "docs trademark"])
def test_an_unexpected_failure_of_a_command_is_acknowledged_and_told_with_a_reference(failing, command, ipr_home, caplog):
    caplog.set_level(logging.ERROR, logger="ipr_assistant.slack")
    sent = failing.sender.command(command, user=EMPLOYEE)
    assert sent.status == 200 and sent.body == ""  # the acknowledgement stands, whatever happens after it
    call = failing.stub.wait_for("response_url")[0]
    assert call.params["response_type"] == "ephemeral"
    assert_plain_with_reference(call.text(), ipr_home, caplog)


def test_an_unexpected_failure_answering_a_direct_message_is_told_in_its_thread(failing, ipr_home, caplog):
    caplog.set_level(logging.ERROR, logger="ipr_assistant.slack")
    failing.sender.message("How long does the IPR review take?", user=EMPLOYEE, channel="D0001", ts="1700004000.000001")
    call = failing.stub.wait_for("chat.postMessage")[0]
    assert (call.params["channel"], call.params.get("thread_ts")) == ("D0001", "1700004000.000001")
    assert_plain_with_reference(call.text(), ipr_home, caplog)


def test_an_unexpected_failure_of_the_shortcut_is_told_privately(failing, ipr_home, caplog):
    caplog.set_level(logging.ERROR, logger="ipr_assistant.slack")
    assert failing.sender.message_shortcut(f"see <{GOOD}>", user=EMPLOYEE, channel="C0009").status == 200
    call = failing.stub.wait_for("chat.postEphemeral")[0]
    assert call.params["user"] == EMPLOYEE
    assert_plain_with_reference(call.text(), ipr_home, caplog)


def test_an_unexpected_failure_checking_a_form_goes_to_direct_messages(failing, ipr_home, caplog):
    caplog.set_level(logging.ERROR, logger="ipr_assistant.slack")
    right = add_right(failing.services)
    values = {"site": select("aliexpress"), "right": select(right.right.id), "reason": select("counterfeit_features"),
              "links": text_value(GOOD), "evidence": checked("comparison_document")}
    failing.sender.submit_view("complaint_form", values, user=EMPLOYEE)  # Slack is answered 500: the form says it failed
    call = failing.stub.wait_for("chat.postMessage")[0]
    assert call.params["channel"] == EMPLOYEE
    assert_plain_with_reference(call.text(), ipr_home, caplog)


def test_a_problem_that_is_the_persons_to_fix_says_how_without_a_reference(running):
    sent = running.sender.command("due soon", user=LEGAL)
    assert sent.status == 200
    shown = running.stub.wait_for("response_url")[0].text()
    assert "number of days" in shown and not REFERENCE.search(shown)
