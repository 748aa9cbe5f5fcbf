"""The passages an answer reads for the case a question states, as the case reader reads it
(assistant/domain/case_reading.py: the one reader `ask`, the chat, Slack and the drafting dialogue share).

- A right read as not registered ("no copyright registration", "我们没有做版权登记") is filed another way than a
  registered one (a Copyright Claim Statement, not a certificate): a passage on the registered route, its heading
  naming it ("Registered copyright", "Registered works"), tells how to file a right the person says they do not hold,
  so the answer does not quote it. The documents rules' checklist already reads the case this way; the sentences
  under it must not say otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from assistant.domain.case_reading import CaseReading

# A heading naming the registered route: "Registered copyright", "Registered works"; not "Unregistered copyright",
# nor a heading on rights not (yet) registered.
REGISTERED_ROUTE = regex.compile(r"(?<![\p{L}-])registered\b", regex.IGNORECASE)
NOT_REGISTERED_ROUTE = regex.compile(r"\b(?:unregistered|not\s+registered|never\s+registered|pending)\b", regex.IGNORECASE)


def on_the_case(hits: Sequence, reading: CaseReading) -> list:
    """The passages (SearchHit) less those on a route the case read is not on: the registered route for a right read as
    not registered."""
    if reading.get("registered") is not False:
        return list(hits)
    return [hit for hit in hits if not _on_registered_route(hit.chunk.section or "")]


def _on_registered_route(section: str) -> bool:
    heading = section.split(" > ")[-1]
    return bool(REGISTERED_ROUTE.search(heading)) and not NOT_REGISTERED_ROUTE.search(heading)

