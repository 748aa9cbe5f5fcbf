"""The corpus index: passages and their vectors in chromadb (a local folder, or a Chroma server).

This is the only module that talks to chromadb. Re-indexing is incremental: a file whose content hash is
unchanged is not read again, and within a changed file only passages whose text changed are embedded again.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import httpx
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.config import Settings
from assistant.errors import ConfigurationError, ExternalServiceUnavailable
from assistant.files.limits import Limits
from assistant.paths import KNOWLEDGE_DIR, corpus_path
from assistant.retrieval.embedding import DIMENSION, MAX_SEQ_LENGTH, MODEL_NAME, bundled_encoder, query_vector
from assistant.retrieval.passages import Chunk, ScoredChunk
from assistant.retrieval.progress import embedding_progress
from assistant.retrieval.records import (
    CORPUS,
    USER,
    IndexedFile,
    SkippedFile,
    SyncReport,
    embedding_text,
    from_record,
    indexed_files,
    matches,
    where_filter,
)
from assistant.retrieval.sentence_vectors import COLLECTION as SENTENCE_COLLECTION
from assistant.retrieval.sentence_vectors import SentenceVectors, corpus_sentences, sentence_key
from assistant.retrieval.sync_plan import SyncPlan, corpus_files, user_files

COLLECTION = "ipr-corpus"
INDEX_FORMAT = "ipr-assistant-index/1"
# What the sentence collection holds besides the passages' sentences. An index whose sentence collection says
# otherwise (or nothing: it was built before) has its sentence vectors brought up to date on the next sync.
SENTENCE_CONTENTS = "sentences, scope examples (also read with the right's name neutral), asked questions"
REBUILD_HINT = "Run `ipr-assistant index --rebuild` to build the index again."
EMBED_BATCH = 64  # passages per progress step
WRITE_BATCH = 1000  # records per store call
SENTENCE_METADATA = {"format": INDEX_FORMAT, "model": MODEL_NAME, "dimension": DIMENSION}


@register_embedding_function
class BundledMiniLM(EmbeddingFunction[Documents]):
    """chromadb's view of the bundled all-MiniLM-L6-v2; registered so that any process (or a server) reopens the collection."""

    def __init__(self) -> None:
        pass  # the encoder loads on first use, shared by the process

    def __call__(self, input: Documents) -> Embeddings:
        return list(bundled_encoder().encode(list(input)))

    @staticmethod
    def name() -> str:
        return "ipr-assistant-all-minilm-l6-v2"

    def get_config(self) -> dict:
        return {"model": MODEL_NAME, "dimension": DIMENSION, "max_seq_length": MAX_SEQ_LENGTH}

    @staticmethod
    def build_from_config(config: dict) -> BundledMiniLM:
        return BundledMiniLM()

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]


