"""The passages an answer reads for the case a question states, as the case reader reads it
(assistant/domain/case_reading.py: the one reader `ask`, the chat, Slack and the drafting dialogue share).

- A right read as not registered ("no copyright registration", "我们没有做版权登记") is filed another way than a
  registered one (a Copyright Claim Statement, not a certificate): a passage on the registered route, its heading
  naming it ("Registered copyright", "Registered works"), tells how to file a right the person says they do not hold,
  so the answer does not quote it. The documents rules' checklist already reads the case this way; the sentences
  under it must not say otherwise.
- A complaint reason read ("if i pick 'model does not exist' as the reason", "fakes") is not answered from the evidence
  section of another reason: the pirated-copies section's "back the complaint with the approved copyright", quoted under
  a question on a trademark reason, reads as that reason's rule. Such a section is read only when the question names it
  too (a comparison of the two).
- A right read as one kind (a trademark) is not answered from a section on another kind ("Patent documents") unless the
  question names that kind too: the checklist is for the kind read, and the passages under it keep to it.
- A right read as not registered (an application still pending at its office) is not answered by IPP's review of a
  right submitted to it ("Pending Submissions"): that stages listings for a registered right, not for an application.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from assistant.domain.case_reading import CaseReading
from assistant.domain.models import ComplaintReason, IPType
from assistant.retrieval.bm25 import tokenize

# A heading naming the registered route: "Registered copyright", "Registered works"; not "Unregistered copyright",
# nor a heading on rights not (yet) registered.
REGISTERED_ROUTE = regex.compile(r"(?<![\p{L}-])registered\b", regex.IGNORECASE)
NOT_REGISTERED_ROUTE = regex.compile(r"\b(?:unregistered|not\s+registered|never\s+registered|pending)\b", regex.IGNORECASE)


# The file that gives each complaint reason's evidence, and each reason's section in it (knowledge/evidence.md).
EVIDENCE_FILE = "knowledge/evidence.md"
REASON_SECTIONS = {
    ComplaintReason.COUNTERFEIT_FEATURES: "Counterfeit features",
    ComplaintReason.MODEL_DOES_NOT_EXIST: "Model or type does not exist",
    ComplaintReason.TEST_BUY: "Test buy",
    ComplaintReason.TRADEMARK_MISUSE: "Trademark misuse",
    ComplaintReason.IMAGE_THEFT: "Image theft",
    ComplaintReason.OFFICIAL_IMAGE_THEFT: "Official-image theft",
    ComplaintReason.REGISTERED_WORK: "Registered works",
    ComplaintReason.PIRATED_COPY: "Pirated copies",
    ComplaintReason.PATENT_INFRINGEMENT: "Patents",
}


def on_the_case(hits: Sequence, reading: CaseReading, question: str = "") -> list:
    """The passages (SearchHit) less those on a route the case read is not on: the registered route for a right read as
    not registered; the evidence section of another complaint reason than the one read, unless the question names it."""
    kept = list(hits)
    if reading.get("registered") is False:
        kept = [hit for hit in kept if not _on_registered_route(hit.chunk.section or "")]
    ip_type = reading.ip_type()
    if ip_type is not None:
        # A heading on rights not (yet) registered ("pending trademarks") speaks to a right read as not registered of any kind.
        standing = reading.get("registered") is False
        kept = [hit for hit in kept if not _another_kinds_section(hit.chunk.section or "", ip_type, question)
                or standing and NOT_REGISTERED_ROUTE.search((hit.chunk.section or "").split(" > ")[-1])]
    reason = reading.get("reason")
    if reason in REASON_SECTIONS:
        asked = set(tokenize(question))
        kept = [hit for hit in kept if not _another_reasons_evidence(hit.chunk, ComplaintReason(reason), asked)]
    return kept


# IPP's statuses for a right submitted to it ("Pending verification", "Pending Submissions"): its review of a right an
# office has registered or granted, not an office's examination of an application. Staging listings while IPP verifies
# a registered right says nothing of whether an application still pending at its office can be used.
IPP_REVIEW = regex.compile(r"\bpending\s+(?:verification|submissions?)\b", regex.IGNORECASE)
# A question naming IPP's review ("pending on IPP", "submitted to the platform", "still under review") asks about it.
ASKS_ABOUT_IPP_REVIEW = regex.compile(
    r"\bpending\s+(?:verification|submissions?)\b|\b(?:approv\w*|verif\w*|ipp|ipr|iprs|platform|portal|review\w*|submitted|uploaded|"
    r"submission)\b|审核|平台|待验证",
    regex.IGNORECASE,
)


def sentences_on_the_case(chosen: list, reading: CaseReading, question: str = "") -> list:
    """The sentences chosen (Candidate) less those on IPP's review of a submitted right, for a right read as not
    registered (an application still pending at its office), unless the question asks about that review."""
    if reading.get("registered") is not False or ASKS_ABOUT_IPP_REVIEW.search(question):
        return chosen
    return [candidate for candidate in chosen if not IPP_REVIEW.search(candidate.text)]


def _another_reasons_evidence(chunk, reason: ComplaintReason, asked: set[str]) -> bool:
    """Whether a passage is the evidence section of another complaint reason than `reason` that the question does not
    name (the case reader reads one reason; a question comparing two names both)."""
    section = (chunk.section or "").split(" > ")[0]
    if getattr(chunk, "source", None) != EVIDENCE_FILE or section not in REASON_SECTIONS.values():
        return False
    if section == REASON_SECTIONS[reason]:
        return False
    return not set(tokenize(section)) <= asked


# The kinds of right a heading or a question names ("Patent documents", "Trademark certificates", "Registered copyright").
_KIND_WORDS = {
    IPType.TRADEMARK: regex.compile(r"\btrade\s?marks?\b|\bmarks?\b|商标", regex.IGNORECASE),
    IPType.COPYRIGHT: regex.compile(r"\bcopyrights?\b|版权|著作权", regex.IGNORECASE),
    IPType.PATENT: regex.compile(r"\bpatents?\b|\butility models?\b|\bdesign patents?\b|专利", regex.IGNORECASE),
}


def _another_kinds_section(section: str, ip_type: IPType, question: str) -> bool:
    """Whether a passage's heading is about another kind of right than the case's, one the question does not name: a
    trademark case ("we have an EU trademark, which documents?") is not answered with what patent submissions need."""
    heading = section.split(" > ")[-1]
    named = {kind for kind, words in _KIND_WORDS.items() if words.search(heading)}
    return bool(named) and ip_type not in named and not any(_KIND_WORDS[kind].search(question) for kind in named)


def _on_registered_route(section: str) -> bool:
    heading = section.split(" > ")[-1]
    return bool(REGISTERED_ROUTE.search(heading)) and not NOT_REGISTERED_ROUTE.search(heading)

