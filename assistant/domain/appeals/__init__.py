"""Seller appeal triage: what the seller argues, what the documents show, and what we do next.

One idea per module: ``evidence`` reads facts out of a document's text, ``grounds`` reads what the seller argues,
``claims`` what it says its documents show, ``parties`` the companies it and its documents name, ``checks`` holds
each ground up against the platform's standard, ``triage`` decides and writes the checklist.
"""

from assistant.domain.appeals.triage import (
    RECOMMENDATION_LABELS,
    Basis,
    Claim,
    AppealAttachment,
    AppealGround,
    AppealTriage,
    AttachmentKind,
    Finding,
    GroundAssessment,
    GroundStatus,
    Recommendation,
    SellerText,
    Severity,
    quote_untrusted,
    seller_words,
    triage_appeal,
)
from assistant.domain.appeals.evidence import named_only

__all__ = [
    "RECOMMENDATION_LABELS",
    "Basis",
    "Claim",
    "AppealAttachment",
    "AppealGround",
    "AppealTriage",
    "AttachmentKind",
    "Finding",
    "GroundAssessment",
    "GroundStatus",
    "Recommendation",
    "SellerText",
    "Severity",
    "quote_untrusted",
    "seller_words",
    "triage_appeal",
    "named_only",
]
