"""Rejection -> fix plan -> re-filing over the real store (SQLite and PostgreSQL): the reason read from the notice
or the rejection's note, the team's records consulted, the corrected draft linked to the rejected one, listings
carried over, the one-active-complaint rule kept, the reason in the audit log."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from assistant.domain.validation import validate_complaint
from assistant.errors import Conflict
from assistant.services.complaints import ComplaintService
from assistant.services.refiling import plan_refile, refile
from assistant.services.rights import RightsRegistry
from tests.sample_complaints import SITE_ITEM, ListingIds, sample_complaint, sample_right

TAOBAO = "https://item.taobao.com/item.htm?id={}"


@pytest.fixture
def service(store):
    return ComplaintService(store)


def rejected_taobao_complaint(service, ids, *, note="The IPR is not valid in this region.", site="taobao"):
    """A Taobao complaint (or one on `site`) resting on an EU-only trademark, filed and rejected with IPP's note."""
    registry = RightsRegistry(service.store)
    eu_only = registry.add(sample_right(places_of_registration=["EU"]), actor="ann")
    listings = [{"url": SITE_ITEM[site].format(item)} for item in ids.take(2)]
    complaint = sample_complaint(site=site, listings=listings, ip_right=eu_only.right.model_dump(mode="json"))
    record = service.create_draft(complaint, idempotency_key="first", actor="ann")
    # Filed on IPP by hand: the assistant's own move to 'filed' re-validates and would refuse this complaint.
    with patch("assistant.services.complaint_status.check_rules_as_stored"):
        service.transition(record.id, "filed", actor="ann")
    service.transition(record.id, "rejected", actor="ann", note=note)
    return record.id, registry, eu_only


def test_the_plan_reads_the_rejection_note_and_lists_what_is_still_missing(service):
    complaint_id, _, _ = rejected_taobao_complaint(service, ListingIds())
    plan = plan_refile(service, complaint_id)
    assert plan.reason.id == "ipr_not_valid_in_region" and plan.reading.recognised
    assert plan.reason.sources and plan.reason.confidence == "confirmed"
    assert any("valid in China" in change for change in plan.changes)
    region = next(check for check in plan.checks if check.check == "right_places")
    assert region.ok is False
    assert not plan.ready and plan.still_missing
    # exactly what validate reports, plus what only the records can say
    assert [f"{i.code}: {i.message}" for i in validate_complaint(plan.draft, active_listings=service.active_listings).errors] == [
        line for line in plan.still_missing if ": " in line and line.split(": ")[0].islower() and "_" in line.split(": ")[0]
    ]
    assert plan.listings_carried_over == 2


@pytest.mark.parametrize("site", ["lazada", "miravia", "aliexpress", "alibaba"])
def test_outside_the_china_facing_sites_the_region_advice_is_not_the_china_rule(service, site):
    """'Not valid in this region' on Lazada (or another site that is not China-facing): the China rule of Taobao,
    Tmall and 1688 is not what to change, and the advice names the site and its sources (or says none is published)."""
    complaint_id, _, _ = rejected_taobao_complaint(service, ListingIds(), site=site)
    plan = plan_refile(service, complaint_id)
    assert plan.reason.id == "ipr_not_valid_in_region"
    label = plan.draft.site.label
    assert plan.changes and not any("valid in China" in change for change in plan.changes)
    assert any(label in change for change in plan.changes)
    region = next(check for check in plan.checks if check.check == "right_places")
    assert label in region.finding and "valid in China" not in region.finding
    if site in ("lazada", "miravia"):
        # no source says which registrations they accept: the records cannot say the right is fine there
        assert region.ok is False and plan.changes_confidence == "not_published" and plan.changes_sources == []
        assert any("assumption" in change for change in plan.changes) and not plan.ready
    else:
        assert region.ok is True and plan.changes_confidence == "confirmed" and plan.changes_sources


def test_on_a_china_facing_site_the_region_advice_is_sourced(service):
    complaint_id, _, _ = rejected_taobao_complaint(service, ListingIds(), site="tmall")
    plan = plan_refile(service, complaint_id)
    assert any("valid in China" in change for change in plan.changes)
    assert plan.changes_confidence == "confirmed" and plan.changes_sources


def test_a_right_updated_in_the_registry_makes_the_corrected_draft_valid(service):
    complaint_id, registry, eu_only = rejected_taobao_complaint(service, ListingIds())
    registry.update(eu_only.right.id, eu_only.right.model_copy(update={"places_of_registration": ["EU", "Mainland China"]}), actor="ann")
    plan = plan_refile(service, complaint_id)
    assert "Mainland China" in plan.draft.ip_right.places_of_registration
    assert plan.ready and plan.still_missing == [] and plan.validation.ok


