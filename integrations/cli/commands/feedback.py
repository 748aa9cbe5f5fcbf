"""`ipr-assistant feedback export`: people's votes on answers (with their reasons) as candidate evaluation cases."""

from __future__ import annotations

import json
from pathlib import Path

import typer

feedback_app = typer.Typer(help="Feedback people gave on answers in Slack: export it as candidate evaluation cases.", no_args_is_help=True)
DATASETS = Path(__file__).resolve().parents[3] / "evals" / "datasets"


def register(app: typer.Typer) -> None:
    app.add_typer(feedback_app, name="feedback")


@feedback_app.command("export")
def export_command(
    out: Path = typer.Option(None, "--out", metavar="FILE.jsonl", help="Write the cases to this new file (default: print them)."),
    votes: str = typer.Option("all", "--votes", metavar="all|good|bad", help="Only helpful ('good') or unhelpful ('bad') answers."),
    with_reason: bool = typer.Option(False, "--with-reason", help="Only votes that came with a typed reason."),
) -> None:
    """Write each vote on an answer as a candidate case for the answers suite (JSONL, the shape of
    evals/datasets/questions.jsonl): the question, the person as persona, the marketplace, the cited sections of a
    helpful answer as expected sources, and under "feedback" the vote, the reason, the answer and its citations.
    Candidates are marked "candidate": true and are never added to a dataset: review them, write the expected facts,
    give each a dataset id, then copy the ones you keep.

    Exit 0: written, or nothing to export (said, no file written). Exit 2: bad input.
    """
    from assistant.errors import BadInput
    from assistant.services.feedback import candidate_cases
    from integrations.cli.context import current_app

    if votes not in ("all", "good", "bad"):
        raise BadInput(f"--votes {votes!r} is not one of: all, good, bad.")
    if out is not None:
        target = out.expanduser()
        if target.exists():
            raise BadInput(f"{out} already exists; nothing was written.", hint="Name a new file for the candidates.")
        if target.resolve().parent == DATASETS.resolve() or DATASETS.resolve() in target.resolve().parents:
            raise BadInput(
                "Candidates are not written into evals/datasets/: nothing was written.",
                hint="Write them elsewhere, review them, then copy the cases you keep into the dataset.",
            )
    store = current_app().slack_store
    cases = candidate_cases(store, which=votes, with_reason_only=with_reason)  # type: ignore[arg-type]
    if not cases:
        typer.echo(_nothing_to_export(len(candidate_cases(store)), votes, with_reason), err=True)
        return
    lines = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)
    if out is None:
        typer.echo(lines, nl=False)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(lines, encoding="utf-8")
    typer.echo(f"Wrote {len(cases)} candidate case(s) to {out}. Review them before any joins a dataset.", err=True)


def _nothing_to_export(recorded: int, votes: str, with_reason: bool) -> str:
    """Said on stderr when no case is written, so the output stays JSONL and a person still learns why."""
    if not recorded:
        return ("Nothing to export: no votes on answers are recorded yet. Votes come from the Helpful / Not helpful buttons "
                "under the assistant's answers in Slack (ipr-assistant slack), with the reason people type.")
    asked = " and ".join(part for part in (f"--votes {votes}" if votes != "all" else "", "--with-reason" if with_reason else "") if part)
    return f"Nothing to export: none of the {recorded} recorded vote(s) on answers matches {asked}."
