"""A scripted chat model for control-flow tests: it answers with the messages it is given, in order.

LangChain's fake chat models do not implement ``bind_tools`` (which ``create_agent`` calls); this one returns itself,
so scripted ``AIMessage(tool_calls=[...])`` drive the agent exactly like a real model's tool calls. It records every
request it received, and can be told to fail (to test the fallback to the guided mode).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult


def tool_call(name: str, args: dict[str, Any] | None = None, call_id: str | None = None) -> AIMessage:
    """An AI message that calls one tool."""
    return AIMessage(content="", tool_calls=[{"name": name, "args": args or {}, "id": call_id or f"call_{name}", "type": "tool_call"}])


class ScriptedChatModel(GenericFakeChatModel):
    """Replies with the scripted messages in order; an Exception in the script is raised instead."""

    script: list[Any]
    requests: list[list[BaseMessage]] = []
    bound_tools: list[str] = []

    def __init__(self, script: Sequence[AIMessage | Exception | str], **kwargs: Any):
        super().__init__(messages=iter(()), script=list(script), requests=[], bound_tools=[], **kwargs)

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedChatModel:
        self.bound_tools = [getattr(t, "name", None) or t.get("name") for t in tools]
        return self

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        self.requests.append(list(messages))
        if not self.script:
            raise AssertionError("the scripted model was called more often than scripted")
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        message = AIMessage(content=step) if isinstance(step, str) else step
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(self, messages, stop=None, run_manager=None, **kwargs: Any) -> Iterator:
        from langchain_core.messages import AIMessageChunk
        from langchain_core.outputs import ChatGenerationChunk

        result = self._generate(messages, stop, run_manager, **kwargs).generations[0].message
        if result.tool_calls:
            chunk = AIMessageChunk(content=result.content, tool_call_chunks=[
                {"name": c["name"], "args": __import__("json").dumps(c["args"]), "id": c["id"], "index": i} for i, c in enumerate(result.tool_calls)
            ])
            yield ChatGenerationChunk(message=chunk)
            return
        for word in str(result.content).split(" "):
            token = AIMessageChunk(content=word + " ")
            if run_manager:
                run_manager.on_llm_new_token(token.content, chunk=ChatGenerationChunk(message=token))
            yield ChatGenerationChunk(message=token)

    @property
    def _llm_type(self) -> str:
        return "scripted"
