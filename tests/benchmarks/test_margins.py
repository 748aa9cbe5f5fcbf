"""The calibrations' margin chooser picks the middle of the widest best run, not its edge or the first best."""

from benchmarks.support.margins import widest_best_margin

CANDIDATES = [-0.02, -0.01, 0.0, 0.01, 0.02, 0.03, 0.04]


def test_the_middle_of_the_widest_run_of_best_counts_is_chosen():
    right = {-0.02: 5, -0.01: 7, 0.0: 6, 0.01: 7, 0.02: 7, 0.03: 7, 0.04: 3}
    assert widest_best_margin(CANDIDATES, right.__getitem__) == (0.02, 7)


def test_a_run_at_the_end_of_the_candidates_counts_too():
    right = {-0.02: 1, -0.01: 1, 0.0: 1, 0.01: 1, 0.02: 4, 0.03: 4, 0.04: 4}
    assert widest_best_margin(CANDIDATES, right.__getitem__) == (0.03, 4)
