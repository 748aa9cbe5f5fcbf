"""The words people read for every coded value the assistant shows them: one table for Slack, the CLI and the chat.

The enums' values (``counterfeit_features``, ``counter_notice_received``) are for programs and ``--json``; anything
written for a person goes through ``label()``. A test checks that every member of every enum here has its label.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from assistant.domain.appeals.checks import STATUS_LABELS, Basis, GroundStatus, Severity
from assistant.domain.appeals.evidence import AttachmentKind
from assistant.domain.appeals.grounds import GROUND_LABELS, AppealGround
from assistant.domain.appeals.triage import RECOMMENDATION_LABELS, Recommendation
from assistant.domain.deadlines import ComplaintEventKind, DeadlineKind, WhoActs
from assistant.domain.lifecycle import Status
from assistant.domain.listings.problems import ProblemCode
from assistant.domain.models import (
    SITE_LABELS,
    ApprovalStatus,
    CertificateCopy,
    ComplaintReason,
    Confidence,
    HolderType,
    IPType,
    ListingKind,
    PatentKind,
    Role,
    Site,
)
from assistant.domain.records import CounterNoticeKind

LABELS: dict[type[Enum], dict[Any, str]] = {
    Site: SITE_LABELS,
    IPType: {IPType.TRADEMARK: "trademark", IPType.COPYRIGHT: "copyright", IPType.PATENT: "patent"},
    PatentKind: {PatentKind.INVENTION: "invention patent", PatentKind.UTILITY_MODEL: "utility model", PatentKind.DESIGN: "design patent"},
    Role: {Role.RIGHTS_HOLDER: "rights holder", Role.AGENT: "agent for the rights holder"},
    HolderType: {HolderType.INDIVIDUAL: "individual", HolderType.COMPANY: "company"},
    ApprovalStatus: {
        ApprovalStatus.NOT_SUBMITTED: "not submitted to IPP",
        ApprovalStatus.PENDING_VERIFICATION: "pending verification on IPP",
        ApprovalStatus.APPROVED: "approved on IPP",
        ApprovalStatus.REJECTED: "rejected by IPP",
    },
    CertificateCopy: {CertificateCopy.COLOUR: "colour copy", CertificateCopy.BLACK_AND_WHITE: "black-and-white copy"},
    ListingKind: {ListingKind.PRODUCT: "product", ListingKind.SHOP: "shop"},
    ComplaintReason: {
        ComplaintReason.COUNTERFEIT_FEATURES: "counterfeit (compared with the genuine product)",
        ComplaintReason.MODEL_DOES_NOT_EXIST: "a model the brand never made",
        ComplaintReason.TEST_BUY: "counterfeit found by a test buy",
        ComplaintReason.TRADEMARK_MISUSE: "trademark used in the listing",
        ComplaintReason.IMAGE_THEFT: "our photos used",
        ComplaintReason.OFFICIAL_IMAGE_THEFT: "photos from our official site or store used",
        ComplaintReason.REGISTERED_WORK: "registered work copied",
        ComplaintReason.PIRATED_COPY: "pirated copies",
        ComplaintReason.PATENT_INFRINGEMENT: "patent infringed",
    },
    Status: {
        Status.DRAFT: "draft",
        Status.READY: "ready to file",
        Status.FILED: "filed",
        Status.UNDER_REVIEW: "under review",
        Status.COUNTER_NOTICE_RECEIVED: "counter-notice received",
        Status.AWAITING_OUR_RESPONSE: "awaiting our response",
        Status.REMOVED: "listings removed",
        Status.RESTORED: "listings restored",
        Status.WITHDRAWN: "withdrawn",
        Status.REJECTED: "rejected by the platform",
    },
    ProblemCode: {
        ProblemCode.NOT_A_URL: "not a link",
        ProblemCode.UNSUPPORTED_SCHEME: "not a web link",
        ProblemCode.UNKNOWN_SITE: "not an Alibaba Group marketplace",
        ProblemCode.REDIRECT_LINK: "redirect link",
        ProblemCode.LOOKALIKE_DOMAIN: "look-alike address",
        ProblemCode.SITE_MISMATCH: "another marketplace",
        ProblemCode.NOT_A_LISTING: "not a product or shop page",
        ProblemCode.SHORT_LINK: "short link",
        ProblemCode.DUPLICATE: "duplicate",
        ProblemCode.MIXED_KINDS: "products and shops mixed",
        ProblemCode.ALREADY_IN_ACTIVE_COMPLAINT: "already in an open complaint",
    },
    Recommendation: RECOMMENDATION_LABELS,
    AppealGround: GROUND_LABELS,
    GroundStatus: STATUS_LABELS,
    AttachmentKind: {
        AttachmentKind.INVOICE: "invoice",
        AttachmentKind.CONTRACT: "contract",
        AttachmentKind.LICENCE: "licence",
        AttachmentKind.AUTHORIZATION_LETTER: "letter of authorisation",
        AttachmentKind.PRODUCT_PHOTO: "product photo",
        AttachmentKind.ORIGINAL_IMAGE: "original camera file",
        AttachmentKind.PHOTOGRAPHER_STATEMENT: "photographer's contract or statement",
        AttachmentKind.REGISTRATION_CERTIFICATE: "registration certificate",
        AttachmentKind.APPLICATION_RECEIPT: "application receipt (not a registration)",
        AttachmentKind.OTHER: "other document",
    },
    Severity: {Severity.OK: "meets the standard", Severity.INFO: "for information", Severity.MISSING: "missing",
               Severity.SUSPICIOUS: "suspicious"},
    Basis: {Basis.DOCUMENT_SHOWS: "the document shows", Basis.OUR_RECORD: "our record", Basis.NOT_VERIFIED: "not verified"},
    DeadlineKind: {
        DeadlineKind.SELLER_COUNTER_NOTICE: "the seller's counter-notice",
        DeadlineKind.SELLER_SECOND_APPEAL: "the seller's second appeal",
        DeadlineKind.SELLER_THIRD_APPEAL: "the seller's third appeal",
        DeadlineKind.SELLER_FURTHER_APPEALS: "the seller's further appeals",
        DeadlineKind.COMPLAINANT_RESPONSE: "our response",
    },
    WhoActs: {WhoActs.SELLER: "the seller", WhoActs.COMPLAINANT: "us"},
    ComplaintEventKind: {ComplaintEventKind.COUNTER_NOTICE_RECEIVED: "counter-notice received",
                         ComplaintEventKind.PENALTY_NOTICE: "penalty notice to the seller"},
    CounterNoticeKind: {CounterNoticeKind.COUNTER_NOTICE: "counter-notice", CounterNoticeKind.APPEAL: "appeal"},
    Confidence: {Confidence.CONFIRMED: "confirmed by several sources", Confidence.SINGLE_SOURCE: "one source",
                 Confidence.NOT_PUBLISHED: "not published"},
}
_BY_VALUE: dict[str, str] = {}
for _table in LABELS.values():
    for _member, _words in _table.items():
        _BY_VALUE.setdefault(str(_member.value), _words)


def label(value: Any, kind: type[Enum] | None = None) -> str:
    """The words for a coded value: ``label(ComplaintReason.TEST_BUY)``, ``label("test_buy", ComplaintReason)``.

    A plain string without a kind is looked up among all values; an unknown one is shown with spaces for underscores
    (never as a code), and None or "" as "".
    """
    if value is None or value == "":
        return ""
    if isinstance(value, Enum):
        kind, value = type(value), value.value
    if kind is not None:
        try:
            return LABELS[kind][kind(value)]
        except (KeyError, ValueError):
            pass
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _BY_VALUE.get(str(value), str(value).replace("_", " "))


def coded_values() -> set[str]:
    """Every value that reads as a code (it has an underscore): what no message for people may show."""
    return {str(member.value) for table in LABELS.values() for member in table if "_" in str(member.value)}
