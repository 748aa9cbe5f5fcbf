"""The domain's vocabulary: who complains, about which right, on which site, with what evidence.

Field descriptions are written for people: they become the tool schemas the model reads.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator


class Site(StrEnum):
    """A marketplace whose complaints go through the IP Protection Platform."""

    ALIEXPRESS = "aliexpress"
    ALIBABA = "alibaba"  # Alibaba.com
    S1688 = "1688"
    TAOBAO = "taobao"
    TMALL = "tmall"  # includes Tmall.hk
    LAZADA = "lazada"  # its six country sites
    MIRAVIA = "miravia"

    @property
    def label(self) -> str:
        """The site's name as people write it: 'Alibaba.com', 'Tmall'."""
        return SITE_LABELS[self]


SITE_LABELS = {
    Site.ALIEXPRESS: "AliExpress",
    Site.ALIBABA: "Alibaba.com",
    Site.S1688: "1688",
    Site.TAOBAO: "Taobao",
    Site.TMALL: "Tmall",
    Site.LAZADA: "Lazada",
    Site.MIRAVIA: "Miravia",
}

# China-facing sites need a right valid in Mainland China.
CHINA_FACING_SITES = frozenset({Site.TAOBAO, Site.TMALL, Site.S1688})

# Hong Kong, Macau and Taiwan keep their own registers: a right there is not a Mainland China right.
_NOT_MAINLAND = ("hong kong", "hongkong", "macau", "macao", "taiwan", "outside")
_CHINA_WORDS = ("china", "中国", "prc")
_INTERNATIONAL_WORDS = ("wipo", "madrid", "international")


def _words(place: str) -> set[str]:
    return set(re.split(r"[^a-z0-9\u4e00-\u9fff]+", place.lower()))


def place_is_mainland_china(place: str) -> bool:
    """Whether a place of registration, as people write it ('Mainland China', 'CN', 'WIPO (designating China)'), covers Mainland China."""
    text = place.strip().lower()
    if any(word in text for word in _NOT_MAINLAND):
        return False
    return any(word in text for word in _CHINA_WORDS) or bool(_words(text) & {"cn", "cnipa"})


def place_is_international(place: str) -> bool:
    """Whether a place of registration is an international (WIPO/Madrid) registration."""
    text = place.strip().lower()
    return any(word in text for word in _INTERNATIONAL_WORDS)


def registered_in_china(places: list[str], *, china_extension: bool = False) -> bool | None:
    """True when a place covers Mainland China, False when places are given and none does, None when none are given."""
    if china_extension or any(place_is_mainland_china(place) for place in places):
        return True
    return False if any(place.strip() for place in places) else None


_LANGUAGE_NAMES = {"english": "en", "chinese": "zh", "mandarin": "zh", "中文": "zh", "german": "de", "deutsch": "de",
                   "french": "fr", "spanish": "es", "italian": "it", "japanese": "ja", "korean": "ko", "portuguese": "pt"}
# The platform reads English and Chinese; documents in any other language need a translation into one of them.
PLATFORM_LANGUAGES = frozenset({"en", "zh"})


def normalize_language(language: str) -> str:
    """'EN', 'English', 'zh-CN', 'zh_Hans' -> 'en' / 'zh': the primary language subtag, lower case."""
    text = language.strip().lower()
    return _LANGUAGE_NAMES.get(text, re.split(r"[-_]", text)[0])


class IPType(StrEnum):
    TRADEMARK = "trademark"
    COPYRIGHT = "copyright"
    PATENT = "patent"


class PatentKind(StrEnum):
    INVENTION = "invention"
    UTILITY_MODEL = "utility_model"
    DESIGN = "design"


class Role(StrEnum):
    """Who files: the owner of the right, or someone acting for the owner."""

    RIGHTS_HOLDER = "rights_holder"
    AGENT = "agent"


class HolderType(StrEnum):
    INDIVIDUAL = "individual"
    COMPANY = "company"


class ApprovalStatus(StrEnum):
    """Where the right stands in the platform's "IPR Management" list."""

    NOT_SUBMITTED = "not_submitted"
    PENDING_VERIFICATION = "pending_verification"
    APPROVED = "approved"
    REJECTED = "rejected"


class CertificateCopy(StrEnum):
    COLOUR = "colour"
    BLACK_AND_WHITE = "black-and-white"


class ListingKind(StrEnum):
    PRODUCT = "product"
    SHOP = "shop"


