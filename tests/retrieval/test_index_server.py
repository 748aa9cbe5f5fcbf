"""The same index code against a real Chroma server (`chroma run` on loopback), chosen by IPR_CHROMA_URL."""

from __future__ import annotations

import chromadb
import pytest

from assistant.config import load_settings
from assistant.errors import ExternalServiceUnavailable
from assistant.retrieval.index import COLLECTION, BundledMiniLM, open_index
from tests.retrieval.conftest import free_port

pytestmark = pytest.mark.chroma_server


@pytest.fixture
def server_index(chroma_server, monkeypatch):
    """An empty index on the session's Chroma server (tests share the server, so each starts from reset)."""
    monkeypatch.setenv("IPR_CHROMA_URL", chroma_server)
    return open_index(load_settings(), reset=True)


def test_sync_search_and_incremental_update_on_the_server(server_index, small_corpus, ipr_home):
    first = server_index.sync([small_corpus])
    assert first.embedded > 0 and first.skipped == []
    assert server_index.count() == first.embedded
    assert server_index.sync([small_corpus]).embedded == 0

    path = small_corpus / "appeals.md"
    path.write_text(path.read_text().replace("3 working days", "three working days"))
    assert server_index.sync([small_corpus]).embedded == 1

    hits = server_index.dense_search("how long do I have to answer a counter-notice?", k=3, sites=["taobao"])
    assert hits[0].chunk.section == "Your reply window"
    assert "three working days" in hits[0].chunk.text
    assert {h.chunk.title for h in server_index.dense_search("links", k=10, sites=["aliexpress"])} == {
        "Filing a complaint",
        "The Good Faith programme",
    }
    assert not (ipr_home / "index").exists()  # nothing written locally


def test_a_second_client_reopens_the_collection_by_its_registered_embedder(server_index, small_corpus, chroma_server):
    server_index.sync([small_corpus])
    reopened = open_index(load_settings())
    assert reopened.count() == server_index.count()

    host, port = chroma_server.removeprefix("http://").split(":")
    plain = chromadb.HttpClient(host=host, port=int(port), settings=chromadb.config.Settings(anonymized_telemetry=False))
    collection = plain.get_collection(COLLECTION)  # no embedding function given: built from the stored configuration
    assert isinstance(collection.configuration["embedding_function"], BundledMiniLM)
    result = collection.query(query_texts=["how many links may one complaint list"], n_results=1)
    assert result["metadatas"][0][0]["section"] == "Link rules"


def test_an_unreachable_server_is_reported_as_unavailable(monkeypatch):
    monkeypatch.setenv("IPR_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    with pytest.raises(ExternalServiceUnavailable, match="Cannot reach the Chroma server"):
        open_index(load_settings())
