"""Complaint validation: the avoidable reasons for rejection, caught before filing, the same way every time.

Each finding names the part of the complaint it is about and the page the rule comes from. The listing links are
checked by the listing-URL checker; this module only turns its findings into complaint-level errors.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.domain.document_rules import check_rule, document_rule, document_rules
from assistant.domain.documents import case_facts, document_applies, document_case_for, is_required
from assistant.domain.listing_checks import check_complaint_listings, limit_source
from assistant.domain.models import (
    REASON_IP_TYPE,
    ApprovalStatus,
    CertificateCopy,
    Complaint,
    Confidence,
    EvidenceItem,
    ComplaintReason,
    IPType,
    Role,
    ValidationIssue,
    ValidationReport,
)


class Findings:
    """Errors and warnings as they are found; sources default to the check's own rule in documents.yaml."""

    def __init__(self) -> None:
        self.errors: list[ValidationIssue] = []
        self.warnings: list[ValidationIssue] = []

    def error(self, code: str, message: str, field: str, **origin: Any) -> None:
        """Record a broken rule; `origin` may give source, confidence and detail (else the check's own rule)."""
        self.errors.append(self._issue(code, message, field, **origin))

    def warning(self, code: str, message: str, field: str, **origin: Any) -> None:
        """Record a risk worth checking; `origin` as for `error`."""
        self.warnings.append(self._issue(code, message, field, **origin))

    @staticmethod
    def _issue(
        code: str, message: str, field: str, *, source: str | None = None, confidence: Confidence | None = None, detail: str | None = None
    ) -> ValidationIssue:
        if source is None or confidence is None:
            rule = check_rule(code)
            source = rule.source if source is None else source
            confidence = rule.confidence if confidence is None else confidence
        return ValidationIssue(code=code, message=message, source=source, field=field, confidence=confidence, detail=detail)


def validate_complaint(complaint: Complaint, *, today: date | None = None, active_listings: Any = None) -> ValidationReport:
    """Check a complaint against the platform's rules; `ok` when nothing would get it rejected."""
    today = today or date.today()
    facts = case_facts(document_case_for(complaint), today=today)
    findings = Findings()
    _check_right(complaint, facts, findings)
    _check_parties(complaint, findings)
    _check_evidence(complaint, facts, findings)
    _check_statement(complaint, findings)
    check_complaint_listings(complaint, findings, active_listings=active_listings)
    return ValidationReport(errors=findings.errors, warnings=findings.warnings, checked_on=today)


def _check_right(complaint: Complaint, facts: dict[str, Any], findings: Findings) -> None:
    _check_right_standing(complaint, facts, findings)
    _check_territory(complaint, facts, findings)
    _check_right_kind(complaint, findings)


def _check_right_standing(complaint: Complaint, facts: dict[str, Any], findings: Findings) -> None:
    """Approved in IPR Management, and not expired (unless renewed)."""
    right = complaint.ip_right
    if right.approval_status is not ApprovalStatus.APPROVED:
        state = {
            ApprovalStatus.NOT_SUBMITTED: "has not been submitted to IPP",
            ApprovalStatus.PENDING_VERIFICATION: "is still pending verification (review normally takes 3-5 business days)",
            ApprovalStatus.REJECTED: "was rejected by IPP",
        }[right.approval_status]
        findings.error(
            "right_not_approved",
            f"The right '{right.name}' {state}. A complaint is processed only once the right it relies on is approved "
            "in IPR Management.",
            "ip_right.approval_status",
        )
    if facts["expired"]:
        when = right.expiry_date.isoformat()
        if "renewal_or_assignment_proof" in complaint.evidence_kinds():
            findings.warning(
                "right_expired",
                f"The certificate gives {when} as the expiry date. Check that the renewal documents show the right in force.",
                "ip_right.expiry_date",
            )
        else:
            findings.error(
                "right_expired",
                f"The right expired on {when}. An expired right cannot support a complaint; if it was renewed, add the "
                "renewal documents (evidence kind 'renewal_or_assignment_proof').",
                "ip_right.expiry_date",
            )


