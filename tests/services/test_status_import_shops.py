"""Status imports name each complaint's shop: kept with the complaint as given, counted with the shops the team's
links name, checked (preview) without recording anything, and a product link that names no shop refused."""

from __future__ import annotations

import pytest

from assistant.domain.sellers import seller_of
from assistant.errors import BadInput
from assistant.services.complaints import ComplaintService
from assistant.services.sellers import list_sellers, reported_before
from tests.sample_complaints import ListingIds, sample_complaint

HEADER = "complaint_id,status,platform_complaint_id,note,occurred_at,shop\n"
STORE_LINK = "https://www.aliexpress.com/store/{}"


@pytest.fixture
def service(store):
    return ComplaintService(store)


def draft(service, key, listings):
    """A draft with these listings: link dicts, or the item ids of product links that do not name their shop."""
    complaint = sample_complaint(listings=listings) if isinstance(listings[0], dict) else sample_complaint(listings)
    return service.create_draft(complaint, idempotency_key=key, actor="ann")


def test_a_shop_named_by_an_import_counts_with_the_shop_a_link_names(service):
    by_link = draft(service, "a", [{"url": STORE_LINK.format(4455)}])
    by_import = draft(service, "b", ListingIds().take(1))  # a product link that does not name its shop
    result = service.import_statuses(HEADER + f"{by_import.id},filed,IPP-9,,2026-11-20,{STORE_LINK.format(4455)}\n", actor="ann")
    assert result.applied == 1 and result.shops_recorded == 1 and result.lines[0].shop == STORE_LINK.format(4455)
    sellers = list_sellers(service.store)
    assert [(s.site, s.seller_id) for s in sellers] == [("aliexpress", "4455")]
    assert [(c.complaint_id, c.status, c.sources) for c in sellers[0].complaints] == [
        (by_link.id, "draft", ["listings"]), (by_import.id, "filed", ["status_import"])]
    assert sellers[0].listings == 1  # only the team's own links are listings
    again = service.import_statuses(HEADER + f"{by_import.id},filed,IPP-9,,2026-11-20,{STORE_LINK.format(4455)}\n", actor="ann")
    assert (again.applied, again.unchanged, again.shops_recorded) == (0, 1, 0)


def test_a_shop_given_by_name_is_kept_as_given_and_found_for_a_new_draft(service):
    items = ListingIds()
    first = draft(service, "a", items.take(1))
    second = draft(service, "b", items.take(1))
    service.import_statuses(
        HEADER + f"{first.id},filed,,,2026-11-01,Sunny  Gadgets Store\n{second.id},filed,,,2026-11-02,sunny gadgets store\n", actor="ann")
    sellers = list_sellers(service.store)
    assert [s.seller_id for s in sellers] == ["Sunny  Gadgets Store"] and len(sellers[0].complaints) == 2  # as first given
    shop = draft(service, "c", [{"url": STORE_LINK.format(777)}])
    service.import_statuses(HEADER + f"{first.id},under_review,,,2026-11-03,{STORE_LINK.format(777)}\n", actor="ann")
    before = reported_before(service.store, [seller_of(STORE_LINK.format(777), "aliexpress", "shop", "777")], except_complaint=shop.id)
    assert [c.complaint_id for c in before[0].complaints] == [first.id]


def test_a_preview_says_what_it_would_record_and_records_nothing(service):
    record = draft(service, "a", ListingIds().take(1))
    preview = service.import_statuses(HEADER + f"{record.id},filed,IPP-1,,2026-11-20,{STORE_LINK.format(9)}\n", actor="ann", preview=True)
    assert preview.preview and preview.applied == 1 and preview.shops_recorded == 1
    assert service.show(record.id).status.value == "draft" and list_sellers(service.store, min_complaints=1) == []
    assert not any(entry.action == "complaint.import_status" for entry in service.audit_log(record.id))


def test_a_product_link_that_names_no_shop_is_refused_and_nothing_is_imported(service):
    record = draft(service, "a", ListingIds().take(1))
    text = HEADER + f"{record.id},filed,,,2026-11-20,\n{record.id},under_review,,,2026-11-21,https://www.aliexpress.com/item/1005007.html\n"
    with pytest.raises(BadInput) as refused:
        service.import_statuses(text, actor="ann")
    assert "Line 3" in refused.value.message and "names no shop" in refused.value.message
    assert service.show(record.id).status.value == "draft"


def test_a_file_without_the_shop_column_still_imports(service):
    record = draft(service, "a", ListingIds().take(1))
    result = service.import_statuses(f"complaint_id,status\n{record.id},filed\n", actor="ann")
    assert result.applied == 1 and result.shops_recorded == 0 and "no dates" in result.covers
