"""The complaint being put together in a conversation: every field optional until the person has said it.

Both the guided mode and the model fill this draft; ``to_complaint`` turns it into the domain's ``Complaint``
once nothing is missing. Whether the complaint is *valid* is for the rules (validate_complaint) to say.
"""

from __future__ import annotations

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
    rights_holder_name: str | None = Field(default=None, description="Owner of the right, when an agent files.")
    rights_holder_type: HolderType | None = Field(default=None, description="Whether the owner is a company or an individual.")
    right_name: str | None = Field(default=None, description="Trademark word (or logo description), work title or patent title.")
    registration_number: str | None = Field(default=None, description="Registration or patent number as printed on the certificate.")
    registered: bool = Field(default=True, description="False for an unregistered copyright (Copyright Claim Statement).")
    places_of_registration: list[str] = Field(default_factory=list, description="Where the right is registered, e.g. ['Mainland China'].")
    right_approved: bool | None = Field(default=None, description="Whether the right shows as approved in the platform's IPR Management.")
    listings: list[ListingRef] = Field(default_factory=list, description="Checked, valid links to the infringing listings.")
    rejected_links: list[RejectedLink] = Field(default_factory=list, description="Links left out because the checker found problems.")
    evidence: list[EvidenceItem] = Field(default_factory=list, description="Supporting documents the person has ready.")
    statement: str | None = Field(default=None, description="The complaint text; written from the draft when not given.")
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
            holder = Party(name=self.rights_holder_name, holder_type=self.rights_holder_type or HolderType.COMPANY)
        right = IPRight(
            ip_type=ip_type,
            patent_kind=self.patent_kind if ip_type == IPType.PATENT else None,
            name=self.right_name or "",
            registration_number=self.registration_number if self.registered else None,
            registered=self.registered,
            places_of_registration=list(self.places_of_registration),
            approval_status=ApprovalStatus.APPROVED if self.right_approved else ApprovalStatus.NOT_SUBMITTED,
            owner=(self.rights_holder_name if self.role == Role.AGENT else self.complainant_name),
        )
        return Complaint(
            id=self.complaint_id,
            site=self.site,
            complainant=Complainant(name=self.complainant_name or "", holder_type=complainant_type, role=self.role),
            rights_holder=holder,
            ip_right=right,
            reason=self.reason,
            listings=list(self.listings),
            evidence=list(self.evidence),
            statement=self.statement or compose_statement(self),
        )


REASON_WORDS: dict[ComplaintReason, str] = {
    ComplaintReason.COUNTERFEIT_FEATURES: "sell counterfeits of products under the trademark",
    ComplaintReason.MODEL_DOES_NOT_EXIST: "sell products under the trademark in a model the rights holder never made",
    ComplaintReason.TEST_BUY: "sold a counterfeit product under the trademark, confirmed by a test buy",
    ComplaintReason.TRADEMARK_MISUSE: "use the trademark in titles, descriptions or store names without authorisation",
    ComplaintReason.IMAGE_THEFT: "use the rights holder's original photographs without permission",
    ComplaintReason.OFFICIAL_IMAGE_THEFT: "use photographs taken from the rights holder's official website or store without permission",
    ComplaintReason.REGISTERED_WORK: "reproduce a registered work without permission",
    ComplaintReason.PIRATED_COPY: "sell unauthorised copies of the protected work",
    ComplaintReason.PATENT_INFRINGEMENT: "offer products that fall within the scope of the patent",
}


def compose_statement(draft: ComplaintDraft) -> str:
    """A plain complaint statement written from the draft; the person may replace it."""
    owner = draft.rights_holder_name if draft.role == Role.AGENT else draft.complainant_name
    ip_type = draft.effective_ip_type()
    right = f"{ip_type.value if ip_type else 'right'} '{draft.right_name or ''}'"
    if draft.registration_number and draft.registered:
        right += f" (registration no. {draft.registration_number})"
    count = len(draft.listings)
    what = REASON_WORDS.get(draft.reason, "infringe the right") if draft.reason else "infringe the right"
    filer = f" {draft.complainant_name} files this complaint as authorised agent." if draft.role == Role.AGENT else ""
    return f"{owner or 'The rights holder'} owns the {right}. The {count} listed listing(s) {what}.{filer}"