def _check_territory(complaint: Complaint, facts: dict[str, Any], findings: Findings) -> None:
    """The China-facing sites need a right valid in Mainland China."""
    right, site = complaint.ip_right, complaint.site
    # Copyright arises without registration in China too, so the territory rule is checked for marks and patents.
    if facts["china_facing_site"] and right.ip_type is not IPType.COPYRIGHT:
        if facts["registered_in_china"] is False:
            findings.error(
                "right_not_valid_in_china",
                f"{site.label} needs a right valid in Mainland China (a China registration or a WIPO/Madrid extension "
                f"to China); this {right.ip_type} is registered in {', '.join(right.places_of_registration)} only. "
                "File on AliExpress or Alibaba.com, which accept registrations from other countries, or use a China right.",
                "ip_right.places_of_registration",
            )
        elif facts["registered_in_china"] is None:
            findings.warning(
                "place_of_registration_unknown",
                f"No place of registration is given. {site.label} needs a right valid in Mainland China.",
                "ip_right.places_of_registration",
                **_source_of("right_not_valid_in_china"),
            )


def _check_right_kind(complaint: Complaint, findings: Findings) -> None:
    """The certificate copy, registration, and a right that fits the complaint's reason."""
    right = complaint.ip_right
    if right.registered and right.ip_type is not IPType.PATENT and right.certificate_copy is CertificateCopy.BLACK_AND_WHITE:
        if not right.certificate_sealed_or_signed:
            findings.error(
                "black_and_white_certificate",
                "The certificate copy is black and white and neither sealed nor signed. Upload a colour scan or photo of "
                "the original, or seal (company) or sign (individual) the black-and-white copy and photograph it.",
                "ip_right.certificate_copy",
            )
    if not right.registered and right.ip_type is not IPType.COPYRIGHT:
        findings.warning(
            "right_not_registered",
            f"The {right.ip_type} is marked as not registered. Only copyright has a route for unregistered rights (the "
            "Copyright Claim Statement); for trademarks a third party says pending or unregistered marks cannot be used.",
            "ip_right.registered",
        )
    expected = REASON_IP_TYPE[complaint.reason]
    if expected is not right.ip_type:
        reason_name = document_rules().reasons[complaint.reason].name
        findings.error(
            "ip_type_reason_mismatch",
            f"The reason '{reason_name}' is a {expected} reason, but the complaint relies on a {right.ip_type}. "
            "Choose a reason that fits the right, or the right that fits the reason.",
            "reason",
        )
    if right.ip_type is IPType.PATENT:
        findings.warning(
            "patent_requirements_not_published",
            "IPP does not publish the fields and documents it asks for patents; check the patent form in IPP.",
            "ip_right",
        )


def _check_parties(complaint: Complaint, findings: Findings) -> None:
    complainant = complaint.complainant
    holder = complaint.rights_holder if complainant.role is Role.AGENT else complainant
    poa_source = _source_of_document("power_of_attorney")
    if complainant.role is Role.AGENT and complaint.rights_holder is None:
        findings.error(
            "rights_holder_missing",
            "The complainant files as an agent but the rights holder is not named. Name the owner of the right; the "
            "power of attorney must come from them.",
            "rights_holder",
            **poa_source,
        )
    owner = complaint.ip_right.owner
    if holder is not None and owner and _plain(owner) != _plain(holder.name):
        findings.warning(
            "owner_name_mismatch",
            f"The registry shows '{owner}' as the owner, but the rights holder is '{holder.name}'. The name must match "
            "across the certificate, the business licence and the IPP account; if an assignment is pending, file its "
            "documents.",
            "ip_right.owner",
        )
    powers = [item for item in complaint.evidence if item.kind == "power_of_attorney"]
    if complainant.role is Role.AGENT and not powers:
        findings.error(
            "power_of_attorney_missing",
            f"{complainant.name} files for the rights holder, so a power of attorney from the holder is needed: the "
            "template IPP generates, or the holder's own letter that explicitly authorises IP enforcement.",
            "evidence",
            **poa_source,
        )
    for index, item in _indexed(complaint.evidence, "power_of_attorney"):
        field = f"evidence[{index}]"
        if item.covers_ip_enforcement is False:
            findings.error(
                "power_of_attorney_not_for_enforcement",
                "The power of attorney does not explicitly authorise IP enforcement; the platform rejects such letters. "
                "Use IPP's template or have the holder issue one that names IP enforcement.",
                field,
                **poa_source,
            )
        if item.sealed_or_signed is False:
            findings.error(
                "power_of_attorney_unsigned",
                "The power of attorney carries no seal (company) or handwritten signature (individual) of the rights holder.",
                field,
                **poa_source,
            )
        if not (item.signatory_job_title or "").strip():
            findings.warning(
                "power_of_attorney_job_title_missing",
                "No signatory job title is recorded for the power of attorney; the seal or signature must come with the "
                "signatory's job title.",
                field,
                **poa_source,
            )


