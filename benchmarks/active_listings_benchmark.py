"""Active-listing check benchmark: 1,000,000 listings in a SQLite store, 300 new links checked against active complaints.

It builds a store in a temporary directory with 1,000,000 listings in complaints of 300 (two thirds of the complaints
active, so their listings are claimed in ``active_listings``; the rest removed), inserted with executemany in one
transaction. Then it checks 300 new links (half held by active complaints, a sixth in removed complaints, the rest
never seen), repeated, and reports p50/p95 of:
  - ComplaintService.active_listings(links): the indexed, chunked IN query the URL checker uses;
  - the baseline, in the same run: reading every active listing into a Python set and intersecting (a full scan).
The aim is well under 100 ms for the indexed check.

Run: .venv/bin/python benchmarks/active_listings_benchmark.py [--listings N] [--repeats R] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from assistant.services.complaints import ComplaintService  # noqa: E402
from assistant.store.engine import Store  # noqa: E402
from integrations.bootstrap import App  # noqa: E402

PER_COMPLAINT = 300
ITEM = "https://www.aliexpress.com/item/{}.html"


def build_store(directory: Path, listings: int) -> tuple[Store, float, list[str], list[str]]:
    """A store holding ``listings`` listings; returns it, the insert time, and some active and removed URLs."""
    store = App.for_home(directory).store
    now = datetime(2026, 11, 2, tzinfo=UTC).replace(tzinfo=None)
    complaints = (listings + PER_COMPLAINT - 1) // PER_COMPLAINT
    complaint_rows = [
        (number, "aliexpress", "{}", "{}", "counterfeit_features", "", "filed" if number % 3 else "removed", 1, "bench", now, "bench", now)
        for number in range(1, complaints + 1)
    ]
    listing_rows, claim_rows = [], []
    for index in range(listings):
        complaint = index // PER_COMPLAINT + 1
        url = ITEM.format(1005000000000 + index)
        listing_rows.append((complaint, index % PER_COMPLAINT, url, url, "aliexpress", "product", str(1005000000000 + index)))
        if complaint % 3:
            claim_rows.append((url, complaint, now))
    started = time.perf_counter()
    with store.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql(
            "INSERT INTO complaints (id, site, right_snapshot, complainant, reason, statement, status, version, created_by,"
            " created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            complaint_rows,
        )
        connection.exec_driver_sql(
            "INSERT INTO complaint_listings (complaint_id, position, url, normalized, site, kind, listing_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            listing_rows,
        )
        connection.exec_driver_sql("INSERT INTO active_listings (normalized, complaint_id, claimed_at) VALUES (?, ?, ?)", claim_rows)
    insert_seconds = time.perf_counter() - started
    with store.reading() as session:
        session.execute(text("ANALYZE"))
    active = [row[0] for row in claim_rows]
    removed = [row[2] for row in listing_rows if row[0] % 3 == 0]
    return store, insert_seconds, active, removed


def new_links(active: list[str], removed: list[str], rng: random.Random) -> list[str]:
    """300 links as a person pastes them: 150 already in active complaints, 50 in removed ones, 100 never seen."""
    fresh = [ITEM.format(2005000000000 + rng.randrange(10**9)) for _ in range(100)]
    links = rng.sample(active, 150) + rng.sample(removed, 50) + fresh
    rng.shuffle(links)
    return links


def full_scan(store: Store, links: list[str]) -> set[str]:
    """The baseline: every active listing into a Python set, then the intersection."""
    with store.reading() as session:
        everything = set(session.execute(text("SELECT normalized FROM active_listings")).scalars())
    return everything & set(links)


def timed(function, repeats: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listings", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--baseline-repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory(prefix="ipr-bench-") as directory:
        store, insert_seconds, active, removed = build_store(Path(directory), args.listings)
        service = ComplaintService(store)
        batches = [new_links(active, removed, rng) for _ in range(args.repeats)]
        rounds = iter(batches * 2)
        indexed_ms, found = timed(lambda: service.active_listings(next(rounds)), args.repeats)
        scan_ms, scanned = timed(lambda: full_scan(store, batches[0]), args.baseline_repeats)
        assert service.active_listings(batches[0]) == scanned and len(scanned) == 150, "the two checks disagree"
        store.close()
    figures = {
        "listings": args.listings,
        "active_listings": len(active),
        "insert_seconds": round(insert_seconds, 2),
        "links_checked": 300,
        "indexed_check_ms": {"p50": round(statistics.median(indexed_ms), 2), "p95": round(percentile(indexed_ms, 0.95), 2), "repeats": args.repeats},
        "full_scan_baseline_ms": {"p50": round(statistics.median(scan_ms), 1), "p95": round(percentile(scan_ms, 0.95), 1), "repeats": args.baseline_repeats},
    }
    figures["speedup_p50"] = round(figures["full_scan_baseline_ms"]["p50"] / max(figures["indexed_check_ms"]["p50"], 1e-6), 1)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{args.listings:,} listings ({len(active):,} active) inserted in {insert_seconds:.1f} s (one transaction, executemany)")
    print(f"check 300 new links, indexed IN query: p50 {figures['indexed_check_ms']['p50']} ms, p95 {figures['indexed_check_ms']['p95']} ms")
    print(f"baseline, full scan into a Python set:  p50 {figures['full_scan_baseline_ms']['p50']} ms, p95 {figures['full_scan_baseline_ms']['p95']} ms")
    print(f"speed-up at p50: {figures['speedup_p50']}x")


if __name__ == "__main__":
    main()
