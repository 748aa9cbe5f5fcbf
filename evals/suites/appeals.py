"""Seller appeals: the grounds the triage finds in a counter-notice, its recommendation and its findings, through
the appeal triage service (what `ipr-assistant triage-appeal` runs)."""

from __future__ import annotations

import time
from datetime import date

from evals.cases import load_cases
from evals.results import SuiteResult
from evals.scorers.sets import SetScore

TITLE = "Appeal triage: grounds and recommendation"
THROUGH_MODEL = False


def triage_case(case: dict):
    """Triage one dataset case through the service."""
    from assistant.domain.appeals import AppealAttachment
    from assistant.domain.models import Complaint
    from assistant.services.appeals import ComplaintForTriage, SellerSubmission, triage

    target = ComplaintForTriage(Complaint.model_validate(case["complaint"]), filed_on=date.fromisoformat(case["filed_on"]))
    submission = SellerSubmission(
        text=case["counter_notice"], attachments=[AppealAttachment.model_validate(a) for a in case["attachments"]]
    )
    return triage(target, submission, received_on=date.fromisoformat(case["received_on"]), today=date.fromisoformat(case["today"]))


def finding_codes(triage) -> set[str]:
    return {f.code for g in triage.grounds for f in g.findings} | {f.code for f in triage.suspicious}


def run(workspace) -> SuiteResult:
    result = SuiteResult(name="appeals", title=TITLE)
    cases = load_cases("appeals")
    result.cases = len(cases)
    recommendations = grounds = 0
    findings, latencies = SetScore(), []
    for case in cases:
        started = time.perf_counter()
        triage = triage_case(case)
        latencies.append((time.perf_counter() - started) * 1000)
        got_grounds = [g.value for g in triage.ground_names()]
        got_findings = finding_codes(triage)
        right_recommendation = triage.recommendation.value == case["expected_recommendation"]
        right_grounds = got_grounds == case["expected_grounds"]
        # Findings are scored as 'at least these': the triage may explain more than a case names.
        score = findings.add(case["expected_findings"], got_findings & set(case["expected_findings"]))
        recommendations += right_recommendation
        grounds += right_grounds
        if not (right_recommendation and right_grounds and score.exact):
            result.fail(
                case["id"], case.get("checks", ""),
                {"grounds": case["expected_grounds"], "recommendation": case["expected_recommendation"], "findings": case["expected_findings"]},
                {"grounds": got_grounds, "recommendation": triage.recommendation.value, "findings": sorted(got_findings),
                 "why": triage.recommendation_reason},
            )
    result.metric("recommendation_accuracy", recommendations / len(cases), "recommendation as expected")
    result.metric("grounds_accuracy", grounds / len(cases), "grounds found exactly as expected")
    result.metric("findings_recall", findings.recall, "expected findings the triage reported")
    result.latencies_ms["triage an appeal"] = latencies
    return result
