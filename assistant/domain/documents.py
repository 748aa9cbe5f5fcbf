"""Which documents a case needs, and why it may fail: the rules of knowledge/rules/documents.yaml applied to a case."""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.domain.document_rules import DocumentRule, check_rule, conditions_hold, document_rules
from assistant.domain.models import (
    CHINA_FACING_SITES,
    PLATFORM_LANGUAGES,
    REASON_IP_TYPE,
    CaseWarning,
    CertificateCopy,
    Complaint,
    Confidence,
    DocumentCase,
    DocumentChecklist,
    HolderType,
    IPType,
    OpenQuestion,
    RequiredDocument,
    Role,
    Site,
    normalize_language,
    place_is_international,
    registered_in_china,
)


def required_documents(case: DocumentCase, *, today: date | None = None) -> DocumentChecklist:
    """The documents the case needs (required and recommended, in filing order), with the warnings that apply."""
    facts = case_facts(case, today=today or date.today())
    documents = [_required_document(rule, facts) for rule in document_rules().documents if document_applies(rule, facts)]
    warnings = case_warnings(case, facts) + _caveats(documents)
    return DocumentChecklist(documents=documents, warnings=warnings)


def case_facts(case: DocumentCase, *, today: date) -> dict[str, Any]:
    """The facts the rules' conditions name (see the header of documents.yaml)."""
    language = normalize_language(case.language) if case.language else None
    return {
        "ip_type": case.ip_type,
        "patent_kind": case.patent_kind,
        "role": case.role,
        "holder_type": case.holder_type,
        "account_holder_type": case.complainant_type or case.holder_type,
        "site": case.site,
        "china_facing_site": case.site in CHINA_FACING_SITES,
        "registered": case.registered,
        "reason": case.reason,
        "certificate": case.certificate,
        "certificate_sealed_or_signed": case.certificate_sealed_or_signed,
        "needs_translation": language is not None and language not in PLATFORM_LANGUAGES,
        "international_registration": any(place_is_international(place) for place in case.places_of_registration),
        "registered_in_china": registered_in_china(case.places_of_registration, china_extension=case.china_extension),
        "renewed_or_transferred": case.renewed_or_transferred,
        "expired": case.expired is True or (case.expiry_date is not None and case.expiry_date < today),
    }


def document_case_for(complaint: Complaint) -> DocumentCase:
    """The document-deciding facts of a complaint."""
    right = complaint.ip_right
    holder = complaint.rights_holder if complaint.complainant.role is Role.AGENT else None
    return DocumentCase(
        ip_type=right.ip_type,
        patent_kind=right.patent_kind if right.ip_type is IPType.PATENT else None,
        role=complaint.complainant.role,
        holder_type=(holder or complaint.complainant).holder_type,
        complainant_type=complaint.complainant.holder_type,
        site=complaint.site,
        registered=right.registered,
        reason=complaint.reason,
        certificate=right.certificate_copy,
        certificate_sealed_or_signed=right.certificate_sealed_or_signed,
        language=foreign_language(complaint),
        places_of_registration=right.places_of_registration,
        china_extension=right.china_extension,
        expiry_date=right.expiry_date,
        renewed_or_transferred=right.renewed_or_transferred,
    )


def foreign_language(complaint: Complaint) -> str | None:
    """The first language among the certificate and the evidence that is neither English nor Chinese, else the certificate's."""
    languages = [complaint.ip_right.certificate_language, *(item.language for item in complaint.evidence if item.kind != "translation")]
    for language in filter(None, languages):
        if normalize_language(language) not in PLATFORM_LANGUAGES:
            return language
    return complaint.ip_right.certificate_language


def is_required(rule: DocumentRule, facts: dict[str, Any]) -> bool:
    """Whether a document that applies is required (rather than recommended) in this case."""
    return rule.required if rule.required_when is None else conditions_hold(rule.required_when, facts)


