"""The project's import rules, checked by reading the code (ast), not by running it.

- the core (assistant/) never imports the edges (integrations/), the evals, the benchmarks or the tests;
- nothing outside tests/ imports tests/;
- the evals never import integrations/: whoever runs them hands the composition root in, so the CLI's `eval`
  command and the evals do not import each other in a loop;
- only the composition root (integrations/bootstrap.py) builds settings, stores (the store, the conversations, the
  Slack app's records), indexes;
- one SQL engine: only assistant/store/engine.py calls SQLAlchemy's create_engine.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("assistant", "integrations", "evals", "benchmarks")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module's file, relative to the root
    target: str  # the imported module's dotted name
    line: int


def python_files(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py") if ".venv" not in path.parts)


def imports_of(path: Path) -> list[Import]:
    """Every module a file imports, at any depth (function-level imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    relative = path.relative_to(ROOT).as_posix()
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(relative, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append(Import(relative, target, node.lineno))
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            found.append(Import(relative, node.args[0].value, node.lineno))
    return found


def _is_dynamic_import(node: ast.Call) -> bool:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    return name in ("import_module", "__import__") and bool(node.args) and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)


def arrows(folders: tuple[str, ...], into: tuple[str, ...]) -> list[str]:
    """'file:line -> module' for every import from files under `folders` of a module under one of `into`."""
    return [
        f"{found.module}:{found.line} -> {found.target}"
        for path in python_files(*folders)
        for found in imports_of(path)
        if any(found.target == top or found.target.startswith(top + ".") for top in into)
    ]


def test_the_reader_sees_every_kind_of_import(tmp_path, monkeypatch):
    """The rules below are only as good as the reader: a top-level, a nested, a relative and a dynamic import."""
    (tmp_path / "assistant").mkdir()
    sample = tmp_path / "assistant" / "sample.py"
    sample.write_text(
        "import integrations.cli\n"
        "def f():\n    from integrations.slack import app\n"
        "from .domain import models\n"
        "import importlib\nimportlib.import_module('tests.fakes')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("tests.test_architecture.ROOT", tmp_path)
    found = {(i.target, i.line) for i in imports_of(sample)}
    assert found >= {("integrations.cli", 1), ("integrations.slack", 3), ("assistant.domain", 4), ("tests.fakes", 6)}
    assert len(arrows(("assistant",), ("integrations",))) == 2
    assert len(arrows(("assistant",), ("tests",))) == 1


def test_the_core_never_imports_the_edges():
    assert arrows(("assistant",), ("integrations", "evals", "benchmarks", "tests")) == []


def test_the_services_never_import_the_edges():
    assert arrows(("assistant/services",), ("integrations",)) == []


def test_nothing_outside_the_tests_imports_them():
    assert arrows(PACKAGES, ("tests",)) == []


def test_the_evals_never_import_the_edges_so_cli_and_evals_form_no_loop():
    assert arrows(("evals",), ("integrations",)) == []
# Calls that build settings or open a store or an index, and the modules allowed to make them: the composition root
# and the modules that define them.
CONSTRUCTORS = {
    "Settings": {"assistant/config.py"},
    "load_settings": {"assistant/config.py"},
    "open_store": {"assistant/store/engine.py"},
    "open_index": {"assistant/retrieval/index.py"},
    "open_local_index": {"assistant/retrieval/index.py"},
    "open_server_index": {"assistant/retrieval/index.py"},
    "ConversationStore": {"assistant/agent/conversations.py"},
    "SlackStore": set(),
    "Store": {"assistant/store/engine.py"},
}
ROOT_MODULE = "integrations/bootstrap.py"


# Calls that make an SQL engine, and the one module allowed to make them (not even the composition root: it opens the
# store through assistant/store/engine.py).
ENGINE_CALLS = {"create_engine", "engine_from_config", "create_async_engine"}
ENGINE_MODULE = "assistant/store/engine.py"


def calls_in(folders: tuple[str, ...]) -> list[tuple[str, int, str]]:
    """(file, line, called name) of every call in the files under `folders`."""
    found = []
    for path in python_files(*folders):
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                found.append((relative, node.lineno, name))
    return found


def constructor_calls(folders: tuple[str, ...]) -> list[str]:
    return [
        f"{relative}:{line} {name}(...)"
        for relative, line, name in calls_in(folders)
        if name in CONSTRUCTORS and relative not in CONSTRUCTORS[name] and relative != ROOT_MODULE
    ]


def engine_calls(folders: tuple[str, ...]) -> list[str]:
    return [f"{relative}:{line} {name}(...)" for relative, line, name in calls_in(folders) if name in ENGINE_CALLS and relative != ENGINE_MODULE]


def test_only_the_composition_root_builds_settings_stores_and_indexes():
    assert constructor_calls(PACKAGES) == []


def test_one_module_makes_sql_engines():
    assert engine_calls(PACKAGES) == []


@pytest.mark.parametrize("call", [
    "Settings(home=x)", "config.load_settings()", "engine.open_store(s)", "open_index(s, reset=True)", "SlackStore(s)",
    "ConversationStore(s)", "Store(x)",
])
def test_the_constructor_check_sees_a_call(call, tmp_path, monkeypatch):
    sample = tmp_path / "sample.py"
    sample.write_text(f"def f(s, x, config, engine):\n    return {call}\n", encoding="utf-8")
    monkeypatch.setattr("tests.test_architecture.ROOT", tmp_path)
    monkeypatch.setattr("tests.test_architecture.python_files", lambda *folders: [sample])
    assert len(constructor_calls(("anything",))) == 1


@pytest.mark.parametrize("call", ["create_engine('sqlite://')", "sqlalchemy.create_engine(x)", "engine_from_config(x)"])
def test_the_engine_check_sees_a_call(call, tmp_path, monkeypatch):
    sample = tmp_path / "integrations" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(f"def f(x, sqlalchemy):\n    return {call}\n", encoding="utf-8")
    monkeypatch.setattr("tests.test_architecture.ROOT", tmp_path)
    monkeypatch.setattr("tests.test_architecture.python_files", lambda *folders: [sample])
    assert len(engine_calls(("anything",))) == 1


def test_tests_replace_parts_of_the_composition_root_through_override_not_by_patching():
    """`override(index=...)` (integrations/bootstrap.py) is the one way a test swaps a part of the App."""
    patched = []
    for path in python_files("tests"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "setattr" and node.args:
                target = ast.unparse(node.args[0])
                if target in ("App", "bootstrap", "Wiring") or "bootstrap" in target:
                    patched.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert patched == []
