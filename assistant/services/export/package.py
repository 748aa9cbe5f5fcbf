"""The files of a filing package: what a person pastes into IPP's complaint form and what they upload with it."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from assistant.domain.document_rules import document_rules
from assistant.domain.documents import document_case_for, required_documents
from assistant.domain.listing_urls import check_listing_urls
from assistant.domain.models import Complaint, IPType, RequiredDocument, Role, ValidationIssue, ValidationReport
from assistant.domain.rules import load_rules
from assistant.services.export.drafts import DRAFT_FILES, write_drafts

STAGE_NAMES = {"account": "account registration", "ipr": "IPR submission", "complaint": "complaint form"}
IPP_URL = "https://ipp.alibabagroup.com"
# UK government guidance (Oct 2025, one source) describes two portals with separate registration.
PORTAL_SPLIT_SOURCE = (
    "https://www.gov.uk/government/publications/protecting-intellectual-property-rights-on-e-commerce-stores/"
    "protecting-intellectual-property-rights-on-e-commerce-stores"
)


# Control characters (C0 but tab and newline, DEL, C1) and bidirectional overrides: a terminal or editor acts on them
# (escape sequences, reordered text) instead of showing them, so files written for people never carry them.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """The text without control characters and direction overrides (a carriage return ends a line)."""
    return _UNSHOWABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _printable_values(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list):
        return [_printable_values(item) for item in value]
    if isinstance(value, dict):
        return {key: _printable_values(item) for key, item in value.items()}
    return value


def write_package(complaint: Complaint, report: ValidationReport, folder: Path, *, today: date, active_listings: Any = None) -> dict[str, Any]:
    """Write every file of the package into `folder`; returns {'notices': how many link files}.

    complaint.json keeps the complaint exactly as given (JSON escapes what it holds); every file a person reads is
    written from a copy without control characters.
    """
    original = complaint
    complaint = Complaint.model_validate(_printable_values(complaint.model_dump(mode="json")))
    notices = _notices(complaint, active_listings)
    for number, links in enumerate(notices, start=1):
        _write(folder / f"notice-{number}-links.txt", "".join(f"{link}\n" for link in links))
    _write(folder / "statement.txt", complaint.statement.strip() + "\n")
    checklist = required_documents(document_case_for(complaint), today=today)
    drafts = write_drafts(complaint, folder, valid=report.ok)
    _write(folder / "evidence-checklist.md", evidence_checklist(complaint, checklist.documents, drafts, valid=report.ok))
    _write(folder / "summary.md", summary(complaint, report, notices, drafts, today=today))
    _write(folder / "complaint.json", original.model_dump_json(indent=2, exclude_none=True) + "\n", raw=True)
    _write(folder / "validation.json", json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
    return {"notices": len(notices)}


def _notices(complaint: Complaint, active_listings: Any) -> list[list[str]]:
    if not complaint.listings:
        return []
    report = check_listing_urls([listing.url for listing in complaint.listings], complaint.site, active_listings=active_listings)
    return [list(batch) for batch in report.notices if batch]


def _write(path: Path, text: str, *, raw: bool = False) -> None:
    path.write_text(text if raw else printable(text), encoding="utf-8")


def _not_valid_banner(valid: bool) -> str:
    if valid:
        return ""
    return (
        "> **NOT VALID.** This package was written with --force from a complaint that failed validation. "
        "Fix the errors in summary.md before filing.\n\n"
    )


def evidence_checklist(complaint: Complaint, documents: list[RequiredDocument], drafts: dict[str, str], *, valid: bool) -> str:
    """The documents the case needs, each marked present (in the complaint's evidence) or missing."""
    present = complaint.evidence_kinds()
    lines = [
        f"# Evidence checklist: {complaint.ip_right.name} on {complaint.site.label}",
        "",
        _not_valid_banner(valid)
        + "Documents for account registration and IPR submission show as missing when the complaint file does not record "
        "them; tick them off if IPP already holds them.",
        "",
        "| Status | Document | Required | Uploaded at | Draft in this package | Source |",
        "|---|---|---|---|---|---|",
    ]
    for document in documents:
        status = "present" if document.id in present else "MISSING"
        lines.append(
            f"| {status} | {document.name} (`{document.id}`) | {'required' if document.required else 'recommended'} | "
            f"{STAGE_NAMES[document.stage]} | {drafts.get(document.id, '')} | {document.source} |"
        )
    lines += ["", "## Why each document", ""]
    lines += [f"- **{document.name}**: {document.why}" for document in documents]
    return "\n".join(lines) + "\n"


def summary(complaint: Complaint, report: ValidationReport, notices: list[list[str]], drafts: dict[str, str], *, today: date) -> str:
    """The case at a glance, the validation result, and what to do in IPP with each file."""
    right, reason = complaint.ip_right, document_rules().reasons[complaint.reason]
    holder = complaint.rights_holder if complaint.complainant.role is Role.AGENT else complaint.complainant
    lines = [
        f"# Filing package: {right.name} on {complaint.site.label} ({reason.name})",
        "",
        _not_valid_banner(report.ok) + f"Prepared on {today.isoformat()}. Everything here is to be checked by a person before filing.",
        "",
        "## The case",
        "",
        f"- Site: {complaint.site.label}",
        f"- Reason: {reason.name}",
        f"- Right: {_describe_right(complaint)}",
        f"- Status in IPP: {right.approval_status}",
        f"- Rights holder: {holder.name if holder else '(not named)'}",
        f"- Complainant: {complaint.complainant.name} ({'agent' if complaint.complainant.role is Role.AGENT else 'the rights holder'})",
        f"- Listings: {len(complaint.listings)} given, {sum(len(batch) for batch in notices)} in {len(notices)} notice file(s)",
        "",
        "## Validation",
        "",
        "Valid: no errors." if report.ok else f"NOT VALID: {len(report.errors)} error(s).",
        "",
        *_issue_lines("Error", report.errors),
        *_issue_lines("Warning", report.warnings),
        "## What to do in IPP",
        "",
        *_steps(complaint, notices, drafts),
        "",
        "## Files",
        "",
        *[f"- `notice-{number}-links.txt`: {len(batch)} link(s), one per line, for one complaint form" for number, batch in enumerate(notices, 1)],
        "- `statement.txt`: the complaint text",
        "- `evidence-checklist.md`: each document the case needs, present or missing",
        *[f"- `{name}`: {DRAFT_FILES[name]}" for name in sorted(set(drafts.values()))],
        "- `complaint.json`, `validation.json`: the complaint and its validation report, as checked",
        "- `evidence/`: the evidence files the complaint names (when exported with them)",
        "- `manifest.json`: every file's SHA-256, size and modification time (and perceptual hashes of images); "
        "`ipr-assistant evidence verify` tells whether anything changed since",
    ]
    return "\n".join(lines) + "\n"


def _describe_right(complaint: Complaint) -> str:
    right = complaint.ip_right
    parts = [f"{right.ip_type}{f' ({right.patent_kind})' if right.patent_kind else ''} '{right.name}'"]
    parts.append(f"no. {right.registration_number}" if right.registration_number else "unregistered" if not right.registered else "no number given")
    if right.places_of_registration:
        parts.append("registered in " + ", ".join(right.places_of_registration))
    if right.classes:
        parts.append("classes " + ", ".join(str(number) for number in right.classes))
    if right.expiry_date:
        parts.append(f"expires {right.expiry_date.isoformat()}")
    return "; ".join(parts)


def _issue_lines(label: str, issues: list[ValidationIssue]) -> list[str]:
    lines = [f"- {label} `{issue.code}` ({issue.field}): {issue.message}" + (f" (source: {issue.source})" if issue.source else "") for issue in issues]
    return [*lines, ""] if lines else []


def _steps(complaint: Complaint, notices: list[list[str]], drafts: dict[str, str]) -> list[str]:
    right, site = complaint.ip_right, complaint.site
    steps = [
        f"Log in to IPP ({IPP_URL}). UK government guidance (October 2025, one source) describes separate portals and "
        f"registration for Taobao, Tmall and 1688 and for AliExpress, Alibaba.com, Lazada and Miravia: check which one "
        f"serves {site.label}. Source: {PORTAL_SPLIT_SOURCE}",
        f"Under IPR Management, check that '{right.name}' is approved: a complaint is processed only once its right is approved.",
        f"Start a complaint: choose {site.label}, the right '{right.name}' and the reason "
        f"'{document_rules().reasons[complaint.reason].name}'. Each complaint relies on one right.",
    ]
    if len(notices) == 1:
        steps.append("Paste the links from `notice-1-links.txt`, one per line.")
    elif notices:
        steps.append(f"The links fill {len(notices)} complaints of at most 300 links: paste each `notice-N-links.txt` into its own complaint.")
    steps.append("Paste `statement.txt` into the complaint text.")
    upload = "Upload the documents marked in `evidence-checklist.md`."
    if drafts:
        upload += " The DOCX files are drafts: check them, print, sign or seal, then upload a scan or photo."
    if complaint.complainant.role is Role.AGENT:
        upload += " IPP can also generate its own power-of-attorney template once the IPR details are entered."
    if right.ip_type is IPType.COPYRIGHT and not right.registered:
        upload += " The Copyright Claim Statement must be on IPP's own template (Word files are not accepted)."
    steps.append(upload)
    steps.append("Submit, and record the id IPP gives the complaint.")
    steps.append(_after_filing(complaint))
    return [f"{number}. {step}" for number, step in enumerate(steps, start=1)]


def _after_filing(complaint: Complaint) -> str:
    timelines = load_rules("timelines")
    seller = timelines["seller_counter_notice"]["default"]
    text = (
        f"Watch for a counter-notice: the seller's first is due within {seller['business_days']} business days of "
        f"receiving the complaint (source: {seller['sources'][0]['url']})."
    )
    ours = timelines.get("complainant_response", {}).get(str(complaint.site), {})
    if ours.get("published"):
        text += f" You then have {ours['business_days']} business days to respond (source: {ours['sources'][0]['url']})."
    elif ours.get("note"):
        text += f" Your reply window: {ours['note']}"
    return text
