"""validate_complaint's link rules, on top of the listing-URL checker: each code both ways, and where it points."""

from __future__ import annotations

import pytest

from assistant.domain.models import ValidationReport
from assistant.domain.validation import validate_complaint
from tests.domain.complaint_samples import ITEM_1, ITEM_2, TODAY, base, changed, complaint

SHOP = "https://www.aliexpress.com/store/1234567"
TAOBAO_ITEM = "https://item.taobao.com/item.htm?id=612345678901"


def with_links(*urls: str) -> dict:
    return changed(base(), "listings", [{"url": url} for url in urls])


def items(count: int) -> list[str]:
    return [f"https://www.aliexpress.com/item/1005{n:012d}.html" for n in range(1, count + 1)]


def report_for(data, **options):
    return validate_complaint(complaint(data), today=TODAY, **options)


ERROR_CASES = {
    "no_listings": ([with_links()], [base()]),
    "too_many_listings": (
        [with_links(*items(301)), with_links(*items(450))],
        [with_links(*items(300)), with_links(*items(300), *items(20))],  # repeats are filed once, so 300 distinct
    ),
    "mixed_kinds": ([with_links(ITEM_1, SHOP), with_links(SHOP, ITEM_1, ITEM_2)], [with_links(ITEM_1, ITEM_2), with_links(SHOP)]),
    "site_mismatch": ([with_links(ITEM_1, TAOBAO_ITEM), changed(base(), "site", "taobao")], [base()]),
    "invalid_listing": (
        [
            with_links(ITEM_1, "https://s.click.aliexpress.com/e/_DkABC"),
            with_links(ITEM_1, "https://aliexpress.com.example.net/item/1005001234567890.html"),
            with_links(ITEM_1, "https://www.aliexpress.com/wholesale?SearchText=shoes"),
            with_links(ITEM_1, "https://www.ebay.com/itm/123"),
            with_links(ITEM_1, "ftp://www.aliexpress.com/item/1.html"),
            with_links(ITEM_1, "see the attached spreadsheet"),
        ],
        [base(), with_links(f"<{ITEM_1}>,", f"- {ITEM_2}?spm=a2g0o.home")],
    ),
}


def _cases(table, which):
    return [pytest.param(code, data, id=f"{code}-{n}") for code, pair in table.items() for n, data in enumerate(pair[which])]


@pytest.mark.parametrize(("code", "data"), _cases(ERROR_CASES, 0))
def test_link_error_is_reported(code, data):
    report = report_for(data)
    assert code in report.codes() and not report.ok
    issue = next(issue for issue in report.errors if issue.code == code)
    assert issue.message and issue.field.startswith("listings")
    assert issue.source.startswith("https://")


@pytest.mark.parametrize(("code", "data"), _cases(ERROR_CASES, 1))
def test_link_error_is_not_reported(code, data):
    assert code not in report_for(data).codes()


def test_a_listing_already_in_an_active_complaint_is_an_error():
    asked: list[list[str]] = []

    def active_listings(normalized: list[str]) -> set[str]:
        asked.append(list(normalized))
        return {ITEM_2}

    report = report_for(base(), active_listings=active_listings)
    [issue] = [issue for issue in report.errors if issue.code == "already_in_active_complaint"]
    assert issue.field == "listings[1]"
    assert asked == [[ITEM_1, ITEM_2]]
    assert "already_in_active_complaint" not in report_for(base(), active_listings=lambda urls: set()).codes()
    assert "already_in_active_complaint" not in report_for(base()).codes()


def test_duplicates_are_a_warning_that_names_both_entries():
    report = report_for(with_links(ITEM_1, ITEM_2, ITEM_1 + "?spm=x"))
    assert report.ok
    [issue] = [issue for issue in report.warnings if issue.code == "duplicate_listings"]
    assert "listings[2]" in issue.message
    assert "duplicate_listings" not in report_for(base()).warning_codes()


def test_each_bad_link_points_at_its_own_entry_and_keeps_the_checkers_code():
    report = report_for(with_links(ITEM_1, "https://www.ebay.com/itm/123", ITEM_2, "https://s.click.aliexpress.com/e/_DkABC"))
    invalid = [(issue.field, issue.detail) for issue in report.errors if issue.code == "invalid_listing"]
    assert invalid == [("listings[1]", "unknown_site"), ("listings[3]", "short_link")]


def test_an_entry_without_any_link_is_not_silently_dropped():
    report = report_for(with_links(ITEM_1, "see the attached spreadsheet"))
    [issue] = [issue for issue in report.errors if issue.code == "invalid_listing"]
    assert issue.field == "listings[1]" and "spreadsheet" in issue.message


def test_site_mismatch_names_both_sites():
    [issue] = [issue for issue in report_for(with_links(ITEM_1, TAOBAO_ITEM)).errors if issue.code == "site_mismatch"]
    assert issue.field == "listings[1]"
    assert "Taobao" in issue.message and "AliExpress" in issue.message


def test_too_many_listings_gives_the_count_and_the_limit():
    [issue] = [issue for issue in report_for(with_links(*items(301))).errors if issue.code == "too_many_listings"]
    assert "301" in issue.message and "300" in issue.message


def test_a_report_reads_back_from_its_json():
    report = report_for(with_links(ITEM_1, SHOP))
    again = ValidationReport.model_validate_json(report.model_dump_json())
    assert again == report and again.ok is False
