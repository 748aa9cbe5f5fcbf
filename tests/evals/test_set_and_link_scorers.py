"""Precision and recall of checklists, and the per-link comparison behind link accuracy per problem code."""

from __future__ import annotations

from evals.scorers.links import LinkTally, compare_links
from evals.scorers.sets import SetScore

AE = {"site": "aliexpress", "kind": "product", "id": "1005001", "normalized": "https://www.aliexpress.com/item/1005001.html", "problems": []}


def test_set_score_adds_cases_and_computes_precision_and_recall():
    total = SetScore()
    first = total.add({"a", "b", "c"}, {"a", "b", "x"})
    assert (first.found, first.extra, first.missed) == (2, 1, 1) and not first.exact
    assert total.add({"d"}, {"d"}).exact
    assert (total.precision, total.recall) == (3 / 4, 3 / 4)


def test_set_score_of_nothing_expected_and_nothing_given_is_perfect():
    total = SetScore()
    total.add(set(), set())
    assert (total.precision, total.recall) == (1.0, 1.0)
    total.add({"a"}, set())
    assert total.recall == 0.0 and total.precision == 0.0


def test_a_wrong_canonical_link_makes_a_link_wrong():
    got = dict(AE, normalized="https://www.aliexpress.com/item/999.html")
    [comparison] = compare_links([AE], [got])
    assert not comparison.correct and comparison.wrong_fields == ("normalized",)


def test_missed_and_extra_problem_codes_are_counted_per_code():
    expected = [dict(AE, problems=["duplicate"]), {"site": None, "kind": None, "id": None, "normalized": None, "problems": ["short_link"]}]
    got = [dict(AE), {"site": None, "kind": None, "id": None, "normalized": None, "problems": ["short_link", "unknown_site"]}]
    tally = LinkTally()
    tally.add(compare_links(expected, got))
    assert tally.links == 2 and tally.correct == 0
    assert (tally.codes["duplicate"].expected, tally.codes["duplicate"].caught) == (1, 0)
    assert tally.codes["short_link"].recall == 1.0
    assert tally.codes["unknown_site"].false_alarms == 1
    assert tally.codes["ok"].false_alarms == 1  # the duplicate came back as fine


def test_a_link_that_did_not_come_back_is_wrong():
    [comparison] = compare_links([AE], [])
    assert comparison.got is None and not comparison.correct
    tally = LinkTally()
    tally.add([comparison])
    assert tally.accuracy == 0.0 and tally.codes["ok"].caught == 0
