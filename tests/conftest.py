"""Shared test set-up: every test gets its own empty data directory, and nothing reaches beyond loopback
(pytest-socket's --allow-hosts in pyproject.toml)."""

from __future__ import annotations

import os

import pytest

os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.pop("OPENAI_API_KEY", None)

# PostgreSQL server and per-test store databases (fixtures: postgres_url, database_url, store).
pytest_plugins = ["tests.postgres"]


@pytest.fixture(autouse=True)
def ipr_home(tmp_path, monkeypatch):
    """A fresh data directory per test, so no test sees another's index, store or conversations."""
    home = tmp_path / "ipr-home"
    monkeypatch.setenv("IPR_ASSISTANT_HOME", str(home))
    for name in ("IPR_DATABASE_URL", "IPR_CHROMA_URL", "IPR_MODEL", "OPENAI_API_KEY", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory):
    """The bundled knowledge/ corpus, indexed once per test session (embedding is the slow part) and shared.

    Read-only for tests: a test that changes an index builds its own."""
    from assistant.config import Settings
    from assistant.retrieval.index import open_index

    settings = Settings(home=tmp_path_factory.mktemp("corpus-index-home"), chroma_url=None)
    index = open_index(settings)
    index.ensure_built()
    return index
