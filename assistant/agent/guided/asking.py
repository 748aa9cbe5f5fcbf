"""The guided mode's questions: one per missing detail, worded so that one answer can give several details."""

from __future__ import annotations

from assistant.agent.draft import ComplaintDraft
from assistant.domain.models import CHINA_FACING_SITES, ComplaintReason

REASON_CHOICES = {
    ComplaintReason.COUNTERFEIT_FEATURES: "counterfeits (you can compare them with the genuine product)",
    ComplaintReason.MODEL_DOES_NOT_EXIST: "a model or version the brand never made",
    ComplaintReason.TEST_BUY: "a test buy that turned out counterfeit",
    ComplaintReason.TRADEMARK_MISUSE: "the trademark misused in titles, descriptions or shop names",
    ComplaintReason.IMAGE_THEFT: "your own product photos used without permission",
    ComplaintReason.OFFICIAL_IMAGE_THEFT: "photos taken from your official site or flagship store",
    ComplaintReason.REGISTERED_WORK: "a registered artistic or written work copied",
    ComplaintReason.PIRATED_COPY: "pirated copies (books, music, software...)",
    ComplaintReason.PATENT_INFRINGEMENT: "a patent (invention, utility model or design)",
}


def question_for(slot: str, draft: ComplaintDraft, *, needed_evidence: list[tuple[str, str]] | None = None) -> str:
    """The question that asks for ``slot``."""
    ip_type = draft.effective_ip_type()
    right_word = ip_type.value if ip_type else "right"
    if slot == "site":
        return "Which marketplace are the listings on? AliExpress, Alibaba.com, 1688, Taobao, Tmall, Lazada or Miravia. (Pasting the links tells me too.)"
    if slot == "reason":
        options = "\n".join(f"- {text}" for text in REASON_CHOICES.values())
        return f"What is the infringement? For example:\n{options}"
    if slot == "role":
        return (
            "Are you the rights holder, or an agent filing for the rights holder? "
            "Tell me the complainant's full legal name too (as on the certificate or business licence)."
        )
    if slot == "complainant":
        who = "your firm's (the agent's)" if draft.role and draft.role.value == "agent" else "the complainant's"
        return f"What is {who} full legal name, exactly as on the business licence or identity document?"
    if slot == "complainant_type":
        return f"Is {draft.complainant_name} a company or an individual?"
    if slot == "rights_holder":
        return "Who owns the right? Give the rights holder's full legal name, as on the certificate."
    if slot == "right":
        number = "and its registration number" if draft.registered else ""
        example = "e.g. 'trademark ACME, no. 12345678, approved'" if right_word == "trademark" else "e.g. the title and number as printed"
        return (
            f"Which {right_word} does the complaint rely on? Give its name as registered {number} ({example}), "
            "and say whether IPP's IPR Management shows it as approved."
        )
    if slot == "approval":
        return f"Is the {right_word} approved in IPP's IPR Management list? The platform processes a complaint only once its right is approved."
    if slot == "places":
        site = draft.site.value if draft.site else "this site"
        return (
            f"Where is the {right_word} registered? {site.capitalize()} needs a right valid in Mainland China "
            "(a Chinese registration, or an international registration designating China)."
        )
    if slot == "links":
        return "Paste the links to the infringing listings (product pages or shop pages, not both; up to 300 in one complaint)."
    if slot == "evidence":
        items = "\n".join(f"- {name}" for _, name in (needed_evidence or []))
        return (
            f"For this complaint the rules ask for:\n{items}\n"
            "Which of these do you have? Give the file names (and the order number for a test buy)."
        )
    if slot == "statement":
        return "Describe the infringement for the complaint text in a sentence or two (start with 'statement:')."
    return "Tell me more about the case."


def needs_places(draft: ComplaintDraft) -> bool:
    """China-facing sites need a right valid in Mainland China, so the place of registration must be known."""
    return draft.site in CHINA_FACING_SITES and not draft.places_of_registration
