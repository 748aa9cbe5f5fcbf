"""The case's kind in a message: the marketplace (assistant/domain/site_names.py), the complaint reason,
the kind of right and of patent."""

from __future__ import annotations

import re

from assistant.domain.models import ComplaintReason, IPType, PatentKind, Site
from assistant.domain.site_names import sites_mentioned

_NEGATION_BEFORE = re.compile(r"(?:\bnot|\bno longer|\binstead of|\brather than|\bisn'?t|\bwasn'?t)\s+(?:on\s+|from\s+)?$", re.I)


def find_site(text: str) -> Site | None:
    """The marketplace named last in the text, skipping ones negated ("Taobao, not Tmall")."""
    found = [m for m in sites_mentioned(text) if not _NEGATION_BEFORE.search(text[max(0, m.start - 20) : m.start])]
    return found[-1].site if found else None


# Most specific first: "a test buy showed it was counterfeit" is a test buy, not a feature comparison.
_REASON_PATTERNS: list[tuple[ComplaintReason, str]] = [
    (ComplaintReason.TEST_BUY, r"test[- ]?(?:buy|purchase|order)|we (?:bought|ordered|purchased)|made a purchase"),
    (ComplaintReason.MODEL_DOES_NOT_EXIST,
     r"(?:model|version|product|colou?r(?:way)?)s?\b[^.]{0,40}\b(?:does ?n[o']t|do ?n[o']t|never) (?:exists?|made|produced|released)"
     r"|never (?:made|produced|released)|non-?existent model|model (?:does not|doesn't) exist|fantasy model"),
    (ComplaintReason.OFFICIAL_IMAGE_THEFT,
     r"official (?:site|website|web site|store|shop|page|catalogue)[^.]{0,40}(?:photo|image|picture)"
     r"|(?:photo|image|picture)s?[^.]{0,40}official (?:site|website|store|shop|page)"),
    (ComplaintReason.IMAGE_THEFT,
     r"(?:stole|stolen|steal|copied|copy|copies|using|use|uses|took|lifted) (?:our|my|the client'?s) (?:own )?(?:product )?(?:photo|image|picture|shot)s?"
     r"|image theft|photo theft|stolen (?:photo|image|picture)s"
     # as the case reader reads it: a few words may stand between ("stolen product photos", "copied all our studio images")
     r"|\b(?:stole|stolen|steal|stealing|copied|copying|took|lifted|reusing)\b[^.?]{0,25}\b(?:photos?|images?|pictures?|product shots?)\b"),
    (ComplaintReason.PIRATED_COPY, r"pirat|bootleg|unauthori[sz]ed cop(?:y|ies)|illegal cop(?:y|ies)|cracked"),
    (ComplaintReason.REGISTERED_WORK, r"registered (?:work|artwork|artistic work|copyright work)|our (?:artwork|illustration|drawing)s?"),
    (ComplaintReason.TRADEMARK_MISUSE,
     r"misuse|misusing|(?:brand|mark|trademark|name)[^.]{0,30}\bin (?:the |their )?(?:titles?|descriptions?|store names?|shop names?|keywords?)"
     r"|(?:titles?|descriptions?|store names?|shop names?) (?:use|uses|using|contain|contains)"),
    (ComplaintReason.PATENT_INFRINGEMENT, r"patent"),
    (ComplaintReason.COUNTERFEIT_FEATURES, r"counterfeit|\bfakes?\b|knock-?offs?|replicas?|imitations?"),
]
_REASON_NAMES = {reason.value.replace("_", " "): reason for reason in ComplaintReason}


def find_reason(text: str) -> ComplaintReason | None:
    """The complaint ground the text describes, most specific first; None when it names none."""
    lowered = text.lower()
    for name, reason in _REASON_NAMES.items():
        if name in lowered or reason.value in lowered:
            return reason
    for reason, pattern in _REASON_PATTERNS:
        if re.search(pattern, text, re.I):
            return reason
    return None


def find_ip_type(text: str) -> IPType | None:
    for ip_type in (IPType.TRADEMARK, IPType.COPYRIGHT, IPType.PATENT):
        if re.search(rf"\b{ip_type.value}s?\b", text, re.I):
            return ip_type
    return None


def find_patent_kind(text: str) -> PatentKind | None:
    if re.search(r"design patent|design (?:right|registration)|industrial design", text, re.I):
        return PatentKind.DESIGN
    if re.search(r"utility model", text, re.I):
        return PatentKind.UTILITY_MODEL
    if re.search(r"invention", text, re.I):
        return PatentKind.INVENTION
    return None
