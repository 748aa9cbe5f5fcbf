"""The complaint being put together in a conversation: every field optional until the person has said it.

Both the guided mode and the model fill this draft; ``to_complaint`` turns it into the domain's ``Complaint``
once nothing is missing. Whether the complaint is *valid* is for the rules (validate_complaint) to say.
"""

from __future__ import annotations

import hashlib
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from assistant.domain.models import (
    REASON_IP_TYPE,
    ApprovalStatus,
    Complainant,
    Complaint,
    ComplaintReason,
    EvidenceItem,
    HolderType,
    IPRight,
    IPType,
    ListingRef,
    Party,
    PatentKind,
    Role,
    Site,
)


class RejectedLink(BaseModel):
    """A pasted link that the checker refused, with why."""

    input: str = Field(description="The link as pasted.")
    problems: list[str] = Field(default_factory=list, description="Problem messages from the listing-URL checker.")


class ComplaintDraft(BaseModel):
    """A complaint in the making. Fields stay empty until the person gives them."""

    model_config = ConfigDict(extra="ignore")

    site: Site | None = Field(default=None, description="Marketplace the listings are on.")
    reason: ComplaintReason | None = Field(default=None, description="The complaint's ground (it decides the evidence needed).")
    ip_type: IPType | None = Field(default=None, description="'trademark', 'copyright' or 'patent'; follows from the reason.")
    patent_kind: PatentKind | None = Field(default=None, description="For a patent: 'invention', 'utility_model' or 'design'.")
    role: Role | None = Field(default=None, description="'rights_holder' if the owner files, 'agent' if filing for the owner.")
    complainant_name: str | None = Field(default=None, description="Full legal name of whoever files the complaint.")
    complainant_type: HolderType | None = Field(default=None, description="Whether the complainant is a company or an individual.")
    complainant_country: str | None = Field(default=None, description="The complainant's country (ISO 3166 code), as the person said it.")
    contact_name: str | None = Field(default=None, description="The complainant's contact person, as the person gave the name.")
    contact_email: str | None = Field(default=None, description="The contact's email address, as given.")
    rights_holder_name: str | None = Field(default=None, description="Owner of the right, when an agent files.")
    rights_holder_type: HolderType | None = Field(default=None, description="Whether the owner is a company or an individual.")
    rights_holder_country: str | None = Field(default=None, description="The owner's country (ISO 3166 code), when an agent files.")
    right_name: str | None = Field(default=None, description="Trademark word (or logo description), work title or patent title.")
    registration_number: str | None = Field(default=None, description="Registration or patent number as printed on the certificate.")
    registered: bool = Field(default=True, description="False for an unregistered copyright (Copyright Claim Statement).")
    places_of_registration: list[str] = Field(default_factory=list, description="Where the right is registered, e.g. ['Mainland China'].")
    right_approved: bool | None = Field(default=None, description="Whether the right shows as approved in the platform's IPR Management.")
    listings: list[ListingRef] = Field(default_factory=list, description="Checked, valid links to the infringing listings.")
    rejected_links: list[RejectedLink] = Field(default_factory=list, description="Links left out because the checker found problems.")
    evidence: list[EvidenceItem] = Field(default_factory=list, description="Supporting documents the person has ready.")
    expiry_date: date | None = Field(default=None, description="Date the registration expires or expired, as the person gave it.")
    registration_date: date | None = Field(default=None, description="Day the right was registered, as the person gave it.")
    classes: list[int] = Field(default_factory=list, description="Nice classes a trademark covers, as the person gave them.")
    statement: str | None = Field(default=None, description="The complaint text; written from the draft when not given.")
    statement_facts: dict[str, str] = Field(
        default_factory=dict, description="The person's own answers to what the reason needs (what differs, the test buy, the photos' origin)."
    )
    sources: dict[str, str] = Field(default_factory=dict, description="For each field read out of free text, the words it came from.")
    saved_version: int | None = Field(default=None, description="Version of the saved complaint in the team's records.")
    complaint_id: str | None = Field(default=None, description="Id of the saved draft in the team's records, once saved.")
    exported_to: str | None = Field(default=None, description="Folder the filing package was written to, once exported.")

    def effective_ip_type(self) -> IPType | None:
        """The right's type: the reason decides it when the person named a reason."""
        if self.reason is not None:
            return REASON_IP_TYPE[self.reason]
        return self.ip_type

    def evidence_kinds(self) -> set[str]:
        return {item.kind for item in self.evidence}

    def is_empty(self) -> bool:
        return self == ComplaintDraft()

    def to_complaint(self) -> Complaint:
        """The domain complaint this draft describes. Call only when ``missing_slots`` says nothing is missing."""
        ip_type = self.effective_ip_type()
        complainant_type = self.complainant_type or HolderType.COMPANY
        holder = None
        if self.role == Role.AGENT and self.rights_holder_name:
            holder = Party(name=self.rights_holder_name, holder_type=self.rights_holder_type or HolderType.COMPANY,
                           country=self.rights_holder_country)
        right = IPRight(
            ip_type=ip_type,
            patent_kind=self.patent_kind if ip_type == IPType.PATENT else None,
            name=self.right_name or "",
            registration_number=self.registration_number,  # as given; for an application, its number
            registered=self.registered,
            places_of_registration=list(self.places_of_registration),
            approval_status=ApprovalStatus.APPROVED if self.right_approved else ApprovalStatus.NOT_SUBMITTED,
            owner=(self.rights_holder_name if self.role == Role.AGENT else self.complainant_name),
            expiry_date=self.expiry_date,
            registration_date=self.registration_date,
            classes=list(self.classes) if ip_type == IPType.TRADEMARK else [],
        )
        return Complaint(
            id=self.complaint_id,
            site=self.site,
            complainant=Complainant(name=self.complainant_name or "", holder_type=complainant_type, role=self.role,
                                    country=self.complainant_country, contact_name=self.contact_name, email=self.contact_email),
            rights_holder=holder,
            ip_right=right,
            reason=self.reason,
            listings=list(self.listings),
            evidence=list(self.evidence),
            statement=self.statement or compose_statement(self),
        )


