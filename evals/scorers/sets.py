"""Precision and recall of a set of items against the expected set, added up over many cases."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class SetScore:
    """Counts of items found (true positives), extra (false positives) and missed (false negatives)."""

    found: int = 0
    extra: int = 0
    missed: int = 0

    def add(self, expected: Iterable, got: Iterable) -> SetScore:
        """Count one case into the totals; returns the case's own counts."""
        expected, got = set(expected), set(got)
        case = SetScore(len(expected & got), len(got - expected), len(expected - got))
        self.found += case.found
        self.extra += case.extra
        self.missed += case.missed
        return case

    @property
    def precision(self) -> float:
        """Share of what came back that was expected (1.0 when nothing came back and nothing was expected)."""
        returned = self.found + self.extra
        return self.found / returned if returned else (1.0 if not self.missed else 0.0)

    @property
    def recall(self) -> float:
        """Share of what was expected that came back (1.0 when nothing was expected)."""
        wanted = self.found + self.missed
        return self.found / wanted if wanted else 1.0

    @property
    def exact(self) -> bool:
        return self.extra == 0 and self.missed == 0
