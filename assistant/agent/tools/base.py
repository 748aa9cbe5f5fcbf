"""What every tool is made of: the context it runs in, the result it gives, and its spec (name, description, schema)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from assistant.agent.services import AssistantServices
from assistant.agent.state import ConversationState


@dataclass
class ToolContext:
    """What a tool may use: the core's services and the conversation it runs in."""

    services: AssistantServices
    state: ConversationState


@dataclass
class ToolResult:
    """A tool's answer: text for the model (untrusted parts fenced) and data for the screen."""

    content: str
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its name, what it does (for the model), its argument schema and its implementation."""

    name: str
    description: str
    args_schema: type[BaseModel]
    run: Callable[[ToolContext, Any], ToolResult]


def to_data(value: Any) -> Any:
    """A result as plain JSON-ready data (pydantic models dumped, paths as text)."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {key: to_data(item) for key, item in value.items()}
    if isinstance(value, Path):
        return str(value)
    return value


def as_json(value: Any) -> str:
    """A result as the JSON text the model reads."""
    return json.dumps(to_data(value), ensure_ascii=False, default=str)


def saved(record: Any) -> dict[str, Any]:
    """What a tool that saved a complaint reports: its id, status and version."""
    return {"complaint_id": record.id, "status": str(record.status), "version": record.version}
