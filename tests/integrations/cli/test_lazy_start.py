"""A command imports only what it uses: the root's --help lists the commands without importing any of them, and
`check-urls` opens no store, no index, no chat and no model."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from integrations.cli.app import COMMANDS
from integrations.cli.lazy import load_command

HEAVY = ("sqlalchemy", "alembic", "chromadb", "langchain_core", "slack_bolt", "numpy", "docx", "pypdf")


def modules_after(*args: str, stdin: str = "") -> set[str]:
    code = (
        "import sys, json\n"
        f"sys.argv = ['ipr-assistant', *{list(args)!r}]\n"
        "from integrations.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('\\nMODULES ' + json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stderr.rsplit("MODULES ", 1)[1]))


def test_help_lists_every_command_without_importing_one():
    loaded = modules_after("--help")
    assert not {name for name in loaded if name.startswith("integrations.cli.commands.")}
    assert not {name for name in loaded if name.split(".")[0] in HEAVY}


def test_check_urls_on_one_link_loads_only_its_own_command():
    loaded = modules_after("check-urls", "-", stdin="https://www.aliexpress.com/item/1005001234567890.html\n")
    assert {name for name in loaded if name.startswith("integrations.cli.commands.")} == {"integrations.cli.commands.check_urls"}
    assert not {name for name in loaded if name.split(".")[0] in HEAVY}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_help_line_listed_is_the_commands_own(name):
    module, line = COMMANDS[name]
    command = load_command(module, name)
    assert command.name == name
    assert (command.help or "").strip().splitlines()[0] == line
