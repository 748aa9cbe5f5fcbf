"""`ipr-assistant complaints ...`: the team's complaint record: list, show, create, update, counter-notice,
counter-notice-day, due, import-status, report.

Changes are recorded under --actor (default: $USER). Every subcommand takes --json and then prints exactly one
JSON object on stdout. Exit codes: 0 fine, 1 refused (illegal transition, conflict, not found), 2 bad input.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from assistant.domain.appeals.recording import day_problem
from assistant.domain.deadlines import answer_due_words
from assistant.domain.records import ComplaintRecord
from assistant.errors import BadInput
from assistant.services.complaints import ComplaintService
from assistant.services.filing import read_complaint
from assistant.services.reports import ComplaintReport
from assistant.services.status_import import import_status_csv
from integrations.cli.context import current_app

complaints_app = typer.Typer(help="The team's complaints: status, deadlines, bulk status updates and the Good Faith report.", no_args_is_help=True)

ACTOR_HELP = "Who is making the change (recorded in the audit log). Default: your login name."
JSON_HELP = "Print one JSON object instead of a table."
ID_HELP = "The complaint's number (as `complaints list` shows it) or the team's reference (the file's \"id\", e.g. ACME-2026-014)."
MAX_STATUS_FILE_BYTES = 20 * 1024 * 1024
MAX_COUNTER_NOTICE_BYTES = 1024 * 1024


def register(app: typer.Typer) -> None:
    app.add_typer(complaints_app, name="complaints")


def actor_name(actor: str | None) -> str:
    """The person a change is recorded under: --actor, else the login name of whoever runs the command (the
    environment's, else the system's account database), else an explicit 'actor not given' (never a made-up name)."""
    name = (actor or _login_name() or ACTOR_NOT_GIVEN).strip()
    if not name or len(name) > 120:
        raise BadInput("--actor must be 1 to 120 characters.")
    return name


ACTOR_NOT_GIVEN = "actor not given"


def _login_name() -> str | None:
    try:  # the environment's USER first (as before), then getpass: LOGNAME, then the account database (a container's root)
        return os.environ.get("USER") or os.environ.get("USERNAME") or getpass.getuser()
    except Exception:  # noqa: BLE001 - no name anywhere (an account with no entry): said so, not guessed
        return None


@contextmanager
def complaint_service() -> Iterator[ComplaintService]:
    """The complaints service of this run's App (closed with the App when the command ends)."""
    yield current_app().complaints


def emit(payload: dict) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, default=str))


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{option} '{value}' is not a date: use YYYY-MM-DD.") from None


def parse_moment(value: str | None, option: str) -> datetime | date | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.strip()) if "T" in value else date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{option} '{value}' is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM).") from None


def read_text_file(path: Path, what: str, limit: int) -> str:
    from assistant.files.limits import read_file

    data = read_file(path, limit, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"The {what} {path} is not UTF-8 text.") from None


class _CurrentConsole:
    """Standard output as a console made at each use: rich fixes a console's width when it is made, and commands
    (and tests) must lay out tables for the terminal's width of the moment (COLUMNS, a resized window)."""

    def __getattr__(self, name: str):
        return getattr(Console(highlight=False, soft_wrap=True), name)


console = _CurrentConsole()


