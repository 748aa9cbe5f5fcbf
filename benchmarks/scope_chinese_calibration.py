"""Calibrating how the scope gate judges a question written in Chinese (assistant/retrieval/scope.py: READING_WEIGHT).

A question written mostly in Chinese is judged by its words (character n-grams against the labelled examples) and by
its English reading (the field's glossary, query_language.py) compared in meaning with the examples' readings. This
chooses the reading's neighbours K, its weight and the margin the sum must reach, on:

- the labelled Chinese examples (assistant/retrieval/scope_examples.py), each judged against the others (leave one out);
- the Chinese questions of the scope calibration set (evals/datasets/scope-calibration.jsonl) and of the paraphrased
  split written before the reading existed (rows of questions_paraphrased.jsonl without a "written" date).

A false refusal counts three times a false answer (as in benchmarks/scope_calibration.py). The questions written with
or after the change (a "written" date) are only reported, never used to choose; the frozen blind questions are not read.

    .venv/bin/python benchmarks/scope_chinese_calibration.py          # the best candidates and the words-alone baseline
    .venv/bin/python benchmarks/scope_chinese_calibration.py --json
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.retrieval import scope  # noqa: E402
from assistant.retrieval.embedding import bundled_encoder  # noqa: E402
from assistant.retrieval.labelled_nearness import mean_of_nearest  # noqa: E402
from assistant.retrieval.scope_examples import IN_FIELD, OUT_OF_FIELD  # noqa: E402

DATASETS = Path(__file__).resolve().parents[1] / "evals" / "datasets"
REFUSAL_COST = 3.0
GRID = {
    "neighbours": [3, 5, 7],
    "weight": [0.5, 1.0, 1.5, 2.0, 2.5, 3.0],
    "margin": [round(-0.02 + 0.01 * step, 2) for step in range(11)],
}
EXAMPLES = [*IN_FIELD, *OUT_OF_FIELD]
IS_OUT = np.array([False] * len(IN_FIELD) + [True] * len(OUT_OF_FIELD))


def labelled(path: Path) -> list[tuple[str, bool, bool]]:
    """(question, out of field, written with or after the change) of each Chinese question of a dataset."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            if scope.written_in_chinese(case["question"]):
                label = case.get("label") or case.get("kind")
                rows.append((case["question"], label in ("out_of_scope", "out_of_field"), "written" in case))
    return rows


def features(text: str, words: np.ndarray, readings: np.ndarray, encoder, own: int | None = None) -> dict:
    """The words' margin (scope.WORD_NEIGHBOURS) and the reading's margin for each K, leaving example `own` out."""
    keep = np.ones(len(EXAMPLES), dtype=bool)
    if own is not None:
        keep[own] = False
    by_words = scope.word_index().similarities(text) if own is None else words[own]
    by_reading = readings @ np.asarray(encoder.encode([scope.english_reading(text)]))[0]
    found = {"words": mean_of_nearest(by_words[keep & ~IS_OUT], scope.WORD_NEIGHBOURS) - mean_of_nearest(by_words[keep & IS_OUT], scope.WORD_NEIGHBOURS)}
    for k in GRID["neighbours"]:
        found[k] = mean_of_nearest(by_reading[keep & ~IS_OUT], k) - mean_of_nearest(by_reading[keep & IS_OUT], k)
    return found


def collect() -> list[tuple[str, str, bool, dict]]:
    """(set, question, out of field, features) for every Chinese example and question."""
    encoder = bundled_encoder()
    readings = np.asarray(encoder.encode([scope.english_reading(text) for text in EXAMPLES]))
    index = scope.WordIndex(EXAMPLES)
    words = np.stack([index.similarities(text) for text in EXAMPLES])
    rows = [("examples", text, bool(IS_OUT[i]), features(text, words, readings, encoder, own=i)) for i, text in enumerate(EXAMPLES) if scope.written_in_chinese(text)]
    for name, path in (("calibration", DATASETS / "scope-calibration.jsonl"), ("paraphrased", DATASETS / "questions_paraphrased.jsonl")):
        for text, out, later in labelled(path):
            rows.append(("written later" if later else name, text, out, features(text, words, readings, encoder)))
    return rows


def errors(rows, judged, sets) -> dict:
    chosen = [(out, judged(f)) for name, _, out, f in rows if name in sets]
    return {"questions": len(chosen), "refused": sum(not out and not inside for out, inside in chosen), "answered": sum(out and inside for out, inside in chosen)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = collect()
    choose_on = ({"examples"}, {"calibration", "paraphrased"})
    candidates = []
    for k, weight, margin in itertools.product(GRID["neighbours"], GRID["weight"], GRID["margin"]):
        judged = lambda f, k=k, weight=weight, margin=margin: f["words"] + weight * f[k] >= margin  # noqa: E731
        measured = [errors(rows, judged, sets) for sets in choose_on]
        cost = sum(REFUSAL_COST * m["refused"] + m["answered"] for m in measured)
        candidates.append({"neighbours": k, "weight": weight, "margin": margin, "cost": cost, "examples": measured[0],
                           "questions": measured[1], "written later": errors(rows, judged, {"written later"})})
    candidates.sort(key=lambda c: c["cost"])
    alone = lambda f: f["words"] >= scope.WORD_MARGIN  # noqa: E731
    baseline = {"examples": errors(rows, alone, choose_on[0]), "questions": errors(rows, alone, choose_on[1]),
                "written later": errors(rows, alone, {"written later"})}
    in_code = next((c for c in candidates if (c["neighbours"], c["weight"], c["margin"]) == (scope.READING_NEIGHBOURS, scope.READING_WEIGHT, scope.READING_MARGIN)), None)
    report = {"best": candidates[:10], "words alone": baseline, "in the code": in_code}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for candidate in candidates[:10]:
        print(candidate)
    print("words alone:", baseline)
    print("in the code:", in_code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
