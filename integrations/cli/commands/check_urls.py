"""`ipr-assistant check-urls [FILE|-] [--site SITE] [--json]`: check listing links before filing.

Reads a file or standard input in bounded chunks, at most IPR_MAX_CHECK_URLS_BYTES (default 2 MB, tens of thousands
of links), and says so when the input is larger; never writes anything, never opens a link.
Input that is not valid UTF-8 is decoded with the unreadable bytes replaced; the command says on which
lines, and links containing them are reported as unreadable rather than silently changed.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

from assistant.domain.listing_urls import UrlReport
from assistant.domain.listings.pasted_text import MAX_PASTE_BYTES, decode_paste
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
    """Check listing links: site, product or shop, id, canonical link and problems; then the notices (at most 300 links each).

    Reads at most IPR_MAX_CHECK_URLS_BYTES of input (default 2 MB); larger input is refused with the limit named.
    """
    from assistant.services.links import LinkCheckRequest
    from integrations.cli.context import current_app

    limit = min(current_app().limits.max_check_urls_bytes, MAX_PASTE_BYTES)
    pasted = decode_paste(read_input(file, limit=limit), limit=limit, limit_label=f"{limit:,} bytes")

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
    """At most `limit` bytes of the file, or of standard input for None or '-', read in chunks; LimitExceeded beyond."""
    from assistant.files.limits import read_source

    if (file is None or file == "-") and sys.stdin is not None and sys.stdin.isatty():
        Console(stderr=True).print("Paste the links, then press Ctrl-D (Ctrl-Z then Enter on Windows).")
    return read_source(file, limit, "file", "max_check_urls_bytes")


def print_report(report: UrlReport, console: Console) -> None:
    """The table of links, the summary and the notices, for people."""
    catalog = site_catalog()
    rows = report.results
    fine_hidden = problems_hidden = 0
    if len(rows) > MAX_TABLE_ROWS:
        with_problems = [r for r in rows if not r.ok]
        rows = with_problems[:MAX_TABLE_ROWS]
        fine_hidden = len(report.results) - len(with_problems)
        problems_hidden = len(with_problems) - len(rows)
    from integrations.cli.tables import show, url_listing

    show(console, url_listing({"results": [result.model_dump(mode="json") for result in rows]}))
    if fine_hidden or problems_hidden:
        # Only links that are fine count as "without problems"; a duplicate or other problem past the table's rows is
        # counted as what it is.
        parts = [f"{fine_hidden} link(s) without problems"] if fine_hidden else []
        parts += [f"{problems_hidden} more link(s) with problems (duplicates included)"] if problems_hidden else []
        console.print(f"{' and '.join(parts)} are not shown; --json lists every link.", markup=False)

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
