"""Drives `ipr-assistant chat` as a person would: lines on standard input, the JSON-lines transcript back.

Also snapshots of what a conversation may change (the store, the packages folder), so tests can assert that
a conversation changed nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from assistant.config import load_settings

runner = CliRunner()


def chat(lines: list[str], *args: str) -> list[dict[str, Any]]:
    """Type ``lines`` into `ipr-assistant chat --json [args]` and return the transcript's events."""
    from integrations.cli.app import app

    result = runner.invoke(app, ["chat", "--json", *args], input="".join(f"{line}\n" for line in lines))
    assert result.exit_code == 0, result.output + repr(result.exception)
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert events and events[0]["type"] == "session"
    return events


def replies(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "message" and e["role"] == "assistant"]


def user_turns(events: list[dict[str, Any]]) -> int:
    return sum(1 for e in events if e["type"] == "message" and e["role"] == "user" and not e["text"].startswith("/"))


def thread_of(events: list[dict[str, Any]]) -> str:
    return events[0]["thread_id"]


def open_complaints():
    from assistant.services.complaints import ComplaintService
    from assistant.store.engine import open_store

    return ComplaintService(open_store(load_settings()))


def store_snapshot() -> dict[str, Any]:
    """Every complaint (status, version, content) and the audit log: what a conversation could change."""
    service = open_complaints()
    try:
        complaints = {row.id: service.show(row.id).model_dump(mode="json") for row in service.list()}
        return {"complaints": complaints, "audit": [e.model_dump(mode="json") for e in service.audit_log()]}
    finally:
        service.store.close()


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
