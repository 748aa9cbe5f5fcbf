"""`complaints import-status` with the shop column, then `sellers`: a shop named by a status import counts with the
shops the team's links name."""

from __future__ import annotations

from tests.fakes.chat_driver import open_complaints
from tests.integrations.cli.test_complaints_cli import run, run_json
from tests.sample_complaints import ListingIds, sample_complaint

SHOP = "https://www.aliexpress.com/store/5511"


def test_an_imported_shop_makes_a_repeat_seller(capsys, monkeypatch, ipr_home, tmp_path):
    service = open_complaints()
    try:
        by_link = service.create_draft(sample_complaint(listings=[{"url": SHOP}]), idempotency_key="a", actor="ann")
        by_import = service.create_draft(sample_complaint(ListingIds().take(1)), idempotency_key="b", actor="ann")
    finally:
        service.store.close()
    csv = tmp_path / "status.csv"
    csv.write_text(f"complaint_id,status,platform_complaint_id,note,occurred_at,shop\n{by_import.id},filed,IPP-3,,2026-09-01,{SHOP}\n", encoding="utf-8")
    status, out, _ = run(capsys, monkeypatch, "complaints", "import-status", str(csv))
    assert status == 0 and "Kept 1 shop(s)" in out and "The file covers 2026-09-01 to 2026-09-01 (1 day(s))." in out
    seller = run_json(capsys, monkeypatch, "sellers")["sellers"][0]
    assert seller["shop_url"] == SHOP and [(c["complaint_id"], c["sources"]) for c in seller["complaints"]] == [
        (by_link.id, ["listings"]), (by_import.id, ["status_import"])]
