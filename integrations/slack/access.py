"""One access check, as Bolt listener middleware: every listener that acts for a person is registered with
``middleware=[requires(action)]`` (tests/integrations/slack/test_access_and_errors.py fails for one without it).

Someone who may not do what the listener does gets a refusal only they see and no listener runs: a slash command
in its acknowledgement, a form as an error beside one of its fields, anything else privately where they asked.
The check runs before the acknowledgement, so a role held through a user group may wait for one look-up of the
group's members (kept for a few minutes, roles.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltResponse

from integrations.slack import blocks as b
from integrations.slack.privately import tell
from integrations.slack.roles import Action

NOT_SET_UP = "You are not set up to use ipr-assistant yet. Ask legal to add you (or your team's user group) to its settings."
REFUSALS: dict[Action, str] = {
    Action.CONVERSE: NOT_SET_UP,
    Action.TRIAGE_APPEALS: "Appeal triage is for legal and support.",
    Action.SEE_ALL_COMPLAINTS: "This is for legal and support.",
    Action.CONFIRM_ANY_CHANGE: "Only legal may do this.",
}


def requires(action: Action, *, form_field: str | None = None) -> Callable[..., BoltResponse | None]:
    """Listener middleware: the listener runs only for people who may do ``action`` (roles.POLICY); a form's refusal
    is shown beside ``form_field``."""
    refusal = REFUSALS[action]

    def access_check(body: dict[str, Any], context: BoltContext, client: Any, next: Callable[[], None]) -> BoltResponse | None:  # noqa: A002
        if context["access"].may(action):
            return next()
        if body.get("command"):
            return BoltResponse(status=200, body={"response_type": "ephemeral", "text": refusal})
        if body.get("type") == "view_submission":
            return BoltResponse(status=200, body={"response_action": "errors", "errors": {form_field or "": refusal}})
        tell(client, body, b.error_blocks(refusal), refusal)
        return BoltResponse(status=200, body="")

    access_check.required = action  # type: ignore[attr-defined] - read by the test that every listener is guarded
    return access_check
