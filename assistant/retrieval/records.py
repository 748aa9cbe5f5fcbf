"""How a passage is stored in the vector store, and what the stored passages say about the indexed files.

Store metadata holds only scalars, so lists are kept as joined strings, plus one boolean flag per site and
topic (``site_taobao: True``) for filtering. The manifest (file -> content hash, passage ids) is read back from
the stored passages themselves, so it can never disagree with what is in the index.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from assistant.retrieval.passages import Chunk, text_hash

CORPUS = "corpus"  # bundled knowledge files, mirrored by sync()
USER = "user"  # documents people added with `index --add`, kept across syncs


class SkippedFile(BaseModel):
    """A file that was not indexed, and why."""

    path: str = Field(description="The file as given.")
    reason: str = Field(description="Why it was not indexed, in words a person can act on.")


class SyncReport(BaseModel):
    """What an indexing run did, counted in passages."""

    embedded: int = Field(default=0, description="Passages embedded (new or changed).")
    removed: int = Field(default=0, description="Passages removed (their file changed or is gone).")
    unchanged: int = Field(default=0, description="Passages kept as they were.")
    skipped: list[SkippedFile] = Field(default_factory=list, description="Files not indexed, with the reason.")
    changed_files: list[str] = Field(default_factory=list, description="Sources whose passages were added, replaced or removed.")

    def merge(self, other: SyncReport) -> SyncReport:
        """The two runs' counts added up."""
        return SyncReport(
            embedded=self.embedded + other.embedded,
            removed=self.removed + other.removed,
            unchanged=self.unchanged + other.unchanged,
            skipped=[*self.skipped, *other.skipped],
            changed_files=[*self.changed_files, *(f for f in other.changed_files if f not in self.changed_files)],
        )


@dataclass
class IndexedFile:
    """One file as the index knows it: its content hash and passages (id -> embedding hash, id -> metadata keys)."""

    source: str
    origin: str
    path: str
    file_hash: str | None
    passages: dict[str, str] = field(default_factory=dict)
    keys: dict[str, frozenset[str]] = field(default_factory=dict)


def label_key(prefix: str, label: str) -> str:
    """The boolean metadata key for a site or topic label (``site_taobao``)."""
    return f"{prefix}_{re.sub(r'[^a-z0-9]+', '_', label.lower()).strip('_')}"


def embedding_text(chunk: Chunk) -> str:
    """What the model reads for a passage: its document title and heading path give the text context."""
    return "\n".join(part for part in (chunk.title, chunk.section, chunk.text) if part)


def to_metadata(chunk: Chunk, *, origin: str, path: str, file_hash: str, ordinal: int) -> dict:
    """A passage's store metadata (scalars only)."""
    metadata: dict = {
        "source": chunk.source,
        "title": chunk.title,
        "urls": "\n".join(chunk.urls),
        "sites": ",".join(chunk.sites),
        "topics": ",".join(chunk.topics),
        "content_hash": chunk.content_hash,
        "embed_hash": text_hash(embedding_text(chunk)),
        "file_hash": file_hash,
        "origin": origin,
        "path": path,
        "ordinal": ordinal,
    }
    if chunk.section is not None:
        metadata["section"] = chunk.section
    if chunk.url is not None:
        metadata["url"] = chunk.url
    if any(chunk.sentence_urls):
        metadata["sentence_urls"] = json.dumps(chunk.sentence_urls)
    if chunk.questions:
        metadata["questions"] = "\n".join(chunk.questions)
    if chunk.checked:
        metadata["checked"] = chunk.checked
    metadata.update({label_key("site", s): True for s in chunk.sites})
    metadata.update({label_key("topic", t): True for t in chunk.topics})
    return metadata


def replacing(metadata: dict, old_keys: frozenset[str]) -> dict:
    """Metadata that replaces a stored record's: the store merges metadata, so keys no longer wanted are set to None."""
    return {**{key: None for key in old_keys - metadata.keys()}, **metadata}


def from_record(chunk_id: str, document: str | None, metadata: dict | None) -> Chunk:
    """Rebuild a passage from what the store returned."""
    metadata = metadata or {}

    def split(key: str, sep: str) -> list[str]:
        return [item for item in str(metadata.get(key) or "").split(sep) if item]

    return Chunk(
        id=chunk_id,
        text=document or "",
        source=str(metadata.get("source", "")),
        title=str(metadata.get("title", "")),
        section=metadata.get("section"),
        url=metadata.get("url"),
        urls=split("urls", "\n"),
        sites=split("sites", ","),
        topics=split("topics", ","),
        content_hash=str(metadata.get("content_hash") or text_hash(document or "")),
        questions=split("questions", "\n"),
        sentence_urls=json.loads(metadata.get("sentence_urls") or "[]"),
        checked=metadata.get("checked"),
        origin=str(metadata.get("origin", CORPUS)),
    )


def indexed_files(ids: list[str], metadatas: list[dict | None]) -> dict[str, IndexedFile]:
    """The manifest: each indexed file with its hash and passages, read from stored metadata."""
    files: dict[str, IndexedFile] = {}
    for chunk_id, metadata in zip(ids, metadatas, strict=True):
        metadata = metadata or {}
        source = str(metadata.get("source", ""))
        entry = files.get(source)
        file_hash = metadata.get("file_hash")
        if entry is None:
            entry = files[source] = IndexedFile(
                source=source, origin=str(metadata.get("origin", CORPUS)), path=str(metadata.get("path", source)), file_hash=file_hash
            )
        elif entry.file_hash != file_hash:
            entry.file_hash = None  # an interrupted update left mixed passages: index the file again
        entry.passages[chunk_id] = str(metadata.get("embed_hash", ""))
        entry.keys[chunk_id] = frozenset(metadata)
    return files


def matches(chunk: Chunk, sites: list[str] | None, topics: list[str] | None) -> bool:
    """Whether a passage passes the site and topic filters (a passage for 'all' sites passes any site filter)."""
    if sites:
        wanted = {s.lower() for s in sites}
        if "all" not in chunk.sites and not wanted & set(chunk.sites):
            return False
    if topics:
        if not {t.lower() for t in topics} & set(chunk.topics):
            return False
    return True


def where_filter(sites: list[str] | None, topics: list[str] | None) -> dict | None:
    """The store's metadata filter for the same rule as `matches`."""
    clauses = []
    if sites:
        keys = sorted({label_key("site", s) for s in [*sites, "all"]})
        clauses.append(any_of([{key: True} for key in keys]))
    if topics:
        clauses.append(any_of([{label_key("topic", t): True} for t in sorted(set(topics))]))
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def any_of(conditions: list[dict]) -> dict:
    return conditions[0] if len(conditions) == 1 else {"$or": conditions}
