"""The forms' use cases: open the complaint form with the team's rights, check a submitted complaint with the core's
rules (the listing checker, then validate_complaint), hold a valid one for confirmation, and triage a pasted appeal.
"""

from __future__ import annotations

from typing import Any

from assistant.agent import confirmation
from assistant.agent.draft import draft_from_complaint
from assistant.agent.tools import ToolContext
from assistant.domain.appeals import AppealAttachment, AppealTriage, named_only
from assistant.domain.document_rules import document_rules
from assistant.domain.models import Complaint
from assistant.errors import BadInput, NotFound
from assistant.files.limits import Limits
from assistant.services.appeals import SellerSubmission, attachment_from_data, read_complaint_from_store, triage
from assistant.services.rights import RightsRegistry
from integrations.slack.complaint_form import (
    AppealForm,
    ComplaintForm,
    complaint_from_form,
    link_errors,
    missing_fields,
    validation_errors,
)
from integrations.slack.files import download_all
from integrations.slack.modals import complaint_modal, no_rights_modal
from integrations.slack.roles import Access
from integrations.slack.wiring import SlackWiring

COMPLAINT_FORM_BLOCKS = {"site", "right", "reason", "links", "evidence", "order_number", "complainant"}


def rights_registry(wiring: SlackWiring) -> RightsRegistry:
    """The team's rights registry over the complaints service's store (the services carry no registry of their own)."""
    return RightsRegistry(wiring.services.complaints.store)


def evidence_kinds() -> list[tuple[str, str]]:
    """The documents a complaint itself carries, from the rules (plus the power of attorney an agent needs)."""
    return [(doc.id, doc.name) for doc in document_rules().documents if doc.stage == "complaint" or doc.id == "power_of_attorney"]


def complaint_form_view(wiring: SlackWiring, *, private_metadata: str = "") -> dict[str, Any]:
    """The complaint form with the registry's rights, or a note saying the registry must hold one first."""
    records = rights_registry(wiring).list()
    if not records:
        return no_rights_modal()
    choices = [
        (record.right.id, f"{record.right.name} ({record.right.ip_type.value} {record.right.registration_number or 'unregistered'})")
        for record in records
    ]
    return complaint_modal(choices, evidence_kinds(), private_metadata=private_metadata)


def check_complaint_form(wiring: SlackWiring, form: ComplaintForm) -> tuple[Complaint | None, dict[str, str]]:
    """The complaint the form describes and the field errors the rules find (empty when it may be saved)."""
    errors = missing_fields(form)
    if errors:
        return None, errors
    try:
        right = rights_registry(wiring).show(form.right_id).right
    except NotFound:
        return None, {"right": "That right is no longer in the registry; choose another."}
    if not right.owner and not form.complainant:
        return None, {"complainant": "The registry does not say who owns this right: give the legal name of whoever files."}
    try:
        report = wiring.services.check_listing_urls(form.links, form.site)
    except BadInput as error:  # links the checker cannot read at all (e.g. far too many): said beside them
        return None, {"links": error.message[:600]}
    problem = link_errors(report)
    if problem:
        return None, {"links": problem}
    complaint = complaint_from_form(form, right, report)
    return complaint, validation_errors(wiring.services.validate_complaint(complaint), COMPLAINT_FORM_BLOCKS)


def hold_for_confirmation(wiring: SlackWiring, access: Access, complaint: Complaint, thread_id: str) -> Any:
    """Put the checked complaint in a conversation of its own and propose saving it and writing its filing package;
    nothing is saved or written before Confirm."""
    services = wiring.services_for(access)
    with wiring.conversation_lock(thread_id):
        session = wiring.session(thread_id, services)
        session.state.draft = draft_from_complaint(complaint, None)
        session.state.topic, session.state.expecting = "complaint", "confirmation"
        # As in the chat: saving comes with the filing package (its statement included), shared once confirmed.
        package = str(services.packages_dir / thread_id)
        calls = [("start_complaint_draft", {}), ("export_filing_package", {"out_dir": package})]
        change = confirmation.propose(ToolContext(services, session.state), calls)
        wiring.conversations.save(session.state)
    return change


