"""The model-driven responder: `langchain.agents.create_agent` over the assistant's tools, with middleware for the
confirmation step, tool-call and model-call limits, and retries. Any failure to reach the model surfaces as
ExternalServiceUnavailable, and the chat carries on in the guided mode.
"""

from __future__ import annotations

from typing import Any

from langchain.agents import create_agent
from langchain.agents.middleware import ModelCallLimitMiddleware, ModelRetryMiddleware, ToolCallLimitMiddleware
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolMessage, messages_from_dict, messages_to_dict
from langchain_core.tools import StructuredTool

from assistant.agent.guards import enforce_citations
from assistant.agent.prompts import system_prompt
from assistant.agent.reply import Reply, Section
from assistant.agent.state import ToolCallRecord
from assistant.agent.tools import READ_ONLY_TOOLS, STATE_CHANGING_TOOLS, ToolContext, ToolSpec, run_tool
from assistant.errors import ExternalServiceUnavailable, IprError
from assistant.retrieval.support import check_support, cited_material
from integrations.llm.middleware import ConfirmationMiddleware

# A turn rarely needs more than a search, a check and a validation; these caps stop a model that loops.
MODEL_CALLS_PER_TURN = 6
TOOL_CALLS_PER_TURN = 8
# The model sees at most this many earlier messages (the draft itself is in the system prompt).
HISTORY_MESSAGES = 40


def langchain_tools(ctx: ToolContext, sink: list[tuple[str, Any]], names: set[str] | None = None) -> list[StructuredTool]:
    """The tool specs as LangChain tools bound to this conversation; results are also collected for the screen."""

    def bind(spec: ToolSpec) -> StructuredTool:
        def call(**kwargs: Any) -> str:
            try:
                result = run_tool(ctx, spec.name, kwargs)
            except IprError as error:
                return f"Error: {error.message}{' ' + error.hint if error.hint else ''}"
            sink.append((spec.name, result))
            return result.content

        return StructuredTool.from_function(func=call, name=spec.name, description=spec.description, args_schema=spec.args_schema)

    return [bind(spec) for spec in READ_ONLY_TOOLS + STATE_CHANGING_TOOLS if names is None or spec.name in names]


class ModelResponder:
    """Answers messages with the chat model, through the agent graph."""

    mode = "model"

    def __init__(
        self, model: BaseChatModel, *, retries: int = 1, extra_middleware: list | None = None, tool_names: set[str] | None = None
    ):
        """``tool_names`` offers the model only those tools: small local models have short context windows."""
        self.model = model
        self.tool_names = tool_names
        self.retries = retries
        self.extra_middleware = list(extra_middleware or [])
        self.last_model_calls = 0

    def build_agent(self, ctx: ToolContext, sink: list[tuple[str, Any]], confirm: ConfirmationMiddleware):
        return create_agent(
            self.model,
            langchain_tools(ctx, sink, self.tool_names),
            system_prompt=system_prompt(ctx.state.draft, ctx.state.thread_id),
            middleware=[
                confirm,
                ModelRetryMiddleware(max_retries=self.retries, on_failure="error", initial_delay=0.5, max_delay=2.0, jitter=False),
                ModelCallLimitMiddleware(run_limit=MODEL_CALLS_PER_TURN, exit_behavior="end"),
                ToolCallLimitMiddleware(run_limit=TOOL_CALLS_PER_TURN, exit_behavior="end"),
                *self.extra_middleware,
            ],
        )

    def respond(self, ctx: ToolContext, text: str, *, on_token=None) -> Reply:
        state = ctx.state
        history = messages_from_dict(state.model_messages)[-HISTORY_MESSAGES:]
        while history and isinstance(history[0], ToolMessage):  # never start on an orphaned tool result
            history = history[1:]
        sink: list[tuple[str, Any]] = []
        confirm = ConfirmationMiddleware(ctx)
        agent = self.build_agent(ctx, sink, confirm)
        inputs = {"messages": [*history, HumanMessage(content=text)]}
        try:
            final = self._run(agent, inputs, on_token)
        except IprError:
            raise
        except Exception as error:  # the model or its server failed: the session falls back to guided mode
            raise ExternalServiceUnavailable(f"{type(error).__name__}: {str(error)[:200]}") from error
        messages: list[BaseMessage] = final["messages"]
        new = messages[len(history) :]
        self.last_model_calls = sum(1 for m in new if isinstance(m, AIMessage))
        state.model_messages = messages_to_dict(messages)
        return self._reply(ctx, new, sink)

    def _run(self, agent, inputs: dict, on_token) -> dict:
        if on_token is None:
            return agent.invoke(inputs)
        final = None
        for mode, payload in agent.stream(inputs, stream_mode=["messages", "values"]):
            if mode == "values":
                final = payload
            elif mode == "messages":
                chunk, meta = payload
                if isinstance(chunk, AIMessageChunk) and chunk.content and not chunk.tool_call_chunks:
                    on_token(chunk.text if hasattr(chunk, "text") else str(chunk.content))
        return final

    def _reply(self, ctx: ToolContext, new: list[BaseMessage], sink: list[tuple[str, Any]]) -> Reply:
        reply = Reply(mode="model")
        for message in new:
            if isinstance(message, AIMessage):
                for call in message.tool_calls:
                    held = ctx.state.pending is not None and any(c.name == call["name"] for c in ctx.state.pending.calls)
                    status = "pending" if call["name"] in {s.name for s in STATE_CHANGING_TOOLS} and held else "ran"
                    reply.tool_calls.append(ToolCallRecord(id=call.get("id") or "", name=call["name"], args=call.get("args") or {}, status=status))
        for _name, result in sink:
            reply.sections.append(Section(kind=result.kind, data=result.data))
        final_text = next((m.text if hasattr(m, "text") else str(m.content) for m in reversed(new) if isinstance(m, AIMessage) and m.content), "")
        citations = [c.get("n") for _name, r in sink if r.kind == "answer" for c in r.data.get("citations", [])]
        searched = any(name == "search_guide" for name, _ in sink)
        if searched or "[" in final_text:
            # Each cited sentence must be supported by what the search gave under its number; the rest are dropped.
            material = cited_material([r.data.get("answer") or "" for _name, r in sink if r.kind == "answer"])
            final_text = check_support(final_text, material).text
            final_text, grounded = enforce_citations(final_text, set(citations))
            reply.grounded = grounded
        reply.text = final_text
        reply.pending = ctx.state.pending if ctx.state.pending is not None and ctx.state.pending.origin == "model" else None
        return reply

    def after_decision(self, ctx: ToolContext, approved: bool, summary: str, results: list[str]) -> None:
        """Tell the model what the person decided, so its next turn starts from the truth."""
        outcome = "approved; result: " + " | ".join(r[:500] for r in results) if approved else "rejected; nothing was changed"
        messages = messages_from_dict(ctx.state.model_messages)
        messages.append(HumanMessage(content=f"(Confirmation) The person {outcome}. Change: {summary}"))
        ctx.state.model_messages = messages_to_dict(messages)
