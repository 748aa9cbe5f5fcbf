"""The bundled embedder: its vectors match sentence-transformers' all-MiniLM-L6-v2 (reference vectors in fixtures/)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from assistant.retrieval.embedding import BATCH_TOKENS, DIMENSION, MAX_BATCH, bundled_encoder, erf, length_batches

REFERENCE = Path(__file__).parent / "fixtures" / "minilm-reference.json"


@pytest.fixture(scope="module")
def reference():
    return json.loads(REFERENCE.read_text(encoding="utf-8"))


def test_vectors_match_the_reference_for_every_sentence(reference):
    vectors = bundled_encoder().encode(reference["sentences"])
    expected = np.asarray(reference["vectors"], dtype=np.float64)
    assert vectors.shape == expected.shape == (len(reference["sentences"]), DIMENSION)
    cosines = (vectors * expected).sum(axis=1) / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(expected, axis=1))
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.9999, f"sentence {worst} ({reference['sentences'][worst][:40]!r}): cosine {cosines[worst]}"


def test_reference_covers_the_hard_cases(reference):
    # The fixture must keep exercising truncation (3,000 characters), the empty string and non-Latin text.
    sentences = reference["sentences"]
    assert "" in sentences
    assert max(len(s) for s in sentences) > 2000
    assert any("\u4e00" <= ch <= "\u9fff" for s in sentences for ch in s)


def test_vectors_have_unit_length():
    vectors = bundled_encoder().encode(["Test buy report", "", "商标注册证", "word " * 600])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_text_embeds_the_same_alone_or_padded_in_a_batch():
    texts = ["short", "a much longer sentence about counterfeit handbags sold on AliExpress with stolen photos"]
    together = bundled_encoder().encode(texts)
    alone = np.vstack([bundled_encoder().encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_texts_past_256_tokens_are_truncated_not_rejected():
    encoder = bundled_encoder()
    long = "counterfeit " * 400
    longer = long + "completely different ending about weather and recipes " * 50
    a, b = encoder.encode([long, longer])
    assert float(a @ b) > 0.9999  # the tail beyond 256 tokens is not read


def test_no_texts_gives_an_empty_matrix():
    assert bundled_encoder().encode([]).shape == (0, DIMENSION)


def test_erf_matches_the_standard_library():
    xs = np.linspace(-6, 6, 4001, dtype=np.float32)
    ours = erf(xs)
    exact = np.array([math.erf(float(x)) for x in xs])
    assert np.abs(ours - exact).max() < 1e-6


def test_length_batches_cover_every_text_once_within_the_token_budget():
    lengths = [3, 256, 17, 200, 5, 5, 90, 256, 1] * 40
    batches = list(length_batches(lengths))
    seen = sorted(i for batch in batches for i in batch)
    assert seen == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= MAX_BATCH
        assert len(batch) * max(lengths[i] for i in batch) <= BATCH_TOKENS
