"""When the reply to the platform waits: something only our own records or our counsel can settle comes first, and the
draft says what is being checked instead of arguing (response.py), while the checklist says so (triage.py).

Three things hold it: a purchase paper the seller says comes from our own group, whose name carries ours (our group's own
sales records settle it, group_papers.py); a licence the seller says we granted, renewed or extended, with no document of
it read (our own licence records settle it: checks._claimed_from_us); and a territory argument where our record shows no
registration in the country the listing's site sells in (territory.py), or a classes argument whose goods' class our record
does not list (goods_classes.py), unless the team's rights registry holds another registration of ours that answers it
(registry_rights.py). The seller's other legal arguments are then
named as under review too.
"""

from __future__ import annotations

from assistant.domain.appeals.checks import AGREEMENT_NOT_GIVEN, CLAIMED_FROM_US, Finding, GroundAssessment, GroundStatus
from assistant.domain.appeals.ground_standards import RECORD_AGREES
from assistant.domain.appeals.group_papers import group_paper
from assistant.domain.appeals.grounds import ground_label
from assistant.domain.appeals.registry_rights import REGISTRY_HOLDS
from assistant.domain.appeals.territory import unregistered_where_sold
from assistant.domain.models import Complaint


def claimed_from_us(grounds: list[GroundAssessment]) -> Finding | None:
    """The point that the seller's licence is said to come from us, with no document of it read: our own licence records
    settle it, before anything is told to the platform."""
    return next((f for g in grounds for f in g.findings if f.code == CLAIMED_FROM_US), None)


def registry_holds(grounds: list[GroundAssessment], code: str) -> bool:
    """Whether the rights registry holds a right of ours that answers the seller's point (registry_rights.py)."""
    return any(f.code == code and f.about == REGISTRY_HOLDS for g in grounds for f in g.findings)


def being_checked(grounds: list[GroundAssessment], complaint: Complaint) -> list[str]:
    """What is being checked before the reply answers on the merits, each said for the platform; empty: no hold."""
    lines = []
    group = group_paper(grounds)
    if group and group.reply:
        lines.append(group.reply)
    claimed = claimed_from_us(grounds)
    if claimed:
        who = f" ('{claimed.names[1]}')" if len(claimed.names) == 2 else ""
        lines.append(f"The licence the seller says it holds from us{who} is being checked against our own licence records.")
        if claimed.about == AGREEMENT_NOT_GIVEN:
            lines.append("The seller names an agreement with us but did not provide it: we ask the seller for a copy of it.")
    territory = any(a.kind == "territory" and a.status is GroundStatus.NEEDS_LEGAL_REVIEW for g in grounds for a in g.arguments)
    # A registration of ours the rights registry holds where the seller's point is about answers it: nothing to hold for.
    country = unregistered_where_sold(complaint) if territory and not registry_holds(grounds, "registry_territory") else None
    if country:
        lines.append(f"The seller's argument that our right has no effect in {country}, where the listing is sold, is being reviewed by our counsel.")
    classes = any(a.kind == "classes" and any(f.about == RECORD_AGREES for f in a.findings) for g in grounds for a in g.arguments) \
        and not registry_holds(grounds, "registry_classes")
    if classes:
        lines.append("The seller's argument that our registration does not cover the goods it sells (that they are in another class than "
                     "those it is registered for) is being reviewed by our counsel against the goods our certificate lists.")
    if lines:
        others = [a.label.split(" (")[0].lower() for g in grounds for a in g.arguments
                  if a.status is GroundStatus.NEEDS_LEGAL_REVIEW and not (country and a.kind == "territory") and not (classes and a.kind == "classes")]
        if others:
            lines.append(f"The seller's other legal argument{'s' if len(others) > 1 else ''} ({', '.join(dict.fromkeys(others))}) "
                         f"{'are' if len(others) > 1 else 'is'} being reviewed by our counsel.")
        pending = [ground_label(g.ground, ip_type=complaint.ip_right.ip_type).lower() for g in grounds if g.status is GroundStatus.UNVERIFIED and not g.arguments
                   and not (group and group in g.findings) and not (claimed and claimed in g.findings)]
        if pending:
            lines.append(f"The seller's other point{'s' if len(pending) > 1 else ''} ({'; '.join(dict.fromkeys(pending))}) "
                         f"{'are' if len(pending) > 1 else 'is'} being compared with our evidence.")
    return lines


HELD_STEP = ("Send the draft reply only as a holding answer: it says what is being checked and argues nothing yet. Once our records "
             "and legal have answered, triage again or answer on the merits (or withdraw the complaint).")

__all__ = ["HELD_STEP", "being_checked", "claimed_from_us"]
