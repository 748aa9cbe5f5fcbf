"""With a model, the chat suites go through it: its [n] markers are checked against what its tools retrieved, and
a model that cannot be reached makes the suite SKIPPED, never scored as the guided mode."""

from __future__ import annotations

import pytest

from assistant.retrieval.support import SupportReport
from evals.runner import run_suite
from evals.suites import answers
from evals.workspace import Workspace
from integrations.bootstrap import App
from integrations.llm.agent import ModelResponder
from tests.fakes.scripted_model import ScriptedChatModel, tool_call

QUESTION = {
    "id": "m1", "question": "How many links can one complaint hold?", "persona": "employee", "site": None, "kind": "in_scope",
    "expected_sources": [], "expected_facts": ["300 links"],
}
OFF_TOPIC = {"id": "m2", "question": "Write me a poem about the sea", "persona": "employee", "site": None, "kind": "out_of_scope",
             "expected_sources": [], "expected_facts": []}


def scripted(*scripts):
    """A responder factory handing each new chat the next script."""
    remaining = list(scripts)
    return lambda settings: ModelResponder(ScriptedChatModel(remaining.pop(0)), retries=0)


@pytest.fixture
def cases(monkeypatch):
    monkeypatch.setattr(answers, "answer_questions", lambda: [QUESTION, OFF_TOPIC])


def workspace_with(tmp_path, corpus_index, factory) -> Workspace:
    workspace = Workspace(tmp_path, apps=App, responder_factory=factory)
    workspace._corpus_index = corpus_index
    return workspace


def test_a_model_answer_is_scored_on_its_own_text_and_citations(tmp_path, corpus_index, cases):
    search = tool_call("search_guide", {"question": QUESTION["question"]})
    factory = scripted(
        [search, "One complaint can hold up to 300 links [1]."],
        ["I only help with IP complaints on Alibaba's platforms."],
    )
    result = answers.run(workspace_with(tmp_path, corpus_index, factory))
    metrics = {m.name: m.value for m in result.metrics}
    assert result.through_model
    assert metrics["fact_coverage"] == 1.0 and metrics["citations"] == 1 and metrics["citation_validity"] == 1.0
    assert metrics["citation_support"] == 1.0 and metrics["cited_sentences"] == 1
    assert metrics["out_of_scope_declined"] == 1.0
    assert "answer a question (model)" in result.latencies_ms


def test_a_model_citing_a_figure_its_passage_does_not_hold_is_caught(tmp_path, corpus_index, cases):
    search = tool_call("search_guide", {"question": QUESTION["question"]})
    factory = scripted([search, "One complaint can hold up to 500 links [1]."], ["Not my field."])
    result = answers.run(workspace_with(tmp_path, corpus_index, factory))
    metrics = {m.name: m.value for m in result.metrics}
    # The chat drops the sentence before the person sees it (assistant/retrieval/support.py): nothing is left to cite.
    assert metrics["fact_coverage"] == 0.0 and metrics["citations"] == 0 and metrics["in_field_refused"] == 1.0
    shown = result.failures[0].got["answer"]
    assert "500 links" not in shown and "left out" in shown


def test_the_scorer_catches_a_cited_figure_its_passage_does_not_hold(tmp_path, corpus_index, cases, monkeypatch):
    # Without the chat's own check, the scorer still finds the sentence unsupported by the passage it cites.
    monkeypatch.setattr("integrations.llm.agent.check_support", lambda text, material: SupportReport(text=text))
    search = tool_call("search_guide", {"question": QUESTION["question"]})
    factory = scripted([search, "One complaint can hold up to 500 links [1]."], ["Not my field."])
    result = answers.run(workspace_with(tmp_path, corpus_index, factory))
    metrics = {m.name: m.value for m in result.metrics}
    assert metrics["citation_validity"] == 0.0 and metrics["citation_support"] == 0.0 and metrics["fact_coverage"] == 0.0
    assert result.failures[0].got["invalid citations"]


def test_an_unreachable_model_skips_the_suite_with_the_reason(tmp_path, corpus_index, cases):
    factory = scripted([ConnectionError("connection refused")], [ConnectionError("connection refused")])
    result = run_suite("answers", workspace_with(tmp_path, corpus_index, factory), None)
    assert result.status == "skipped" and "could not be reached" in result.reason and not result.metrics
