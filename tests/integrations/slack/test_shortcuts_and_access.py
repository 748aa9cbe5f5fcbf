"""The "Check listing links" message shortcut, the channel allow-list for conversations, and roles from user groups."""

from __future__ import annotations

from assistant.config import load_settings
from assistant.domain.listing_urls import check_listing_urls
from integrations.slack.roles import Access, Action, Role, RoleDirectory
from tests.fakes.slack_api_stub import SlackApiStub
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL, SUPPORT, SUPPORT_GROUP

MESSAGE = "Seen today: <https://www.aliexpress.com/item/1005001234567890.html> and <https://aliexpress.com.example.net/item/1.html>"


def test_the_shortcut_replies_privately_with_the_url_report(running):
    assert running.sender.message_shortcut(MESSAGE, user=EMPLOYEE, channel="C0009").status == 200
    reply = running.stub.wait_for("chat.postEphemeral")[0]
    assert (reply.params["channel"], reply.params["user"]) == ("C0009", EMPLOYEE)
    report = check_listing_urls("https://www.aliexpress.com/item/1005001234567890.html https://aliexpress.com.example.net/item/1.html")
    assert f"{report.summary.ok} of {report.summary.total} can be filed" in reply.text()
    assert running.stub.calls_to("chat.postMessage") == []


def test_the_shortcut_falls_back_to_a_direct_message_where_the_app_is_not_a_member(running):
    running.stub.fail("chat.postEphemeral", "not_in_channel")
    running.sender.message_shortcut(MESSAGE, user=EMPLOYEE, channel="C0009")
    fallback = running.stub.wait_for("chat.postMessage")[0]
    assert fallback.params["channel"] == EMPLOYEE and "can be filed" in fallback.text()


def test_mentions_outside_the_allowed_channels_are_ignored_and_direct_messages_answered(start_app):
    running = start_app(slack_allowed_channels=["CALLOWED"])
    assert running.sender.mention("hello", channel="COTHER").status == 200
    running.stub.quiet(0.4)
    assert running.stub.work_calls() == []
    running.sender.mention("hello", channel="CALLOWED")
    running.sender.message("hello", channel="D0002")
    posted = running.stub.wait_for("chat.postMessage", 2)
    assert {call.params["channel"] for call in posted} == {"CALLOWED", "D0002"}


def test_roles_come_from_user_ids_and_group_members_looked_up_once():
    with SlackApiStub() as stub:
        stub.groups[SUPPORT_GROUP] = [SUPPORT]
        from slack_sdk import WebClient

        settings = load_settings(slack_legal=[LEGAL], slack_support=[SUPPORT_GROUP], slack_employees=["SSTAFF"])
        stub.groups["SSTAFF"] = [EMPLOYEE]
        directory = RoleDirectory(settings, WebClient(token="xoxb-t", base_url=stub.api_url))
        assert directory.roles_of(LEGAL) == {Role.LEGAL, Role.EMPLOYEE}
        assert directory.roles_of(SUPPORT) == {Role.SUPPORT, Role.EMPLOYEE}
        assert directory.roles_of(EMPLOYEE) == {Role.EMPLOYEE}
        assert directory.roles_of("UNOBODY") == frozenset()
        lookups = len(stub.calls_to("usergroups.users.list"))
        directory.roles_of(SUPPORT), directory.roles_of(EMPLOYEE)
        assert len(stub.calls_to("usergroups.users.list")) == lookups  # cached


def test_an_unreadable_group_grants_nothing():
    with SlackApiStub() as stub:
        stub.fail("usergroups.users.list", "missing_scope")
        from slack_sdk import WebClient

        settings = load_settings(slack_legal=["SLEGALGROUP"])
        access = Access("UANY", RoleDirectory(settings, WebClient(token="xoxb-t", base_url=stub.api_url)))
        assert not access.may(Action.CONFIRM_ANY_CHANGE)
        assert access.may(Action.CONVERSE)  # with no employee list, everyone may ask
        assert not access.may_see_complaint("slack:USOMEONE") and access.may_see_complaint("slack:UANY")


def test_the_shortcut_is_for_people_set_up_to_use_the_assistant(start_app, stub):
    stub.groups["SSTAFF"] = [EMPLOYEE]
    running = start_app(slack_employees=["SSTAFF"])
    assert running.sender.message_shortcut(MESSAGE, user="UOUTSIDER", channel="C0009").status == 200
    refusal = running.stub.wait_for("chat.postEphemeral")[0]
    assert refusal.params["user"] == "UOUTSIDER" and "not set up" in refusal.text() and "can be filed" not in refusal.text()
    running.sender.message_shortcut(MESSAGE, user=EMPLOYEE, channel="C0009")
    report = running.stub.wait_for("chat.postEphemeral", 2)[1]
    assert report.params["user"] == EMPLOYEE and "can be filed" in report.text()
