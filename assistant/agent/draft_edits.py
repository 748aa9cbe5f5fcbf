"""Changing a conversation's draft: the fields a tool or the dialogue gives, and its links through the link service.

The model's tools and the guided dialogue both change the draft here, so a link counts (or is set aside) by the
same check whichever path it came by.
"""

from __future__ import annotations

from assistant.agent.draft import ComplaintDraft, RejectedLink
from assistant.agent.services import AssistantServices
from assistant.agent.tool_args import ComplaintFields
from assistant.domain.listings.report import UrlReport
from assistant.domain.models import REASON_IP_TYPE


def apply_fields(services: AssistantServices, draft: ComplaintDraft, fields: ComplaintFields) -> ComplaintDraft:
    """The draft with the given fields applied; links go through the URL checker, so the rules decide which count."""
    values = fields.model_dump(exclude_none=True, exclude={"links", "evidence", "complaint_id"})
    for name, value in values.items():
        setattr(draft, name, value)
    if fields.reason is not None:
        draft.ip_type = REASON_IP_TYPE[fields.reason]
    if fields.evidence:
        kinds = {item.kind for item in fields.evidence}
        draft.evidence = [item for item in draft.evidence if item.kind not in kinds] + list(fields.evidence)
    if fields.links is not None or fields.site is not None:
        links = fields.links if fields.links is not None else [ref.url for ref in draft.listings] + [r.input for r in draft.rejected_links]
        recheck_links(services, draft, links)
    return draft


def recheck_links(services: AssistantServices, draft: ComplaintDraft, links: list[str]) -> UrlReport | None:
    """Run the links through the checker for the draft's site: valid ones become listings, the rest are set aside."""
    if not links:
        draft.listings, draft.rejected_links = [], []
        return None
    report = services.check_listing_urls("\n".join(links), draft.site.value if draft.site else None)
    listings = [result.listing_ref() for result in report.results if result.ok]
    rejected = [RejectedLink(input=r.input, problems=[p.message for p in r.problems]) for r in report.results if not r.ok]
    if draft.site is None and listings:
        sites = {ref.site for ref in listings if ref.site}
        if len(sites) == 1:
            draft.site = sites.pop()
    draft.listings, draft.rejected_links = listings, rejected
    return report
