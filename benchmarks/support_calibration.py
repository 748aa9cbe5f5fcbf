"""Calibrating the closeness a model's sentence needs with what it cites (assistant/retrieval/support.py).

`support_calibration.jsonl` holds sentences of the corpus, each with a faithful paraphrase (what a model writes from it)
and an unsupported claim on the same subject (what a model makes up), all without a figure that differs, so only
closeness in meaning can tell them apart. Each threshold gives the share of paraphrases kept and of claims dropped.
The threshold chosen is the highest that keeps every paraphrase, less a margin of 0.05 for wordings further from
the source than these.

    .venv/bin/python benchmarks/support_calibration.py          # markdown table, and the threshold the rule picks
    .venv/bin/python benchmarks/support_calibration.py --json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.retrieval import support  # noqa: E402
from assistant.retrieval.embedding import bundled_encoder  # noqa: E402
from assistant.retrieval.sentences import split_sentences  # noqa: E402

CASES = Path(__file__).with_name("support_calibration.jsonl")
CORPUS = Path(__file__).resolve().parents[1] / "knowledge"
MARGIN = 0.05
THRESHOLDS = [round(0.5 + 0.05 * i, 2) for i in range(9)]


def load() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def closeness(cases: list[dict]) -> list[tuple[float, float]]:
    """(paraphrase, claim): each one's closeness to its corpus sentence, as support.judge_sentence measures it."""
    encoder = bundled_encoder()
    found = []
    for case in cases:
        vectors = encoder.encode([case["cited"], case["faithful"], case["unsupported"]])
        found.append((float(vectors[1] @ vectors[0]), float(vectors[2] @ vectors[0])))
    return found


def in_corpus(sentence: str) -> bool:
    return any(sentence in split_sentences(path.read_text(encoding="utf-8")) for path in CORPUS.glob("*.md"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cases = load()
    missing = [case["cited"] for case in cases if not in_corpus(case["cited"])]
    pairs = closeness(cases)
    rows = [
        {
            "threshold": t,
            "paraphrases_kept": sum(p >= t for p, _ in pairs) / len(pairs),
            "claims_dropped": sum(c < t for _, c in pairs) / len(pairs),
        }
        for t in THRESHOLDS
    ]
    chosen = math.floor(round((min(p for p, _ in pairs) - MARGIN) / 0.05, 6)) * 0.05
    result = {"cases": len(cases), "not_in_corpus": missing, "curve": rows, "chosen": round(chosen, 2), "in_use": support.MIN_CLOSENESS}
    if args.json:
        print(json.dumps(result))
        return
    print(f"{len(cases)} corpus sentences; chosen threshold {result['chosen']} (in use: {support.MIN_CLOSENESS})")
    if missing:
        print(f"Not sentences of the corpus any more: {missing}")
    print("| threshold | paraphrases kept | unsupported claims dropped |")
    print("| ---: | ---: | ---: |")
    for row in rows:
        print(f"| {row['threshold']:.2f} | {row['paraphrases_kept']:.3f} | {row['claims_dropped']:.3f} |")


if __name__ == "__main__":
    main()
