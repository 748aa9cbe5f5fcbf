"""`/ipr` and each of its subcommands, end to end: the signed command, the empty ack, then the private answer
(response URL, ephemeral) or the form (views.open). Complaint details reach only those who may see them."""

from __future__ import annotations

import pytest

from assistant.domain.documents import required_documents
from assistant.domain.listing_urls import check_listing_urls
from assistant.domain.models import DocumentCase
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL, OTHER, SUPPORT
from tests.integrations.slack.records import add_right, complaint_of

GOOD = "https://www.aliexpress.com/item/1005001234567890.html"
LOOKALIKE = "https://www.aliexpress.com.example.net/item/1005009876543210.html"


def ask(running, text: str, user: str = EMPLOYEE, channel: str = "C0001"):
    """Send /ipr <text>; return the private answer (the response URL call)."""
    before = len(running.stub.calls_to("response_url"))
    sent = running.sender.command(text, user=user, channel=channel)
    assert sent.status == 200 and sent.body == ""
    call = running.stub.wait_for("response_url", before + 1)[before]
    assert call.params["response_type"] == "ephemeral"
    return call


@pytest.mark.parametrize("text", ["help", "", "what"])
def test_help_lists_every_subcommand(running, text):
    shown = ask(running, text).text()
    for sub in ("/ipr docs", "/ipr check", "/ipr status", "/ipr due", "/ipr new", "/ipr appeal", "/ipr help"):
        assert sub in shown
    from integrations.slack.listeners.commands import SUBCOMMANDS

    assert {name for name in SUBCOMMANDS if f"/ipr {name}" not in shown} == set()  # every subcommand there is, refile included


def test_docs_lists_the_rules_documents_for_the_case(running):
    shown = ask(running, "docs trademark agent aliexpress").text()
    expected = required_documents(DocumentCase(ip_type="trademark", role="agent", site="aliexpress"))
    for document in expected.documents:
        assert document.name in shown
    assert "Power of attorney" in shown


def test_docs_without_a_known_right_type_gives_what_every_kind_needs(running):
    shown = ask(running, "docs sneakers").text()
    assert "Which kind of right is it: a trademark, a copyright or a patent?" in shown
    assert "Business registration certificate" in shown and "reference" not in shown


def test_docs_without_a_case_explains_the_usage(running):
    shown = ask(running, "docs").text()
    assert "/ipr docs <ip-type> [role] [site]" in shown and "reference" not in shown  # the person's to fix: no reference id


def test_docs_with_an_unknown_word_says_which(running):
    assert "'amazon' is neither a role" in ask(running, "docs patent amazon").text()


def test_check_reports_each_link_as_the_checker_does(running):
    shown = ask(running, f"check {GOOD} {LOOKALIKE}").text()
    report = check_listing_urls(f"{GOOD} {LOOKALIKE}")
    assert f"{report.summary.ok} of {report.summary.total} can be filed" in shown
    bad = next(r for r in report.results if not r.ok)
    assert bad.problems[0].message.split(".")[0] in shown


def test_check_links_wrapped_by_slack_are_read_as_links(running):
    shown = ask(running, f"check <{GOOD}|aliexpress.com/item/1005001234567890.html>").text()
    assert "1 of 1 can be filed" in shown


def test_check_without_links_says_how(running):
    assert "Paste the links" in ask(running, "check").text()


def test_status_shows_employees_only_their_own_complaints(running):
    mine = complaint_of(running.services, EMPLOYEE)
    theirs = complaint_of(running.services, OTHER)
    shown = ask(running, "status", user=EMPLOYEE).text()
    assert f"*{mine.id}*" in shown and f"*{theirs.id}*" not in shown
    refused = ask(running, f"status {theirs.id}", user=EMPLOYEE).text()
    assert "belongs to someone else" in refused and "ACME" not in refused


@pytest.mark.parametrize("user", [LEGAL, SUPPORT])
def test_status_shows_legal_and_support_every_complaint(running, user):
    first = complaint_of(running.services, EMPLOYEE)
    second = complaint_of(running.services, OTHER)
    shown = ask(running, "status", user=user).text()
    assert f"*{first.id}*" in shown and f"*{second.id}*" in shown
    one = ask(running, f"status {second.id}", user=user).text()
    assert f"Complaint {second.id}" in one and "ACME" in one and f"owner: <@{OTHER}>" in one and "slack:" not in one


def test_status_of_a_complaint_that_does_not_exist(running):
    shown = ask(running, "status 999", user=LEGAL).text()
    assert "999" in shown and "reference" not in shown


def test_due_lists_what_falls_due_for_those_who_may_see_it(running):
    urgent = complaint_of(running.services, OTHER, our_response_in_days=2)
    for_legal = ask(running, "due", user=LEGAL).text()
    assert f"complaint {urgent.id}" in for_legal and "Our response" in for_legal and "(2 days left)" in for_legal
    for_employee = ask(running, "due", user=EMPLOYEE).text()
    assert f"complaint {urgent.id}" not in for_employee and "Nothing falls due" in for_employee
    assert f"complaint {urgent.id}" in ask(running, "due 3", user=OTHER).text()


@pytest.mark.parametrize("days", ["soon", "-1", "9999"])
def test_due_with_bad_days_explains(running, days):
    assert "days" in ask(running, f"due {days}", user=LEGAL).text()


def test_new_opens_the_complaint_form_with_the_registry_rights(running):
    right = add_right(running.services)
    running.sender.command("new")
    view = running.stub.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == "complaint_form"
    options = next(block for block in view["blocks"] if block["block_id"] == "right")["element"]["options"]
    assert [o["value"] for o in options] == [right.right.id]


def test_new_without_a_right_in_the_registry_says_to_add_one(running):
    running.sender.command("new")
    view = running.stub.wait_for("views.open")[0].params["view"]
    assert "rights add" in str(view) and "submit" not in view


def test_appeal_opens_the_triage_form_for_legal_and_support(running):
    running.sender.command("appeal", user=SUPPORT)
    view = running.stub.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == "appeal_form"


def test_appeal_is_refused_to_employees(running):
    shown = ask(running, "appeal", user=EMPLOYEE).text()
    assert "legal and support" in shown
    assert running.stub.calls_to("views.open") == []


def test_commands_outside_the_allowed_channels_are_turned_away_in_the_ack(start_app):
    running = start_app(slack_allowed_channels=["CALLOWED"])
    sent = running.sender.command("status", user=LEGAL, channel="COTHER")
    assert sent.status == 200 and "not enabled in this channel" in sent.json()["text"]
    running.stub.quiet(0.3)
    assert running.stub.calls_to("response_url") == []
    assert "/ipr docs" in ask(running, "help", channel="CALLOWED").text()


def test_people_outside_the_employee_list_are_refused_in_the_ack(start_app):
    running = start_app(slack_employees=["UONLY"])
    refused = running.sender.command("help", user=OTHER)
    assert refused.status == 200 and "not set up to use ipr-assistant" in refused.json()["text"]
    assert refused.json()["response_type"] == "ephemeral"
    assert "/ipr docs" in ask(running, "help", user="UONLY").text()
    running.stub.quiet(0.3)
    assert len(running.stub.calls_to("response_url")) == 1  # only the answer to the person set up
