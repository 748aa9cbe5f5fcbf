"""One error handler for the whole app (Bolt's ``App.error``): whatever a listener or middleware raises reaches the
person privately, in plain words, where they asked. Listeners raise; none catches errors itself.

A problem that is the person's to fix (bad input, a refusal, something not found) says what and how, with no
reference id. An unexpected failure says only that something went wrong and nothing was changed, with a reference
id that is also in the log beside the details. Never a traceback or a folder of the server.
"""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_sdk.errors import SlackApiError

from assistant.errors import IprError
from integrations.slack import blocks as b
from integrations.slack.conversation import hide
from integrations.slack.privately import tell
from integrations.slack.wiring import SlackWiring

log = logging.getLogger("ipr_assistant.slack")

SOMETHING_WENT_WRONG = "Something went wrong on our side; nothing was changed."
DISPATCHED = "ipr_dispatched"  # context key: set once Bolt has decided the request's HTTP response
ACK_WAIT_SECONDS = 5.0


class ReportingApp(App):
    """Bolt's App, answering Slack with the acknowledgement a listener gave even when the listener fails after it.

    With process_before_response=False, when a listener that acknowledged itself (a command, button, form or
    shortcut) raises, Bolt's thread runner (slack_bolt/listener/thread_runner.py) marks the response it shares with
    the request thread as a 500 (sometimes the very acknowledgement object), calls the error handler, then resets the
    acknowledgement to None; the request thread, polling every 10 ms, may send Slack a 500, or a 404 after 3 s,
    instead of the 200 already given. So the error handler holds on until the response is decided (``DISPATCHED``),
    and the response sent is a copy of the acknowledgement, which nothing changes afterwards.
    """

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        dispatched = threading.Event()
        req.context[DISPATCHED] = dispatched
        try:
            response = super().dispatch(req)
            acknowledged = getattr(req.context.ack, "response", None)
            if acknowledged is None:
                return response
            return BoltResponse(status=200, body=acknowledged.body, headers=acknowledged.headers)  # an ack is a 200
        finally:
            dispatched.set()


def error_reply(wiring: SlackWiring, error: BaseException) -> tuple[list[dict[str, Any]], str]:
    """The blocks and fallback text that tell a person about ``error`` (logged with its reference when unexpected)."""
    if isinstance(error, IprError):
        message = hide(wiring, error.message)
        hint = hide(wiring, error.hint) if error.hint else None
        reference = error.reference if error.unexpected else None
        if reference:
            log.error("request failed (reference %s): %s", reference, error.message, exc_info=error)
        return b.error_blocks(message, reference, hint), message
    reference = uuid.uuid4().hex[:8]
    log.error("request failed (reference %s)", reference, exc_info=error)
    return b.error_blocks(SOMETHING_WENT_WRONG, reference), "Something went wrong."


def register(app: App, wiring: SlackWiring) -> None:
    @app.error
    def tell_the_person(
        error: Exception, body: dict[str, Any], client: Any, respond: Any, context: BoltContext, response: BoltResponse | None
    ) -> None:
        blocks, text = error_reply(wiring, error)
        try:
            if body.get("command") and respond is not None:
                respond(blocks=blocks, text=text, response_type="ephemeral", replace_original=False)
            else:
                tell(client, body, blocks, text)
        except SlackApiError:
            log.exception("could not tell the person about an error")
        dispatched = context.get(DISPATCHED)
        if response is None and dispatched is not None:  # the listener had acknowledged: see ReportingApp
            dispatched.wait(ACK_WAIT_SECONDS)
