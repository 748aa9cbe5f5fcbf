"""The retrieval scorers that the scorecard and benchmarks/retrieval_benchmark.py share."""

from __future__ import annotations

from types import SimpleNamespace

from evals.scorers.latency import percentile
from evals.scorers.retrieval import matches_expected, recall_at, reciprocal_rank

TERRITORY = {"source": "knowledge/ipr-submission.md", "section": "Territory"}
LIMITS = {"source": "knowledge/complaints.md", "section": "Limits"}


def chunk(source: str, section: str | None):
    return SimpleNamespace(source=source, section=section)


def test_a_subsection_matches_its_parent_section_but_a_prefix_word_does_not():
    assert matches_expected(chunk("knowledge/ipr-submission.md", "Territory > Taobao"), TERRITORY)
    assert not matches_expected(chunk("knowledge/ipr-submission.md", "Territory rules"), TERRITORY)
    assert not matches_expected(chunk("knowledge/complaints.md", "Territory"), TERRITORY)
    assert matches_expected(chunk("knowledge/complaints.md", "Anything"), {"source": "knowledge/complaints.md"})


def test_recall_counts_the_expected_sources_found_in_the_first_k():
    ranked = [chunk("knowledge/other.md", "X"), chunk(TERRITORY["source"], "Territory"), chunk(LIMITS["source"], "Limits")]
    assert recall_at(ranked, [TERRITORY, LIMITS], 1) == 0.0
    assert recall_at(ranked, [TERRITORY, LIMITS], 2) == 0.5
    assert recall_at(ranked, [TERRITORY, LIMITS], 3) == 1.0
    assert recall_at(ranked, [], 3) == 0.0


def test_a_worse_ranking_scores_a_lower_reciprocal_rank():
    good = [chunk(TERRITORY["source"], "Territory"), chunk("knowledge/other.md", "X")]
    worse = list(reversed(good))
    assert reciprocal_rank(good, [TERRITORY]) == 1.0
    assert reciprocal_rank(worse, [TERRITORY]) == 0.5
    assert reciprocal_rank([chunk("knowledge/other.md", "X")], [TERRITORY]) == 0.0


def test_percentile_by_nearest_rank():
    values = [5.0, 1.0, 4.0, 2.0, 3.0]
    assert percentile(values, 0.5) == 3.0
    assert percentile(values, 0.95) == 5.0
    assert percentile(values, 0.2) == 1.0
    assert percentile([], 0.5) == 0.0
