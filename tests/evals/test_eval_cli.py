"""`ipr-assistant eval`: one JSON object with --json, exit codes, skipped suites, and failing cases shown in full."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass

import pytest

from evals.report import markdown
from evals.results import Scorecard
from evals.suites import links as links_suite


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def invoke(capsys, monkeypatch):
    """Run `ipr-assistant eval ARGS` through the real entry point (its error handling included)."""

    def run(*args: str) -> Outcome:
        from integrations.cli import app

        monkeypatch.setattr(sys, "argv", ["ipr-assistant", "eval", *args])
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_info:
            app.main()
        captured = capsys.readouterr()
        return Outcome(exit_info.value.code or 0, captured.out, captured.err)

    return run


def test_the_links_suite_passes_and_prints_one_json_object(invoke):
    result = invoke("--suite", "links", "--json")
    assert result.exit_code == 0, result.stderr
    card = json.loads(result.stdout)
    assert card["verdict"] == "passed" and [s["name"] for s in card["suites"]] == ["links"]
    metrics = {m["name"]: m for m in card["suites"][0]["metrics"]}
    assert metrics["links"]["value"] >= 200
    assert metrics["accuracy"]["threshold"] is not None and metrics["accuracy"]["passed"] is True
    assert {"recall_short_link", "recall_lookalike_domain", "recall_already_in_active_complaint"} <= set(metrics)


def test_markdown_has_the_scores_and_the_per_code_table(invoke):
    result = invoke("--suite", "checklists,links", "--markdown")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Scorecard: PASSED")
    assert "| links | links with every field and problem code right (`accuracy`) |" in result.stdout
    assert "## links: problem codes" in result.stdout and "| site_mismatch |" in result.stdout


def test_an_unknown_suite_and_two_output_formats_are_bad_usage(invoke):
    unknown = invoke("--suite", "linkz")
    assert unknown.exit_code == 2 and "Unknown suite 'linkz'" in unknown.stderr and unknown.stdout == ""
    assert invoke("--suite", "links", "--json", "--markdown").exit_code == 2


def test_a_model_without_a_key_skips_its_suites_with_the_reason_and_never_passes(invoke, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = invoke("--suite", "answers,links", "--model", "openai:gpt-4o-mini", "--json")
    assert result.exit_code == 1
    card = json.loads(result.stdout)
    answers, links = card["suites"]
    assert answers["status"] == "skipped" and "OPENAI_API_KEY" in answers["reason"] and not answers["metrics"]
    assert links["status"] == "passed"  # links never go through a model
    assert card["verdict"] == "incomplete"


def test_a_failing_case_shows_what_was_expected_and_what_came_back(monkeypatch):
    wrong = {
        "id": "wrong-canonical", "checks": "a deliberately wrong expectation", "site": "aliexpress",
        "paste": "https://m.aliexpress.com/item/1005001000200030.html",
        "expected": [{"site": "aliexpress", "kind": "product", "id": "1005001000200030",
                      "normalized": "https://m.aliexpress.com/item/1005001000200030.html", "problems": []}],
    }
    monkeypatch.setattr(links_suite, "load_cases", lambda name: [wrong])
    result = links_suite.run(workspace=None)
    assert result.metrics[1].name == "accuracy" and result.metrics[1].value == 0.0
    [failure] = result.failures
    assert failure.expected["normalized"] == "https://m.aliexpress.com/item/1005001000200030.html"
    assert failure.got["normalized"] == "https://www.aliexpress.com/item/1005001000200030.html"
    text = markdown(Scorecard(model="offline", suites=[result], seconds=0.1, started_at="now"))
    assert "**wrong-canonical #1**" in text
    assert "expected: " in text and "https://m.aliexpress.com/item/1005001000200030.html" in text
    assert "got: " in text and "https://www.aliexpress.com/item/1005001000200030.html" in text


def test_the_command_module_stays_light():
    import subprocess
    import sys

    code = "import sys, integrations.cli.commands.eval; print(any(m.startswith(('evals', 'chromadb', 'langchain')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
