"""The assistant's tools, shared by the model and the guided mode: each a small module over one service.

READ_ONLY_TOOLS look things up; STATE_CHANGING_TOOLS change the team's records or write files, and run only after
the person has seen the exact change and said yes (assistant/agent/confirmation.py). The two lists are the single
place that decides which is which; the order is the order the model sees them in.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from assistant.agent.tools.appeals import CORRECT_COUNTER_NOTICE_DAY, RECORD_COUNTER_NOTICE, TRIAGE
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, to_data
from assistant.agent.tools.complaints import DUE, GOOD_FAITH, LIST_COMPLAINTS, RECORD_STATUS, SHOW_COMPLAINT
from assistant.agent.tools.drafts import START_DRAFT, UPDATE_DRAFT, VALIDATE
from assistant.agent.tools.evidence import COMPARE_IMAGES, VERIFY_PACKAGE
from assistant.agent.tools.export import EXPORT
from assistant.agent.tools.guide import REQUIRED_DOCUMENTS, SEARCH_GUIDE
from assistant.agent.tools.links import CHECK_LINKS
from assistant.agent.tools.rejections import PLAN_REFILE, READ_REJECTION, REFILE
from assistant.agent.tools.sellers import REPEAT_SELLERS
from assistant.agent.tools.status_import import CHECK_STATUS_IMPORT, IMPORT_STATUSES
from assistant.errors import BadInput

__all__ = [
    "READ_ONLY_TOOLS", "STATE_CHANGING_TOOLS", "STATE_CHANGING_NAMES", "TOOLS_BY_NAME", "ToolContext", "ToolResult", "ToolSpec",
    "as_json", "run_tool", "to_data",
]

READ_ONLY_TOOLS: list[ToolSpec] = [
    SEARCH_GUIDE, REQUIRED_DOCUMENTS, CHECK_LINKS, VALIDATE, LIST_COMPLAINTS, SHOW_COMPLAINT, DUE, TRIAGE, GOOD_FAITH,
    VERIFY_PACKAGE, COMPARE_IMAGES, READ_REJECTION, PLAN_REFILE, REPEAT_SELLERS, CHECK_STATUS_IMPORT,
]
STATE_CHANGING_TOOLS: list[ToolSpec] = [START_DRAFT, UPDATE_DRAFT, EXPORT, RECORD_STATUS, REFILE, IMPORT_STATUSES, RECORD_COUNTER_NOTICE,
                                        CORRECT_COUNTER_NOTICE_DAY]

TOOLS_BY_NAME: dict[str, ToolSpec] = {spec.name: spec for spec in READ_ONLY_TOOLS + STATE_CHANGING_TOOLS}
STATE_CHANGING_NAMES = frozenset(spec.name for spec in STATE_CHANGING_TOOLS)


def run_tool(ctx: ToolContext, name: str, args: dict[str, Any] | BaseModel) -> ToolResult:
    """Run a tool by name with validated arguments. State-changing tools must come through confirmation.py."""
    spec = TOOLS_BY_NAME.get(name)
    if spec is None:
        raise BadInput(f"There is no tool called {name!r}.")
    parsed = args if isinstance(args, spec.args_schema) else spec.args_schema.model_validate(args)
    return spec.run(ctx, parsed)
