"""Reading complaint details out of free text, in any order and several in one message.

"trademark 12345678, agent for Acme, counterfeit, here are the links: ..." gives a right, a role, a rights holder,
a reason and links. Each reader is a small regular expression in a module of its own (link_words, case_words,
party_words, right_words, evidence_words); what none of them finds is simply asked again.
The slot the dialogue just asked for (``expecting``) lets a bare answer ("Acme Inc.", "yes", "Mainland China") count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.agent.guided.case_words import find_ip_type, find_patent_kind, find_reason, find_site
from assistant.agent.guided.evidence_words import find_evidence
from assistant.agent.guided.link_words import find_link_tokens, strip_links
from assistant.agent.guided.party_words import clean_name, find_holder_type, read_parties
from assistant.agent.guided.right_words import NUMBER, find_approval, find_places, find_registration_number, find_right_name
from assistant.domain.models import ComplaintReason, EvidenceItem, HolderType, IPType, PatentKind, Role, Site

# --- yes / no ------------------------------------------------------------------------------------------------------

_YES_RE = re.compile(r"^\s*(?:y|yes|yep|yeah|yup|ok|okay|sure|confirm(?:ed)?|go ahead|do it|please do|approve[d]?|correct|right)\b[.! ]*", re.I)
_NO_RE = re.compile(r"^\s*(?:n|no|nope|nah|cancel|stop|don'?t|do not|reject(?:ed)?|decline|abort|not now)\b[.! ]*", re.I)


def yes_or_no(text: str) -> bool | None:
    """True for a yes, False for a no, None for anything else.

    Only a short message counts as an answer: a pasted text that happens to begin with "Yes," or "OK." (a seller's
    counter-notice, say) must never approve a pending change.
    """
    text = text.strip()
    if len(text) > 40 or len(text.split()) > 5:
        return None
    if _NO_RE.match(text):
        return False
    if _YES_RE.match(text):
        return True
    return None


# --- everything at once ------------------------------------------------------------------------------------------------


@dataclass
class SlotReading:
    """What one message says about the complaint. Empty fields mean the message did not say."""

    site: Site | None = None
    reason: ComplaintReason | None = None
    ip_type: IPType | None = None
    patent_kind: PatentKind | None = None
    role: Role | None = None
    complainant_name: str | None = None
    complainant_type: HolderType | None = None
    rights_holder_name: str | None = None
    right_name: str | None = None
    registration_number: str | None = None
    unregistered: bool = False
    places_of_registration: list[str] = field(default_factory=list)
    right_approved: bool | None = None
    link_tokens: list[str] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    statement: str | None = None
    right_name_guessed: bool = False  # taken from a bare answer, not from "trademark X" / a quoted title

    def found_anything(self) -> bool:
        return any(
            value not in (None, [], False)
            for value in (self.site, self.reason, self.ip_type, self.role, self.complainant_name, self.rights_holder_name,
                          self.right_name, self.registration_number, self.unregistered, self.places_of_registration,
                          self.right_approved, self.link_tokens, self.evidence, self.statement)
        )


def read_slots(text: str, expecting: str | None = None) -> SlotReading:
    """Every complaint detail the message gives. ``expecting`` is the slot the last question asked for."""
    reading = SlotReading(link_tokens=find_link_tokens(text))
    prose = strip_links(text)
    reading.site = find_site(prose)
    reading.reason = find_reason(prose)
    reading.ip_type = find_ip_type(prose)
    reading.patent_kind = find_patent_kind(prose)
    if re.search(r"\b(?:unregistered|not registered|no registration)\b", prose, re.I):
        reading.unregistered = True
    reading.registration_number = None if reading.unregistered else find_registration_number(
        prose, bare=expecting == "right"
    )
    reading.right_name = find_right_name(prose)
    reading.places_of_registration = find_places(prose)
    reading.right_approved = find_approval(prose)
    reading.evidence = find_evidence(prose)
    statement = re.search(r"\bstatement\s*:\s*(.{10,2000})", prose, re.I | re.S)
    if statement:
        reading.statement = statement.group(1).strip()

    reading.role, reading.complainant_name, reading.rights_holder_name = read_parties(prose)
    reading.complainant_type = find_holder_type(prose)
    if expecting in ("complainant", "rights_holder") and not (reading.complainant_name or reading.rights_holder_name):
        bare = _bare_name(prose)
        if expecting == "complainant":
            reading.complainant_name = bare
        else:
            reading.rights_holder_name = bare
    if expecting == "places" and not reading.places_of_registration:
        reading.places_of_registration = [p for p in (find_places(f"registered in {prose}") or [_bare_name(prose)]) if p]
    if expecting == "right" and not reading.right_name and not reading.evidence and not reading.link_tokens:
        leftover = re.sub(NUMBER, " ", prose)
        leftover = re.sub(r"\b(?:trademark|registration|reg|no|number|it'?s|is|approved|verified|yes|and|the|our|patent|copyright|registered in \w+( \w+)?)\b\.?", " ", leftover, flags=re.I)
        reading.right_name = _bare_name(leftover) if re.search(r"[A-Za-z]{2,}", leftover) else None
        reading.right_name_guessed = reading.right_name is not None
    return reading


def _bare_name(text: str) -> str | None:
    """A message that is just a name ("Acme Inc.", "Jane Doe, an individual")."""
    first = re.split(r"[,;\n]|\s+-\s+|\(", text.strip(), maxsplit=1)[0].strip().strip(".:")
    first = re.sub(r"^(?:it'?s|it is|we are|i am|i'm|name is|the)\s+", "", first, flags=re.I)
    if not first or len(first) > 120 or not re.search(r"[A-Za-z]", first):
        return None
    return clean_name(first)
