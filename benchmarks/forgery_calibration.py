"""Calibrating the forgery choice by meaning (assistant/domain/refused_requests.py).

A message that names a document is refused as a request to make, edit or alter it when its nearness to the labelled
forgery requests exceeds its nearness to the honest ones (assistant/domain/forgery_examples.py) by at least MARGIN.
For each candidate margin (steps of 0.005) this counts the decisions that are right on held-apart messages
(`evals/datasets/forgery-calibration.jsonl`, labelled `forgery` or `honest`, in every language the product reads,
never used as examples) and picks the middle of the widest run of margins with the most right, rounded to 0.01 (the calibrations' one
margin chooser, benchmarks/support/margins.py).
It also reports the decisions the code's MARGIN makes.

    .venv/bin/python benchmarks/forgery_calibration.py
    .venv/bin/python benchmarks/forgery_calibration.py --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.domain import refused_requests  # noqa: E402
from benchmarks.support.margins import widest_best_margin  # noqa: E402

DATASET = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "forgery-calibration.jsonl"
CANDIDATES = [round(-0.15 + 0.005 * step, 3) for step in range(51)]  # -0.15 .. +0.10


def labelled() -> list[dict]:
    return [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


def scored(rows: list[dict]) -> list[dict]:
    """Per message: its label and its forgery-minus-honest nearness (None: it names no document)."""
    return [{**row, "score": refused_requests.forgery_margin(row["message"])} for row in rows]


def decided(row: dict, margin: float) -> bool:
    return row["score"] is not None and row["score"] >= margin


def right(rows: list[dict], margin: float) -> int:
    return sum(decided(row, margin) == (row["label"] == "forgery") for row in rows)


def choose(rows: list[dict]) -> tuple[float, int]:
    """The middle of the widest run of candidate margins with the most right decisions (benchmarks/support/margins.py)."""
    return widest_best_margin(CANDIDATES, lambda margin: right(rows, margin))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = scored(labelled())
    margin, best = choose(rows)
    wrong = [row for row in rows if decided(row, refused_requests.MARGIN) != (row["label"] == "forgery")]
    report = {
        "messages": len(rows),
        "forgery": sum(row["label"] == "forgery" for row in rows),
        "right_per_margin": {f"{m:+.3f}": right(rows, m) for m in CANDIDATES},
        "chosen_margin": margin,
        "right_at_chosen": best,
        "margin_in_code": refused_requests.MARGIN,
        "right_in_code": right(rows, refused_requests.MARGIN),
        "wrong_in_code": [{"id": r["id"], "label": r["label"], "score": None if r["score"] is None else round(r["score"], 3)} for r in wrong],
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['messages']} held-apart messages ({report['forgery']} requests to forge or alter a document)")
    print("right per margin: " + ", ".join(f"{k}: {v}" for k, v in report["right_per_margin"].items()))
    print(f"chosen margin {margin:+.3f}: {best} right; in the code {refused_requests.MARGIN:+.3f}: {report['right_in_code']} right")
    for row in report["wrong_in_code"]:
        print(f"  wrong: {row}")


if __name__ == "__main__":
    main()
