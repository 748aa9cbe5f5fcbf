"""Calibrating the choice of which questions the case reader answers (assistant/retrieval/case_questions.py).

A question asked in the words of a documents / eligibility question is a case question when its nearness to the case
examples exceeds its nearness to the other examples by at least MARGIN. For each candidate margin (steps of 0.01) this
counts the decisions that are right on the held-apart development questions (`evals/datasets/case-questions-calibration.jsonl`,
labelled `case` or `other`, never used as examples) and picks the middle of the widest run of margins with the most
right, rounded to 0.01. It also reports how many of the questions the words alone let through, and the decisions the
code's MARGIN makes.

    .venv/bin/python benchmarks/case_question_calibration.py
    .venv/bin/python benchmarks/case_question_calibration.py --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.domain.case_reading import is_case_question as asks_in_case_words  # noqa: E402
from assistant.retrieval import case_questions  # noqa: E402
from benchmarks.support.margins import widest_best_margin  # noqa: E402

DATASET = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "case-questions-calibration.jsonl"
CANDIDATES = [round(-0.10 + 0.01 * step, 2) for step in range(31)]  # -0.10 .. +0.20


def labelled() -> list[dict]:
    return [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


def scored(rows: list[dict]) -> list[dict]:
    """Per question: its label, whether the words let it through, whether it states how the right stands, and its
    case-minus-other nearness."""
    out = []
    for row in rows:
        judged = case_questions.judge_case_question(row["question"])
        case, other = case_questions.nearness(row["question"])
        out.append({**row, "words": asks_in_case_words(row["question"]), "standing": judged.standing, "score": case - other})
    return out


def decided(row: dict, margin: float) -> bool:
    return row["words"] and (row["standing"] or row["score"] >= margin)


def right(rows: list[dict], margin: float) -> int:
    return sum(decided(row, margin) == (row["label"] == "case") for row in rows)


def choose(rows: list[dict]) -> tuple[float, int]:
    """The middle of the widest run of candidate margins with the most right decisions."""
    return widest_best_margin(CANDIDATES, lambda margin: right(rows, margin))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = scored(labelled())
    margin, best = choose(rows)
    wrong = [row for row in rows if decided(row, case_questions.MARGIN) != (row["label"] == "case")]
    report = {
        "questions": len(rows),
        "case_questions": sum(row["label"] == "case" for row in rows),
        "let_through_by_words": {label: sum(row["words"] for row in rows if row["label"] == label) for label in ("case", "other")},
        "chosen_margin": margin,
        "right_at_chosen": best,
        "margin_in_code": case_questions.MARGIN,
        "right_in_code": right(rows, case_questions.MARGIN),
        "wrong_in_code": [
            {"id": row["id"], "label": row["label"], "words": row["words"], "standing": row["standing"], "score": round(row["score"], 3)}
            for row in wrong
        ],
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['questions']} held-apart questions ({report['case_questions']} case questions)")
    print(f"let through by their words: {report['let_through_by_words']}")
    print(f"chosen margin {margin:+.2f}: {best} right; in the code {case_questions.MARGIN:+.2f}: {report['right_in_code']} right")
    for row in report["wrong_in_code"]:
        print(f"  wrong: {row}")


if __name__ == "__main__":
    main()
