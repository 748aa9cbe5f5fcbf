"""`ipr-assistant export COMPLAINT.json --out DIR`: write the filing package (links, statement, checklist, drafts)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from assistant.errors import ValidationFailed
from integrations.cli.context import current_app
from integrations.cli.commands.validate import load_complaint, parse_day, print_report, report_json


def register(app: typer.Typer) -> None:
    app.command(name="export")(export)


def export(
    file: str = typer.Argument(..., metavar="COMPLAINT.json", help="The complaint as JSON; '-' reads standard input."),
    out: Path = typer.Option(..., "--out", metavar="DIR", help="Folder to write the package to (new or empty)."),
    force: bool = typer.Option(
        False, "--force", help="Replace an earlier package in DIR, and export even a complaint that fails validation (marked NOT VALID)."
    ),
    today: str = typer.Option(None, "--today", metavar="YYYY-MM-DD", help="Check dates against this day instead of today."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a summary."),
) -> None:
    """Write what you paste and upload into IPP's complaint form; refuses a complaint that fails validation.

    Exit 0: the package is written from a valid complaint.
    Exit 1: the complaint is not valid (refused, or written marked NOT VALID with --force).
    Exit 2: the complaint file or the folder cannot be used.
    """
    complaint = load_complaint(file)
    console = Console(highlight=False)
    try:
        # Evidence files named in the complaint are read relative to the complaint file's folder.
        evidence_root = Path.cwd() if file == "-" else Path(file).expanduser().absolute().parent
        # The same check as the chat's: the team's active listings too, when it has a store.
        result = current_app().export_package(complaint, out.expanduser(), force=force, today=parse_day(today), evidence_root=evidence_root)
    except ValidationFailed as refusal:
        if as_json:
            typer.echo(json.dumps({"exported": False, "out_dir": str(out), "files": [], "report": report_json(refusal.report)}, ensure_ascii=False))
        else:
            print_report(refusal.report, console)
            Console(stderr=True, highlight=False).print(f"[red]{escape(refusal.message)}[/] {escape(refusal.hint or '')}")
        raise typer.Exit(1) from None
    if as_json:
        payload = result.model_dump(mode="json", exclude={"report"}) | {"exported": True, "report": report_json(result.report)}
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        if not result.valid:
            console.print("[red]The complaint failed validation; the package is marked NOT VALID.[/]")
            print_report(result.report, console)
        console.print(f"Wrote {len(result.files)} files to {escape(result.out_dir)}:")
        for name in result.files:
            console.print(f"  {escape(name)}")
        for item in result.evidence_not_included:
            console.print(f"[yellow]Evidence file not included:[/] {escape(item['file'])} ({escape(item['kind'])}): {escape(item['reason'])}")
        console.print(f"Manifest SHA-256: {result.manifest_sha256} (keep it to prove later that nothing changed).")
        console.print("Start with summary.md.")
    if not result.valid:
        raise typer.Exit(1)
