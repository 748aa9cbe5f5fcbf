"""Appeal triage is pure: whatever the seller's text says, it opens no database, writes no file, reaches no network.

A spy on Python's audit events records every file opened for writing, every SQLite connection, socket, process
and file-system change while the triage runs over every dataset case (including the ones that tell the assistant
to withdraw the complaint or mark it accepted).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from assistant.domain.appeals import AppealAttachment, triage_appeal
from assistant.domain.models import Complaint
from evals.suites.appeals import typed_attachments

DATASET = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "appeals.jsonl"
CASES = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_STATE_EVENTS = (
    "sqlite3.connect",
    "socket.connect",
    "socket.bind",
    "subprocess.Popen",
    "os.system",
    "os.remove",
    "os.rename",
    "os.mkdir",
    "os.rmdir",
    "os.truncate",
    "shutil.rmtree",
    "shutil.move",
)


class _Spy:
    recording = False
    events: list[tuple[str, tuple]] = []


def _hook(event: str, args: tuple) -> None:
    if not _Spy.recording:
        return
    if event == "open":
        _, mode, flags = (tuple(args) + (None, None, None))[:3]
        if (isinstance(mode, str) and set(mode) & set("wax+")) or (isinstance(flags, int) and flags & _WRITE_FLAGS):
            _Spy.events.append((event, args))
    elif event in _STATE_EVENTS:
        _Spy.events.append((event, args))


sys.addaudithook(_hook)  # audit hooks cannot be removed; this one records only while a test switches it on


def _run_all() -> None:
    for case in CASES:
        triage_appeal(
            Complaint.model_validate(case["complaint"]),
            case["counter_notice"],
            typed_attachments(case),
            received_on=date.fromisoformat(case["received_on"]) if case.get("received_on") else None,
            today=date.fromisoformat(case["today"]),
            filed_on=date.fromisoformat(case["filed_on"]),
        )


def test_the_spy_sees_state_changes():
    """The spy itself works: a write and a SQLite connection made while it records are caught."""
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        _Spy.events, _Spy.recording = [], True
        try:
            Path(folder, "x.txt").write_text("x")
            sqlite3.connect(Path(folder, "x.db")).close()
        finally:
            _Spy.recording = False
    seen = {event for event, _ in _Spy.events}
    assert {"open", "sqlite3.connect"} <= seen


def test_triage_changes_no_state_for_any_counter_notice(ipr_home):
    _run_all()  # warm-up: rules are read and cached, modules imported
    _Spy.events, _Spy.recording = [], True
    try:
        _run_all()
    finally:
        _Spy.recording = False
    assert _Spy.events == []
    assert not ipr_home.exists()  # no data directory, so no database file, was created


def test_the_triage_modules_import_no_store_network_or_model_code():
    probe = (
        "import sys, assistant.domain.appeals, assistant.domain.deadlines;"
        "bad = [m for m in sys.modules if m.startswith(('assistant.store', 'assistant.services', 'assistant.agent',"
        " 'sqlalchemy', 'psycopg', 'chromadb', 'openai', 'langchain', 'slack_bolt', 'requests', 'httpx'))];"
        "print(','.join(sorted(bad)))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == ""
