"""No module of the product imports a name it never uses (pyflakes reads the code; nothing is run).

A package's __init__.py is left out: what it imports is what it offers.
"""

from __future__ import annotations

from pathlib import Path

from pyflakes.api import checkPath
from pyflakes.messages import UnusedImport
from pyflakes.reporter import Reporter

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("assistant", "integrations", "evals", "benchmarks", "scripts")


class Collected(Reporter):
    def __init__(self) -> None:
        super().__init__(None, None)
        self.found: list[str] = []

    def flake(self, message) -> None:
        if isinstance(message, UnusedImport):
            self.found.append(f"{Path(message.filename).relative_to(ROOT)}:{message.lineno} {message.message_args[0]}")

    def syntaxError(self, filename, msg, lineno, offset, text) -> None:  # noqa: N802 - pyflakes' name
        self.found.append(f"{filename}:{lineno} does not parse: {msg}")

    def unexpectedError(self, filename, msg) -> None:  # noqa: N802 - pyflakes' name
        self.found.append(f"{filename}: {msg}")


def test_no_module_imports_a_name_it_does_not_use():
    collected = Collected()
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name != "__init__.py":
                checkPath(str(path), collected)
    assert collected.found == []
