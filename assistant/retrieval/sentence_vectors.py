"""The vectors of the corpus's sentences, kept with the index so answers can choose sentences by meaning.

Each sentence an answer may quote (assistant.retrieval.sentences) is embedded with the bundled model when its passage is
indexed, and stored in a second collection of the same Chroma store, keyed by the hash of the sentence's text: an
unchanged sentence is never embedded again, across runs and re-indexing; a sentence no passage holds any more is dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from assistant.retrieval.passages import Chunk, text_hash
from assistant.retrieval.sentences import split_sentences

COLLECTION = "ipr-sentences"
WRITE_BATCH = 500
# The matrices of this many lists of sentences asked for again are kept: the labelled example questions are compared
# with every question, several lists of them (the scope's, the case questions', the general questions').
REMEMBERED_LISTS = 16


@lru_cache(maxsize=65536)
def sentence_key(sentence: str) -> str:
    return text_hash(sentence)[:32]


def corpus_sentences(chunks: Iterable[Chunk]) -> dict[str, str]:
    """key -> sentence, for every sentence of the passages."""
    return {sentence_key(s): s for chunk in chunks for s in split_sentences(chunk.text)}


class SentenceVectors:
    """The stored sentence vectors of one index, read into memory once and kept in step with the passages."""

    def __init__(self, collection, encoder_factory):
        self._collection = collection
        self._encoder = encoder_factory
        self._vectors: dict[str, np.ndarray] | None = None
        self._lists: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _loaded(self) -> dict[str, np.ndarray]:
        if self._vectors is None:
            stored = self._collection.get(include=["embeddings"])
            embeddings = stored.get("embeddings")
            embeddings = [] if embeddings is None else embeddings
            self._vectors = {key: np.asarray(vector, dtype=np.float32) for key, vector in zip(stored["ids"], embeddings, strict=True)}
        return self._vectors

    def sync(self, sentences: dict[str, str]) -> tuple[int, int]:
        """Embed the sentences not stored yet and drop those no passage holds; (embedded, removed)."""
        with self._lock:
            vectors = self._loaded()
            missing = [key for key in sentences if key not in vectors]
            stale = [key for key in vectors if key not in sentences]
            self._lists.clear()
            self._store(missing, sentences)
            for start in range(0, len(stale), WRITE_BATCH):
                batch = stale[start : start + WRITE_BATCH]
                self._collection.delete(ids=batch)
                for key in batch:
                    vectors.pop(key, None)
            return len(missing), len(stale)

    def _store(self, keys: Sequence[str], sentences: dict[str, str]) -> None:
        vectors = self._loaded()
        for start in range(0, len(keys), WRITE_BATCH):
            batch = list(keys[start : start + WRITE_BATCH])
            embedded = self._encoder().encode([sentences[key] for key in batch])
            self._collection.upsert(ids=batch, embeddings=embedded, documents=[sentences[key] for key in batch])
            vectors.update(zip(batch, embedded, strict=True))

    def vectors(self, sentences: Sequence[str]) -> np.ndarray:
        """The vectors of the given sentences (rows in order). A sentence not stored (the index is being updated by
        another process) is embedded now and kept in memory only: reading never writes to the store.

        A list asked for again (the labelled examples, for every question) is handed back as the same read-only matrix."""
        asked = tuple(sentences)
        with self._lock:
            if (known := self._lists.get(asked)) is not None:
                self._lists.move_to_end(asked)
                return known
        keys = [sentence_key(s) for s in sentences]
        with self._lock:
            vectors = self._loaded()
            missing = {key: s for key, s in zip(keys, sentences, strict=True) if key not in vectors}
            if missing:
                vectors.update(zip(missing, self._encoder().encode(list(missing.values())), strict=True))
            if not keys:
                return np.zeros((0, 384), dtype=np.float32)
            matrix = np.stack([vectors[key] for key in keys])
            matrix.flags.writeable = False
            self._lists[asked] = matrix
            if len(self._lists) > REMEMBERED_LISTS:
                self._lists.popitem(last=False)
            return matrix

    def reset(self, collection) -> None:
        with self._lock:
            self._collection = collection
            self._vectors = None
            self._lists.clear()
