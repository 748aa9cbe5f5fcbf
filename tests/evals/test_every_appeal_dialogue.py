"""Every appeal dialogue of evals/datasets/conversations.jsonl ends as its case expects.

The suite passes on a threshold; this test does not, as tests/domain/test_appeals.py does for the triage: one dialogue
that starts saying 'the listing is offline' of a photo complaint, or records what it should not, fails here by name.
"""

from __future__ import annotations

import json

import pytest

from evals.cases import load_cases
from evals.suites.appeal_dialogues import run_case
from evals.workspace import Workspace
from integrations.bootstrap import App

CASES = [case for case in load_cases("conversations") if "appeal" in case]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return Workspace(tmp_path_factory.mktemp("appeal-dialogues"), apps=App)


def test_the_dataset_has_appeal_dialogues():
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_the_appeal_dialogue_ends_as_expected(workspace, case):
    problems, _ = run_case(workspace, case, [])
    assert not problems, json.dumps(problems, ensure_ascii=False)[:2000]
