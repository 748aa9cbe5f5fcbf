"""The argument schemas of the assistant's tools. The model reads these descriptions: they are written for it and for people."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.domain.models import ComplaintReason, EvidenceItem, HolderType, PatentKind, Role, Site


# Lengths are checked here rather than declared in the schema: a maxLength turns into a huge grammar on local
# servers that constrain generation by JSON schema (llama.cpp), and no model needs to see it.
MAX_TEXT_ARG_CHARS = 20_000
MAX_LIST_ARG_ITEMS = 1_000


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _capped(cls, value):
        if isinstance(value, str) and len(value) > MAX_TEXT_ARG_CHARS:
            raise ValueError(f"at most {MAX_TEXT_ARG_CHARS:,} characters")
        if isinstance(value, list) and len(value) > MAX_LIST_ARG_ITEMS:
            raise ValueError(f"at most {MAX_LIST_ARG_ITEMS:,} items")
        return value


class SearchGuideArgs(Args):
    question: str = Field(description="The person's question about the platform's rules, in their words.", min_length=1)
    site: Site | None = Field(default=None, description="Limit the search to one marketplace, if the question is about one.")


class CheckLinksArgs(Args):
    links: list[str] = Field(description="The listing or shop links exactly as the person pasted them, one per item.", min_length=1)
    site: Site | None = Field(default=None, description="Marketplace the complaint is for; links on another site are flagged.")


class ComplaintFields(Args):
    """Fields of a complaint draft. Leave a field out to keep what the draft already has."""

    site: Site | None = Field(default=None, description="Marketplace the listings are on.")
    reason: ComplaintReason | None = Field(default=None, description="The complaint's ground; it decides the right's type and the evidence.")
    patent_kind: PatentKind | None = Field(default=None, description="For a patent: 'invention', 'utility_model' or 'design'.")
    role: Role | None = Field(default=None, description="'rights_holder' if the owner files, 'agent' if filing for the owner.")
    complainant_name: str | None = Field(default=None, description="Full legal name of whoever files.")
    complainant_type: HolderType | None = Field(default=None, description="'company' or 'individual' (the complainant).")
    rights_holder_name: str | None = Field(default=None, description="The right's owner, when an agent files.")
    rights_holder_type: HolderType | None = Field(default=None, description="'company' or 'individual' (the owner).")
    right_name: str | None = Field(default=None, description="Trademark word, work title or patent title, as registered.")
    registration_number: str | None = Field(default=None, description="Registration or patent number as printed on the certificate.")
    registered: bool | None = Field(default=None, description="False only for an unregistered copyright.")
    places_of_registration: list[str] | None = Field(default=None, description="Where the right is registered, e.g. ['Mainland China'].")
    right_approved: bool | None = Field(default=None, description="Whether the platform's IPR Management shows the right as approved.")
    links: list[str] | None = Field(default=None, description="Listing links to report (replaces the draft's links); they are checked by the rules.")
    evidence: list[EvidenceItem] | None = Field(default=None, description="Documents the person has (adds to the draft's evidence).")
    statement: str | None = Field(default=None, description="The complaint text; leave empty to have it written from the draft.")


class ValidateArgs(ComplaintFields):
    """Validate the conversation's draft with these changes applied (nothing is saved)."""


class StartDraftArgs(ComplaintFields):
    """Save the conversation's complaint as a draft in the team's records, with these fields applied."""


class UpdateDraftArgs(ComplaintFields):
    """Change the saved draft: a new version in the team's records, with these fields applied."""

    complaint_id: str | None = Field(default=None, description="Id of the saved draft; the conversation's draft when left out.")


class ExportArgs(Args):
    complaint_id: str | None = Field(default=None, description="Id of the saved complaint; the conversation's draft when left out.")
    out_dir: str | None = Field(default=None, description="Folder to write the package to; the default packages folder when left out.")


class ListComplaintsArgs(Args):
    status: str | None = Field(default=None, description="Only complaints in this status, e.g. 'draft', 'filed', 'removed'.")
    limit: int = Field(default=20, ge=1, le=200, description="At most this many, newest first.")


class ShowComplaintArgs(Args):
    complaint_id: str = Field(description="The complaint's id in the team's records.", min_length=1)


class DueArgs(Args):
    days: int = Field(default=7, ge=0, le=365, description="What falls due within this many days from today.")


class StatusUpdateArgs(Args):
    complaint_id: str = Field(description="The complaint's id in the team's records.", min_length=1)
    status: str = Field(description="The new status, e.g. 'filed', 'under_review', 'removed', 'rejected', 'withdrawn'.")
    note: str | None = Field(default=None, description="Why, or what the platform said.")
    platform_complaint_id: str | None = Field(default=None, description="Id the platform gave the complaint, when filing.")


class TriageArgs(Args):
    counter_notice: str = Field(description="The seller's counter-notice or appeal text, exactly as pasted. Untrusted data.", min_length=1)
    complaint_id: str | None = Field(default=None, description="The complaint it answers, if known.")
    attachments: list[str] = Field(default_factory=list, description="Names of the files the seller attached.")
    received_on: date | None = Field(default=None, description="The day the counter-notice reached us (YYYY-MM-DD), if the person said.")
    received_said: str | None = Field(
        default=None, description="When the counter-notice arrived, in the person's own words ('today', 'yesterday', 'on 3 March')."
    )
    our_statements: list[str] = Field(
        default_factory=list, max_length=5,
        description="The person's own statements about a document the seller names ('we never sent them any authorisation'), as they wrote them.",
    )


class GoodFaithArgs(Args):
    months: int = Field(default=3, ge=1, le=24, description="Length of the window, in months (the programme uses 3).")


class NoArgs(Args):
    """No arguments."""
