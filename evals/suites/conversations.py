"""Conversations: scripted complaint dialogues typed into the chat (guided mode, or the model). A dialogue is
completed when the assistant writes a filing package whose complaint.json matches the expected complaint.

The scripted person says the dialogue's lines in order; when the assistant asks something the script did not
plan for, the person gives the answer the case keeps for that question (`if_asked`), which costs a turn.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from evals.cases import load_cases
from evals.results import SuiteResult
from evals.scorers.complaints import complaint_fields, complaint_mismatches
from evals.workspace import send

TITLE = "Conversations: complaints completed and turns used"
THROUGH_MODEL = True
# A dialogue may take this many turns beyond its script (answers to unplanned questions) before it is stopped.
SPARE_TURNS = 3


def play(session, case: dict, latencies: list[float]) -> tuple[Path | None, int, str]:
    """Run the script; returns the package folder (None if none was written), the turns used and the last reply."""
    lines = list(case["lines"])
    answers = list(case.get("if_asked", []))
    turns, last = 0, ""
    while lines and turns < len(case["lines"]) + SPARE_TURNS:
        turns += 1
        started = time.perf_counter()
        reply = send(session, lines.pop(0))
        latencies.append((time.perf_counter() - started) * 1000)
        last = reply.text
        exports = [s for s in reply.sections if s.kind == "export"]
        if exports:
            return Path(exports[-1].data["out_dir"]), turns, last
        for answer in answers:
            if answer["when"].lower() in reply.text.lower():
                lines.insert(0, answer["say"])
                answers.remove(answer)
                break
    return None, turns, last


def run(workspace) -> SuiteResult:
    result = SuiteResult(name="conversations", title=TITLE, through_model=workspace.through_model)
    cases = load_cases("conversations")
    result.cases = len(cases)
    completed, exported, turns_used, extra_turns, field_right, field_total, latencies = 0, 0, [], 0, 0, 0, []
    rows: list[dict] = []
    result.tables["dialogues"] = rows
    for case in cases:
        settings = workspace.settings(f"conversation-{case['id']}")
        with workspace.chat(settings) as session:
            folder, turns, last = play(session, case, latencies)
        expected = case["expected"]
        field_total += len(expected)
        row = {"dialogue": case["id"], "scripted turns": len(case["lines"]), "turns used": turns, "outcome": "no package"}
        rows.append(row)
        if folder is None:
            result.fail(case["id"], case["checks"], {"package with": expected}, {"no package after turns": turns, "last reply": last})
            continue
        exported += 1
        got = complaint_fields(json.loads((folder / "complaint.json").read_text(encoding="utf-8")))
        mismatches = complaint_mismatches(expected, got)
        field_right += len(expected) - len(mismatches)
        row["outcome"] = "wrong " + ", ".join(mismatches) if mismatches else "completed"
        if mismatches:
            result.fail(case["id"], case["checks"], {k: v[0] for k, v in mismatches.items()}, {k: v[1] for k, v in mismatches.items()})
            continue
        completed += 1
        turns_used.append(turns)
        extra_turns += max(0, turns - len(case["lines"]))
    result.metric("completed", completed / len(cases), "dialogues ending in the expected complaint")
    result.metric("exported", exported / len(cases), "dialogues ending in a filing package")
    result.metric("field_accuracy", field_right / field_total, "expected complaint fields right (failed exports count as wrong)")
    result.metric("mean_turns", statistics.fmean(turns_used) if turns_used else 0.0, "turns per completed dialogue", kind="turns")
    result.metric("extra_turns", extra_turns, "turns spent on questions the script did not plan for (completed dialogues)", kind="count")
    result.latencies_ms["chat turn" + (" (model)" if workspace.through_model else "")] = latencies
    return result
