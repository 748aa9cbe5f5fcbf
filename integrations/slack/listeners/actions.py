"""Buttons: Confirm / Cancel of a pending change (only the person who asked, or legal) and the feedback votes."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk.errors import SlackApiError

from integrations.slack import blocks as b
from integrations.slack.access import requires
from integrations.slack.conversation import Turn, afresh, decide_change, post_private
from integrations.slack.feedback import REASON_VIEW, persona_of, read_button_value, read_reason, reason_view, voted_on
from integrations.slack.middleware import is_direct_message
from integrations.slack.roles import Action
from integrations.slack.wiring import SlackWiring

log = logging.getLogger(__name__)
_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_TS_RE = re.compile(r"^\d{1,12}\.\d{1,8}$")
UNKNOWN_CHANGE = "I do not know this change any more; nothing was changed. Ask again in the conversation."


def read_change_value(value: str | None) -> tuple[str, str] | None:
    """(thread id, change id) from a Confirm / Cancel button's value; None when it is not one of ours."""
    try:
        data = json.loads(value or "")
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    thread, change = data.get("thread"), data.get("change")
    if not (isinstance(thread, str) and isinstance(change, str) and _ID_RE.match(thread) and _ID_RE.match(change)):
        return None
    return thread, change


def _turn(body: dict[str, Any]) -> Turn:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or ""
    message = body.get("message") or {}
    thread_ts = message.get("thread_ts") or message.get("ts") or (body.get("container") or {}).get("message_ts") or ""
    return Turn(channel=channel, thread_ts=thread_ts, user=body["user"]["id"], text="", private=is_direct_message(channel))


def register(app: App, wiring: SlackWiring) -> None:
    def decide(approved: bool, body: dict[str, Any], action: dict[str, Any], client: Any, context: BoltContext) -> None:
        turn = _turn(body)
        parsed = read_change_value(action.get("value"))
        request = wiring.store.change(parsed[1]) if parsed else None
        if parsed is None or request is None or request.thread_id != parsed[0]:
            post_private(client, turn, [b.section(UNKNOWN_CHANGE)], UNKNOWN_CHANGE)
            return
        message_ts = (body.get("message") or {}).get("ts") or (body.get("container") or {}).get("message_ts")
        decide_change(wiring, client, context["access"], request, parsed[1], approved, turn,
                      clicked=(turn.channel, message_ts) if message_ts else None)

    @app.action(b.CONFIRM_ACTION, middleware=[requires(Action.CONVERSE)])
    def confirm(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: Any, context: BoltContext) -> None:
        ack()
        decide(True, body, action, client, context)

    @app.action(b.CANCEL_ACTION, middleware=[requires(Action.CONVERSE)])
    def cancel(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: Any, context: BoltContext) -> None:
        ack()
        decide(False, body, action, client, context)

    @app.action(b.AFRESH_ACTION, middleware=[requires(Action.CONVERSE)])
    def start_afresh(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: Any, context: BoltContext) -> None:
        """"Start afresh" under the note that a direct message carried on the open draft."""
        ack()
        turn = replace(_turn(body), thread_ts=str(action.get("value") or ""))
        if not (turn.private and _TS_RE.match(turn.thread_ts)):
            return
        afresh(wiring, client, context["access"], turn)
        message_ts = (body.get("message") or {}).get("ts") or (body.get("container") or {}).get("message_ts")
        if message_ts and wiring.conversations.exists(turn.own_thread_id):
            try:
                client.chat_update(channel=turn.channel, ts=message_ts, blocks=b.afresh_note_blocks(), text="Started afresh.")
            except SlackApiError:
                pass  # the note keeps its button; pressing it again says the thread is its own already

    _register_feedback(app, wiring)


def _register_feedback(app: App, wiring: SlackWiring) -> None:
    """The Helpful / Not helpful buttons under an answer, and the reason typed after a vote."""

    @app.action(b.FEEDBACK_ACTION, middleware=[requires(Action.CONVERSE)])
    def feedback(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: Any, context: BoltContext) -> None:
        """A thumbs up or down on an answer, stored with what it was on (one vote per person and answer; Slack shows
        the choice); then a small modal asks for an optional reason."""
        ack()
        parsed = read_button_value(action.get("value"))
        if parsed is None:
            return
        vote, thread_id, position = parsed
        turn = _turn(body)
        message_ts = (body.get("message") or {}).get("ts") or (body.get("container") or {}).get("message_ts") or ""
        shown = voted_on(wiring.conversations, thread_id, position)
        wiring.store.record_vote(turn.channel, message_ts, turn.user, vote, thread_id, voted_on=shown, persona=persona_of(context["access"]))
        if body.get("trigger_id"):
            try:
                client.views_open(trigger_id=body["trigger_id"], view=reason_view(turn.channel, message_ts, vote))
            except SlackApiError as error:  # the vote is kept; the reason is optional
                log.info("could not ask for a feedback reason: %s", error.response.get("error"))

    @app.view(REASON_VIEW, middleware=[requires(Action.CONVERSE, form_field="reason")])
    def feedback_reason(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        """The reason typed after a vote, added to that vote (an empty one leaves the vote as it was)."""
        ack()
        read = read_reason(view)
        if read is None or not read[2]:
            return
        channel, message_ts, reason = read
        wiring.store.give_reason(channel, message_ts, body["user"]["id"], reason)
