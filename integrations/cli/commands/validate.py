"""`ipr-assistant validate FILE.json`: check a complaint before filing it. Exit 0 valid, 1 invalid, 2 unreadable."""

from __future__ import annotations

import json
from datetime import date

import typer
from rich.console import Console

from assistant.domain.models import Complaint, ValidationReport
from assistant.services.filing import parse_complaint, read_complaint


def register(app: typer.Typer) -> None:
    app.command(name="validate")(validate_command)


def load_complaint(file: str) -> Complaint:
    """The complaint in FILE, or on standard input for '-'."""
    from integrations.cli.context import current_app

    limits = current_app().limits
    if file == "-":
        from assistant.files.limits import read_source

        return parse_complaint(read_source("-", limits.max_json_bytes, "complaint", "max_json_bytes"), origin="standard input")
    return read_complaint(file, limits)


def parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD.", param_hint="--today") from None


def validate_command(
    file: str = typer.Argument(..., metavar="FILE.json", help="The complaint as JSON (see examples/complaint-counterfeit.json); '-' reads standard input."),
    today: str = typer.Option(None, "--today", metavar="YYYY-MM-DD", help="Check dates against this day instead of today."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a report."),
) -> None:
    """Check a complaint against the platform's rules: errors would get it rejected, warnings deserve a look."""
    complaint = load_complaint(file)
    from integrations.cli.context import current_app

    # The same check as the chat's: the team's active listings too, when it has a store.
    report = current_app().validate_complaint(complaint, today=parse_day(today))
    if as_json:
        typer.echo(json.dumps(report_json(report, file=file), ensure_ascii=False))
    else:
        print_report(report)
    if not report.ok:
        raise typer.Exit(1)


def report_json(report: ValidationReport, **extra) -> dict:
    """{"ok": bool, "errors": [...], "warnings": [...], ...}."""
    return report.model_dump(mode="json") | extra


def print_report(report: ValidationReport, console: Console | None = None) -> None:
    """Errors, then warnings, each with the part of the complaint and the rule's source."""
    from integrations.cli.views import print_view, validation_view

    print_view(console or Console(highlight=False), validation_view(report))
