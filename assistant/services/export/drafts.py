"""Draft DOCX documents people otherwise write by hand: power of attorney, test-buy report, copyright claim statement.

Each is filled with the case's details and marked, in its header and at its top, as a draft to be checked, signed or
sealed. Blanks ('________') are what only a person can fill in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor

from assistant.domain.models import Complaint, ComplaintReason, HolderType, IPType, Party, Role

DRAFT_MARK = "DRAFT - to be checked, signed or sealed"
BLANK = "________________"

# file name -> what it is (for the package summary)
DRAFT_FILES = {
    "power-of-attorney.docx": "draft power of attorney for the agent (to be sealed or signed by the rights holder)",
    "test-buy-report.docx": "draft test-buy report (to be completed, then signed or sealed by the rights holder)",
    "copyright-claim-statement.docx": "draft content for IPP's Copyright Claim Statement template",
}


def write_drafts(complaint: Complaint, folder: Path, *, valid: bool) -> dict[str, str]:
    """Write the drafts the case calls for; returns {document id: file name}."""
    wanted: list[tuple[str, str, Callable[[DocxDocument, Complaint], None]]] = []
    if complaint.complainant.role is Role.AGENT:
        wanted.append(("power_of_attorney", "power-of-attorney.docx", _power_of_attorney))
    if complaint.reason is ComplaintReason.TEST_BUY:
        wanted.append(("test_buy_report", "test-buy-report.docx", _test_buy_report))
    if complaint.ip_right.ip_type is IPType.COPYRIGHT and not complaint.ip_right.registered:
        wanted.append(("copyright_claim_statement", "copyright-claim-statement.docx", _copyright_claim_statement))
    written = {}
    for document_id, file_name, fill in wanted:
        document = _draft_document(DRAFT_FILES[file_name], valid=valid)
        fill(document, complaint)
        document.save(folder / file_name)
        written[document_id] = file_name
    return written


def _draft_document(subject: str, *, valid: bool) -> DocxDocument:
    document = Document()
    document.core_properties.title = f"DRAFT: {subject}"
    document.core_properties.keywords = "DRAFT"
    document.core_properties.comments = DRAFT_MARK
    document.sections[0].header.paragraphs[0].text = DRAFT_MARK
    mark = document.add_paragraph().add_run(DRAFT_MARK.upper())
    mark.bold = True
    mark.font.size = Pt(14)
    mark.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    if not valid:
        warning = document.add_paragraph().add_run("The complaint this draft belongs to did not pass validation. Fix it before use.")
        warning.bold = True
    return document


def _holder(complaint: Complaint) -> Party:
    if complaint.complainant.role is Role.AGENT and complaint.rights_holder is not None:
        return complaint.rights_holder
    return complaint.complainant


def _right_line(complaint: Complaint) -> str:
    right = complaint.ip_right
    line = f"{right.ip_type.capitalize()} '{right.name}'"
    if right.registration_number:
        line += f", registration number {right.registration_number}"
    if right.places_of_registration:
        line += f", registered in {', '.join(right.places_of_registration)}"
    if right.classes:
        line += f", classes {', '.join(str(number) for number in right.classes)}"
    if right.expiry_date:
        line += f", valid until {right.expiry_date.isoformat()}"
    return line


def _field(document: DocxDocument, label: str, value: str | None) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value or BLANK)


def _signature_block(document: DocxDocument, holder: Party, *, who: str) -> None:
    document.add_heading(f"Signature of {who}", level=2)
    if holder.holder_type is HolderType.COMPANY:
        _field(document, "Company seal", None)
        _field(document, "Signature of the authorised signatory", None)
    else:
        _field(document, "Handwritten signature", None)
    _field(document, "Name of signatory", holder.name if holder.holder_type is HolderType.INDIVIDUAL else None)
    _field(document, "Job title of signatory", None)
    _field(document, "Place and date", None)


def _listing_lines(document: DocxDocument, complaint: Complaint) -> None:
    for listing in complaint.listings:
        document.add_paragraph(listing.normalized or listing.url, style="List Bullet")
    if not complaint.listings:
        document.add_paragraph(BLANK, style="List Bullet")


def _power_of_attorney(document: DocxDocument, complaint: Complaint) -> None:
    holder, agent = _holder(complaint), complaint.complainant
    document.add_heading("Power of Attorney (Letter of Authorisation)", level=1)
    _field(document, "Principal (rights holder)", f"{holder.name}{f', {holder.country}' if holder.country else ''}")
    _field(document, "Agent", f"{agent.name}{f', {agent.country}' if agent.country else ''}{f', {agent.email}' if agent.email else ''}")
    _field(document, "Intellectual property right", _right_line(complaint))
    document.add_paragraph(
        f"{holder.name}, the owner of the intellectual property right above, authorises {agent.name} to carry out "
        f"intellectual property (IP) enforcement on the owner's behalf on Alibaba Group's platforms, including {complaint.site.label}, "
        "through the IP Protection Platform (IPP): to submit the right for verification, to file and withdraw IP "
        "infringement complaints, to respond to sellers' counter-notices, and to provide the documents these require."
    )
    _field(document, "Valid from", None)
    _field(document, "Valid until", None)
    _signature_block(document, holder, who="the rights holder")
    document.add_paragraph(
        "The letter must explicitly authorise IP enforcement and carry the rights holder's seal (company) or handwritten "
        "signature (individual), with the signatory's job title. Upload a photo or scan of the sealed or signed letter. "
        "IPP can also generate its own template once the IPR details are entered."
    )


def _test_buy_report(document: DocxDocument, complaint: Complaint) -> None:
    holder = _holder(complaint)
    orders = [item.reference for item in complaint.evidence if item.kind == "test_buy_order_number" and item.reference]
    document.add_heading("Test-Buy Report", level=1)
    _field(document, "Rights holder", holder.name)
    _field(document, "Trademark", _right_line(complaint))
    _field(document, "Site", complaint.site.label)
    _field(document, "Order number", ", ".join(orders) if orders else None)
    document.add_paragraph("Listing(s) the item was bought from:")
    _listing_lines(document, complaint)
    _field(document, "Bought by (you or an authorised third party)", None)
    _field(document, "Date of purchase", None)
    _field(document, "Date the item was received", None)
    document.add_heading("Photos of the item bought", level=2)
    document.add_paragraph("[Insert photos of the item, its packaging, labels and markings.]")
    document.add_heading("Verification", level=2)
    _field(document, "Authenticated by (name, organisation)", None)
    _field(document, "Process and methods", None)
    document.add_paragraph("Reasons the item is not genuine (from the complaint text; check and complete):")
    document.add_paragraph(complaint.statement.strip() or BLANK)
    _signature_block(document, holder, who="the rights holder")
    document.add_paragraph(
        "One complaint per test-buy order. The report is written by whoever authenticated the item and signed "
        "(individual) or sealed (company) by the rights holder; an independent party is recommended when a report by "
        "the rights holder alone would not be credible. IPP's test-buy complaint page offers a template."
    )


def _copyright_claim_statement(document: DocxDocument, complaint: Complaint) -> None:
    holder = _holder(complaint)
    document.add_paragraph(
        "IPP asks for its own Copyright Claim Statement template: download it from IPP, copy these details into it, "
        "have the owner sign or seal it, and upload it. Word files are not accepted for upload."
    )
    document.add_heading("Copyright Claim Statement: details", level=1)
    _field(document, "Copyright owner", f"{holder.name}{f', {holder.country}' if holder.country else ''}")
    _field(document, "Work", complaint.ip_right.name)
    _field(document, "Type of work", None)
    _field(document, "Date of creation and first publication", None)
    document.add_paragraph(
        f"{holder.name} owns the copyright in the work above. The listings below contain the work, used without "
        f"{holder.name}'s consent:"
    )
    _listing_lines(document, complaint)
    _signature_block(document, holder, who="the copyright owner")
