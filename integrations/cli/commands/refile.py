"""`ipr-assistant complaints refile ID`: from a rejected complaint to its corrected re-filing (a new linked draft).

Exit 0: the re-filing draft is saved and passes validation. Exit 1: it is saved (or, with --dry-run, planned) but
something is still missing, listed exactly; or the complaint is not rejected. Exit 2: bad input.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from integrations.cli.commands.complaints import ACTOR_HELP, JSON_HELP, actor_name, complaint_service, complaints_app, emit, read_text_file

MAX_NOTICE_BYTES = 64 * 1024
console = Console(highlight=False)


def register(app: typer.Typer) -> None:
    complaints_app.command("refile")(refile_command)


def refile_command(
    complaint_id: str = typer.Argument(..., metavar="ID", help="The rejected complaint."),
    notice: str = typer.Option(None, "--notice", help="IPP's rejection notice as sent (English or Chinese); default: the note recorded with the rejection."),
    notice_file: Path = typer.Option(None, "--notice-file", help="The rejection notice in a UTF-8 file."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the plan and the corrected complaint; save nothing."),
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Read why IPP rejected a complaint, list what to change, check the team's records, and save the corrected
    complaint as a new draft linked to the rejected one (listings carried over; the reason in the audit log)."""
    from assistant.errors import BadInput
    from assistant.services.refiling import plan_refile, refile

    if notice and notice_file:
        raise BadInput("Give the notice with --notice or --notice-file, not both.")
    text = read_text_file(notice_file, "notice file", MAX_NOTICE_BYTES) if notice_file else notice
    with complaint_service() as service:
        if dry_run:
            plan, refile_id, created = plan_refile(service, complaint_id, notice=text), None, False
        else:
            result = refile(service, complaint_id, actor=actor_name(actor), notice=text)
            plan, refile_id, created = result.plan, result.refile_id, result.created
    if as_json:
        emit({"plan": plan.model_dump(mode="json"), "refile_id": refile_id, "created": created, "ready": plan.ready})
    else:
        print_plan(plan)
        if refile_id:
            what = "Saved the corrected complaint as draft" if created else "The corrected complaint was already saved as draft"
            console.print(f"{what} {refile_id} (re-files {plan.complaint_id}). Next: ipr-assistant complaints show {refile_id}")
    if not plan.ready:
        raise typer.Exit(1)


def print_plan(plan) -> None:
    if plan.reason:
        console.print(f"[bold]Rejected because:[/] {escape(plan.reason.name)} ({escape(plan.reason.confidence)}; sources: {escape(', '.join(plan.reason.sources))})")
    if plan.reading:
        words = ", ".join(plan.reading.words) or "the meaning of the text"
        console.print(f"Read from: \"{escape((plan.reading.clause or '')[:200])}\" (on {escape(words)})")
        if plan.reading.set_aside:
            console.print(f"Set aside (they clear something): {escape(' | '.join(plan.reading.set_aside)[:300])}")
    if plan.changes:
        from assistant.services.refiling import changes_basis

        basis = changes_basis(plan.changes_confidence, plan.changes_sources)
        console.print(f"[bold]What to change on {escape(plan.draft.site.label)}[/]" + (f" ({escape(basis)})" if basis else ""))
        for change in plan.changes:
            console.print(f"  - {escape(change)}")
    console.print("[bold]What the team's records say[/]")
    for check in plan.checks:
        mark = {True: "ok", False: "MISSING", None: "check"}[check.ok]
        console.print(f"  {escape(f'[{mark}]')} {escape(check.finding)}")  # escaped: rich would take "[ok]" for markup
    console.print(f"Listings carried over: {plan.listings_carried_over}")
    for dropped in plan.dropped_listings:
        console.print(f"  left out: {escape(dropped.url)} ({escape(dropped.why)})")
    if plan.ready:
        console.print("[green]The corrected complaint passes validation.[/]")
    else:
        console.print("[red]Still missing before it can be filed:[/]")
        for item in plan.still_missing:
            console.print(f"  - {escape(item)}")
    if plan.existing_refile:
        console.print(f"A re-filing of this complaint exists: {plan.existing_refile}.")
