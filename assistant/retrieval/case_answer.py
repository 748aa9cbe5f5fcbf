"""The answer to "what do we need / can we file": the case read from the question, the documents rules' checklist for
it with the rules' sources, what depends on the facts the question leaves out, and the passages that explain.

The checklist is the same one `ipr-assistant documents`, the chat and Slack give for the same case: they all ask the one
service, assistant.services.case_documents.
"""

from __future__ import annotations

import re

from assistant.domain.document_rules import document_rules
from assistant.domain.documents import required_documents
from assistant.domain.models import Confidence, DocumentCase, DocumentChecklist, IPType, Role


# The documents a question can name, in the words people use for them (in English, or in a question's English reading:
# 专利权评价报告 reads "report evaluation report", 授权书 "power of attorney").
_NAMED_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("patent_evaluation_report", r"\bevaluation reports?\b"),
    ("power_of_attorney", r"\bpower of attorney\b|\bletters? of authori[sz]ation\b|\bauthori[sz]ation letters?\b|\bpoa\b|\bloa\b"),
    ("copyright_claim_statement", r"\bclaim statements?\b"),
    ("copyright_certificate", r"\bcopyright (?:registration )?certificates?\b"),
    ("trademark_certificate", r"\btrade ?mark (?:registration )?certificates?\b"),
    ("patent_certificate", r"\bpatent certificates?\b"),
    ("business_license", r"\bbusiness licen[cs]es?\b|\bbusiness registration certificates?\b"),
)


def named_documents(question: str) -> list[str]:
    """The ids of the documents a question names, in the table's order."""
    return [doc_id for doc_id, words in _NAMED_DOCUMENTS if re.search(words, question or "", re.I)]


def document_lead(question: str, case: DocumentCase, checklist: DocumentChecklist, *, any_right: bool = False) -> str:
    """What the documents rules say of each document the question names, for its case, to answer first ("must a
    utility-model complaint have an evaluation report?"): required, or recommended, and on what sources; or that the
    rules do not list it for this case."""
    listed = {document.id: document for document in checklist.documents}
    names = {rule.id: rule.name for rule in document_rules().documents}
    described = describe_case(case, any_right=any_right)
    named = named_documents(question)
    # A right read as not registered ("no copyright registration"): the certificate it names is one it says it lacks,
    # and what the rules ask instead (a Copyright Claim Statement) answers whether and how it can be filed. A right read
    # as renewed or transferred ("assigned to us last month"): what that adds (the assignment documents) answers it.
    instead = [] if any_right else _added_by_standing(case, checklist)
    lines = [_rule_line(document, described) for document in instead]
    for doc_id in named:
        document = listed.get(doc_id)
        if document is None:
            if not any_right and case.registered and doc_id in names:
                lines.append(f"{names[doc_id]}: the documents rules do not list it for {described}.")
        elif document not in instead:
            lines.append(_rule_line(document, described))
    return "\n".join(lines)


def _added_by_standing(case: DocumentCase, checklist: DocumentChecklist) -> list:
    """The documents a case needs for how its right stands (not registered; renewed or transferred) that the same case,
    registered and unchanged since its certificate was issued, does not."""
    if case.registered and not case.renewed_or_transferred:
        return []
    plain = required_documents(case.model_copy(update={"registered": True, "renewed_or_transferred": False})).ids()
    return [document for document in checklist.documents if document.id not in plain]


def _rule_line(document, described: str) -> str:
    how = "required" if document.required else "recommended, not required"
    if document.confidence is Confidence.SINGLE_SOURCE:
        how += " (one source)"
    return f"{document.name}: {how}, for {described}. {document.why}"


def describe_case(case: DocumentCase, *, any_right: bool = False) -> str:
    """'a trademark complaint on Taobao, filed by an agent'; with any_right, the kind of right left open."""
    kind = case.patent_kind.value.replace("_", " ") + " patent" if case.ip_type is IPType.PATENT and case.patent_kind else case.ip_type.value
    if any_right:
        text = "a complaint, whatever the kind of right"
    else:
        article = "an" if kind[0] in "aeio" else "a"
        text = f"{article} {kind} complaint" if case.registered else f"a complaint on an unregistered {kind}"
    if case.site is not None:
        text += f" on {case.site.label}"
    if case.role is Role.AGENT:
        text += ", filed by an agent for the rights holder"
    return text


def checklist_text(case: DocumentCase, checklist: DocumentChecklist, *, any_right: bool = False) -> str:
    """The checklist as plain sentences: required documents, recommended ones, warnings, open questions."""
    required = [d.name for d in checklist.documents if d.required]
    optional = [d.name for d in checklist.documents if not d.required]
    parts = [f"From the documents rules, for {describe_case(case, any_right=any_right)}:"]
    if required:
        parts.append("Required: " + "; ".join(required) + ".")
    if optional:
        parts.append("Recommended: " + "; ".join(optional) + ".")
    for warning in checklist.warnings:
        parts.append(f"Note: {warning.message}")
    for question in checklist.open_questions:
        lines = " ".join(line if line.endswith(".") else f"{line}." for line in question.depends)
        parts.append(f"Not said yet: {question.question} {lines}")
    return "\n".join(parts)


def _value_text(value) -> str:
    """A fact's value in words: "yes", "Mainland China, EU", "utility model", "AliExpress" (never the stored code)."""
    from assistant.labels import label

    if isinstance(value, bool):
        return "yes" if value else "no"
    return ", ".join(map(label, value)) if isinstance(value, list) else label(value)


def read_facts_text(read: list[dict]) -> str:
    """The facts as read (CaseReading.shown()), with the words they came from, so a misreading shows: 'site = AliExpress
    ("on AliExpress")', the values in words, never their codes ('aliexpress')."""
    shown = [f"{f['fact'].replace('_', ' ')} = {_value_text(f['value'])} (\"{f['words']}\")" for f in read]
    return "Read from your question: " + "; ".join(shown) + "." if shown else ""
