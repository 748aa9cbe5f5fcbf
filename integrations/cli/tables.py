"""Lists of results as the terminal can show them: a table from 100 columns up, below that one block per item
(a heading line, then 'label: value' lines), so nothing is cut to a few letters at 80 columns.

Links are never folded by rich (which would break a host name over lines and make the link impossible to copy or
read): a link is laid out here, its scheme and host kept on one line and the rest broken only after '/', '?', '&',
'=' or '#'. One function per kind of result, used by the commands and by the chat alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from assistant.retrieval.source_basis import shown

WIDE = 100  # from this many columns up, a table; below, one block per item
LINK_HEAD = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*")
BREAK_AFTER = re.compile(r"(?<=[/?&=#])")


def link_lines(url: str, width: int) -> list[str]:
    """A link broken into lines of at most ``width`` characters: never inside its scheme and host (unless the host
    alone is wider than ``width``), elsewhere only after a separator, and mid-word only for a part wider than a line."""
    width = max(width, 8)
    head = LINK_HEAD.match(url)
    pieces = [head.group(0)] if head else []
    pieces += [piece for piece in BREAK_AFTER.split(url[head.end() if head else 0 :]) if piece]
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if len(current) + len(piece) <= width:
            current += piece
            continue
        if current:
            lines.append(current)
        while len(piece) > width:
            lines.append(piece[:width])
            piece = piece[width:]
        current = piece
    if current or not lines:
        lines.append(current)
    return lines


@dataclass
class Column:
    """One field of the items: its label, and whether its values are links (laid out by link_lines)."""

    label: str
    link: bool = False
    justify: str = "left"
    whole: bool = False  # an id, code or date: never broken over lines in a table


@dataclass
class Listing:
    """Items of one kind: the columns, one row of cells per item, an optional title and a note for an empty list."""

    columns: list[Column]
    rows: list[list[str | Text]] = field(default_factory=list)
    title: str | None = None
    empty: str = "None."


def render(listing: Listing, width: int) -> RenderableType:
    """The listing for a terminal ``width`` columns wide."""
    if not listing.rows:
        return Text(listing.empty)
    return _table(listing, width) if width >= WIDE else _blocks(listing, width)


def show(console: Console, listing: Listing) -> None:
    console.print(render(listing, console.width), soft_wrap=False)  # lines are laid out to the width here


def _text(value: str | Text) -> Text:
    return value.copy() if isinstance(value, Text) else Text(str(value))


def _table(listing: Listing, width: int) -> Table:
    table = Table(title=listing.title, title_justify="left", show_lines=any(c.link for c in listing.columns))
    link_width = max(30, width // 3)
    for position, column in enumerate(listing.columns):
        if column.link:
            longest = max((len(str(row[position])) for row in listing.rows), default=10)
            table.add_column(column.label, width=min(longest, link_width), no_wrap=True, justify=column.justify)
        elif column.whole:
            table.add_column(column.label, no_wrap=True, justify=column.justify)
        else:
            table.add_column(column.label, overflow="fold", justify=column.justify)
    for row in listing.rows:
        cells: list[Text] = []
        for column, value in zip(listing.columns, row, strict=True):
            if column.link and str(value):
                cells.append(Text("\n".join(link_lines(str(value), min(len(str(value)), link_width)))))
            else:
                cells.append(_text(value))
        table.add_row(*cells)
    return table


def _blocks(listing: Listing, width: int) -> Group:
    """One block per item: the first field as a heading, the others below it, each link on lines of its own."""
    parts: list[RenderableType] = []
    if listing.title:
        parts.append(Text(listing.title, style="bold"))
    indent = "  "
    for row in listing.rows:
        first, *rest = zip(listing.columns, row, strict=True)
        heading = Text(f"{first[0].label} ", style="dim")
        heading.append_text(_text(first[1]))
        heading.stylize("bold", len(first[0].label) + 1)
        parts.append(heading)
        for column, value in rest:
            if value is None or str(value) == "":
                continue
            if column.link:
                parts.append(Text(f"{indent}{column.label}:", style="dim"))
                parts.extend(Text(indent * 2 + line, no_wrap=True) for line in link_lines(str(value), width - 2 * len(indent)))
            else:
                line = Text(f"{indent}{column.label}: ", style="dim")
                line.append_text(_text(value))
                parts.append(line)
        parts.append(Text(""))
    return Group(*parts)


def cell(value: Any) -> str:
    """A value as a cell shows it: empty for None."""
    return "" if value is None else str(value)


def words(value: Any) -> str:
    """A coded value (status, reason, site...) in the words of the one table of labels; --json keeps the codes."""
    from assistant.labels import label

    return label(value)



# --- the kinds of results --------------------------------------------------------------------------------------------


def url_listing(data: dict[str, Any]) -> Listing:
    """Checked listing links (a UrlReport as JSON): check-urls and the chat's link reports."""
    from assistant.domain.listings.sites import site_catalog

    catalog = site_catalog()
    rows: list[list[str | Text]] = []
    for result in data.get("results", []):
        problems = Text()
        for problem in result.get("problems", []):
            if problems:
                problems.append("\n")
            problems.append(words(problem.get("code")), style="bold red")
            problems.append(f": {problem.get('message', '')}")
        site = result.get("site")
        rows.append([
            cell(result.get("position")), result.get("input") or result.get("normalized") or "",
            catalog.label(site) if site else "-", result.get("kind") or "-", result.get("listing_id") or "-",
            problems if result.get("problems") else Text("ok", style="green"),
        ])  # fmt: skip
    columns = [Column("#", justify="right", whole=True), Column("Link", link=True), Column("Site", whole=True),
               Column("Kind", whole=True), Column("Id", whole=True), Column("Problems")]
    return Listing(columns, rows, title="Listing links", empty="No links.")


