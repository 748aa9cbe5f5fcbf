"""Calibrating the chat's choice of general questions (assistant/agent/guided/general_questions.py).

A message that asks something (and names no complaint of ours and no link) is a general question, answered as `ask`
answers it, when its nearness to the general-question examples exceeds its nearness to the other examples (the team's
records, a complaint's facts, a draft, a seller's text) by at least MARGIN. For each candidate margin (steps of 0.01)
this counts the decisions that are right on held-apart messages (`evals/datasets/chat-intent-calibration.jsonl`,
labelled `general` or `other`, never used as examples) and picks the middle of the widest run of margins with the most
right, rounded to 0.01. It also reports the decisions the code's MARGIN makes.

    .venv/bin/python benchmarks/chat_intent_calibration.py
    .venv/bin/python benchmarks/chat_intent_calibration.py --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.agent.guided import general_questions  # noqa: E402
from benchmarks.support.margins import widest_best_margin  # noqa: E402

DATASET = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "chat-intent-calibration.jsonl"
CANDIDATES = [round(-0.15 + 0.01 * step, 2) for step in range(31)]  # -0.15 .. +0.15


def labelled() -> list[dict]:
    return [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


def scored(rows: list[dict]) -> list[dict]:
    """Per message: its label, whether it is open to the choice at all (asks, names no complaint or link), and its
    general-minus-other nearness."""
    out = []
    for row in rows:
        judged = general_questions.judge(row["message"], margin=-10.0)  # open to the choice: decided by the margin alone
        out.append({**row, "open": judged.is_general, "score": judged.general - judged.other})
    return out


def decided(row: dict, margin: float) -> bool:
    return row["open"] and row["score"] >= margin


def right(rows: list[dict], margin: float) -> int:
    return sum(decided(row, margin) == (row["label"] == "general") for row in rows)


def choose(rows: list[dict]) -> tuple[float, int]:
    """The middle of the widest run of candidate margins with the most right decisions."""
    return widest_best_margin(CANDIDATES, lambda margin: right(rows, margin))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = scored(labelled())
    margin, best = choose(rows)
    wrong = [row for row in rows if decided(row, general_questions.MARGIN) != (row["label"] == "general")]
    report = {
        "messages": len(rows),
        "general": sum(row["label"] == "general" for row in rows),
        "right_per_margin": {f"{m:+.2f}": right(rows, m) for m in CANDIDATES},
        "chosen_margin": margin,
        "right_at_chosen": best,
        "margin_in_code": general_questions.MARGIN,
        "right_in_code": right(rows, general_questions.MARGIN),
        "wrong_in_code": [{"id": row["id"], "label": row["label"], "open": row["open"], "score": round(row["score"], 3)} for row in wrong],
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['messages']} held-apart messages ({report['general']} general questions)")
    print("right per margin: " + ", ".join(f"{k}: {v}" for k, v in report["right_per_margin"].items()))
    print(f"chosen margin {margin:+.2f}: {best} right; in the code {general_questions.MARGIN:+.2f}: {report['right_in_code']} right")
    for row in report["wrong_in_code"]:
        print(f"  wrong: {row}")


if __name__ == "__main__":
    main()
