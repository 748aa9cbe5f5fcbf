"""The margin a calibration picks: among candidate margins, the middle of the widest run of those with the most right
decisions. Shared by the calibrations that choose one margin over labelled, held-apart examples, so they pick the same
way."""

from __future__ import annotations

from typing import Callable


def widest_best_margin(candidates: list[float], right_at: Callable[[float], int]) -> tuple[float, int]:
    """The middle of the widest run of consecutive candidates whose count of right decisions is the highest, and that
    count. The middle of a run, not its edge, so a margin is not fitted to the one example at the run's end."""
    counts = [right_at(margin) for margin in candidates]
    best = max(counts)
    runs, start = [], None
    for position, count in enumerate([*counts, -1]):
        if count == best and start is None:
            start = position
        elif count != best and start is not None:
            runs.append((start, position - 1))
            start = None
    first, last = max(runs, key=lambda run: run[1] - run[0])
    return round((candidates[first] + candidates[last]) / 2, 2), best
