"""The scorecard benchmark compares runs by their figures: timings never count, any other difference is named."""

from benchmarks.scorecard_benchmark import figures, first_difference


def card(seconds: float, ocr_ms: float, accuracy: float) -> dict:
    return {
        "verdict": "passed", "seconds": seconds, "started_at": "2026-12-02T01:00:00+00:00", "latency": [{"p50_ms": seconds}],
        "suites": [{"name": "appeals", "seconds": seconds, "failures": [], "metrics": [
            {"name": "recommendation_accuracy", "value": accuracy, "kind": "share"},
            {"name": "ocr_ms_per_page_p50", "value": ocr_ms, "kind": "ms"},
        ]}],
    }


def test_timings_never_count():
    assert first_difference(figures(card(100.0, 900.0, 1.0)), figures(card(60.0, 450.0, 1.0))) is None


def test_a_figure_that_differs_is_named_with_both_values():
    found = first_difference(figures(card(100.0, 900.0, 1.0)), figures(card(100.0, 900.0, 0.99)))
    assert found == ".suites[0].metrics[0].value: 1.0 != 0.99"
