"""The suites, in the order the scorecard runs and prints them. Each module has TITLE, THROUGH_MODEL (whether a
named model changes what it measures) and run(workspace) -> SuiteResult."""

from __future__ import annotations

import importlib
from types import ModuleType

SUITE_NAMES = ("retrieval", "answers", "checklists", "links", "appeals", "rejections", "conversations", "safety")
# Names people may give to --suite that stand for several suites.
ALIASES = {"questions": ("retrieval", "answers"), "all": SUITE_NAMES}


def suite_module(name: str) -> ModuleType:
    """The module of a suite (imported on demand: the heavy ones import the index and the chat)."""
    return importlib.import_module(f"evals.suites.{name}")
