"""`ipr-assistant eval [--suite S] [--model M] [--json] [--markdown]`: the scorecard (see evals/README.md).

Runs the datasets of evals/datasets through the assistant and judges the scores against evals/thresholds.toml.
Exit 0 when every suite ran and met its thresholds; 1 when a score is below its threshold, a suite broke, the run
was too slow, or a suite was skipped (its model cannot be used: skipped is never passed); 2 for bad usage.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

SUITES_HELP = "retrieval, answers, checklists, links, appeals, conversations, safety; 'questions' = retrieval + answers"


def register(app: typer.Typer) -> None:
    app.command(name="eval")(eval_command)


def eval_command(
    suite: Annotated[
        list[str] | None,
        typer.Option("--suite", metavar="S", help=f"Run only these suites (repeat the option, or separate with commas): {SUITES_HELP}."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", metavar="M", help="Run the chat suites through this model ('openai:<model>' or 'openai-compatible:<model>')."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scorecard as one JSON object.")] = False,
    as_markdown: Annotated[bool, typer.Option("--markdown", help="Print the scorecard as markdown (for CI logs and the README).")] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, max=2, help="1: every suite in this process; 2 (the default with two cores or more): the suites without the index in a second process."),
    ] = None,
) -> None:
    """Score the assistant on its evaluation datasets: retrieval, answers, checklists, links, appeals, conversations, safety."""
    # Imported here: the scorecard pulls in the index and the chat, which other commands should not pay for.
    from rich.console import Console
    from rich.markdown import Markdown

    from assistant.errors import BadInput
    from evals.report import markdown
    from evals.runner import UnknownSuite, resolve_suites, run_scorecard
    from integrations.bootstrap import App

    if as_json and as_markdown:
        raise BadInput("Choose one of --json and --markdown.")
    try:
        resolve_suites(suite)
    except UnknownSuite as error:
        raise BadInput(f"Unknown suite {str(error)!r}.", hint=f"Suites: {SUITES_HELP}.") from None

    progress = Console(stderr=True, highlight=False)
    card = run_scorecard(suite, model=model, apps=App, on_suite=lambda name: progress.print(f"[dim]Running {name}...[/]"), workers=workers)
    if as_json:
        typer.echo(json.dumps(card.to_dict(), ensure_ascii=False, default=str))
    elif as_markdown:
        typer.echo(markdown(card), nl=False)
    else:
        Console(highlight=False).print(Markdown(markdown(card)))
    raise typer.Exit(0 if card.verdict == "passed" else 1)
