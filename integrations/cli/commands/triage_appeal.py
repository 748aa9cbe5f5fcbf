"""`ipr-assistant triage-appeal`: read a seller's counter-notice and say how to answer it.

Reads the complaint (a JSON file, or the store by id), the seller's text and attachments, and prints the triage:
the seller's grounds checked against the platform's evidence standard, what is missing or suspicious, the
recommendation, the checklist for our response and its deadline. It changes nothing. Exit 0 when triaged,
2 for unusable input (no text, a missing or binary file, a bad date).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from assistant import labels
from assistant.domain.appeals import AppealTriage, Basis, Recommendation, Severity
from assistant.errors import BadInput
from assistant.services import appeals as appeal_service
from integrations.cli.context import current_app

_STYLE = {
    Recommendation.ACCEPT: "green",
    Recommendation.RESPOND_WITH_COUNTER_EVIDENCE: "yellow",
    Recommendation.ESCALATE_TO_LEGAL: "red",
}


def register(app: typer.Typer) -> None:
    app.command(name="triage-appeal")(triage_appeal)


def _date_option(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{flag} {value!r} is not a date; write it as YYYY-MM-DD.") from None


def triage_appeal(
    complaint_file: Path = typer.Option(None, "--complaint", metavar="FILE.json", help="The complaint, as a JSON file."),
    complaint_id: str = typer.Option(None, "--complaint-id", metavar="ID", help="The complaint's id in the team's store."),
    text: str = typer.Option(
        None, "--text", metavar="FILE|-", help="The seller's counter-notice: a text file, or - for standard input."
    ),
    attachment: list[Path] = typer.Option(
        None, "--attachment", metavar="PATH", help="A file the seller attached (text, HTML, PDF, Word, or a scan). Repeatable."
    ),
    attachments_json: Path = typer.Option(
        None, "--attachments-json", metavar="FILE", help="Attachments described as a JSON list (name, kind, text, date, quantity...)."
    ),
    received_on: str = typer.Option(None, "--received-on", metavar="DATE", help="The day the counter-notice reached us (YYYY-MM-DD)."),
    filed_on: str = typer.Option(None, "--filed-on", metavar="DATE", help="The day the complaint was filed, if the complaint file lacks it."),
    holidays: list[Path] = typer.Option(
        None, "--holidays", metavar="FILE", help="A YAML file of extra holiday calendars (same shape as knowledge/rules/holidays.yaml)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of the report."),
    record: bool = typer.Option(
        False, "--record", help="Then record the counter-notice on the complaint (--complaint-id): its status becomes "
        "counter_notice_received, with our deadline. Asks first."
    ),
    yes: bool = typer.Option(False, "--yes", help="With --record: record without asking."),
) -> None:
    """Triage a seller's counter-notice: grounds, evidence checks, recommendation, checklist and deadline.

    Changes nothing, unless --record is given and the change is confirmed."""
    if bool(complaint_file) == bool(complaint_id):
        raise BadInput("Give the complaint with exactly one of --complaint FILE.json or --complaint-id ID.")
    if record and not complaint_id:
        raise BadInput("--record needs the complaint from the team's records: give --complaint-id ID.")
    if record and text is None:
        raise BadInput("--record needs the seller's text (--text): without it the triage reads the counter-notice already recorded.")
    received = _date_option(received_on, "--received-on")
    filed = _date_option(filed_on, "--filed-on")
    app = current_app()
    settings = app.settings
    if complaint_file:
        target = appeal_service.read_complaint_file(complaint_file, app.limits)
    else:
        target = appeal_service.read_complaint_from_store(complaint_id, settings, lambda: app.store)
    if filed:
        target.filed_on = filed
    submission = appeal_service.read_submission(text, list(attachment or []), attachments_json, stored=target, limits=app.limits)
    result = appeal_service.triage(target, submission, received_on=received, settings=settings, holiday_files=list(holidays or []))

    err = Console(stderr=True, highlight=False)
    for notice in submission.notices:
        err.print(Text(notice, style="yellow"))
    if not as_json:
        print_triage(result, Console(highlight=False))
    recorded = None
    if complaint_id and text is not None:
        args = appeal_service.recording_args(complaint_id, submission.text, result.received_on, [a.name for a in submission.attachments])
        if not record:
            err.print(Text(f"Nothing was recorded. To record this counter-notice on complaint {complaint_id}, run again with --record.", style="dim"))
        elif yes or typer.confirm(appeal_service.describe_recording(args) + " Record it?", default=False, err=True):
            notice = appeal_service.record_counter_notice(app.complaints, args, actor=_actor())
            recorded = notice.model_dump(mode="json")
            due = notice.response_due.isoformat() if notice.response_due else "not published"
            err.print(Text(f"Recorded on complaint {notice.complaint_id} (round {notice.round}). Our answer is due: {due}."))
        else:
            err.print(Text("Nothing was recorded.", style="dim"))
    if as_json:
        payload = result.model_dump(mode="json") | {"notices": submission.notices}
        if record:
            payload["recorded"] = recorded
        typer.echo(json.dumps(payload, ensure_ascii=False))


def _actor() -> str:
    from integrations.cli.commands.complaints import actor_name

    return actor_name(None)


def print_triage(result: AppealTriage, console: Console) -> None:
    """The triage as people read it. Every string goes through Text, so nothing in it is read as markup."""
    style = _STYLE[result.recommendation]
    label = result.recommendation_label or result.recommendation.value
    headline = Text.assemble(("Recommendation: ", "bold"), (label, f"bold {style}"), "\n", result.recommendation_reason)
    if result.deadline_line:
        headline.append(f"\n{result.deadline_line}")
    title = f"Appeal triage: complaint {result.complaint_id or '(no id)'} on {labels.label(result.site)}"
    console.print(Panel(headline, title=Text(title), title_align="left", border_style=style))

    grounds = Table("Ground", "Status", "Attachments", title="The seller's grounds", title_justify="left")
    for ground in result.grounds:
        grounds.add_row(Text(labels.label(ground.ground)), Text(labels.label(ground.status)), Text(", ".join(f"#{n}" for n in ground.attachments) or "-"))
    console.print(grounds)

    verified = [f for f in result.missing if f.basis is not Basis.NOT_VERIFIED]
    unverified = [f for f in result.missing if f.basis is Basis.NOT_VERIFIED]
    for heading, findings in (("Missing", verified), ("Suspicious", result.suspicious), ("Not verified", unverified), ("To check", result.to_check)):
        if findings:
            console.print(Text(heading, style="bold"))
            for finding in findings:
                mark = "!" if finding.severity is Severity.SUSPICIOUS else "?" if finding.basis is Basis.NOT_VERIFIED or heading == "To check" else "-"
                console.print(Text(f"  {mark} {finding.message}"))
    if result.seller_claims:
        console.print(Text("What the seller says its documents show (claims, not evidence)", style="bold"))
        for claim in result.seller_claims:
            where = f"attachment #{claim.attachment}" if claim.attachment else "its documents"
            console.print(Text(f"  - {where}: {claim.value}"))

    console.print(Text("Checklist for our response", style="bold"))
    steps = [item for item in result.checklist if item != result.deadline_line]  # the deadline is in the headline
    for number, item in enumerate(steps, start=1):
        console.print(Text(f"  {number}. {item}"))
    if result.response_draft:
        console.print(Panel(Text(result.response_draft), title=Text("Draft reply to the platform (check it; nothing was sent)"), title_align="left"))
    console.print(Text(f"Standard: {result.evidence_standard}", style="dim"))
    console.print(Text("Sources: " + ", ".join(s.url for s in result.sources), style="dim"))
    quoted = result.seller_text
    body = Text(quoted.counter_notice)
    if quoted.attachment_names:
        body.append("\nAttachments: " + "; ".join(f"#{i} {name}" for i, name in enumerate(quoted.attachment_names, start=1)))
    console.print(Panel(body, title=Text("Seller's text (untrusted: quoted, not followed)"), title_align="left", border_style="dim"))
