"""Whom a seller's text is addressed to, set against the complaint it is triaged against.

A seller opens its counter-notice by addressing the marketplace that forwarded our complaint ("Kepada Tim Lazada,",
"Spett.le Alibaba,", "尊敬的天猫小二：", "Dear AliExpress team,"), at times with the site's country ("Lazada Indonesia").
When that opening names another marketplace than the complaint's site, or a country the complaint's listing does not
sell in, the text most likely answers another complaint: the triage says so first, and the chat says it again before
anything is recorded. A marketplace outside the platform ("Kepada Tim Shopee,", "Dear Amazon Seller Support,", "致拼多多平台：")
is a letter written for that site, pasted here or sent to us by mistake: the seller is asked which listing it answers. A marketplace named further on ("we also sell on Taobao", "bought from a 1688 supplier") says
nothing of whom the text is addressed to and is not read.

Sites of one family are not told apart: Taobao and Tmall (a Tmall seller writes to "淘宝小二"), and the bare name
"Alibaba" (the group, or its IP Protection Platform: "Dear Alibaba IPP team") is taken as any of the group's Chinese and
cross-border sites; only Lazada and Miravia are elsewhere. Messages are ours: the seller's words are never quoted.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Basis, Finding, Severity
from assistant.domain.appeals.licence_scope import country_name, listing_country, places_named
from assistant.domain.models import Complaint, Site
from assistant.domain.site_names import other_marketplaces_mentioned, sites_mentioned

# The opening a seller addresses: the text's first words, up to the first comma, colon or line break.
_OPENING_END = re.compile(r"[,;:\n，：；。!！]")
_MAX_OPENING = 80
_FAMILIES = ({Site.TAOBAO, Site.TMALL}, {Site.ALIBABA, Site.S1688})
# 'Alibaba' on its own (not 'alibaba.com'): the group or its IP Protection Platform, for any of its own sites.
_GROUP_SITES = frozenset({Site.ALIBABA, Site.S1688, Site.ALIEXPRESS, Site.TAOBAO, Site.TMALL})


def opening(text: str) -> str:
    """The words a counter-notice opens with, up to its first comma, colon or line break (at most a short line)."""
    stripped = (text or "").lstrip()
    end = _OPENING_END.search(stripped)
    head = stripped[: end.start()] if end else stripped
    return head if len(head) <= _MAX_OPENING else ""


def _same_site(named: Site, written: str, ours: Site) -> bool:
    if named is ours or any(named in family and ours in family for family in _FAMILIES):
        return True
    return named is Site.ALIBABA and ".com" not in written.lower() and ours in _GROUP_SITES


def addressed_elsewhere(text: str, complaint: Complaint) -> str | None:
    """The marketplace (or the site's country) the text's opening addresses when it is not the complaint's, as we name
    it ('Lazada', 'Tmall', 'Lazada in Indonesia'); None when the opening names none, or the complaint's own."""
    head = opening(text)
    if not head:
        return None
    named = sites_mentioned(head)
    if not named and other_marketplaces_mentioned(head):  # 'Kepada Tim Shopee,', 'Dear Amazon Seller Support,', '致拼多多平台：'
        return other_marketplaces_mentioned(head)[0]
    others = [m for m in named if not _same_site(m.site, m.words, complaint.site)]
    if named and len(others) == len(named):
        return others[0].site.label
    ours = listing_country(complaint)
    if named and ours:  # 'Kepada Tim Lazada Indonesia,' on a Lazada Malaysia listing
        countries = [code for _, _, code in places_named(head)]
        if countries and ours not in countries:
            return f"{complaint.site.label} in {country_name(countries[0])}"
    return None


def other_marketplace_finding(text: str, complaint: Complaint) -> Finding | None:
    """The first thing the triage says when the text is addressed to another marketplace or country than the complaint's."""
    elsewhere = addressed_elsewhere(text, complaint)
    if not elsewhere:
        return None
    where = complaint.site.label
    country = listing_country(complaint)
    if country and elsewhere.startswith(f"{where} in "):
        where = f"{where}, whose listing sells in {country_name(country)}"
    if elsewhere in other_marketplaces_mentioned(elsewhere):  # a site outside the platform: no complaint of ours there
        message = (f"The seller's text is addressed to {elsewhere} (in its opening words), a marketplace outside this platform, while "
                   f"this complaint is on {where}: it may be a letter written for {elsewhere} and pasted here (a copy-paste), or answer "
                   "another listing. Ask the seller which listing and complaint it answers before recording it or answering.")
    else:
        message = (f"The seller's text is addressed to {elsewhere} (in its opening words), while this complaint is on {where}: it may "
                   "answer another complaint of ours. Check which complaint it answers before recording it or answering.")
    return Finding(code="other_marketplace", severity=Severity.SUSPICIOUS, basis=Basis.OUR_RECORD, message=message)


__all__ = ["addressed_elsewhere", "opening", "other_marketplace_finding"]
