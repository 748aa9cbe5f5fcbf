"""`ipr-assistant check-urls [FILE|-] [--site SITE] [--json]`: check listing links before filing.

Reads a file or standard input (at most 50 MB), never writes anything, never opens a link.
Input that is not valid UTF-8 is decoded with the unreadable bytes replaced; the command says on which
lines, and links containing them are reported as unreadable rather than silently changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from assistant.domain.listing_urls import UrlReport
from assistant.domain.listings.pasted_text import MAX_PASTE_BYTES, MAX_PASTE_LABEL, decode_paste
from assistant.domain.listings.sites import site_catalog
from assistant.domain.models import Site
from assistant.errors import BadInput

# Beyond this many links the table shows only the links with problems (the JSON always has them all).
MAX_TABLE_ROWS = 500


def register(app: typer.Typer) -> None:
    app.command(name="check-urls")(check_urls)


def check_urls(
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="FILE|-", help="Text file with the links; '-' or nothing reads standard input.", show_default=False
        ),
    ] = None,
    site: Annotated[
        Site | None,
        typer.Option("--site", case_sensitive=False, help="The site the complaint is for: links from other sites are flagged."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
) -> None:
    """Check listing links: site, product or shop, id, canonical link and problems; then the notices (at most 300 links each)."""
    pasted = decode_paste(read_input(file, limit=MAX_PASTE_BYTES), limit=MAX_PASTE_BYTES, limit_label=MAX_PASTE_LABEL)
    from assistant.services.links import LinkCheckRequest
    from integrations.cli.context import current_app

    # The team's active listings are checked too when it has a store (already_in_active_complaint).
    report = current_app().check_links(LinkCheckRequest(text=pasted.text, site=site))
    errors = Console(stderr=True, highlight=False)
    if pasted.unreadable_lines:
        shown = ", ".join(map(str, pasted.unreadable_lines[:20])) + (" ..." if len(pasted.unreadable_lines) > 20 else "")
        errors.print(
            f"Warning: the input is not valid UTF-8. Unreadable bytes were replaced on line(s) {shown}; "
            "links containing them are reported as unreadable. Saving the file as UTF-8 avoids this.",
            markup=False,
        )
    if report.summary.total == 0:
        raise BadInput(
            "No links found in the input: it has only ordinary words.",
            hint="Give the listings' full links (https://...), one per line.",
        )
    if as_json:
        typer.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False))
    else:
        print_report(report, Console(highlight=False))
    raise typer.Exit(0 if report.all_ok else 1)


def read_input(file: str | None, *, limit: int) -> bytes:
    """At most `limit` + 1 bytes of the file, or of standard input for None or '-'."""
    if file is None or file == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise BadInput("There is no standard input to read.", hint="Give a FILE with the links.")
        if stream.isatty():
            Console(stderr=True).print("Paste the links, then press Ctrl-D (Ctrl-Z then Enter on Windows).")
        return stream.read(limit + 1)
    path = Path(file)
    if not path.exists():
        raise BadInput(f"The file {file} does not exist.", hint="Check the name, or use '-' to read standard input.")
    if path.is_dir():
        raise BadInput(f"{file} is a folder, not a file.")
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise BadInput(f"The file {file} cannot be read: {exc.strerror or exc}.") from exc


def print_report(report: UrlReport, console: Console) -> None:
    """The table of links, the summary and the notices, for people."""
    catalog = site_catalog()
    rows = report.results
    hidden = 0
    if len(rows) > MAX_TABLE_ROWS:
        rows = [r for r in rows if not r.ok][:MAX_TABLE_ROWS]
        hidden = len(report.results) - len(rows)
    table = Table(title="Listing links", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Link", overflow="fold", ratio=3)
    table.add_column("Site", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Id", overflow="fold")
    table.add_column("Problems", ratio=4)
    for result in rows:
        problems = Text()
        for problem in result.problems:
            if problems:
                problems.append("\n")
            problems.append(problem.code.value, style="bold red")
            problems.append(f": {problem.message}")
        table.add_row(
            str(result.position),
            Text(result.input),
            catalog.label(result.site) if result.site else "-",
            result.kind.value if result.kind else "-",
            Text(result.listing_id or "-"),
            problems if result.problems else Text("ok", style="green"),
        )
    console.print(table)
    if hidden:
        console.print(f"{hidden} link(s) without problems are not shown; --json lists every link.", markup=False)

    summary = report.summary
    line = f"{summary.total} link(s): {summary.ok} ok, {summary.problems} with problems ({summary.duplicates} duplicate(s))."
    if summary.skipped_words:
        line += f" {summary.skipped_words} word(s) that are not links were left aside."
    console.print(line, markup=False)

    if not report.notices:
        console.print("No notice to file: no link can be filed as it is.", markup=False)
        return
    console.print(f"\nNotices to file ({len(report.notices)}): one complaint each, links one per line.", markup=False)
    by_link = {r.normalized: r for r in report.results if r.normalized and r.duplicate_of is None}
    for number, links in enumerate(report.notices, 1):
        first = by_link.get(links[0])
        what = f"{catalog.label(first.site)}, {first.kind.value} links" if first and first.site and first.kind else "links"
        console.print(f"\nNotice {number}: {what}, {len(links)}", style="bold", markup=False)
        console.print("\n".join(links), markup=False, soft_wrap=True)
