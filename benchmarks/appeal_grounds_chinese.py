"""What the bundled model reads in Chinese counter-notices, against the keyword patterns and the concept pairs.

    PYTHONPATH=. .venv/bin/python benchmarks/appeal_grounds_chinese.py

Each line of appeal_grounds_chinese.jsonl is a held-apart Chinese sentence (not a ground example, not an evaluation
case) and the classes it argues. Four readers, scored in the same run (micro precision, recall, F1; share read
exactly): the bundled model alone (made to read Chinese, with the calibrated THRESHOLD and MARGIN of meaning.py),
the keyword patterns alone, the keyword patterns with the concept pairs (what the triage uses for Chinese), and the
concept pairs alone. The model's vocabulary is English: the script also prints how many characters of the
sentences its tokenizer keeps (not [UNK]).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.domain.appeals.chinese_meaning import chinese_classes
from assistant.domain.appeals.grounds import _CLASS_PATTERNS
from assistant.domain.appeals.evidence import normalize_text
from assistant.domain.appeals.meaning import CLASSES, MARGIN, THRESHOLD, MeaningReader
from assistant.retrieval.embedding import bundled_encoder

DATA = Path(__file__).with_name("appeal_grounds_chinese.jsonl")


def score(rows, readings) -> dict[str, float]:
    found = extra = missed = exact = 0
    for row, got in zip(rows, readings):
        want = set(row["grounds"])
        found, extra, missed = found + len(want & got), extra + len(got - want), missed + len(want - got)
        exact += want == got
    precision = found / (found + extra) if found + extra else 1.0
    recall = found / (found + missed) if found + missed else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "exact": exact / len(rows)}


def keywords_only(sentence: str) -> set[str]:
    norm = normalize_text(sentence)
    return {name for name, pattern in _CLASS_PATTERNS.items() if pattern.search(norm)}


def main() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences = [r["sentence"] for r in rows]
    encoder = bundled_encoder()
    reader = MeaningReader(encoder.encode)
    sims = reader.similarities(sentences)
    model = [{c for c in CLASSES if s[c] >= THRESHOLD and s[c] >= s["neutral"] + MARGIN and s[c] >= max(s[k] for k in CLASSES)} for s in sims]
    readers = {
        "model alone (forced on Chinese)": model,
        "keyword patterns alone": [keywords_only(s) for s in sentences],
        "keywords + concept pairs (used)": [keywords_only(s) | chinese_classes(normalize_text(s)) for s in sentences],
        "concept pairs alone": [chinese_classes(normalize_text(s)) for s in sentences],
    }
    tokenizer = getattr(encoder, "tokenizer", None)
    if tokenizer is not None:
        han = kept = 0
        for sentence in sentences:
            chars = re.findall(r"[\u4e00-\u9fff]", sentence)
            tokens = tokenizer.encode(sentence).tokens
            han += len(chars)
            kept += sum(1 for t in tokens if re.fullmatch(r"[\u4e00-\u9fff]", t))
        print(f"Chinese characters the model's tokenizer keeps: {kept}/{han} ({kept / han:.0%}); the rest are [UNK]")
    print(f"{len(rows)} held-apart Chinese sentences")
    print("reader | precision recall f1 exact")
    for name, readings in readers.items():
        r = score(rows, readings)
        print(f"{name} | {r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f} {r['exact']:.3f}")


if __name__ == "__main__":
    main()
