"""The app manifest asks for exactly the scopes the code uses; the runner picks Socket Mode or HTTP from the settings
and refuses to start without what that mode needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from assistant.config import load_settings
from assistant.errors import ConfigurationError
from integrations.slack.listeners.shortcuts import CHECK_LINKS_SHORTCUT
from integrations.slack.runner import check_settings

ROOT = Path(__file__).resolve().parents[3]
MANIFEST = yaml.safe_load((ROOT / "slack" / "manifest.yaml").read_text())
# Which scope each Web API method the app calls needs (Slack's method reference).
SCOPE_OF_METHOD = {
    "chat_postMessage": "chat:write",
    "chat_postEphemeral": "chat:write",
    "chat_update": "chat:write",
    "chat_stream": "chat:write",
    "assistant_threads_setStatus": "assistant:write",
    "assistant_threads_setSuggestedPrompts": "assistant:write",
    "usergroups_users_list": "usergroups:read",
    "files_upload_v2": "files:write",
    "views_open": None,  # needs a trigger id, no scope
    "conversations_replies": ("channels:history", "groups:history"),  # a thread's earlier messages, public or private channel
}
SCOPE_OF_EVENT = {"app_mention": "app_mentions:read", "message.im": "im:history", "app_home_opened": None}


def methods_called() -> set[str]:
    source = "\n".join(path.read_text() for path in (ROOT / "integrations" / "slack").rglob("*.py"))
    return set(re.findall(r"client\.([a-zA-Z_0-9]+)\(", source))


def test_every_method_the_app_calls_has_its_scope_and_no_scope_is_spare():
    called = methods_called()
    unknown = called - set(SCOPE_OF_METHOD)
    assert not unknown, f"add these methods (and their scopes) to the manifest check: {unknown}"
    scopes = [SCOPE_OF_METHOD[m] for m in called]
    needed = {s for scope in scopes for s in (scope if isinstance(scope, tuple) else (scope,))}
    needed |= {SCOPE_OF_EVENT[e] for e in MANIFEST["settings"]["event_subscriptions"]["bot_events"]}
    needed |= {"commands"}  # the /ipr command and the message shortcut
    if "url_private_download" in (ROOT / "integrations" / "slack" / "files.py").read_text():
        needed |= {"files:read"}  # files shared in the appeal form, downloaded with the bot token
    needed.discard(None)
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == needed


def test_the_manifest_declares_what_the_listeners_handle():
    assert set(MANIFEST["settings"]["event_subscriptions"]["bot_events"]) == set(SCOPE_OF_EVENT)
    assert [c["command"] for c in MANIFEST["features"]["slash_commands"]] == ["/ipr"]
    assert [s["callback_id"] for s in MANIFEST["features"]["shortcuts"]] == [CHECK_LINKS_SHORTCUT]
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True
    assert MANIFEST["features"]["app_home"]["messages_tab_enabled"] is True
    assert MANIFEST["features"]["agent_view"]["suggested_prompts"]


def test_socket_mode_when_an_app_token_is_set_else_http():
    assert check_settings(load_settings(slack_bot_token="xoxb-1", slack_app_token="xapp-1")) == "socket"
    assert check_settings(load_settings(slack_bot_token="xoxb-1", slack_signing_secret="s")) == "http"


@pytest.mark.parametrize("settings", [{}, {"slack_bot_token": "xoxb-1"}, {"slack_app_token": "xapp-1"}])
def test_missing_tokens_are_a_configuration_error(settings):
    with pytest.raises(ConfigurationError):
        check_settings(load_settings(**settings))


def test_the_cli_command_refuses_to_start_without_tokens(monkeypatch):
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    from integrations.cli.app import app

    result = CliRunner().invoke(app, ["slack", "--port", "3999"])
    assert isinstance(result.exception, ConfigurationError)
    assert "SLACK_BOT_TOKEN" in result.exception.message
    assert result.exception.exit_code == 2
