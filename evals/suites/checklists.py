"""Checklists: for each case, the documents required_documents lists (required or recommended) and its warnings,
against the ones the rules in knowledge/rules/documents.yaml call for."""

from __future__ import annotations

import time
from datetime import date

from evals.cases import load_cases
from evals.results import SuiteResult
from evals.scorers.sets import SetScore

TITLE = "Document checklists: precision and recall"
THROUGH_MODEL = False
# Expiry dates in the cases are judged against this day, so the dataset does not age.
DEFAULT_TODAY = "2025-06-01"


def labelled(documents) -> set[tuple[str, str]]:
    """(document id, 'required' or 'optional') for each listed document."""
    return {(d.id, "required" if d.required else "optional") for d in documents}


def run(workspace) -> SuiteResult:
    from assistant.domain.documents import required_documents
    from assistant.domain.models import DocumentCase

    result = SuiteResult(name="checklists", title=TITLE)
    cases = load_cases("checklists")
    result.cases = len(cases)
    documents, warnings, exact, latencies = SetScore(), SetScore(), 0, []
    for case in cases:
        expected = case["expected"]
        want = {(d, "required") for d in expected["required"]} | {(d, "optional") for d in expected["optional"]}
        started = time.perf_counter()
        checklist = required_documents(DocumentCase.model_validate(case["case"]), today=date.fromisoformat(case.get("today", DEFAULT_TODAY)))
        latencies.append((time.perf_counter() - started) * 1000)
        got = labelled(checklist.documents)
        got_warnings = {w.code for w in checklist.warnings}
        doc_score = documents.add(want, got)
        warning_score = warnings.add(expected["warnings"], got_warnings)
        if doc_score.exact and warning_score.exact:
            exact += 1
            continue
        result.fail(
            case["id"], case["checks"],
            {"required": expected["required"], "optional": expected["optional"], "warnings": expected["warnings"]},
            {
                "required": sorted(d for d, how in got if how == "required"),
                "optional": sorted(d for d, how in got if how == "optional"),
                "warnings": sorted(got_warnings),
            },
        )
    result.metric("precision", documents.precision, "documents listed that the case needs (as required or recommended)")
    result.metric("recall", documents.recall, "documents the case needs that were listed")
    result.metric("warning_precision", warnings.precision, "warnings given that apply")
    result.metric("warning_recall", warnings.recall, "warnings that apply that were given")
    result.metric("exact_cases", exact / len(cases), "cases with exactly the expected documents and warnings")
    result.latencies_ms["checklist"] = latencies
    return result
