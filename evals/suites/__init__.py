"""The suites, in the order the scorecard runs and prints them. Each module has TITLE, THROUGH_MODEL (whether a
named model changes what it measures) and run(workspace) -> SuiteResult."""

from __future__ import annotations

import importlib
from types import ModuleType

SUITE_NAMES = ("retrieval", "answers", "checklists", "links", "appeals", "rejections", "conversations", "safety")
# The suites that never read the corpus index: on a machine with two cores or more they run in a second process, beside
# those that do (which share one index, built once per process).
WITHOUT_CORPUS_INDEX = ("checklists", "links", "appeals", "rejections")
# Names people may give to --suite that stand for several suites.
ALIASES = {"questions": ("retrieval", "answers"), "all": SUITE_NAMES}


def suite_module(name: str) -> ModuleType:
    """The module of a suite (imported on demand: the heavy ones import the index and the chat)."""
    return importlib.import_module(f"evals.suites.{name}")
