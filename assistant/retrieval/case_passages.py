"""The passages an answer reads for the case a question states, as the case reader reads it
(assistant/domain/case_reading.py: the one reader `ask`, the chat, Slack and the drafting dialogue share).

- A right read as not registered ("no copyright registration", "我们没有做版权登记") is filed another way than a
  registered one (a Copyright Claim Statement, not a certificate): a passage on the registered route, its heading
  naming it ("Registered copyright", "Registered works"), tells how to file a right the person says they do not hold,
  so the answer does not quote it. The documents rules' checklist already reads the case this way; the sentences
  under it must not say otherwise.
- A complaint reason read ("fakes", "stole our photos") is the case's: the evidence section of another reason (what
  a "This model or type does not exist" or a trademark-misuse complaint needs) answers a case the person did not
  describe, so the answer does not quote it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from assistant.domain.case_reading import CaseReading
from assistant.domain.models import ComplaintReason

# The corpus's section on each complaint reason's evidence (knowledge/evidence.md), by the reason it is about.
EVIDENCE_SOURCE = "knowledge/evidence.md"
REASON_HEADINGS: dict[ComplaintReason, str] = {
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

# A heading naming the registered route: "Registered copyright", "Registered works"; not "Unregistered copyright",
# nor a heading on rights not (yet) registered.
REGISTERED_ROUTE = regex.compile(r"(?<![\p{L}-])registered\b", regex.IGNORECASE)
NOT_REGISTERED_ROUTE = regex.compile(r"\b(?:unregistered|not\s+registered|never\s+registered|pending)\b", regex.IGNORECASE)


def on_the_case(hits: Sequence, reading: CaseReading) -> list:
    """The passages (SearchHit) less those on a route the case read is not on: the registered route for a right read as
    not registered, and the evidence of another complaint reason than the one read (the case is about fakes: the
    evidence a "model does not exist" or a trademark-misuse complaint needs says nothing of it)."""
    unregistered = reading.get("registered") is False
    reason = reading.get("reason")

    def off_the_case(hit) -> bool:
        section = hit.chunk.section or ""
        if unregistered and _on_registered_route(section):
            return True
        return reason is not None and getattr(hit.chunk, "source", None) == EVIDENCE_SOURCE and _another_reasons(section, reason)

    return [hit for hit in hits if not off_the_case(hit)]


def _another_reasons(section: str, reason: ComplaintReason) -> bool:
    """Whether an evidence.md section is the one on another complaint reason than `reason`."""
    heading = section.split(" > ")[0]
    return heading in REASON_HEADINGS.values() and heading != REASON_HEADINGS[reason]


def _on_registered_route(section: str) -> bool:
    heading = section.split(" > ")[-1]
    return bool(REGISTERED_ROUTE.search(heading)) and not NOT_REGISTERED_ROUTE.search(heading)

