"""The scripted person of the conversations suite, and the suite over the real guided mode."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from evals.suites import conversations
from evals.workspace import Workspace
from integrations.bootstrap import App


class FakeSession:
    """Asks whether the holder is a company once, then writes the package after 'yes'."""

    model = None
    fallen_back = False

    def __init__(self, folder: Path):
        self.folder, self.heard, self.asked = folder, [], False

    def send(self, text: str):
        self.heard.append(text)
        if text == "yes":
            return SimpleNamespace(text="Done.", sections=[SimpleNamespace(kind="export", data={"out_dir": str(self.folder)})], notices=[])
        if not self.asked:
            self.asked = True
            return SimpleNamespace(text="Is Studio Aurora SL a company or an individual?", sections=[], notices=[])
        return SimpleNamespace(text="Noted.", sections=[], notices=[])


def test_the_scripted_person_answers_an_unplanned_question_and_counts_the_turn(tmp_path):
    session = FakeSession(tmp_path)
    case = {"lines": ["photos stolen on Miravia", "yes"], "if_asked": [{"when": "a company or an individual", "say": "a company"}]}
    latencies: list[float] = []
    folder, turns, _ = conversations.play(session, case, latencies)
    assert folder == tmp_path and turns == 3 and len(latencies) == 3
    assert session.heard == ["photos stolen on Miravia", "a company", "yes"]


def test_a_dialogue_that_never_exports_stops_after_its_spare_turns(tmp_path):
    session = FakeSession(tmp_path)
    case = {"lines": ["hello"] * 2}
    folder, turns, last = conversations.play(session, case, [])
    assert folder is None and turns == 2 and last == "Noted."


@pytest.fixture
def guided_workspace(tmp_path, corpus_index):
    workspace = Workspace(tmp_path, apps=App)
    workspace._corpus_index = corpus_index  # the session's shared index instead of a second build
    return workspace


def test_the_suite_completes_a_guided_dialogue_and_reports_a_wrong_field(monkeypatch, guided_workspace):
    [good] = [c for c in conversations.load_cases("conversations") if c["id"] == "ae-agent-all-at-once"]
    wrong = json.loads(json.dumps(good))
    wrong["id"], wrong["expected"]["right_name"] = "wrong-right-name", "NORDVIKK"
    monkeypatch.setattr(conversations, "load_cases", lambda name: [good, wrong])
    result = conversations.run(guided_workspace)
    metrics = {m.name: m.value for m in result.metrics}
    assert metrics["completed"] == 0.5 and metrics["exported"] == 1.0
    # One turn beyond the script: the dialogue asks what differs from the genuine product, which the case answers.
    assert metrics["mean_turns"] == len(good["lines"]) + 1
    assert metrics["facts_exact"] == 1.0 and metrics["silent_changes"] == 0 and metrics["false_reassurance"] == 0
    [failure] = result.failures
    assert failure.case_id == "wrong-right-name"
    assert failure.expected["right_name"] == "NORDVIKK" and failure.got["right_name"] == {"expected": "NORDVIKK", "got": "NORDVIK"}


def test_a_value_that_enters_the_draft_unshown_is_a_silent_change():
    from evals.suites.conversations import _unshown_changes

    before = {"complainant_name": None, "registration_number": None, "listings": [], "evidence": []}
    after = {"complainant_name": "Acme Sportswear Co., Ltd.", "registration_number": "M-2024-004411", "listings": [], "evidence": []}
    reply = SimpleNamespace(sections=[])
    shown = 'Noted: complainant "Acme Sportswear Co., Ltd."'
    assert _unshown_changes(before, after, reply, shown) == ["registration_number='M-2024-004411'"]
    cut = 'Noted: complainant "Acme Sportswear Co", registration no. M-2024-004411'
    assert _unshown_changes(before, after, reply, cut) == ["complainant_name='Acme Sportswear Co., Ltd.'"]


def test_a_reply_calling_the_complaint_fine_is_caught_only_when_validate_disagrees():
    from evals.suites.conversations import _REASSURANCE

    assert _REASSURANCE.search("The rules find no problems. Shall I save it?")
    assert _REASSURANCE.search("The complaint looks good and is ready to file.")
    assert not _REASSURANCE.search("The rules (validate) find 1 error(s) that would get this complaint rejected")
    assert not _REASSURANCE.search("This complaint is not valid as it stands.")


def test_facts_lines_count_the_messages_before_the_confirmation():
    from evals.suites.conversations import facts_lines

    assert facts_lines({"lines": ["fakes on AliExpress", "We are Acme Ltd", "https://x", "yes", "add this", "yes"]}) == 3
    assert facts_lines({"lines": ["a", "b"]}) == 2
