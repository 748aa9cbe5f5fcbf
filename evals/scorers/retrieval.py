"""Retrieval scores: does a ranked list of passages hold the sections a question expects, and how high?"""

from __future__ import annotations

from collections.abc import Sequence


def matches_expected(chunk, expected: dict) -> bool:
    """A retrieved passage matches an expected source when the file is the same and the section is the
    expected one or one of its subsections."""
    if chunk.source != expected["source"]:
        return False
    section = expected.get("section")
    if not section:
        return True
    return chunk.section == section or (chunk.section or "").startswith(section + " > ")


def recall_at(chunks: Sequence, expected: Sequence[dict], k: int) -> float:
    """Share of the expected sources found among the first k passages."""
    if not expected:
        return 0.0
    top = chunks[:k]
    return sum(any(matches_expected(c, e) for c in top) for e in expected) / len(expected)


def reciprocal_rank(chunks: Sequence, expected: Sequence[dict]) -> float:
    """1 / the rank of the first passage matching any expected source; 0 when none does."""
    for rank, chunk in enumerate(chunks, start=1):
        if any(matches_expected(chunk, e) for e in expected):
            return 1.0 / rank
    return 0.0
