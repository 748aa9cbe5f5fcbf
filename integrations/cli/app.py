"""The `ipr-assistant` command: a root Typer app; each command lives in its own module under commands/, loaded when it runs."""

from __future__ import annotations

import os
import sys

import typer
from rich.console import Console
from rich.text import Text

from assistant.errors import IprError
from integrations.cli.lazy import LazyGroup

# Each command lives in its own module, which defines `register(app: typer.Typer) -> None`, and is imported only
# when it runs. Add a line when adding a command: its name, its module(s), and the first line of its help. A module
# that adds a subcommand to another's group (refile to complaints) is listed with that group.
COMMANDS: dict[str, tuple[str | tuple[str, ...], str]] = {
    "index": ("integrations.cli.commands.index", "Build or update the index of the knowledge base (only what changed is embedded again)."),
    "ask": ("integrations.cli.commands.ask", "Answer a question from the IP Protection Platform guide, citing the sources of every sentence."),
    "triage-appeal": (
        "integrations.cli.commands.triage_appeal",
        "Triage a seller's counter-notice: grounds, evidence checks, recommendation, checklist and deadline.",
    ),
    "chat": (
        "integrations.cli.commands.chat",
        "Chat with the assistant: ask questions, check links, put a complaint together and export its filing package.",
    ),
    "documents": (
        "integrations.cli.commands.documents",
        "List the documents a case needs (required and recommended), why, and the warnings that apply.",
    ),
    "validate": (
        "integrations.cli.commands.validate",
        "Check a complaint against the platform's rules: errors would get it rejected, warnings deserve a look.",
    ),
    "export": (
        "integrations.cli.commands.export",
        "Write what you paste and upload into IPP's complaint form; refuses a complaint that fails validation.",
    ),
    "check-urls": (
        "integrations.cli.commands.check_urls",
        "Check listing links: site, product or shop, id, canonical link and problems; then the notices (at most 300 links each).",
    ),
    "eval": (
        "integrations.cli.commands.eval",
        "Score the assistant on its evaluation datasets: retrieval, answers, checklists, links, appeals, conversations, safety.",
    ),
    "slack": (
        "integrations.cli.commands.slack",
        "Run the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else an HTTP server that verifies Slack's signatures.",
    ),
    "complaints": (
        ("integrations.cli.commands.complaints", "integrations.cli.commands.refile"),
        "The team's complaints: status, deadlines, bulk status updates and the Good Faith report.",
    ),
    "rights": ("integrations.cli.commands.rights", "The team's IP rights (the platform's 'My IPR' list): add, list, show, update."),
    "evidence": ("integrations.cli.commands.evidence", "Evidence that proves itself: package manifests and offline image-theft comparison."),
    "sellers": (
        "integrations.cli.commands.sellers",
        "Repeat sellers: shops the team has reported more than once, with their complaints and outcomes.",
    ),
    "feedback": (
        "integrations.cli.commands.feedback",
        "Feedback people gave on answers in Slack: export it as candidate evaluation cases.",
    ),
}


class Commands(LazyGroup):
    table = COMMANDS


app = typer.Typer(
    name="ipr-assistant",
    help="Report IP infringements to Alibaba Group's IP Protection Platform, correctly the first time.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=Commands,
)


@app.callback()
def _start(ctx: typer.Context) -> None:
    # The run's composition root, built lazily (see integrations/cli/context.py).
    from integrations.cli.context import start_run

    start_run(ctx)


# soft_wrap: the terminal wraps long messages itself; hard line breaks would cut commands and paths people copy.
err_console = Console(stderr=True, soft_wrap=True)


def report_error(error: IprError) -> int:
    """Print an error as people should see it: the message, a hint, and for an unexpected failure a reference id;
    never a traceback."""
    # Messages echo what people typed: printed as plain text, so "[/]" in a name is shown, never read as markup.
    err_console.print(Text.assemble(("Error:", "bold red"), " ", error.message), highlight=False)
    if error.hint:
        err_console.print(error.hint, highlight=False, markup=False)
    if error.unexpected:
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
