"""What the reply to the platform may say we attach: only the evidence our record lists for the complaint.

The complaint's own evidence (its `evidence` items, each with its kind and what it shows) is what we hold. What the
complaint's reason usually rests on (REASON_EVIDENCE: a same-angle comparison, original camera files, a registration
certificate and a sample of the work ...) is said to be attached only when our record lists a document of that kind
(knowledge/rules/documents.yaml names the kinds each reason asks for); otherwise it is put to the reviewer between
brackets, "[attach if we have it: ...]", never stated as sent.
"""

from __future__ import annotations

from assistant.domain.models import Complaint, EvidenceItem

IF_WE_HAVE = "attach if we have it"


def if_we_have(what: str) -> str:
    """A document our record does not list, put to the reviewer: attached only if we hold it."""
    return f"[{IF_WE_HAVE}: {what}]"


def reason_kinds(complaint: Complaint) -> frozenset[str]:
    """The kinds of document the complaint's reason asks for (documents.yaml, stage complaint); empty when it names none."""
    from assistant.domain.document_rules import document_rules

    reason = complaint.reason.value if hasattr(complaint.reason, "value") else str(complaint.reason)
    kinds = set()
    for document in document_rules().documents:
        wanted = (document.applies_when or {}).get("reason")
        if document.stage == "complaint" and (reason == wanted or isinstance(wanted, list) and reason in wanted):
            kinds.add(document.id)
    return frozenset(kinds)


def holds(complaint: Complaint, *kinds: str) -> bool:
    """Whether our record lists evidence of one of these kinds (a kind matches when it holds one of the words given,
    e.g. 'original' for 'original_image_files')."""
    return any(any(kind in item.kind for kind in kinds) for item in complaint.evidence)


def described(item: EvidenceItem) -> str:
    """An evidence item as the reply names it: what it shows, as our record describes it, or its kind."""
    text = (item.description or "").strip().rstrip(".") or item.kind.replace("_", " ")
    first = text.split()[0] if text.split() else ""
    return text if first.isupper() and len(first) > 1 else text[:1].lower() + text[1:]


def attach_again(complaint: Complaint, usual: str, registered: bool, named_kinds: frozenset[str] = frozenset()) -> str:
    """The reply's closing line on our evidence: the reason's usual evidence (``usual``) when our record lists its kinds,
    else the evidence our record lists, by what it shows, and the usual evidence to attach if we have it. When the reply's
    points already name the usual evidence (``named_kinds``: our original photo files, answering 'the photos are ours'),
    it is not named again: one statement per fact. Empty when nothing is left to name."""
    kinds = reason_kinds(complaint)
    said = bool(kinds) and kinds <= named_kinds
    certificate = ", and the certificate of our right" if registered else ""
    if kinds and kinds <= {item.kind for item in complaint.evidence}:
        if said:
            return "We attach again the certificate of our right." if registered else ""
        return f"We attach again {usual}{certificate}."
    listed = [described(item) for item in complaint.evidence]
    if registered:
        listed.append("the certificate of our right")
    named = "" if not listed else ("We attach again " + (listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]) + ". ")
    return f"{named}{'' if said else if_we_have(usual)}".strip()


__all__ = ["IF_WE_HAVE", "attach_again", "described", "holds", "if_we_have", "reason_kinds"]