REASON_WORDS: dict[ComplaintReason, str] = {
    ComplaintReason.COUNTERFEIT_FEATURES: "counterfeit products under the trademark",
    ComplaintReason.MODEL_DOES_NOT_EXIST: "products under the trademark in a model the rights holder never made",
    ComplaintReason.TEST_BUY: "a counterfeit product under the trademark, found by a test buy",
    ComplaintReason.TRADEMARK_MISUSE: "use of the trademark in titles, descriptions or store names without authorisation",
    ComplaintReason.IMAGE_THEFT: "the rights holder's original photographs used without permission",
    ComplaintReason.OFFICIAL_IMAGE_THEFT: "photographs from the rights holder's official website or store used without permission",
    ComplaintReason.REGISTERED_WORK: "a registered work reproduced without permission",
    ComplaintReason.PIRATED_COPY: "unauthorised copies of the protected work",
    ComplaintReason.PATENT_INFRINGEMENT: "products that, in the rights holder's view, fall within the scope of the patent",
}

# What each reason needs the person to say, in their own words, for the complaint text (the evidence notes say the
# differences and the circumstances belong in the complaint). Each question is asked once; the answer is kept verbatim.
STATEMENT_QUESTIONS: dict[ComplaintReason, str] = {
    ComplaintReason.COUNTERFEIT_FEATURES: "What differs from the genuine product, and where does it show (logo, label, stitching, packaging...)?",
    ComplaintReason.MODEL_DOES_NOT_EXIST: "Which model or version do the listings show, and how do you know the brand never made it?",
    ComplaintReason.TEST_BUY: "What arrived from the test buy, and what shows it is not genuine?",
    ComplaintReason.TRADEMARK_MISUSE: "Where is the trademark used: in titles, descriptions, keywords or the shop name, and in which words?",
    ComplaintReason.IMAGE_THEFT: "Where do the original photos come from (who took them), and when were they taken?",
    ComplaintReason.OFFICIAL_IMAGE_THEFT: "Which page of your official site or store are the photos from (its address), and since when are they there?",
    ComplaintReason.REGISTERED_WORK: "Which part of the work is copied, and where does it appear in the listings?",
    ComplaintReason.PIRATED_COPY: "What is copied (title, edition or version), and what shows the copies are not authorised?",
    ComplaintReason.PATENT_INFRINGEMENT: "Which claim or design view do the products copy, and where does it show?",
}

