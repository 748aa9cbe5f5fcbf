"""`ipr-assistant documents`: which documents a case needs, why, and what may stop it."""

from __future__ import annotations

import json
import re
from datetime import date
from enum import StrEnum

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from assistant.domain.models import CertificateCopy, ComplaintReason, DocumentCase, DocumentChecklist, HolderType, IPType, PatentKind, Role, Site
from assistant.domain.site_names import parse_site
from assistant.errors import BadInput
from assistant.services.filing import documents_for


def register(app: typer.Typer) -> None:
    app.command(name="documents")(documents)


def choice(enum: type[StrEnum], value: str | None, option: str) -> StrEnum | None:
    """Read an option's value as one of the enum's values; '-' and '_' are interchangeable. Bad values list the allowed ones."""
    if value is None:
        return None
    wanted = value.strip().lower().replace("-", "_")
    for member in enum:
        if member.value.replace("-", "_") == wanted:
            return member
    allowed = ", ".join(member.value.replace("_", "-") for member in enum)
    raise typer.BadParameter(f"{value!r} is not one of: {allowed}.", param_hint=option)


def _site(value: str | None) -> Site | None:
    """The --site value read by the one reader of site names ('AliExpress', 'alibaba.com' and 'tmall.hk' count)."""
    try:
        return parse_site(value)
    except BadInput as error:
        raise typer.BadParameter(error.message, param_hint="--site") from None


def documents(
    ip_type: str = typer.Option(..., "--ip-type", metavar="TYPE", help="trademark, copyright or patent."),
    patent_kind: str = typer.Option(None, "--patent-kind", metavar="KIND", help="For patents: invention, utility-model or design."),
    role: str = typer.Option(None, "--role", metavar="ROLE", help="rights-holder (the owner files) or agent."),
    holder: str = typer.Option(None, "--holder", metavar="TYPE", help="The rights holder: individual or company."),
    site: str = typer.Option(None, "--site", metavar="SITE", help=f"One of: {', '.join(s.value for s in Site)}."),
    unregistered: bool = typer.Option(False, "--unregistered", help="The right is not registered (e.g. an unregistered copyright)."),
    registered: bool = typer.Option(False, "--registered", help="The right is registered (said, so the list does not ask)."),
    reason: str = typer.Option(None, "--reason", metavar="REASON", help=f"One of: {', '.join(r.value for r in ComplaintReason)}."),
    certificate: str = typer.Option("colour", "--certificate", metavar="COPY", help="colour or black-and-white copy of the certificate."),
    sealed_or_signed: bool = typer.Option(False, "--sealed-or-signed", help="The black-and-white copy was sealed or signed before photographing."),
    language: str = typer.Option(None, "--language", metavar="LANG", help="Language of the documents, e.g. en, zh, de."),
    registered_in: list[str] = typer.Option(
        None, "--registered-in", metavar="PLACE", help="Place of registration, e.g. 'Mainland China', EU, 'WIPO (designating China)'. Repeatable."
    ),
    expires: str = typer.Option(None, "--expires", metavar="YYYY-MM-DD", help="Expiry date of the registration."),
    renewed: bool = typer.Option(False, "--renewed", help="The registration was renewed, changed or assigned since it was issued."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a table."),
) -> None:
    """List the documents a case needs (required and recommended), why, and the warnings that apply."""
    if registered and unregistered:
        raise typer.BadParameter("give --registered or --unregistered, not both.", param_hint="--registered")
    case = _case(
        ip_type=choice(IPType, ip_type, "--ip-type"),
        patent_kind=choice(PatentKind, patent_kind, "--patent-kind"),
        role=choice(Role, role, "--role") or Role.RIGHTS_HOLDER,
        holder_type=choice(HolderType, holder, "--holder"),
        site=_site(site),
        registered=not unregistered,
        reason=choice(ComplaintReason, reason, "--reason"),
        certificate=choice(CertificateCopy, certificate, "--certificate"),
        certificate_sealed_or_signed=sealed_or_signed,
        language=_language(language),
        places_of_registration=list(registered_in or []),
        expiry_date=_day(expires, "--expires"),
        renewed_or_transferred=renewed,
    )
    given = {"role": role, "holder_type": holder, "site": site, "reason": reason, "places_of_registration": registered_in, "registered": unregistered or registered}
    checklist = documents_for(case, known={name for name, value in given.items() if value})
    if as_json:
        typer.echo(json.dumps(checklist_json(case, checklist), ensure_ascii=False))
    else:
        print_checklist(checklist)


def _case(**facts) -> DocumentCase:
    if facts["patent_kind"] is not None and facts["ip_type"] is not IPType.PATENT:
        raise typer.BadParameter("applies to patents only (use it with --ip-type patent).", param_hint="--patent-kind")
    try:
        return DocumentCase(**facts)
    except ValidationError as exc:  # the options above are checked one by one; this is a last line of defence
        raise typer.BadParameter(str(exc)) from exc


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*|[A-Za-z]{4,20}|中文", value.strip()):
        raise typer.BadParameter(f"{value!r} is not a language: give a code such as en, zh, de, or a name such as English.", param_hint="--language")
    return value.strip()


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD.", param_hint=option) from None


def checklist_json(case: DocumentCase, checklist: DocumentChecklist) -> dict:
    """{"documents": [...], "warnings": [str], ...}: the contract of `documents --json`, with details added."""
    return {
        "documents": [document.model_dump(mode="json") for document in checklist.documents],
        "warnings": [warning.message for warning in checklist.warnings],
        "warning_details": [warning.model_dump(mode="json") for warning in checklist.warnings],
        "case": case.model_dump(mode="json", exclude_none=True),
        "open_questions": [question.model_dump(mode="json") for question in checklist.open_questions],
    }


def print_checklist(checklist: DocumentChecklist) -> None:
    """The documents (a table, or one block each on a narrow terminal), then the warnings."""
    console = Console(highlight=False)
    from integrations.cli.tables import documents_listing, show

    show(console, documents_listing([document.model_dump(mode="json") for document in checklist.documents]))
    for warning in checklist.warnings:
        console.print(f"[yellow]Warning:[/] {escape(warning.message)}" + (f" [dim]({escape(warning.source)})[/]" if warning.source else ""))
    for question in checklist.open_questions:
        console.print(f"[cyan]Not said yet:[/] {escape(question.question)}")
        for line in question.depends:
            console.print(f"  - {escape(line)}")