class ComplaintReason(StrEnum):
    """The complaint's ground; each one needs its own evidence."""

    COUNTERFEIT_FEATURES = "counterfeit_features"  # trademark: same-angle comparison with a genuine product
    MODEL_DOES_NOT_EXIST = "model_does_not_exist"  # trademark: the brand never made this model
    TEST_BUY = "test_buy"  # trademark: bought and found counterfeit
    TRADEMARK_MISUSE = "trademark_misuse"  # trademark: the mark used in titles, descriptions, store names
    IMAGE_THEFT = "image_theft"  # copyright: the seller uses our original photos
    OFFICIAL_IMAGE_THEFT = "official_image_theft"  # copyright: photos from the official site or flagship store
    REGISTERED_WORK = "registered_work"  # copyright: a registered artistic or written work
    PIRATED_COPY = "pirated_copy"  # copyright: unauthorised copies of books, music, software...
    PATENT_INFRINGEMENT = "patent_infringement"  # patent: the listing falls within the claims or design views


REASON_IP_TYPE: dict[ComplaintReason, IPType] = {
    ComplaintReason.COUNTERFEIT_FEATURES: IPType.TRADEMARK,
    ComplaintReason.MODEL_DOES_NOT_EXIST: IPType.TRADEMARK,
    ComplaintReason.TEST_BUY: IPType.TRADEMARK,
    ComplaintReason.TRADEMARK_MISUSE: IPType.TRADEMARK,
    ComplaintReason.IMAGE_THEFT: IPType.COPYRIGHT,
    ComplaintReason.OFFICIAL_IMAGE_THEFT: IPType.COPYRIGHT,
    ComplaintReason.REGISTERED_WORK: IPType.COPYRIGHT,
    ComplaintReason.PIRATED_COPY: IPType.COPYRIGHT,
    ComplaintReason.PATENT_INFRINGEMENT: IPType.PATENT,
}


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False, str_strip_whitespace=True)


class Party(Model):
    """A person or company: the owner of a right, or the one who files for it."""

    name: str = Field(description="Full legal name, exactly as on the certificate or business licence.")
    holder_type: HolderType = Field(description="'individual' or 'company'.")
    country: str | None = Field(default=None, description="Country of residence or incorporation.")
    email: str | None = Field(default=None, description="Contact email for the platform's notices.")


class Complainant(Party):
    """Whoever files the complaint on the platform."""

    role: Role = Field(description="'rights_holder' if the owner files, 'agent' if someone files for the owner.")
    job_title: str | None = Field(default=None, description="Signatory's job title (needed on a power of attorney).")
    contact_name: str | None = Field(default=None, description="The person the platform may contact about the complaint, as given.")


class IPRight(Model):
    """An intellectual-property right, as recorded in the platform's 'My IPR' list."""

    id: str | None = Field(default=None, description="The team's own reference for this right.")
    ip_type: IPType = Field(description="'trademark', 'copyright' or 'patent'.")
    patent_kind: PatentKind | None = Field(default=None, description="For patents: 'invention', 'utility_model' or 'design'.")
    name: str = Field(description="Trademark name (the word, or a short description of a logo), work title or patent title.")
    registration_number: str | None = Field(
        default=None, description="Registration or patent number, digits only, as printed on the certificate. Empty if unregistered."
    )
    registered: bool = Field(default=True, description="False for an unregistered copyright (filed with a Copyright Claim Statement).")
    places_of_registration: list[str] = Field(
        default_factory=list, description="Where the right is registered, e.g. ['Mainland China'], ['EU'], ['WIPO (designating China)']."
    )
    classes: list[int] = Field(default_factory=list, description="Nice classes a trademark covers.")
    expiry_date: date | None = Field(default=None, description="Date the registration expires, if it does.")
    registration_date: date | None = Field(default=None, description="Day the right was registered (entered in the register), if given.")
    filing_date: date | None = Field(
        default=None, description="Day the application for the right was filed (a patent's or a mark's application date), if known."
    )
    priority_date: date | None = Field(
        default=None, description="Earliest priority day the right claims, if any: what earlier publications are judged against."
    )
    owner: str | None = Field(default=None, description="Current owner as shown by the registry.")
    approval_status: ApprovalStatus = Field(
        default=ApprovalStatus.NOT_SUBMITTED, description="Status on the platform: not_submitted, pending_verification, approved, rejected."
    )
    certificate_copy: CertificateCopy = Field(default=CertificateCopy.COLOUR, description="'colour' or 'black-and-white' copy of the certificate.")
    certificate_sealed_or_signed: bool = Field(
        default=False, description="For a black-and-white copy: whether it was sealed (company) or signed (individual) before photographing."
    )
    china_extension: bool = Field(
        default=False, description="For an international (WIPO/Madrid) registration: whether it designates China."
    )
    renewed_or_transferred: bool = Field(
        default=False, description="Whether the registration was renewed, changed or assigned since the certificate was issued."
    )
    certificate_language: str | None = Field(
        default=None, description="Language of the certificate, e.g. 'en', 'zh', 'de'. Other than English or Chinese needs a translation."
    )

    def valid_in_china(self) -> bool:
        """Whether the right is registered in (or extended to) Mainland China."""
        return registered_in_china(self.places_of_registration, china_extension=self.china_extension) is True

    def expired_on(self, day: date) -> bool:
        return self.expiry_date is not None and self.expiry_date < day


