"""The composition root of one CLI run: the root command's callback puts a lazy App in the typer context (so
`--help` and commands that touch nothing pay nothing: its parts are built on first use), and closes it when the
run ends. Commands reach it with `app_of(ctx)`, helpers without the context with `current_app()`."""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from integrations.bootstrap import App

_current: ContextVar[App | None] = ContextVar("ipr_cli_app", default=None)


def start_run(ctx: typer.Context) -> None:
    """Give the run its App (unless the caller put one in ctx.obj, as embedders and tests may), closed at the end."""
    if ctx.obj is None:
        from integrations.bootstrap import App

        ctx.obj = App()
        ctx.call_on_close(ctx.obj.close)
    token = _current.set(ctx.obj)
    ctx.call_on_close(lambda: _current.reset(token))


def app_of(ctx: typer.Context) -> App:
    """The run's App."""
    root = ctx.find_root()
    if root.obj is None:
        start_run(root)
    return root.obj


def current_app() -> App:
    """The App of the command running now (for helpers that are not handed the context); a command function called
    directly, outside a run (a benchmark does), gets the process's own App."""
    app = _current.get()
    if app is None:
        global _process_app
        if _process_app is None:
            from integrations.bootstrap import App

            _process_app = App()
        app = _process_app
    return app


_process_app: App | None = None
