"""Shops the team has reported more than once (assistant/services/sellers.py)."""

from __future__ import annotations

from pydantic import Field

from assistant.agent.tool_args import Args
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, to_data


class SellersArgs(Args):
    min_complaints: int = Field(default=2, ge=1, le=100, description="Sellers named in at least this many of the team's complaints.")


def list_repeat_sellers(ctx: ToolContext, args: SellersArgs) -> ToolResult:
    from assistant.services.sellers import list_sellers

    sellers = list_sellers(ctx.services.complaints.store, min_complaints=args.min_complaints)
    data = {"min_complaints": args.min_complaints, "sellers": to_data(sellers)}
    return ToolResult(content=as_json(data), kind="sellers", data=data)


REPEAT_SELLERS = ToolSpec(
    "list_repeat_sellers",
    "Shops the team has reported in several complaints (from shop links and product links that carry the shop), with each "
    "complaint and its outcome.",
    SellersArgs, list_repeat_sellers,
)
