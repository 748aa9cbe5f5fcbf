"""`ipr-assistant rights ...`: the team's registry of IP rights, mirroring the platform's 'My IPR' list.

Every subcommand takes --json (one JSON object on stdout). Changes are recorded under --actor (default: $USER).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError

from assistant.domain.models import IPRight, IPType
from assistant.domain.records import RightRecord
from assistant.errors import BadInput
from assistant.services.rights import RightsRegistry
from integrations.cli.commands.complaints import ACTOR_HELP, JSON_HELP, actor_name, console, emit, read_text_file
from integrations.cli.context import current_app

rights_app = typer.Typer(help="The team's IP rights (the platform's 'My IPR' list): add, list, show, update.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(rights_app, name="rights")


@contextmanager
def registry() -> Iterator[RightsRegistry]:
    """The rights registry of this run's App (closed with the App when the command ends)."""
    yield current_app().rights


def _right(values: dict[str, Any]) -> IPRight:
    try:
        return IPRight.model_validate(values)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in error['loc']) or 'right'}: {error['msg']}" for error in exc.errors())
        raise BadInput(f"The right is not valid: {problems}.") from None


def _from_json(path: Path) -> dict[str, Any]:
    from assistant.files.limits import loads_json

    data = loads_json(read_text_file(path, "right file", 1024 * 1024), str(path))
    if not isinstance(data, dict):
        raise BadInput(f"{path} must hold one JSON object (a right, or a complaint whose ip_right is the right).")
    # A complaint file carries its right whole: adding it from there spares writing the right out twice.
    if isinstance(data.get("ip_right"), dict):
        return data["ip_right"]
    return data


def _given(**options: Any) -> dict[str, Any]:
    """The right's fields the person gave on the command line (flags left out are not changed)."""
    values: dict[str, Any] = {}
    renames = {"ip_type": "ip_type", "number": "registration_number", "place": "places_of_registration", "klass": "classes",
               "status": "approval_status", "certificate": "certificate_copy", "sealed": "certificate_sealed_or_signed"}
    for option, value in options.items():
        if value is None or value == []:
            continue
        values[renames.get(option, option)] = value
    for field, flag in (("expiry_date", "--expiry"), ("filing_date", "--filing-date"), ("priority_date", "--priority-date")):
        if field in values:
            try:
                values[field] = date.fromisoformat(values[field])
            except ValueError:
                raise BadInput(f"{flag} '{values[field]}' is not a date: use YYYY-MM-DD.") from None
    return values


# Options shared by add and update; None means "not given".
TYPE = typer.Option(None, "--type", help="trademark, copyright or patent.")
PATENT_KIND = typer.Option(None, "--patent-kind", help="For patents: invention, utility_model or design.")
NAME = typer.Option(None, "--name", help="Trademark name, work title or patent title.")
NUMBER = typer.Option(None, "--number", help="Registration or patent number, as printed on the certificate.")
PLACE = typer.Option(None, "--place", help="Place of registration, e.g. 'Mainland China'. Repeatable.")
CLASS = typer.Option(None, "--class", help="Nice class a trademark covers. Repeatable.")
EXPIRY = typer.Option(None, "--expiry", help="Expiry date, YYYY-MM-DD.")
# What a seller's earlier publication is judged against (prior art): the application's day, and the priority it claims.
FILED = typer.Option(None, "--filing-date", help="Day the application was filed (a patent's application date), YYYY-MM-DD.")
PRIORITY = typer.Option(None, "--priority-date", help="Earliest priority day the right claims, if any, YYYY-MM-DD.")
OWNER = typer.Option(None, "--owner", help="Current owner as the registry shows it.")
STATUS = typer.Option(None, "--status", help="Status on the platform: not_submitted, pending_verification, approved, rejected.")
CERTIFICATE = typer.Option(None, "--certificate", help="colour or black-and-white copy of the certificate.")
SEALED = typer.Option(None, "--sealed/--not-sealed", help="A black-and-white copy was sealed or signed before photographing.")
REGISTERED = typer.Option(None, "--registered/--unregistered", help="Unregistered: a copyright filed with a Copyright Claim Statement.")
CHINA = typer.Option(None, "--china-extension/--no-china-extension", help="An international registration designating China.")
TEAM = typer.Option(None, "--team", help="Team that manages the right.")


