"""Index benchmark: the bundled embedder's throughput and the time to build and re-sync the corpus index.

Baselines in the same run:
- embedding: texts one at a time (no batching) against length-sorted batches, on short sentences and on
  the corpus's own passages;
- indexing: a cold build of knowledge/ in a fresh data directory against a re-sync of the unchanged corpus
  (which must embed nothing);
- sentence vectors: embedding what the sentence store held before (the passages' sentences and the scope's example
  questions) against the passages' asked questions ('Asked as' lines) it now holds too.

Run: .venv/bin/python benchmarks/index_benchmark.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.paths import KNOWLEDGE_DIR, corpus_path  # noqa: E402
from assistant.retrieval.chunking import chunk_markdown  # noqa: E402
from assistant.retrieval.embedding import bundled_encoder  # noqa: E402
from integrations.bootstrap import App  # noqa: E402
from assistant.retrieval.records import embedding_text  # noqa: E402
from assistant.retrieval.scope_examples import IN_FIELD, OUT_OF_FIELD  # noqa: E402
from assistant.retrieval.sentence_vectors import corpus_sentences  # noqa: E402

REFERENCE = ROOT / "tests" / "retrieval" / "fixtures" / "minilm-reference.json"


def rate(encode, texts: list[str]) -> float:
    """Texts per second for one call of `encode` over all texts."""
    started = time.perf_counter()
    encode(texts)
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()

    started = time.perf_counter()
    encoder = bundled_encoder()
    load_seconds = time.perf_counter() - started

    sentences = [s for s in json.loads(REFERENCE.read_text())["sentences"] if 0 < len(s) < 200] * 10
    chunks = [
        chunk
        for path in sorted(KNOWLEDGE_DIR.rglob("*.md"))
        for chunk in chunk_markdown(path.read_text(encoding="utf-8"), corpus_path(path), default_title=path.stem)
    ]
    passages = [embedding_text(chunk) for chunk in chunks]
    stored_before = list(corpus_sentences(chunks).values()) + [*IN_FIELD, *OUT_OF_FIELD]
    asked = list(dict.fromkeys(question for chunk in chunks for question in chunk.questions))
    encoder.encode(sentences[:8])  # warm up

    def one_at_a_time(texts):
        for text in texts:
            encoder.encode([text])

    tokens = sum(len(e.ids) for e in encoder.tokenizer.encode_batch(passages))
    figures = {
        "model_load_seconds": round(load_seconds, 2),
        "short_sentences": len(sentences),
        "short_per_second_batched": round(rate(encoder.encode, sentences), 1),
        "short_per_second_one_by_one": round(rate(one_at_a_time, sentences), 1),
        "passages": len(passages),
        "passage_mean_tokens": round(tokens / max(len(passages), 1), 1),
        "passages_per_second_batched": round(rate(encoder.encode, passages), 1),
        "passages_per_second_one_by_one": round(rate(one_at_a_time, passages), 1),
        "sentence_store_texts_before": len(stored_before),
        "sentence_store_seconds_before": round(len(stored_before) / rate(encoder.encode, stored_before), 2),
        "asked_questions_added": len(asked),
        "asked_questions_seconds": round(len(asked) / rate(encoder.encode, asked), 2) if asked else 0.0,
    }

    with tempfile.TemporaryDirectory() as home:
        index = App.for_home(Path(home)).raw_index()
        started = time.perf_counter()
        built = index.sync()
        figures["index_build_seconds"] = round(time.perf_counter() - started, 2)
        figures["index_passages"] = built.embedded
        started = time.perf_counter()
        again = index.sync()
        figures["index_resync_seconds"] = round(time.perf_counter() - started, 3)
        figures["index_resync_embedded"] = again.embedded
    figures["load_average"] = round(os.getloadavg()[0], 2)

    if args.json:
        print(json.dumps(figures))
        return
    print("| measure | value |\n|---|---|")
    for name, value in figures.items():
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
