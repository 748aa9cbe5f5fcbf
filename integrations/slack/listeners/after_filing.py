"""`/ipr verify|match|refile|sellers|report|import-status`: after-filing subcommands, added to /ipr's table. Each
calls one service of the core.

Packages and images are read only from the data directory of the machine that runs the app (`packages/` and
`evidence/`), and only for legal and support: file names and hashes of the team's packages are complaint details.
`/ipr refile <id> [notice]` shows the fix plan privately and asks, with Confirm / Cancel in the app's direct
message, before saving the corrected draft; a rejection notice pasted in a thread goes through the conversation.
`/ipr import-status` followed by a pasted status file does the same: what it would record, the period it covers and
the default-window warning privately, then Confirm / Cancel; a status file pasted in a thread goes through the
conversation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slack_bolt import App

from assistant.agent import confirmation
from assistant.agent.guided.after_filing import plan_text
from assistant.agent.tools import ToolContext, to_data
from assistant.errors import BadInput, NotAuthorized
from assistant.labels import label
from assistant.services.evidence.locations import folder_inside
from integrations.slack import blocks as b
from integrations.slack.escape import escape_text
from integrations.slack.listeners import commands
from integrations.slack.listeners.commands import CommandRequest
from integrations.slack.roles import Action
from integrations.slack.wiring import SlackWiring

MAX_LINES = 20


def register(app: App, wiring: SlackWiring) -> None:
    listed_due = commands.SUBCOMMANDS["due"]

    def due_and_renewals(request: CommandRequest) -> None:
        """`/ipr due [days]` as before, then the rights and powers of attorney that expire within the same days."""
        from assistant.services.renewals import renewals_due
        from integrations.slack.renewal_reminders import renewal_blocks

        listed_due(request)
        days = int(request.args.split()[0]) if request.args and request.args.split()[0].isdigit() else 7
        store = request.wiring.services.complaints.store
        items = renewals_due(store, days=days, today=store.now().date())
        if items:
            request.reply(renewal_blocks([to_data(item) for item in items]), f"{len(items)} right(s) or power(s) of attorney expire.")

    commands.SUBCOMMANDS.update({
        "verify": verify, "match": match, "refile": refile, "sellers": sellers, "report": report, "due": due_and_renewals,
        "import-status": import_status,
    })


def _legal_or_support(request: CommandRequest) -> None:
    if not request.access.may(Action.SEE_ALL_COMPLAINTS):
        raise NotAuthorized("Checking packages and comparing evidence images is for legal and support.")


def _data_dir(request: CommandRequest) -> Path:
    return request.wiring.settings.home


def verify(request: CommandRequest) -> None:
    """`/ipr verify <package>`: whether a package in the packages folder changed since it was exported."""
    from assistant.services.evidence.manifest import verify_package

    _legal_or_support(request)
    if not request.args:
        raise BadInput("Name the package: `/ipr verify <package folder>` (a folder in the app's packages folder).")
    words = request.args.split()
    kept = words[1] if len(words) > 1 else None  # the manifest's SHA-256 printed at export, when given
    report = verify_package(folder_inside(request.wiring.services.packages_dir, words[0]), kept_manifest_sha256=kept)
    lines = [f"• *{escape_text(change.change)}* `{escape_text(change.path)}`: {escape_text(change.detail)}" for change in report.changes]
    verdict = (
        f":white_check_mark: Every file is as the manifest of {escape_text(report.created_at)} lists it ({report.files_checked} files)."
        if report.unchanged
        else f":warning: {len(report.changes)} change(s) since the manifest of {escape_text(report.created_at)}:"
    )
    text = "\n".join([verdict, *lines[:MAX_LINES]])
    about_manifest = (
        "compare it with the one given at export, or add it after the folder name to check the manifest too"
        if report.manifest_checked is None else "the one kept at export" if report.manifest_checked else "not the one kept at export"
    )
    blocks = [b.section(text), b.context(f"Manifest SHA-256 {escape_text(report.manifest_sha256)}: {about_manifest}")]
    request.reply(blocks, "Package unchanged." if report.unchanged else f"{len(report.changes)} change(s) in the package.")


def match(request: CommandRequest) -> None:
    """`/ipr match <originals folder> <suspects folder>`: folders inside the app's evidence folder."""
    from assistant.services.evidence.matching import match_images

    _legal_or_support(request)
    words = request.args.split()
    if len(words) != 2:
        raise BadInput(
            "Give two folders inside the app's evidence folder: `/ipr match <our originals> <seller's images>`."
        )
    root = _data_dir(request) / "evidence"
    report = match_images([folder_inside(root, words[0], what="image")], [folder_inside(root, words[1], what="image")])
    request.reply(match_blocks(report), f"{len(report.matches)} match(es) among {report.suspects} image(s).")


def match_blocks(report: Any) -> list[dict[str, Any]]:
    lines = [
        f"• `{escape_text(Path(m.suspect).name)}` ~ `{escape_text(Path(m.original).name)}`: distance {m.distance:.1f} "
        f"({escape_text(m.variant)}); original taken {escape_text(m.original_capture_date or 'not recorded')}"
        for m in report.matches[:MAX_LINES]
    ]
    head = f"*{len(report.matches)} match(es)* of {report.suspects} seller image(s) against {report.originals} original(s) (distance ≤ {report.threshold:g} of 64)."
    blocks = [b.section("\n".join([head, *lines]))]
    if report.unmatched_suspects:
        blocks.append(b.context("No match: " + escape_text(", ".join(Path(p).name for p in report.unmatched_suspects[:MAX_LINES]))))
    return blocks


