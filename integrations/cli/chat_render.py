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
    parts: list[RenderableType] = [Markdown(data.get("answer") or "")]
    citations = data.get("citations") or []
    if citations:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("#", justify="right")
        table.add_column("Source")
        table.add_column("Address", overflow="fold")
        for c in citations:
            where = c.get("source", "") + (f" > {c['section']}" if c.get("section") else "")
            table.add_row(f"[{c.get('n')}]", where, c.get("url") or "")
        parts.append(table)
    if data.get("grounded") is False:
        parts.append(Text("Not grounded in the guide: treat as unverified.", style="yellow"))
    return Group(*parts)


def _checklist(data: dict[str, Any]) -> RenderableType:
    table = Table(title="Documents", show_lines=False)
    table.add_column("Document")
    table.add_column("Required")
    table.add_column("Why", overflow="fold")
    for doc in data.get("documents", []):
        table.add_row(f"{doc.get('name')}\n[dim]{doc.get('id')}[/]", "yes" if doc.get("required") else "recommended", doc.get("why", ""))
    warnings = [Text(f"! {w.get('message')}", style="yellow") for w in data.get("warnings", [])]
    return Group(table, *warnings)


def _url_report(data: dict[str, Any]) -> RenderableType:
    summary = data.get("summary") or {}
    table = Table(title=f"Links: {summary.get('ok', '?')} of {summary.get('total', '?')} fine")
    table.add_column("Link", overflow="fold")
    table.add_column("OK")
    table.add_column("Site")
    table.add_column("Kind")
    table.add_column("Problems", overflow="fold")
    for result in data.get("results", []):
        problems = "; ".join(f"{p.get('code')}: {p.get('message', '')}" for p in result.get("problems", []))
        table.add_row(  # what people pasted is shown as text, never read as markup
            Text(result.get("normalized") or result.get("input", "")),
            "yes" if result.get("ok") else "[red]no[/]",
            Text(result.get("site") or ""),
            Text(result.get("kind") or ""),
            Text(problems),
        )
    return table


def _validation(data: dict[str, Any]) -> RenderableType:
    lines: list[RenderableType] = []
    if data.get("missing"):
        lines.append(Text("Still missing: " + ", ".join(data["missing"]), style="yellow"))
    for issue in data.get("errors", []):
        lines.append(Text(f"✗ {issue.get('message')} ({issue.get('source') or 'rule not published'})", style="red"))
    for issue in data.get("warnings", []):
        lines.append(Text(f"! {issue.get('message')}", style="yellow"))
    if not lines:
        lines.append(Text("✓ The rules find no problems.", style="green"))
    return Panel(Group(*lines), title="Validation")


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
    return _rows_table("Complaints", data.get("complaints", []), ["id", "status", "site", "reason", "right_name", "listings"])


def _due(data: dict[str, Any]) -> RenderableType:
    return _rows_table(f"Due in the next {data.get('days')} days", data.get("due", []), ["complaint_id", "kind", "party", "due_on", "note"])


def _conversations(data: dict[str, Any]) -> RenderableType:
    return _rows_table("Conversations", data.get("conversations", []), ["thread_id", "title", "updated_at"])


def _triage(data: dict[str, Any]) -> RenderableType:
    lines: list[RenderableType] = [
        Text(f"Recommendation: {data.get('recommendation')}", style="bold"),
        Text(str(data.get("recommendation_reason") or "")),
    ]
    for ground in data.get("grounds", []):
        lines.append(Text(f"- ground: {ground.get('ground') or ground.get('name') or ground}"))
    for finding in data.get("suspicious", []) + data.get("missing", []):
        lines.append(Text(f"! {finding.get('message') or finding}", style="yellow"))
    for item in data.get("checklist", []):
        lines.append(Text(f"☐ {item.get('text') if isinstance(item, dict) else item}"))
    deadline = data.get("response_deadline")
    if deadline:
        lines.append(Text(f"Deadline: {deadline.get('due_on') or deadline.get('note') or deadline}"))
    return Panel(Group(*lines), title="Seller appeal triage")


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
    "complaint": _plain,
    "due": _due,
    "triage": _triage,
    "export": _export,
    "conversations": _conversations,
    "good_faith": _plain,
}
