"""Deciding what an indexing run must do, before anything is written: which files changed, which passages
need new vectors, which only new metadata, and which are gone.

Files are compared by content hash; within a changed file, a passage keeps its vector when the text the model
reads (title, section, passage) is unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.retrieval.loaders import UnusableDocument, load_chunks
from assistant.retrieval.passages import Chunk
from assistant.retrieval.records import CORPUS, USER, IndexedFile, SkippedFile, SyncReport, replacing, to_metadata


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_files(paths: Iterable[Path]) -> list[Path]:
    """The corpus's markdown files: the given files, and the .md files under the given folders."""
    files: list[Path] = []
    for path in map(Path, paths):
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


@dataclass
class Changes:
    """What to write: passages to embed (with metadata), metadata-only updates, ids to delete."""

    to_embed: list[tuple[Chunk, dict]] = field(default_factory=list)
    to_touch: list[tuple[str, dict]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)


class SyncPlan:
    """Collects, file by file, what changed against the index's manifest; `changes()` turns it into writes."""

    def __init__(self, known: dict[str, IndexedFile]):
        self.known = known
        self.report = SyncReport()
        self.updates: dict[str, tuple[IndexedFile, list[Chunk]]] = {}

    def keep(self, entry: IndexedFile) -> None:
        """Leave an indexed file as it is."""
        self.report.unchanged += len(entry.passages)

    def drop(self, entry: IndexedFile) -> None:
        """Remove an indexed file's passages."""
        self.updates[entry.source] = (entry, [])

    def check(self, path: Path, source: str, origin: str) -> None:
        """Compare a file with its indexed version: unchanged, changed (read it again), or unusable (skip with the reason)."""
        entry = self.known.get(source)
        try:
            digest = file_hash(path)
            if entry is not None and entry.file_hash == digest:
                self.keep(entry)
                return
            if origin == CORPUS and path.suffix.lower() not in (".md", ".markdown"):
                raise UnusableDocument("the corpus holds markdown files only")
            chunks = load_chunks(path, source)
        except (UnusableDocument, OSError) as exc:
            reason = exc.reason if isinstance(exc, UnusableDocument) else f"cannot be read: {exc.strerror or exc}"
            self.report.skipped.append(SkippedFile(path=str(path), reason=reason))
            if entry is not None:
                self.keep(entry)  # the indexed version stays until the file can be read again
            return
        stored_path = str(path.resolve()) if origin == USER else source
        self.updates[source] = (IndexedFile(source=source, origin=origin, path=stored_path, file_hash=digest), chunks)

    def changes(self) -> Changes:
        """The writes for every changed file; counts unchanged passages and changed files into the report."""
        changes = Changes()
        for source, (target, chunks) in self.updates.items():
            old = self.known.get(source) or IndexedFile(source=source, origin=target.origin, path=target.path, file_hash=None)
            embedding_before = len(changes.to_embed)
            for position, chunk in enumerate(chunks):
                metadata = to_metadata(chunk, origin=target.origin, path=target.path, file_hash=target.file_hash or "", ordinal=position)
                metadata = replacing(metadata, old.keys.get(chunk.id, frozenset()))
                if old.passages.get(chunk.id) == metadata["embed_hash"]:
                    changes.to_touch.append((chunk.id, metadata))  # same text: new metadata (file hash, urls), same vector
                else:
                    changes.to_embed.append((chunk, metadata))
            new_ids = {chunk.id for chunk in chunks}
            gone = [i for i in old.passages if i not in new_ids]
            changes.stale.extend(gone)
            if gone or len(changes.to_embed) > embedding_before:
                self.report.changed_files.append(source)
        self.report.unchanged += len(changes.to_touch)
        return changes
