"""What the triage says about dates, titles and files it has not seen must be true as worded: a receipt day is not
'the complaint date', an unread file neither meets nor
falls short, and the checklist names only the sections it refers to."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.checks import GroundStatus
from assistant.domain.models import Complaint
from assistant.domain.appeals.triage import triage_appeal
from assistant.services.appeals import ground_reader
from evals.suites.appeals import typed_attachments
from tests.domain.test_appeals import CASES

BY_ID = {case["id"]: case for case in CASES}


def triage(case: dict, *, filed: bool):
    received = case.get("received_on") or case.get("expected_received_on")
    return triage_appeal(
        Complaint.model_validate(case["complaint"]), case["counter_notice"], typed_attachments(case),
        received_on=date.fromisoformat(received) if received else None, today=date.fromisoformat(case["today"]),
        filed_on=date.fromisoformat(case["filed_on"]) if filed else None, complaint_status=case.get("complaint_status"),
        meaning=ground_reader(),
    )


def said(result) -> str:
    return "\n".join(f.message for g in result.grounds for f in g.findings) + "\n" + "\n".join(result.checklist)


def test_an_expired_licence_is_dated_against_the_day_named_as_what_it_is():
    case = BY_ID["licence-expired"]
    with_filing = said(triage(case, filed=True))
    assert f"the complaint date ({case['filed_on']})" in with_filing
    without = said(triage(case, filed=False))
    assert "the complaint date" not in without
    assert f"the day the counter-notice was received ({case['received_on']}" in without
    assert "filing date was not given" in without


def test_a_file_the_seller_says_is_attached_but_we_never_had_is_unverified_not_short():
    for case_id in ("ac-licence-said-attached-no-file", "ac-invoice-said-attached-no-file", "ac-chain-said-attached-no-file"):
        result = triage(BY_ID[case_id], filed=True)
        unseen = [g for g in result.grounds if any(f.code == "no_document" for f in g.findings)]
        assert unseen and all(g.status is GroundStatus.UNVERIFIED for g in unseen), case_id


def test_the_checklist_names_only_sections_that_hold_points():
    for case in CASES:
        result = triage(case, filed=True)
        severities = {f.severity.value for g in result.grounds for f in g.findings if f.basis.value != "not_verified"}
        for item in result.checklist:
            if item.startswith("Put the "):
                assert ("Suspicious" in item) == ("suspicious" in severities), (case["id"], item)

