"""What a suite hands back: its metrics, its failing cases (expected vs what came back) and its latencies."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Metric:
    """One score of a suite; `threshold` and `passed` are filled in when thresholds are applied."""

    name: str
    value: float
    label: str = ""  # how people read it, e.g. "recall@5 (hybrid)"
    kind: str = "share"  # share (0..1), count, ms or turns: how to print it
    threshold: float | None = None
    bound: str | None = None  # "min" or "max"
    passed: bool | None = None


@dataclass
class Failure:
    """A case that did not come out as expected."""

    case_id: str
    checks: str
    expected: Any
    got: Any


@dataclass
class SuiteResult:
    """One suite's outcome. status: passed, failed, skipped (with the reason) or error (with the reason)."""

    name: str
    title: str
    status: str = "passed"
    reason: str = ""
    cases: int = 0
    seconds: float = 0.0
    metrics: list[Metric] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)  # the listed failing cases: never a frozen case
    # Failing cases of frozen (held-out) sets, counted per set and never listed: their ids and text stay unseen by
    # whoever tunes the code, so that they remain a test of whether a change generalises.
    frozen_failures: dict[str, int] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # extra side-by-side figures
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)  # operation -> one timing per case or turn
    through_model: bool = False

    def metric(self, name: str, value: float, label: str = "", kind: str = "share") -> Metric:
        """Record a metric and return it."""
        found = Metric(name=name, value=float(value), label=label or name, kind=kind)
        self.metrics.append(found)
        return found

    def fail(self, case_id: str, checks: str, expected: Any, got: Any, frozen: str = "") -> None:
        """Record a failing case with what it expected and what came back; a case of a frozen set (`frozen` names
        the set) is only counted."""
        if frozen:
            self.frozen_failures[frozen] = self.frozen_failures.get(frozen, 0) + 1
            return
        self.failures.append(Failure(case_id=case_id, checks=checks, expected=expected, got=got))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("latencies_ms")
        return data


def skipped(name: str, title: str, reason: str) -> SuiteResult:
    """A suite that could not run, and why. Never counted as passed."""
    return SuiteResult(name=name, title=title, status="skipped", reason=reason)


@dataclass
class Scorecard:
    """A whole run: every suite asked for, the time it took, and the verdict."""

    model: str
    suites: list[SuiteResult]
    seconds: float
    started_at: str
    max_seconds: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        """failed (a score below its threshold, an error, or too slow), incomplete (a suite skipped) or passed."""
        if any(s.status in ("failed", "error") for s in self.suites) or self.too_slow:
            return "failed"
        if any(s.status == "skipped" for s in self.suites):
            return "incomplete"
        return "passed"

    @property
    def too_slow(self) -> bool:
        return self.max_seconds is not None and self.seconds > self.max_seconds

    def to_dict(self) -> dict[str, Any]:
        from evals.scorers.latency import percentile

        latency = [
            {"suite": s.name, "operation": operation, "n": len(values), "p50_ms": percentile(values, 0.5), "p95_ms": percentile(values, 0.95)}
            for s in self.suites for operation, values in s.latencies_ms.items() if values
        ]
        return {
            "verdict": self.verdict,
            "model": self.model,
            "started_at": self.started_at,
            "seconds": self.seconds,
            "max_seconds": self.max_seconds,
            "notes": self.notes,
            "suites": [s.to_dict() for s in self.suites],
            "latency": latency,
        }