def test_refile_saves_a_linked_draft_once_with_the_listings_and_the_reason_in_the_audit_log(service):
    complaint_id, registry, eu_only = rejected_taobao_complaint(service, ListingIds())
    registry.update(eu_only.right.id, eu_only.right.model_copy(update={"places_of_registration": ["Mainland China"]}), actor="ann")
    first = refile(service, complaint_id, actor="bob")
    again = refile(service, complaint_id, actor="bob")
    assert first.created and not again.created and again.refile_id == first.refile_id
    record = service.show(first.refile_id)
    assert record.status.value == "draft" and record.refiles == complaint_id and record.rejection_reason == "ipr_not_valid_in_region"
    rejected = service.show(complaint_id)
    assert [ref.normalized for ref in record.complaint.listings] == [ref.normalized for ref in rejected.complaint.listings]
    entry = [e for e in service.audit_log(first.refile_id) if e.action == "complaint.refile"][0]
    assert entry.actor == "bob" and entry.after["reason"] == "ipr_not_valid_in_region" and entry.after["refiles"] == complaint_id
    assert plan_refile(service, complaint_id).existing_refile == first.refile_id
    # the re-filing can be made ready: its listings are free again once the first complaint was rejected
    assert service.transition(first.refile_id, "ready", actor="bob").status.value == "ready"


def test_a_listing_now_in_another_active_complaint_is_not_carried_over(service):
    ids = ListingIds()
    complaint_id, registry, eu_only = rejected_taobao_complaint(service, ids)
    rejected = service.show(complaint_id)
    taken = rejected.complaint.listings[0].url
    other = sample_complaint(site="taobao", listings=[{"url": taken}], ip_right=sample_right(registration_number="999").model_dump(mode="json"))
    other_record = service.create_draft(other, idempotency_key="other", actor="cy")
    service.transition(other_record.id, "filed", actor="cy")
    plan = plan_refile(service, complaint_id)
    assert plan.listings_carried_over == 1 and [d.url for d in plan.dropped_listings] == [taken]


def test_a_pasted_notice_wins_over_the_note_and_an_unrecognised_one_is_said(service):
    complaint_id, _, _ = rejected_taobao_complaint(service, ListingIds(), note=None)
    assert plan_refile(service, complaint_id).still_missing[0].startswith("The rejection reason")
    plan = plan_refile(service, complaint_id, notice="您作为代理人投诉，但未提供授权委托书。")
    assert plan.reason.id == "authorisation_missing"
    unknown = plan_refile(service, complaint_id, notice="Please find the minutes of Tuesday's meeting attached.")
    assert unknown.reason is None and "matches none of the known reasons" in unknown.still_missing[0]


def test_only_a_rejected_complaint_can_be_refiled(service):
    record = service.create_draft(sample_complaint(ListingIds().take(1)), idempotency_key="d", actor="ann")
    with pytest.raises(Conflict, match="not rejected"):
        plan_refile(service, record.id)


def test_the_refiled_draft_carries_neither_the_rejected_ones_reference_nor_ipps_id(service):
    """The new draft is not yet filed (no IPP id) and its reference is not the rejected complaint's store number."""
    registry = RightsRegistry(service.store)
    right = registry.add(sample_right(places_of_registration=["Mainland China"]), actor="ann")
    complaint = sample_complaint(
        site="taobao", listings=[{"url": TAOBAO.format(item)} for item in ListingIds().take(2)],
        ip_right=right.right.model_dump(mode="json"),
    ).model_copy(update={"id": "ACME-2026-014", "platform_complaint_id": "IPP-2026-000123"})
    record = service.create_draft(complaint, idempotency_key="ref", actor="ann")
    with patch("assistant.services.complaint_status.check_rules_as_stored"):
        service.transition(record.id, "filed", actor="ann")
    service.transition(record.id, "rejected", actor="ann", note="The evidence is insufficient.")
    result = refile(service, record.id, actor="ann")
    new = service.show(result.refile_id)
    assert new.complaint.platform_complaint_id is None and new.team_reference != record.id
    assert new.team_reference is None
    assert service.show(record.id).team_reference == "ACME-2026-014"
    assert service.show(record.id).complaint.platform_complaint_id == "IPP-2026-000123"


def test_a_draft_handed_back_as_read_keeps_the_teams_reference(service):
    """Saving a draft read from the store (its id is the store's number) must not replace the team's reference."""
    complaint = sample_complaint().model_copy(update={"id": "ACME-2026-015"})
    record = service.create_draft(complaint, idempotency_key="keep", actor="ann")
    read = service.show(record.id)
    changed = read.complaint.model_copy(update={"statement": read.complaint.statement + " More detail."})
    service.update_draft(record.id, changed, actor="ann", expected_version=read.version)
    assert service.show(record.id).team_reference == "ACME-2026-015"
