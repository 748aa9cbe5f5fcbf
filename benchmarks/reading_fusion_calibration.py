"""Calibrating how much the dense ranking weighs in hybrid search for a question read through a glossary
(assistant/retrieval/search.py: READING_DENSE_WEIGHT), on the development questions (never the frozen blind ones).

A question in Chinese (or Spanish, German, Malay) is searched through its English reading (query_language.py): the
field's terms in the corpus's English, in the question's order, without its grammar. BM25 reads such a list of terms as
well as a sentence; the bundled model, which embeds whole sentences, reads it much worse. So for a reading, the dense
ranking is fused with a weight of its own (reciprocal rank fusion, each list's 1 / (k + rank) times its weight).

The questions are the in-field ones asked in another language (a reading marked `translated`) of
`evals/datasets/questions.jsonl` and `evals/datasets/questions_paraphrased.jsonl`, with expected sources. For each, the
BM25 and dense rankings are kept; every weight then re-fuses them (with the known questions' closeness and the
marketplace order as hybrid search applies them) without searching again. A weight is judged by recall@5 (the answer
reads the top passages) and then MRR@10. It is chosen on the questions written before the weight existed (rows without a
"written" date); the rows written later are only reported, and so is leave-one-out over all the rows.

    .venv/bin/python benchmarks/reading_fusion_calibration.py [--json] [--home DATA_DIR]
"""

from __future__ import annotations

import argparse
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
from evals.scorers.retrieval import recall_at, reciprocal_rank  # noqa: E402

WEIGHTS = [0.0, 0.1, 0.25, 0.5, 0.75, 1.0]
DEPTH = 10


def questions() -> list[dict]:
    rows = load_cases("questions") + load_cases("questions_paraphrased")
    return [
        q for q in rows
        if not q.get("frozen") and q["kind"] != "out_of_scope" and q.get("expected_sources")
        and search.read_question(q["question"]).translated
    ]


def record(index, question: dict) -> dict:
    """The two rankings of a question and each candidate's known-question closeness."""
    sites = [question["site"]] if question.get("site") else None
    text = question["question"]
    lexical_hits = search.bm25_only(index, text, search.CANDIDATES, sites)
    dense_hits = search.dense_only(index, text, search.CANDIDATES, sites)
    lexical, dense = [h.chunk.id for h in lexical_hits], [h.chunk.id for h in dense_hits]
    chunks = {h.chunk.id: h.chunk for h in lexical_hits + dense_hits}
    closeness = search.asked_closeness(index, search.read_question(text).english or text, list(dict.fromkeys(lexical + dense)))
    return {"question": question, "lexical": lexical, "dense": dense, "closeness": closeness, "chunks": chunks,
            "language": search.read_question(text).language}


def ordered(row: dict, weight: float) -> list:
    fused = search.reciprocal_rank_fusion([row["lexical"], row["dense"]], weights=[1.0, weight])
    raised = sorted(
        ((i, s + search.ASKED_WEIGHT * max(0.0, row["closeness"].get(i, 0.0) - search.ASKED_FLOOR)) for i, s in fused),
        key=lambda p: -p[1],
    )
    ranked = search.own_sites_first(row["question"]["question"], raised, lambda pair: row["chunks"][pair[0]])
    return [row["chunks"][i] for i, _ in ranked[:DEPTH]]


def score(rows: list[dict], weight: float) -> dict:
    if not rows:
        return {"questions": 0, "recall@5": None, "mrr": None}
    found = [ordered(row, weight) for row in rows]
    expected = [row["question"]["expected_sources"] for row in rows]
    return {
        "questions": len(rows),
        "recall@5": sum(recall_at(f, e, 5) for f, e in zip(found, expected)) / len(rows),
        "mrr": sum(reciprocal_rank(f, e) for f, e in zip(found, expected)) / len(rows),
    }


def best_weight(rows: list[dict]) -> float:
    """The weight with the best recall@5, then MRR@10; the higher weight on a tie (the nearer to plain fusion)."""
    return max(WEIGHTS, key=lambda w: (round(score(rows, w)["recall@5"], 6), round(score(rows, w)["mrr"], 6), w))


def leave_one_out(rows: list[dict]) -> dict:
    """Each row scored with the weight chosen on all the others."""
    found = [score([row], best_weight(rows[:n] + rows[n + 1 :])) for n, row in enumerate(rows)]
    return {"questions": len(rows), "recall@5": sum(f["recall@5"] for f in found) / len(rows),
            "mrr": sum(f["mrr"] for f in found) / len(rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--home", type=Path, help="a data directory whose index to use (default: a fresh one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ipr-reading-", ignore_cleanup_errors=True) as home:
        index = App.for_home(args.home or Path(home)).index
        rows = [record(index, q) for q in questions()]
    before = [r for r in rows if "written" not in r["question"]]
    later = [r for r in rows if "written" in r["question"]]
    chinese = [r for r in rows if r["language"] == "zh"]
    table = [{"weight": w, "before": score(before, w), "later": score(later, w), "chinese": score(chinese, w),
              "all": score(rows, w)} for w in WEIGHTS]
    chosen = best_weight(before)
    result = {"questions": len(rows), "written before": len(before), "written later": len(later), "table": table,
              "chosen": chosen, "leave one out (chosen on the others)": leave_one_out(rows),
              "leave one out at 1.0": score(rows, 1.0), "in use": search.READING_DENSE_WEIGHT}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(rows)} in-field questions read through a glossary ({len(before)} written before, {len(later)} later)\n")
    print("| dense weight | recall@5 before | MRR before | recall@5 later | MRR later | recall@5 Chinese | recall@5 all |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in table:
        b, lt, zh, a = row["before"], row["later"], row["chinese"], row["all"]
        print(f"| {row['weight']} | {b['recall@5']:.3f} | {b['mrr']:.3f} | {lt['recall@5'] or 0:.3f} | {lt['mrr'] or 0:.3f} | "
              f"{zh['recall@5']:.3f} | {a['recall@5']:.3f} |")
    loo = result["leave one out (chosen on the others)"]
    print(f"\nleave one out: recall@5 {loo['recall@5']:.3f}, MRR {loo['mrr']:.3f} (plain fusion: "
          f"{result['leave one out at 1.0']['recall@5']:.3f}, {result['leave one out at 1.0']['mrr']:.3f})")
    print(f"chosen on the rows written before: {chosen}; in use: {search.READING_DENSE_WEIGHT}")


if __name__ == "__main__":
    main()
