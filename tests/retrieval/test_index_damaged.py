"""A damaged or foreign data directory is refused with a message that names `ipr-assistant index --rebuild`,
and --rebuild (open_index(reset=True)) recovers from it."""

from __future__ import annotations

import os

import chromadb
import pytest

from assistant.config import load_settings
from assistant.errors import ConfigurationError
from assistant.retrieval.index import COLLECTION, INDEX_FORMAT, close_local_client, open_index

REBUILD = "ipr-assistant index --rebuild"


def chroma_dir(ipr_home):
    return ipr_home / "index" / "chroma"


def assert_refused_then_rebuilt(small_corpus):
    with pytest.raises(ConfigurationError) as error:
        open_index(load_settings())
    assert REBUILD in str(error.value)
    assert error.value.exit_code == 2
    index = open_index(load_settings(), reset=True)
    assert index.sync([small_corpus]).embedded > 0
    assert open_index(load_settings()).count() == index.count()


def test_garbage_in_the_database_file(ipr_home, small_corpus):
    chroma_dir(ipr_home).mkdir(parents=True)
    (chroma_dir(ipr_home) / "chroma.sqlite3").write_bytes(os.urandom(8192))
    assert_refused_then_rebuilt(small_corpus)


def test_an_index_damaged_after_it_was_built(ipr_home, small_corpus):
    open_index(load_settings()).sync([small_corpus])
    close_local_client(chroma_dir(ipr_home))  # as a new process would see it
    (chroma_dir(ipr_home) / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    assert_refused_then_rebuilt(small_corpus)


def test_a_folder_of_something_else(ipr_home, small_corpus):
    chroma_dir(ipr_home).mkdir(parents=True)
    (chroma_dir(ipr_home) / "manifest.json").write_text('{"format": "someone-elses-index/7"}')
    assert_refused_then_rebuilt(small_corpus)


def foreign_client(ipr_home):
    chroma_dir(ipr_home).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(chroma_dir(ipr_home)), settings=chromadb.config.Settings(anonymized_telemetry=False))


def test_a_collection_of_another_format(ipr_home, small_corpus):
    foreign_client(ipr_home).create_collection(COLLECTION, metadata={"format": "ipr-assistant-index/0"}, embedding_function=None)
    assert_refused_then_rebuilt(small_corpus)


def test_vectors_of_the_wrong_dimension(ipr_home, small_corpus):
    collection = foreign_client(ipr_home).create_collection(
        COLLECTION, metadata={"format": INDEX_FORMAT, "model": "x", "dimension": 384}, embedding_function=None
    )
    collection.add(ids=["a"], embeddings=[[0.1, 0.2, 0.3]], documents=["tiny"], metadatas=[{"source": "x"}])
    assert_refused_then_rebuilt(small_corpus)


def test_recovering_one_index_leaves_other_open_indexes_working(ipr_home, small_corpus, tmp_path):
    from assistant.config import Settings

    other = open_index(Settings(home=tmp_path / "other-home", chroma_url=None))
    other.sync([small_corpus])
    chroma_dir(ipr_home).mkdir(parents=True)
    (chroma_dir(ipr_home) / "chroma.sqlite3").write_bytes(os.urandom(4096))
    assert_refused_then_rebuilt(small_corpus)
    assert other.count() > 0
    assert other.dense_search("listing links per complaint", k=1)[0].chunk.section == "Link rules"