class ListingRef(Model):
    """One infringing listing or shop, as checked by the listing-URL checker."""

    url: str = Field(description="The link as the person gave it.")
    site: Site | None = Field(default=None, description="Marketplace the link belongs to.")
    kind: ListingKind | None = Field(default=None, description="'product' for an item page, 'shop' for a store page.")
    listing_id: str | None = Field(default=None, description="The item or shop id taken from the link.")
    normalized: str | None = Field(default=None, description="Canonical form of the link (https, canonical host, no tracking).")
    title: str | None = Field(default=None, description="Listing title, if known. Untrusted text from the marketplace.")
    price: float | None = Field(default=None, description="Listed price, if recorded.")
    currency: str | None = Field(default=None, description="Currency of the price, e.g. 'USD'.")


class EvidenceItem(Model):
    """A document or file supporting the complaint."""

    kind: str = Field(
        description="Document id, e.g. 'comparison_document', 'test_buy_report', 'test_buy_order_number', 'original_image_files', "
        "'power_of_attorney', 'trademark_certificate', 'translation'."
    )
    description: str = Field(default="", description="What it shows, in a sentence.")
    file: str | None = Field(default=None, description="Path or name of the file.")
    reference: str | None = Field(default=None, description="A reference such as the test-buy order number.")
    language: str | None = Field(default=None, description="Language of the document, e.g. 'en', 'zh', 'de'.")
    sealed_or_signed: bool | None = Field(default=None, description="Whether the document carries the required seal or signature.")
    covers_ip_enforcement: bool | None = Field(
        default=None, description="For a power of attorney: whether it explicitly authorises IP enforcement on the platforms."
    )
    signatory_job_title: str | None = Field(
        default=None, description="For a power of attorney or test-buy report: the job title written beside the seal or signature."
    )
    valid_until: date | None = Field(default=None, description="For a power of attorney: the last day it is valid, when it says.")


class Complaint(Model):
    """One complaint: one site, one right, one reason, up to 300 listings, and the evidence the reason needs."""

    id: str | None = Field(default=None, description="The team's complaint id.")
    site: Site = Field(description="Marketplace the listings are on.")
    complainant: Complainant = Field(description="Who files the complaint.")
    rights_holder: Party | None = Field(default=None, description="Owner of the right, when the complainant is an agent.")
    ip_right: IPRight = Field(description="The one approved right the complaint relies on.")
    reason: ComplaintReason = Field(description="The complaint's ground.")
    listings: list[ListingRef] = Field(default_factory=list, description="Infringing listings or shops (links).")
    evidence: list[EvidenceItem] = Field(default_factory=list, description="Supporting documents and files.")
    statement: str = Field(default="", description="The complaint text: what infringes and how, in plain words.")
    platform_complaint_id: str | None = Field(default=None, description="Id the platform gave the complaint once filed.")

    def evidence_kinds(self) -> set[str]:
        return {item.kind for item in self.evidence}


class Notice(Model):
    """A batch of listings that can go into one complaint form: one site, one kind, at most 300 links."""

    site: Site
    kind: ListingKind
    listings: list[ListingRef] = Field(max_length=300)


class Confidence(StrEnum):
    """How sure a rule is: two or more independent sources, one source, or looked for and not published."""

    CONFIRMED = "confirmed"
    SINGLE_SOURCE = "single_source"
    NOT_PUBLISHED = "not_published"


class DocumentCase(Model):
    """The facts of a case that decide which documents it needs (no listings, no evidence yet)."""

    ip_type: IPType = Field(description="'trademark', 'copyright' or 'patent'.")
    patent_kind: PatentKind | None = Field(default=None, description="For patents: 'invention', 'utility_model' or 'design'.")
    role: Role = Field(default=Role.RIGHTS_HOLDER, description="'rights_holder' if the owner files, 'agent' if someone files for the owner.")
    holder_type: HolderType | None = Field(default=None, description="The rights holder: 'individual' or 'company'; empty if not known yet.")
    complainant_type: HolderType | None = Field(
        default=None, description="Whoever registers the IPP account, when that is an agent: 'individual' or 'company'. Defaults to the holder."
    )
    site: Site | None = Field(default=None, description="Marketplace the listings are on, if known.")
    registered: bool = Field(default=True, description="False for an unregistered right (for copyright: filed with a Copyright Claim Statement).")
    reason: ComplaintReason | None = Field(default=None, description="The complaint's ground, if chosen.")
    certificate: CertificateCopy = Field(default=CertificateCopy.COLOUR, description="'colour' or 'black-and-white' copy of the certificate.")
    certificate_sealed_or_signed: bool = Field(
        default=False, description="For a black-and-white copy: whether it was sealed (company) or signed (individual) before photographing."
    )
    language: str | None = Field(default=None, description="Language of the documents, e.g. 'en', 'zh', 'de'.")
    places_of_registration: list[str] = Field(
        default_factory=list, description="Where the right is registered, e.g. ['Mainland China'], ['EU'], ['WIPO (designating China)']."
    )
    china_extension: bool = Field(default=False, description="For an international (WIPO/Madrid) registration: whether it designates China.")
    expiry_date: date | None = Field(default=None, description="Date the registration expires, if it does.")
    renewed_or_transferred: bool = Field(
        default=False, description="Whether the registration was renewed, changed or assigned since the certificate was issued."
    )
    expired: bool | None = Field(
        default=None, description="True when the registration is said to have expired (lapsed) and no expiry date is given."
    )

    @model_validator(mode="after")
    def _patent_kind_only_for_patents(self) -> DocumentCase:
        if self.patent_kind is not None and self.ip_type is not IPType.PATENT:
            raise ValueError("patent_kind applies to patents only")
        return self


