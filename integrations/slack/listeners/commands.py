"""`/ipr`: docs, check, status, due, new, appeal, help. Every subcommand is acknowledged first and answered after,
privately (the response URL's ephemeral reply), so complaint details never land in a channel. A subcommand raises
what goes wrong; the app's error handler (errors.py) answers the person.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from assistant.agent.tools import to_data
from assistant.domain.models import IPType, Role, Site
from assistant.domain.site_names import site_named
from assistant.errors import BadInput, NotAuthorized
from assistant.retrieval.case_answer import describe_case
from integrations.slack import blocks as b
from integrations.slack.access import requires
from integrations.slack.escape import from_slack
from integrations.slack.forms import complaint_form_view
from integrations.slack.modals import appeal_modal
from integrations.slack.roles import Access, Action
from integrations.slack.wiring import SlackWiring

MAX_DUE_DAYS = 365


@dataclass
class CommandRequest:
    """One /ipr invocation after the ack: who, where, and the words after the subcommand."""

    wiring: SlackWiring
    client: Any
    respond: Respond
    access: Access
    command: dict[str, Any]
    args: str

    def reply(self, blocks: list[dict], text: str) -> None:
        self.respond(blocks=blocks, text=text, response_type="ephemeral", replace_original=False)


def register(app: App, wiring: SlackWiring) -> None:
    @app.command("/ipr", middleware=[requires(Action.CONVERSE)])
    def ipr(ack: Ack, command: dict[str, Any], client: Any, respond: Respond, context: BoltContext) -> None:
        ack()
        # The subcommand is the first word; the rest keeps its line breaks (a pasted status file).
        name, _, args = re.sub(r"^(\S+)\s", r"\1 ", from_slack(command.get("text")).strip(), count=1).partition(" ")
        request = CommandRequest(wiring, client, respond, context["access"], command, args.strip())
        handler = SUBCOMMANDS.get(name.lower())
        if handler is None and name:
            request.reply(b.help_blocks(f"There is no /ipr {name[:30]}."), "How to use /ipr.")
            return
        (handler or show_help)(request)


def _choice(word: str, enum: Any) -> Any:
    key = word.strip().lower().replace("-", "_")
    aliases = {"rightsholder": "rights_holder", "owner": "rights_holder", "holder": "rights_holder"}
    key = aliases.get(key, key)
    return next((member for member in enum if member.value == key), None)


def parse_docs_args(args: str) -> dict[str, Any] | None:
    """The short form `<ip-type> [role] [site]` (the role and site in any order) as the facts it gives; None when the
    words are the case told in words ("what do we need for taobao", "agent, EU trademark, Taobao"), which the case
    reader reads as `ask` and the chat read it."""
    words = args.split()
    if not words:
        raise BadInput(
            "Which case? Use `/ipr docs <ip-type> [role] [site]`, e.g. `/ipr docs trademark agent aliexpress`, "
            "or say it in words, e.g. `/ipr docs what do we need to report fakes on Taobao`."
        )
    ip_type = _choice(words[0], IPType)
    if ip_type is None or len(words) > 3:
        return None
    given: dict[str, Any] = {"ip_type": ip_type}
    for word in words[1:]:
        if (found_role := _choice(word, Role)) is not None:
            given["role"] = found_role
        elif (found_site := site_named(word)) is not None:
            given["site"] = found_site
        else:
            raise BadInput(
                f"'{word[:40]}' is neither a role (rights-holder, agent) nor a site ({', '.join(s.value for s in Site)})."
            )
    return given


def docs(request: CommandRequest) -> None:
    """The checklist from the one service `ask` and the chat use (assistant.services.case_documents)."""
    found = request.wiring.services.documents_for_words(request.args, given=parse_docs_args(request.args))
    checklist = to_data(found.checklist)
    title = describe_case(found.case, any_right=found.any_right)
    request.reply(b.checklist_blocks(checklist), f"Documents for {title}.")


def check(request: CommandRequest) -> None:
    if not request.args:
        raise BadInput("Paste the links after the command: `/ipr check <links>`.")
    report = request.wiring.services.check_listing_urls(request.args, None)
    request.reply(b.url_report_blocks(to_data(report)), f"{report.summary.ok} of {report.summary.total} links can be filed.")


def status(request: CommandRequest) -> None:
    complaints = request.wiring.services_for(request.access).complaints
    if request.args:
        record = complaints.show(request.args.split()[0].lstrip("#"))
        request.reply(b.complaint_blocks(to_data(record)), f"Complaint {record.id}: {record.status}.")
        return
    rows = complaints.list(limit=20)
    request.reply(b.complaints_blocks(to_data(rows)), f"{len(rows)} complaint(s).")


def due(request: CommandRequest) -> None:
    days = 7
    if request.args:
        try:
            days = int(request.args.split()[0])
        except ValueError:
            raise BadInput("Give the number of days ahead, e.g. `/ipr due 14`.") from None
        if not 0 <= days <= MAX_DUE_DAYS:
            raise BadInput(f"The number of days must be between 0 and {MAX_DUE_DAYS}.")
    items = request.wiring.services_for(request.access).complaints.due(days=days)
    request.reply(b.due_blocks({"days": days, "due": to_data(items)}), f"{len(items)} item(s) due in {days} days.")


def _metadata(request: CommandRequest) -> str:
    return json.dumps({"channel": request.command.get("channel_id")})


def new(request: CommandRequest) -> None:
    view = complaint_form_view(request.wiring, private_metadata=_metadata(request))
    request.client.views_open(trigger_id=request.command["trigger_id"], view=view)


def appeal(request: CommandRequest) -> None:
    if not request.access.may(Action.TRIAGE_APPEALS):
        raise NotAuthorized("Appeal triage is for legal and support.")
    request.client.views_open(trigger_id=request.command["trigger_id"], view=appeal_modal(private_metadata=_metadata(request)))


def show_help(request: CommandRequest) -> None:
    request.reply(b.help_blocks(), "How to use /ipr.")


SUBCOMMANDS = {"docs": docs, "check": check, "status": status, "due": due, "new": new, "appeal": appeal, "help": show_help}
