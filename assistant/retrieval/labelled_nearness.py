"""How near a question comes to two sets of labelled example questions: the mean cosine similarity of its K nearest
examples in each set, with the bundled model. One mechanism for every closed choice decided by examples (the scope
gate, the case-question reader)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

Embed = Callable[[list[str]], np.ndarray]


def mean_of_nearest(similarities: np.ndarray, k: int) -> float:
    """The mean of the k highest similarities."""
    return float(np.sort(similarities)[::-1][:k].mean())


def nearness(question: str, first: Sequence[str], second: Sequence[str], k: int, embed: Embed | None = None) -> tuple[float, float]:
    """(first, second): the question's mean cosine similarity to its k nearest examples of each set.

    The question is embedded on its own (never stored); the examples come from `embed` (the index's stored sentence
    vectors, so they are embedded once), by default the bundled model, kept for the process."""
    from assistant.retrieval.embedding import query_vector

    asked = query_vector(question)
    vectors = (embed or bundled_embed)([*first, *second])
    return mean_of_nearest(vectors[: len(first)] @ asked, k), mean_of_nearest(vectors[len(first) :] @ asked, k)


_example_cache: dict[str, np.ndarray] = {}


def bundled_embed(texts: list[str]) -> np.ndarray:
    """The bundled model's vectors, the examples' kept for the process."""
    from assistant.retrieval.embedding import bundled_encoder

    missing = [t for t in dict.fromkeys(texts) if t not in _example_cache]
    if missing:
        _example_cache.update(zip(missing, bundled_encoder().encode(missing), strict=True))
    return np.stack([_example_cache[t] for t in texts])