def document_applies(rule: DocumentRule, facts: dict[str, Any]) -> bool:
    """Whether a document's conditions hold for the facts of a case."""
    if not conditions_hold(rule.applies_when, facts):
        return False
    return not rule.applies_when_any or any(conditions_hold(group, facts) for group in rule.applies_when_any)


def _required_document(rule: DocumentRule, facts: dict[str, Any]) -> RequiredDocument:
    return RequiredDocument(
        id=rule.id,
        name=rule.name,
        required=is_required(rule, facts),
        why=rule.why,
        source=rule.source,
        sources=[source.url for source in rule.sources],
        confidence=rule.confidence,
        stage=rule.stage,
    )


def _caveats(documents: list[RequiredDocument]) -> list[CaseWarning]:
    """One warning per thinly sourced caveat; documents that share a caveat and a source (the test-buy pair) share it."""
    rules = {rule.id: rule for rule in document_rules().documents}
    grouped: dict[tuple[str, str, str], list[RequiredDocument]] = {}
    for document in documents:
        if document.confidence is not Confidence.CONFIRMED:
            grouped.setdefault((str(document.confidence), rules[document.id].caveat or "", document.source), []).append(document)
    return [
        CaseWarning(
            code=confidence,
            message=f"{' and '.join(document.name for document in group)}: {caveat}",
            source=source,
            document_ids=[document.id for document in group],
        )
        for (confidence, caveat, source), group in grouped.items()
    ]


def territory_warnings(case: DocumentCase, facts: dict[str, Any]) -> list[CaseWarning]:
    """Whether the place the right is registered lets it support a complaint on the site. Copyright arises without
    registration in China too, so the territory rules are checked for registered marks and patents. Taobao, Tmall and
    1688 need a right valid in Mainland China; which countries' registrations Lazada and Miravia accept is not
    published, and a case naming its place of registration is told so rather than left to assume either way."""
    if case.ip_type is IPType.COPYRIGHT or not case.places_of_registration:
        return []
    places = ", ".join(case.places_of_registration)
    if facts["china_facing_site"] and facts["registered_in_china"] is False:
        code, message = "right_not_valid_in_china", (
            f"{case.site.label} needs a right valid in Mainland China (a China registration or a WIPO/Madrid extension to "
            f"China). A {case.ip_type} registered only in {places} cannot support a complaint there; AliExpress and "
            "Alibaba.com accept registrations from other countries."
        )
    elif case.site in (Site.LAZADA, Site.MIRAVIA):
        code, message = "territory_not_published", (
            f"Whether {case.site.label} accepts a {case.ip_type} registered in {places} is not published: no source says "
            "which countries' registrations Lazada and Miravia accept. Enter the place of registration as the certificate "
            f"gives it and check the options IPP shows for {case.site.label} before preparing the documents."
        )
    else:
        return []
    return [CaseWarning(code=code, message=message, source=check_rule(code).source)]


