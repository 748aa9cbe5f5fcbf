"""The scorecard's second process: the suites without the corpus index run there, and come back as run here."""

from __future__ import annotations

from dataclasses import asdict

from evals import runner
from evals.suites import SUITE_NAMES, WITHOUT_CORPUS_INDEX
from evals.workspace import Workspace
from integrations.bootstrap import App


def _figures(result) -> dict:
    data = asdict(result)
    data.pop("seconds")
    data.pop("latencies_ms")
    return data


def test_suites_run_in_a_second_process_come_back_as_they_run_here(tmp_path):
    with runner._beside(["links", "checklists"], tmp_path / "apart", None, App, None) as running:
        apart = runner._results_of(running, ["links", "checklists"])
    here = Workspace(tmp_path / "here", apps=App)
    for name in ("links", "checklists"):
        assert _figures(apart[name]) == _figures(runner.run_suite(name, here, None))


def test_only_suites_that_never_read_the_index_go_to_the_second_process():
    assert set(WITHOUT_CORPUS_INDEX) < set(SUITE_NAMES)
    assert not {"retrieval", "answers", "conversations", "safety"} & set(WITHOUT_CORPUS_INDEX)


def test_a_run_of_only_those_suites_stays_in_one_process(monkeypatch):
    started = []
    monkeypatch.setattr(runner, "_beside", lambda names, *rest: started.append(names) or _nothing())
    card = runner.run_scorecard(["links"], apps=App, workers=2)
    assert started == [[]] and [s.name for s in card.suites] == ["links"] and card.verdict == "passed"


def _nothing():
    from contextlib import nullcontext

    return nullcontext(None)
