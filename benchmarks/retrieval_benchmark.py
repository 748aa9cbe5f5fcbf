"""Retrieval benchmark: hybrid search against its two baselines (dense-only, BM25-only) in one run.

Over the in-scope and unpublished questions of evals/datasets/questions.jsonl it prints recall@3, recall@5
and MRR@10 for each method, the time to build the index in a fresh data directory, and warm query
latency (p50/p95), as a markdown table.

Run: .venv/bin/python benchmarks/retrieval_benchmark.py [--questions PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from integrations.bootstrap import App  # noqa: E402
from assistant.retrieval.search import bm25_only, dense_only, hybrid_search  # noqa: E402
from evals.scorers.latency import percentile  # noqa: E402
from evals.scorers.retrieval import recall_at, reciprocal_rank  # noqa: E402

QUESTIONS = ROOT / "evals" / "datasets" / "questions.jsonl"
RANKED_KINDS = ("in_scope", "unpublished")
DEPTH = 10  # MRR is computed over this many results

METHODS: dict[str, Callable] = {"hybrid": hybrid_search, "dense-only": dense_only, "bm25-only": bm25_only}


def load_questions(path: Path) -> list[dict]:
    """The questions with expected sources that retrieval should find."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row.get("kind") in RANKED_KINDS and row.get("expected_sources")]


def build_fresh_index(home: Path):
    """Build the index in an empty data directory; returns the index and the seconds taken."""
    app = App.for_home(home)  # always a local folder, whatever the environment says
    started = time.perf_counter()
    corpus_index = app.index  # built on first use
    return corpus_index, time.perf_counter() - started


def run(questions: list[dict]) -> dict:
    """Score every method on the questions and time them, in a temporary data directory; returns the figures."""
    with tempfile.TemporaryDirectory(prefix="ipr-bench-", ignore_cleanup_errors=True) as home:
        return measure(questions, Path(home))


def measure(questions: list[dict], home: Path) -> dict:
    """Build the index under `home`, then score and time each method."""
    corpus_index, build_seconds = build_fresh_index(home)
    results = {"questions": len(questions), "passages": corpus_index.count(), "build_seconds": build_seconds, "methods": {}}
    for method in METHODS.values():  # warm-up: model, BM25 index, store caches
        method(corpus_index, "warm up the index", k=DEPTH)
    for name, method in METHODS.items():
        r3, r5, rr, latencies, misses = [], [], [], [], []
        for question in questions:
            started = time.perf_counter()
            hits = method(corpus_index, question["question"], k=DEPTH)
            latencies.append((time.perf_counter() - started) * 1000)
            chunks = [hit.chunk for hit in hits]
            r3.append(recall_at(chunks, question["expected_sources"], 3))
            r5.append(recall_at(chunks, question["expected_sources"], 5))
            rr.append(reciprocal_rank(chunks, question["expected_sources"]))
            if rr[-1] == 0.0:
                misses.append(question["id"])
        results["methods"][name] = {
            "recall@3": statistics.fmean(r3),
            "recall@5": statistics.fmean(r5),
            "mrr@10": statistics.fmean(rr),
            "p50_ms": percentile(latencies, 0.50),
            "p95_ms": percentile(latencies, 0.95),
            "missed": misses,
        }
    return results


def markdown(results: dict) -> str:
    """The figures as a markdown table, with the index build time beneath."""
    lines = [
        f"Retrieval over {results['questions']} questions (in-scope + unpublished), {results['passages']} passages",
        "",
        "| method | recall@3 | recall@5 | MRR@10 | p50 ms | p95 ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, m in results["methods"].items():
        lines.append(
            f"| {name} | {m['recall@3']:.3f} | {m['recall@5']:.3f} | {m['mrr@10']:.3f} | {m['p50_ms']:.1f} | {m['p95_ms']:.1f} |"
        )
    lines += ["", f"Index build in a fresh data directory (incl. loading the model): {results['build_seconds']:.1f} s"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--questions", type=Path, default=QUESTIONS, help="JSONL question set (default: evals/datasets/questions.jsonl)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    results = run(load_questions(args.questions))
    print(json.dumps(results, indent=2) if args.json else markdown(results))
    hybrid = results["methods"]["hybrid"]["mrr@10"]
    baselines = max(results["methods"][name]["mrr@10"] for name in ("dense-only", "bm25-only"))
    if hybrid <= baselines:
        print(f"\nHybrid MRR {hybrid:.3f} does not beat the best baseline ({baselines:.3f}).", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
