"""`ipr-assistant chat` as a real process: scripted standard input, plain text or JSON lines out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

AE = "https://www.aliexpress.com/item/1005001234567890.html"
LINES = [
    "/help",
    "I found fake ACME sneakers on AliExpress, help me report them",
    "We are the rights holder, Acme Sports Inc.",
    "trademark ACME, no. 12345678, approved",
    f"{AE} https://aliexpress.com.example.net/item/1005001234567890.html",
    "The fakes have a printed logo and the soles are glued, not stitched",
    "comparison document comparison.pdf",
    "yes",
    "/quit",
]


def run_chat(args: list[str], lines: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "IPR_ASSISTANT_HOME": str(home)}
    command = [sys.executable, "-c", "from integrations.cli.app import main; main()", "chat", *args]
    return subprocess.run(command, input="".join(f"{line}\n" for line in lines), capture_output=True, text=True, env=env, timeout=120)


def test_scripted_plain_text_conversation_exports_a_package(ipr_home):
    result = run_chat(["--yes", "--out", str(ipr_home / "out")], LINES, ipr_home)
    assert result.returncode == 0, result.stderr
    assert "look-alike address" in result.stdout.lower()  # the URL report table, the problem in words
    assert "Filing package written" in result.stdout
    package = next((ipr_home / "out").iterdir())
    assert (package / "notice-1-links.txt").read_text().split() == [AE]
    # The manifest's SHA-256 is shown, so the person can keep it and prove later that nothing changed.
    from assistant.services.evidence.manifest import sha256_of

    assert f"Manifest SHA-256: {sha256_of(package / 'manifest.json')}" in result.stdout
    assert "Traceback" not in result.stderr


def test_json_transcript_is_one_object_per_line(ipr_home):
    result = run_chat(["--json", "--yes"], LINES[1:8], ipr_home)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = [e["type"] for e in events]
    assert kinds[0] == "session" and "tool_call" in kinds and "confirmation" in kinds and "decision" in kinds
    assert sum(1 for e in events if e["type"] == "message" and e["role"] == "user") == 7


def test_unknown_model_is_a_usage_error(ipr_home):
    result = run_chat(["--model", "nonsense"], ["hello"], ipr_home)
    assert result.returncode == 2
    assert "Unknown model" in result.stderr and "Traceback" not in result.stderr


def test_model_without_key_is_a_configuration_error(ipr_home):
    result = run_chat(["--model", "openai:gpt-4o-mini"], ["hello"], ipr_home)
    assert result.returncode == 2 and "OPENAI_API_KEY" in result.stderr


def test_a_thread_id_no_conversation_has_is_said_not_silently_started(ipr_home):
    """A mistyped --thread must not pass unnoticed: the person is told a new conversation starts; a real one resumes."""
    fresh = run_chat(["--json", "--thread", "no-such-thread"], ["/quit"], ipr_home)
    assert fresh.returncode == 0, fresh.stderr
    assert json.loads(fresh.stdout.splitlines()[0])["resumed"] is False
    assert "No earlier conversation has the id 'no-such-thread'" in fresh.stderr

    first = run_chat(["--json"], ["I found fake ACME sneakers on AliExpress", "/quit"], ipr_home)
    thread = json.loads(first.stdout.splitlines()[0])["thread_id"]
    again = run_chat(["--json", "--thread", thread], ["/quit"], ipr_home)
    assert json.loads(again.stdout.splitlines()[0])["resumed"] is True
    assert "No earlier conversation" not in again.stderr
