"""A territory argument against a copyright complaint ('your trademark is not registered in China', 'your copyright is not
registered here'): answered by what IPP accepts, not by where a registration is.

A copyright complaint rests on no registration: IPP accepts a copyright that was never registered, through its Copyright
Claim Statement (knowledge/rules/appeal_evidence.yaml, legal_arguments.territory.copyright). So where our trademark, or
the copyright itself, is registered does not decide it, and our record never 'agrees with the seller' on it: the point
is said as that, from the rule and our record's right, and is no legal question held for counsel. The seller's words
stay quoted with its grounds; the reading moves them out of the legal arguments (the seller's other legal arguments stay).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.domain.models import Complaint, IPType
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

CODE = "copyright_needs_no_registration"
_TRADEMARK_RE = re.compile(r"trade ?marks?|\bbrand\b|\bmarca\b|\bmarchio\b|\bmarke\b|\bmerek\b|\bjenama\b|商标|品牌")


def reread(reading, complaint: Complaint):
    """The reading with a territory argument against a copyright complaint taken out of the legal arguments and kept as
    its own sentences (``copyright_territory``); unchanged for any other right or when no territory argument is made."""
    said = reading.legal_kinds.get("territory")
    if complaint.ip_right.ip_type is not IPType.COPYRIGHT or not said:
        return reading
    from assistant.domain.appeals.grounds import legal_kinds

    def still_legal(sentence: str) -> bool:
        return sentence not in said or any(kind != "territory" for kind in legal_kinds(sentence))

    legal_words = tuple(s for s in reading.legal_words if still_legal(s))
    kinds = {kind: words for kind, words in reading.legal_kinds.items() if kind != "territory"}
    return replace(reading, legal_argument=bool(legal_words), legal_words=legal_words, legal_kinds=kinds, copyright_territory=tuple(said))


def territory_finding(complaint: Complaint, said: tuple[str, ...]):
    """The seller's territory argument against a copyright complaint, answered: the complaint rests on our copyright,
    which IPP accepts without any registration; a trademark the seller speaks of is beside the point."""
    from assistant.domain.appeals.checks import Basis, Finding, Severity, evidence_standard
    from assistant.domain.appeals.grounds import AppealGround

    rule = ((evidence_standard().get("legal_arguments") or {}).get("territory") or {}).get("copyright") or {}
    accepts = str(rule.get("accepts", "")).strip()
    work = escape_untrusted(complaint.ip_right.name)
    mark = any(_TRADEMARK_RE.search(normalize_text(s)) for s in said)
    if mark:
        lead = (f"The seller speaks of our trademark's registration (its words are quoted with its grounds); this complaint rests "
                f"on our copyright in '{work}', not on a trademark, so where a trademark of ours is registered does not decide it.")
        reply = (f"The complaint rests on our copyright in {work}, not on a trademark registration, so where a trademark of ours is "
                 f"registered does not bear on it. {accepts}")
    else:
        lead = (f"The seller says our right is not registered or has no effect where the listing is sold (its words are quoted with "
                f"its grounds); this complaint rests on our copyright in '{work}', which needs no registration there to be complained of.")
        reply = f"The complaint rests on our copyright in {work}. {accepts}"
    registered = "unregistered in our record" if not complaint.ip_right.registered else "registered, as our record gives it"
    return Finding(
        code=CODE, severity=Severity.MISSING, ground=AppealGround.OTHER, basis=Basis.OUR_RECORD,
        message=f"{lead} {accepts} Our copyright is {registered}: this point is answered by that rule, not by where anything is "
        "registered.",
        reply=reply,
    )


def sources(rule: dict) -> list[dict]:
    """The pages the answer rests on (the rule's own)."""
    return list((((rule.get("legal_arguments") or {}).get("territory") or {}).get("copyright") or {}).get("sources") or [])


__all__ = ["CODE", "reread", "sources", "territory_finding"]