@rights_app.command("add")
def add_command(
    right_id: str = typer.Option(None, "--id", help="Your reference for the right; default made from its type and number."),
    from_json: Path = typer.Option(None, "--from-json", help="Read the right from a JSON file: a right, or a complaint file (its ip_right). Flags given override its fields."),
    ip_type: str = TYPE, patent_kind: str = PATENT_KIND, name: str = NAME, number: str = NUMBER, place: list[str] = PLACE,
    klass: list[int] = CLASS, expiry: str = EXPIRY, filed: str = FILED, priority: str = PRIORITY, owner: str = OWNER, status: str = STATUS,
    certificate: str = CERTIFICATE,
    sealed: bool = SEALED, registered: bool = REGISTERED, china_extension: bool = CHINA, team: str = TEAM,
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a right to the registry."""
    values = _from_json(from_json) if from_json else {}
    values |= _given(id=right_id, ip_type=ip_type, patent_kind=patent_kind, name=name, number=number, place=place, klass=klass,
                     expiry_date=expiry, filing_date=filed, priority_date=priority, owner=owner, status=status, certificate=certificate, sealed=sealed, registered=registered,
                     china_extension=china_extension)
    with registry() as rights:
        record = rights.add(_right(values), actor=actor_name(actor), team=team)
    _show(record, as_json, f"Added right {record.right.id}.")


@rights_app.command("list")
def list_command(
    ip_type: str = typer.Option(None, "--type", help="Only trademarks, copyrights or patents."),
    team: str = typer.Option(None, "--team", help="Only this team's rights."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List the registry's rights, by name."""
    try:
        wanted = IPType(ip_type) if ip_type else None
    except ValueError:
        raise BadInput(f"--type '{ip_type}' is not one of trademark, copyright, patent.") from None
    with registry() as rights:
        records = rights.list(ip_type=wanted, team=team)
    if as_json:
        emit({"rights": [record.model_dump(mode="json") for record in records], "count": len(records)})
        return
    from integrations.cli.tables import rights_listing, show

    show(console, rights_listing([record.model_dump(mode="json") for record in records]))


@rights_app.command("show")
def show_command(
    right_id: str = typer.Argument(..., metavar="ID", help="The right's id."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show one right."""
    with registry() as rights:
        record = rights.show(right_id)
    _show(record, as_json, None)


@rights_app.command("update")
def update_command(
    right_id: str = typer.Argument(..., metavar="ID", help="The right's id."),
    ip_type: str = TYPE, patent_kind: str = PATENT_KIND, name: str = NAME, number: str = NUMBER, place: list[str] = PLACE,
    klass: list[int] = CLASS, expiry: str = EXPIRY, filed: str = FILED, priority: str = PRIORITY, owner: str = OWNER, status: str = STATUS,
    certificate: str = CERTIFICATE,
    sealed: bool = SEALED, registered: bool = REGISTERED, china_extension: bool = CHINA, team: str = TEAM,
    expected_version: int = typer.Option(None, "--expected-version", help="Refuse if the right changed since you saw this version."),
    actor: str = typer.Option(None, "--actor", help=ACTOR_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Change some of a right's details (only the flags given)."""
    changes = _given(ip_type=ip_type, patent_kind=patent_kind, name=name, number=number, place=place, klass=klass, expiry_date=expiry,
                     filing_date=filed, priority_date=priority, owner=owner, status=status, certificate=certificate, sealed=sealed, registered=registered, china_extension=china_extension)
    if not changes and team is None:
        raise BadInput("Nothing to change: give at least one flag, e.g. --status approved.")
    with registry() as rights:
        current = rights.show(right_id)
        merged = _right(current.right.model_dump(mode="json") | changes)
        # Without --expected-version, the version just read guards the write against a change made in between.
        version = expected_version if expected_version is not None else current.version
        record = rights.update(right_id, merged, actor=actor_name(actor), expected_version=version, team=team)
    _show(record, as_json, f"Updated right {record.right.id} (version {record.version}).")


def _show(record: RightRecord, as_json: bool, message: str | None) -> None:
    if as_json:
        emit({"right": record.model_dump(mode="json")})
        return
    if message:
        console.print(message)
    right = record.right
    for label, value in (
        ("id", right.id), ("type", right.ip_type + (f" ({right.patent_kind})" if right.patent_kind else "")), ("name", right.name),
        ("number", right.registration_number), ("places", ", ".join(right.places_of_registration)),
        ("classes", ", ".join(map(str, right.classes))), ("filed", right.filing_date), ("priority", right.priority_date), ("expiry", right.expiry_date),
        ("owner", right.owner),
        ("status on the platform", right.approval_status), ("team", record.team), ("version", record.version),
        ("last change", f"{record.updated_by} at {record.updated_at:%Y-%m-%d %H:%M} UTC"),
    ):
        if value not in (None, ""):
            console.print(f"{label}: {value}", markup=False)
