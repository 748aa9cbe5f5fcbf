"""The rejections suite: ours and the frozen notices, the reason accuracy, and every re-filing draft accounted for."""

from __future__ import annotations

from evals.suites import rejections
from evals.workspace import Workspace
from integrations.bootstrap import App


def test_the_suite_reads_every_case_and_accounts_for_every_draft(tmp_path):
    result = rejections.run(Workspace(tmp_path, apps=App))
    cases = rejections.all_cases()
    assert result.cases == len(cases) >= 40
    metrics = {metric.name: metric.value for metric in result.metrics}
    assert metrics["accuracy"] >= 0.87 and metrics["refile_drafts_explained"] == 1.0
    assert metrics["frozen_share"] >= 0.5
    assert {case["language"] for case in cases} == {"en", "zh"}
    assert {case["expected_reason"] for case in cases} >= {"evidence_insufficient", "ipr_not_valid_in_region", "link_invalid"}
