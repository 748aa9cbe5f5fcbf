"""Conversations: the app's Messages tab (suggested prompts on open), direct messages, and @mentions in channels.

Events are acknowledged by Bolt before these run (process_before_response=False), so nothing here delays the ack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk.errors import SlackApiError

from integrations.slack import blocks as b
from integrations.slack.access import requires
from integrations.slack.continuity import asks_to_start_afresh, continuation_for
from integrations.slack.conversation import Turn, afresh, answer_in_thread
from integrations.slack.escape import from_slack
from integrations.slack.roles import Action
from integrations.slack.thread_history import fetch
from integrations.slack.wiring import SlackWiring

# Message subtypes that are people writing; edits, joins, bot posts and the like are not.
_PERSON_SUBTYPES = {None, "file_share", "thread_broadcast"}


def register(app: App, wiring: SlackWiring) -> None:
    @app.event("app_home_opened")
    def messages_tab_opened(event: dict[str, Any], client: Any, logger: Any) -> None:
        """Offer the suggested prompts when someone opens the app's Messages tab."""
        if event.get("tab") != "messages" or not event.get("channel"):
            return
        try:
            client.assistant_threads_setSuggestedPrompts(
                channel_id=event["channel"], title="What can I help with?", prompts=b.SUGGESTED_PROMPTS
            )
        except SlackApiError as error:
            logger.info("could not set the suggested prompts: %s", error.response.get("error"))

    # A person's messages are picked before the access check, so nothing is ever said to a bot or about an edit.
    @app.event("message", middleware=[only(person_in_direct_message), requires(Action.CONVERSE)])
    def direct_message(event: dict[str, Any], client: Any, context: BoltContext) -> None:
        """A message in the app's direct messages (or its Messages tab): answered in its thread."""
        turn = _turn(event, context, private=True)
        if turn is None or not (turn.text or turn.files):
            return
        if asks_to_start_afresh(turn.text):
            afresh(wiring, client, context["access"], turn)
            return
        found = continuation_for(wiring, turn.channel, turn.thread_ts)
        if found is not None:
            turn = replace(turn, conversation=found.conversation, continued=found.description if found.first else None)
        answer_in_thread(wiring, client, context["access"], turn)

    @app.event("app_mention", middleware=[only(person_mentions), requires(Action.CONVERSE)])
    def mention(event: dict[str, Any], client: Any, context: BoltContext) -> None:
        """An @mention in a channel: answered in the thread it started (or was part of)."""
        turn = _turn(event, context, private=False)
        if turn is None or not (turn.text or turn.files):
            return
        midway = isinstance(event.get("thread_ts"), str) and event.get("thread_ts") != event.get("ts")
        if midway and not wiring.conversations.exists(turn.thread_id):
            earlier = fetch(client, turn.channel, turn.thread_ts, str(event.get("ts")), asker=turn.user, bot_user_id=context.bot_user_id)
            turn = replace(turn, earlier=earlier)
        answer_in_thread(wiring, client, context["access"], turn)


def only(wanted: Callable[[dict[str, Any], BoltContext], bool]) -> Callable[..., BoltResponse | None]:
    """Listener middleware: events that are not ``wanted`` are acknowledged and dropped, silently (a matcher would
    leave them 'unhandled', logged as a warning each time)."""

    def pick(event: dict[str, Any], context: BoltContext, next: Callable[[], None]) -> BoltResponse | None:  # noqa: A002
        return next() if wanted(event, context) else BoltResponse(status=200, body="")

    return pick


def person_in_direct_message(event: dict[str, Any], context: BoltContext) -> bool:
    """A person writing in the app's direct messages, with something to answer."""
    if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype") not in _PERSON_SUBTYPES:
        return False
    turn = _turn(event, context, private=True)
    return turn is not None and bool(turn.text or turn.files)  # shared files alone are kept for an appeal triage


def person_mentions(event: dict[str, Any], context: BoltContext) -> bool:
    """A person mentioning the app, with something to answer."""
    turn = None if event.get("bot_id") else _turn(event, context, private=False)
    return turn is not None and bool(turn.text or turn.files)


def _turn(event: dict[str, Any], context: BoltContext, *, private: bool) -> Turn | None:
    """The turn an event asks for; None when it lacks what every real one has (a channel, a ts, text as a string)."""
    channel, ts, text = event.get("channel"), event.get("thread_ts") or event.get("ts"), event.get("text")
    if not (isinstance(channel, str) and channel and isinstance(ts, str) and ts and isinstance(text, str | None)):
        return None
    return Turn(
        channel=channel,
        thread_ts=ts,
        user=event.get("user") if isinstance(event.get("user"), str) else "",
        text=from_slack(text, bot_user_id=context.bot_user_id),
        team=event.get("team") or context.team_id,
        private=private,
        # Files shared with the message (a seller's documents for an appeal triage): Slack file objects, at most ten.
        files=tuple(f for f in (event.get("files") or []) if isinstance(f, dict))[:10],
    )
