"""Listing links: each pasted link's site, kind, id, canonical link and problems from check_listing_urls, against
what the case expects; accuracy overall and per problem code."""

from __future__ import annotations

import time

from evals.cases import load_cases
from evals.results import SuiteResult
from evals.scorers.links import OK, LinkTally, compare_links

TITLE = "Listing links: accuracy per problem code"
THROUGH_MODEL = False


def as_expected(result) -> dict:
    """A checker result in the dataset's terms."""
    return {
        "input": result.input,
        "site": result.site.value if result.site else None,
        "kind": result.kind.value if result.kind else None,
        "id": result.listing_id,
        "normalized": result.normalized,
        "problems": [problem.code.value for problem in result.problems],
    }


def run(workspace) -> SuiteResult:
    from assistant.domain.listing_urls import check_listing_urls

    result = SuiteResult(name="links", title=TITLE)
    cases = load_cases("links")
    result.cases = len(cases)
    tally, latencies = LinkTally(), []
    for case in cases:
        active = set(case.get("active", []))
        started = time.perf_counter()
        report = check_listing_urls(case["paste"], case.get("site"), active_listings=lambda urls, active=active: {u for u in urls if u in active})
        latencies.append((time.perf_counter() - started) * 1000)
        got = [as_expected(r) for r in report.results]
        comparisons = compare_links(case["expected"], got)
        tally.add(comparisons)
        wrong = [c for c in comparisons if not c.correct]
        if len(got) != len(case["expected"]):
            result.fail(case["id"], case["checks"], f"{len(case['expected'])} links", [g["input"] for g in got])
        for c in wrong:
            result.fail(f"{case['id']} #{c.position}", case["checks"], c.expected, c.got or "(no such link found in the paste)")
    result.metric("links", tally.links, "links checked", kind="count")
    result.metric("accuracy", tally.accuracy, "links with every field and problem code right")
    rows = []
    for code in sorted(tally.codes, key=lambda c: (c != OK, c)):
        counts = tally.codes[code]
        if counts.expected:
            result.metric(f"recall_{code}", counts.recall, f"links that should be '{code}' and were")
        rows.append({"problem code": code, "links": counts.expected, "caught": counts.caught, "recall": counts.recall,
                     "false alarms": counts.false_alarms})
    result.metric("false_alarms", sum(c.false_alarms for code, c in tally.codes.items() if code != OK), "problem codes given that do not apply", kind="count")
    result.tables["problem codes"] = rows
    result.latencies_ms["check a paste of links"] = latencies
    return result
