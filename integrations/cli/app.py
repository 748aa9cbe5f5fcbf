"""The `ipr-assistant` command: a root Typer app; each command lives in its own module under commands/."""

from __future__ import annotations

import importlib
import os
import sys

import typer
from rich.console import Console
from rich.text import Text

from assistant.errors import IprError

app = typer.Typer(
    name="ipr-assistant",
    help="Report IP infringements to Alibaba Group's IP Protection Platform, correctly the first time.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module defines `register(app: typer.Typer) -> None`. Add a line when adding a command module.
COMMAND_MODULES = [
    "integrations.cli.commands.index",
    "integrations.cli.commands.ask",
    "integrations.cli.commands.triage_appeal",
    "integrations.cli.commands.chat",
    "integrations.cli.commands.complaints",
    "integrations.cli.commands.rights",
    "integrations.cli.commands.documents",
    "integrations.cli.commands.validate",
    "integrations.cli.commands.export",
    "integrations.cli.commands.check_urls",
    "integrations.cli.commands.eval",
    "integrations.cli.commands.slack",
    "integrations.cli.commands.evidence",
    "integrations.cli.commands.refile",
    "integrations.cli.commands.sellers",
]

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)

err_console = Console(stderr=True)


def report_error(error: IprError) -> int:
    """Print an error as people should see it: the message, a hint, a reference id; never a traceback."""
    # Messages echo what people typed: printed as plain text, so "[/]" in a name is shown, never read as markup.
    err_console.print(Text.assemble(("Error:", "bold red"), " ", error.message), highlight=False)
    if error.hint:
        err_console.print(error.hint, highlight=False, markup=False)
    err_console.print(f"[dim](reference {error.reference})[/]", highlight=False)
    return error.exit_code


def main() -> None:
    # Nothing the assistant runs may phone home: chromadb telemetry and hub look-ups stay off.
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import click

    try:
        result = app(standalone_mode=False)
    except IprError as error:
        sys.exit(report_error(error))
    except (click.exceptions.Abort, typer.Abort):
        err_console.print("Aborted.")
        sys.exit(130)
    # Usage errors: exit code 2. Typer 0.29 raises its own copy of click's exceptions (typer.TyperException).
    except (click.exceptions.ClickException, typer.TyperException) as exc:
        exc.show() if hasattr(exc, "show") else err_console.print(exc.format_message(), highlight=False)
        sys.exit(exc.exit_code)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
