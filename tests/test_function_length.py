"""Functions over 60 lines are split (the team's standard): the ones still longer are listed here and the list only
shrinks. A function newly over the limit fails this test; one split is taken off the list."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Still over 60 lines, by file and name (the line moves as the code does). Migration boilerplate stays as generated.
STILL_LONG = {
    "assistant/store/migrations/versions/0001_initial_schema.py upgrade",
    "assistant/domain/appeals/triage.py triage_appeal",
    "assistant/domain/appeals/checks.py check_purchase_proof",
    "assistant/domain/documents.py case_warnings",
    "assistant/domain/deadlines.py _seller_appeals",
    "integrations/cli/commands/triage_appeal.py triage_appeal",
    "evals/suites/appeals.py run",
    "evals/suites/answers.py run",
    "evals/suites/conversations.py run",
    "benchmarks/scope_calibration.py main",
}


def test_no_function_newly_over_sixty_lines():
    spec = importlib.util.spec_from_file_location("long_functions", ROOT / "scripts" / "long_functions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = {where.split(":")[0] + " " + where.split(" ", 1)[1] for _, where in module.long_functions()}
    assert found - STILL_LONG == set(), "split these functions (at most 60 lines each)"