def case_warnings(case: DocumentCase, facts: dict[str, Any]) -> list[CaseWarning]:
    """Why the case cannot succeed as described, or rests on rules the platform does not publish."""
    warnings: list[CaseWarning] = []

    def warn(code: str, message: str, source: str | None = None) -> None:
        warnings.append(CaseWarning(code=code, message=message, source=check_rule(code).source if source is None else source))

    warnings += territory_warnings(case, facts)
    if facts["expired"]:
        when = f"expired on {case.expiry_date.isoformat()}" if case.expiry_date and not case.expired else "has expired"
        warn(
            "right_expired",
            f"The registration {when}. An expired right cannot support a complaint; "
            "if it was renewed, upload the renewal documents with the certificate.",
        )
    if (
        case.registered
        and case.ip_type is not IPType.PATENT
        and case.certificate is CertificateCopy.BLACK_AND_WHITE
        and not case.certificate_sealed_or_signed
    ):
        warn(
            "black_and_white_certificate",
            "A black-and-white copy of the certificate is normally not enough. Upload a colour scan or photo of the "
            "original; if you only have a black-and-white copy, seal it (company) or sign it (individual) and photograph "
            "the sealed or signed copy.",
        )
    if not case.registered and case.ip_type is IPType.TRADEMARK:
        warn(
            "right_not_registered",
            "An unregistered trademark (or a pending application): the platform's own answer was not visible, and a "
            "third party says pending or unregistered marks cannot be used. File with a registered mark.",
        )
    if not case.registered and case.ip_type is IPType.PATENT:
        warn(
            "right_not_registered",
            "No route for an unregistered patent is described; only copyright can be filed unregistered (with a "
            "Copyright Claim Statement).",
            source="",
        )
    if case.reason is not None:
        expected = REASON_IP_TYPE[case.reason]
        reason = document_rules().reasons[case.reason]
        if expected is not case.ip_type:
            warn(
                "ip_type_reason_mismatch",
                f"The reason '{reason.name}' belongs to {expected} complaints, not {case.ip_type} complaints. Each complaint "
                "relies on one right, and the reason must fit that right's type.",
            )
        if not reason.evidence_published:
            warn(
                "evidence_not_published",
                f"The platform does not publish the evidence a '{reason.name}' complaint needs. Follow the evidence "
                "template shown for the reason in IPP.",
                source=reason.source,
            )
    if case.ip_type is IPType.PATENT:
        warn(
            "patent_requirements_not_published",
            "IPP does not publish the fields and documents it asks for patents (numbers, dates, claims or images, "
            "evaluation report). Check the patent form in IPP before preparing the documents.",
        )
    return warnings


# The facts whose absence can change a checklist, the question that asks for each, and the answers tried for it.
_ASKED = {
    "site": "Which marketplace are the listings on?",
    "role": "Are you the rights holder, or filing for one (an agent, a law firm, a group company)?",
    "holder_type": "Is the rights holder a company or an individual?",
    "places_of_registration": (
        "On Taobao, Tmall and 1688 the right must be valid in Mainland China: where is yours registered?"
    ),
    "reason": "Which complaint reason fits (for example counterfeit, a test buy, stolen photos, a pirated copy)?",
    "registered": "Is the copyright registered? IPP takes an unregistered one too.",
}
_VALUE_LABELS = {
    "site": {site: site.label for site in Site},
    "role": {Role.RIGHTS_HOLDER: "The rights holder files", Role.AGENT: "An agent or law firm files"},
    "holder_type": {HolderType.COMPANY: "A company", HolderType.INDIVIDUAL: "An individual"},
    "places_of_registration": {("Mainland China",): "Registered in Mainland China", ("EU",): "Registered only outside Mainland China"},
    "registered": {True: "Registered", False: "Not registered"},
}


def open_questions(case: DocumentCase, known: set[str], *, today: date | None = None) -> list[OpenQuestion]:
    """For each deciding fact the person has not given, what changes with each possible answer.

    Found by running the rules with every answer and comparing the checklists, so it can never disagree with them."""
    today = today or date.today()
    base = required_documents(case, today=today)
    found: list[OpenQuestion] = []
    for fact, trials in _trials(case, known).items():
        lines = []
        for label, variant in trials:
            difference = _difference(base, required_documents(variant, today=today))
            if difference:
                lines.append(f"{label}: {difference}")
        if lines:
            found.append(OpenQuestion(fact=fact, question=_ASKED[fact], depends=lines))
    return found


IP_TYPE_QUESTION = "Which kind of right is it: a trademark, a copyright or a patent?"
IP_TYPE_LABELS = {IPType.TRADEMARK: "A trademark", IPType.COPYRIGHT: "A copyright", IPType.PATENT: "A patent"}