def hold_recording(wiring: SlackWiring, access: Access, thread_id: str, args: dict[str, Any], result: AppealTriage | None = None) -> Any:
    """Propose recording the triaged counter-notice on its complaint (status counter_notice_received, with our
    deadline), in a conversation of its own, keeping what the triage (``result``) read in the files; nothing is
    recorded before Confirm."""
    from assistant.services.appeals import documents_to_keep

    services = wiring.services_for(access)
    with wiring.conversation_lock(thread_id):
        session = wiring.session(thread_id, services)
        session.state.topic, session.state.expecting = "appeal", "confirmation"
        session.state.triaged_files = documents_to_keep(result)
        change = confirmation.propose(ToolContext(services, session.state), [("record_counter_notice", args)])
        wiring.conversations.save(session.state)
    return change


def appeal_form_errors(form: AppealForm) -> dict[str, str]:
    errors = {}
    if not form.complaint_id:
        errors["complaint"] = "Give the id of the complaint the seller answers (see /ipr status)."
    if not form.counter_notice.strip():
        errors["counter_notice"] = "Paste the seller's counter-notice."
    return errors


def load_appeal_target(wiring: SlackWiring, form: AppealForm) -> tuple[Any, dict[str, str]]:
    """The complaint the appeal answers, from the team's store; a field error when there is none."""
    try:
        return read_complaint_from_store(form.complaint_id, wiring.settings, lambda: wiring.services.complaints.store), {}
    except (NotFound, BadInput) as error:
        return None, {"complaint": error.message[:600]}


def shared_attachments(wiring: SlackWiring, files: list[dict[str, Any]]) -> tuple[list[AppealAttachment], list[str]]:
    """Files shared in Slack (in the form or the thread), downloaded with the bot token and read in memory."""
    attachments, notices = [], []
    token = wiring.settings.slack_bot_token.get_secret_value() if wiring.settings.slack_bot_token else ""
    for shared in download_all(files, token=token, api_url=wiring.settings.slack_api_url):
        if shared.data is None:
            attachments.append(AppealAttachment(name=shared.name))
            notices.append(f"{shared.name}: {shared.problem}.")
            continue
        attachment, more = attachment_from_data(shared.name, shared.data, Limits.from_settings(wiring.settings))
        attachments.append(attachment)
        notices += more
    return attachments, notices


def triage_appeal_form(wiring: SlackWiring, target: Any, form: AppealForm) -> AppealTriage:
    """The core's appeal triage over the pasted text and the files shared in the form (downloaded with the bot token,
    read in memory). Pure otherwise: it changes nothing."""
    attachments, notices = shared_attachments(wiring, form.files)
    attachments += [named_only(name) for name in form.attachments]
    submission = SellerSubmission(text=form.counter_notice, attachments=attachments, notices=notices)
    return triage(target, submission, received_on=form.received_on, received_said=form.received_said or None, settings=wiring.settings)


def keep_shared_files(wiring: SlackWiring, access: Access, state: Any, files: list[dict[str, Any]]) -> list[str]:
    """Files shared in a thread's message, for the thread's next appeal triage: downloaded with the bot token (Web
    API), read in memory and kept with the conversation as data. Only for people who may triage appeals. Returns
    the names kept."""
    from integrations.slack.roles import Action

    if not files or not access.may(Action.TRIAGE_APPEALS):
        return []
    attachments, notices = shared_attachments(wiring, files)
    state.shared_files = [
        {"name": a.name, "text": a.text, "read_with": a.read_with,
         "notices": [n for n in notices if n.startswith(f"{a.name}:") or a.name in n][:3]}
        for a in attachments
    ][:10]
    return [a.name for a in attachments]


def appeal_recording_args(form: AppealForm, result: AppealTriage, target: Any = None) -> dict[str, Any]:
    """What confirming 'record it' will record: the form's text, the triage's receipt day, the files' names, on the
    complaint the form named (by its number once found, so a reference is never read again another way)."""
    from assistant.services.appeals import recording_args

    names = [str(f.get("name") or f.get("title") or "file") for f in form.files] + list(form.attachments)
    complaint = f"C-{target.number}" if target is not None and getattr(target, "number", None) else form.complaint_id
    return recording_args(complaint, form.counter_notice, result.received_on, names)
