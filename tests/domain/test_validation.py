"""validate_complaint: each rule about the right, the parties, the evidence and the statement, both ways."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.validation import validate_complaint
from tests.domain.complaint_samples import TODAY, agent_test_buy, base, changed, complaint, unregistered_copyright


def report_for(data):
    return validate_complaint(complaint(data), today=TODAY)


@pytest.mark.parametrize("sample", [base, agent_test_buy, unregistered_copyright])
def test_the_sample_complaints_are_valid(sample):
    report = report_for(sample())
    assert report.ok, report.errors
    assert report.errors == []
    assert report.checked_on == TODAY


def with_evidence(data, *items):
    return changed(data, "evidence", [*data["evidence"], *items])


def agent_with_power(**power):
    data = agent_test_buy()
    data["evidence"][0].update(power)
    return data


def taobao(places):
    data = changed(base(), "site", "taobao")
    data["listings"] = [{"url": "https://item.taobao.com/item.htm?id=612345678901"}]
    return changed(data, "ip_right.places_of_registration", places)


# code -> (complaints that must get this error, complaints that must not)
ERROR_CASES = {
    "right_not_approved": (
        [changed(base(), "ip_right.approval_status", status) for status in ("pending_verification", "not_submitted", "rejected")],
        [base()],
    ),
    "right_expired": (
        [changed(base(), "ip_right.expiry_date", "2026-05-31"), changed(unregistered_copyright(), "ip_right.expiry_date", "2020-01-01")],
        [
            changed(base(), "ip_right.expiry_date", TODAY.isoformat()),
            with_evidence(changed(base(), "ip_right.expiry_date", "2026-05-31"), {"kind": "renewal_or_assignment_proof"}),
        ],
    ),
    "right_not_valid_in_china": (
        [taobao(["EU"]), taobao(["Hong Kong"]), changed(taobao(["US"]), "site", "1688")],
        [taobao(["Mainland China"]), taobao(["WIPO (designating China)"]), changed(base(), "ip_right.places_of_registration", ["EU"]), taobao([])],
    ),
    "black_and_white_certificate": (
        [changed(base(), "ip_right.certificate_copy", "black-and-white")],
        [
            changed(changed(base(), "ip_right.certificate_copy", "black-and-white"), "ip_right.certificate_sealed_or_signed", True),
            base(),
        ],
    ),
    "ip_type_reason_mismatch": (
        [changed(base(), "reason", "image_theft"), changed(unregistered_copyright(), "reason", "counterfeit_features")],
        [base(), unregistered_copyright()],
    ),
    "rights_holder_missing": (
        [changed(agent_test_buy(), "rights_holder", None)],
        [agent_test_buy(), base()],
    ),
    "power_of_attorney_missing": (
        [changed(agent_test_buy(), "evidence", agent_test_buy()["evidence"][1:])],
        [agent_test_buy(), base()],
    ),
    "power_of_attorney_not_for_enforcement": (
        [agent_with_power(covers_ip_enforcement=False)],
        [agent_with_power(covers_ip_enforcement=True), agent_with_power(covers_ip_enforcement=None)],
    ),
    "power_of_attorney_unsigned": (
        [agent_with_power(sealed_or_signed=False)],
        [agent_with_power(sealed_or_signed=True), agent_with_power(sealed_or_signed=None)],
    ),
    "translation_missing": (
        [changed(base(), "ip_right.certificate_language", "de"), with_evidence(base(), {"kind": "class_pages", "language": "Deutsch"})],
        [
            with_evidence(changed(base(), "ip_right.certificate_language", "de"), {"kind": "translation", "language": "en"}),
            changed(base(), "ip_right.certificate_language", "zh-CN"),
            base(),
        ],
    ),
    "evidence_missing": (
        [
            changed(base(), "evidence", []),
            changed(agent_test_buy(), "evidence", agent_test_buy()["evidence"][:2]),
            changed(agent_test_buy(), "evidence", [agent_test_buy()["evidence"][0], agent_test_buy()["evidence"][2]]),
            changed(agent_test_buy(), "evidence.1.reference", " "),
            changed(unregistered_copyright(), "evidence", []),
            changed(changed(unregistered_copyright(), "reason", "official_image_theft"), "statement", "Copied from https://acme.example/runner"),
        ],
        [base(), agent_test_buy(), unregistered_copyright(), changed(base(), "reason", "trademark_misuse")],
    ),
    "multiple_test_buy_orders": (
        [with_evidence(agent_test_buy(), {"kind": "test_buy_order_number", "reference": "8170099999999"})],
        [agent_test_buy(), with_evidence(agent_test_buy(), {"kind": "test_buy_order_number", "reference": "8170012345678"})],
    ),
    "test_buy_report_unsigned": (
        [changed(agent_test_buy(), "evidence.2.sealed_or_signed", False)],
        [agent_test_buy(), changed(agent_test_buy(), "evidence.2.sealed_or_signed", None)],
    ),
    "statement_missing": (
        [changed(base(), "statement", ""), changed(base(), "statement", "   \n ")],
        [base()],
    ),
}


def _cases(table, which):
    return [pytest.param(code, data, id=f"{code}-{n}") for code, pair in table.items() for n, data in enumerate(pair[which])]


@pytest.mark.parametrize(("code", "data"), _cases(ERROR_CASES, 0))
def test_error_is_reported(code, data):
    report = report_for(data)
    assert code in report.codes()
    assert not report.ok
    issue = next(issue for issue in report.errors if issue.code == code)
    assert issue.message and issue.field
    assert issue.source.startswith(("http://", "https://"))


@pytest.mark.parametrize(("code", "data"), _cases(ERROR_CASES, 1))
def test_error_is_not_reported(code, data):
    assert code not in report_for(data).codes()


# code -> (complaints that must get this warning, complaints that must not)
WARNING_CASES = {
    "right_expired": (
        [with_evidence(changed(base(), "ip_right.expiry_date", "2026-05-31"), {"kind": "renewal_or_assignment_proof"})],
        [base(), changed(base(), "ip_right.expiry_date", "2026-05-31")],
    ),
    "place_of_registration_unknown": ([taobao([])], [taobao(["Mainland China"]), changed(base(), "ip_right.places_of_registration", [])]),
    "right_not_registered": (
        [changed(base(), "ip_right.registered", False), changed(changed(base(), "ip_right.ip_type", "patent"), "ip_right.registered", False)],
        [base(), unregistered_copyright()],
    ),
    "patent_requirements_not_published": (
        [changed(changed(base(), "ip_right.ip_type", "patent"), "reason", "patent_infringement")],
        [base()],
    ),
    "owner_name_mismatch": (
        [changed(base(), "ip_right.owner", "Acme Holding AG"), changed(agent_test_buy(), "ip_right.owner", "Brandguard Agency Ltd")],
        [base(), agent_test_buy(), changed(base(), "ip_right.owner", "ACME SPORTSWEAR GMBH"), changed(base(), "ip_right.owner", None)],
    ),
    "power_of_attorney_job_title_missing": (
        [agent_with_power(signatory_job_title=None), agent_with_power(signatory_job_title="  ")],
        [agent_test_buy()],
    ),
    "evidence_recommended": (
        [changed(changed(changed(base(), "ip_right.ip_type", "patent"), "reason", "patent_infringement"), "evidence", [])],
        [changed(changed(base(), "ip_right.ip_type", "patent"), "reason", "patent_infringement"), base()],
    ),
    "evidence_not_published": (
        [changed(base(), "reason", "trademark_misuse"), changed(unregistered_copyright(), "reason", "pirated_copy")],
        [base(), unregistered_copyright()],
    ),
    "official_link_missing": (
        [with_evidence(changed(unregistered_copyright(), "reason", "official_image_theft"), {"kind": "official_page_screenshot"})],
        [
            with_evidence(
                changed(changed(unregistered_copyright(), "reason", "official_image_theft"), "statement", "Official page: https://acme.example/p/1"),
                {"kind": "official_page_screenshot"},
            ),
            unregistered_copyright(),
        ],
    ),
}


@pytest.mark.parametrize(("code", "data"), _cases(WARNING_CASES, 0))
def test_warning_is_reported(code, data):
    report = report_for(data)
    assert code in report.warning_codes()
    issue = next(issue for issue in report.warnings if issue.code == code)
    assert issue.message and issue.field
    # A rule the platform does not publish has no page to point to; every other warning has one.
    assert issue.source.startswith(("http://", "https://")) or (issue.source == "" and issue.confidence == "not_published")


@pytest.mark.parametrize(("code", "data"), _cases(WARNING_CASES, 1))
def test_warning_is_not_reported(code, data):
    assert code not in report_for(data).warning_codes()


def test_warnings_alone_keep_a_complaint_valid():
    report = report_for(changed(base(), "ip_right.owner", "Acme Holding AG"))
    assert report.ok and report.warnings


def test_the_missing_evidence_is_named():
    report = report_for(changed(agent_test_buy(), "evidence", agent_test_buy()["evidence"][:1]))
    messages = " ".join(issue.message for issue in report.errors if issue.code == "evidence_missing")
    assert "Test-buy order number" in messages and "Test-buy report" in messages


def test_issues_point_at_the_evidence_item_at_fault():
    report = report_for(agent_with_power(sealed_or_signed=False))
    assert [issue.field for issue in report.errors if issue.code == "power_of_attorney_unsigned"] == ["evidence[0]"]


def test_expiry_is_checked_against_the_given_day():
    data = changed(base(), "ip_right.expiry_date", "2026-05-31")
    assert "right_expired" in validate_complaint(complaint(data), today=date(2026, 6, 1)).codes()
    assert "right_expired" not in validate_complaint(complaint(data), today=date(2026, 5, 31)).codes()


def test_a_pending_right_says_it_is_pending():
    report = report_for(changed(base(), "ip_right.approval_status", "pending_verification"))
    [issue] = [issue for issue in report.errors if issue.code == "right_not_approved"]
    assert "pending verification" in issue.message and issue.field == "ip_right.approval_status"


def test_each_issue_carries_a_confidence():
    report = report_for(changed(base(), "ip_right.certificate_language", "de"))
    [issue] = [issue for issue in report.errors if issue.code == "translation_missing"]
    assert issue.confidence == "single_source"
