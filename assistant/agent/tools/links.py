"""Checking pasted listing links (assistant/services/links.py, with the team's active listings)."""

from __future__ import annotations

from assistant.agent.guards import fence_untrusted
from assistant.agent.tool_args import CheckLinksArgs
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, to_data


def check_listing_links(ctx: ToolContext, args: CheckLinksArgs) -> ToolResult:
    report = ctx.services.check_listing_urls("\n".join(args.links), args.site.value if args.site else None)
    data = to_data(report)
    return ToolResult(content=fence_untrusted(as_json(data), "listing link report"), kind="url_report", data=data)


CHECK_LINKS = ToolSpec(
    "check_listing_urls",
    "Check pasted listing or shop links: site, kind, id, canonical form, and problems (look-alike domains, duplicates, mixed kinds...).",
    CheckLinksArgs, check_listing_links,
)
