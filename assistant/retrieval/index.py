"""The corpus index: passages and their vectors in chromadb (a local folder, or a Chroma server).

This is the only module that talks to chromadb. Re-indexing is incremental: a file whose content hash is
unchanged is not read again, and within a changed file only passages whose text changed are embedded again.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlparse

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.config import Settings
from assistant.errors import ConfigurationError, ExternalServiceUnavailable
from assistant.paths import KNOWLEDGE_DIR, corpus_path
from assistant.retrieval.embedding import DIMENSION, MAX_SEQ_LENGTH, MODEL_NAME, bundled_encoder
from assistant.retrieval.loaders import SUPPORTED_SUFFIXES, UnusableDocument, load_chunks
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
    to_metadata,
    where_filter,
)

COLLECTION = "ipr-corpus"
INDEX_FORMAT = "ipr-assistant-index/1"
REBUILD_HINT = "Run `ipr-assistant index --rebuild` to build the index again (documents you added are re-read from their files)."
EMBED_BATCH = 64  # passages per progress step
WRITE_BATCH = 1000  # records per store call


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


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_files(paths: Iterable[Path] | None = None) -> list[Path]:
    """The markdown files of the corpus: the bundled knowledge/ folder, or the given files and folders."""
    files: list[Path] = []
    for path in [KNOWLEDGE_DIR] if paths is None else paths:
        path = Path(path)
        found = sorted(p for p in path.rglob("*.md") if p.is_file()) if path.is_dir() else [path]
        files.extend(p for p in found if p not in files)
    return files


def user_files(path: Path) -> list[Path]:
    """The documents under a path given to `add`: the file itself, or the visible files of a folder."""
    if not path.is_dir():
        return [path]
    return sorted(
        p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


class CorpusIndex:
    """Passages of the corpus and of people's own documents, searchable by meaning, filterable by site and topic."""

    def __init__(self, client, collection, *, location: str):
        self._client = client
        self._collection = collection
        self.location = location
        self._cached: list[Chunk] | None = None

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
        total = self.count()
        if k <= 0 or total == 0:
            return []
        vector = bundled_encoder().encode([query])[0].tolist()
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
        known = self.indexed_files()
        report = SyncReport()
        updates: dict[str, tuple[IndexedFile, list[Chunk]]] = {}
        seen: set[str] = set()
        for path in corpus_files(paths):
            source = corpus_path(path)
            seen.add(source)
            self._plan(path, source, CORPUS, known.get(source), updates, report)
        for source, entry in known.items():
            if entry.origin == USER:
                path = Path(entry.path)
                if path.is_file():  # a document whose file is gone stays indexed until the next --rebuild
                    self._plan(path, source, USER, entry, updates, report)
                else:
                    report.unchanged += len(entry.passages)
            elif source not in seen:
                updates[source] = (entry, [])
        return self._apply(updates, known, report, progress)

    def add(self, path: Path, *, progress: bool = False) -> SyncReport:
        """Index a person's own document, or every document in a folder (.md, .txt, .html/.htm, .pdf)."""
        path = Path(path).expanduser()
        report = SyncReport()
        if not path.exists():
            report.skipped.append(SkippedFile(path=str(path), reason="does not exist"))
            return report
        files = user_files(path)
        if not files:
            report.skipped.append(SkippedFile(path=str(path), reason="contains no files"))
            return report
        known = self.indexed_files()
        updates: dict[str, tuple[IndexedFile, list[Chunk]]] = {}
        for file in files:
            source = str(file.resolve())
            entry = known.get(source) or known.get(corpus_path(file))
            if entry is not None and entry.origin == CORPUS:
                report.unchanged += len(entry.passages)  # already indexed as part of the corpus
                continue
            self._plan(file, source, USER, entry, updates, report)
        return self._apply(updates, known, report, progress)

    def rebuild(self, *, progress: bool = False) -> SyncReport:
        """Drop everything and index again: the bundled corpus, and added documents whose files still exist."""
        added = [Path(e.path) for e in self.indexed_files().values() if e.origin == USER]
        self._client.delete_collection(COLLECTION)
        self._collection = create_collection(self._client)
        self._cached = None
        report = self.sync(progress=progress)
        for path in added:
            if path.is_file():
                report = report.merge(self.add(path, progress=progress))
        return report

    def _plan(
        self,
        path: Path,
        source: str,
        origin: str,
        entry: IndexedFile | None,
        updates: dict[str, tuple[IndexedFile, list[Chunk]]],
        report: SyncReport,
    ) -> None:
        """Decide what a file needs: nothing (same hash), new passages, or a skip with the reason."""
        try:
            digest = file_hash(path)
            if entry is not None and entry.file_hash == digest:
                report.unchanged += len(entry.passages)
                return
            if origin == CORPUS and path.suffix.lower() not in (".md", ".markdown"):
                raise UnusableDocument("the corpus holds markdown files only")
            chunks = load_chunks(path, source)
        except UnusableDocument as exc:
            report.skipped.append(SkippedFile(path=str(path), reason=exc.reason))
            if entry is not None:
                report.unchanged += len(entry.passages)
            return
        except OSError as exc:
            report.skipped.append(SkippedFile(path=str(path), reason=f"cannot be read: {exc.strerror or exc}"))
            return
        stored_path = str(path.resolve()) if origin == USER else source
        updates[source] = (IndexedFile(source=source, origin=origin, path=stored_path, file_hash=digest), chunks)

    def _apply(
        self,
        updates: dict[str, tuple[IndexedFile, list[Chunk]]],
        known: dict[str, IndexedFile],
        report: SyncReport,
        progress: bool,
    ) -> SyncReport:
        """Write the planned changes: embed new or changed passages, refresh metadata, delete what went away."""
        to_embed: list[tuple[Chunk, dict]] = []
        to_touch: list[tuple[str, dict]] = []
        stale: list[str] = []
        for source, (target, chunks) in updates.items():
            old_passages = known[source].passages if source in known else {}
            new_ids = {chunk.id for chunk in chunks}
            embedding_before = len(to_embed)
            for position, chunk in enumerate(chunks):
                metadata = to_metadata(chunk, origin=target.origin, path=target.path, file_hash=target.file_hash or "", ordinal=position)
                if old_passages.get(chunk.id) == metadata["embed_hash"]:
                    to_touch.append((chunk.id, metadata))  # same text: new metadata (file hash, urls), same vector
                else:
                    to_embed.append((chunk, metadata))
            gone = [i for i in old_passages if i not in new_ids]
            stale.extend(gone)
            if gone or len(to_embed) > embedding_before:
                report.changed_files.append(source)
        report.unchanged += len(to_touch)

        self._embed_and_store(to_embed, progress)
        for start in range(0, len(to_touch), WRITE_BATCH):
            batch = to_touch[start : start + WRITE_BATCH]
            self._call(lambda b=batch: self._collection.update(ids=[i for i, _ in b], metadatas=[m for _, m in b]))
        for start in range(0, len(stale), WRITE_BATCH):
            self._call(lambda s=stale[start : start + WRITE_BATCH]: self._collection.delete(ids=s))
        report.embedded += len(to_embed)
        report.removed += len(stale)
        if to_embed or to_touch or stale:
            self._cached = None
        return report

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
        raise ConfigurationError(f"The index at {directory} cannot be read ({exc}).", hint=REBUILD_HINT) from exc


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
        location = settings.chroma_url
        client = server_client(location)
        if reset:
            drop_collection(client)
    else:
        directory = settings.index_dir / "chroma"
        location = str(directory)
        if reset and directory.exists():
            chromadb.api.client.SharedSystemClient.clear_system_cache()
            shutil.rmtree(directory)
        client = local_client(directory)
    return CorpusIndex(client, checked_collection(client, location), location=location)


def drop_collection(client) -> None:
    try:
        client.delete_collection(COLLECTION)
    except (ValueError, chromadb.errors.NotFoundError):
        pass
    except Exception as exc:
        raise ExternalServiceUnavailable(f"The Chroma server could not drop the index ({exc}).") from exc
