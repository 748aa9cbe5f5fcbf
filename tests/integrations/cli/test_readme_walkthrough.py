"""The README's walk-through, run line by line as written on an empty data directory: set up, ask, documents,
check links, draft in the chat, export, create, file, due. Each line runs through the real entry point in this
process (`./ipr-assistant` is the launcher that sets up .venv first; the tests already run inside it)."""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LAUNCHER = "./ipr-assistant"
# The exit code each step is documented to end with (check-urls finds the lookalike link on purpose).
EXPECTED_CODES = {"check-urls": 1}


def walkthrough_lines() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Walk-through", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def run_line(line: str, monkeypatch, capsys) -> tuple[str, int, str, str]:
    words = shlex.split(line, comments=True)
    assert words[0] == LAUNCHER, line
    args, stdin = words[1:], None
    if "<" in args:
        at = args.index("<")
        stdin, args = Path(args[at + 1]).read_bytes(), args[:at] + args[at + 2 :]
    monkeypatch.setattr(sys, "argv", ["ipr-assistant", *args])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8"))
    from integrations.cli import app

    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        app.main()
    out, err = capsys.readouterr()
    return args[0], exit_info.value.code or 0, out, err


def test_the_readme_walkthrough_runs_as_written(tmp_path, ipr_home, monkeypatch, capsys):
    assert not ipr_home.exists()
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("USER", "ann")
    lines = walkthrough_lines()
    steps = [shlex.split(line, comments=True)[1] for line in lines]
    for needed in ("index", "ask", "documents", "check-urls", "chat", "export", "complaints"):
        assert needed in steps, f"the walk-through has no `{needed}` step"

    outputs: dict[str, str] = {}
    for line in lines:
        command, code, out, err = run_line(line, monkeypatch, capsys)
        assert code == EXPECTED_CODES.get(command, 0), f"{line}\n{out}\n{err}"
        assert "Traceback" not in err and "(reference " not in err, f"{line}\n{err}"
        outputs[line] = out

    said = "\n".join(outputs.values())
    assert "look-alike address" in said.lower()  # the check-urls step found the lookalike link
    assert "Filing package written" in said  # the chat exported its complaint
    chat_packages = [p for p in (tmp_path / "filing").iterdir() if p.name != "acme-2026-014"]
    assert len(chat_packages) == 1 and (chat_packages[0] / "complaint.json").is_file()
    assert (tmp_path / "filing" / "acme-2026-014" / "notice-1-links.txt").read_text().split() == [
        "https://www.aliexpress.com/item/1005001234567890.html",
        "https://www.aliexpress.com/item/1005009876543210.html",
    ]

    # The record as the walk-through leaves it: the chat's draft, and the example filed under its own reference.
    _, code, out, _ = run_line(f"{LAUNCHER} complaints show ACME-2026-014 --json", monkeypatch, capsys)
    record = json.loads(out)["complaint"]
    assert code == 0 and record["status"] == "filed" and record["complaint"]["platform_complaint_id"] == "IPP-2026-000123"
    assert record["team_reference"] == "ACME-2026-014"
    _, _, out, _ = run_line(f"{LAUNCHER} complaints list --json", monkeypatch, capsys)
    assert json.loads(out)["count"] == 2
    _, _, out, _ = run_line(f"{LAUNCHER} complaints due --json", monkeypatch, capsys)
    assert any(item["complaint_id"] == record["id"] for item in json.loads(out)["items"])
