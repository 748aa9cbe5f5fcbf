"""The answer to "what do we need / can we file": the case read from the question, the documents rules' checklist for
it with the rules' sources, what depends on the facts the question leaves out, and the passages that explain.

The checklist is the same one `ipr-assistant documents`, the chat and Slack give for the same case: they all ask the one
service, assistant.services.case_documents.
"""

from __future__ import annotations

from assistant.domain.models import DocumentCase, DocumentChecklist, IPType, Role


def describe_case(case: DocumentCase, *, any_right: bool = False) -> str:
    """'a trademark complaint on Taobao, filed by an agent'; with any_right, the kind of right left open."""
    kind = case.patent_kind.value.replace("_", " ") + " patent" if case.ip_type is IPType.PATENT and case.patent_kind else case.ip_type.value
    if any_right:
        text = "a complaint, whatever the kind of right"
    else:
        text = f"a {kind} complaint" if case.registered else f"a complaint on an unregistered {kind}"
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


def read_facts_text(read: list[dict]) -> str:
    """The facts as read (CaseReading.shown()), with the words they came from, so a misreading shows."""
    shown = [f"{f['fact'].replace('_', ' ')} = {f['value'] if not isinstance(f['value'], list) else ', '.join(f['value'])} (\"{f['words']}\")" for f in read]
    return "Read from your question: " + "; ".join(shown) + "." if shown else ""
