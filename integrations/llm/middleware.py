"""The confirmation step as agent middleware: a state-changing tool call is held, not run.

The call becomes the conversation's pending change (assistant/agent/confirmation.py); the model gets a tool message
saying it is waiting for the person, so it can ask for their yes or no. The chat runs it only after a yes: the same
path as the guided mode and Slack's buttons. (LangChain's HumanInTheLoopMiddleware would pause the graph instead; holding
the change in the conversation state keeps one confirmation mechanism for every front end and survives restarts.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from langchain.agents.middleware import AgentMiddleware, ToolCallRequest
from langchain_core.messages import ToolMessage
from pydantic import ValidationError

from assistant.agent import confirmation
from assistant.agent.tools import STATE_CHANGING_NAMES, TOOLS_BY_NAME, ToolContext

HELD_MESSAGE = (
    "Not run yet. The exact change was shown to the person, who must answer yes or no; it runs only after a yes. "
    "Tell them briefly what will change and ask for their answer. Do not call this tool again for the same change."
)


class ConfirmationMiddleware(AgentMiddleware):
    """Holds state-changing tool calls for the person's confirmation; read-only calls run as usual."""

    def __init__(self, ctx: ToolContext):
        super().__init__()
        self.ctx = ctx
        self.held: list[str] = []  # tool call ids held during this run
        self._lock = threading.Lock()  # parallel tool calls of one message arrive on several threads

    def wrap_tool_call(self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], Any]) -> Any:
        call = request.tool_call
        if call["name"] not in STATE_CHANGING_NAMES:
            return handler(request)
        try:
            args = TOOLS_BY_NAME[call["name"]].args_schema.model_validate(call.get("args") or {}).model_dump(mode="json", exclude_none=True)
        except ValidationError as error:
            return ToolMessage(content=f"Invalid arguments, nothing was proposed: {error.errors()[:3]}", tool_call_id=call["id"], status="error")
        with self._lock:  # several changes proposed in one run are confirmed together, in the order proposed
            confirmation.propose(self.ctx, [(call["name"], args)], origin="model", merge=bool(self.held))
            self.held.append(call["id"])
        return ToolMessage(content=HELD_MESSAGE, tool_call_id=call["id"], name=call["name"])
