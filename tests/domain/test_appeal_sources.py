"""The pages a triage cites speak for the complaint's site, or for IPP as a whole: a Tmall guide or a Lazada page is
no authority for an AliExpress or Taobao case."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.checks import evidence_standard
from assistant.domain.appeals.triage import AppealAttachment, Recommendation, applies_to, triage_appeal
from assistant.domain.models import Complaint, Site

INVOICE = AppealAttachment(
    name="invoice.txt",
    text="INVOICE No. 77\nInvoice date: 2025-02-03\nSeller: Fernhill Tools AB\nBuyer: Ningbo Sharp Edge Trading Co., Ltd.\n"
    "FERNHILL cordless drill   Qty: 150 pcs\nSigned and sealed by both parties.",
)


def complaint(site: Site) -> Complaint:
    return Complaint.model_validate({
        "id": f"C-{site.value}", "site": site.value,
        "complainant": {"name": "Fernhill Tools AB", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "trademark", "name": "FERNHILL", "registration_number": "018111222", "owner": "Fernhill Tools AB",
                     "places_of_registration": ["EU", "Mainland China"], "approval_status": "approved"},
        "reason": "counterfeit_features", "listings": [{"url": "https://example.invalid/listing/1", "title": "FERNHILL cordless drill 18V"}],
        "statement": "The listings sell drills bearing FERNHILL that Fernhill Tools AB did not make.",
    })


def every_source(node=None) -> list[dict]:
    """Every source listed anywhere in the appeal standard's rules file."""
    node = evidence_standard() if node is None else node
    if isinstance(node, list):
        return [source for item in node for source in every_source(item)]
    if not isinstance(node, dict):
        return []
    found = [s for s in node.get("sources") or [] if isinstance(s, dict) and "url" in s]
    return found + [source for key, value in node.items() if key != "sources" for source in every_source(value)]


def test_every_source_of_the_standard_names_the_sites_it_speaks_for():
    """A source without its sites is never cited (applies_to), so each one must say them."""
    sites = {site.value for site in Site} | {"all"}
    assert len(every_source()) >= 4
    for source in every_source():
        assert source.get("sites") and set(source["sites"]) <= sites, source["url"]


@pytest.mark.parametrize("site", list(Site), ids=[s.value for s in Site])
def test_a_triage_cites_only_pages_for_its_own_site(site):
    triage = triage_appeal(complaint(site), "Genuine FERNHILL drills bought from Fernhill Tools AB, invoice attached.", [INVOICE],
                           received_on=date(2025, 3, 5), filed_on=date(2025, 3, 3), today=date(2025, 3, 6))
    assert triage.recommendation is Recommendation.ACCEPT  # so the outcome of not answering is cited where published
    allowed = {s["url"] for s in every_source() if applies_to(s, site)}
    allowed |= {s.url for s in (triage.response_deadline.sources if triage.response_deadline else [])}
    cited = {s.url for s in triage.sources}
    assert cited and cited <= allowed, cited - allowed
    foreign = {s["url"] for s in every_source() if not applies_to(s, site)}
    assert not cited & foreign
    if site in (Site.TMALL, Site.LAZADA):  # their own pages say what not answering does: cited
        assert any(site.value in (s.get("sites") or []) and s["url"] in cited for s in every_source())
    else:  # elsewhere the checklist says the site publishes nothing on it, and names no other site's pages
        assert any("publishes nothing on it" in step for step in triage.checklist)
        assert not any(other.label in step for step in triage.checklist for other in Site if other is not site)


def _copyright(reason: str) -> Complaint:
    return Complaint.model_validate({
        "id": "C-cr", "site": "taobao",
        "complainant": {"name": "Fernhill Studio AB", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "copyright", "name": "Fernhill catalogue photographs", "owner": "Fernhill Studio AB", "registered": False,
                     "approval_status": "approved"},
        "reason": reason, "listings": [{"url": "https://item.taobao.com/item.htm?id=745500000001"}],
        "statement": "The listing uses our photographs without permission.",
    })


@pytest.mark.parametrize("reason", ["image_theft", "pirated_copy"])
def test_a_copyright_complaint_is_judged_by_its_own_yardstick_not_the_trademark_standard(reason):
    result = triage_appeal(_copyright(reason), "These photos are our own, shot by our photographer in 2024.", [], today=date(2026, 10, 9))
    assert "trademark" not in result.evidence_standard and "assumption" in result.evidence_standard
    assert not any("11004944" in s.url for s in result.sources)  # Alibaba.com's trademark rule is no source for it
    assert any("copyright-Counterfeit-03-cn" in s.url for s in result.sources)  # IPP's own page on copyright complaints
