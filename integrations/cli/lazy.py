"""Commands imported only when they run: `ipr-assistant --help` and `ipr-assistant check-urls` do not pay for the
store, the index, the chat or the model (click's "lazily loading subcommands" pattern, on Typer's group class).

Each command module defines `register(app)`; the root lists the modules with the one-line help `--help` shows, so
listing the commands imports none of them (a test keeps those lines equal to the commands' own).
"""

from __future__ import annotations

import importlib
from difflib import get_close_matches
from typing import Any

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup


_loaded: dict[tuple[tuple[str, ...], str], Any] = {}


def load_command(modules: str | tuple[str, ...], name: str) -> Any:
    """The click command `name` that the modules' register(app) define (built once per process)."""
    modules = (modules,) if isinstance(modules, str) else tuple(modules)
    if (modules, name) not in _loaded:
        scratch = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        for module_name in modules:
            importlib.import_module(module_name).register(scratch)
        built = typer.main.get_command(scratch)
        commands = getattr(built, "commands", None)
        _loaded[(modules, name)] = commands[name] if commands and name in commands else built
    return _loaded[(modules, name)]


class LazyGroup(TyperGroup):
    """A Typer group whose commands come from `LazyGroup.table`: name -> (module or modules, one-line help)."""

    table: dict[str, tuple[str | tuple[str, ...], str]] = {}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return [*self.table, *(name for name in self.commands if name not in self.table)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in self.commands or cmd_name not in self.table:
            return self.commands.get(cmd_name)
        modules, short_help = self.table[cmd_name]
        if self._listing:  # the root's --help: the line is enough, the module stays unloaded
            return TyperCommand(cmd_name, help=short_help)
        self.commands[cmd_name] = load_command(modules, cmd_name)
        return self.commands[cmd_name]

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # Typer suggests a close name ('Did you mean ...?') from the commands already built; here none is built until
        # it runs, so the suggestion is made from the listed names, with the same difflib matching Typer uses.
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:  # Typer 0.29 raises its own copy of click's UsageError
            if args and isinstance(getattr(error, "message", None), str) and "Did you mean" not in error.message:
                matches = get_close_matches(args[0], self.list_commands(ctx))
                if matches:
                    error.message = f"{error.message.rstrip('.')}. Did you mean {', '.join(repr(m) for m in matches)}?"
            raise

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False
