"""A licence granted by someone who had already assigned the right to us.

Our complaint's evidence may hold the assignment that made us the owner: "Copyright assignment from Studio Lindner GbR
(Hamburg) to Kestrel Outdoor Ltd, dated 2024-02-01: all rights ...". A seller's licence from that same assignor, dated
after the assignment ('Hamburg, den 12.05.2025'), was given when the assignor no longer held the rights it licenses: the
two dates, the assignor and our record are stated; what follows in law is for legal to confirm. A licence dated before
the assignment, or undated, is not judged here.

The assignment is read from our record's own words (an evidence item, or the complaint's statement) in the languages
it may be written in: assignment, Abtretung/Übertragung, cesión, cessione, cession, 转让, pengalihan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.domain.appeals.evidence import AppealAttachment, document_date, find_dates, names_in
from assistant.domain.models import Complaint
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

_ASSIGNMENT_RE = re.compile(r"assign|abtret|übertrag|cesi[oó]n|cession|cedi[oó]|转让|让与|pengalihan|penyerahan hak")
# The assignor: after 'from' (von, de, da, dari, par) up to the place in brackets, 'to' (an, a, kepada) or a comma.
_FROM_RE = re.compile(
    r"\b(?:from|von|de|da|dal|dari|par)\s+(?P<who>[^,:;()]+?)\s*(?:\(|,|:|;|\s(?:to|an|a|al|alla|kepada|à|in favour of)\s)", re.IGNORECASE
)


@dataclass(frozen=True)
class Assignment:
    """An assignment to us our record holds: who assigned, on which day, and where our record says it."""

    assignor: str
    day: date
    where: str


def assignments_to_us(complaint: Complaint) -> list[Assignment]:
    """The assignments to the owner that our record gives with an assignor and a day: from the complaint's evidence."""
    out = []
    for item in complaint.evidence:
        words = item.description or ""
        if not (_ASSIGNMENT_RE.search(normalize_text(words)) or "assignment" in item.kind):
            continue
        who, days = _FROM_RE.search(words), find_dates(words)
        if who and days:
            out.append(Assignment(who.group("who").strip(), days[0].value, "the complaint's evidence"))
    return out


def licensed_after_assignment(complaint: Complaint, doc: AppealAttachment) -> tuple[Assignment, date] | None:
    """(the assignment, the licence's date) when the document is granted by someone who had assigned the right to us
    before the document's date; None otherwise."""
    if not doc.text:
        return None
    issued = doc.date or doc.valid_from or document_date(doc.text)
    if issued is None:
        return None
    for assignment in assignments_to_us(complaint):
        if names_in(doc.text, assignment.assignor) and issued > assignment.day:
            return assignment, issued
    return None


def assignment_point(complaint: Complaint, index: int, doc: AppealAttachment) -> tuple[str, str] | None:
    """(the point for people, the reply to the platform) when the licence post-dates its grantor's assignment to us."""
    found = licensed_after_assignment(complaint, doc)
    if found is None:
        return None
    assignment, issued = found
    owner = complaint.ip_right.owner or complaint.complainant.name
    who = escape_untrusted(assignment.assignor)
    message = (f"Attachment #{index} is dated {issued.isoformat()}, after {who} assigned its rights in the work to {owner} on "
               f"{assignment.day.isoformat()} (our record: {assignment.where}): by then {who} no longer held the rights it licenses "
               "here. Legal to confirm; attach the assignment to the reply.")
    reply = (f"{who} assigned its rights in the work to {owner} on {assignment.day.isoformat()} (the assignment is attached); the licence "
             f"the seller relies on (attachment #{index}) is dated {issued.isoformat()}, after that day, when {who} no longer held the "
             "rights it licenses.")
    return message, reply


__all__ = ["Assignment", "assignment_point", "assignments_to_us", "licensed_after_assignment"]
