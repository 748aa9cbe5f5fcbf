"""`ipr-assistant triage-appeal`: read a seller's counter-notice and say how to answer it.

Reads the complaint (a JSON file, or the store by id), the seller's text and attachments, and prints the triage:
the seller's grounds checked against the platform's evidence standard, what is missing or suspicious, the
recommendation, the checklist for our response and its deadline. It changes nothing. Exit 0 when triaged,
2 for unusable input (no text, a missing or binary file, a bad date).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from assistant.domain.appeals import AppealTriage, recording
from assistant.domain.appeals.view import triage_view_model
from assistant.domain.deadlines import answer_due_words
from assistant.errors import BadInput, Conflict
from assistant.services import appeals as appeal_service
from integrations.cli.context import current_app

def register(app: typer.Typer) -> None:
    app.command(name="triage-appeal")(triage_appeal)


def _date_option(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{flag} {value!r} is not a date; {appeal_service.why_not_a_day(value.strip())}") from None


def triage_appeal(
    complaint_file: Path = typer.Option(None, "--complaint", metavar="FILE.json", help="The complaint, as a JSON file."),
    complaint_id: str = typer.Option(None, "--complaint-id", metavar="ID", help="The complaint's id in the team's store."),
    text: str = typer.Option(
        None, "--text", metavar="FILE|-", help="The seller's counter-notice: a text file, or - for standard input."
    ),
    attachment: list[Path] = typer.Option(
        None, "--attachment", metavar="PATH", help="A file the seller attached (text, HTML, PDF, Word, or a scan). Repeatable."
    ),
    attachments_json: Path = typer.Option(
        None, "--attachments-json", metavar="FILE", help="Attachments described as a JSON list (name, kind, text, date, quantity...)."
    ),
    received_on: str = typer.Option(
        None, "--received-on", metavar="DATE", help="The day the counter-notice reached us (YYYY-MM-DD, or in words: 'today', 'yesterday', '3 March')."
    ),
    filed_on: str = typer.Option(None, "--filed-on", metavar="DATE", help="The day the complaint was filed, if the complaint file lacks it."),
    holidays: list[Path] = typer.Option(
        None, "--holidays", metavar="FILE", help="A YAML file of extra holiday calendars (same shape as knowledge/rules/holidays.yaml)."
    ),
    our_statement: list[str] = typer.Option(
        None, "--our-statement", metavar="TEXT", help="What we say of a document the seller names ('we never sent them any authorisation', "
        "'the licence they sent is valid only for Germany'): the draft reply says it as ours (a denial also asks the seller to produce "
        "the document). Our records agreeing with the seller ('Bellini is our authorised dealer') make it accept the counter-notice. Repeatable."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of the report."),
    record: bool = typer.Option(
        False, "--record", help="Then record the counter-notice on the complaint (--complaint-id): its status becomes "
        "'counter-notice received', with our deadline where the site publishes one. Asks first."
    ),
    yes: bool = typer.Option(False, "--yes", help="With --record: record without asking."),
    actor: str = typer.Option(None, "--actor", help="With --record: who records it (kept in the history). Default: your login name."),
) -> None:
    """Triage a seller's counter-notice: grounds, evidence checks, recommendation, checklist and deadline.

    Changes nothing, unless --record is given and the change is confirmed."""
    if bool(complaint_file) == bool(complaint_id):
        raise BadInput("Give the complaint with exactly one of --complaint FILE.json or --complaint-id ID.")
    if record and not complaint_id:
        raise BadInput("--record needs the complaint from the team's records: give --complaint-id ID.")
    if record and text is None:
        raise BadInput("--record needs the seller's text (--text): without it the triage reads the counter-notice already recorded.")
    # A day written as YYYY-MM-DD is read as one (a day that does not exist is named); other words as the chat reads them.
    received, received_said = appeal_service.given_day(received_on, "--received-on")
    filed = _date_option(filed_on, "--filed-on")
    app = current_app()
    settings = app.settings
    target = appeal_service.read_complaint(settings, lambda: app.store, complaint_file=complaint_file, complaint_id=complaint_id, limits=app.limits)
    if filed:
        target.filed_on = filed
    submission = appeal_service.read_submission(text, list(attachment or []), attachments_json, stored=target, limits=app.limits)
    result = appeal_service.triage(target, submission, received_on=received, received_said=received_said, settings=settings,
                                   holiday_files=list(holidays or []), our_statements=list(our_statement or []))

    err = Console(stderr=True, highlight=False)
    for notice in submission.notices:
        err.print(Text(notice, style="yellow"))
    if not as_json:
        print_triage(result, Console(highlight=False))
    recorded = None
    if complaint_id and text is not None:
        recorded = _record_if_asked(target, submission, result, record=record, yes=yes, actor=actor, err=err)
    if as_json:
        # "view": the triage as every front end shows it (each ground's status in words, the points by group), so a
        # program reads the same words the terminal, the chat and Slack show. The seller's text stays in seller_text
        # alone, fenced as data.
        view = triage_view_model(result).model_dump(mode="json", exclude={"seller_lines", "attachment_names"})
        payload = result.model_dump(mode="json") | {"notices": submission.notices, "view": view}
        if record:
            payload["recorded"] = recorded
        typer.echo(json.dumps(payload, ensure_ascii=False))


def _record_if_asked(target, submission, result: AppealTriage, *, record: bool, yes: bool, actor: str | None, err: Console):
    """Record the counter-notice on its complaint when --record asks and the person confirms; the recorded notice
    (as JSON) or None. What recording would refuse is said first and never offered (the complaint's state, the same
    text already recorded); a receipt day that cannot be (before the filing) is never offered: the person is asked
    for the day; a day before the last round is asked about in the confirmation. With --yes, any of these records
    nothing and the exit code is 2 (1 for the complaint's state)."""
    label = result.complaint_known_as or f"complaint {target.number}"
    check = appeal_service.recording_check(target, submission.text, result.received_on)
    if check.verdict in (recording.COMPLAINT_NOT_OPEN, recording.NOT_CONTESTED):
        if record:
            raise Conflict(f"Nothing was recorded: {check.message}")
        err.print(Text(f"Nothing was recorded: {check.message}", style="dim"))
        return None
    if check.verdict == recording.ALREADY_RECORDED:
        err.print(Text(check.message, style="dim"))
        return None
    if not record:
        err.print(Text(f"Nothing was recorded. To record this counter-notice on {label}, run again with --record.", style="dim"))
        return None
    who = _actor(actor)
    day = result.received_on
    while check.verdict in (recording.DAY_AFTER_TODAY, recording.DAY_BEFORE_FILING):
        if yes:
            raise BadInput(f"Nothing was recorded: {check.message}", hint="Give the day it reached us with --received-on YYYY-MM-DD.")
        err.print(Text(f"It cannot be recorded as received on that day: {check.message}", style="yellow"))
        answer = typer.prompt("On which day did the counter-notice reach us? (YYYY-MM-DD; empty: record nothing)", default="",
                              show_default=False, err=True)
        if not answer.strip():
            err.print(Text("Nothing was recorded.", style="dim"))
            return None
        day = _date_option(answer, "The day")
        check = appeal_service.recording_check(target, submission.text, day)
    earlier = check.verdict == recording.BEFORE_LAST_ROUND
    if earlier and yes:
        raise BadInput(f"Nothing was recorded: {check.message}", hint="Check the day; to record it as it is, run again without --yes and confirm.")
    args = appeal_service.recording_args(f"C-{target.number}", submission.text, day, [a.name for a in submission.attachments])
    args["before_last_round"] = earlier
    question = appeal_service.describe_recording(args, label, actor=who, site=target.complaint.site) + (f" Note: {check.message}" if earlier else "") + " Record it?"
    if not (yes or typer.confirm(question, default=False, err=True)):
        err.print(Text("Nothing was recorded.", style="dim"))
        return None
    notice = appeal_service.record_counter_notice(current_app().complaints, args, actor=who, triaged=result)
    due = answer_due_words(notice.response_due)
    err.print(Text(f"Recorded on {label} (round {notice.round}) by {who}. Our answer is due: {due}."))
    return notice.model_dump(mode="json")


def _actor(given: str | None) -> str:
    from integrations.cli.commands.complaints import actor_name

    return actor_name(given)


def print_triage(result: AppealTriage, console: Console) -> None:
    """The triage as people read it: the one view the chat shows too (integrations/cli/views.py)."""
    from integrations.cli.views import print_view, triage_view

    print_view(console, triage_view(result, notices=False))  # the notices went to standard error above
