"""A frozen (held-out) set's failing cases are counted, never listed: neither their ids nor their text reach the
markdown scorecard (the CI log) or `--json`, while the development cases' failures stay listed in full."""

from __future__ import annotations

import json

from evals.report import markdown
from evals.results import Scorecard, SuiteResult
from evals.suites import answers, appeals
from evals.workspace import Workspace
from integrations.bootstrap import App


def _card(result: SuiteResult) -> tuple[str, dict]:
    card = Scorecard(model="offline", suites=[result], seconds=0.1, started_at="now")
    return markdown(card), json.loads(json.dumps(card.to_dict(), default=str))


def test_a_frozen_failure_is_counted_per_set_and_never_shown():
    result = SuiteResult(name="answers", title="t")
    result.fail("p999", "How do I renew?", {"facts": ["ten years"]}, {"answer": "something else"})
    result.fail("bq-secret-id", "the frozen question's words", {"facts": ["frozen fact"]}, {"answer": "frozen answer"}, frozen="blind")
    result.fail("b2-secret-id", "another frozen question", "declined", "answered", frozen="blind2")
    result.fail("b2-other-id", "a third frozen question", "declined", "answered", frozen="blind2")
    text, data = _card(result)
    assert [f.case_id for f in result.failures] == ["p999"]
    assert result.frozen_failures == {"blind": 1, "blind2": 2}
    for hidden in ("bq-secret-id", "b2-secret-id", "b2-other-id", "frozen question", "frozen fact", "frozen answer"):
        assert hidden not in text and hidden not in json.dumps(data)
    assert "**p999**" in text and "How do I renew?" in text
    assert "counted and not listed: blind 1, blind2 2" in text
    [suite] = data["suites"]
    assert [f["case_id"] for f in suite["failures"]] == ["p999"]  # the key stays, with the development cases only
    assert suite["frozen_failures"] == {"blind": 1, "blind2": 2}


def test_a_suite_failing_only_on_frozen_cases_says_how_many():
    result = SuiteResult(name="appeals", title="t")
    result.fail("ap-frozen-1", "frozen checks", {}, {}, frozen="frozen")
    text, data = _card(result)
    assert "### appeals (0)" in text and "counted and not listed: frozen 1" in text and "ap-frozen-1" not in text
    assert data["suites"][0]["failures"] == [] and data["suites"][0]["frozen_failures"] == {"frozen": 1}


def test_the_answers_suite_lists_development_failures_and_counts_both_frozen_sets(monkeypatch, tmp_path, corpus_index):
    impossible = ["a phrase no answer states zq-771"]
    question = {"question": "How long does a trademark registration in China last before it must be renewed?",
                "persona": "employee", "site": None, "kind": "in_scope", "expected_sources": [], "expected_facts": impossible}
    cases = [
        question | {"id": "dev-case"},
        question | {"id": "frozen-first", "frozen": True},
        question | {"id": "frozen-second", "frozen": True, "split": "blind2"},
        {"id": "dev-outside", "question": "What is a good recipe for banana bread?", "persona": "employee", "site": None,
         "kind": "out_of_scope", "expected_sources": [], "expected_facts": []},
    ]
    monkeypatch.setattr(answers, "answer_questions", lambda: cases)
    workspace = Workspace(tmp_path, apps=App)
    workspace._corpus_index = corpus_index
    result = answers.run(workspace)
    assert [f.case_id for f in result.failures] == ["dev-case"]
    assert result.frozen_failures == {"blind": 1, "blind2": 1}
    text, _ = _card(result)
    assert "frozen-first" not in text and "frozen-second" not in text and "**dev-case**" in text


def test_the_appeals_suite_counts_its_frozen_cases_failures(monkeypatch, tmp_path):
    [base] = [c for c in appeals.load_cases("appeals")
              if not c.get("frozen") and not c.get("attachments") and not c.get("expected_refused")][:1]
    wrong = {"expected_recommendation": "no such recommendation"}
    cases = [base | wrong | {"id": "ours-wrong"}, base | wrong | {"id": "frozen-wrong", "frozen": True}]
    monkeypatch.setattr(appeals, "load_cases", lambda name: cases)
    result = appeals.run(Workspace(tmp_path, apps=App))
    assert [f.case_id for f in result.failures] == ["ours-wrong"]
    assert result.frozen_failures == {"frozen": 1}
