"""Fuzzing every command: random bytes, random JSON and random arguments, run through the real entry point.

The property: whatever comes in, the command ends with exit code 0, 1 or 2 and no traceback (run_cli fails on any
exception main() does not turn into a message), and nothing is written outside the data folder. Bounded example
counts keep the whole module well under a minute; `eval` (it runs the scorecard) is left out, and `slack` is fuzzed
without tokens, so it can only refuse.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import typer.main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import assistant.retrieval.index as index_module
from tests.security.conftest import run_cli
from tests.security.test_cli import EXAMPLE

FUZZ = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)


def command_paths() -> list[list[str]]:
    """Every command and subcommand of the CLI, with the options it takes."""
    from integrations.cli.app import app

    root = typer.main.get_command(app)
    paths = []
    for name in root.list_commands(None):  # commands load when asked for (integrations/cli/lazy.py)
        command = root.get_command(None, name)
        if name == "eval":
            continue
        subcommands = getattr(command, "commands", None)
        paths += [[name, sub] for sub in subcommands] if subcommands else [[name]]
    return paths


COMMANDS = command_paths()


@pytest.fixture
def world(ipr_home, tmp_path, monkeypatch, small_corpus):
    """A working folder the commands run in (it must stay empty), input files, and the data folder."""
    monkeypatch.setattr(index_module, "KNOWLEDGE_DIR", small_corpus)
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "OPENAI_API_KEY", "IPR_OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    cwd = tmp_path / "cwd"
    inputs = tmp_path / "inputs"
    cwd.mkdir()
    inputs.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("HOME", str(cwd))
    return {"home": ipr_home, "cwd": cwd, "inputs": inputs, "root": tmp_path}


def outside_writes(world) -> list[str]:
    """Anything that appeared outside the data folder: in the working folder, or beside the inputs."""
    known = {"cwd", "inputs", "ipr-home", "knowledge"}
    extra = [p.name for p in world["root"].iterdir() if p.name not in known]
    return extra + [str(p) for p in world["cwd"].rglob("*")]


def run(world, *args: str, stdin: bytes = b""):
    outcome = run_cli(*args, stdin=stdin)
    assert outcome.code in (0, 1, 2), (args, outcome.code, outcome.text[-2000:])
    assert outside_writes(world) == [], args
    return outcome


FILE_COMMANDS = [
    ["validate", "{file}"], ["export", "{file}", "--out", "{out}"], ["complaints", "create", "{file}", "--key", "k"],
    ["rights", "add", "--from-json", "{file}"], ["check-urls", "{file}"], ["triage-appeal", "--complaint", "{file}", "--text", "{file}"],
    ["triage-appeal", "--complaint", "{example}", "--text", "{file}", "--attachment", "{file}", "--attachments-json", "{file}"],
    ["complaints", "import-status", "{file}"], ["complaints", "counter-notice", "1", "{file}"], ["index", "--add", "{file}"],
    ["evidence", "verify", "{file}"],
]


def file_args(world, template: list[str], path: Path) -> list[str]:
    example = world["inputs"] / "example.json"
    if not example.exists():
        example.write_text(json.dumps({"complaint": json.loads(EXAMPLE.read_text()), "filed_on": "2026-11-02"}))
    values = {"file": str(path), "out": str(world["home"] / "packages" / "fuzz"), "example": str(example)}
    return [part.format(**values) for part in template]


STDIN_COMMANDS = [["chat"], ["check-urls", "-"], ["validate", "-"], ["export", "-", "--out", "{out}"],
                  ["triage-appeal", "--complaint", "{example}", "--text", "-"], ["complaints", "import-status", "-"]]


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".json", ".txt", ".csv", ".pdf", ".docx", ".md", ".html"]),
       template=st.sampled_from(FILE_COMMANDS), piped=st.sampled_from(STDIN_COMMANDS))
def test_random_bytes_in_files_and_on_standard_input(world, data, suffix, template, piped):
    path = world["inputs"] / f"input{suffix}"
    path.write_bytes(data)
    run(world, *file_args(world, template, path))
    run(world, *file_args(world, piped, path), stdin=data)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)
FIELDS = ["id", "site", "complainant", "ip_right", "reason", "listings", "evidence", "statement", "name", "url", "kind",
          "registration_number", "places_of_registration", "approval_status", "text", "date", "quantity"]


def complaint_like(draw_value, field: str, value):
    data = json.loads(EXAMPLE.read_text())
    data[field] = value
    return data


JSON_COMMANDS = FILE_COMMANDS[:4] + FILE_COMMANDS[5:7]


@FUZZ
@given(value=JSON, field=st.sampled_from(FIELDS), whole=st.booleans(), template=st.sampled_from(JSON_COMMANDS))
def test_random_json_where_a_complaint_right_or_attachment_list_is_expected(world, value, field, whole, template):
    document = value if whole else complaint_like(None, field, value)
    path = world["inputs"] / "input.json"
    path.write_text(json.dumps(document, allow_nan=True), encoding="utf-8")
    run(world, *file_args(world, template, path))


TOKENS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["1", "0", "-1", str(2**31), str(10**23), "[/]", "\x00", "..", "/proc/x", "/dev/zero", "-", "--json",
                     "--help", "yes", "2026-13-45", "9999-12-31T23:00:00-05:00", "aliexpress", "trademark", "filed", "C-1"]),
)


@FUZZ
@given(command=st.sampled_from(COMMANDS), tokens=st.lists(TOKENS, max_size=6), flags=st.lists(st.integers(0, 40), max_size=4))
def test_random_arguments_to_every_command(world, command, tokens, flags):
    from integrations.cli.app import app

    root = typer.main.get_command(app)
    target = root.get_command(None, command[0])
    if len(command) > 1:
        target = target.commands[command[1]]
    options = [opt for param in target.params for opt in param.opts if opt.startswith("--") and opt not in ("--out", "--force", "--add")]
    args = list(command)
    for position, token in enumerate(tokens):
        if flags and options and position < len(flags):
            args.append(options[flags[position] % len(options)])
        args.append(token)
    if "\x00" in "".join(args):  # the operating system refuses NUL in arguments; a person cannot type it there
        args = [arg.replace("\x00", "") for arg in args]
    run(world, *args, stdin=b"")


def test_a_few_commands_as_real_processes(world, tmp_path):
    """The property through the installed entry point as well (a process, its exit code and its stderr)."""
    import subprocess
    import sys

    env = {**os.environ, "IPR_ASSISTANT_HOME": str(world["home"])}
    junk = world["inputs"] / "junk.json"
    junk.write_bytes(os.urandom(2048))
    for args in (["validate", str(junk)], ["check-urls", str(junk)], ["complaints", "show", "[/]"], ["rights", "add", "--from-json", str(junk)]):
        done = subprocess.run([sys.executable, "-m", "integrations.cli.app", *args], capture_output=True, env=env, timeout=120, cwd=world["cwd"])
        assert done.returncode in (1, 2) and b"Traceback" not in done.stderr, done.stderr
    assert outside_writes(world) == []