class CorpusIndex:
    """Passages of the corpus and of people's own documents, searchable by meaning, filterable by site and topic."""

    def __init__(self, client, collection, *, location: str):
        self._client = client
        self._collection = collection
        self.location = location
        self.limits = Limits()  # open_index sets the settings' own
        self._cached: list[Chunk] | None = None
        self._sentences: SentenceVectors | None = None

    # -- reading -------------------------------------------------------------------------------------

    def count(self) -> int:
        """How many passages the index holds."""
        return self._collection.count()

    def chunks(self, sites: list[str] | None = None, topics: list[str] | None = None) -> list[Chunk]:
        """Every stored passage (in a stable order), optionally filtered by site and topic: the lexical search's corpus."""
        if self._cached is None:
            stored = self._call(lambda: self._collection.get(include=["documents", "metadatas"]))
            records = zip(stored["ids"], stored["documents"], stored["metadatas"], strict=True)
            chunks = [(m or {}, from_record(i, d, m)) for i, d, m in records]
            chunks.sort(key=lambda pair: (pair[1].source, pair[0].get("ordinal", 0), pair[1].section or "", pair[1].id))
            self._cached = [chunk for _, chunk in chunks]
        return [c for c in self._cached if matches(c, sites, topics)]

    def dense_search(
        self, query: str, k: int, sites: list[str] | None = None, topics: list[str] | None = None
    ) -> list[ScoredChunk]:
        """The k passages closest in meaning to the query (score: cosine similarity)."""
        # The passages read already say how many there are (a count is a round trip to the store per question).
        total = len(self._cached) if self._cached is not None else self.count()
        if k <= 0 or total == 0:
            return []
        vector = query_vector(query).tolist()
        result = self._call(
            lambda: self._collection.query(
                query_embeddings=[vector],
                n_results=min(k, total),
                where=where_filter(sites, topics),
                include=["documents", "metadatas", "distances"],
            )
        )
        records = zip(result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0], strict=True)
        return [ScoredChunk(chunk=from_record(i, d, m), score=1.0 - float(dist)) for i, d, m, dist in records]

    def sentence_vectors(self, sentences: list[str]):
        """The stored vectors of sentences of the indexed passages (rows in order), for choosing answer sentences."""
        return self._call(lambda: self._sentence_store().vectors(sentences))

    def _sentence_store(self) -> SentenceVectors:
        if self._sentences is None:
            self._sentences = SentenceVectors(self._call(lambda: create_sentence_collection(self._client)), bundled_encoder)
        return self._sentences

    def sync_sentences(self) -> tuple[int, int]:
        """Embed the sentences of new or changed passages and drop those of passages gone; (embedded, removed)."""
        from assistant.retrieval.scope import NEUTRAL_IN_FIELD, NEUTRAL_OUT_OF_FIELD
        from assistant.retrieval.scope_examples import IN_FIELD, OUT_OF_FIELD

        # The scope's labelled example questions (also as the gate reads them with the right's name neutral) and the
        # passages' asked questions ('Asked as' lines, which the search ranks passages by) are kept with the sentences:
        # embedded once, like them.
        chunks = self.chunks()
        asked = [question for chunk in chunks for question in chunk.questions]
        examples = (*IN_FIELD, *OUT_OF_FIELD, *NEUTRAL_IN_FIELD, *NEUTRAL_OUT_OF_FIELD)
        wanted = corpus_sentences(chunks) | {sentence_key(q): q for q in (*examples, *asked)}
        done = self._call(lambda: self._sentence_store().sync(wanted))
        store = self._call(lambda: create_sentence_collection(self._client))
        if (store.metadata or {}).get("contents") != SENTENCE_CONTENTS:
            self._call(lambda: store.modify(metadata={**SENTENCE_METADATA, "contents": SENTENCE_CONTENTS}))
        return done

    def indexed_files(self) -> dict[str, IndexedFile]:
        """The manifest: every indexed file with its content hash and passage ids."""
        stored = self._call(lambda: self._collection.get(include=["metadatas"]))
        return indexed_files(stored["ids"], stored["metadatas"])

    # -- writing -------------------------------------------------------------------------------------

    def ensure_built(self, *, progress: bool = False) -> SyncReport:
        """Bring the index up to date with the bundled corpus (builds it on first use; cheap when nothing changed)."""
        return self.sync(progress=progress)

    def sync(self, paths: list[Path] | None = None, *, progress: bool = False) -> SyncReport:
        """Mirror the corpus (default: the bundled knowledge/ folder) into the index, and refresh added documents that changed."""
        plan = SyncPlan(self.indexed_files(), self.limits)
        seen: set[str] = set()
        for path in corpus_files([KNOWLEDGE_DIR] if paths is None else paths):
            source = corpus_path(path)
            seen.add(source)
            plan.check(path, source, CORPUS)
        for source, entry in plan.known.items():
            if entry.origin == USER:
                if Path(entry.path).is_file():
                    plan.check(Path(entry.path), source, USER)
                else:
                    plan.keep(entry)  # its file is gone: the document stays indexed until the next --rebuild
            elif source not in seen:
                plan.drop(entry)
        return self._apply(plan, progress)

    def add(self, path: Path, *, progress: bool = False) -> SyncReport:
        """Index a person's own document, or every document in a folder (.md, .txt, .html/.htm, .pdf)."""
        path = Path(path).expanduser()
        plan = SyncPlan(self.indexed_files(), self.limits)
        if not path.exists():
            plan.report.skipped.append(SkippedFile(path=str(path), reason="does not exist"))
            return plan.report
        files, left_out = user_files(path)
        plan.report.skipped.extend(left_out)
        if not files:
            if not left_out:
                plan.report.skipped.append(SkippedFile(path=str(path), reason="contains no files"))
            return plan.report
        for file in files:
            in_corpus = plan.known.get(corpus_path(file))
            if in_corpus is not None and in_corpus.origin == CORPUS:
                plan.keep(in_corpus)  # already indexed as part of the corpus
            else:
                plan.check(file, str(file.resolve()), USER)
        return self._apply(plan, progress)

    def rebuild(self, *, progress: bool = False) -> SyncReport:
        """Drop everything and index again: the bundled corpus, and added documents whose files still exist."""
        added = [Path(e.path) for e in self.indexed_files().values() if e.origin == USER]
        self._call(lambda: self._client.delete_collection(COLLECTION))
        drop_sentence_collection(self._client)
        self._collection = create_collection(self._client)
        self._cached = None
        self._sentences = None
        report = self.sync(progress=progress)
        for path in added:
            if path.is_file():
                report = report.merge(self.add(path, progress=progress))
        return report

    def _apply(self, plan: SyncPlan, progress: bool) -> SyncReport:
        """Write the plan: embed new or changed passages, refresh metadata, delete what went away."""
        changes = plan.changes()
        self._embed_and_store(changes.to_embed, progress)
        for start in range(0, len(changes.to_touch), WRITE_BATCH):
            batch = changes.to_touch[start : start + WRITE_BATCH]
            self._call(lambda: self._collection.update(ids=[i for i, _ in batch], metadatas=[m for _, m in batch]))
        for start in range(0, len(changes.stale), WRITE_BATCH):
            stale = changes.stale[start : start + WRITE_BATCH]
            self._call(lambda: self._collection.delete(ids=stale))
        if changes.to_embed or changes.to_touch or changes.stale:
            self._cached = None
        # A changed file whose passages keep their text may still have changed its asked questions (metadata only).
        if changes.to_embed or changes.to_touch or changes.stale or self._sentence_store_outdated():
            self.sync_sentences()
        plan.report.embedded += len(changes.to_embed)
        plan.report.removed += len(changes.stale)
        return plan.report

    def _sentence_store_outdated(self) -> bool:
        """True when passages are indexed but the sentence store does not hold what this version keeps there: an
        index built before sentences were kept, or before the asked questions were kept with them (SENTENCE_CONTENTS)."""
        if self.count() == 0:
            return False
        store = self._call(lambda: create_sentence_collection(self._client))
        return store.count() == 0 or (store.metadata or {}).get("contents") != SENTENCE_CONTENTS

    def _embed_and_store(self, items: list[tuple[Chunk, dict]], progress: bool) -> None:
        if not items:
            return
        encoder = bundled_encoder()
        with embedding_progress(len(items), enabled=progress) as advance:
            for start in range(0, len(items), EMBED_BATCH):
                batch = items[start : start + EMBED_BATCH]
                vectors = encoder.encode([embedding_text(chunk) for chunk, _ in batch])
                self._call(
                    lambda: self._collection.upsert(
                        ids=[chunk.id for chunk, _ in batch],
                        documents=[chunk.text for chunk, _ in batch],
                        metadatas=[metadata for _, metadata in batch],
                        embeddings=vectors,
                    )
                )
                advance(len(batch))

    def _call(self, operation):
        """Run a store operation, turning the store's failures into the assistant's errors."""
        try:
            return operation()
        except chromadb.errors.InvalidArgumentError as exc:
            if "dimension" in str(exc):
                raise ConfigurationError(f"The index holds vectors of another size ({exc}).", hint=REBUILD_HINT) from exc
            raise
        except chromadb.errors.ChromaError as exc:
            raise ConfigurationError(f"The index at {self.location} cannot be used ({exc}).", hint=REBUILD_HINT) from exc
        except httpx.TransportError as exc:
            raise ExternalServiceUnavailable(f"The Chroma server at {self.location} did not answer ({exc}).") from exc


