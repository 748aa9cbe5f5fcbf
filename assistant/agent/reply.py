"""What the assistant hands back for one message: text, structured sections to render, and any change awaiting a yes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.agent.state import PendingChange, ToolCallRecord


class Section(BaseModel):
    """A block of structured output (a URL report, a checklist, an answer with citations...) for the screen to render."""

    kind: str = Field(description="'answer', 'checklist', 'url_report', 'validation', 'complaints', 'due', 'triage', 'export', ...")
    data: dict[str, Any] = Field(default_factory=dict)


class Reply(BaseModel):
    """The assistant's answer to one message."""

    text: str = Field(default="", description="Markdown to show the person.")
    sections: list[Section] = Field(default_factory=list)
    pending: PendingChange | None = Field(default=None, description="A change shown to the person, waiting for yes or no.")
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list, description="Things the person should know (input cut, model unreachable...).")
    mode: str = Field(default="guided", description="'guided' or 'model': who produced the reply.")
    grounded: bool | None = Field(default=None, description="For answers to questions: whether citations back them.")

    def add(self, text: str) -> None:
        self.text = f"{self.text}\n\n{text}".strip() if self.text else text