def refile(request: CommandRequest) -> None:
    """`/ipr refile <id> [notice]`: the plan privately, then Confirm / Cancel in the direct message before anything is saved."""
    from assistant.services.refiling import plan_refile

    complaint_id, _, notice = request.args.partition(" ")
    complaint_id = complaint_id.lstrip("#")
    if not complaint_id:
        raise BadInput("Name the rejected complaint: `/ipr refile <id> [IPP's notice]` (see /ipr status).")
    services = request.wiring.services_for(request.access)  # an employee may re-file only their own complaints
    plan = plan_refile(services.complaints, complaint_id, notice=notice.strip() or None)
    request.reply(b.text_sections(plan_text(to_data(plan))), f"Fix plan for complaint {plan.complaint_id}.")
    if plan.existing_refile:
        request.reply([b.section(f"Complaint {escape_text(plan.existing_refile)} already re-files it.")], "Already re-filed.")
        return
    user = request.command.get("user_id") or request.access.user_id
    thread_id = f"slack-refile-{plan.complaint_id}-{user}"
    wiring = request.wiring
    with wiring.conversation_lock(thread_id):
        session = wiring.session(thread_id, services)
        change = confirmation.propose(
            ToolContext(services, session.state), [("refile_complaint", {"complaint_id": plan.complaint_id, "notice": notice.strip() or None})]
        )
        wiring.conversations.save(session.state)
    wiring.store.remember_change(change.id, thread_id, user, user)
    blocks = [b.section("Save the corrected complaint as a new draft linked to the rejected one?")]
    blocks += b.confirmation_blocks(thread_id, change.id, change.summary, user)
    response = request.client.chat_postMessage(channel=user, blocks=blocks, text="Please confirm the re-filing.")
    wiring.store.set_change_message(change.id, response.get("channel") or user, response["ts"])


def _confirm_in_dm(request: CommandRequest, services: Any, thread_id: str, call: tuple[str, dict[str, Any]], question: str, text: str) -> None:
    """Hold a state-changing call for the person's Confirm / Cancel in the app's direct message."""
    user = request.command.get("user_id") or request.access.user_id
    wiring = request.wiring
    with wiring.conversation_lock(thread_id):
        session = wiring.session(thread_id, services)
        change = confirmation.propose(ToolContext(services, session.state), [call])
        wiring.conversations.save(session.state)
    wiring.store.remember_change(change.id, thread_id, user, user)
    blocks = [b.section(question), *b.confirmation_blocks(thread_id, change.id, change.summary, user)]
    response = request.client.chat_postMessage(channel=user, blocks=blocks, text=text)
    wiring.store.set_change_message(change.id, response.get("channel") or user, response["ts"])


def import_status(request: CommandRequest) -> None:
    """`/ipr import-status <status file>`: checked privately (what it would record, the period it covers, warnings),
    then Confirm / Cancel in the direct message. Anyone may import the statuses of their own complaints."""
    from assistant.agent.guided.after_filing import status_file_in
    from assistant.services.status_import import summary_lines

    csv_text = status_file_in(request.args)
    if csv_text is None:
        raise BadInput(
            "Paste the status file after the command: `/ipr import-status` then the header line "
            "`complaint_id,status,platform_complaint_id,note,occurred_at,shop` and one line per status change."
        )
    services = request.wiring.services_for(request.access)
    preview = services.complaints.import_statuses(csv_text, actor=services.actor, preview=True)
    request.reply(b.text_sections("\n".join(summary_lines(preview))), "Status file checked.")
    if not preview.applied and not preview.shops_recorded:
        return
    user = request.command.get("user_id") or request.access.user_id
    _confirm_in_dm(
        request, services, f"slack-import-status-{user}", ("import_statuses", {"csv": csv_text}),
        "Record the status file's changes, all lines or none?", "Please confirm the status import.",
    )


def sellers(request: CommandRequest) -> None:
    """`/ipr sellers [min]`: shops the team has reported in several complaints (legal and support: it names complaints)."""
    from assistant.agent.guided.after_filing import sellers_text
    from assistant.services.sellers import list_sellers

    _legal_or_support(request)
    words = request.args.split()
    minimum = int(words[0]) if words and words[0].isdigit() else 2
    found = list_sellers(request.wiring.services.complaints.store, min_complaints=max(1, minimum))
    request.reply(b.text_sections(sellers_text(to_data(found))), f"{len(found)} repeat seller(s).")


def report(request: CommandRequest) -> None:
    """`/ipr report`: the Good Faith rates overall and per reason code, and how far each is from the thresholds."""
    _legal_or_support(request)
    data = to_data(request.wiring.services.complaints.report(months=3))
    lines = []
    for group in [data["overall"], *data["per_reason"]]:
        name = label(group["reason"]) if group["reason"] else "All complaints"
        lines.append(f"*{escape_text(name)}*: {escape_text(group['distance']['summary'] if group.get('distance') else '')}")
        for item in group.get("moving_complaints", [])[:5] if group["reason"] else []:
            lines.append(f"• complaint {escape_text(item['complaint_id'])} ({escape_text(label(item['status']))}): {escape_text(item['why'])}")
    request.reply([b.section("\n".join(lines)[:2900])], "Good Faith distance.")