# -- opening -------------------------------------------------------------------------------------------


def chroma_settings() -> ChromaSettings:
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def create_collection(client):
    """Open the corpus collection, creating it (with our embedding function and format marker) if absent."""
    return client.get_or_create_collection(
        COLLECTION,
        embedding_function=BundledMiniLM(),
        metadata={"format": INDEX_FORMAT, "model": MODEL_NAME, "dimension": DIMENSION},
        configuration={"hnsw": {"space": "cosine"}},
    )


def create_sentence_collection(client):
    """The collection of sentence vectors (ids are hashes of the sentences; vectors given, never computed by chromadb)."""
    return client.get_or_create_collection(
        SENTENCE_COLLECTION,
        embedding_function=BundledMiniLM(),
        metadata=SENTENCE_METADATA,
        configuration={"hnsw": {"space": "cosine"}},
    )


def drop_sentence_collection(client) -> None:
    try:
        client.delete_collection(SENTENCE_COLLECTION)
    except (ValueError, chromadb.errors.NotFoundError):
        pass


def server_client(url: str):
    """A client of the Chroma server at `url` (http://host:port)."""
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ConfigurationError(f"IPR_CHROMA_URL is not an http(s) address: {url!r}.")
    ssl = parsed.scheme == "https"
    try:
        return chromadb.HttpClient(
            host=parsed.hostname, port=parsed.port or (443 if ssl else 8000), ssl=ssl, settings=chroma_settings()
        )
    except Exception as exc:  # connection refused, DNS, TLS: all mean the same to a person
        raise ExternalServiceUnavailable(f"Cannot reach the Chroma server at {url} ({exc}).") from exc


