"""Shared test set-up: every test gets its own empty data directory, and nothing reaches beyond loopback
(pytest-socket's --allow-hosts in pyproject.toml)."""

from __future__ import annotations

import os

import pytest

os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.pop("OPENAI_API_KEY", None)


@pytest.fixture(autouse=True)
def ipr_home(tmp_path, monkeypatch):
    """A fresh data directory per test, so no test sees another's index, store or conversations."""
    home = tmp_path / "ipr-home"
    monkeypatch.setenv("IPR_ASSISTANT_HOME", str(home))
    for name in ("IPR_DATABASE_URL", "IPR_CHROMA_URL", "IPR_MODEL", "OPENAI_API_KEY", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return home