def complaints_listing(items: Sequence[dict[str, Any]]) -> Listing:
    """Complaint summaries (as JSON): `complaints list` and the chat's lists."""
    rows: list[list[str | Text]] = []
    for item in items:
        updated = str(item.get("updated_at") or "")[:16].replace("T", " ")
        rows.append([cell(item.get("id")), cell(item.get("team_reference")), words(item.get("status")), words(item.get("site")),
                     words(item.get("reason")), cell(item.get("right_name")), cell(item.get("listings")),
                     cell(item.get("platform_complaint_id")), updated])
    columns = [Column("complaint", whole=True), Column("reference", whole=True), Column("status"),
               Column("site", whole=True), Column("reason"), Column("right"), Column("listings", justify="right"),
               Column("platform id", whole=True), Column("updated", whole=True)]
    return Listing(columns, rows, empty="No complaints.")


def _due_cell(item: dict[str, Any]) -> str:
    """The date, with how sure it is next to it ('2026-11-25 (single source, check IPP's date)')."""
    due = cell(item.get("due_on")) or "not published"
    return f"{due} ({item['confidence_label']})" if item.get("due_on") and item.get("confidence_label") else due


def due_listing(items: Sequence[dict[str, Any]], days: int | None = None) -> Listing:
    """What falls due (DueItems as JSON): `complaints due` and the chat."""
    rows: list[list[str | Text]] = []
    for item in items:
        left = item.get("days_left")
        rows.append([cell(item.get("complaint_id")), words(item.get("site")), words(item.get("kind")), words(item.get("party")),
                     _due_cell(item), "" if left is None else ("OVERDUE" if left < 0 else str(left)),
                     cell(item.get("note"))])
    columns = [Column("complaint", whole=True), Column("site", whole=True), Column("what"), Column("who acts"), Column("due"),
               Column("days left", justify="right", whole=True), Column("note")]
    title = None if days is None else f"Due in the next {days} day(s)"
    return Listing(columns, rows, title=title, empty=f"Nothing is due in the next {days} day(s)." if days is not None else "Nothing is due.")


def rights_listing(items: Sequence[dict[str, Any]]) -> Listing:
    """The registry's rights (RightRecords as JSON): `rights list`."""
    rows: list[list[str | Text]] = []
    for item in items:
        right = item.get("right") or {}
        rows.append([cell(right.get("id")), words(right.get("ip_type")), cell(right.get("name")), cell(right.get("registration_number")),
                     ", ".join(right.get("places_of_registration") or []), cell(right.get("expiry_date")),
                     words(right.get("approval_status")), cell(item.get("team"))])
    columns = [Column("right", whole=True), Column("type", whole=True), Column("name"), Column("number", whole=True),
               Column("places"), Column("expiry", whole=True), Column("status"), Column("team")]
    return Listing(columns, rows, empty="The registry is empty. Add a right with `ipr-assistant rights add`.")


def report_listing(groups: Sequence[tuple[str, str, str, str, str]]) -> Listing:
    """The Good Faith rates per reason: `complaints report`."""
    columns = [Column("reason"), Column("decided", justify="right", whole=True), Column("takedown success"),
               Column("successful counter-notices"), Column("withdrawn", justify="right", whole=True)]
    return Listing(columns, [list(group) for group in groups])


def documents_listing(documents: Sequence[dict[str, Any]]) -> Listing:
    """The documents a case needs (RequiredDocuments as JSON): `documents` and the chat's checklists."""
    rows: list[list[str | Text]] = []
    for document in documents:
        needed = "required" if document.get("required") else "recommended"
        confidence = document.get("confidence")
        if confidence and confidence != "confirmed":
            needed += f" ({words(confidence)})"
        name = Text(cell(document.get("name")))
        name.append(f"\n{cell(document.get('id'))}", style="dim")
        rows.append([name, needed, cell(document.get("why")), cell(document.get("source"))])
    columns = [Column("Document"), Column("Required"), Column("Why"), Column("Source", link=True)]
    return Listing(columns, rows, title="Documents this case needs", empty="No documents.")


def citations_listing(citations: Sequence[dict[str, Any]]) -> Listing:
    """An answer's sources: the chat's and `ask`'s citations."""
    rows: list[list[str | Text]] = []
    for citation in citations:
        where = cell(citation.get("source")) + (f" > {citation['section']}" if citation.get("section") else "")
        how_sure = shown(citation.get("basis"))
        where += f" ({how_sure})" if how_sure else ""
        rows.append([f"[{cell(citation.get('n'))}]", where, cell(citation.get("url")), cell(citation.get("checked"))])
    columns = [Column("#", whole=True), Column("Source"), Column("Address", link=True), Column("Facts checked", whole=True)]
    return Listing(columns, rows, empty="")