@complaints_app.command("list")
def list_command(
    status: str = typer.Option(None, "--status", help="Only complaints in this status, e.g. filed."),
    site: str = typer.Option(None, "--site", help="Only complaints on this site, e.g. aliexpress."),
    team: str = typer.Option(None, "--team", help="Only this team's complaints."),
    limit: int = typer.Option(None, "--limit", min=1, help="At most this many (most recently changed first)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List complaints, most recently changed first."""
    with complaint_service() as service:
        rows = service.list(status=status, site=site, team=team, limit=limit)
    if as_json:
        emit({"complaints": [row.model_dump(mode="json") for row in rows], "count": len(rows)})
        return
    from integrations.cli.tables import complaints_listing, show

    show(console, complaints_listing([row.model_dump(mode="json") for row in rows]))


@complaints_app.command("show")
def show_command(
    complaint_id: str = typer.Argument(..., metavar="ID", help=ID_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show one complaint: content, status, history and counter-notices."""
    with complaint_service() as service:
        record = service.show(complaint_id)
    if as_json:
        emit({"complaint": record.model_dump(mode="json")})
    else:
        print_record(record)


@complaints_app.command("create")
def create_command(
    file: Path = typer.Argument(..., metavar="FILE.json", help="The complaint as JSON (the format `validate` reads)."),
    key: str = typer.Option(
        None, "--key", help="Idempotency key: repeating the command with the same key and file creates nothing new. "
        "Default: a key derived from the file's content, so running the same file again creates nothing new."
    ),
    team: str = typer.Option(None, "--team", help="Team that owns the complaint."),
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Save a complaint file as a new draft (once per --key; without one, once per content)."""
    from integrations.cli.context import current_app

    complaint = read_complaint(file, current_app().limits)
    with complaint_service() as service:
        used_key = key if key is not None else service.content_key(complaint, team=team)
        saved = service.save_new_draft(complaint, idempotency_key=used_key, actor=actor_name(actor), team=team)
    record = saved.record
    if as_json:
        emit({"complaint": record.model_dump(mode="json"), "created": saved.created, "key": used_key,
              "same_reference": list(saved.same_reference)})
        return
    named = f"{record.id}" + (f" ({escape(record.team_reference)})" if record.team_reference else "")
    if saved.created:
        console.print(f"Created draft complaint {named} with {len(record.complaint.listings)} listing(s).")
        if key is None:
            console.print("Running the same file again creates nothing new (the key is derived from its content).")
        if saved.same_reference:
            others = ", ".join(map(str, saved.same_reference))
            console.print(
                f"[yellow]Note:[/] complaint(s) {others} already use the reference '{escape(record.team_reference or '')}': "
                "name these complaints by their numbers from now on."
            )
    elif key is None:
        console.print(f"This file's content already created complaint {named}; nothing new was created.")
    else:
        console.print(f"The key '{escape(key)}' already created complaint {named}; nothing new was created.")


@complaints_app.command("update")
def update_command(
    complaint_id: str = typer.Argument(..., metavar="ID", help=ID_HELP),
    status: str = typer.Option(..., "--status", help="The new status, e.g. ready, filed, under_review, removed."),
    note: str = typer.Option(None, "--note", help="A note for the history, e.g. the platform's reason."),
    platform_id: str = typer.Option(None, "--platform-id", help="The id IPP gave the complaint (usually with --status filed)."),
    occurred_at: str = typer.Option(None, "--occurred-at", help="When it happened on the platform (YYYY-MM-DD[THH:MM]); default now."),
    expected_version: int = typer.Option(None, "--expected-version", help="Refuse if the complaint changed since you saw this version."),
    key: str = typer.Option(None, "--key", help="With --status filed: idempotency key, so a repeated command files once."),
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Move a complaint to a new status (only the transitions the lifecycle allows)."""
    when = parse_moment(occurred_at, "--occurred-at")
    who = actor_name(actor)
    with complaint_service() as service:
        before = service.show(complaint_id)
        if key is not None:
            if status.strip().lower() != "filed":
                raise BadInput("--key is for --status filed only.")
            record = service.file(complaint_id, idempotency_key=key, actor=who, platform_complaint_id=platform_id, note=note, occurred_at=when)
        else:
            record = service.transition(
                complaint_id, status, actor=who, note=note, platform_complaint_id=platform_id, occurred_at=when, expected_version=expected_version
            )
    changed = record.version != before.version
    rejection = _rejection_reading(record, note) if changed else None
    if as_json:
        payload = {"complaint": record.model_dump(mode="json"), "changed": changed, "previous_status": before.status.value}
        emit(payload | ({"rejection": rejection.model_dump(mode="json")} if rejection else {}))
    elif changed:
        console.print(f"Complaint {record.id}: {before.status} -> {record.status} (version {record.version}).")
        if rejection is not None:
            said = f"Read as: {rejection.name}." if rejection.recognised else "The note matches none of the known rejection reasons clearly."
            console.print(f"{escape(said)} For the fix plan and a corrected draft: ipr-assistant complaints refile {record.id}")
    else:
        console.print(f"Complaint {record.id} is already {record.status}; nothing changed.")


def _rejection_reading(record: ComplaintRecord, note: str | None):
    """A rejection recorded with IPP's words: which known reason they give (read, not stored)."""
    if record.status.value != "rejected" or not (note or "").strip():
        return None
    from assistant.services.rejection_matching import read_rejection

    try:
        return read_rejection(note)
    except BadInput:  # a note too long to be a notice: the status change stands, it is just not read
        return None


@complaints_app.command("counter-notice")
def counter_notice_command(
    complaint_id: str = typer.Argument(..., metavar="ID", help="The complaint the seller answered: its number or the team's reference."),
    text_file: Path = typer.Argument(..., metavar="TEXT_FILE", help="The seller's counter-notice or appeal text (UTF-8)."),
    received: str = typer.Option(
        None, "--received", help="The day it reached us (YYYY-MM-DD, or in words: 'today', 'yesterday', '3 March'); default today."
    ),
    attachment: list[str] = typer.Option(None, "--attachment", help="Name of a file the seller attached. Repeatable."),
    response_due: str = typer.Option(None, "--response-due", help="Our deadline as IPP shows it (YYYY-MM-DD), when known."),
    before_last_round: bool = typer.Option(
        False, "--before-last-round", help="The day is right although it is before the last round recorded on the complaint."
    ),
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Record a seller's counter-notice or appeal against a complaint, and work out when our answer is due.

    The same text already recorded on the complaint is not recorded again (exit 0, saying so); a day after today is
    refused (exit 2), and so is a day before the last round unless --before-last-round confirms it."""
    text = read_text_file(text_file, "counter-notice file", MAX_COUNTER_NOTICE_BYTES)
    with complaint_service() as service:
        today = service.store.now().date()
        from assistant.services.appeals import received_day  # the one reader of a receipt day, as triage-appeal's

        received_on = received_day(received, "--received", today) or today
        problem = day_problem(received_on, filed_on=None, today=today)  # the same words as the triage's refusal
        if problem:
            raise BadInput(f"Nothing was recorded: {problem[1]}", hint="Give the day it reached us with --received YYYY-MM-DD.")
        notice = service.record_counter_notice(
            complaint_id,
            received_on=received_on,
            text=text,
            actor=actor_name(actor),
            attachments=attachment or [],
            response_due=parse_day(response_due, "--response-due"),
            before_last_round=before_last_round,
        )
    if as_json:
        emit({"counter_notice": notice.model_dump(mode="json")})
        return
    due = answer_due_words(notice.response_due)
    if notice.already_recorded:
        console.print(f"Already recorded: this text is round {notice.round} on complaint {notice.complaint_id}, received on "
                      f"{notice.received_on.isoformat()}. Nothing was recorded again. Our answer is due: {due}.")
        return
    console.print(f"Recorded {notice.kind.replace('_', '-')} round {notice.round} on complaint {notice.complaint_id}. Our answer is due: {due}.")
    if notice.response_due_note:
        console.print(escape(notice.response_due_note))


@complaints_app.command("counter-notice-day")
def counter_notice_day_command(
    complaint_id: str = typer.Argument(..., metavar="ID", help="The complaint the seller answered: its number or the team's reference."),
    received: str = typer.Option(
        ..., "--received", help="The day it really reached us (YYYY-MM-DD, or in words: 'yesterday', '23 November')."
    ),
    round_number: int = typer.Option(None, "--round", min=1, help="The round to correct (default: the latest recorded)."),
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Correct the day a recorded counter-notice reached us, and count our answer's deadline again from it.

    The seller's text and files stay as recorded; the old day and deadline are kept in the complaint's history and the
    audit log. A day after today, before the complaint was filed or out of order with the other rounds is refused
    (exit 2) and nothing changes; the day already recorded changes nothing (exit 0, saying so)."""
    with complaint_service() as service:
        today = service.store.now().date()
        from assistant.services.appeals import given_day, received_day  # the one reader of a receipt day

        said = given_day(received, "--received", today)[1]
        received_on = received_day(received, "--received", today)
        correction = service.correct_counter_notice_day(
            complaint_id, received_on=received_on, actor=actor_name(actor), round_number=round_number, said=said)
    if as_json:
        emit({"correction": correction.model_dump(mode="json"), "counter_notice": correction.counter_notice.model_dump(mode="json")})
        return
    from assistant.services.counter_notice_days import correction_words

    console.print(escape(correction_words(correction)))


@complaints_app.command("due")
def due_command(
    days: int = typer.Option(7, "--days", min=0, help="Look this many days ahead."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """What is due in the next N days (and what is overdue): our answers first, then the sellers' windows."""
    from assistant.services.renewals import renewals_due

    with complaint_service() as service:
        today = service.store.now().date()
        items = service.due(days, today=today)
        renewals = renewals_due(service.store, days=days, today=today)
    if as_json:
        emit({"today": today.isoformat(), "days": days, "items": [item.model_dump(mode="json") for item in items],
              "renewals": [item.model_dump(mode="json") for item in renewals]})
        return
    print_renewals(renewals)
    from integrations.cli.tables import due_listing, show

    show(console, due_listing([item.model_dump(mode="json") for item in items], days))


def print_renewals(renewals) -> None:
    """Rights and powers of attorney that expire, with what to upload after renewal."""
    for item in renewals:
        state = "EXPIRED" if item.days_left < 0 else f"{item.days_left} day(s) left"
        relying = f"; complaints relying on it: {', '.join(item.complaints)}" if item.complaints else ""
        what = "Right" if item.kind == "right_expires" else "Power of attorney"
        console.print(f"{what} [bold]{escape(item.name)}[/] expires {item.due_on} ({state}){relying}.")
        console.print(f"  After renewal: {escape(item.upload_after_renewal)}")


@complaints_app.command("import-status")
def import_status_command(
    csv_file: Path = typer.Argument(..., metavar="CSV", help="The status file (format below)."),
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Apply status updates from a CSV file, all or nothing.

    \b
    Format (UTF-8, header line first, applied in file order):
      complaint_id,status,platform_complaint_id,note,occurred_at,shop
      17,filed,IPP-2026-000123,,2026-11-02,https://www.aliexpress.com/store/1102345
      17,under_review,,,2026-11-03T09:30:00,
      18,removed,,Seller did not answer,2026-11-06,Sunny Gadgets Store
    complaint_id and status are required; occurred_at is an ISO date or date-time (UTC), default now;
    shop (the seller as IPP shows it: its shop link or name) is kept with the complaint for `sellers`.
    A bad line or a refused transition changes nothing and names the line. Lines whose status the
    complaint already has are skipped, so importing a file twice is harmless.
    """
    text = read_text_file(csv_file, "status file", MAX_STATUS_FILE_BYTES)
    with complaint_service() as service:
        result = import_status_csv(service, text, actor=actor_name(actor))
    if as_json:
        emit(result.model_dump(mode="json"))
    else:
        console.print(f"Applied {result.applied} status change(s); {result.unchanged} line(s) already up to date.")
        if result.covers_from:
            console.print(escape(result.covers))
        if result.shops_recorded:
            console.print(f"Kept {result.shops_recorded} shop(s) with their complaints (see `ipr-assistant sellers`).")
        for warning in result.warnings:
            console.print(f"[yellow]Warning:[/] {escape(warning)}")


@complaints_app.command("report")
def report_command(
    months: int = typer.Option(3, "--months", min=1, help="The window, in months (the Good Faith programme uses 3)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Complaints and listings by outcome, and the Good Faith rates over the window, overall and per reason code."""
    with complaint_service() as service:
        report = service.report(months)
    if as_json:
        emit(report.model_dump(mode="json"))
    else:
        print_report(report)


def print_report(report: ComplaintReport) -> None:
    from integrations.cli.views import good_faith_view, print_view

    print_view(Console(highlight=False), good_faith_view(report))  # prose wrapped to the terminal, as the table is


def print_record(record: ComplaintRecord) -> None:
    from integrations.cli.views import complaint_view, print_view

    print_view(console, complaint_view(record))
