"""Calibrating how much the questions a passage is known to answer weigh in hybrid search (search.ASKED_FLOOR and
search.ASKED_WEIGHT), on the development questions (never the frozen blind ones).

The questions are the in-field ones of `evals/datasets/questions.jsonl` and `evals/datasets/questions_paraphrased.jsonl`
(asked in people's own words) with expected sources. For each, the two rankings (BM25, dense) are fused as hybrid
search fuses them, and every passage's closeness to the question's closest known question is kept; each pair (floor,
weight) then re-ranks without searching again. A pair is judged by the share of questions whose expected section comes
first and by MRR@10 (the section an answer reads first is what decides it). 5-fold cross-validation (folds by a hash of
the question's id): the pair with the best MRR on four folds is scored on the fifth; the table gives each pair's
figures on all the questions, and the pair chosen on all of them (the lower weight, then the higher floor on a tie).

    .venv/bin/python benchmarks/asked_calibration.py [--json] [--home DATA_DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from integrations.bootstrap import App  # noqa: E402
from assistant.retrieval import search  # noqa: E402
from evals.cases import load_cases  # noqa: E402
from evals.scorers.retrieval import reciprocal_rank  # noqa: E402

FLOORS = [0.6, 0.65, 0.7, 0.75, 0.8]
WEIGHTS = [0.0, 0.01, 0.02, 0.05, 0.1, 0.2]
FOLDS = 5
DEPTH = 10


def questions() -> list[dict]:
    rows = load_cases("questions") + load_cases("questions_paraphrased")
    return [q for q in rows if not q.get("frozen") and q["kind"] != "out_of_scope" and q.get("expected_sources")]


def record(index, question: dict) -> dict:
    """The fused ranking before the known questions weigh, and each candidate's closeness."""
    sites = [question["site"]] if question.get("site") else None
    text = question["question"]
    lexical = search.bm25_only(index, text, search.CANDIDATES, sites)
    dense = search.dense_only(index, text, search.CANDIDATES, sites)
    chunks = {hit.chunk.id: hit.chunk for hit in lexical + dense}
    fused = search.reciprocal_rank_fusion([[h.chunk.id for h in lexical], [h.chunk.id for h in dense]])
    closeness = search.asked_closeness(index, search.read_question(text).english or text, [i for i, _ in fused])
    return {"question": question, "fused": fused, "closeness": closeness, "chunks": chunks}


def rank_by(row: dict, floor: float, weight: float) -> float:
    """The reciprocal rank of the expected section with this floor and weight."""
    raised = sorted(
        ((i, s + weight * max(0.0, row["closeness"].get(i, 0.0) - floor)) for i, s in row["fused"]), key=lambda p: -p[1]
    )
    ordered = search.own_sites_first(row["question"]["question"], raised, lambda pair: row["chunks"][pair[0]])
    return reciprocal_rank([row["chunks"][i] for i, _ in ordered[:DEPTH]], row["question"]["expected_sources"])


def score(rows: list[dict], floor: float, weight: float) -> dict:
    ranks = [rank_by(row, floor, weight) for row in rows]
    return {"first": sum(r == 1.0 for r in ranks) / len(ranks), "mrr": sum(ranks) / len(ranks)}


def best_pair(rows: list[dict]) -> tuple[float, float]:
    pairs = [(f, w) for f in FLOORS for w in WEIGHTS]
    return max(pairs, key=lambda p: (round(score(rows, *p)["mrr"], 6), -p[1], p[0]))


def fold(question: dict) -> int:
    return int(hashlib.sha1(question["id"].encode()).hexdigest(), 16) % FOLDS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--home", type=Path, help="a data directory whose index to use (default: a fresh one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ipr-asked-", ignore_cleanup_errors=True) as home:
        index = App.for_home(args.home or Path(home)).index
        rows = [record(index, q) for q in questions()]
    table = [{"floor": f, "weight": w, **score(rows, f, w)} for f in FLOORS for w in WEIGHTS]
    held = []
    for k in range(FOLDS):
        fitting = [r for r in rows if fold(r["question"]) != k]
        apart = [r for r in rows if fold(r["question"]) == k]
        floor, weight = best_pair(fitting)
        held.append({"fold": k, "floor": floor, "weight": weight, "questions": len(apart), **score(apart, floor, weight),
                     "without": score(apart, 1.0, 0.0)})
    chosen = best_pair(rows)
    result = {"questions": len(rows), "table": table, "folds": held, "chosen": {"floor": chosen[0], "weight": chosen[1]},
              "in_use": {"floor": search.ASKED_FLOOR, "weight": search.ASKED_WEIGHT}}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(rows)} in-field development and paraphrased questions\n")
    print("| floor | weight | first | MRR@10 |\n| ---: | ---: | ---: | ---: |")
    for row in table:
        print(f"| {row['floor']} | {row['weight']} | {row['first']:.3f} | {row['mrr']:.3f} |")
    print("\nOut of fold (pair chosen on the other folds; 'without': no weight)\n")
    print("| fold | floor | weight | first | MRR@10 | first without | MRR without |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in held:
        print(f"| {row['fold']} | {row['floor']} | {row['weight']} | {row['first']:.3f} | {row['mrr']:.3f} | "
              f"{row['without']['first']:.3f} | {row['without']['mrr']:.3f} |")
    n = sum(r["questions"] for r in held)
    for key in ("first", "mrr"):
        with_ = sum(r[key] * r["questions"] for r in held) / n
        without = sum(r["without"][key] * r["questions"] for r in held) / n
        print(f"\nout of fold {key}: {with_:.3f} (without: {without:.3f})", end="")
    print(f"\n\nchosen on all: floor {chosen[0]}, weight {chosen[1]}; in use: floor {search.ASKED_FLOOR}, weight {search.ASKED_WEIGHT}")


if __name__ == "__main__":
    main()
