"""Rejection notices: the known reason each notice gives (rejection matching), and the re-filing drafted from it.

Cases: evals/datasets/rejections.jsonl (ours) and evals/datasets/blind/rejections.jsonl (frozen, written before the
code). A case is right when the reason read is its expected reason or one of `also_acceptable`. For every case a
rejected complaint with that notice is re-filed (planned; nothing saved): the plan must either pass validation with
nothing missing, or list every error validation reports among what is still missing.
"""

from __future__ import annotations

import time
from pathlib import Path

from evals.cases import DATASETS_DIR, load_cases
from evals.results import SuiteResult

TITLE = "Rejection notices: reason read, re-filing drafted"
THROUGH_MODEL = False
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "complaint-counterfeit.json"


def all_cases() -> list[dict]:
    cases = load_cases("rejections")
    if (DATASETS_DIR / "blind" / "rejections.jsonl").is_file():
        cases += load_cases("rejections", DATASETS_DIR / "blind")
    return cases


def _service(workspace):
    return workspace.app("rejections").complaints


def _rejected(service, number: int, notice: str) -> str:
    from assistant.services.filing import read_complaint

    complaint = read_complaint(EXAMPLE)
    listings = [{"url": f"https://www.aliexpress.com/item/{1005007000000 + 2 * number + k}.html"} for k in range(2)]
    complaint = complaint.model_copy(update={
        "listings": [complaint.listings[0].model_validate(item) for item in listings],
        "ip_right": complaint.ip_right.model_copy(update={"id": None}),  # not in this store's registry
    })
    record = service.create_draft(complaint, idempotency_key=f"eval-{number}", actor="eval")
    service.transition(record.id, "filed", actor="eval")
    service.transition(record.id, "rejected", actor="eval", note=notice)
    return record.id


def explained(plan) -> bool:
    """The draft passes validation with nothing missing, or every validation error is among what is still missing."""
    errors = [f"{issue.code}: {issue.message}" for issue in plan.validation.errors]
    if plan.ready:
        return plan.validation.ok and not plan.still_missing
    return bool(plan.still_missing) and all(error in plan.still_missing for error in errors)


def run(workspace) -> SuiteResult:
    from assistant.services.refiling import plan_refile
    from assistant.services.rejection_matching import read_rejection

    result = SuiteResult(name="rejections", title=TITLE)
    cases = all_cases()
    result.cases = len(cases)
    right = {"all": 0, "frozen": 0, "ours": 0, "en": 0, "zh": 0}
    counts = {"all": 0, "frozen": 0, "ours": 0, "en": 0, "zh": 0}
    drafts_explained, wrong, unread, latencies = 0, 0, 0, []
    service = _service(workspace)
    try:
        for number, case in enumerate(cases):
            started = time.perf_counter()
            reading = read_rejection(case["notice"])
            latencies.append((time.perf_counter() - started) * 1000)
            ok = reading.reason_id in {case["expected_reason"], *case.get("also_acceptable", [])}
            wrong += not ok and reading.reason_id is not None
            unread += reading.reason_id is None
            for group in ("all", "frozen" if case.get("frozen") else "ours", case.get("language", "en")):
                counts[group] += 1
                right[group] += ok
            plan = plan_refile(service, _rejected(service, number, case["notice"]))
            drafts_explained += explained(plan)
            if not ok or not explained(plan):
                result.fail(
                    case["id"], case.get("checks", ""),
                    {"reason": [case["expected_reason"], *case.get("also_acceptable", [])], "re-filing": "valid, or every error listed"},
                    {"reason": reading.reason_id, "score": reading.score, "words": reading.words,
                     "next": [alt.reason_id for alt in reading.alternatives[:2]], "still_missing": plan.still_missing[:3]},
                    frozen="frozen" if case.get("frozen") else "",  # the frozen notices' failures are counted, not listed
                )
    finally:
        service.store.close()
    result.metric("accuracy", right["all"] / counts["all"], "notices read as the expected reason")
    for group, label in (("frozen", "frozen notices"), ("ours", "our notices"), ("en", "English notices"), ("zh", "Chinese notices")):
        if counts[group]:
            result.metric(f"accuracy_{group}", right[group] / counts[group], f"{label} read as the expected reason ({counts[group]})")
    result.metric("wrong_reason", wrong / counts["all"], "notices read as another reason (a wrong fix plan; not recognised is not counted)")
    result.metric("not_recognised", unread / counts["all"], "notices answered with 'which reason is it?' and the closest ones")
    result.metric("frozen_share", counts["frozen"] / counts["all"], "share of the cases that are frozen")
    result.metric("refile_drafts_explained", drafts_explained / counts["all"], "re-filing drafts valid, or listing every error")
    result.latencies_ms["read a rejection notice"] = latencies
    return result
