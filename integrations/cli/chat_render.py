"""How a chat reply looks in the terminal: markdown for text, tables for checklists, link reports and lists."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from assistant.agent.reply import Reply, Section


def render_reply(console: Console, reply: Reply) -> None:
    """Print one reply: notices, structured sections, then the text."""
    for notice in reply.notices:
        console.print(Text(f"Note: {notice}", style="yellow"))
    for section in reply.sections:
        renderable = render_section(section)
        if renderable is not None:
            console.print(renderable)
    if reply.text:
        console.print(Markdown(reply.text))
    if reply.pending is not None:
        console.print(Panel(Text(reply.pending.summary), title=f"Change {reply.pending.code} · waiting for your answer", border_style="cyan"))


def render_section(section: Section) -> RenderableType | None:
    render = _RENDERERS.get(section.kind)
    return render(section.data) if render else None


def _answer(data: dict[str, Any]) -> RenderableType:
    from integrations.cli.views import answer_view

    # As `ask` prints it (a question not in English: the note that the sources, so the answer, are English first).
    parts: list[RenderableType] = [*answer_view(data.get("answer") or "", data.get("sources_note"))]
    citations = data.get("citations") or []
    if citations:
        from integrations.cli.tables import citations_listing

        parts.append(_fitted(citations_listing(citations)))
    if data.get("grounded") is False and data.get("in_scope") is not False:  # a decline is no claim to verify
        parts.append(Text("Not grounded in the guide: treat as unverified.", style="yellow"))
    return Group(*parts)


def _checklist(data: dict[str, Any]) -> RenderableType:
    from integrations.cli.tables import documents_listing

    warnings = [Text(f"! {w.get('message')}", style="yellow") for w in data.get("warnings", [])]
    return Group(_fitted(documents_listing(data.get("documents", []))), *warnings)


def _url_report(data: dict[str, Any]) -> RenderableType:
    from integrations.cli.tables import url_listing

    summary = data.get("summary") or {}
    listing = url_listing(data)
    listing.title = f"Links: {summary.get('ok', '?')} of {summary.get('total', '?')} fine"
    return _fitted(listing)


def _fitted(listing) -> RenderableType:
    from integrations.cli.views import fitted

    return fitted(listing)


def _validation(data: dict[str, Any]) -> RenderableType:
    from assistant.domain.models import ValidationReport
    from integrations.cli.views import as_renderable, validation_view

    report = ValidationReport.model_validate({k: v for k, v in data.items() if k != "missing"})
    return Panel(as_renderable(validation_view(report, data.get("missing") or [])), title="Validation")


def _good_faith(data: dict[str, Any]) -> RenderableType:
    from assistant.services.reports import ComplaintReport
    from integrations.cli.views import as_renderable, good_faith_view

    return as_renderable(good_faith_view(ComplaintReport.model_validate(data)))


def _complaint(data: dict[str, Any]) -> RenderableType:
    from assistant.domain.records import ComplaintRecord
    from integrations.cli.views import as_renderable, complaint_view

    return as_renderable(complaint_view(ComplaintRecord.model_validate(data)))


def _rows_table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> RenderableType:
    if not rows:
        return Text(f"{title}: none.")
    table = Table(title=title)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(Text(str(row.get(column, "") if row.get(column) is not None else "")) for column in columns))
    return table


def _complaints(data: dict[str, Any]) -> RenderableType:
    from integrations.cli.tables import complaints_listing

    return _fitted(complaints_listing(data.get("complaints", [])))


def _due(data: dict[str, Any]) -> RenderableType:
    from integrations.cli.tables import due_listing

    return _fitted(due_listing(data.get("due", []), data.get("days")))


def _conversations(data: dict[str, Any]) -> RenderableType:
    return _rows_table("Conversations", data.get("conversations", []), ["thread_id", "title", "updated_at"])


def _triage(data: dict[str, Any]) -> RenderableType:
    """The same view as `ipr-assistant triage-appeal` prints (integrations/cli/views.py)."""
    from pydantic import ValidationError

    from assistant.domain.appeals import AppealTriage
    from integrations.cli.views import as_renderable, triage_view

    try:
        result = AppealTriage.model_validate(data)
    except ValidationError:  # a triage kept in an older conversation, before some of its fields existed
        return Panel(Text(str(data.get("recommendation_label") or data.get("recommendation") or "") + "\n"
                          + str(data.get("recommendation_reason") or "")), title="Seller appeal triage")
    return as_renderable(triage_view(result))


def _export(data: dict[str, Any]) -> RenderableType:
    return Panel(Text("\n".join(data.get("files", []))), title=Text(f"Package in {data.get('out_dir')}"), border_style="green")


def _plain(data: dict[str, Any]) -> RenderableType:
    return Text("\n".join(f"{k}: {v}" for k, v in data.items()))


_RENDERERS = {
    "answer": _answer,
    "checklist": _checklist,
    "url_report": _url_report,
    "validation": _validation,
    "complaints": _complaints,
    "complaint": _complaint,
    "due": _due,
    "triage": _triage,
    "export": _export,
    "conversations": _conversations,
    "good_faith": _good_faith,
}
