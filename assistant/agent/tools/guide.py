"""Looking things up in the guide: a question answered with citations, the documents a case needs."""

from __future__ import annotations

from assistant.agent.guards import fence_untrusted
from assistant.agent.tool_args import SearchGuideArgs
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, to_data
from assistant.domain.models import DocumentCase


def search_guide(ctx: ToolContext, args: SearchGuideArgs) -> ToolResult:
    answer = ctx.services.answer_question(args.question, args.site.value if args.site else None)
    data = to_data(answer)
    citations = "\n".join(
        f"[{c['n']}] {c.get('title') or ''} - {c.get('section') or ''} ({c.get('source')}; {c.get('url') or 'no public address'})"
        for c in data.get("citations", [])
    )
    content = (
        fence_untrusted(data.get("answer", ""), "retrieved guide passages")
        + f"\nCitations:\n{citations or '(none)'}\ngrounded: {data.get('grounded')}"
    )
    return ToolResult(content=content, kind="answer", data=data)


def list_required_documents(ctx: ToolContext, args: DocumentCase) -> ToolResult:
    checklist = ctx.services.required_documents(args)
    return ToolResult(content=as_json(checklist), kind="checklist", data=to_data(checklist))


SEARCH_GUIDE = ToolSpec(
    "search_guide",
    "Answer a question about the IP Protection Platform's rules from the guide, with numbered citations [n]. "
    "Use it for every factual question; never answer rules from memory.",
    SearchGuideArgs, search_guide,
)
REQUIRED_DOCUMENTS = ToolSpec(
    "list_required_documents",
    "List the documents a case needs (required and recommended) and why, with warnings when the case cannot succeed as described.",
    DocumentCase, list_required_documents,
)