# How each answer is introduced in the complaint text.
STATEMENT_LABELS: dict[ComplaintReason, str] = {
    ComplaintReason.COUNTERFEIT_FEATURES: "Differences from the genuine product",
    ComplaintReason.MODEL_DOES_NOT_EXIST: "The model shown and why it was never made",
    ComplaintReason.TEST_BUY: "The test buy",
    ComplaintReason.TRADEMARK_MISUSE: "Where the trademark is used",
    ComplaintReason.IMAGE_THEFT: "Origin of the original photos",
    ComplaintReason.OFFICIAL_IMAGE_THEFT: "Where the photos are published officially",
    ComplaintReason.REGISTERED_WORK: "What is copied",
    ComplaintReason.PIRATED_COPY: "What is copied",
    ComplaintReason.PATENT_INFRINGEMENT: "What the products copy",
}


def compose_statement(draft: ComplaintDraft) -> str:
    """The complaint text, composed from what the person said: the right, the reason they chose, their own answers.

    It states nothing the person did not give: no count of listings, no claim beyond the chosen reason and their words.
    """
    owner = draft.rights_holder_name if draft.role == Role.AGENT else draft.complainant_name
    ip_type = draft.effective_ip_type()
    right = f"{ip_type.value if ip_type else 'right'} \"{draft.right_name or ''}\""
    if draft.registration_number and draft.registered:
        right += f" (registration no. {draft.registration_number})"
    parts = [f"{owner or 'The rights holder'} owns the {right}."]
    if draft.reason:
        parts.append(f"This complaint concerns {REASON_WORDS[draft.reason]}.")
    answer = draft.statement_facts.get(draft.reason.value) if draft.reason else None
    if answer:
        parts.append(f"{STATEMENT_LABELS[draft.reason]}: {answer}")
    if draft.role == Role.AGENT and draft.complainant_name:
        parts.append(f"{draft.complainant_name} files this complaint as authorised agent.")
    return " ".join(parts)


def missing_for_complaint(draft: ComplaintDraft) -> list[str]:
    """The draft's fields a complaint cannot do without, in the order the guided mode asks for them."""
    missing = []
    if draft.site is None:
        missing.append("site")
    if draft.reason is None:
        missing.append("reason")
    if draft.role is None:
        missing.append("role")
    if not draft.complainant_name:
        missing.append("complainant")
    if draft.role is not None and draft.role.value == "agent" and not draft.rights_holder_name:
        missing.append("rights_holder")
    if not draft.right_name or (draft.registered and not draft.registration_number):
        missing.append("right")
    if not draft.listings:
        missing.append("links")
    return missing


def draft_fingerprint(draft: ComplaintDraft) -> str:
    """A short hash of what the draft says, so the same request twice makes one saved draft."""
    payload = draft.model_dump_json(exclude={"complaint_id", "exported_to", "rejected_links", "sources", "saved_version"})
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def draft_from_complaint(complaint: Complaint, complaint_id: str | None) -> ComplaintDraft:
    """A conversation draft holding a saved complaint."""
    right = complaint.ip_right
    holder = complaint.rights_holder
    return ComplaintDraft(
        site=complaint.site, reason=complaint.reason, ip_type=right.ip_type, patent_kind=right.patent_kind,
        role=complaint.complainant.role, complainant_name=complaint.complainant.name,
        complainant_type=complaint.complainant.holder_type, complainant_country=complaint.complainant.country,
        rights_holder_name=holder.name if holder else None, rights_holder_type=holder.holder_type if holder else None,
        rights_holder_country=holder.country if holder else None, right_name=right.name,
        registration_number=right.registration_number, registered=right.registered,
        places_of_registration=list(right.places_of_registration), right_approved=str(right.approval_status) == "approved",
        listings=list(complaint.listings), evidence=list(complaint.evidence), statement=complaint.statement or None,
        complaint_id=complaint_id,
    )
