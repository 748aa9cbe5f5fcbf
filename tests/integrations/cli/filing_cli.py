"""Run `ipr-assistant` in this process (fast) or as a real subprocess (for the stdout and exit-code contracts)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

CLI = Path(sys.executable).parent / "ipr-assistant"
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str

    @property
    def err(self) -> str:
        """stderr with rich's line wrapping undone."""
        return " ".join(self.stderr.split())

    def json(self) -> dict:
        """stdout must hold exactly one JSON object and nothing else."""
        payload, end = json.JSONDecoder().raw_decode(self.stdout.strip())
        assert self.stdout.strip()[end:].strip() == "", "stdout holds more than one JSON object"
        assert isinstance(payload, dict)
        return payload


def run_in_process(capsys, monkeypatch, *args: str, stdin: bytes | None = None) -> Outcome:
    """`ipr-assistant ARGS` through the real entry point (main), with its error handling and exit codes."""
    from integrations.cli import app

    monkeypatch.setattr(sys, "argv", ["ipr-assistant", *args])
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        app.main()
    captured = capsys.readouterr()
    code = exit_info.value.code
    return Outcome(code if isinstance(code, int) else (0 if code is None else 1), captured.out, captured.err)


def run_subprocess(*args: str, stdin: bytes | None = None) -> Outcome:
    done = subprocess.run([str(CLI), *args], input=stdin, capture_output=True, timeout=120)
    return Outcome(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