class RequiredDocument(Model):
    """One document a case needs, why, and how sure the rule is."""

    id: str = Field(description="Stable document id, e.g. 'power_of_attorney'. Evidence items use it as their kind.")
    name: str = Field(description="The document's name as people know it.")
    required: bool = Field(description="True if the platform requires it; False if recommended.")
    why: str = Field(description="Why the case needs it, in a sentence or two.")
    source: str = Field(description="Address of the page the rule comes from.")
    sources: list[str] = Field(default_factory=list, description="Every page the rule rests on.")
    confidence: Confidence = Field(description="confirmed, single_source or not_published.")
    stage: str = Field(description="When it is uploaded: 'account' (registration), 'ipr' (IPR submission) or 'complaint'.")


class CaseWarning(Model):
    """Something that stops a case from succeeding as described, or a requirement that rests on thin sources."""

    code: str = Field(description="Stable code, e.g. 'right_not_valid_in_china'.")
    message: str = Field(description="What is wrong or uncertain, and what to do.")
    source: str = Field(description="Address of the page the warning rests on ('' when nothing is published).")
    document_ids: list[str] = Field(default_factory=list, description="The documents the warning is about, if it is about documents.")


class OpenQuestion(Model):
    """A fact the case has not given that changes its documents or its chances, and what depends on it."""

    fact: str = Field(description="The case fact, e.g. 'places_of_registration', 'role', 'site'.")
    question: str = Field(description="What to ask the person, with the rule that makes it matter.")
    depends: list[str] = Field(default_factory=list, description="What changes with each answer, one line per answer.")


class DocumentChecklist(Model):
    """The documents a case needs, with warnings."""

    documents: list[RequiredDocument] = Field(description="Required and recommended documents, in filing order.")
    warnings: list[CaseWarning] = Field(default_factory=list, description="Why the case may fail, and thinly sourced requirements.")
    open_questions: list[OpenQuestion] = Field(
        default_factory=list, description="Facts not given that decide part of the answer, and what depends on each."
    )

    def ids(self) -> list[str]:
        return [document.id for document in self.documents]


class ValidationIssue(Model):
    """One broken rule in a complaint."""

    code: str = Field(description="Stable code, e.g. 'power_of_attorney_missing'.")
    message: str = Field(description="What is wrong and how to fix it, in words a lawyer uses.")
    source: str = Field(description="Address of the page the rule comes from ('' when the rule is not published).")
    field: str = Field(description="Which part of the complaint, e.g. 'ip_right.expiry_date', 'listings[3]', 'evidence'.")
    confidence: Confidence = Field(default=Confidence.CONFIRMED, description="How sure the rule is.")
    detail: str | None = Field(default=None, description="A finer code, e.g. the listing-URL checker's 'short_link' behind 'invalid_listing'.")


class ValidationReport(Model):
    """The result of checking a complaint before it is filed: errors block filing, warnings deserve a look."""

    errors: list[ValidationIssue] = Field(default_factory=list, description="Rules the complaint breaks; it would be rejected.")
    warnings: list[ValidationIssue] = Field(default_factory=list, description="Risks worth checking before filing.")
    checked_on: date | None = Field(default=None, description="The day the dates were checked against.")

    @model_validator(mode="before")
    @classmethod
    def _drop_computed_ok(cls, data):
        # A report read back from its own JSON carries `ok`, which is computed, not stored.
        if isinstance(data, dict) and "ok" in data:
            data = {key: value for key, value in data.items() if key != "ok"}
        return data

    @computed_field(description="True when there are no errors.")
    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> set[str]:
        return {issue.code for issue in self.errors}

    def warning_codes(self) -> set[str]:
        return {issue.code for issue in self.warnings}