def _check_evidence(complaint: Complaint, facts: dict[str, Any], findings: Findings) -> None:
    reason = document_rules().reasons[complaint.reason]
    present = {item.kind for item in complaint.evidence if _usable(item)}
    for rule in document_rules().documents:
        if rule.stage != "complaint" or not document_applies(rule, facts) or rule.id in present:
            continue
        required = is_required(rule, facts)
        message = f"A '{reason.name}' complaint needs: {rule.name}. {rule.why}"
        source = {"source": rule.source, "confidence": rule.confidence}
        if required:
            findings.error("evidence_missing", message, "evidence", **source)
        else:
            findings.warning("evidence_recommended", message, "evidence", **source)
    if not reason.evidence_published:
        findings.warning(
            "evidence_not_published",
            f"The platform does not publish the evidence a '{reason.name}' complaint needs; follow the evidence template "
            "shown for the reason in IPP.",
            "reason",
            source=reason.source,
            confidence=Confidence.NOT_PUBLISHED,
        )
    if facts["needs_translation"] and "translation" not in present:
        findings.error(
            "translation_missing",
            "Some documents are in a language other than English or Chinese and no English or Chinese translation is "
            "attached (evidence kind 'translation').",
            "evidence",
            **_source_of_document("translation"),
        )
    orders = {item.reference.strip() for _, item in _indexed(complaint.evidence, "test_buy_order_number") if item.reference}
    if len(orders) > 1:
        findings.error(
            "multiple_test_buy_orders",
            f"The complaint gives {len(orders)} test-buy orders ({', '.join(sorted(orders))}); file one complaint per order.",
            "evidence",
            **limit_source("test_buy_orders_per_complaint"),
        )
    for index, item in _indexed(complaint.evidence, "test_buy_report"):
        if item.sealed_or_signed is False:
            findings.error(
                "test_buy_report_unsigned",
                "The test-buy report must be signed (individual) or sealed (company) by the rights holder.",
                f"evidence[{index}]",
                **_source_of_document("test_buy_report"),
            )


def _check_statement(complaint: Complaint, findings: Findings) -> None:
    statement = complaint.statement.strip()
    if not statement:
        findings.error(
            "statement_missing",
            "The complaint text is empty. Say what infringes and how: for counterfeit features, the distinguishing "
            "features; for image theft from an official page, the matching official product link.",
            "statement",
        )
    elif complaint.reason is ComplaintReason.OFFICIAL_IMAGE_THEFT and "http" not in statement.lower():
        findings.warning(
            "official_link_missing",
            "The complaint text has no link. For photos taken from an official page, give the matching official product link in it.",
            "statement",
            **_source_of_document("official_page_screenshot"),
        )


def _usable(item: EvidenceItem) -> bool:
    # An order number counts only with the number itself.
    return item.kind != "test_buy_order_number" or bool((item.reference or "").strip())


def _indexed(evidence: list[EvidenceItem], kind: str) -> list[tuple[int, EvidenceItem]]:
    return [(index, item) for index, item in enumerate(evidence) if item.kind == kind]


def _plain(name: str) -> str:
    return " ".join(name.casefold().replace(",", " ").replace(".", " ").split())


def _source_of(code: str) -> dict[str, Any]:
    rule = check_rule(code)
    return {"source": rule.source, "confidence": rule.confidence}


def _source_of_document(document_id: str) -> dict[str, Any]:
    rule = document_rule(document_id)
    return {"source": rule.source, "confidence": rule.confidence}
