"""Filing use cases: which documents a case needs, whether a complaint is ready, and the package a person files from.

The CLI, Slack and the agent's tools all call these; the rules themselves live in assistant/domain.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from assistant.domain.documents import open_questions, required_documents
from assistant.domain.models import Complaint, DocumentCase, DocumentChecklist, ValidationReport
from assistant.domain.validation import validate_complaint
from assistant.errors import BadInput, ValidationFailed
from assistant.files import limits as input_limits
from assistant.files.limits import DEFAULT_LIMITS, Limits
from assistant.services.evidence.collect import copy_evidence
from assistant.services.evidence.manifest import build_manifest, write_manifest
from assistant.services.export.atomic import PACKAGE_MARKER, check_out_dir, write_directory_atomically
from assistant.services.export.package import write_package

# A complaint holds at most a few hundred links and some text; anything far bigger is not a complaint file.
MAX_COMPLAINT_BYTES = 5 * 1024 * 1024
MAX_ERRORS_SHOWN = 20


class ExportResult(BaseModel):
    """What the export wrote, and whether the complaint it came from was valid."""

    out_dir: str = Field(description="The folder the package was written to.")
    files: list[str] = Field(description="The files in the package, relative to out_dir.")
    valid: bool = Field(description="False when the package was forced out of a complaint that failed validation.")
    notices: int = Field(description="How many link files (notices of up to 300 links) were written.")
    report: ValidationReport = Field(description="The validation report the package was built with.")
    manifest_sha256: str | None = Field(default=None, description="SHA-256 of the package's manifest.json (every file's SHA-256).")
    evidence_not_included: list[dict[str, str]] = Field(
        default_factory=list, description="Evidence files the complaint names that are not in the package, and why."
    )


def package_folder(packages_dir: Path, requested: str | None, default_name: str) -> Path:
    """Where a package asked for in a conversation goes: always inside ``packages_dir``, whatever folder a model, a
    Slack user or a pasted text names. A relative name lands under it; anything that leads outside (an absolute path
    elsewhere, '..', a link pointing out) is refused.
    """
    root = Path(packages_dir).expanduser().absolute()
    name = (requested or "").strip() or default_name
    if "\x00" in name:
        raise BadInput("A folder name cannot hold a NUL character.")
    candidate = Path(name).expanduser()
    target = (candidate if candidate.is_absolute() else root / candidate).resolve()
    real_root = root.resolve()
    if real_root not in target.parents:
        raise BadInput(
            f"Filing packages from a conversation are written inside {root}; '{name}' is outside it, so nothing was written.",
            hint="Give a folder name such as 'acme-2026-014', or export with `ipr-assistant export --out DIR`.",
        )
    return target


def documents_for(case: DocumentCase, *, today: date | None = None, known: set[str] | None = None) -> DocumentChecklist:
    """Which documents a case needs, with the warnings that apply; given the facts the person stated (`known`), also
    what depends on the deciding facts they did not state."""
    checklist = required_documents(case, today=today)
    if known is not None:
        checklist.open_questions = open_questions(case, known, today=today)
    return checklist


def read_complaint(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Complaint:
    """Read a complaint JSON file; BadInput with readable field messages when it cannot be used."""
    path = Path(path)
    data = input_limits.read_file(path, limits.max_json_bytes, "complaint file", "max_json_bytes")
    return parse_complaint(data, origin=str(path))


def parse_complaint(data: bytes | str, *, origin: str = "the complaint") -> Complaint:
    """Parse complaint JSON (see examples/complaint-counterfeit.json)."""
    if isinstance(data, bytes):
        if len(data) > MAX_COMPLAINT_BYTES:
            raise BadInput(f"{origin} is larger than {MAX_COMPLAINT_BYTES // (1024 * 1024)} MB; a complaint file is far smaller.")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BadInput(f"{origin} is not UTF-8 text (byte {exc.start} cannot be read).") from exc
    raw = input_limits.loads_json(data, origin)
    if not isinstance(raw, dict):
        raise BadInput(f"{origin} must hold one JSON object (a complaint), not {type(raw).__name__}.")
    try:
        return Complaint.model_validate(raw)
    except ValidationError as exc:
        raise BadInput(
            f"{origin} is not a valid complaint:\n{readable_errors(exc)}",
            hint="See examples/complaint-counterfeit.json for the format.",
        ) from exc


def readable_errors(error: ValidationError) -> str:
    """One line per problem: 'ip_right.ip_type: Input should be ...', at most MAX_ERRORS_SHOWN of them."""
    lines = []
    for item in error.errors()[:MAX_ERRORS_SHOWN]:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in item["loc"]).lstrip(".") or "(top level)"
        message = item["msg"]
        if item["type"] not in ("missing",) and not isinstance(item.get("input"), (dict, list)):
            message += f" (got {item.get('input')!r})"
        lines.append(f"  - {where}: {message}")
    if error.error_count() > MAX_ERRORS_SHOWN:
        lines.append(f"  ... and {error.error_count() - MAX_ERRORS_SHOWN} more")
    return "\n".join(lines)


def validate(complaint: Complaint, *, today: date | None = None, active_listings: Any = None) -> ValidationReport:
    """Check a complaint against the platform's rules."""
    return validate_complaint(complaint, today=today, active_listings=active_listings)


def export_package(
    complaint: Complaint,
    out_dir: str | Path,
    *,
    force: bool = False,
    today: date | None = None,
    active_listings: Any = None,
    evidence_root: str | Path | None = None,
) -> ExportResult:
    """Write the filing package into out_dir, all at once or not at all.

    Evidence files the complaint names are copied into `evidence/` (relative to `evidence_root`; none without it) and
    every file is listed in `manifest.json` with its SHA-256 (`ipr-assistant evidence verify` checks it later).

    Refuses (ValidationFailed, carrying the report) a complaint that fails validation unless `force`, and then marks the
    package as not valid. Refuses (BadInput) a non-empty out_dir unless `force` and it holds an earlier package.
    """
    out_dir = Path(out_dir)
    check_out_dir(out_dir, force=force)
    today = today or date.today()
    report = validate(complaint, today=today, active_listings=active_listings)
    if not report.ok and not force:
        raise ValidationFailed(
            f"The complaint has {len(report.errors)} error(s); no package was written.",
            report=report,
            hint="Fix the errors, or pass --force to write a package marked as not valid.",
        )
    written: dict[str, Any] = {}

    def write(folder: Path) -> None:
        written.update(write_package(complaint, report, folder, today=today, active_listings=active_listings))
        kinds, not_included = copy_evidence(complaint, Path(evidence_root) if evidence_root is not None else None, folder)
        manifest = build_manifest(folder, evidence_kinds=kinds, complaint_id=complaint.id, not_included=not_included)
        written["manifest_sha256"] = write_manifest(folder, manifest)
        written["not_included"] = [item.model_dump() for item in not_included]

    write_directory_atomically(out_dir, write, replace=force)
    files = sorted(str(path.relative_to(out_dir)) for path in out_dir.rglob("*") if path.is_file() and path.name != PACKAGE_MARKER)
    return ExportResult(
        out_dir=str(out_dir), files=files, valid=report.ok, notices=written["notices"], report=report,
        manifest_sha256=written["manifest_sha256"], evidence_not_included=written["not_included"],
    )
