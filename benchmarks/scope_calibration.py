"""Calibrating the scope gate (assistant/retrieval/scope.py) on the development questions and our calibration set.

The gate scores a question by its nearness to the labelled in-field and out-of-field example questions, moved by how
close the best passage comes. For each candidate (neighbours K, passage weight, pivot) this measures, separately, the
gate's false refusals (in-field questions judged out of the field) and false answers (out-of-field questions judged
in) on the development questions (`evals/datasets/questions.jsonl`) and the calibration set
(`evals/datasets/scope-calibration.jsonl`), and picks the one with the lowest cost, a false refusal counting three
times a false answer (an answer can still abstain; a refusal is final). The frozen blind questions are only reported,
for the chosen candidate and the one in the code, never used to choose.

    .venv/bin/python benchmarks/scope_calibration.py          # the best candidates and the figures per split
    .venv/bin/python benchmarks/scope_calibration.py --json
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.retrieval import scope  # noqa: E402
from assistant.retrieval.embedding import bundled_encoder, query_vector  # noqa: E402
from assistant.retrieval.scope_examples import IN_FIELD, OUT_OF_FIELD  # noqa: E402
from assistant.retrieval.search import hybrid_search  # noqa: E402
from integrations.bootstrap import App  # noqa: E402

DATASETS = Path(__file__).resolve().parents[1] / "evals" / "datasets"
SPLITS = {
    "development": DATASETS / "questions.jsonl",
    "calibration": DATASETS / "scope-calibration.jsonl",
    "frozen": DATASETS / "blind" / "questions.jsonl",
}
CHOOSE_ON = ("development", "calibration")
REFUSAL_COST = 3.0
GRID = {"neighbours": [1, 3, 5, 7], "weight": [0.0, 0.25, 0.5, 1.0], "pivot": [0.35, 0.40, 0.45, 0.50]}


def questions(path: Path) -> list[tuple[str, str | None, bool]]:
    """(question, site, out of field) per line."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            label = case.get("label") or case.get("kind")
            rows.append((case["question"], case.get("site"), label in ("out_of_scope", "out_of_field")))
    return rows


def features(index, rows) -> list[tuple[bool, float, np.ndarray, np.ndarray]]:
    """Per question: out of field, the best passage's closeness, and its similarities to each kind of example (sorted)."""
    encoder = bundled_encoder()
    inside, outside = np.asarray(encoder.encode(list(IN_FIELD))), np.asarray(encoder.encode(list(OUT_OF_FIELD)))
    out = []
    for text, site, off in rows:
        hits = hybrid_search(index, text, k=5, sites=[site] if site else None)
        dense = max((h.dense_score for h in hits if h.dense_score is not None), default=0.0)
        vector = query_vector(text)
        out.append((off, dense, np.sort(inside @ vector)[::-1], np.sort(outside @ vector)[::-1]))
    return out


def errors(rows, neighbours: int, weight: float, pivot: float) -> dict:
    refused = answered = in_field = out_field = 0
    for off, dense, inside, outside in rows:
        score = inside[:neighbours].mean() - outside[:neighbours].mean() + weight * (dense - pivot)
        judged_in = score >= 0
        if off:
            out_field += 1
            answered += judged_in
        else:
            in_field += 1
            refused += not judged_in
    return {
        "false_refusals": int(refused), "in_field": in_field, "false_refusal_rate": round(refused / max(in_field, 1), 4),
        "false_answers": int(answered), "out_of_field": out_field, "false_answer_rate": round(answered / max(out_field, 1), 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        index = App.for_home(Path(home), model="offline").index
        data = {name: features(index, questions(path)) for name, path in SPLITS.items()}
    candidates = []
    for neighbours, weight, pivot in itertools.product(GRID["neighbours"], GRID["weight"], GRID["pivot"]):
        measured = {name: errors(data[name], neighbours, weight, pivot) for name in CHOOSE_ON}
        cost = sum(REFUSAL_COST * m["false_refusal_rate"] + m["false_answer_rate"] for m in measured.values())
        candidates.append({"neighbours": neighbours, "weight": weight, "pivot": pivot, "cost": round(cost, 4), **{"on": measured}})
    candidates.sort(key=lambda c: (c["cost"], -c["weight"]))
    best = candidates[0]
    in_code = {"neighbours": scope.NEIGHBOURS, "weight": scope.PASSAGE_WEIGHT, "pivot": scope.PASSAGE_PIVOT}
    report = {
        "chosen": {key: best[key] for key in ("neighbours", "weight", "pivot", "cost")},
        "in_code": in_code,
        "splits": {name: errors(rows, in_code["neighbours"], in_code["weight"], in_code["pivot"]) for name, rows in data.items()},
        "best": candidates[:8],
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"chosen on {', '.join(CHOOSE_ON)}: {report['chosen']}; in the code: {in_code}")
    for name, figures in report["splits"].items():
        print(
            f"  {name:12} false refusals {figures['false_refusals']}/{figures['in_field']} ({figures['false_refusal_rate']:.1%})"
            f"  false answers {figures['false_answers']}/{figures['out_of_field']} ({figures['false_answer_rate']:.1%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
