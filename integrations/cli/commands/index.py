"""`ipr-assistant index`: build or update the corpus index, add people's own documents, rebuild from scratch."""

from __future__ import annotations

import json
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from assistant.errors import BadInput, ConfigurationError
from assistant.retrieval.loaders import SUPPORTED_SUFFIXES


def register(app: typer.Typer) -> None:
    app.command(name="index")(index)


def index(
    add: list[Path] = typer.Option(
        None, "--add", metavar="PATH", help=f"A document or folder to add ({', '.join(SUPPORTED_SUFFIXES)}). Repeatable."
    ),
    rebuild: bool = typer.Option(False, "--rebuild", help="Drop the index and build it again (also the way out of a damaged one)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a summary."),
) -> None:
    """Build or update the index of the knowledge base (only what changed is embedded again)."""
    from integrations.cli.context import current_app

    paths = [Path(p).expanduser() for p in add or []]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise BadInput(f"No such file or folder: {', '.join(missing)}. Nothing was indexed.")

    app = current_app()
    progress = not as_json
    started = time.perf_counter()
    if rebuild:
        try:
            corpus_index = app.raw_index()
            report = corpus_index.rebuild(progress=progress)
        except ConfigurationError:  # damaged or foreign: nothing in it can be trusted, start empty
            corpus_index = app.raw_index(reset=True)
            report = corpus_index.sync(progress=progress)
    else:
        corpus_index = app.raw_index()
        report = corpus_index.sync(progress=progress)
    for path in paths:
        report = report.merge(corpus_index.add(path, progress=progress))
    seconds = time.perf_counter() - started
    if paths:  # sync and add both count the added documents they left alone: count each passage once
        report.unchanged = max(0, corpus_index.count() - report.embedded)

    if as_json:
        payload = report.model_dump() | {"passages": corpus_index.count(), "location": corpus_index.location, "seconds": round(seconds, 2)}
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        print_summary(report, corpus_index.count(), corpus_index.location, seconds)
    if report.skipped:
        raise typer.Exit(1)


def print_summary(report, passages: int, location: str, seconds: float) -> None:
    """The run in a few lines: counts, changed files, and each skipped file with its reason."""
    console = Console(highlight=False)
    console.print(
        f"Index: {passages} passages at {location} ({seconds:.1f} s). "
        f"Embedded {report.embedded}, removed {report.removed}, unchanged {report.unchanged}."
    )
    for source in report.changed_files:
        console.print(f"  updated: {escape(source)}", soft_wrap=True)
    if report.skipped:
        console.print(f"[bold yellow]Skipped {len(report.skipped)} file(s):[/]")
        for skipped in report.skipped:  # one line each, so paths stay whole and can be copied
            console.print(f"  {escape(skipped.path)}: {escape(skipped.reason)}", soft_wrap=True)
