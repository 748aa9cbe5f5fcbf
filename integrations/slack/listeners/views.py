"""Form submissions. A form's answer must come with the acknowledgement, so the deterministic checks (the listing
checker and the validation rules: no retrieval, no model) run before it and their errors appear beside the fields
(response_action="errors"). Everything else (holding the change, the appeal triage, posting) runs after the ack;
what fails there reaches the person through the app's error handler (errors.py), in their direct messages.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from assistant.agent.tools import to_data
from assistant.domain.appeals import recording
from assistant.errors import BadInput
from assistant.services.appeals import recording_check
from integrations.slack import blocks as b
from integrations.slack.access import requires
from integrations.slack.complaint_form import read_appeal_form, read_complaint_form
from integrations.slack.conversation import hide
from integrations.slack.forms import (
    appeal_form_errors,
    appeal_recording_args,
    check_complaint_form,
    hold_for_confirmation,
    hold_recording,
    load_appeal_target,
    triage_appeal_form,
)
from integrations.slack.modals import APPEAL_FORM, COMPLAINT_FORM
from integrations.slack.roles import Action
from integrations.slack.wiring import SlackWiring


def register(app: App, wiring: SlackWiring) -> None:
    @app.view(COMPLAINT_FORM, middleware=[requires(Action.CONVERSE, form_field="site")])
    def complaint_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: Any, context: BoltContext) -> None:
        access = context["access"]
        complaint, errors = check_complaint_form(wiring, read_complaint_form(view["state"]["values"]))
        if errors:
            ack(response_action="errors", errors=errors)
            return
        ack()
        user = body["user"]["id"]
        thread_id = f"slack-form-{view['id']}"
        change = hold_for_confirmation(wiring, access, complaint, thread_id)
        wiring.store.remember_change(change.id, thread_id, user, user)
        blocks = [b.section("The rules find no errors in this complaint. Save it as a draft and write its filing package?")]
        blocks += b.confirmation_blocks(thread_id, change.id, hide(wiring, change.summary), user)
        response = client.chat_postMessage(channel=user, blocks=blocks, text="Please confirm the new complaint draft.")
        wiring.store.set_change_message(change.id, response.get("channel") or user, response["ts"])

    @app.view(APPEAL_FORM, middleware=[requires(Action.TRIAGE_APPEALS, form_field="complaint")])
    def appeal_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: Any, context: BoltContext) -> None:
        form = read_appeal_form(view["state"]["values"])
        errors = appeal_form_errors(form)
        target = None
        if not errors:
            target, errors = load_appeal_target(wiring, form)
        if errors:
            ack(response_action="errors", errors=errors)
            return
        ack()
        user = body["user"]["id"]
        try:
            result = triage_appeal_form(wiring, target, form)
        except BadInput as refusal:  # a receipt day after today: the service's own words, as the CLI and the chat say them
            client.chat_postMessage(channel=user, text=f"{refusal.message} To triage it, open the appeal form again (/ipr appeal) with "
                                    "the day the counter-notice reached us.")
            return
        client.chat_postMessage(channel=user, blocks=b.triage_blocks(to_data(result)), text=f"Appeal triage: {result.recommendation_label}.")
        # Recording it on the complaint is offered for confirmation; the triage itself recorded nothing. What recording
        # would refuse (the complaint's state, the same text already recorded, a receipt day that cannot be) is said and
        # never offered; a day before the last round is asked about in the confirmation (assistant/services/appeals.py).
        check = recording_check(target, form.counter_notice, result.received_on)
        if check.verdict in (recording.COMPLAINT_NOT_OPEN, recording.ALREADY_RECORDED, recording.NOT_CONTESTED):
            client.chat_postMessage(channel=user, text=check.message if check.verdict == recording.ALREADY_RECORDED
                                    else f"Nothing was recorded: {check.message}")
            return
        if check.refused:
            client.chat_postMessage(channel=user, text=f"Nothing was recorded: {check.message} To record it, open the appeal form again "
                                    "(/ipr appeal) with the day the counter-notice reached us.")
            return
        thread_id = f"slack-appeal-{view['id']}"
        args = appeal_recording_args(form, result, target) | {"before_last_round": check.verdict == recording.BEFORE_LAST_ROUND}
        change = hold_recording(wiring, context["access"], thread_id, args, result)
        wiring.store.remember_change(change.id, thread_id, user, user)
        blocks = [b.section("Nothing was recorded. Record this counter-notice on the complaint?")]
        blocks += b.confirmation_blocks(thread_id, change.id, hide(wiring, change.summary), user)
        response = client.chat_postMessage(channel=user, blocks=blocks, text="Record the counter-notice on the complaint?")
        wiring.store.set_change_message(change.id, response.get("channel") or user, response["ts"])
