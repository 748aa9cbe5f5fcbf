"""Calibrates denied_features.SIMILARITY: how close in meaning (the bundled model) a document clause must be to a
feature the seller denies to count as stating it. Held-apart English pairs (a feature, a spec-sheet clause, whether the
clause states the feature), written for this purpose and never taken from the evaluation cases.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/denied_feature_calibration.py

Picks the threshold with the best recall at full precision (a clause wrongly said to state a feature puts a false
point to the platform in our name), ties broken by the higher threshold. The model tells a feature from its opposite
poorly ('adjustable strap' / 'fixed leather strap' is 0.70 close), so only close paraphrase passes; the feature's own
words (denied_features._states) find the rest.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.domain.appeals.denied_features import SIMILARITY
from assistant.retrieval.embedding import bundled_encoder

DATA = Path(__file__).with_name("denied_feature_calibration.jsonl")


def main() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    encode = bundled_encoder().encode
    features = np.asarray(encode([r["feature"] for r in rows]), dtype=np.float32)
    clauses = np.asarray(encode([r["clause"] for r in rows]), dtype=np.float32)
    sims = (features * clauses).sum(axis=1)
    results = []
    for threshold in np.arange(0.30, 0.86, 0.02):
        got = sims >= threshold
        want = np.array([r["same"] for r in rows])
        tp, fp, fn = int((got & want).sum()), int((got & ~want).sum()), int((~got & want).sum())
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        results.append((round(float(threshold), 2), precision, recall, f1))
    exact = [r for r in results if r[1] >= 0.999]
    chosen = max(exact, key=lambda r: (r[2], r[0])) if exact else None
    print(f"{len(rows)} held-apart pairs")
    print("threshold | precision recall f1")
    for threshold, precision, recall, f1 in results:
        print(f"{threshold:9.2f} | {precision:.3f} {recall:.3f} {f1:.3f}")
    print("chosen (best recall at full precision):", chosen)
    for row, sim in zip(rows, sims):
        print(f"  {sim:.3f} {'+' if row['same'] else '-'} {row['feature']} / {row['clause']}")
    print("in use:", SIMILARITY)


if __name__ == "__main__":
    main()
