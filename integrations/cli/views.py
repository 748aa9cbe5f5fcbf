"""One view per result kind, printed by the commands and shown in the chat alike: a validation report, the Good Faith
report, a complaint's record, a seller appeal's triage. A view is a list of lines (rich Text), listings
(integrations/cli/tables.py) and panels, so a command prints it item by item and the chat lays it out inside its reply.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from assistant.domain.models import ValidationReport
from assistant.domain.records import ComplaintRecord
from assistant.services.reports import ComplaintReport, Rate
from integrations.cli.tables import Column, Listing, render, report_listing, show, words

if TYPE_CHECKING:
    from assistant.domain.appeals import AppealTriage

View = list[Text | Listing | Panel]


def print_view(console: Console, view: View) -> None:
    """A view on a command's output: each line as it is, each listing laid out for the terminal's width."""
    for item in view:
        if isinstance(item, Listing):
            show(console, item)
        else:
            console.print(item)


def as_renderable(view: View) -> RenderableType:
    """A view as one block (the chat's reply holds it)."""
    return Group(*(fitted(item) if isinstance(item, Listing) else item for item in view))


class _Fitted:
    def __init__(self, listing: Listing):
        self.listing = listing

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield render(self.listing, options.max_width)


def fitted(listing: Listing) -> RenderableType:
    """A listing laid out for the width it is printed at (the console's, known only then)."""
    return _Fitted(listing)


def _line(markup: str) -> Text:
    return Text.from_markup(markup)


def answer_view(answer: str, sources_note: str | None = None) -> View:
    """An answer's text as `ask` prints it and the chat shows it: line by line as the answer service wrote it (a case
    answer's "Read from your question", "Required:" and "Not said yet:" lines stay lines), after the note that the
    sources are in English for a question asked in another language. Never read as markdown, which joins lines."""
    view: View = [Text(f"Note: {sources_note}", style="dim")] if sources_note else []
    return [*view, Text(answer or "")]


# --- validation ------------------------------------------------------------------------------------------------------


def validation_view(report: ValidationReport, missing: Sequence[str] = ()) -> View:
    """What is still missing (a draft), or whether the complaint is valid; then errors and warnings, each with the
    part of the complaint and the rule's source."""
    if missing:
        view: View = [_line(f"[yellow]Still missing:[/] {escape(', '.join(missing))}")]
    elif report.ok:
        view = [_line(f"[green]Valid:[/] no errors, {len(report.warnings)} warning(s).")]
    else:
        view = [_line(f"[red]Not valid:[/] {len(report.errors)} error(s), {len(report.warnings)} warning(s).")]
    for label, style, issues in (("Error", "red", report.errors), ("Warning", "yellow", report.warnings)):
        for issue in issues:
            view.append(_line(f"[{style}]{label}[/] [bold]{issue.code}[/] [dim]({escape(issue.field)})[/]: {escape(issue.message)}"))
            if issue.source:
                view.append(_line(f"    [dim]Source: {escape(issue.source)}[/]"))
    return view


# --- the Good Faith report -------------------------------------------------------------------------------------------


def _percent(rate: Rate) -> str:
    if rate.value is None:
        return "no data"
    verdict = "met" if rate.met else "NOT met"
    sign = ">=" if rate.comparison == "at_least" else "<="
    return f"{rate.value:.1%} ({rate.numerator}/{rate.denominator}; needs {sign} {rate.threshold:.0%}: {verdict})"


def good_faith_view(report: ComplaintReport) -> View:
    """Complaints and listings by outcome, the Good Faith rates per reason code and the distance to each threshold."""
    groups = [report.overall, *report.per_reason]
    counts = ", ".join(f"{status} {n}" for status, n in report.complaints_by_status.items() if n) or "none"
    listings = ", ".join(f"{status} {n}" for status, n in report.listings_by_status.items() if n) or "none"
    view: View = [
        _line(f"[bold]Complaints report[/], {report.window_start} to {report.window_end} ({report.months} months)"),
        _line(f"Complaints by status (all time): {counts}"),
        _line(f"Listings by status (all time): {listings}"),
        report_listing([
            (words(group.reason) if group.reason else "all reasons", str(group.decided_complaints), _percent(group.takedown_success_rate),
             _percent(group.successful_counter_notice_rate), str(group.withdrawn_complaints))
            for group in groups
        ]),  # fmt: skip
    ]
    view += [_line(f"{group.reason.value if group.reason else 'Overall'}: {escape(group.note)}") for group in groups if group.note]
    view.append(_line("[bold]Distance to the thresholds[/] (in listings)"))
    for group in groups:
        name = group.reason.value if group.reason else "ALL"
        if group.distance is not None:
            view.append(_line(f"  {name}: {escape(group.distance.summary)}"))
        for item in group.moving_complaints[:10] if group.reason is not None else []:
            view.append(_line(f"    complaint {item.complaint_id} ({item.status}): {escape(item.why)}"))
    if report.removed_value:
        values = ", ".join(f"{value.total:,.2f} {value.currency} ({value.listings} listings)" for value in report.removed_value)
        view.append(_line(f"Value of listings removed in the window: {values}"))
    view += [_line(f"[dim]{escape(note)}[/]") for note in report.notes]
    return view


# --- one complaint ---------------------------------------------------------------------------------------------------


def complaint_view(record: ComplaintRecord) -> View:
    """A complaint's record: status, site, reason, right, listings, history and counter-notices."""
    from assistant.domain.lifecycle import Status
    from assistant.domain.models import ComplaintReason, Site
    from assistant.labels import label

    complaint = record.complaint
    named = f"{record.id}" + (f" ({escape(record.team_reference)})" if record.team_reference else "")
    view: View = [
        _line(f"[bold]Complaint {named}[/] - {label(record.status, Status)} (version {record.version})"),
        _line(f"Site: {label(complaint.site, Site)}   Reason: {label(complaint.reason, ComplaintReason)}   Right: {escape(complaint.ip_right.name)}"
              + (f" [{escape(record.right_id)}]" if record.right_id else "")),
    ]
    if complaint.platform_complaint_id:
        view.append(_line(f"Platform id: {escape(complaint.platform_complaint_id)}"))
    view.append(_line(f"Created by {escape(record.created_by)} at {record.created_at:%Y-%m-%d %H:%M}; last change by "
                      f"{escape(record.updated_by)} at {record.updated_at:%Y-%m-%d %H:%M} UTC"))
    view.append(_line(f"Listings ({len(complaint.listings)}):"))
    for listing in complaint.listings:
        price = f"  {listing.price:g} {listing.currency or ''}" if listing.price is not None else ""
        view.append(_line(f"  {escape(listing.normalized or listing.url)}{price}"))
    view.append(_line("History:"))
    for event in record.events:
        note = f" - {escape(event.note)}" if event.note else ""
        was = label(event.from_status, Status) if event.from_status else "(new)"
        view.append(_line(f"  {event.when()} {was} -> {label(event.to_status, Status)} by {escape(event.actor)}{note}"))
    for notice in record.counter_notices:
        due = notice.response_due.isoformat() if notice.response_due else "not published"
        view.append(_line(f"Counter-notice round {notice.round}, received on {notice.received_on}, recorded at "
                          f"{notice.recorded_at:%Y-%m-%d %H:%M} by {escape(notice.recorded_by)}; our answer due: {due}"))
    return view


# --- a seller appeal's triage ----------------------------------------------------------------------------------------


def _ground_quotes(row) -> str:
    """The seller's sentences a ground rests on, quoted; when some are left out, how many and where to read them all."""
    from assistant.domain.appeals.view import more_words_note

    quotes = " ".join(f"“{w}”" for w in row.words) or "-"
    more = more_words_note(row)
    return f"{quotes} {more} (every one: --json, grounds[].words)" if more else quotes


def triage_view(result: AppealTriage, *, notices: bool = True) -> View:
    """A seller appeal's triage as people read it, in the terminal and the chat alike: the parts of the one view model
    (assistant/domain/appeals/view.py, which Slack renders too) laid out for a terminal. Every string goes through
    Text, so nothing in it is read as markup; the seller's words are shown as a quotation, without the data fences
    that mark them for programs. ``notices``: what happened reading the seller's files (the command prints those on
    its own)."""
    from rich.panel import Panel

    from assistant.domain.appeals import Recommendation
    from assistant.domain.appeals.view import triage_view_model

    model = triage_view_model(result)
    style = {Recommendation.ACCEPT: "green", Recommendation.RESPOND_WITH_COUNTER_EVIDENCE: "yellow",
             Recommendation.ESCALATE_TO_LEGAL: "red", Recommendation.NO_CONTEST: "cyan"}[model.recommendation]
    headline = Text.assemble(*([(f"{model.complaint[0].upper()}{model.complaint[1:]}", "dim"), "\n"] if model.complaint else []),
                             ("Recommendation: ", "bold"), (model.recommendation_label, f"bold {style}"), "\n", model.reason)
    if model.deadline:
        headline.append(f"\n{model.deadline}")
    view: View = [Panel(headline, title=Text(model.title), title_align="left", border_style=style)]
    view.append(Listing(
        [Column("Ground"), Column("Status"), Column("Attachments", whole=True), Column("The seller's words")],
        [[row.ground, row.status, row.attachments, _ground_quotes(row)] for row in model.grounds],
        title="The seller's grounds", empty="No ground found.",
    ))
    for group in model.points:
        view.append(Text(group.heading, style="bold"))
        view += [Text(f"  {group.mark} {point}") for point in group.points]
    if model.claims:
        view.append(Text("What the seller says its documents show (its words, quoted; claims, not evidence)", style="bold"))
        view += [Text(f"  - {claim}") for claim in model.claims]
    view.append(Text("Checklist for our response", style="bold"))
    view += [Text(f"  {number}. {item}") for number, item in enumerate(model.checklist, start=1)]
    if notices and model.reading_notices:
        view.append(Text("Reading the files: " + " ".join(model.reading_notices), style="yellow"))
    if model.draft_reply:
        view.append(Panel(Text(model.draft_reply), title=Text("Draft reply to the platform (check it; nothing was sent)"), title_align="left"))
    view.append(Text(f"Standard: {model.standard}", style="dim"))
    if model.sources:
        view.append(Text("Sources: " + ", ".join(model.sources), style="dim"))
    view.append(Panel(quoted_seller_text(model), title=Text("The seller's words (quoted as sent; nothing in them was followed)"),
                      title_align="left", border_style="dim"))
    return view


def quoted_seller_text(model) -> RenderableType:
    """The seller's lines as a quote: every paragraph opens with the "> " marker and its wrapped lines stay indented
    under it, however it wraps (a long line of Chinese folds with no space to break at, so the marker was once left
    alone above it); a blank line between paragraphs stays blank, not an empty quoted line."""
    from rich.table import Table

    grid = Table.grid()
    grid.add_column(width=2, no_wrap=True)
    grid.add_column(overflow="fold")
    for line in model.seller_lines or [""]:
        if line.strip():
            grid.add_row(Text(">", style="dim"), Text(line, style="italic", overflow="fold"))
        else:
            grid.add_row("", "")
    parts: list[RenderableType] = [Text(model.seller_text_note, style="dim")] if model.seller_text_note else []
    parts.append(grid)
    if model.attachment_names:
        parts.append(Text("Attachments: " + "; ".join(model.attachment_names)))
    return Group(*parts)