def whatever_the_right(cases: dict[IPType, DocumentCase], *, today: date | None = None) -> DocumentChecklist:
    """For a case whose kind of right is not given (`cases`: the case as each kind of right): the documents and
    warnings every kind shares, and an open question saying what each kind adds. Found by running the rules for each
    kind, so it can never disagree with them."""
    today = today or date.today()
    lists = [(ip_type, required_documents(case, today=today)) for ip_type, case in cases.items()]
    first = lists[0][1]
    shared = [
        document
        for document in first.documents
        if all(any(o.id == document.id and o.required == document.required for o in other.documents) for _, other in lists)
    ]
    warnings = [warning for warning in first.warnings if all(warning.code in {w.code for w in other.warnings} for _, other in lists)]
    base = DocumentChecklist(documents=shared, warnings=warnings)
    lines = [f"{IP_TYPE_LABELS[ip_type]}: {difference}" for ip_type, other in lists if (difference := _difference(base, other))]
    base.open_questions = [OpenQuestion(fact="ip_type", question=IP_TYPE_QUESTION, depends=lines)]
    return base


def _trials(case: DocumentCase, known: set[str]) -> dict[str, list[tuple[str, DocumentCase]]]:
    trials: dict[str, list[tuple[str, DocumentCase]]] = {}
    if "site" not in known and case.site is None:
        trials["site"] = [(label, case.model_copy(update={"site": site})) for site, label in _VALUE_LABELS["site"].items()]
    if "role" not in known:
        trials["role"] = [(label, case.model_copy(update={"role": role})) for role, label in _VALUE_LABELS["role"].items()]
    if "holder_type" not in known and case.holder_type is None:
        trials["holder_type"] = [
            (label, case.model_copy(update={"holder_type": kind})) for kind, label in _VALUE_LABELS["holder_type"].items()
        ]
    china_rule_can_apply = case.site is None or case.site in CHINA_FACING_SITES
    if "places_of_registration" not in known and not case.places_of_registration and china_rule_can_apply:
        site = case.site or Site.TAOBAO  # the territory rule is a rule of the China-facing sites
        trials["places_of_registration"] = [
            (label, case.model_copy(update={"places_of_registration": list(places), "site": site}))
            for places, label in _VALUE_LABELS["places_of_registration"].items()
        ]
    # A copyright exists without registration, and IPP takes it with its Copyright Claim Statement: when the person
    # has not said, the checklist is not for a registered one only.
    if "registered" not in known and case.ip_type is IPType.COPYRIGHT:
        trials["registered"] = [(label, case.model_copy(update={"registered": value})) for value, label in _VALUE_LABELS["registered"].items()]
    if "reason" not in known and case.reason is None:
        reasons = [reason for reason, ip_type in REASON_IP_TYPE.items() if ip_type is case.ip_type]
        if len(reasons) > 1:
            names = document_rules().reasons
            trials["reason"] = [(names[r].name, case.model_copy(update={"reason": r})) for r in reasons]
    return trials


def _difference(base: DocumentChecklist, other: DocumentChecklist) -> str:
    """What the other checklist adds to the base one, in a line: documents, and warnings about the case."""
    have = {document.id: document for document in base.documents}
    parts = []
    added = [d for d in other.documents if d.id not in have]
    if added:
        parts.append("also " + ", ".join(f"{d.name} ({'required' if d.required else 'recommended'})" for d in added))
    now_required = [d for d in other.documents if d.id in have and d.required and not have[d.id].required]
    if now_required:
        parts.append(", ".join(d.name for d in now_required) + " becomes required")
    dropped = [d for d in base.documents if d.id not in {o.id for o in other.documents}]
    if dropped:
        parts.append("no " + ", ".join(d.name for d in dropped))
    codes = {w.code for w in base.warnings}
    for warning in other.warnings:
        if warning.code not in codes and not warning.document_ids:
            parts.append(warning.message.split(". ")[0].rstrip(".") + ".")
    return "; ".join(parts)