def local_client(directory: Path):
    """A client of the persistent index folder; refuses a folder that holds something else."""
    if directory.exists() and any(directory.iterdir()) and not (directory / "chroma.sqlite3").is_file():
        raise ConfigurationError(f"{directory} holds files that are not an index.", hint=REBUILD_HINT)
    directory.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(directory), settings=chroma_settings())
    except Exception as exc:
        close_local_client(directory)  # chromadb caches the failed client per folder; a retry must start afresh
        raise ConfigurationError(f"The index at {directory} cannot be read ({exc}).", hint=REBUILD_HINT) from exc


def close_local_client(directory: Path) -> None:
    """Forget chromadb's process-wide client for this folder (only this one), so the folder can be removed or reopened."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_refcount.pop(str(directory), None)
    system = SharedSystemClient._identifier_to_system.pop(str(directory), None)
    if system is not None:
        try:
            system.stop()
        except Exception:  # a client that failed to start may fail to stop too; it is dropped either way
            pass


def checked_collection(client, location: str):
    """The corpus collection, after checking it is ours: same format, same model, vectors of the right size."""
    try:
        collection = create_collection(client)
    except ValueError as exc:  # another embedding function, or a configuration from elsewhere
        raise ConfigurationError(f"The index at {location} was built differently ({exc}).", hint=REBUILD_HINT) from exc
    except chromadb.errors.ChromaError as exc:
        raise ConfigurationError(f"The index at {location} cannot be read ({exc}).", hint=REBUILD_HINT) from exc
    metadata = collection.metadata or {}
    if metadata.get("format") != INDEX_FORMAT or metadata.get("dimension") != DIMENSION:
        found = metadata.get("format") or "no format marker"
        raise ConfigurationError(f"The index at {location} has another format ({found}).", hint=REBUILD_HINT)
    sample = collection.peek(limit=1)
    embeddings = sample.get("embeddings")
    if embeddings is not None and len(embeddings) and len(embeddings[0]) != DIMENSION:
        raise ConfigurationError(
            f"The index at {location} holds {len(embeddings[0])}-dimensional vectors, not {DIMENSION}.", hint=REBUILD_HINT
        )
    return collection


def open_index(settings: Settings, *, reset: bool = False) -> CorpusIndex:
    """Open the index: a local folder under the data directory, or the Chroma server at settings.chroma_url.
    With reset=True whatever is there is dropped first (the way out of a corrupted or foreign index)."""
    if settings.chroma_url:
        index = open_server_index(settings.chroma_url, reset=reset)
    else:
        index = open_local_index(settings.index_dir / "chroma", reset=reset)
    index.limits = Limits.from_settings(settings)
    return index


def open_server_index(url: str, *, reset: bool = False) -> CorpusIndex:
    client = server_client(url)
    if reset:
        drop_collection(client)
    try:
        return CorpusIndex(client, checked_collection(client, url), location=url)
    except httpx.TransportError as exc:
        raise ExternalServiceUnavailable(f"The Chroma server at {url} stopped answering ({exc}).") from exc


def open_local_index(directory: Path, *, reset: bool = False) -> CorpusIndex:
    if reset and directory.exists():
        close_local_client(directory)
        shutil.rmtree(directory)
    client = local_client(directory)
    try:
        return CorpusIndex(client, checked_collection(client, str(directory)), location=str(directory))
    except ConfigurationError:
        close_local_client(directory)  # do not keep a client of a folder we refused
        raise


def drop_collection(client) -> None:
    try:
        client.delete_collection(COLLECTION)
        drop_sentence_collection(client)
    except (ValueError, chromadb.errors.NotFoundError):
        pass
    except Exception as exc:
        raise ExternalServiceUnavailable(f"The Chroma server could not drop the index ({exc}).") from exc
